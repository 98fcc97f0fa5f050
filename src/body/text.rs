//! Plain-text fields.

use super::Scrubbed;
use crate::detect::{Detector, KnownValues};
use crate::redact::Redactor;

/// Detects and redacts personal data in plain text.
pub fn scrub(
    detector: &Detector,
    redactor: &Redactor,
    text: &str,
    known: &KnownValues,
    path: &str,
) -> Scrubbed {
    let findings = detector.detect(text, known);
    let (output, records) = redactor.apply(text, &findings, path);
    Scrubbed {
        output,
        findings,
        records,
    }
}
