//! A small regex detector for the walkers' unit tests, independent of the
//! pattern packs: emails, card numbers, phone numbers, a few names and
//! Swedish street addresses.

use std::sync::{Arc, LazyLock};

use regex::Regex;

use crate::detect::{Category, Finding};

/// The rules: pattern, category, rule id.
const RULES: [(&str, Category, &str); 5] = [
    (
        r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}",
        Category::Email,
        "test.email",
    ),
    (
        r"\b\d{4}(?:[ -]?\d{4}){3}\b",
        Category::PaymentCard,
        "test.card",
    ),
    (
        r"\+\d{2}(?:[ -]?\d{2,3}){3,4}",
        Category::Phone,
        "test.phone",
    ),
    (
        r"\b(?:Anna Berg|Jörg Müller|Anna|Jörg)\b",
        Category::PersonName,
        "test.name",
    ),
    (
        r"\b\w+gatan \d+\n\d{3} \d{2} \w+",
        Category::PostalAddress,
        "test.address",
    ),
];

/// The compiled rules (the patterns are constants and valid).
static COMPILED: LazyLock<Vec<(Regex, Category, &'static str)>> = LazyLock::new(|| {
    RULES
        .iter()
        .filter_map(|(p, c, r)| Regex::new(p).ok().map(|re| (re, *c, *r)))
        .collect()
});

/// Finds test data in `text`: sorted by start, non-overlapping.
pub(crate) fn detect(text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    for (re, category, rule) in COMPILED.iter() {
        for m in re.find_iter(text) {
            found.push(Finding {
                start: m.start(),
                end: m.end(),
                category: *category,
                subtype: None,
                rule_id: Arc::from(*rule),
                confidence: 1.0,
            });
        }
    }
    found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
    let mut out: Vec<Finding> = Vec::new();
    for f in found {
        if out.last().is_none_or(|last| f.start >= last.end) {
            out.push(f);
        }
    }
    out
}
