//! `body::multipart::scrub_multipart` over arbitrary bytes, fed in chunks.
//!
//! Input: the first byte picks the chunk size (1..=64 bytes, or the whole
//! body at once for bytes >= 192); the rest is the body, framed with the
//! fixed boundary `fuzzboundary`. The scrubber replaces every text part's
//! value by a marker and renames file names holding an ASCII capital.
//!
//! Invariants: no panic; an error ends the stream; and on success the output
//! is itself a body the walker accepts, holding exactly as many text parts,
//! each with the marker as its value: no text reaches the output without
//! having passed through the scrubber.
#![no_main]

use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures_util::StreamExt;
use hushdesk::body::multipart::{
    scrub_multipart, AttachmentPolicy, MultipartLimits, PartScrubber, TextPart,
};
use hushdesk::body::BodyError;
use libfuzzer_sys::fuzz_target;

const BOUNDARY: &str = "fuzzboundary";
const MARKER: &str = "[scrubbed]";

/// What a scrubber saw: every text part's value, in order.
type Seen = Arc<Mutex<Vec<String>>>;

struct MarkerScrubber {
    seen: Seen,
    /// Replace each value by [`MARKER`] (first pass) or leave it (second).
    rewrite: bool,
}

impl PartScrubber for MarkerScrubber {
    fn texts(&mut self, parts: &mut [TextPart]) -> Result<(), BodyError> {
        let mut seen = self.seen.lock().unwrap();
        for part in parts.iter_mut() {
            seen.push(part.value().to_string());
            if self.rewrite {
                part.set_value(MARKER.to_string());
            }
        }
        Ok(())
    }

    fn filename(&mut self, _name: &str, filename: &str) -> Result<Option<String>, BodyError> {
        Ok(filename
            .bytes()
            .any(|b| b.is_ascii_uppercase())
            .then(|| "0123abcd".to_string()))
    }

    fn finish(&mut self) -> Vec<(String, String)> {
        Vec::new()
    }
}

/// Runs one body through the walker; returns the output or the error.
fn run(body: &[u8], chunk: usize, rewrite: bool) -> (Result<Vec<u8>, BodyError>, Vec<String>) {
    let seen: Seen = Arc::default();
    let pieces: Vec<Result<Bytes, std::io::Error>> = body
        .chunks(chunk.max(1))
        .map(|c| Ok(Bytes::copy_from_slice(c)))
        .collect();
    let scrubber = MarkerScrubber {
        seen: seen.clone(),
        rewrite,
    };
    let result = futures_executor::block_on(async {
        let stream = scrub_multipart(
            BOUNDARY,
            futures_util::stream::iter(pieces),
            scrubber,
            MultipartLimits::default(),
            AttachmentPolicy::default(),
        );
        let mut stream = std::pin::pin!(stream);
        let mut out = Vec::new();
        while let Some(item) = stream.next().await {
            match item {
                Ok(piece) => out.extend_from_slice(&piece),
                Err(e) => {
                    assert!(stream.next().await.is_none(), "stream goes on after an error");
                    return Err(e);
                }
            }
        }
        Ok(out)
    });
    let seen = std::mem::take(&mut *seen.lock().unwrap());
    (result, seen)
}

fuzz_target!(|data: &[u8]| {
    let Some((&first, body)) = data.split_first() else {
        return;
    };
    let chunk = if first >= 192 {
        body.len()
    } else {
        usize::from(first % 64) + 1
    };
    let (result, first_seen) = run(body, chunk, true);
    let Ok(output) = result else {
        return;
    };
    // Re-read what would be forwarded: every text part in it must be one the
    // scrubber rewrote.
    let (again, second_seen) = run(&output, output.len(), false);
    if let Err(e) = again {
        panic!("the walker refuses its own output: {e}");
    }
    assert_eq!(
        first_seen.len(),
        second_seen.len(),
        "text part count changed between input and output"
    );
    assert!(
        second_seen.iter().all(|v| v == MARKER),
        "a text part value in the output did not pass through the scrubber"
    );
});
