//! Candidate generation: one pass of one automaton, plus one digit-run scan.
//!
//! Running every rule's regex over the whole text would cost one pass per
//! rule. Instead every literal that triggers a rule — regex prefilter
//! literals, prefix literals and keywords — goes into a single ASCII
//! case-insensitive Aho-Corasick DFA (a literal with non-ASCII letters enters
//! it twice, the second time with those letters in upper case) that reports
//! overlapping matches in one pass over the blank-compacted text (see [`super::haystack`]; the pass is
//! four interleaved walks, see [`super::walk`]). Each literal
//! carries its roles: "try rule R's regex in a window here", "try it anchored
//! here", "rule R's keyword". Rules with a `digits` range are tried on runs of
//! digits (see [`super::digits`]) whose digit count fits. The regexes then
//! only run in the small windows this module produces.
//!
//! Context words are not part of that pass: they matter only near a match,
//! so a second automaton reads just the neighbourhoods of the matches that
//! need scoring ([`Prefilter::context_hits`]).

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, MatchKind};
use rustc_hash::FxHashSet;

use super::digits::{for_each_run, DigitRun};
use super::haystack::{normalise_literal, Haystack};
use super::plan::skips;
use super::table::column_cells;
use super::walk::Walker;
use super::words::WordTrigger;

/// A window in which rule `rule`'s regex must run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(crate) struct Window {
    pub rule: u32,
    pub start: usize,
    pub end: usize,
}

/// A word-bounded occurrence of a context word (literal id `word`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Hit {
    pub start: usize,
    pub end: usize,
    pub word: u32,
}

/// A word-bounded keyword match of rule `rule`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct KeywordMatch {
    pub rule: u32,
    pub start: usize,
    pub end: usize,
}

/// What the prefilter found in one text.
#[derive(Debug, Default)]
pub(crate) struct Candidates {
    pub windows: Vec<Window>,
    /// Windows whose regex must match starting exactly at `start`.
    pub anchored: Vec<Window>,
    pub keywords: Vec<KeywordMatch>,
    /// Table cells under a column rule's header (see [`super::table`]).
    pub cells: Vec<Window>,
}

#[derive(Debug, Default, Clone)]
struct Roles {
    /// Regex rules this literal is a prefilter for.
    regex: Vec<Reach>,
    /// `(rule, max_len, word_start)` of regex rules every match of which
    /// starts with it; `word_start`: the match also starts with `\b`.
    anchored: Vec<(u32, usize, bool)>,
    /// Regex rules whose matches start at a line start and which this
    /// literal triggers: tried anchored at line starts before it.
    line: Vec<LineRule>,
    /// Rules this literal is a keyword of.
    keyword: Vec<u32>,
    /// Column rules this literal is a table header of.
    column: Vec<u32>,
    /// Whether some rule uses it as a context word.
    context: bool,
}

/// Which line starts before a literal a line-start rule is tried at.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum LineStarts {
    /// Every line start within `max_len` before the literal's end: the
    /// literal occurs somewhere in every match, which may span lines.
    Any,
    /// The literal's own line: the literal occurs in every match, and no
    /// match holds a line break.
    Own,
    /// The literal's own line, when only bytes of this ASCII set
    /// ([`LinePrefix::skip`](super::plan::LinePrefix)) precede it there:
    /// every match is a line start, such bytes, then the literal.
    After(u128),
}

/// A line-start rule and how a literal hit picks its line starts.
#[derive(Debug, Clone, Copy)]
struct LineRule {
    rule: u32,
    max_len: usize,
    /// Every match starts at the text start.
    text_only: bool,
    starts: LineStarts,
}

impl LineRule {
    /// Calls `push` with each line start to try for a literal at `start..end`.
    #[inline]
    fn starts(&self, bytes: &[u8], start: usize, end: usize, mut push: impl FnMut(usize)) {
        // The match holds the literal and starts no further than `max_len`
        // before the literal's end.
        let lo = end.saturating_sub(self.max_len);
        match self.starts {
            LineStarts::After(skip) => {
                let mut i = start;
                while i > 0 && bytes[i - 1] != b'\n' {
                    if !skips(skip, bytes[i - 1]) {
                        return;
                    }
                    i -= 1;
                }
                if !self.text_only || i == 0 {
                    push(i);
                }
            }
            LineStarts::Own | LineStarts::Any if self.text_only => {
                if lo == 0 {
                    push(0);
                }
            }
            LineStarts::Own => {
                // A literal may begin with the line break before the match.
                let own = memchr::memrchr(b'\n', &bytes[..end - 1]).map_or(0, |nl| nl + 1);
                if own >= lo {
                    push(own);
                }
            }
            LineStarts::Any => {
                // A literal may begin with the line break before the match.
                for nl in memchr::memrchr_iter(b'\n', &bytes[lo.saturating_sub(1)..end - 1]) {
                    let start = lo.saturating_sub(1) + nl + 1;
                    if start >= lo {
                        push(start);
                    }
                }
                if lo == 0 {
                    push(0);
                }
            }
        }
    }
}

/// The window of an attempt anchored at `start`.
#[inline]
fn anchored_at(rule: u32, start: usize, max_len: usize, len: usize) -> Window {
    Window {
        rule,
        start,
        end: start.saturating_add(max_len).min(len),
    }
}

/// Collects literals and digit ranges while rules are compiled.
#[derive(Debug, Default)]
pub(crate) struct PrefilterBuilder {
    ids: HashMap<String, u32>,
    literals: Vec<String>,
    roles: Vec<Roles>,
    digit_rules: Vec<DigitRule>,
    word_lists: Vec<WordTrigger>,
}

#[derive(Debug, Clone)]
struct DigitRule {
    min: u32,
    max: u32,
    /// Separators the run must hold, as `(byte, at least)`.
    requires: Box<[(u8, u32)]>,
    reach: Reach,
}

/// Where rule `rule`'s matches can lie around a trigger (a literal or a
/// digit run) at `start..end`.
#[derive(Debug, Clone, Copy)]
struct Reach {
    rule: u32,
    max_len: usize,
    /// Declared bounds beyond the trigger, `(before, after)`, else `None`:
    /// a match holding the trigger spans at most `max_len`.
    reach: Option<(usize, usize)>,
}

impl Reach {
    /// The window around a literal at `start..end`, which every match holds.
    #[inline]
    fn window(&self, start: usize, end: usize, len: usize) -> Window {
        let (start, end) = match self.reach {
            Some((before, after)) => (start.saturating_sub(before), end.saturating_add(after)),
            // A blank run compacted inside the literal can make the trigger
            // longer than a match: keep the window around it all the same.
            None => (
                end.saturating_sub(self.max_len).min(start),
                start.saturating_add(self.max_len).max(end),
            ),
        };
        Window {
            rule: self.rule,
            start,
            end: end.min(len),
        }
    }

    /// The window around a digit run at `start..end`; a match may hold only
    /// part of the run.
    #[inline]
    fn run_window(&self, start: usize, end: usize, len: usize) -> Window {
        let (before, after) = self.reach.unwrap_or((self.max_len, self.max_len));
        Window {
            rule: self.rule,
            start: start.saturating_sub(before),
            end: end.saturating_add(after).min(len),
        }
    }
}

/// `literal` and, when it has non-ASCII letters with a one-letter upper
/// case, the same with those letters in upper case: the automata fold ASCII
/// case only, so `födelse` alone would miss `FÖDELSE` (`fÖdelse` finds it).
/// `ß`, whose upper case is two letters, stays as it is.
fn case_variants(literal: &str) -> impl Iterator<Item = String> {
    let upper: String = literal
        .chars()
        .map(|c| {
            let mut u = c.to_uppercase();
            match (u.next(), u.next()) {
                (Some(one), None) if !c.is_ascii() => one,
                _ => c,
            }
        })
        .collect();
    let extra = (upper != literal).then_some(upper);
    std::iter::once(literal.to_string()).chain(extra)
}

impl PrefilterBuilder {
    /// The ids of `literal` and of its upper-case variant ([`case_variants`]),
    /// interned.
    fn intern(&mut self, literal: &str) -> Vec<u32> {
        case_variants(literal)
            .map(|variant| {
                let key = normalise_literal(&variant);
                if let Some(&id) = self.ids.get(&key) {
                    return id;
                }
                let id = self.literals.len() as u32;
                self.ids.insert(key.clone(), id);
                self.literals.push(key);
                self.roles.push(Roles::default());
                id
            })
            .collect()
    }

    /// `literal` occurs in every match of rule `rule`'s regex.
    pub fn add_regex_literal(
        &mut self,
        rule: u32,
        literal: &str,
        max_len: usize,
        reach: Option<(usize, usize)>,
    ) {
        for id in self.intern(literal) {
            let id = id as usize;
            if !self.roles[id].regex.iter().any(|r| r.rule == rule) {
                self.roles[id].regex.push(Reach {
                    rule,
                    max_len,
                    reach,
                });
            }
        }
    }

    /// Every match of rule `rule`'s regex starts with one of its `literal`s
    /// (and with a word boundary when `word_start`).
    pub fn add_anchored_literal(
        &mut self,
        rule: u32,
        literal: &str,
        max_len: usize,
        word_start: bool,
    ) {
        for id in self.intern(literal) {
            let id = id as usize;
            if !self.roles[id].anchored.iter().any(|(r, _, _)| *r == rule) {
                self.roles[id].anchored.push((rule, max_len, word_start));
            }
        }
    }

    /// Every match of rule `rule`'s regex starts at a line start
    /// (`text_only`: at the text start), and `literal` triggers it at the
    /// line starts `starts` picks.
    pub fn add_line_literal(
        &mut self,
        rule: u32,
        literal: &str,
        max_len: usize,
        text_only: bool,
        starts: LineStarts,
    ) {
        for id in self.intern(literal) {
            let id = id as usize;
            if !self.roles[id].line.iter().any(|l| l.rule == rule) {
                self.roles[id].line.push(LineRule {
                    rule,
                    max_len,
                    text_only,
                    starts,
                });
            }
        }
    }

    /// `header` heads the table columns whose cells rule `rule` is tried on.
    pub fn add_column(&mut self, rule: u32, header: &str) {
        for id in self.intern(header) {
            let id = id as usize;
            if !self.roles[id].column.contains(&rule) {
                self.roles[id].column.push(rule);
            }
        }
    }

    /// `keyword` is a dictionary entry of rule `rule`.
    pub fn add_keyword(&mut self, rule: u32, keyword: &str) {
        for id in self.intern(keyword) {
            let id = id as usize;
            if !self.roles[id].keyword.contains(&rule) {
                self.roles[id].keyword.push(rule);
            }
        }
    }

    /// `word` is a context word; returns its ids (with its case variant).
    pub fn add_context(&mut self, word: &str) -> Vec<u32> {
        let ids = self.intern(word);
        for &id in &ids {
            self.roles[id as usize].context = true;
        }
        ids
    }

    /// Rule `rule` is triggered by the capitalised words of built-in list
    /// `name`: as keywords, by trying its regex anchored at each such word,
    /// or by searching its regex in a window around each.
    pub fn add_word_list(
        &mut self,
        rule: u32,
        name: &str,
        words: &'static FxHashSet<&'static str>,
        trial: WordTrial,
    ) {
        let at = match self.word_lists.iter().position(|w| w.name() == name) {
            Some(at) => at,
            None => {
                self.word_lists.push(WordTrigger::new(name, words));
                self.word_lists.len() - 1
            }
        };
        let trigger = &mut self.word_lists[at];
        match trial {
            WordTrial::Keyword => trigger.keyword.push(rule),
            WordTrial::Anchored { max_len } => trigger.anchored.push((rule, max_len)),
            WordTrial::Around { before, after } => trigger.around.push((rule, before, after)),
        }
    }

    /// Rule `rule` is tried on digit runs holding `min..=max` digits and at
    /// least the given counts of separators (`requires`).
    pub fn add_digits(
        &mut self,
        rule: u32,
        (min, max): (u32, u32),
        requires: &[(u8, u32)],
        max_len: usize,
        reach: Option<(usize, usize)>,
    ) {
        self.digit_rules.push(DigitRule {
            min,
            max,
            requires: requires.into(),
            reach: Reach {
                rule,
                max_len,
                reach,
            },
        });
    }

    /// Builds the automata.
    pub fn build(self) -> Result<Prefilter, String> {
        let triggers: Vec<u32> = (0..self.literals.len() as u32)
            .filter(|&id| self.roles[id as usize].triggers())
            .collect();
        let context: Vec<u32> = (0..self.literals.len() as u32)
            .filter(|&id| self.roles[id as usize].context)
            .collect();
        let automaton = |ids: Vec<u32>| -> Result<Option<Automaton>, String> {
            if ids.is_empty() {
                return Ok(None);
            }
            let patterns: Vec<&str> = ids
                .iter()
                .map(|&i| self.literals[i as usize].as_str())
                .collect();
            let matcher = match Walker::new(&patterns).ok() {
                Some(w) => Matcher::Walker(Box::new(w)),
                // A very large literal set may exceed DFA limits: fall back
                // to whatever the library picks.
                None => Matcher::Library(
                    AhoCorasick::builder()
                        .ascii_case_insensitive(true)
                        .match_kind(MatchKind::Standard)
                        .build(&patterns)
                        .map_err(|e| format!("prefilter automaton: {e}"))?,
                ),
            };
            Ok(Some(Automaton { matcher, ids }))
        };
        Ok(Prefilter {
            max_word_len: context
                .iter()
                .map(|&i| self.literals[i as usize].len())
                .max()
                .unwrap_or(0),
            triggers: automaton(triggers)?,
            context: automaton(context)?,
            #[cfg(test)]
            literals: self.literals,
            roles: self.roles,
            digit_rules: self.digit_rules,
            word_lists: self.word_lists,
        })
    }
}

impl Roles {
    /// Whether a hit of this literal produces candidates (not only context).
    fn triggers(&self) -> bool {
        !(self.regex.is_empty()
            && self.anchored.is_empty()
            && self.line.is_empty()
            && self.keyword.is_empty()
            && self.column.is_empty())
    }
}

/// An automaton over some of the literals, with each pattern's literal id.
#[derive(Debug)]
pub(crate) struct Automaton {
    matcher: Matcher,
    ids: Vec<u32>,
}

#[derive(Debug)]
enum Matcher {
    /// A DFA stepped by interleaved walks (see [`super::walk`]).
    Walker(Box<Walker>),
    /// The library's own choice, when the set is too large for a DFA.
    Library(AhoCorasick),
}

impl Automaton {
    /// Calls `f(literal, start, end)` for every overlapping literal match in
    /// `hay`, ordered by end.
    pub(crate) fn for_each(&self, hay: &[u8], mut f: impl FnMut(u32, usize, usize)) {
        match &self.matcher {
            Matcher::Walker(w) => w.for_each(hay, |p, s, e| f(self.ids[p], s, e)),
            Matcher::Library(ac) => {
                for m in ac.find_overlapping_iter(hay) {
                    f(self.ids[m.pattern().as_usize()], m.start(), m.end());
                }
            }
        }
    }
}

/// How a rule with a word list is tried at each listed word.
#[derive(Debug, Clone, Copy)]
pub(crate) enum WordTrial {
    /// The word itself is the match (a rule without a regex).
    Keyword,
    /// The regex, anchored at the word's first byte.
    Anchored {
        /// Longest match.
        max_len: usize,
    },
    /// The regex, searched from `before` bytes before the word to `after`
    /// bytes after it (a match that holds the word and more on its left).
    Around {
        /// Bytes before the word.
        before: usize,
        /// Bytes after the word.
        after: usize,
    },
}

/// The compiled candidate generator.
#[derive(Debug)]
pub(crate) struct Prefilter {
    #[cfg(test)]
    literals: Vec<String>,
    /// Literals that trigger rules.
    pub(crate) triggers: Option<Automaton>,
    /// Context words.
    context: Option<Automaton>,
    roles: Vec<Roles>,
    digit_rules: Vec<DigitRule>,
    word_lists: Vec<WordTrigger>,
    max_word_len: usize,
}

impl Prefilter {
    /// Longest context word, in bytes (bounds context look-behind).
    pub fn max_word_len(&self) -> usize {
        self.max_word_len
    }

    /// Number of distinct literals.
    pub fn literal_count(&self) -> usize {
        self.roles.len()
    }

    /// Scans `text` (as `hay`) once for trigger literals and once for digit runs.
    pub fn scan(&self, text: &str, hay: &Haystack<'_>, out: &mut Candidates) {
        let len = text.len();
        let bytes = text.as_bytes();
        if let Some(t) = &self.triggers {
            let mut map = hay.cursor();
            t.for_each(hay.bytes(), |id, start, end| {
                let roles = &self.roles[id as usize];
                let (start, end) = map.original(start, end);
                // An ASCII word byte right before a literal that starts with
                // one: no word boundary at the literal's start.
                let inside_word =
                    start > 0 && is_ascii_word(bytes[start]) && is_ascii_word(bytes[start - 1]);
                for r in &roles.regex {
                    out.windows.push(r.window(start, end, len));
                }
                for &(rule, max_len, word_start) in &roles.anchored {
                    if word_start && inside_word {
                        continue;
                    }
                    out.anchored.push(anchored_at(rule, start, max_len, len));
                }
                for l in &roles.line {
                    l.starts(bytes, start, end, |at| {
                        out.anchored.push(anchored_at(l.rule, at, l.max_len, len))
                    });
                }
                for &rule in &roles.column {
                    column_cells(bytes, start, end, |s, e| {
                        out.cells.push(Window {
                            rule,
                            start: s,
                            end: e,
                        })
                    });
                }
                if !roles.keyword.is_empty() && word_bounded(text, start, end) {
                    for &rule in &roles.keyword {
                        out.keywords.push(KeywordMatch { rule, start, end });
                    }
                }
            });
        }
        if !self.digit_rules.is_empty() {
            for_each_run(bytes, |run| self.digit_windows(bytes, &run, out));
        }
        for list in &self.word_lists {
            list.scan(text, |start, end| {
                // Regex rules continue the word after a blank.
                if matches!(bytes.get(end), Some(b' ' | b'\t')) {
                    for &(rule, max_len) in &list.anchored {
                        out.anchored.push(anchored_at(rule, start, max_len, len));
                    }
                }
                for &(rule, before, after) in &list.around {
                    out.windows.push(Window {
                        rule,
                        start: start.saturating_sub(before),
                        end: end.saturating_add(after).min(len),
                    });
                }
                if !list.keyword.is_empty() && word_bounded(text, start, end) {
                    for &rule in &list.keyword {
                        out.keywords.push(KeywordMatch { rule, start, end });
                    }
                }
            });
        }
    }

    /// Word-bounded context-word hits that lie within or overlap one of
    /// `ranges` (original offsets, any order), sorted by start.
    pub fn context_hits(
        &self,
        text: &str,
        hay: &Haystack<'_>,
        mut ranges: Vec<(usize, usize)>,
    ) -> Vec<Hit> {
        let mut out = Vec::new();
        let Some(c) = &self.context else {
            return out;
        };
        let pad = self.max_word_len;
        ranges.sort_unstable();
        let mut i = 0;
        while i < ranges.len() {
            let (lo, mut hi) = ranges[i];
            i += 1;
            while i < ranges.len() && ranges[i].0 <= hi {
                hi = hi.max(ranges[i].1);
                i += 1;
            }
            let from = hay.compacted(lo.saturating_sub(pad));
            let to = hay.compacted(hi.saturating_add(pad)).max(from);
            let bytes = hay.bytes();
            c.for_each(&bytes[from..to], |word, start, end| {
                let (start, end) = (from + start, from + end);
                // Most raw hits sit inside a longer word (`tel` in `hotel`):
                // an ASCII word byte on both sides of an edge rules the hit
                // out before it is mapped back. Compaction only shortens
                // blank runs, so these neighbours are the text's own.
                if (start > 0 && is_ascii_word(bytes[start]) && is_ascii_word(bytes[start - 1]))
                    || (end < bytes.len()
                        && is_ascii_word(bytes[end - 1])
                        && is_ascii_word(bytes[end]))
                {
                    return;
                }
                let (start, end) = hay.original(start, end);
                if word_bounded(text, start, end) {
                    out.push(Hit { start, end, word });
                }
            });
        }
        out.sort_unstable_by_key(|h| (h.start, h.end, h.word));
        out.dedup();
        out
    }

    fn digit_windows(&self, bytes: &[u8], run: &DigitRun<'_>, out: &mut Candidates) {
        let held = &bytes[run.start..run.end];
        for d in &self.digit_rules {
            if run.fits(d.min, d.max)
                && d.requires
                    .iter()
                    .all(|&(b, n)| held.iter().filter(|&&x| x == b).count() >= n as usize)
            {
                out.windows
                    .push(d.reach.run_window(run.start, run.end, bytes.len()));
            }
        }
    }
}

/// True when the match `start..end` does not continue a word on either side.
/// A side whose own edge character is not a word character (`Mr.`) needs no
/// boundary there.
pub(crate) fn word_bounded(text: &str, start: usize, end: usize) -> bool {
    let (Some(before), Some(inner), Some(after)) =
        (text.get(..start), text.get(start..end), text.get(end..))
    else {
        return false;
    };
    let starts_word = inner.chars().next().is_some_and(is_word_char);
    let ends_word = inner.chars().next_back().is_some_and(is_word_char);
    let left_ok = !starts_word || !before.chars().next_back().is_some_and(is_word_char);
    let right_ok = !ends_word || !after.chars().next().is_some_and(is_word_char);
    left_ok && right_ok
}

#[inline]
fn is_ascii_word(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'_'
}

/// Word characters for boundaries: letters, digits, underscore (Unicode).
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

impl Prefilter {
    /// Diagnostic: literal `id` as the automata read it.
    #[cfg(test)]
    pub(crate) fn literal(&self, id: usize) -> &str {
        &self.literals[id]
    }

    /// Diagnostic description of literal `id`.
    #[cfg(test)]
    pub(crate) fn describe(&self, id: usize) -> String {
        let r = &self.roles[id];
        format!(
            "{:?} regex={:?} anchored={:?} line={:?} kw={:?} col={:?} ctx={}",
            self.literals[id],
            r.regex.iter().map(|x| x.rule).collect::<Vec<_>>(),
            r.anchored.iter().map(|x| x.0).collect::<Vec<_>>(),
            r.line.iter().map(|x| x.rule).collect::<Vec<_>>(),
            r.keyword,
            r.column,
            r.context
        )
    }
}

impl Prefilter {
    /// Diagnostic: the word-list triggers.
    #[cfg(test)]
    pub(crate) fn word_lists(&self) -> &[WordTrigger] {
        &self.word_lists
    }

    /// Diagnostic: literal ids of the trigger automaton's patterns.
    #[cfg(test)]
    pub(crate) fn trigger_ids(&self) -> &[u32] {
        self.triggers.as_ref().map_or(&[], |t| &t.ids)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn non_ascii_letters_get_an_upper_case_variant() {
        let all = |l: &str| case_variants(l).collect::<Vec<_>>();
        assert_eq!(all("födelse"), ["födelse", "fÖdelse"]);
        assert_eq!(all("grüße"), ["grüße", "grÜße"]);
        assert_eq!(all("contraseña"), ["contraseña", "contraseÑa"]);
        // ASCII case is folded by the automata; `ß` has no one-letter upper case.
        assert_eq!(all("password"), ["password"]);
        assert_eq!(all("straße"), ["straße"]);
    }
}
