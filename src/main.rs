//! The `hushdesk` command: scan text, test pattern packs, run the demo.
#![forbid(unsafe_code)]

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    hushdesk::telemetry::init();
    let args = cli::Cli::parse();
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("hushdesk: {err:#}");
            ExitCode::from(2)
        }
    }
}
