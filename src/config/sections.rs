//! The sections of the config file, each with a named default per field.

use std::collections::{BTreeMap, HashMap};
use std::net::{Ipv4Addr, SocketAddr};
use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::{invalid, ConfigDuration, ConfigError, Limits, Timeouts};
use crate::body::html::HtmlLimits;
use crate::body::json::JsonLimits;
use crate::body::multipart::MultipartLimits;
use crate::detect::Category;
use crate::redact::Action;

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
                Err(invalid(field, "must be more than zero"))
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

/// `[limits]`: body sizes and parser limits. Every breach refuses the
/// request (nothing is forwarded).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LimitsConfig {
    /// Largest request body accepted on a content route, in bytes (JSON and
    /// multipart; pass-through routes are not capped). Exceeded: 413.
    /// Default: 30 MiB (Freshdesk's attachment budget is 20 MB).
    #[serde(default = "default_max_body_bytes")]
    pub max_body_bytes: u64,
    /// `[limits.json]`: `max_depth` (default 64) and `max_bytes` (default
    /// 10 MiB).
    #[serde(default = "JsonLimits::default")]
    pub json: JsonLimits,
    /// `[limits.multipart]`: `max_parts` (256), `max_text_part_bytes`
    /// (1 MiB), `max_header_bytes` (8 KiB), `max_buffered_text_bytes`
    /// (4 MiB), `max_total_bytes` (64 MiB; `max_body_bytes` applies too).
    #[serde(default = "MultipartLimits::default")]
    pub multipart: MultipartLimits,
    /// `[limits.html]`: the HTML rewriter's limits.
    #[serde(default = "HtmlLimitsConfig::default")]
    pub html: HtmlLimitsConfig,
}

fn default_max_body_bytes() -> u64 {
    30 * 1024 * 1024
}

impl Default for LimitsConfig {
    fn default() -> Self {
        LimitsConfig {
            max_body_bytes: default_max_body_bytes(),
            json: JsonLimits::default(),
            multipart: MultipartLimits::default(),
            html: HtmlLimitsConfig::default(),
        }
    }
}

impl LimitsConfig {
    pub(super) fn validate(&self) -> Result<Limits, ConfigError> {
        let nonzero = |field: &'static str, v: u64| {
            if v == 0 {
                Err(invalid(field, "must be more than zero"))
            } else {
                Ok(())
            }
        };
        nonzero("limits.max_body_bytes", self.max_body_bytes)?;
        nonzero("limits.json.max_depth", self.json.max_depth as u64)?;
        nonzero("limits.json.max_bytes", self.json.max_bytes as u64)?;
        nonzero(
            "limits.multipart.max_parts",
            self.multipart.max_parts as u64,
        )?;
        nonzero(
            "limits.multipart.max_text_part_bytes",
            self.multipart.max_text_part_bytes as u64,
        )?;
        nonzero(
            "limits.multipart.max_total_bytes",
            self.multipart.max_total_bytes,
        )?;
        nonzero("limits.html.max_memory", self.html.max_memory as u64)?;
        nonzero("limits.html.max_text_node", self.html.max_text_node as u64)?;
        Ok(Limits {
            max_body_bytes: self.max_body_bytes,
            json: self.json.clone(),
            multipart: self.multipart.clone(),
            html: HtmlLimits {
                max_memory: self.html.max_memory,
                max_text_node: self.html.max_text_node,
            },
        })
    }
}

/// `[limits.html]`: limits of the HTML rewriter (lol_html's own memory cap
/// is unlimited unless set, so it always is).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HtmlLimitsConfig {
    /// The rewriter's memory cap per field, in bytes. Exceeded: 422.
    /// Default: 8 MiB.
    #[serde(default = "default_html_max_memory")]
    pub max_memory: usize,
    /// Largest single text node, in bytes. Exceeded: 422. Default: 1 MiB.
    #[serde(default = "default_html_max_text_node")]
    pub max_text_node: usize,
}

fn default_html_max_memory() -> usize {
    HtmlLimits::default().max_memory
}

fn default_html_max_text_node() -> usize {
    HtmlLimits::default().max_text_node
}

impl Default for HtmlLimitsConfig {
    fn default() -> Self {
        HtmlLimitsConfig {
            max_memory: default_html_max_memory(),
            max_text_node: default_html_max_text_node(),
        }
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
    /// `threshold`. Default: none.
    #[serde(default = "default_category_thresholds")]
    pub category_thresholds: HashMap<Category, f32>,
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
fn default_category_thresholds() -> HashMap<Category, f32> {
    HashMap::new()
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
    pub default_action: Action,
    /// Per-category actions (`email = "pseudonym"`). Default: none.
    #[serde(default = "default_actions")]
    pub actions: HashMap<Category, Action>,
    /// A file holding the key for pseudonyms and fingerprints (at least 16
    /// bytes). Without it the `HUSHDESK_PSEUDONYM_KEY` environment variable
    /// is used, and without that a random key per start. The key itself is
    /// never written in this file. Default: unset.
    #[serde(default = "default_none_path")]
    pub key_file: Option<PathBuf>,
}

fn default_action() -> Action {
    Action::Label
}
fn default_actions() -> HashMap<Category, Action> {
    HashMap::new()
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
