//! The text as the literal automata read it: every run of spaces and tabs
//! compacted to one space.
//!
//! Trigger phrases in the packs are written with one space between words
//! (`my colleague`, `a la atención de`), and regexes allow any run of blanks
//! there (`[ \t]+`). Reading a compacted copy lets the automata hold the whole
//! phrase as one literal, which fires rarely, instead of its first word
//! (`a `), which fires everywhere. Literals are normalised the same way
//! ([`normalise_literal`]), and every match maps back to offsets in the
//! original text, where the regexes run.

use std::borrow::Cow;

/// A possibly compacted copy of a text with the map back to it.
#[derive(Debug)]
pub(crate) struct Haystack<'a> {
    bytes: Cow<'a, [u8]>,
    /// One entry per compacted run, in order; empty when nothing was
    /// compacted (offsets are the same).
    gaps: Vec<Gap>,
}

/// A run of blanks compacted to one space.
#[derive(Debug, Clone, Copy)]
struct Gap {
    /// Original offset of the run's first byte.
    run_start: usize,
    /// Compacted offset just after the run's single space.
    after: usize,
    /// Original offset just after the run.
    original_after: usize,
}

impl Gap {
    /// Bytes removed up to and including this run.
    fn removed(&self) -> usize {
        self.original_after - self.after
    }
}

impl<'a> Haystack<'a> {
    /// Prepares `text`; borrows it when it holds no tab and no double blank.
    pub fn new(text: &'a str) -> Haystack<'a> {
        let bytes = text.as_bytes();
        let blank = |b: u8| b == b' ' || b == b'\t';
        let tab = memchr::memchr(b'\t', bytes);
        let double = memchr::memmem::find(bytes, b"  ");
        let Some(first) = tab.into_iter().chain(double).min() else {
            return Haystack {
                bytes: Cow::Borrowed(bytes),
                gaps: Vec::new(),
            };
        };
        let double_finder = memchr::memmem::Finder::new(b"  ");
        let mut out = Vec::with_capacity(bytes.len());
        let mut gaps = Vec::new();
        let mut copied = 0;
        let mut next = Some(first);
        while let Some(at) = next {
            // The run holding `at`, from its first blank.
            let mut run_start = at;
            while run_start > copied && blank(bytes[run_start - 1]) {
                run_start -= 1;
            }
            let mut run_end = at;
            while run_end < bytes.len() && blank(bytes[run_end]) {
                run_end += 1;
            }
            out.extend_from_slice(&bytes[copied..run_start]);
            out.push(b' ');
            gaps.push(Gap {
                run_start,
                after: out.len(),
                original_after: run_end,
            });
            copied = run_end;
            let rest = &bytes[copied..];
            next = memchr::memchr(b'\t', rest)
                .into_iter()
                .chain(double_finder.find(rest))
                .min()
                .map(|i| copied + i);
        }
        out.extend_from_slice(&bytes[copied..]);
        Haystack {
            bytes: Cow::Owned(out),
            gaps,
        }
    }

    /// The bytes the automata scan.
    pub fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The original offset of compacted byte `i`.
    #[inline]
    fn origin(&self, i: usize) -> usize {
        self.shifted(i, self.gaps.partition_point(|g| g.after <= i))
    }

    /// Compacted offset `i` moved back to the original, given the number of
    /// runs compacted before it.
    #[inline]
    fn shifted(&self, i: usize, runs_before: usize) -> usize {
        match runs_before.checked_sub(1) {
            Some(prev) => i + self.gaps[prev].removed(),
            None => i,
        }
    }

    /// The original span of the compacted match `start..end` (`end > start`):
    /// from the first byte's origin to just after the last byte's origin.
    #[inline]
    pub fn original(&self, start: usize, end: usize) -> (usize, usize) {
        if self.gaps.is_empty() {
            return (start, end);
        }
        (self.origin(start), self.origin(end - 1) + 1)
    }

    /// A mapper for compacted offsets that arrive nearly in order (the
    /// automaton's matches, ordered by end): each lookup moves from the
    /// previous one instead of searching all runs.
    pub fn cursor(&self) -> Cursor<'_, 'a> {
        Cursor { hay: self, next: 0 }
    }

    /// The compacted offset of original offset `offset` (a byte inside a
    /// compacted run maps to the run's space).
    pub fn compacted(&self, offset: usize) -> usize {
        let offset = offset.min(self.bytes.len() + self.gaps.last().map_or(0, Gap::removed));
        let n = self.gaps.partition_point(|g| g.original_after <= offset);
        if let Some(g) = self.gaps.get(n) {
            if offset >= g.run_start {
                return g.after - 1;
            }
        }
        match n.checked_sub(1) {
            Some(prev) => offset - self.gaps[prev].removed(),
            None => offset,
        }
    }
}

/// See [`Haystack::cursor`].
#[derive(Debug)]
pub(crate) struct Cursor<'h, 'a> {
    hay: &'h Haystack<'a>,
    /// Number of runs that end at or before the last looked-up offset.
    next: usize,
}

impl Cursor<'_, '_> {
    /// The original offset of compacted byte `i`.
    #[inline]
    fn origin(&mut self, i: usize) -> usize {
        let gaps = &self.hay.gaps;
        while self.next < gaps.len() && gaps[self.next].after <= i {
            self.next += 1;
        }
        while self.next > 0 && gaps[self.next - 1].after > i {
            self.next -= 1;
        }
        self.hay.shifted(i, self.next)
    }

    /// Same as [`Haystack::original`].
    #[inline]
    pub fn original(&mut self, start: usize, end: usize) -> (usize, usize) {
        if self.hay.gaps.is_empty() {
            return (start, end);
        }
        (self.origin(start), self.origin(end - 1) + 1)
    }
}

/// A literal as the automata hold it: ASCII lowercase, runs of spaces and
/// tabs as one space.
pub(crate) fn normalise_literal(literal: &str) -> String {
    let mut out = String::with_capacity(literal.len());
    let mut blank = false;
    for c in literal.chars() {
        if c == ' ' || c == '\t' {
            if !blank {
                out.push(' ');
            }
            blank = true;
        } else {
            out.push(c.to_ascii_lowercase());
            blank = false;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_is_borrowed() {
        let h = Haystack::new("talk to Anna");
        assert!(matches!(h.bytes, Cow::Borrowed(_)));
        assert_eq!(h.compacted(5), 5);
        assert_eq!(h.original(5, 7), (5, 7));
    }

    #[test]
    fn blank_runs_compact_and_map_back() {
        let text = "talk \t to  Anna";
        let h = Haystack::new(text);
        assert_eq!(h.bytes(), b"talk to Anna");
        // "to" in the compacted text is "to" at 7..9 in the original.
        assert_eq!(h.original(5, 7), (7, 9));
        assert_eq!(h.original(0, 7), (0, 9));
        let (s, e) = h.original(8, 12);
        assert_eq!(&text[s..e], "Anna");
        assert_eq!(h.compacted(7), 5);
        assert_eq!(h.compacted(5), 4);
        assert_eq!(h.compacted(6), 4);
        assert_eq!(h.compacted(text.len()), 12);
    }

    #[test]
    fn every_byte_maps_back_to_its_origin() {
        let text = "a\tb  c \t d\t\t";
        let h = Haystack::new(text);
        assert_eq!(h.bytes(), b"a b c d ");
        let origins: Vec<usize> = (0..h.bytes().len())
            .map(|i| h.original(i, i + 1).0)
            .collect();
        assert_eq!(origins, vec![0, 1, 2, 3, 5, 6, 9, 10]);
        for (i, &o) in origins.iter().enumerate() {
            assert_eq!(h.compacted(o), i, "origin {o}");
        }
    }

    #[test]
    fn cursor_maps_like_the_search_in_any_order() {
        let text = "a\tb  c \t d\t\tee   f g";
        let h = Haystack::new(text);
        let spans: Vec<(usize, usize)> = (0..h.bytes().len())
            .flat_map(|s| (s + 1..=h.bytes().len()).map(move |e| (s, e)))
            .collect();
        // Forwards, backwards and jumping about.
        let mut order = spans.clone();
        order.extend(spans.iter().rev());
        order.extend(spans.iter().step_by(7));
        let mut cursor = h.cursor();
        for (s, e) in order {
            assert_eq!(cursor.original(s, e), h.original(s, e), "{s}..{e}");
        }
    }

    #[test]
    fn literals_normalise_like_the_text() {
        assert_eq!(normalise_literal("Talk\t  To"), "talk to");
        assert_eq!(normalise_literal("Grüße"), "grüße");
    }
}
