//! The `hushdesk` command: scan text, test pattern packs, run the demo.
#![forbid(unsafe_code)]

mod cli;

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let args = cli::Cli::parse();
    hushdesk::telemetry::init(args.default_log_level());
    match cli::run(args) {
        Ok(code) => code,
        Err(err) => {
            eprintln!("hushdesk: {err:#}");
            ExitCode::from(2)
        }
    }
}
