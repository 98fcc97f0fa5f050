//! HTML fields (ticket descriptions, conversation bodies).
//!
//! # Design
//!
//! The walker never re-serialises the document. It works out *which source
//! bytes* hold personal data and splices replacements into exactly those
//! bytes, so the output differs from the input only inside redacted spans
//! (markup, attribute order, quoting and whitespace stay byte for byte).
//!
//! 1. **Locate** (module `tokens`): lol_html, with its memory cap set,
//!    tokenises the input and reports the source range of every text chunk,
//!    start tag, end tag and comment. Chunks split at input boundaries are
//!    merged by adjacency, so a match is never cut in two; each text node is
//!    capped. Script and style content is not prose and is not scanned.
//! 2. **Decode and join** (module `decode`): prose text is decoded
//!    (character references: named, decimal, hex) into one string per body,
//!    keeping a map from decoded offsets to source ranges. Inline elements
//!    (`b`, `span`, `a`, ...) do not break the string, so
//!    `4111 <b>1111</b> 1111 1111` reads as one card number; block elements
//!    and `<br>` (module `markup`) insert `\n`, so a `<br>`-separated postal
//!    address reads as lines; table cells of one row are joined with `\t`
//!    and blank layout text between table tags is dropped, so a table reads
//!    as tab-separated rows, one per line, as a browser renders it. Data-carrying attribute values (`href`, `src`,
//!    `title`, `alt`, `value`, `data-*`, ...) and comments are decoded as
//!    units of their own; URL attributes also have their percent-escapes
//!    decoded (`?u=jane%40example.org`).
//! 3. **Detect** over each decoded unit.
//! 4. **Map back and splice**: each finding maps to one or more source ranges
//!    (one per text node it touches; a character reference it touches counts
//!    whole). The first range receives the escaped replacement, the others
//!    become empty; tags between them stay. Reported findings cover the source
//!    bytes from the first to the last range, entity-encoded forms included.
//!
//! Any limit or parse failure is an error: unscanned HTML is never returned
//! as scrubbed.

use super::decode::{Decoded, Encoding};
use super::markup::{self, Quote};
use super::tokens::{self, Event};
use super::{BodyError, Scrubbed};
use crate::detect::known::KnownMatcher;
use crate::detect::{Detector, Finding, KnownValues};
use crate::redact::{RedactionRecord, Redactor};

/// Limits for the HTML rewriter.
#[derive(Debug, Clone)]
pub struct HtmlLimits {
    /// lol_html's memory cap in bytes. Default: 8 MiB.
    pub max_memory: usize,
    /// Largest text node accepted, in bytes. Default: 1 MiB.
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

/// Tags whose presence anywhere marks a text as HTML.
const TELLTALE_TAGS: &[&str] = &[
    "a",
    "b",
    "blockquote",
    "body",
    "br",
    "div",
    "em",
    "font",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "head",
    "hr",
    "html",
    "i",
    "img",
    "li",
    "ol",
    "p",
    "pre",
    "span",
    "strong",
    "table",
    "td",
    "tr",
    "u",
    "ul",
];

/// True when `text` looks like HTML: a doctype, or a common tag such as
/// `<div`, `<p>`, `<br/>`, `<span class=..>` or `</p>` anywhere, closed by
/// `>` on the same line. Angle-bracketed addresses (`<jane@example.org>`) and
/// comparisons (`a <b and`) do not count.
pub fn looks_like_html(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b'<', bytes).any(|lt| {
        let rest = &bytes[lt + 1..];
        if rest.len() >= 8 && rest[..8].eq_ignore_ascii_case(b"!doctype") {
            return true;
        }
        let rest = rest.strip_prefix(b"/").unwrap_or(rest);
        let name_len = rest
            .iter()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        let name = rest[..name_len].to_ascii_lowercase();
        let known = TELLTALE_TAGS
            .iter()
            .any(|t| t.as_bytes() == name.as_slice());
        let after = &rest[name_len..];
        let closed = match after.first() {
            Some(b'>') => true,
            Some(b'/') => after.get(1) == Some(&b'>'),
            Some(b' ' | b'\t') => plausible_attributes(after),
            _ => false,
        };
        known && closed
    })
}

/// True when `rest` (after a tag name) reads as attributes closed by `>` on
/// the same line: its first word must be followed by `=`, `>` or `/`.
fn plausible_attributes(rest: &[u8]) -> bool {
    let rest = rest.trim_ascii_start();
    let word = rest
        .iter()
        .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b':'))
        .count();
    let closed = rest
        .iter()
        .take_while(|b| **b != b'<' && **b != b'\n')
        .any(|b| *b == b'>');
    word > 0 && matches!(rest.get(word), Some(b'=' | b'>' | b'/')) && closed
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
    // One ticket's known values, compiled once for the prose and every
    // attribute and comment.
    let known = KnownMatcher::new(known);
    scrub_with(
        |t| detector.detect_with(t, known.as_ref()),
        redactor,
        html,
        path,
        limits,
    )
}

/// [`scrub`] with any detection function (text in, sorted non-overlapping
/// findings out).
pub fn scrub_with(
    detect: impl Fn(&str) -> Vec<Finding>,
    redactor: &Redactor,
    html: &str,
    path: &str,
    limits: &HtmlLimits,
) -> Result<Scrubbed, BodyError> {
    scrub_chunked(detect, redactor, html, path, limits, usize::MAX)
}

/// Where a unit's replacements are written, which decides their escaping.
#[derive(Debug, Clone, Copy)]
enum Target {
    Text,
    Comment,
    Attribute(Quote),
}

impl Target {
    fn escape(self, replacement: &str) -> String {
        match self {
            Target::Text => markup::escape_text(replacement),
            Target::Comment => markup::sanitise_comment(replacement),
            Target::Attribute(quote) => markup::escape_attribute(replacement, quote),
        }
    }
}

/// One decoded string that detection runs over.
struct Unit {
    decoded: Decoded,
    target: Target,
    path: String,
}

/// A splice: replace the source `range` with `text`.
struct Edit {
    range: std::ops::Range<usize>,
    text: String,
}

/// [`scrub_with`], feeding the tokenizer `chunk` bytes at a time.
fn scrub_chunked(
    detect: impl Fn(&str) -> Vec<Finding>,
    redactor: &Redactor,
    html: &str,
    path: &str,
    limits: &HtmlLimits,
    chunk: usize,
) -> Result<Scrubbed, BodyError> {
    let events = tokens::collect(html, limits, chunk)?;
    let units = units(html, &events, path)?;
    let mut edits = Vec::new();
    let mut found: Vec<(Finding, RedactionRecord)> = Vec::new();
    for unit in &units {
        let mut findings = detect(&unit.decoded.text);
        findings.sort_by_key(|f| (f.start, f.end));
        let mut covered = 0;
        for finding in findings {
            let start = finding.start.max(covered);
            if start >= finding.end {
                continue;
            }
            let value = unit
                .decoded
                .text
                .get(start..finding.end)
                .ok_or(BodyError::SourceMap)?;
            covered = finding.end;
            let ranges = unit.decoded.source_ranges(start..finding.end);
            let (Some(first), Some(last)) = (ranges.first(), ranges.last()) else {
                continue;
            };
            let (replacement, record) = redactor.redact_one(value, &finding, &unit.path);
            let reported = Finding {
                start: first.start,
                end: last.end,
                ..finding
            };
            edits.push(Edit {
                range: first.clone(),
                text: unit.target.escape(&replacement),
            });
            edits.extend(ranges[1..].iter().map(|range| Edit {
                range: range.clone(),
                text: String::new(),
            }));
            found.push((reported, record));
        }
    }
    found.sort_by_key(|(f, _)| (f.start, f.end));
    let (findings, records) = found.into_iter().unzip();
    Ok(Scrubbed {
        output: splice(html, edits)?,
        findings,
        records,
    })
}

/// Builds the detection units: the joined prose, then each scanned attribute
/// value and each comment.
fn units(html: &str, events: &[Event], path: &str) -> Result<Vec<Unit>, BodyError> {
    let source =
        |range: &std::ops::Range<usize>| html.get(range.clone()).ok_or(BodyError::SourceMap);
    let mut prose = Decoded::default();
    let mut others = Vec::new();
    // Inside a table but outside its cells: source indentation there is not
    // text (a browser drops it too) and would break a row's line.
    let mut between_cells = false;
    for event in events {
        match event {
            Event::Text(range) => {
                let raw = source(range)?;
                // Blank source text inside table structure, or at the start
                // of a line (the indentation and line breaks around `<br>`
                // and block tags), is layout a browser collapses: keeping it
                // would turn `Regards<br>\n<br>\nAnna` into three blank lines.
                if (between_cells || prose.at_line_start())
                    && raw.bytes().all(|b| b.is_ascii_whitespace())
                {
                    continue;
                }
                prose.push_encoded(raw, range.start, Encoding::Text);
            }
            Event::Start { name, range } => {
                between_cells = markup::is_table_part(name);
                separate(&mut prose, name, range.start, true);
                for attr in markup::attribute_values(html, range.clone()) {
                    if !markup::is_scanned_attribute(&attr.name) || attr.value.is_empty() {
                        continue;
                    }
                    let mut decoded = Decoded::default();
                    decoded.push_encoded(
                        source(&attr.value)?,
                        attr.value.start,
                        if markup::is_url_attribute(&attr.name) {
                            Encoding::Url
                        } else {
                            Encoding::Attribute
                        },
                    );
                    others.push(Unit {
                        decoded,
                        target: Target::Attribute(attr.quote),
                        path: format!("{path}@{}", attr.name),
                    });
                }
            }
            Event::End { name, range } => {
                between_cells = markup::is_cell(name) || markup::is_table_part(name);
                separate(&mut prose, name, range.start, false);
            }
            Event::Comment(range) => {
                let raw = source(range)?;
                let Some(inner) = raw.strip_prefix("<!--").and_then(|r| r.strip_suffix("-->"))
                else {
                    continue;
                };
                let mut decoded = Decoded::default();
                decoded.push_literal(inner, range.start + 4);
                others.push(Unit {
                    decoded,
                    target: Target::Comment,
                    path: path.to_string(),
                });
            }
        }
    }
    let mut units = vec![Unit {
        decoded: prose,
        target: Target::Text,
        path: path.to_string(),
    }];
    units.extend(others);
    Ok(units)
}

/// Inserts a line break for block elements (always for `<br>`, otherwise
/// only when the text does not already end a line) and a tab before a table
/// cell (`start`: at its start tag) that does not start its row.
fn separate(prose: &mut Decoded, name: &str, at: usize, start: bool) {
    if name == "br" || (markup::is_block(name) && !prose.at_line_start()) {
        prose.push_synthetic("\n", at);
    } else if start && markup::is_cell(name) && !prose.at_line_start() && !prose.ends_with_tab() {
        prose.push_synthetic("\t", at);
    }
}

/// Applies the edits to the source. Edits that overlap (two findings sharing
/// one character reference) are merged so no byte is written twice.
fn splice(html: &str, mut edits: Vec<Edit>) -> Result<String, BodyError> {
    edits.sort_by_key(|e| (e.range.start, e.range.end));
    let mut out = String::with_capacity(html.len());
    let mut cursor = 0;
    for edit in edits {
        let start = edit.range.start.max(cursor);
        if start > cursor {
            out.push_str(html.get(cursor..start).ok_or(BodyError::SourceMap)?);
        }
        out.push_str(&edit.text);
        cursor = cursor.max(edit.range.end);
    }
    out.push_str(html.get(cursor..).ok_or(BodyError::SourceMap)?);
    Ok(out)
}

#[cfg(test)]
#[path = "html_tests.rs"]
mod tests;
