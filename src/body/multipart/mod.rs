//! `multipart/form-data` bodies, streamed.
//!
//! Freshdesk clients send a multipart body when a ticket, note or reply
//! carries files: one text part per scalar field (`subject`, `description`,
//! `email`, `custom_fields[cf_x]`, repeated `tags[]` and `cc_emails[]`), and
//! one file part per `attachments[]`. [`scrub_multipart`] rewrites such a body
//! as a stream:
//!
//! * **Text parts are scanned before any of their bytes leave.** They are
//!   buffered (each at most [`MultipartLimits::max_text_part_bytes`]) until
//!   the next file part or the end of the body, then handed to
//!   [`PartScrubber::texts`] in one batch, so the requester's `email`, `name`
//!   and `phone` are visible while `description` is scanned. Clients put
//!   attachments last, so normally there is one batch; text parts after a file
//!   part form a later batch, and a scrubber must remember the known values it
//!   saw in earlier batches.
//! * **File parts stream.** Their headers pass the [`AttachmentPolicy`] (a
//!   denied type refuses the body) and their file names go to
//!   [`PartScrubber::filename`]; a name holding personal data is replaced by
//!   [`AttachmentPolicy::rename_pattern`], keeping the extension, in both
//!   `filename` and `filename*` (whichever the part carries). File bytes are
//!   forwarded as they arrive and never held whole.
//! * **Everything else is kept**: the boundary, part order, repeated and
//!   bracketed names, each part's header lines byte for byte (a file part's
//!   `Content-Disposition` line changes only inside a renamed file name), the
//!   presence or absence of `filename` (an empty `filename=""` stays a file)
//!   and of a per-part `Content-Type`. The preamble and epilogue (text before
//!   the first and after the last boundary, which no form reader uses) are
//!   dropped, and padding after a boundary is removed.
//! * [`PartScrubber::finish`] may add text parts (a retention `tags[]`) just
//!   before the closing boundary.
//!
//! The walker knows no detector: the scrubber (the ticket pipeline's) decides
//! per part name what to scan and keeps the findings and redaction records.
//!
//! The output's length is not known in advance: the caller forwards it with
//! chunked transfer encoding (dropping the client's `Content-Length`). Each
//! item is a piece of the rewritten body; an `Err` item ends the stream, and
//! the caller must then abort the upstream request so that the helpdesk never
//! receives a truncated body as complete.
//!
//! The framing parser is hushdesk's own rather than multer's: it keeps header
//! bytes exactly as sent, reads `filename*` (RFC 5987), and refuses what two
//! form readers could interpret differently (folded or duplicate headers,
//! duplicate parameters, transfer encodings that would hide text, a boundary
//! inside headers). Errors name the rule or limit, never body content.
//!
//! Submodules: `parser` (framing), `headers` (part headers, file-name
//! rewrite), [`policy`] (limits and the attachment policy), `walk` (the
//! stream that ties them to a [`PartScrubber`]).

use bytes::Bytes;
use futures_util::Stream;

use crate::body::BodyError;

mod headers;
mod parser;
pub mod policy;
mod walk;

pub use headers::boundary_from_content_type;
pub use policy::{AttachmentPolicy, MultipartLimits};

/// One text part (a part without `filename`), as handed to
/// [`PartScrubber::texts`]. Its `Debug` output never shows the value.
pub struct TextPart {
    index: usize,
    name: String,
    content_type: Option<String>,
    value: String,
    changed: bool,
}

impl TextPart {
    /// A text part as the walker would hand it out (for testing scrubbers
    /// without a body).
    pub fn new(index: usize, name: &str, content_type: Option<&str>, value: &str) -> TextPart {
        TextPart {
            index,
            name: name.to_string(),
            content_type: content_type.map(str::to_string),
            value: value.to_string(),
            changed: false,
        }
    }

    /// The part's position in the body (0 for the first part, file parts
    /// counted too).
    pub fn index(&self) -> usize {
        self.index
    }

    /// The part name as sent (`description`, `custom_fields[cf_x]`,
    /// `tags[]`).
    pub fn name(&self) -> &str {
        &self.name
    }

    /// The part's own `Content-Type` header value, if it has one.
    pub fn content_type(&self) -> Option<&str> {
        self.content_type.as_deref()
    }

    /// The part's value (the body must be UTF-8).
    pub fn value(&self) -> &str {
        &self.value
    }

    /// Replaces the value; the part is re-emitted with the new value.
    pub fn set_value(&mut self, value: String) {
        if value != self.value {
            self.value = value;
            self.changed = true;
        }
    }

    /// Whether [`TextPart::set_value`] changed the value.
    pub fn is_changed(&self) -> bool {
        self.changed
    }
}

impl std::fmt::Debug for TextPart {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextPart")
            .field("index", &self.index)
            .field("name", &self.name)
            .field("content_type", &self.content_type)
            .field("value_len", &self.value.len())
            .field("changed", &self.changed)
            .finish()
    }
}

/// Decides how each part of one body is scrubbed. One scrubber serves one
/// body; it may keep state across calls (known values, findings for the
/// retention classifier, redaction records).
pub trait PartScrubber: Send + 'static {
    /// Scrubs a batch of buffered text parts, in body order, by rewriting
    /// their values with [`TextPart::set_value`]. Called once per run of text
    /// parts (before the first file part, between file parts, before the
    /// end); values seen in earlier batches are not shown again. Runs on a
    /// blocking thread when called inside a Tokio runtime.
    fn texts(&mut self, parts: &mut [TextPart]) -> Result<(), BodyError>;

    /// Looks at one file name (`name` is the part name, `filename` the
    /// decoded, non-empty name; a part carrying both `filename` and
    /// `filename*` is asked about each). Returns `Some(token)` if the name
    /// holds personal data: the file is renamed by
    /// [`AttachmentPolicy::rename_pattern`] with `{fp}` = `token`, which must
    /// carry no personal data (a keyed fingerprint).
    fn filename(&mut self, name: &str, filename: &str) -> Result<Option<String>, BodyError>;

    /// Called once after the last part; returns `(name, value)` text parts to
    /// append before the closing boundary (for example a `tags[]` retention
    /// tag). These are emitted as given, not scanned.
    fn finish(&mut self) -> Vec<(String, String)>;
}

/// Scrubs a `multipart/form-data` body as a stream (see the module docs).
///
/// `boundary` comes from the request's `Content-Type`
/// ([`boundary_from_content_type`]); `input` is the client's body. The
/// output keeps the boundary and is sent chunked.
pub fn scrub_multipart<S, E>(
    boundary: &str,
    input: S,
    scrubber: impl PartScrubber,
    limits: MultipartLimits,
    attachments: AttachmentPolicy,
) -> impl Stream<Item = Result<Bytes, BodyError>> + Send
where
    S: Stream<Item = Result<Bytes, E>> + Send + 'static,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    walk::Walk::new(boundary, input, scrubber, limits, attachments).into_stream()
}
