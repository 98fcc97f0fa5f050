//! Shared by the fuzz targets: the default engine, built once per process,
//! and the span invariants every walker promises.

#![allow(dead_code)]

use std::sync::OnceLock;

use hushdesk::detect::{Detector, Finding, KnownValues};
use hushdesk::redact::{Policy, Redactor};

/// The default detector (the shipped packs, default thresholds).
pub fn detector() -> &'static Detector {
    static DETECTOR: OnceLock<Detector> = OnceLock::new();
    DETECTOR.get_or_init(|| Detector::with_defaults().expect("default packs compile"))
}

/// A redactor with the default policy and a fixed key.
pub fn redactor() -> &'static Redactor {
    static REDACTOR: OnceLock<Redactor> = OnceLock::new();
    REDACTOR.get_or_init(|| Redactor::new(Policy::default(), b"hushdesk fuzz key".to_vec()))
}

/// Known values taken from the text itself, so the known-value matcher has
/// something to find: the first line (trimmed, if short) as the name, the
/// first `@` word as the email, later `@` words as further addresses, and
/// the first word with at least five digits as the phone.
pub fn known_from(text: &str) -> KnownValues {
    let mut known = KnownValues::default();
    if let Some(line) = text.lines().next() {
        let line = line.trim();
        if !line.is_empty() && line.len() <= 64 {
            known.name = Some(line.to_string());
        }
    }
    for word in text.split_whitespace() {
        if word.contains('@') {
            if known.email.is_none() {
                known.email = Some(word.to_string());
            } else if known.emails.len() < 4 {
                known.emails.push(word.to_string());
            }
        } else if known.phone.is_none() && word.bytes().filter(u8::is_ascii_digit).count() >= 5 {
            known.phone = Some(word.to_string());
        }
    }
    known
}

/// Every finding is non-empty, inside `text` and on char boundaries.
pub fn assert_spans_in(text: &str, findings: &[Finding]) {
    for f in findings {
        assert!(f.start < f.end, "empty or inverted span {}..{}", f.start, f.end);
        assert!(f.end <= text.len(), "span {}..{} past end {}", f.start, f.end, text.len());
        assert!(
            text.is_char_boundary(f.start) && text.is_char_boundary(f.end),
            "span {}..{} not on char boundaries ({})",
            f.start,
            f.end,
            f.rule_id
        );
    }
}

/// Findings are sorted by start and do not overlap.
pub fn assert_sorted_disjoint(findings: &[Finding]) {
    for pair in findings.windows(2) {
        assert!(
            pair[0].end <= pair[1].start,
            "overlapping or unsorted findings {}..{} ({}) and {}..{} ({})",
            pair[0].start,
            pair[0].end,
            pair[0].rule_id,
            pair[1].start,
            pair[1].end,
            pair[1].rule_id
        );
    }
}
