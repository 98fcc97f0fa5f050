//! Command-line interface: argument types and dispatch.

mod audit;
mod demo;
mod engine;
mod patterns;
mod sandbox;
mod scan;
mod serve;
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
    /// Run the redacting reverse proxy in front of the helpdesk.
    Serve(serve::ServeArgs),
    /// Validate a config file (and compile its pattern packs) without serving.
    CheckConfig(serve::ServeArgs),
    /// Redact personal data in a text or HTML file, or in JSON Lines records.
    Scan(scan::ScanArgs),
    /// Inspect and test the pattern packs.
    Patterns {
        #[command(subcommand)]
        command: patterns::PatternsCommand,
    },
    /// Start the sandbox helpdesk and the proxy in-process and send sample
    /// tickets through: before, after, tags and findings.
    Demo,
    /// Run a Freshdesk-compatible helpdesk (for demos and tests).
    Sandbox(sandbox::SandboxArgs),
    /// Verify and query the redaction ledger.
    Audit {
        #[command(subcommand)]
        command: audit::AuditCommand,
    },
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

impl Cli {
    /// Servers log their life at `info`; one-shot commands only warn, so
    /// their own output stays readable.
    pub fn default_log_level(&self) -> &'static str {
        match self.command {
            Command::Serve(_) | Command::Sandbox(_) => "info",
            Command::Demo => "error",
            _ => "warn",
        }
    }
}

/// Runs the parsed command.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    match cli.command {
        Command::Serve(args) => serve::serve(args),
        Command::CheckConfig(args) => serve::check_config(args),
        Command::Scan(args) => scan::run(args),
        Command::Patterns { command } => patterns::run(command),
        Command::Demo => demo::run(),
        Command::Sandbox(args) => sandbox::run(args),
        Command::Audit { command } => audit::run(command),
    }
}
