//! Confirming candidates: running rule regexes only where the prefilter
//! pointed.
//!
//! Unanchored windows are merged per rule and searched with `Input::span`, so
//! look-around (`\b`) still sees the bytes just outside the window. Where a
//! rule has a look-around-free filter regex (see `plan`), the filter scans
//! the window in the DFA and the exact regex only runs from each filter match
//! (every exact match starts inside, or at, some filter match of a
//! leftmost-first scan), keeping slow fallback engines off long windows.
//! Anchored windows (prefix-literal rules) cost one anchored attempt each.

use regex_automata::util::captures::Captures;
use regex_automata::{meta, Anchored, Input, Span};

use super::compile::CompiledRule;
use super::plan::holds_required;
use super::prefilter::Window;

/// A raw match: rule index and the finding span (the `value` group or the
/// whole match).
pub(crate) type RawMatch = (u32, usize, usize);

/// Runs each rule's regex inside its merged windows.
pub(crate) fn confirm(
    rules: &[CompiledRule],
    text: &str,
    windows: &mut [Window],
    out: &mut Vec<RawMatch>,
) {
    let windows = &group_by_rule(windows, rules.len());
    let mut caps = CapturesSlot::default();
    let mut i = 0;
    while i < windows.len() {
        let rule = windows[i].rule;
        let start = floor_boundary(text, windows[i].start);
        let mut end = windows[i].end;
        i += 1;
        while i < windows.len() && windows[i].rule == rule && windows[i].start <= end {
            end = end.max(windows[i].end);
            i += 1;
        }
        let r = &rules[rule as usize];
        // A rule anchored at the end of the text can only match in its tail.
        let start = if r.text_end {
            floor_boundary(text, start.max(text.len().saturating_sub(r.max_len)))
        } else {
            start
        };
        let end = ceil_boundary(text, end);
        if start < end && holds_required(&text.as_bytes()[start..end], &r.required) {
            search_window(r, rule, text, start, end, &mut caps, out);
        }
    }
}

/// The windows ordered by rule, then start. Windows arrive in text order
/// per source (literal hits, then digit runs), so a counting pass by rule
/// and a run-adaptive sort per rule beat sorting the whole list (about 2 ms
/// of 17 per pass over the 1.3 MB bench fixture, `phase_timings`).
fn group_by_rule(windows: &[Window], rules: usize) -> Vec<Window> {
    let mut offsets = vec![0usize; rules + 1];
    for w in windows {
        offsets[w.rule as usize + 1] += 1;
    }
    for i in 1..offsets.len() {
        offsets[i] += offsets[i - 1];
    }
    let bounds = offsets.clone();
    let mut out = vec![
        Window {
            rule: 0,
            start: 0,
            end: 0
        };
        windows.len()
    ];
    for w in windows {
        let slot = &mut offsets[w.rule as usize];
        out[*slot] = *w;
        *slot += 1;
    }
    for pair in bounds.windows(2) {
        out[pair[0]..pair[1]].sort_by_key(|w| (w.start, w.end));
    }
    out
}

/// Runs each rule's regex anchored at its prefix-literal hits.
pub(crate) fn confirm_anchored(
    rules: &[CompiledRule],
    text: &str,
    windows: &mut Vec<Window>,
    out: &mut Vec<RawMatch>,
) {
    windows.sort_unstable_by_key(|w| (w.rule, w.start));
    windows.dedup_by_key(|w| (w.rule, w.start));
    let mut caps = CapturesSlot::default();
    for w in windows.iter() {
        let r = &rules[w.rule as usize];
        let Some(re) = &r.regex else { continue };
        let end = ceil_boundary(text, w.end);
        if !text.is_char_boundary(w.start)
            || w.start >= end
            || !holds_required(&text.as_bytes()[w.start..end], &r.required)
        {
            continue;
        }
        let input = Input::new(text).span(w.start..end).anchored(Anchored::Yes);
        if let Some(filter) = &r.filter {
            if !filter.is_match(input.clone()) {
                continue;
            }
        }
        let span = match r.value_group {
            Some(_) => {
                let c = caps.for_rule(w.rule, re);
                re.search_captures(&input, c);
                finding_span(c, r.value_group)
            }
            None => re
                .search(&input)
                .map(|m| m.span())
                .filter(|s| !s.is_empty()),
        };
        if let Some(span) = span {
            out.push((w.rule, span.start, span.end));
        }
    }
}

/// Runs each column rule's regex over the cells found under its headers; a
/// match counts only when it fills the cell.
pub(crate) fn confirm_cells(
    rules: &[CompiledRule],
    text: &str,
    cells: &mut Vec<Window>,
    out: &mut Vec<RawMatch>,
) {
    cells.sort_unstable();
    cells.dedup();
    let mut caps = CapturesSlot::default();
    for w in cells.iter() {
        let r = &rules[w.rule as usize];
        let Some(re) = &r.regex else { continue };
        if !text.is_char_boundary(w.start) || !text.is_char_boundary(w.end) {
            continue;
        }
        let input = Input::new(text)
            .span(w.start..w.end)
            .anchored(Anchored::Yes);
        let c = caps.for_rule(w.rule, re);
        re.search_captures(&input, c);
        if c.get_match().is_none_or(|m| m.end() != w.end) {
            continue;
        }
        if let Some(span) = finding_span(c, r.value_group) {
            out.push((w.rule, span.start, span.end));
        }
    }
}

/// One capture buffer, reused across the attempts of the same rule.
#[derive(Default)]
struct CapturesSlot(Option<(u32, Captures)>);

impl CapturesSlot {
    /// The buffer for `rule`, made fresh when the rule changes.
    fn for_rule(&mut self, rule: u32, re: &meta::Regex) -> &mut Captures {
        if self.0.as_ref().is_none_or(|(r, _)| *r != rule) {
            self.0 = Some((rule, re.create_captures()));
        }
        &mut self.0.get_or_insert_with(|| (rule, re.create_captures())).1
    }
}

/// The finding span of a match: its `value` group when the rule has one,
/// else the whole match; never empty.
fn finding_span(caps: &Captures, value_group: Option<usize>) -> Option<Span> {
    match value_group {
        Some(group) => caps.get_group(group),
        None => caps.get_match().map(|m| m.span()),
    }
    .filter(|s| !s.is_empty())
}

fn search_window(
    r: &CompiledRule,
    rule: u32,
    text: &str,
    start: usize,
    end: usize,
    caps: &mut CapturesSlot,
    out: &mut Vec<RawMatch>,
) {
    let Some(filter) = &r.filter else {
        exact(r, rule, text, start..end, end, caps, out);
        return;
    };
    let mut resume = start;
    for f in filter.find_iter(Input::new(text).span(start..end)) {
        let limit = f.end().max(f.start() + 1);
        let from = f.start().max(resume);
        if from >= limit {
            continue;
        }
        let to = ceil_boundary(text, f.end().saturating_add(r.max_len).min(end));
        resume = resume.max(exact(r, rule, text, from..to, limit, caps, out));
    }
}

/// Reports the exact regex's matches in `span` that start before `limit`;
/// returns the end of the last one (or the span's start).
fn exact(
    r: &CompiledRule,
    rule: u32,
    text: &str,
    span: std::ops::Range<usize>,
    limit: usize,
    caps: &mut CapturesSlot,
    out: &mut Vec<RawMatch>,
) -> usize {
    let Some(re) = &r.regex else {
        return span.start;
    };
    let mut last = span.start;
    let mut input = Input::new(text).span(span.clone());
    match r.value_group {
        Some(group) => {
            // One capture buffer per rule, reused: an iterator over captures
            // would allocate a fresh one per window and per match.
            let caps = caps.for_rule(rule, re);
            loop {
                re.search_captures(&input, caps);
                let Some(m) = caps.get_match() else { break };
                if m.start() >= limit {
                    break;
                }
                last = m.end();
                if let Some(found) = finding_span(caps, Some(group)) {
                    out.push((rule, found.start, found.end));
                }
                // Past an empty match, step one character on, as iterators do.
                let next = if m.is_empty() {
                    ceil_boundary(text, m.end() + 1)
                } else {
                    m.end()
                };
                if next > span.end {
                    break;
                }
                input.set_start(next);
            }
        }
        None => {
            for m in re.find_iter(input) {
                if m.start() >= limit {
                    break;
                }
                last = m.end();
                if !m.is_empty() {
                    out.push((rule, m.start(), m.end()));
                }
            }
        }
    }
    last
}

/// The nearest char boundary at or before `i`.
pub(crate) fn floor_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The nearest char boundary at or after `i` (clamped to the text).
pub(crate) fn ceil_boundary(text: &str, mut i: usize) -> usize {
    i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}
