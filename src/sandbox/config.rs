//! The sandbox's settings.
//!
//! Every limit and every behaviour the Freshdesk documentation leaves open
//! (marked unverified in the API notes) is a named field with a named default, so
//! a test can reproduce either reading of the docs.

use std::path::PathBuf;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

/// Default allowance reported in `X-RateLimit-Total` (the Growth plan's
/// per-minute figure).
pub const DEFAULT_RATE_LIMIT_TOTAL: u32 = 200;
/// Default `Retry-After` seconds on a 429.
pub const DEFAULT_RETRY_AFTER_SECS: u32 = 60;
/// Default total attachment bytes per ticket (all its conversations
/// included): 20 MB.
pub const DEFAULT_MAX_ATTACHMENTS_BYTES: u64 = 20 * 1024 * 1024;
/// Default cap on a request body read by the sandbox: 25 MB, above the
/// attachment budget so that the budget, not the cap, answers.
pub const DEFAULT_MAX_BODY_BYTES: usize = 25 * 1024 * 1024;
/// Default number of requests kept by the request log.
pub const DEFAULT_REQUEST_LOG_CAPACITY: usize = 1000;

/// The member name of an attachment's byte size (the docs use both).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum AttachmentSizeField {
    /// `size` (reply and avatar examples in the docs).
    #[default]
    Size,
    /// `file_size` (create-ticket example, python-freshdesk fixtures).
    FileSize,
}

impl AttachmentSizeField {
    /// The JSON member name.
    pub fn as_str(self) -> &'static str {
        match self {
            AttachmentSizeField::Size => "size",
            AttachmentSizeField::FileSize => "file_size",
        }
    }
}

/// Settings of a [`Sandbox`](super::Sandbox).
///
/// `SandboxConfig::default()` accepts any API key (a warning is logged at
/// start), reports a 200-per-minute allowance without enforcing it, and
/// keeps everything in memory.
#[derive(Debug, Clone)]
pub struct SandboxConfig {
    /// The API key clients must send as the Basic-auth username. `None`
    /// accepts any key. Default: `None`.
    pub api_key: Option<String>,
    /// Allowance per minute reported in `X-RateLimit-Total`. Default:
    /// [`DEFAULT_RATE_LIMIT_TOTAL`].
    pub rate_limit_total: u32,
    /// Answer 429 once the per-minute allowance is spent. Default: `false`
    /// (headers count down but nothing is refused).
    pub enforce_rate_limit: bool,
    /// Answer every API call with 429 while set. Shared, so a test can flip
    /// it on a running sandbox (also via
    /// [`Sandbox::set_rate_limited`](super::Sandbox::set_rate_limited)).
    /// Default: off.
    pub force_429: Arc<AtomicBool>,
    /// `Retry-After` seconds sent with 429. Default:
    /// [`DEFAULT_RETRY_AFTER_SECS`].
    pub retry_after_secs: u32,
    /// Name of an attachment's size member. Default: `size`.
    pub attachment_size_field: AttachmentSizeField,
    /// JSON snapshot file: loaded at start when it exists, written after
    /// every change and at shutdown. Default: `None` (memory only).
    pub snapshot: Option<PathBuf>,
    /// Base URL (scheme, host, port; no trailing slash) used in `Location`,
    /// `link` and `attachment_url`. `None` derives it from each request's
    /// `Host` header and whether the listener speaks TLS. Default: `None`.
    pub public_base_url: Option<String>,
    /// Total attachment bytes per ticket, conversations included. Default:
    /// [`DEFAULT_MAX_ATTACHMENTS_BYTES`].
    pub max_attachments_bytes: u64,
    /// Cap on a request body; larger bodies get 413. Default:
    /// [`DEFAULT_MAX_BODY_BYTES`].
    pub max_body_bytes: usize,
    /// Requests kept by [`Sandbox::request_log`](super::Sandbox::request_log)
    /// (oldest dropped first). Default: [`DEFAULT_REQUEST_LOG_CAPACITY`].
    pub request_log_capacity: usize,
    /// Search `field:>N` / `field:<N` include the bound (`>=`/`<=`).
    /// Taken to mean "greater/less than or equal to" (unverified against a
    /// live tenant). Default: `true`.
    pub search_range_inclusive: bool,
    /// `PUT /tickets/{id}` with `tags` replaces the tag set; `false` merges
    /// (unverified; replacement is the documented reading). Default: `true`.
    pub tags_replace_on_update: bool,
    /// Multipart custom-field values `true`/`false`/`True`/`False` become
    /// JSON booleans (whether Freshdesk does this for checkbox fields is
    /// unverified). Default: `true`.
    pub multipart_custom_field_booleans: bool,
}

impl Default for SandboxConfig {
    fn default() -> Self {
        SandboxConfig {
            api_key: None,
            rate_limit_total: DEFAULT_RATE_LIMIT_TOTAL,
            enforce_rate_limit: false,
            force_429: Arc::new(AtomicBool::new(false)),
            retry_after_secs: DEFAULT_RETRY_AFTER_SECS,
            attachment_size_field: AttachmentSizeField::default(),
            snapshot: None,
            public_base_url: None,
            max_attachments_bytes: DEFAULT_MAX_ATTACHMENTS_BYTES,
            max_body_bytes: DEFAULT_MAX_BODY_BYTES,
            request_log_capacity: DEFAULT_REQUEST_LOG_CAPACITY,
            search_range_inclusive: true,
            tags_replace_on_update: true,
            multipart_custom_field_booleans: true,
        }
    }
}

impl SandboxConfig {
    /// The default settings with a required API key.
    pub fn with_api_key(key: impl Into<String>) -> Self {
        SandboxConfig {
            api_key: Some(key.into()),
            ..Self::default()
        }
    }
}
