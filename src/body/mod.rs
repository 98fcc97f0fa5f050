//! Body walkers: one per body shape. Bytes in, bytes and records out.

use crate::detect::Finding;
use crate::redact::RedactionRecord;

pub mod html;
pub mod text;

/// The result of scrubbing one text or HTML field.
#[derive(Debug, Clone, Default)]
pub struct Scrubbed {
    /// The rewritten field.
    pub output: String,
    /// Findings with byte offsets into the input as given (for HTML, the
    /// source bytes of the match, entity-encoded forms included).
    pub findings: Vec<Finding>,
    /// One record per redaction applied.
    pub records: Vec<RedactionRecord>,
}

/// Errors while scrubbing a body. Each means: do not forward.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// The HTML rewriter failed (for example its memory limit was exceeded).
    #[error("HTML body could not be rewritten: {0}")]
    Html(String),
}
