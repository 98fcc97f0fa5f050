//! Engine throughput benchmark.
fn main() {}
