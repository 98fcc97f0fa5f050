//! Command-line interface: argument types and dispatch.

mod demo;
mod engine;
mod patterns;
mod sandbox;
mod scan;
mod signals;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};

/// hushdesk: keeps unneeded personal data out of a helpdesk.
#[derive(Debug, Parser)]
#[command(name = "hushdesk", version, about)]
pub struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Redact personal data in a text or HTML file, or in JSON Lines records.
    Scan(scan::ScanArgs),
    /// Inspect and test the pattern packs.
    Patterns {
        #[command(subcommand)]
        command: patterns::PatternsCommand,
    },
    /// Run the engine on bundled sample tickets and show what it redacts.
    Demo(EngineArgs),
    /// Run a Freshdesk-compatible helpdesk (for demos and tests).
    Sandbox(sandbox::SandboxArgs),
}

/// Options shared by every command that builds a detector.
#[derive(Debug, Clone, Args)]
pub struct EngineArgs {
    /// Extra pattern pack directory (repeatable); every `*.toml` in it is loaded
    /// after the default packs.
    #[arg(long = "patterns", value_name = "DIR")]
    pub pattern_dirs: Vec<PathBuf>,
    /// Load only the packs from `--patterns`, not the default packs.
    #[arg(long)]
    pub no_default_packs: bool,
    /// Minimum confidence for a finding to be reported (0.0 to 1.0).
    #[arg(long, default_value_t = 0.5)]
    pub threshold: f32,
    /// Redaction action per category, as CATEGORY=ACTION (label, partial,
    /// pseudonym, remove); `*=ACTION` sets the default. Repeatable.
    #[arg(long = "action", value_name = "CATEGORY=ACTION")]
    pub actions: Vec<String>,
}

/// Runs the parsed command.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Scan(args) => scan::run(args),
        Command::Patterns { command } => patterns::run(command),
        Command::Demo(args) => demo::run(args),
        Command::Sandbox(args) => sandbox::run(args),
    }
}
