//! `hushdesk sandbox`: a Freshdesk-compatible helpdesk for demos and tests.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use hushdesk::sandbox::{self, AttachmentSizeField, Sandbox, SandboxConfig};

use super::signals;

#[derive(Debug, Args)]
pub struct SandboxArgs {
    /// Address to listen on.
    #[arg(long, default_value = "127.0.0.1:8443")]
    listen: SocketAddr,
    /// The API key clients must send (Basic auth username). Without it any
    /// key is accepted, and a warning says so at start.
    #[arg(long, env = "HUSHDESK_SANDBOX_API_KEY")]
    api_key: Option<String>,
    /// PEM certificate chain: serve HTTPS (needs --tls-key).
    #[arg(long, requires = "tls_key")]
    tls_cert: Option<PathBuf>,
    /// PEM private key for --tls-cert.
    #[arg(long, requires = "tls_cert")]
    tls_key: Option<PathBuf>,
    /// JSON snapshot file: loaded at start, written on change and at shutdown.
    #[arg(long)]
    snapshot: Option<PathBuf>,
    /// Answer every request with 429 and Retry-After (rate-limit testing).
    #[arg(long)]
    rate_limited: bool,
    /// Name of the attachment size member: `size` or `file_size`.
    #[arg(long, default_value = "size", value_parser = ["size", "file_size"])]
    attachment_size_field: String,
    /// Public base URL used in Location, link and attachment_url (default:
    /// taken from each request's Host).
    #[arg(long)]
    public_base_url: Option<String>,
}

pub fn run(args: SandboxArgs) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(serve(args))
}

async fn serve(args: SandboxArgs) -> anyhow::Result<ExitCode> {
    let tls = match (&args.tls_cert, &args.tls_key) {
        (Some(cert), Some(key)) => Some(sandbox::tls_config_from_pem_files(cert, key)?),
        _ => None,
    };
    let config = SandboxConfig {
        api_key: args.api_key,
        snapshot: args.snapshot,
        public_base_url: args.public_base_url,
        attachment_size_field: if args.attachment_size_field == "file_size" {
            AttachmentSizeField::FileSize
        } else {
            AttachmentSizeField::Size
        },
        ..SandboxConfig::default()
    };
    let helpdesk = Sandbox::try_new(config)?;
    helpdesk.set_rate_limited(args.rate_limited);
    let listener = tokio::net::TcpListener::bind(args.listen)
        .await
        .with_context(|| format!("binding {}", args.listen))?;
    let scheme = if tls.is_some() { "https" } else { "http" };
    tracing::info!(
        address = %listener.local_addr()?,
        scheme,
        "sandbox helpdesk listening (API under /api/v2)"
    );
    helpdesk.serve(listener, tls, signals::shutdown()).await?;
    Ok(ExitCode::SUCCESS)
}
