//! `PackSet::add_str` on arbitrary UTF-8, then `Detector::new` on success,
//! then one detection over a fixed text. Invariant: no panic (errors are fine).
#![no_main]

use hushdesk::detect::{DetectOptions, Detector, KnownValues};
use hushdesk::pack::PackSet;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let mut packs = PackSet::default();
    if packs.add_str("fuzz.toml", text).is_err() {
        return;
    }
    let Ok(detector) = Detector::new(&packs, DetectOptions::default()) else {
        return;
    };
    // A compiled detector must also run: use the pack text itself as input.
    let findings = detector.detect(text, &KnownValues::default());
    for f in &findings {
        assert!(f.start < f.end && f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
    }
});
