//! `hushdesk serve` and `hushdesk check-config`.

use std::net::SocketAddr;
use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use clap::Args;
use hushdesk::config::Config;
use hushdesk::ticket::Runtime;

use super::signals;

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// Operator config file (TOML). Without it, documented defaults apply.
    #[arg(long, env = "HUSHDESK_CONFIG")]
    config: Option<PathBuf>,
    /// Address to listen on (overrides `listen.addr`).
    #[arg(long)]
    listen: Option<SocketAddr>,
    /// The helpdesk's base URL, e.g. https://acme.freshdesk.com (overrides `upstream.url`).
    #[arg(long)]
    upstream: Option<String>,
    /// Extra trusted CA certificate for the upstream, PEM (overrides `upstream.ca_file`).
    #[arg(long)]
    upstream_ca: Option<PathBuf>,
    /// Directory of the redaction ledger (overrides `ledger.dir`). The audit
    /// key comes from `ledger.key_file` or HUSHDESK_AUDIT_KEY.
    #[arg(long, value_name = "DIR")]
    ledger_dir: Option<PathBuf>,
}

impl ServeArgs {
    /// The config file with the command-line overrides applied, validated,
    /// and the runtime assembled from it.
    fn runtime(&self) -> anyhow::Result<Runtime> {
        let mut config = match &self.config {
            Some(path) => Config::load(path)?,
            None => Config::default(),
        };
        config.apply_overrides(self.listen, self.upstream.clone(), self.upstream_ca.clone());
        if let Some(dir) = &self.ledger_dir {
            config.set_ledger_dir(dir);
        }
        Ok(Runtime::from_config(config)?)
    }
}

pub fn serve(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let running = Arc::new(args.runtime()?);
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let settings = &running.settings;
        let listener = hushdesk::proxy::bind(settings).await?;
        tracing::info!(
            address = %listener.local_addr()?,
            upstream = %settings.upstream.origin,
            tls = settings.listen_tls.is_some(),
            ledger = %running
                .ledger
                .as_ref()
                .map_or_else(|| "off".to_string(), |l| l.config.dir.display().to_string()),
            admin = %settings
                .admin
                .as_ref()
                .map_or_else(|| "off".to_string(), |a| a.addr.to_string()),
            "hushdesk proxy listening"
        );
        hushdesk::proxy::serve(running, listener, signals::shutdown()).await?;
        Ok(ExitCode::SUCCESS)
    })
}

pub fn check_config(args: ServeArgs) -> anyhow::Result<ExitCode> {
    let runtime = args.runtime().context("the configuration is not valid")?;
    let settings = &runtime.settings;
    let ledger = runtime
        .ledger
        .as_ref()
        .map_or_else(|| "off".to_string(), |l| l.config.dir.display().to_string());
    println!(
        "configuration OK: listen {}{}, upstream {}, {} detection rules, ledger {ledger}, \
         policy version {}",
        settings.listen,
        if settings.listen_tls.is_some() {
            " (TLS)"
        } else {
            ""
        },
        settings.upstream.origin,
        runtime.detector.rule_count(),
        runtime.policy_version,
    );
    Ok(ExitCode::SUCCESS)
}
