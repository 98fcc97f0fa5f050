//! The sections of the config file, each with a named default per field.

use std::collections::BTreeMap;
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{ConfigDuration, ConfigError, Timeouts};

/// `[listen]`: where the proxy accepts clients.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ListenConfig {
    /// Address and port. Default: `127.0.0.1:8080`.
    #[serde(default = "default_listen_addr")]
    pub addr: SocketAddr,
    /// PEM certificate chain; with `tls_key`, the listener speaks TLS
    /// (HTTP/2 and HTTP/1.1 by ALPN). Default: unset (plain HTTP).
    #[serde(default = "default_none_path")]
    pub tls_cert: Option<PathBuf>,
    /// PEM private key for `tls_cert`. Default: unset.
    #[serde(default = "default_none_path")]
    pub tls_key: Option<PathBuf>,
}

fn default_listen_addr() -> SocketAddr {
    SocketAddr::from((Ipv4Addr::LOCALHOST, 8080))
}

fn default_none_path() -> Option<PathBuf> {
    None
}

impl Default for ListenConfig {
    fn default() -> Self {
        ListenConfig {
            addr: default_listen_addr(),
            tls_cert: default_none_path(),
            tls_key: default_none_path(),
        }
    }
}

/// `[upstream]`: the helpdesk requests are forwarded to.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct UpstreamConfig {
    /// The helpdesk's origin, `https://acme.freshdesk.com` (no path). Request
    /// paths and query strings are appended byte for byte. Default: unset;
    /// required.
    #[serde(default = "default_upstream_url")]
    pub url: Option<String>,
    /// An extra PEM file of trusted CA certificates (a private CA, a test
    /// certificate), trusted besides the built-in webpki roots. Default:
    /// unset.
    #[serde(default = "default_none_path")]
    pub ca_file: Option<PathBuf>,
    /// Allow an `http://` upstream (tests and local sandboxes only).
    /// Default: `false`.
    #[serde(default = "default_allow_plain_http")]
    pub allow_plain_http: bool,
    /// A file holding an API key that replaces every client's
    /// `Authorization` (sent as Basic `key:X`). Default: unset (the client's
    /// header is forwarded unchanged).
    #[serde(default = "default_none_path")]
    pub api_key_file: Option<PathBuf>,
    /// The name of an environment variable holding that API key (instead of
    /// `api_key_file`). Default: unset.
    #[serde(default = "default_api_key_env")]
    pub api_key_env: Option<String>,
}

fn default_upstream_url() -> Option<String> {
    None
}

fn default_allow_plain_http() -> bool {
    false
}

fn default_api_key_env() -> Option<String> {
    None
}

/// `[timeouts]`: every timeout, written `"500ms"`, `"10s"`, `"2m"`, `"1h"`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeoutsConfig {
    /// Reading a request's header block; on HTTP/1.1 also how long a
    /// kept-alive client connection may sit idle before its next request,
    /// and on a new plain connection how long before the first byte.
    /// Default: `10s`.
    #[serde(default = "default_request_header_read")]
    pub request_header_read: ConfigDuration,
    /// Reading a whole request body on a content route (bodies are read
    /// before scanning; multipart bodies stream, and this bounds the whole
    /// upload). Exceeded: 408. Default: `60s`.
    #[serde(default = "default_body_read")]
    pub body_read: ConfigDuration,
    /// TCP connect to the upstream. Default: `5s`.
    #[serde(default = "default_upstream_connect")]
    pub upstream_connect: ConfigDuration,
    /// A TLS handshake: with the upstream (after connecting), and with a
    /// client on a TLS listener. Default: `10s`.
    #[serde(default = "default_tls_handshake")]
    pub tls_handshake: ConfigDuration,
    /// From sending a request upstream until the response's headers arrive.
    /// Exceeded: 504. Default: `60s`.
    #[serde(default = "default_upstream_response")]
    pub upstream_response: ConfigDuration,
    /// How long an idle pooled upstream connection is kept. Default: `90s`.
    #[serde(default = "default_idle")]
    pub idle: ConfigDuration,
    /// At shutdown, how long in-flight requests may take to finish before
    /// their connections are closed. Default: `30s`.
    #[serde(default = "default_shutdown_drain")]
    pub shutdown_drain: ConfigDuration,
}

fn default_request_header_read() -> ConfigDuration {
    ConfigDuration::from_secs(10)
}
fn default_body_read() -> ConfigDuration {
    ConfigDuration::from_secs(60)
}
fn default_upstream_connect() -> ConfigDuration {
    ConfigDuration::from_secs(5)
}
fn default_tls_handshake() -> ConfigDuration {
    ConfigDuration::from_secs(10)
}
fn default_upstream_response() -> ConfigDuration {
    ConfigDuration::from_secs(60)
}
fn default_idle() -> ConfigDuration {
    ConfigDuration::from_secs(90)
}
fn default_shutdown_drain() -> ConfigDuration {
    ConfigDuration::from_secs(30)
}

impl Default for TimeoutsConfig {
    fn default() -> Self {
        TimeoutsConfig {
            request_header_read: default_request_header_read(),
            body_read: default_body_read(),
            upstream_connect: default_upstream_connect(),
            tls_handshake: default_tls_handshake(),
            upstream_response: default_upstream_response(),
            idle: default_idle(),
            shutdown_drain: default_shutdown_drain(),
        }
    }
}

impl TimeoutsConfig {
    pub(super) fn validate(&self) -> Result<Timeouts, ConfigError> {
        let positive = |field: &'static str, d: ConfigDuration| {
            if d.get().is_zero() {
                Err(ConfigError::invalid(field, "must be more than zero"))
            } else {
                Ok(d.get())
            }
        };
        Ok(Timeouts {
            request_header_read: positive(
                "timeouts.request_header_read",
                self.request_header_read,
            )?,
            body_read: positive("timeouts.body_read", self.body_read)?,
            upstream_connect: positive("timeouts.upstream_connect", self.upstream_connect)?,
            tls_handshake: positive("timeouts.tls_handshake", self.tls_handshake)?,
            upstream_response: positive("timeouts.upstream_response", self.upstream_response)?,
            idle: positive("timeouts.idle", self.idle)?,
            shutdown_drain: self.shutdown_drain.get(),
        })
    }
}

/// `[patterns]`: which pattern packs are loaded and the detection
/// thresholds.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PatternsConfig {
    /// Load the packs built into the binary. Default: `true`.
    #[serde(default = "default_builtin")]
    pub builtin: bool,
    /// Further directories of `*.toml` packs, loaded in order after the
    /// built-in ones (a later pack may `disable` earlier rules). Default:
    /// none.
    #[serde(default = "default_dirs")]
    pub dirs: Vec<PathBuf>,
    /// Findings below this confidence are ignored. Default: `0.5`.
    #[serde(default = "default_threshold")]
    pub threshold: f32,
    /// Per-category thresholds (`person_name = 0.7`), overriding
    /// `threshold`. Keys are category names (`secret`, `national_id`,
    /// `payment_card`, `iban`, `email`, `phone`, `ip_address`,
    /// `date_of_birth`, `person_name`, `postal_address`). Default: none.
    #[serde(default = "default_category_thresholds")]
    pub category_thresholds: BTreeMap<String, f32>,
}

fn default_builtin() -> bool {
    true
}
fn default_dirs() -> Vec<PathBuf> {
    Vec::new()
}
fn default_threshold() -> f32 {
    0.5
}
fn default_category_thresholds() -> BTreeMap<String, f32> {
    BTreeMap::new()
}

impl Default for PatternsConfig {
    fn default() -> Self {
        PatternsConfig {
            builtin: default_builtin(),
            dirs: default_dirs(),
            threshold: default_threshold(),
            category_thresholds: default_category_thresholds(),
        }
    }
}

/// `[redaction]`: what replaces each category of finding, and where the
/// pseudonym/fingerprint key comes from.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RedactionConfig {
    /// Action for categories without their own entry: `label`, `partial`,
    /// `pseudonym` or `remove`. Default: `label`.
    #[serde(default = "default_action")]
    pub default_action: RedactionAction,
    /// Per-category actions (`email = "pseudonym"`), keyed by category name
    /// (as in `patterns.category_thresholds`). Default: none.
    #[serde(default = "default_actions")]
    pub actions: BTreeMap<String, RedactionAction>,
    /// A file holding the key for pseudonyms and fingerprints (at least 16
    /// bytes). Without it the `HUSHDESK_PSEUDONYM_KEY` environment variable
    /// is used, and without that a random key per start. The key itself is
    /// never written in this file. Default: unset.
    #[serde(default = "default_none_path")]
    pub key_file: Option<PathBuf>,
}

/// What replaces a finding (`[redaction]` `default_action` and `actions`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RedactionAction {
    /// Replace with a label such as `[email]`.
    Label,
    /// Keep a few trailing characters, mask the rest (`**** **** **** 1111`,
    /// `****@example.org`). Categories without a partial form get a label.
    Partial,
    /// Replace with a keyed pseudonym such as `[email:7f3a9c]`.
    Pseudonym,
    /// Remove the span entirely.
    Remove,
}

fn default_action() -> RedactionAction {
    RedactionAction::Label
}
fn default_actions() -> BTreeMap<String, RedactionAction> {
    BTreeMap::new()
}

impl Default for RedactionConfig {
    fn default() -> Self {
        RedactionConfig {
            default_action: default_action(),
            actions: default_actions(),
            key_file: default_none_path(),
        }
    }
}

/// `[attachments]`: which attachments may pass, and how files whose names
/// held personal data are renamed.
///
/// Content types are compared case-insensitively on the media type alone
/// (parameters dropped). An entry may be `type/*` or `*/*`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttachmentsConfig {
    /// Content types allowed; empty allows every type not denied. Checked
    /// against the declared per-part type, or the type guessed from the file
    /// name's extension when the part declares none. Default: empty (all).
    #[serde(default = "default_allow_content_types")]
    pub allow_content_types: Vec<String>,
    /// Content types refused. Checked against the declared type and against
    /// the type guessed from the extension, so `setup.exe` sent as
    /// `application/octet-stream` is refused too. Default: Windows and Unix
    /// executables and installers.
    #[serde(default = "default_deny_content_types")]
    pub deny_content_types: Vec<String>,
    /// New file name for a file whose name held personal data. `{fp}` is the
    /// scrubber's value-free token (a keyed hash), `{ext}` the original
    /// extension with its dot (empty if none or not plainly alphanumeric).
    /// Must contain `{fp}` and no `/` or `"`. Default:
    /// `attachment-{fp}{ext}`.
    #[serde(default = "default_rename_pattern")]
    pub rename_pattern: String,
}

fn default_allow_content_types() -> Vec<String> {
    Vec::new()
}

fn default_deny_content_types() -> Vec<String> {
    [
        "application/x-msdownload",
        "application/x-dosexec",
        "application/x-msdos-program",
        "application/x-msi",
        "application/vnd.microsoft.portable-executable",
        "application/x-executable",
    ]
    .into_iter()
    .map(String::from)
    .collect()
}

fn default_rename_pattern() -> String {
    "attachment-{fp}{ext}".to_string()
}

impl Default for AttachmentsConfig {
    fn default() -> Self {
        AttachmentsConfig {
            allow_content_types: default_allow_content_types(),
            deny_content_types: default_deny_content_types(),
            rename_pattern: default_rename_pattern(),
        }
    }
}

impl AttachmentsConfig {
    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        let pattern = &self.rename_pattern;
        if pattern.contains('/') || pattern.contains('"') || !pattern.contains("{fp}") {
            return Err(ConfigError::invalid(
                "attachments.rename_pattern",
                "must contain `{fp}` and no `/` or `\"`",
            ));
        }
        Ok(())
    }
}

/// `[report_only]`: shadow mode. Bodies are still parsed, scanned and
/// logged, but the client's original body is forwarded, and a body the
/// proxy would refuse is forwarded too (the refusal is logged). The body
/// size cap still applies.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportOnlyConfig {
    /// Shadow mode for every route. Default: `false`.
    #[serde(default = "default_report_only")]
    pub enabled: bool,
    /// Per-route overrides by route name (`"tickets.create" = true`); they
    /// win over `enabled`. Default: none.
    #[serde(default = "default_report_only_routes")]
    pub routes: BTreeMap<String, bool>,
}

fn default_report_only() -> bool {
    false
}
fn default_report_only_routes() -> BTreeMap<String, bool> {
    BTreeMap::new()
}

impl Default for ReportOnlyConfig {
    fn default() -> Self {
        ReportOnlyConfig {
            enabled: default_report_only(),
            routes: default_report_only_routes(),
        }
    }
}
