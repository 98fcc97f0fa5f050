//! `[limits]`: body sizes and the body walkers' limits, each a named
//! default. Every breach refuses the request (nothing is forwarded).

use serde::{Deserialize, Serialize};

use super::ConfigError;

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
    #[serde(default = "JsonLimitsConfig::default")]
    pub json: JsonLimitsConfig,
    /// `[limits.multipart]`: `max_parts` (256), `max_text_part_bytes`
    /// (1 MiB), `max_header_bytes` (8 KiB), `max_buffered_text_bytes`
    /// (4 MiB), `max_total_bytes` (64 MiB; `max_body_bytes` applies too).
    #[serde(default = "MultipartLimitsConfig::default")]
    pub multipart: MultipartLimitsConfig,
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
            json: JsonLimitsConfig::default(),
            multipart: MultipartLimitsConfig::default(),
            html: HtmlLimitsConfig::default(),
        }
    }
}

impl LimitsConfig {
    /// Checks that every limit that must be positive is.
    pub(super) fn validate(&self) -> Result<(), ConfigError> {
        let nonzero = |field: &'static str, v: u64| {
            if v == 0 {
                Err(ConfigError::invalid(field, "must be more than zero"))
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
        Ok(())
    }
}

/// `[limits.json]`: limits of the JSON walker.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct JsonLimitsConfig {
    /// Deepest nesting of objects and arrays accepted (the top-level object
    /// is depth 1). Default: 64. Values above 127 (the JSON parser's own
    /// limit) act as that limit.
    #[serde(default = "default_json_max_depth")]
    pub max_depth: usize,
    /// Largest body accepted, in bytes. Default: 10 MiB.
    #[serde(default = "default_json_max_bytes")]
    pub max_bytes: usize,
}

fn default_json_max_depth() -> usize {
    64
}

fn default_json_max_bytes() -> usize {
    10 * 1024 * 1024
}

impl Default for JsonLimitsConfig {
    fn default() -> Self {
        JsonLimitsConfig {
            max_depth: default_json_max_depth(),
            max_bytes: default_json_max_bytes(),
        }
    }
}

/// `[limits.multipart]`: size and count limits for one multipart body.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MultipartLimitsConfig {
    /// Most parts (text and file) one body may carry. Default: 256.
    #[serde(default = "default_max_parts")]
    pub max_parts: usize,
    /// Largest text part (a part without `filename`) in bytes. Text parts are
    /// held in memory until scanned. Default: 1 MiB.
    #[serde(default = "default_max_text_part_bytes")]
    pub max_text_part_bytes: usize,
    /// Largest header block of one part in bytes. Default: 8 KiB.
    #[serde(default = "default_max_header_bytes")]
    pub max_header_bytes: usize,
    /// Most text bytes held at once: all text parts buffered between two file
    /// parts (or before the end) together. Default: 4 MiB.
    #[serde(default = "default_max_buffered_text_bytes")]
    pub max_buffered_text_bytes: usize,
    /// Largest whole body in bytes, file parts included. Default: 64 MiB
    /// (Freshdesk's attachment budget is 20 MB per request).
    #[serde(default = "default_max_total_bytes")]
    pub max_total_bytes: u64,
}

fn default_max_parts() -> usize {
    256
}

fn default_max_text_part_bytes() -> usize {
    1024 * 1024
}

fn default_max_header_bytes() -> usize {
    8 * 1024
}

fn default_max_buffered_text_bytes() -> usize {
    4 * 1024 * 1024
}

fn default_max_total_bytes() -> u64 {
    64 * 1024 * 1024
}

impl Default for MultipartLimitsConfig {
    fn default() -> Self {
        MultipartLimitsConfig {
            max_parts: default_max_parts(),
            max_text_part_bytes: default_max_text_part_bytes(),
            max_header_bytes: default_max_header_bytes(),
            max_buffered_text_bytes: default_max_buffered_text_bytes(),
            max_total_bytes: default_max_total_bytes(),
        }
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
    8 * 1024 * 1024
}

fn default_html_max_text_node() -> usize {
    1024 * 1024
}

impl Default for HtmlLimitsConfig {
    fn default() -> Self {
        HtmlLimitsConfig {
            max_memory: default_html_max_memory(),
            max_text_node: default_html_max_text_node(),
        }
    }
}
