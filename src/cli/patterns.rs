//! `hushdesk patterns list|test`.

use std::process::ExitCode;

use clap::Subcommand;

use super::EngineArgs;

#[derive(Debug, Subcommand)]
pub enum PatternsCommand {
    /// Print every loaded rule.
    List(EngineArgs),
    /// Run every rule's examples; exits non-zero on any failure.
    Test(EngineArgs),
}

pub fn run(command: PatternsCommand) -> anyhow::Result<ExitCode> {
    match command {
        PatternsCommand::List(args) | PatternsCommand::Test(args) => {
            let _ = super::engine::detector(&args)?;
            anyhow::bail!("not available in this build yet")
        }
    }
}
