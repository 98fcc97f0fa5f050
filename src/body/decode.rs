//! Decoded text with a map back to the HTML source.
//!
//! Detection runs over decoded text (`bob&#64;example.com` must read as an
//! address), but findings must be reported, and rewritten, in source bytes.
//! [`Decoded`] is built from source slices: plain runs are copied and map
//! byte for byte; each character reference (named, decimal or hex, decoded by
//! `htmlize` with the HTML5 table and its context rules) becomes one piece
//! that maps as a whole to its source bytes, and so do percent-escapes in
//! URL attributes and layout characters (no-break spaces read as spaces,
//! non-breaking hyphens as `-`); separators inserted between
//! blocks (`\n`) map to no source at all.

use std::ops::Range;

use htmlize::Context;

/// How a source string is encoded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Encoding {
    /// Text content: character references by the text rules.
    Text,
    /// An attribute value: character references by the attribute rules.
    Attribute,
    /// A URL attribute value: character references, then percent-escapes
    /// (`%40` reads as `@`) when they form printable UTF-8.
    Url,
}

impl Encoding {
    fn context(self) -> Context {
        match self {
            Encoding::Text => Context::General,
            Encoding::Attribute | Encoding::Url => Context::Attribute,
        }
    }
}

/// Reads layout variants of plain characters as the plain character, so
/// patterns match text typed in rich-text editors: no-break, figure and
/// narrow no-break spaces read as a space; hyphen and non-breaking hyphen as
/// `-`. `None` for every other character.
fn fold_layout(c: char) -> Option<char> {
    match c {
        '\u{a0}' | '\u{2007}' | '\u{202f}' => Some(' '),
        '\u{2010}' | '\u{2011}' => Some('-'),
        _ => None,
    }
}

/// A layout character (see [`fold_layout`]) starting at `i`, if any.
fn layout_char(raw: &str, i: usize) -> Option<(usize, String)> {
    let c = raw.get(i..)?.chars().next()?;
    let plain = fold_layout(c)?;
    Some((i + c.len_utf8(), plain.to_string()))
}

/// The character reference starting at `i` (on `&`): its end and decoded
/// text, or `None` when it is not one.
fn reference(raw: &str, i: usize, context: Context) -> Option<(usize, String)> {
    let end = reference_end(raw.as_bytes(), i, context);
    let source = raw.get(i..end)?;
    let decoded = htmlize::unescape_in(source, context);
    if decoded == source {
        return None;
    }
    Some((
        end,
        decoded
            .chars()
            .map(|c| fold_layout(c).unwrap_or(c))
            .collect(),
    ))
}

/// A run of percent-escapes starting at `i` (on `%`) that decodes to
/// printable UTF-8: its end and decoded text.
fn percent_run(raw: &str, i: usize) -> Option<(usize, String)> {
    let bytes = raw.as_bytes();
    let mut decoded = Vec::new();
    let mut end = i;
    while bytes.get(end) == Some(&b'%') {
        let hex = raw.get(end + 1..end + 3)?;
        let Ok(byte) = u8::from_str_radix(hex, 16) else {
            break;
        };
        decoded.push(byte);
        end += 3;
    }
    let text = String::from_utf8(decoded).ok()?;
    if text.is_empty() || text.chars().any(char::is_control) {
        return None;
    }
    Some((end, text))
}

/// How a piece of decoded text relates to the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Copied verbatim: decoded byte `i` is source byte `src.start + i`.
    Literal,
    /// A character reference: the decoded bytes map to the whole source range.
    Reference,
    /// Inserted by the walker (a block separator): no source bytes.
    Synthetic,
}

#[derive(Debug, Clone)]
struct Piece {
    decoded: Range<usize>,
    source: Range<usize>,
    kind: Kind,
}

/// Decoded text and its source map.
#[derive(Debug, Clone, Default)]
pub(super) struct Decoded {
    /// The decoded text that detection sees.
    pub(super) text: String,
    pieces: Vec<Piece>,
}

impl Decoded {
    /// Appends `raw`, found at source offset `at`, copied verbatim (no
    /// character references: comments, for example).
    pub(super) fn push_literal(&mut self, raw: &str, at: usize) {
        self.push(raw, at..at + raw.len(), Kind::Literal);
    }

    /// Appends `raw`, found at source offset `at`, decoding it by the rules
    /// of `encoding`.
    pub(super) fn push_encoded(&mut self, raw: &str, at: usize, encoding: Encoding) {
        let bytes = raw.as_bytes();
        let mut literal_from = 0;
        let mut i = 0;
        while i < bytes.len() {
            let special = match bytes[i] {
                b'&' => reference(raw, i, encoding.context()),
                b'%' if encoding == Encoding::Url => percent_run(raw, i),
                0xC2 | 0xE2 => layout_char(raw, i),
                _ => None,
            };
            match special {
                Some((end, decoded)) => {
                    self.push_literal(&raw[literal_from..i], at + literal_from);
                    self.push(&decoded, at + i..at + end, Kind::Reference);
                    literal_from = end;
                    i = end;
                }
                None => i += 1,
            }
        }
        self.push_literal(&raw[literal_from..], at + literal_from);
    }

    /// Appends a separator that has no source bytes; `at` is the source
    /// position it stands for.
    pub(super) fn push_synthetic(&mut self, text: &str, at: usize) {
        self.push(text, at..at, Kind::Synthetic);
    }

    /// True when the text ends with a tab.
    pub(super) fn ends_with_tab(&self) -> bool {
        self.text.ends_with('\t')
    }

    /// True when the text is empty or ends with a newline.
    pub(super) fn at_line_start(&self) -> bool {
        self.text.is_empty() || self.text.ends_with('\n')
    }

    fn push(&mut self, text: &str, source: Range<usize>, kind: Kind) {
        if text.is_empty() {
            return;
        }
        let start = self.text.len();
        self.text.push_str(text);
        self.pieces.push(Piece {
            decoded: start..self.text.len(),
            source,
            kind,
        });
    }

    /// The source ranges behind the decoded span, in order, adjacent ranges
    /// merged. A character reference touched by the span is included whole;
    /// separators contribute nothing. Empty when the span has no source.
    pub(super) fn source_ranges(&self, span: Range<usize>) -> Vec<Range<usize>> {
        let first = self.pieces.partition_point(|p| p.decoded.end <= span.start);
        let mut out: Vec<Range<usize>> = Vec::new();
        for piece in self.pieces[first..]
            .iter()
            .take_while(|p| p.decoded.start < span.end)
        {
            let range = match piece.kind {
                Kind::Synthetic => continue,
                Kind::Reference => piece.source.clone(),
                Kind::Literal => {
                    let from = span.start.max(piece.decoded.start) - piece.decoded.start;
                    let to = span.end.min(piece.decoded.end) - piece.decoded.start;
                    piece.source.start + from..piece.source.start + to
                }
            };
            match out.last_mut() {
                Some(last) if last.end == range.start => last.end = range.end,
                _ => out.push(range),
            }
        }
        out
    }
}

/// Where the character reference starting at `amp` ends (exclusive), or
/// `amp + 1` when `&` does not start one. Covers `&name;`, legacy `&name`,
/// `&#123;` and `&#x7B;`; in attributes a legacy name followed by `=` is kept
/// together so the context rule (not decoded there) applies.
fn reference_end(bytes: &[u8], amp: usize, context: Context) -> usize {
    let mut i = amp + 1;
    let numeric = bytes.get(i) == Some(&b'#');
    if numeric {
        i += 1;
        let hex = matches!(bytes.get(i), Some(b'x' | b'X'));
        if hex {
            i += 1;
        }
        let digits_from = i;
        while bytes.get(i).is_some_and(|b| {
            if hex {
                b.is_ascii_hexdigit()
            } else {
                b.is_ascii_digit()
            }
        }) {
            i += 1;
        }
        if i == digits_from {
            return amp + 1;
        }
    } else {
        let name_from = i;
        while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
            i += 1;
        }
        if i == name_from {
            return amp + 1;
        }
    }
    match bytes.get(i) {
        Some(b';') => i + 1,
        Some(b'=') if !numeric && context == Context::Attribute => i + 1,
        _ => i,
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)]
mod tests {
    use super::*;

    fn decode(raw: &str) -> Decoded {
        let mut d = Decoded::default();
        d.push_encoded(raw, 100, Encoding::Text);
        d
    }

    #[test]
    fn decodes_named_decimal_and_hex_references() {
        assert_eq!(decode("bob&#64;example.com").text, "bob@example.com");
        assert_eq!(decode("J&#246;rg M&#xFC;ller").text, "Jörg Müller");
        assert_eq!(decode("J&ouml;rg &amp; co&nbsp;AB").text, "Jörg & co AB");
        assert_eq!(decode("a\u{a0}b&#160;c").text, "a b c");
        assert_eq!(decode("a\u{a0}b").source_ranges(1..2), [101..103]);
        assert_eq!(decode("a &amp b &notit; c").text, "a & b ¬it; c");
        assert_eq!(
            decode("no refs & here &#; &#x;").text,
            "no refs & here &#; &#x;"
        );
    }

    #[test]
    fn folds_layout_characters() {
        assert_eq!(decode("19121212&#8209;1212").text, "19121212-1212");
        assert_eq!(decode("070\u{2011}123\u{202f}45").text, "070-123 45");
        assert_eq!(decode("a\u{2011}b").source_ranges(1..2), [101..104]);
        assert_eq!(decode("–é").text, "–é");
    }

    #[test]
    fn url_attributes_decode_percent_escapes() {
        let mut d = Decoded::default();
        let raw = "?u=j%C3%B6rg%40example.de&amp;x=%2&y=%00";
        d.push_encoded(raw, 0, Encoding::Url);
        assert_eq!(d.text, "?u=jörg@example.de&x=%2&y=%00");
        assert_eq!(d.source_ranges(3..19), [3..25]);
        let mut plain = Decoded::default();
        plain.push_encoded("a%40b", 0, Encoding::Attribute);
        assert_eq!(plain.text, "a%40b");
    }

    #[test]
    fn attribute_context_keeps_legacy_names_before_equals() {
        let mut d = Decoded::default();
        d.push_encoded("?a=1&copy=2&amp;b=3", 0, Encoding::Attribute);
        assert_eq!(d.text, "?a=1&copy=2&b=3");
    }

    #[test]
    fn maps_spans_to_source_bytes() {
        let raw = "x bob&#64;example.com y";
        let d = decode(raw);
        let at = d.text.find("bob").expect("present");
        let span = at..at + "bob@example.com".len();
        let ranges = d.source_ranges(span);
        assert_eq!(ranges, [102..121]);
        assert_eq!(
            &raw[ranges[0].start - 100..ranges[0].end - 100],
            "bob&#64;example.com"
        );
    }

    #[test]
    fn partial_reference_maps_whole_and_separators_map_nowhere() {
        let mut d = Decoded::default();
        d.push_encoded("ab", 0, Encoding::Text);
        d.push_synthetic("\n", 2);
        d.push_encoded("&ouml;c", 10, Encoding::Text);
        assert_eq!(d.text, "ab\nöc");
        // 'b', '\n' and the first byte of 'ö'.
        assert_eq!(d.source_ranges(1..4), [1..2, 10..16]);
        assert_eq!(d.source_ranges(2..3), Vec::<Range<usize>>::new());
        assert!(d.at_line_start() == d.text.ends_with('\n'));
    }
}
