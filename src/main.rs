//! The `hushdesk` command.
fn main() {}
