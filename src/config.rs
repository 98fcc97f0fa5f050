//! The operator's configuration: a TOML file, read strictly, validated once
//! into [`Settings`].
//!
//! Two types, on purpose. [`Config`] is what the operator writes: plain data,
//! `deny_unknown_fields` everywhere (a misspelt key is an error, not a
//! silently ignored setting), a doc comment and a named default for every
//! field, so `Config::default()` is the documented quick-start configuration.
//! [`Settings`] is the same configuration with every value checked: the
//! upstream URL parsed, durations as [`Duration`]s, limits and thresholds
//! checked, the TLS, CA, token and pseudonym key files read. Every check that
//! needs only the values happens in [`Config::into_settings`], and each error
//! names the config field at fault.
//!
//! This module knows values, not the engine: it uses nothing else in the
//! crate. The sections that configure other modules (limits, the field and
//! attachment policies, redaction actions, retention rules, the ledger) are
//! its own plain data, with category names and field selectors as strings.
//! What needs the engine's knowledge (compiling the pattern packs, checking
//! category names, field selectors and route names, building the redactor,
//! the body walkers' policies and limits and the retention policy, reading
//! the audit key into the ledger's configuration, the policy version)
//! happens where the running proxy's runtime is assembled from the
//! [`Settings`] (`ticket::Runtime`), with errors that name the field too, so
//! a bad file still fails at start-up and in `check-config` rather than on
//! the first ticket.
//!
//! Secrets never live in the file: the pseudonym key comes from
//! `redaction.key_file` or the `HUSHDESK_PSEUDONYM_KEY` environment variable,
//! the audit key of the ledger from `ledger.key_file` or
//! `HUSHDESK_AUDIT_KEY` (required while the ledger is on: there is no random
//! fallback; read when the ledger's configuration is assembled), the admin
//! token from `admin.token_file` or `HUSHDESK_ADMIN_TOKEN`, the optional
//! upstream API key from `upstream.api_key_file` or the environment variable
//! named by `upstream.api_key_env`. Their holders print `<redacted>` in
//! `Debug`.
//!
//! The audit key is also the redactor's *fingerprint* key, so the
//! fingerprints written to the ledger are the ones `hushdesk audit lookup`
//! computes; pseudonyms (and renamed attachments' tokens) stay under the
//! pseudonym key, since they are shown in the helpdesk.
//!
//! ```toml
//! [listen]
//! addr = "0.0.0.0:8443"
//!
//! [upstream]
//! url = "https://acme.freshdesk.com"
//!
//! [timeouts]
//! upstream_response = "30s"
//!
//! [report_only]
//! routes = { "contacts.update" = true }
//!
//! [ledger]
//! dir = "/var/lib/hushdesk/ledger"
//! key_file = "/etc/hushdesk/audit.key"
//!
//! [admin]
//! addr = "127.0.0.1:9090"
//! ```

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rustls_pki_types::CertificateDer;
use serde::{Deserialize, Serialize};

mod duration;
mod fields;
mod ledger;
mod limits;
mod retention;
mod sections;
mod validate;

pub use duration::ConfigDuration;
pub use fields::{CustomFieldScan, FieldAction, FieldsConfig, WholeFieldAction};
pub use ledger::{
    AdminSection, AdminSettings, FsyncMode, LedgerSection, OnFailure, ADMIN_TOKEN_ENV,
    DEFAULT_LEDGER_DIR, DEFAULT_MAX_SEGMENT_AGE, DEFAULT_MAX_SEGMENT_BYTES,
};
pub use limits::{HtmlLimitsConfig, JsonLimitsConfig, LimitsConfig, MultipartLimitsConfig};
pub use retention::{
    Condition, RetentionClass, RetentionConfig, RetentionDuration, RetentionDurationError,
    RetentionRule, ERASURE_CUES, HEALTH_CUES,
};
pub use sections::{
    AttachmentsConfig, ListenConfig, PatternsConfig, RedactionAction, RedactionConfig,
    ReportOnlyConfig, TimeoutsConfig, UpstreamConfig,
};
use validate::parse_origin;
pub use validate::server_tls;

/// Environment variable holding the pseudonym and fingerprint key (used when
/// `redaction.key_file` is not set).
pub const KEY_ENV: &str = "HUSHDESK_PSEUDONYM_KEY";

/// The shortest redaction key accepted, in bytes.
pub const MIN_KEY_BYTES: usize = 16;

/// Errors reading or validating the configuration. Each names the field.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The config file could not be read.
    #[error("cannot read config file {path}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The config file is not valid TOML for this schema (unknown keys
    /// included).
    #[error("config file {path} is invalid")]
    Parse {
        /// The file.
        path: PathBuf,
        /// The TOML error (with line and column).
        #[source]
        source: toml::de::Error,
    },
    /// A field holds a value that is not allowed.
    #[error("{field}: {message}")]
    Invalid {
        /// The field's dotted name (`upstream.url`).
        field: &'static str,
        /// What is wrong (never a secret).
        message: String,
    },
    /// A file named by a field could not be read.
    #[error("{field}: cannot read {path}")]
    File {
        /// The field's dotted name.
        field: &'static str,
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// A PEM file named by a field holds no usable item.
    #[error("{field}: {path} is not valid PEM")]
    Pem {
        /// The field's dotted name.
        field: &'static str,
        /// The file.
        path: PathBuf,
        /// The PEM error.
        #[source]
        source: rustls_pki_types::pem::Error,
    },
    /// The listener's TLS certificate and key do not form a usable
    /// configuration.
    #[error("listen.tls_cert / listen.tls_key: not a usable certificate and key")]
    Tls(#[source] rustls::Error),
}

impl ConfigError {
    /// A [`ConfigError::Invalid`] for `field`.
    pub fn invalid(field: &'static str, message: impl Into<String>) -> ConfigError {
        ConfigError::Invalid {
            field,
            message: message.into(),
        }
    }
}

/// The whole configuration file. Every section is optional.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// Where the proxy listens. Default: `127.0.0.1:8080`, plain HTTP.
    #[serde(default)]
    pub listen: ListenConfig,
    /// The helpdesk the proxy forwards to. `url` must be set (here or with
    /// `--upstream`).
    #[serde(default)]
    pub upstream: UpstreamConfig,
    /// Every timeout, each with its own default.
    #[serde(default)]
    pub timeouts: TimeoutsConfig,
    /// Body size and parser limits.
    #[serde(default)]
    pub limits: LimitsConfig,
    /// Pattern packs and detection thresholds.
    #[serde(default)]
    pub patterns: PatternsConfig,
    /// What each category of finding is replaced by, and the key.
    #[serde(default)]
    pub redaction: RedactionConfig,
    /// How identity, third-party and custom fields are treated.
    #[serde(default)]
    pub fields: FieldsConfig,
    /// Which attachments may pass and how personal file names are renamed.
    #[serde(default)]
    pub attachments: AttachmentsConfig,
    /// Retention classes, rules and the tag prefix.
    #[serde(default)]
    pub retention: RetentionConfig,
    /// Shadow mode: forward the original body but still detect and log.
    #[serde(default)]
    pub report_only: ReportOnlyConfig,
    /// The proxy's own base URL as clients reach it (`https://helpdesk.example`).
    /// When set, `Location` and `link` headers pointing at the upstream are
    /// rewritten to it. Default: unset (headers pass unchanged).
    #[serde(default = "default_public_base_url")]
    pub public_base_url: Option<String>,
    /// The redaction ledger: on by default, needs the audit key.
    #[serde(default)]
    pub ledger: LedgerSection,
    /// The admin listener (health, readiness, metrics). Default: off.
    #[serde(default)]
    pub admin: AdminSection,
}

fn default_public_base_url() -> Option<String> {
    None
}

impl Config {
    /// Reads and parses a config file (not yet validated: see
    /// [`Config::into_settings`]).
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        Config::from_toml(&text).map_err(|source| ConfigError::Parse {
            path: path.to_owned(),
            source,
        })
    }

    /// Parses a config from TOML text.
    pub fn from_toml(text: &str) -> Result<Config, toml::de::Error> {
        toml::from_str(text)
    }

    /// Applies the `--listen` command-line override.
    pub fn set_listen(&mut self, addr: SocketAddr) {
        self.listen.addr = addr;
    }

    /// Applies the `--upstream` command-line override.
    pub fn set_upstream(&mut self, url: impl Into<String>) {
        self.upstream.url = Some(url.into());
    }

    /// Applies the `--upstream-ca` command-line override (an extra trusted
    /// CA certificate file, PEM).
    pub fn set_upstream_ca(&mut self, path: impl Into<PathBuf>) {
        self.upstream.ca_file = Some(path.into());
    }

    /// Applies the `--ledger-dir` command-line override.
    pub fn set_ledger_dir(&mut self, dir: impl Into<PathBuf>) {
        self.ledger.dir = dir.into();
    }

    /// Applies every override that is `Some`.
    pub fn apply_overrides(
        &mut self,
        listen: Option<SocketAddr>,
        upstream: Option<String>,
        upstream_ca: Option<PathBuf>,
    ) {
        if let Some(addr) = listen {
            self.set_listen(addr);
        }
        if let Some(url) = upstream {
            self.set_upstream(url);
        }
        if let Some(path) = upstream_ca {
            self.set_upstream_ca(path);
        }
    }

    /// Validates every value and builds the [`Settings`]: parses the URLs
    /// and durations, checks limits and thresholds, reads the TLS, CA, token
    /// and pseudonym key files. What needs the engine (compiling the pattern
    /// packs, category and route names, the redactor, the audit key and the
    /// ledger's configuration) is checked where the runtime is assembled from
    /// the settings.
    pub fn into_settings(self) -> Result<Settings, ConfigError> {
        let upstream = self.upstream.validate()?;
        let listen_tls = self.listen.tls()?;
        let timeouts = self.timeouts.validate()?;
        self.limits.validate()?;
        self.patterns.validate()?;
        self.ledger.validate()?;
        let admin = self.admin.validate()?;
        let pseudonym_key = self.redaction.key()?;
        self.attachments.validate()?;
        let public_base_url = match self.public_base_url {
            Some(url) => Some(parse_origin("public_base_url", &url, true)?.origin),
            None => None,
        };
        Ok(Settings {
            listen: self.listen.addr,
            listen_tls,
            upstream,
            timeouts,
            limits: self.limits,
            patterns: self.patterns,
            redaction: self.redaction,
            pseudonym_key,
            fields: self.fields,
            attachments: self.attachments,
            retention: self.retention,
            report_only: self.report_only,
            public_base_url,
            ledger: self.ledger,
            admin,
        })
    }
}

/// The validated configuration: every value checked, files read, nothing
/// compiled. Built by [`Config::into_settings`]; the running proxy's
/// engine is assembled from it.
pub struct Settings {
    /// The listening address.
    pub listen: SocketAddr,
    /// TLS for the listener, when configured.
    pub listen_tls: Option<Arc<rustls::ServerConfig>>,
    /// The upstream helpdesk.
    pub upstream: UpstreamSettings,
    /// Timeouts.
    pub timeouts: Timeouts,
    /// Body size and parser limits (each checked to be more than zero).
    pub limits: LimitsConfig,
    /// Pattern packs and thresholds (thresholds checked to lie in 0..=1).
    pub patterns: PatternsConfig,
    /// Redaction actions and the key file's location.
    pub redaction: RedactionConfig,
    /// The pseudonym key (from `redaction.key_file`, [`KEY_ENV`] or random),
    /// at least [`MIN_KEY_BYTES`] long.
    pub pseudonym_key: Secret<Vec<u8>>,
    /// Field treatments (override selectors are checked with the engine).
    pub fields: FieldsConfig,
    /// The attachment policy (`rename_pattern` checked).
    pub attachments: AttachmentsConfig,
    /// The retention policy (checked with the engine's category list).
    pub retention: RetentionConfig,
    /// Shadow-mode switches.
    pub report_only: ReportOnlyConfig,
    /// The proxy's public origin (`scheme://host[:port]`), if configured.
    pub public_base_url: Option<String>,
    /// The ledger section (its values checked when it is on).
    pub ledger: LedgerSection,
    /// The admin listener's settings; `None` when it is off.
    pub admin: Option<AdminSettings>,
}

impl std::fmt::Debug for Settings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Settings")
            .field("listen", &self.listen)
            .field("listen_tls", &self.listen_tls.is_some())
            .field("upstream", &self.upstream)
            .field("timeouts", &self.timeouts)
            .field("limits", &self.limits)
            .field("patterns", &self.patterns)
            .field("redaction", &self.redaction)
            .field("pseudonym_key", &self.pseudonym_key)
            .field("fields", &self.fields)
            .field("attachments", &self.attachments)
            .field("retention", &self.retention)
            .field("report_only", &self.report_only)
            .field("public_base_url", &self.public_base_url)
            .field("ledger", &self.ledger)
            .field("admin", &self.admin)
            .finish()
    }
}

impl Settings {
    /// Whether bodies on the route named `route` are forwarded unmodified
    /// (the per-route override wins over the global switch).
    pub fn report_only(&self, route: &str) -> bool {
        self.report_only
            .routes
            .get(route)
            .copied()
            .unwrap_or(self.report_only.enabled)
    }
}

/// The validated upstream.
#[derive(Clone)]
pub struct UpstreamSettings {
    /// `http` or `https`.
    pub scheme: http::uri::Scheme,
    /// Host and port as written in the URL.
    pub authority: http::uri::Authority,
    /// `scheme://authority`, no trailing slash.
    pub origin: String,
    /// Extra trusted CA certificates (besides the webpki roots).
    pub extra_roots: Vec<CertificateDer<'static>>,
    /// Whether a plain-http upstream is allowed.
    pub allow_plain_http: bool,
    /// An API key that replaces the client's `Authorization` (sent as Basic
    /// `key:X`), if configured.
    pub api_key: Option<Secret>,
}

impl std::fmt::Debug for UpstreamSettings {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("UpstreamSettings")
            .field("origin", &self.origin)
            .field("extra_roots", &self.extra_roots.len())
            .field("allow_plain_http", &self.allow_plain_http)
            .field("api_key", &self.api_key)
            .finish()
    }
}

/// A secret: a token or API key (`Secret<String>`), or a key's bytes
/// (`Secret<Vec<u8>>`). `Debug` prints `<redacted>`.
#[derive(Clone, PartialEq, Eq)]
pub struct Secret<T = String>(T);

impl<T> Secret<T> {
    /// Wraps a secret.
    pub fn new(value: impl Into<T>) -> Secret<T> {
        Secret(value.into())
    }

    /// The secret itself (`&str`, `&[u8]`), for the code that sends it or
    /// keys a hash with it.
    pub fn expose(&self) -> &T::Target
    where
        T: std::ops::Deref,
    {
        &self.0
    }
}

impl<T> std::fmt::Debug for Secret<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<redacted>")
    }
}

/// Validated timeouts (see [`TimeoutsConfig`] for each one's meaning).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Timeouts {
    /// Reading a request's headers (and waiting for the next request on a
    /// kept-alive connection).
    pub request_header_read: Duration,
    /// Reading a whole request body on a content route.
    pub body_read: Duration,
    /// TCP connect to the upstream.
    pub upstream_connect: Duration,
    /// TLS handshake (with the upstream, and with clients).
    pub tls_handshake: Duration,
    /// From sending the request upstream to the response's headers.
    pub upstream_response: Duration,
    /// Idle pooled upstream connections are closed after this.
    pub idle: Duration,
    /// At shutdown, how long in-flight requests may take to finish.
    pub shutdown_drain: Duration,
}

#[cfg(test)]
mod tests;
