//! `[ledger]` and `[admin]`: where the redaction ledger is written, with
//! which key, how durably, what happens when it cannot be written; and the
//! admin listener (health, readiness, metrics).
//!
//! ```toml
//! [ledger]
//! dir = "/var/lib/hushdesk/ledger"
//! key_file = "/etc/hushdesk/audit.key"   # or HUSHDESK_AUDIT_KEY
//! fsync = "every_batch"                  # | "interval" | "never"
//! on_failure = "refuse"                  # | "forward"
//!
//! [admin]
//! addr = "127.0.0.1:9090"
//! token_file = "/etc/hushdesk/admin.token"  # or HUSHDESK_ADMIN_TOKEN
//! ```
//!
//! The audit key has no random fallback: fingerprints made under a key that
//! is gone can never be looked up again, and the checkpoint it signs could
//! not be verified. Without `ledger.key_file` and without
//! `HUSHDESK_AUDIT_KEY` the proxy refuses to start, unless the ledger is
//! switched off explicitly (`enabled = false`, logged as a warning).

use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

use serde::{Deserialize, Serialize};

use super::{ConfigDuration, ConfigError, Secret};

/// Default of `ledger.dir`: `./hushdesk-ledger` (the reviewer commands'
/// default directory too).
pub const DEFAULT_LEDGER_DIR: &str = "./hushdesk-ledger";

/// Default of `ledger.max_segment_bytes`: 64 MiB.
pub const DEFAULT_MAX_SEGMENT_BYTES: u64 = 64 * 1024 * 1024;

/// Default of `ledger.max_segment_age`: 24 hours.
pub const DEFAULT_MAX_SEGMENT_AGE: Duration = Duration::from_secs(24 * 3600);

/// Environment variable holding the admin listener's bearer token (used when
/// `admin.token_file` is not set).
pub const ADMIN_TOKEN_ENV: &str = "HUSHDESK_ADMIN_TOKEN";

/// `[ledger]`: the tamper-evident record of every redaction decision.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LedgerSection {
    /// Write the ledger. Turning it off is allowed but logged as a warning
    /// at start. Default: `true`.
    #[serde(default = "default_enabled")]
    pub enabled: bool,
    /// The ledger directory (created if missing); `serve --ledger-dir`
    /// overrides it. Default: `./hushdesk-ledger` ([`DEFAULT_LEDGER_DIR`]).
    #[serde(default = "default_dir")]
    pub dir: PathBuf,
    /// A file holding the audit key (at least 16 bytes; trailing line breaks
    /// are ignored). Without it the `HUSHDESK_AUDIT_KEY` environment
    /// variable is used; without either the proxy refuses to start. The key
    /// fingerprints values in the ledger (so `hushdesk audit lookup` can
    /// find them) and signs its checkpoint. Default: unset.
    #[serde(default = "default_key_file")]
    pub key_file: Option<PathBuf>,
    /// When records are synced to disk: `every_batch` (a request is
    /// answered only once its record is durable), `interval` (synced every
    /// `fsync_interval`; a power failure may lose that much) or `never`
    /// (tests and benchmarks). Default: `every_batch`.
    #[serde(default = "default_fsync")]
    pub fsync: FsyncMode,
    /// The sync interval for `fsync = "interval"`. Default: `1s`.
    #[serde(default = "default_fsync_interval")]
    pub fsync_interval: ConfigDuration,
    /// Start a new segment file once the current one holds this many bytes.
    /// Default: 64 MiB.
    #[serde(default = "default_max_segment_bytes")]
    pub max_segment_bytes: u64,
    /// Start a new segment file once the current one is this old. Default:
    /// `24h`.
    #[serde(default = "default_max_segment_age")]
    pub max_segment_age: ConfigDuration,
    /// What content requests get while the ledger cannot be written:
    /// `refuse` (503, nothing forwarded: no unrecorded redactions) or
    /// `forward` (carry on unrecorded, for operators who choose
    /// availability). Default: `refuse`.
    #[serde(default = "default_on_failure")]
    pub on_failure: OnFailure,
}

/// When the ledger syncs (see [`LedgerSection::fsync`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FsyncMode {
    /// Sync data and checkpoint before answering each batch.
    EveryBatch,
    /// Sync every `fsync_interval`.
    Interval,
    /// Never sync.
    Never,
}

/// What happens to content requests while the ledger cannot be written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OnFailure {
    /// Answer 503 before forwarding anything.
    Refuse,
    /// Forward anyway; the missing records are logged and counted.
    Forward,
}

fn default_enabled() -> bool {
    true
}
fn default_dir() -> PathBuf {
    PathBuf::from(DEFAULT_LEDGER_DIR)
}
fn default_key_file() -> Option<PathBuf> {
    None
}
fn default_fsync() -> FsyncMode {
    FsyncMode::EveryBatch
}
fn default_fsync_interval() -> ConfigDuration {
    ConfigDuration::from_secs(1)
}
fn default_max_segment_bytes() -> u64 {
    DEFAULT_MAX_SEGMENT_BYTES
}
fn default_max_segment_age() -> ConfigDuration {
    ConfigDuration(DEFAULT_MAX_SEGMENT_AGE)
}
fn default_on_failure() -> OnFailure {
    OnFailure::Refuse
}

impl Default for LedgerSection {
    fn default() -> Self {
        LedgerSection {
            enabled: default_enabled(),
            dir: default_dir(),
            key_file: default_key_file(),
            fsync: default_fsync(),
            fsync_interval: default_fsync_interval(),
            max_segment_bytes: default_max_segment_bytes(),
            max_segment_age: default_max_segment_age(),
            on_failure: default_on_failure(),
        }
    }
}

impl LedgerSection {
    /// Checks the values of a ledger that is on (directory, rotation, sync
    /// interval); a ledger switched off is not checked. The audit key is
    /// read where the ledger's configuration is assembled.
    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        if !self.enabled {
            return Ok(());
        }
        if self.dir.as_os_str().is_empty() {
            return Err(ConfigError::invalid("ledger.dir", "must not be empty"));
        }
        if self.max_segment_bytes == 0 {
            return Err(ConfigError::invalid(
                "ledger.max_segment_bytes",
                "must be more than zero",
            ));
        }
        if self.max_segment_age.get().is_zero() {
            return Err(ConfigError::invalid(
                "ledger.max_segment_age",
                "must be more than zero",
            ));
        }
        if self.fsync == FsyncMode::Interval && self.fsync_interval.get() < Duration::from_millis(1)
        {
            return Err(ConfigError::invalid(
                "ledger.fsync_interval",
                "must be at least 1ms",
            ));
        }
        Ok(())
    }
}

/// `[admin]`: a second, separate listener for operators and orchestrators:
/// `/healthz` (the process is up), `/readyz` (the ledger is writable and the
/// upstream client is configured) and `/metrics` (Prometheus text format).
///
/// Off unless `addr` is set: it is a second port, and its right address
/// depends on the deployment (a loopback default is unreachable for a
/// container orchestrator's probes, a wildcard default would expose it).
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdminSection {
    /// Address and port of the admin listener (plain HTTP), e.g.
    /// `127.0.0.1:9090`. Default: unset (no admin listener).
    #[serde(default = "default_admin_addr")]
    pub addr: Option<SocketAddr>,
    /// A file holding a bearer token; when a token is configured (here or
    /// in `HUSHDESK_ADMIN_TOKEN`) every admin request must carry
    /// `Authorization: Bearer <token>`. Default: unset (no token).
    #[serde(default = "default_token_file")]
    pub token_file: Option<PathBuf>,
}

fn default_admin_addr() -> Option<SocketAddr> {
    None
}
fn default_token_file() -> Option<PathBuf> {
    None
}

/// The validated admin listener settings.
#[derive(Debug, Clone)]
pub struct AdminSettings {
    /// Where it listens (port 0: any free port).
    pub addr: SocketAddr,
    /// The bearer token every request must carry, if configured.
    pub token: Option<Secret>,
}

impl AdminSection {
    pub(super) fn validate(&self) -> Result<Option<AdminSettings>, ConfigError> {
        let Some(addr) = self.addr else {
            return Ok(None);
        };
        let token = match &self.token_file {
            Some(path) => {
                Some(
                    std::fs::read_to_string(path).map_err(|source| ConfigError::File {
                        field: "admin.token_file",
                        path: path.clone(),
                        source,
                    })?,
                )
            }
            None => std::env::var(ADMIN_TOKEN_ENV).ok(),
        };
        let token = match token.map(|t| t.trim().to_string()) {
            Some(t) if t.is_empty() => {
                return Err(ConfigError::invalid(
                    "admin.token_file",
                    "the admin token is empty",
                ))
            }
            other => other.map(Secret::new),
        };
        Ok(Some(AdminSettings { addr, token }))
    }
}
