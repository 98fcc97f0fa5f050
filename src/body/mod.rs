//! Body walkers: one per body shape. Bytes in, bytes and records out.
//!
//! * [`text`]: plain-text fields, scanned as they are;
//! * [`html`]: HTML fragments and documents, scanned as the text a reader
//!   sees (entities decoded, text joined across inline markup) and rewritten
//!   only inside the redacted spans. Its helpers: `tokens` (where things are
//!   in the source), `decode` (decoded text with a source map) and `markup`
//!   (block elements, data-carrying attributes, escaping).
//!
//! Each walker has a generic `scrub_with` that takes any detection function,
//! and a `scrub` that uses the compiled [`crate::detect::Detector`].

use crate::detect::Finding;
use crate::redact::RedactionRecord;

mod decode;
pub mod html;
pub mod json;
mod markup;
pub mod multipart;
pub mod text;
mod tokens;

#[cfg(test)]
pub(crate) mod test_detector;

/// The result of scrubbing one text or HTML field.
#[derive(Debug, Clone, Default)]
pub struct Scrubbed {
    /// The rewritten field.
    pub output: String,
    /// Findings with byte offsets into the input as given (for HTML, the
    /// source bytes of the match, entity-encoded forms included).
    pub findings: Vec<Finding>,
    /// One record per redaction applied, in the order of `findings`.
    pub records: Vec<RedactionRecord>,
}

/// Errors while scrubbing a body. Each means: do not forward. Messages carry
/// limits and parser diagnostics, never body content.
#[derive(Debug, thiserror::Error)]
pub enum BodyError {
    /// The HTML could not be tokenised (for example a parsing ambiguity that
    /// lol_html refuses to guess about).
    #[error("HTML body could not be parsed")]
    Html(#[source] lol_html::errors::RewritingError),
    /// The HTML tokenizer needed more memory than allowed.
    #[error("HTML body needs more than {limit} bytes of parser memory")]
    MemoryLimit {
        /// The configured cap in bytes.
        limit: usize,
    },
    /// A text node is larger than allowed.
    #[error("HTML text node larger than {limit} bytes")]
    TextNodeTooLarge {
        /// The configured cap in bytes.
        limit: usize,
    },
    /// A position reported by the tokenizer or the detector did not fall on a
    /// character boundary of the text it refers to (an internal fault).
    #[error("a finding or text position does not match the body")]
    SourceMap,
    /// A JSON body is larger than the configured limit.
    #[error("JSON body is {size} bytes, more than the limit of {limit}")]
    JsonTooLarge {
        /// The body's size in bytes.
        size: usize,
        /// The limit in bytes.
        limit: usize,
    },
    /// A JSON body nests deeper than the configured limit.
    #[error("JSON body nests deeper than {limit} levels")]
    JsonTooDeep {
        /// The limit.
        limit: usize,
    },
    /// A JSON body is not valid JSON (the cause has the line and column,
    /// never the text).
    #[error("JSON body is not valid JSON")]
    JsonSyntax(#[source] serde_json::Error),
    /// A JSON object has the same key twice; which copy the helpdesk would
    /// read is unknown, so the body is refused.
    #[error("JSON body has a duplicate key at {path}")]
    JsonDuplicateKey {
        /// The duplicated member's path.
        path: String,
    },
    /// A JSON body on a content route is not an object.
    #[error("JSON body is not an object")]
    JsonNotObject,
    /// Scrubbing one field of a JSON body failed.
    #[error("JSON field {path} could not be scrubbed")]
    JsonField {
        /// The field's path.
        path: String,
        /// What went wrong.
        #[source]
        source: Box<BodyError>,
    },
    /// A multipart body's content type is not `multipart/form-data` with a
    /// usable boundary.
    #[error("multipart body has no valid multipart/form-data boundary")]
    MultipartBoundary,
    /// A multipart body is malformed or ambiguous (the reason names the
    /// rule broken, never content).
    #[error("multipart body is malformed: {reason}")]
    MultipartMalformed {
        /// Which rule the body broke.
        reason: &'static str,
    },
    /// A multipart body exceeds a configured limit.
    #[error("multipart body exceeds {name} ({limit})")]
    MultipartLimit {
        /// The limit's config field name.
        name: &'static str,
        /// The limit.
        limit: u64,
    },
    /// An attachment's content type is refused by the attachment policy.
    #[error("attachment content type refused by the attachment policy")]
    AttachmentDenied {
        /// The deny-list entry that matched; `None` if the type is not on
        /// the allow list.
        rule: Option<String>,
    },
    /// Reading the multipart body from the client failed.
    #[error("multipart body could not be read")]
    MultipartInput(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The part scrubber did not complete (it panicked or its task was
    /// cancelled).
    #[error("multipart text parts could not be scrubbed")]
    MultipartScrubber,
}
