//! Overlapping literal matches found by four automaton walks at once.
//!
//! Walking a DFA over a text is bound by latency, not by work: each step
//! looks up the next state in a table at an address that depends on the
//! state the previous step produced, so one walk advances one byte per
//! dependent memory load, and a large automaton (the trigger automaton holds
//! thousands of literals, several megabytes of transitions) adds cache misses
//! on top. Cutting the text into four stretches and stepping four walks in
//! the same loop gives the processor four independent chains to overlap.
//!
//! Correctness rests on one property of an Aho-Corasick automaton: its state
//! after reading a text depends only on the last `max_len - 1` bytes, where
//! `max_len` is its longest pattern. So every walk but the first starts that
//! many bytes before its stretch, reports nothing until it reaches it, and
//! then reports exactly the matches that end inside it. The matches come out
//! once each and in the order one walk over the whole text reports them.

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, MatchError, MatchKind, PatternID};

/// Number of walks stepped together. Measured on the bench fixture with the
/// default packs: two walks recover about half of what four do; more than
/// four are no faster.
const WALKS: usize = 4;

/// Below this many bytes a single walk is used: the set-up costs more than
/// the overlap gains.
const MIN_SPLIT: usize = 4096;

/// An ASCII case-insensitive DFA over literals, with what the walks need.
#[derive(Debug)]
pub(crate) struct Walker {
    dfa: DFA,
    start: StateID,
    /// The longest literal, in bytes.
    max_len: usize,
}

/// One match: pattern and end offset.
type Hit = (PatternID, usize);

impl Walker {
    /// A walker over `patterns`, matched ASCII case-insensitively. The
    /// automaton must report every occurrence (standard semantics) and start
    /// unanchored without a prefilter: the split walks rely on it. Fails
    /// when the set is too large for a DFA.
    pub fn new<P: AsRef<[u8]>>(patterns: &[P]) -> Result<Walker, String> {
        let dfa = aho_corasick::dfa::Builder::new()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .prefilter(false)
            .build(patterns)
            .map_err(|e| e.to_string())?;
        Ok(Walker {
            start: dfa
                .start_state(Anchored::No)
                .map_err(|e: MatchError| e.to_string())?,
            max_len: dfa.max_pattern_len().max(1),
            dfa,
        })
    }

    /// Calls `f(pattern, start, end)` for every overlapping match in `hay`,
    /// ordered by `end` (then in the automaton's order at that end).
    pub fn for_each(&self, hay: &[u8], mut f: impl FnMut(usize, usize, usize)) {
        let mut hits: [Vec<Hit>; WALKS] = std::array::from_fn(|_| Vec::new());
        if hay.len() < MIN_SPLIT.max(WALKS * self.max_len) {
            let mut s = self.start;
            for (at, &b) in hay.iter().enumerate() {
                s = self.step(s, b, at, &mut hits[0]);
            }
        } else {
            self.walk_four(hay, &mut hits);
        }
        for (pattern, end) in hits.into_iter().flatten() {
            f(pattern.as_usize(), end - self.dfa.pattern_len(pattern), end);
        }
    }

    /// Four walks over four stretches of `hay`; `hits[k]` gets the matches
    /// ending in stretch `k`.
    fn walk_four(&self, hay: &[u8], hits: &mut [Vec<Hit>; WALKS]) {
        let stretch = hay.len().div_ceil(WALKS);
        let starts: [usize; WALKS] = std::array::from_fn(|k| (k * stretch).min(hay.len()));
        let ends: [usize; WALKS] = std::array::from_fn(|k| ((k + 1) * stretch).min(hay.len()));
        // Warm each walk up on the bytes before its stretch, reporting nothing.
        let states: [StateID; WALKS] = std::array::from_fn(|k| {
            let from = starts[k].saturating_sub(self.max_len - 1);
            hay[from..starts[k]]
                .iter()
                .fold(self.start, |s, &b| self.dfa.next_state(Anchored::No, s, b))
        });
        // Step all four over the length they share, then finish each alone.
        let shared = (0..WALKS).map(|k| ends[k] - starts[k]).min().unwrap_or(0);
        let [h0, h1, h2, h3] = starts.map(|s| &hay[s..s + shared]);
        let [mut s0, mut s1, mut s2, mut s3] = states;
        let [v0, v1, v2, v3] = hits;
        for (i, (((&b0, &b1), &b2), &b3)) in h0.iter().zip(h1).zip(h2).zip(h3).enumerate() {
            s0 = self.step(s0, b0, starts[0] + i, v0);
            s1 = self.step(s1, b1, starts[1] + i, v1);
            s2 = self.step(s2, b2, starts[2] + i, v2);
            s3 = self.step(s3, b3, starts[3] + i, v3);
        }
        for (k, (mut s, v)) in [(s0, v0), (s1, v1), (s2, v2), (s3, v3)]
            .into_iter()
            .enumerate()
        {
            for (at, &b) in hay
                .iter()
                .enumerate()
                .take(ends[k])
                .skip(starts[k] + shared)
            {
                s = self.step(s, b, at, v);
            }
        }
    }

    /// One step on byte `b` at offset `at`, recording the matches ending
    /// after it.
    #[inline(always)]
    fn step(&self, s: StateID, b: u8, at: usize, hits: &mut Vec<Hit>) -> StateID {
        let s = self.dfa.next_state(Anchored::No, s, b);
        if self.dfa.is_special(s) {
            self.record(s, at, hits);
        }
        s
    }

    /// Records the matches of state `s`, reached on the byte at `at`. Kept
    /// out of the walking loop so the loop stays small.
    #[inline(never)]
    fn record(&self, s: StateID, at: usize, hits: &mut Vec<Hit>) {
        if self.dfa.is_match(s) {
            for i in 0..self.dfa.match_len(s) {
                hits.push((self.dfa.match_pattern(s, i), at + 1));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::AhoCorasick;

    fn walker(patterns: &[&str]) -> Walker {
        Walker::new(patterns).unwrap()
    }

    /// The library's own overlapping search, as `(pattern, start, end)`.
    fn library(patterns: &[&str], hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasick::builder()
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::Standard)
            .build(patterns)
            .unwrap();
        ac.find_overlapping_iter(hay)
            .map(|m| (m.pattern().as_usize(), m.start(), m.end()))
            .collect()
    }

    fn walked(w: &Walker, hay: &[u8]) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        w.for_each(hay, |p, s, e| out.push((p, s, e)));
        out
    }

    #[test]
    fn four_walks_report_what_one_search_reports() {
        let patterns = ["ab", "b", "abcab", "bca", "cabcabcabx", "\n\n"];
        let w = walker(&patterns);
        // Texts around the split threshold, with matches straddling every
        // stretch boundary and a pattern longer than the warm-up would need
        // if it were cut short.
        let unit = b"xabcabcabcabxab\n\nAB cabcabcabX";
        for len in [0, 1, 17, 4095, 4096, 4097, 5000, 12_345, 40_001] {
            let hay: Vec<u8> = unit.iter().copied().cycle().take(len).collect();
            let expected = library(&patterns, &hay);
            assert_eq!(walked(&w, &hay), expected, "length {len}");
            if len > 100 {
                assert!(!expected.is_empty());
            }
        }
    }

    #[test]
    fn a_match_across_a_stretch_boundary_is_reported_once() {
        let w = walker(&["needle"]);
        let mut hay = vec![b'.'; 8192];
        // Stretch 1 starts at 2048: the match runs from 2045 to 2051.
        hay[2045..2051].copy_from_slice(b"NEEDLE");
        assert_eq!(walked(&w, &hay), [(0, 2045, 2051)]);
    }
}
