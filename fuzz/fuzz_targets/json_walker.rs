//! `body::json::scrub_json` on arbitrary bytes for the ticket-create route,
//! with the default field policy and limits and the real `EngineScrubber`.
//! Invariants: no panic; on success the bytes to forward are valid JSON, and
//! the original bytes when nothing changed.
#![no_main]

use hushdesk::body::html::HtmlLimits;
use hushdesk::body::json::{scrub_json, EngineScrubber, FieldPolicy, JsonLimits};
use hushdesk::freshdesk::routes::match_route;
use libfuzzer_sys::fuzz_target;

#[path = "common.rs"]
mod common;

fuzz_target!(|data: &[u8]| {
    let route = match_route("POST", "/api/v2/tickets").expect("ticket-create route");
    let html_limits = HtmlLimits::default();
    let scrubber = EngineScrubber {
        detector: common::detector(),
        redactor: common::redactor(),
        html_limits: &html_limits,
    };
    let Ok(mut scrubbed) = scrub_json(
        data,
        route,
        &FieldPolicy::default(),
        &scrubber,
        &JsonLimits::default(),
    ) else {
        return;
    };
    for field in &scrubbed.fields {
        assert_eq!(
            field.findings.len(),
            field.records.len(),
            "one record per finding in {}",
            field.path
        );
    }
    // The proxy adds its retention tag before forwarding; do so on every
    // other input so both the untouched and the rewritten path are checked.
    if data.len() % 2 == 1 {
        scrubbed.merge_tags(&["retention:fuzz".to_string()], "retention:", true);
    }
    let changed = scrubbed.changed();
    let bytes = scrubbed.into_bytes();
    if !changed {
        assert!(*bytes == *data, "unchanged body not forwarded byte for byte");
    }
    if let Err(e) = serde_json::from_slice::<serde_json::Value>(&bytes) {
        panic!("forwarded body is not valid JSON: {e}");
    }
});
