//! `body::html::scrub` with the default detector and redactor on arbitrary
//! UTF-8 (other inputs are skipped). Invariants: no panic; finding spans lie
//! on char boundaries inside the input; with no findings the output is the
//! input, byte for byte.
#![no_main]

use hushdesk::body::html::{self, HtmlLimits};
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let known = common::known_from(text);
    let limits = HtmlLimits::default();
    let Ok(out) = html::scrub(
        common::detector(),
        common::redactor(),
        text,
        &known,
        "description",
        &limits,
    ) else {
        // Errors (parse refusals, limits) are allowed: the proxy refuses the body.
        return;
    };
    common::assert_spans_in(text, &out.findings);
    if out.findings.is_empty() {
        assert!(out.output == text, "output changed without findings");
        assert!(out.records.is_empty(), "records without findings");
    }
});
