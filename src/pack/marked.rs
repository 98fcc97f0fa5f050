//! The `[[…]]` marker syntax of pack examples.
//!
//! Loading checks that every example's markers are well formed; running the
//! examples (which needs a compiled detector) lives in
//! [`crate::detect::examples`], keeping `pack` below `detect`.

use std::ops::Range;

const OPEN: &str = "[[";
const CLOSE: &str = "]]";

/// Removes `[[`/`]]` markers; returns the text and the marked byte spans
/// (offsets into the returned text), in order.
pub fn parse_marked(example: &str) -> Result<(String, Vec<Range<usize>>), String> {
    let mut text = String::with_capacity(example.len());
    let mut spans = Vec::new();
    let mut rest = example;
    while let Some(open) = rest.find(OPEN) {
        if rest[..open].contains(CLOSE) {
            return Err("`]]` without `[[`".into());
        }
        text.push_str(&rest[..open]);
        let inner = &rest[open + OPEN.len()..];
        let close = inner.find(CLOSE).ok_or("`[[` without `]]`")?;
        if close == 0 {
            return Err("empty `[[]]` span".into());
        }
        if inner[..close].contains(OPEN) {
            return Err("nested `[[`".into());
        }
        spans.push(text.len()..text.len() + close);
        text.push_str(&inner[..close]);
        rest = &inner[close + CLOSE.len()..];
    }
    if rest.contains(CLOSE) {
        return Err("`]]` without `[[`".into());
    }
    text.push_str(rest);
    Ok((text, spans))
}
