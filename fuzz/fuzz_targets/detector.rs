//! `Detector::detect` on arbitrary UTF-8, with known values taken from the
//! input. Invariants: no panic; findings sorted, non-overlapping, non-empty,
//! on char boundaries inside the text.
#![no_main]

use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let known = common::known_from(text);
    let findings = common::detector().detect(text, &known);
    common::assert_spans_in(text, &findings);
    common::assert_sorted_disjoint(&findings);
    for f in &findings {
        assert!(
            (0.0..=1.0).contains(&f.confidence),
            "confidence {} out of range ({})",
            f.confidence,
            f.rule_id
        );
    }
});
