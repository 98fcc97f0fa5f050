//! The compiled detector.
//!
//! A scan is a short pipeline, each step in its own file:
//! 1. `prefilter`: one Aho-Corasick pass over the trigger literals (prefilter
//!    and prefix literals, keywords) and one digit-run scan produce windows
//!    to try and keyword matches;
//! 2. `confirm`: windows are merged per rule and each rule's regex runs only
//!    inside them (`Input::span` keeps `\b` aware of the bytes outside the
//!    window), or anchored where its prefix literals occur, or over each
//!    table cell under its column header (`table`), which it must fill;
//! 3. validators and allow-lists drop matches; a rule's `extend` regex
//!    lengthens the matches left (a phone number's extension); context words are looked for
//!    only around the matches left whose rules score context; known values
//!    add their findings;
//! 4. thresholds; every other occurrence of a found name's text is a finding
//!    too (`person_name.repeated`); then `overlap` merges overlapping findings.
//!
//! Nothing is compiled per call; each regex keeps its own cache pool.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use super::compile::{compile, CompiledRule, ScopedAllow};
use super::confirm::{confirm, confirm_anchored, confirm_cells};
use super::context;
use super::haystack::Haystack;
use super::known::KnownMatcher;
use super::overlap;
use super::prefilter::{word_bounded, Candidates, Hit, Prefilter};
use super::words::capitalised_words;
use super::{Category, Finding, KnownValues};
use crate::pack::PackSet;

/// Errors while compiling packs into a detector.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    /// A rule could not be compiled.
    #[error("{file}: rule {rule}: {message}")]
    Rule {
        /// The pack file (or embedded name) that defines it.
        file: String,
        /// The rule id.
        rule: String,
        /// What is wrong.
        message: String,
    },
    /// The rules' shared automata could not be built.
    #[error("prefilter: {0}")]
    Prefilter(String),
    /// The packs could not be loaded.
    #[error(transparent)]
    Pack(#[from] crate::pack::PackError),
}

/// Longest text a rule's `extend` regex may add to a finding (bytes).
pub const EXTEND_LIMIT: usize = 64;

/// Thresholds applied to findings.
#[derive(Debug, Clone)]
pub struct DetectOptions {
    /// Findings below this confidence are dropped.
    pub threshold: f32,
    /// Per-category thresholds, overriding `threshold`.
    pub category_thresholds: HashMap<Category, f32>,
}

impl Default for DetectOptions {
    fn default() -> Self {
        DetectOptions {
            threshold: 0.5,
            category_thresholds: HashMap::new(),
        }
    }
}

/// The compiled detection engine. Immutable, `Send + Sync`, shared by `Arc`.
pub struct Detector {
    rules: Vec<CompiledRule>,
    prefilter: Prefilter,
    scoped_allow: ScopedAllow,
    /// Threshold per category, indexed by [`Category::rank`].
    thresholds: [f32; Category::ALL.len()],
    /// Rule id of repeated names (see [`Detector::repeat_names`]).
    repeated_id: Arc<str>,
}

// Compile-time guarantee: the detector is shared across threads.
const _: fn() = || {
    fn assert_send_sync<T: Send + Sync>() {}
    assert_send_sync::<Detector>();
};

impl fmt::Debug for Detector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Detector")
            .field("rules", &self.rules.len())
            .field("literals", &self.prefilter.literal_count())
            .field("thresholds", &self.thresholds)
            .finish()
    }
}

impl Detector {
    /// Compiles a pack set.
    pub fn new(packs: &PackSet, options: DetectOptions) -> Result<Detector, DetectError> {
        let compiled = compile(packs).map_err(|(file, rule, message)| DetectError::Rule {
            file,
            rule,
            message,
        })?;
        let prefilter = compiled.prefilter.build().map_err(DetectError::Prefilter)?;
        let mut thresholds = [options.threshold; Category::ALL.len()];
        for (category, t) in &options.category_thresholds {
            thresholds[category.rank() as usize] = *t;
        }
        Ok(Detector {
            rules: compiled.rules,
            prefilter,
            scoped_allow: compiled.scoped_allow,
            thresholds,
            repeated_id: Arc::from("person_name.repeated"),
        })
    }

    /// The default packs with default options.
    pub fn with_defaults() -> Result<Detector, DetectError> {
        Detector::new(&PackSet::defaults()?, DetectOptions::default())
    }

    /// Number of compiled rules.
    pub fn rule_count(&self) -> usize {
        self.rules.len()
    }

    /// Finds personal data in `text`: sorted by start, non-overlapping, above threshold.
    pub fn detect(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        self.detect_with(text, KnownMatcher::new(known).as_ref())
    }

    /// [`Detector::detect`] with the known values already compiled: a caller
    /// scanning several texts of one ticket compiles them once.
    pub fn detect_with(&self, text: &str, known: Option<&KnownMatcher>) -> Vec<Finding> {
        overlap::resolve(self.detect_all_with(text, known))
    }

    /// Every finding above its threshold *before* overlaps are resolved, sorted
    /// by start then end. For pattern tests and diagnostics; redaction uses
    /// [`Detector::detect`].
    pub fn detect_all(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        self.detect_all_with(text, KnownMatcher::new(known).as_ref())
    }

    fn detect_all_with(&self, text: &str, known: Option<&KnownMatcher>) -> Vec<Finding> {
        let mut out = Vec::new();
        if !text.is_empty() {
            let hay = Haystack::new(text);
            let mut cand = Candidates::default();
            self.prefilter.scan(text, &hay, &mut cand);
            let mut matches: Vec<(u32, usize, usize)> = Vec::new();
            confirm(&self.rules, text, &mut cand.windows, &mut matches);
            confirm_anchored(&self.rules, text, &mut cand.anchored, &mut matches);
            confirm_cells(&self.rules, text, &mut cand.cells, &mut matches);
            matches.extend(cand.keywords.iter().map(|k| (k.rule, k.start, k.end)));
            matches.sort_unstable();
            matches.dedup();
            matches.retain(|&(rule, start, end)| self.valid(text, rule, start, end));
            for m in &mut matches {
                m.2 = self.extended_end(text, m.0, m.2);
            }
            let hits = self.context_hits(text, &hay, &matches);
            for &(rule, start, end) in &matches {
                if let Some(f) = self.finding(text, &hits, rule, start, end) {
                    out.push(f);
                }
            }
        }
        if let Some(matcher) = known {
            let first = out.len();
            matcher.find(text, &mut out);
            let mut i = first;
            while i < out.len() {
                if self.keep_known(text, &out[i]) {
                    i += 1;
                } else {
                    out.swap_remove(i);
                }
            }
        }
        self.repeat_names(text, &mut out);
        out.sort_unstable_by_key(|a| (a.start, a.end));
        out
    }

    /// A name found once is personal data wherever else the text repeats it:
    /// a signature's second copy under a role line, a quoted reply, a list
    /// after the greeting that named the person. Every other word-bounded,
    /// case-exact occurrence of a person-name finding's text becomes a
    /// finding of rule `person_name.repeated`, at the confidence of the
    /// finding it repeats. A day or month name (`Jun`, also a given name) is
    /// never repeated: dates hold it.
    fn repeat_names(&self, text: &str, out: &mut Vec<Finding>) {
        let mut names: Vec<(&str, f32)> = out
            .iter()
            .filter(|f| f.category == Category::PersonName)
            .filter_map(|f| Some((text.get(f.start..f.end)?, f.confidence)))
            .filter(|(v, _)| {
                v.len() >= 3
                    && !v.contains('\n')
                    && v.chars().next().is_some_and(char::is_uppercase)
                    && !super::validators::calendar_word(v)
            })
            .collect();
        if names.is_empty() {
            return;
        }
        // Longest first, so that a full name wins over its given name alone.
        names.sort_unstable_by(|a, b| {
            (b.0.len(), a.0)
                .cmp(&(a.0.len(), b.0))
                .then(b.1.total_cmp(&a.1))
        });
        names.dedup_by(|a, b| a.0 == b.0);
        // Each name by its first word: one pass over the text's capitalised
        // words then finds them all.
        let mut by_first: rustc_hash::FxHashMap<&str, Vec<usize>> = Default::default();
        for (i, (name, _)) in names.iter().enumerate() {
            let first = name
                .char_indices()
                .find(|&(_, c)| !c.is_alphabetic())
                .map_or(*name, |(at, _)| &name[..at]);
            by_first.entry(first).or_default().push(i);
        }
        let mut covered: Vec<(usize, usize)> = out
            .iter()
            .filter(|f| f.category == Category::PersonName)
            .map(|f| (f.start, f.end))
            .collect();
        covered.sort_unstable();
        let mut found = Vec::new();
        capitalised_words(text, |start, first_end| {
            let Some(candidates) = by_first.get(&text[start..first_end]) else {
                return;
            };
            let Some(&i) = candidates.iter().find(|&&i| {
                text[start..].starts_with(names[i].0)
                    && word_bounded(text, start, start + names[i].0.len())
            }) else {
                return;
            };
            let end = start + names[i].0.len();
            // A rule already reported this very span: keep its attribution.
            if covered.binary_search(&(start, end)).is_err() {
                found.push((start, end, names[i].1));
            }
        });
        for (start, end, confidence) in found {
            let f = Finding {
                start,
                end,
                category: Category::PersonName,
                subtype: None,
                rule_id: Arc::clone(&self.repeated_id),
                confidence,
            };
            if self.keep_known(text, &f) {
                out.push(f);
            }
        }
    }

    /// The validator and the allow-lists accept match `start..end` of `rule`.
    fn valid(&self, text: &str, rule: u32, start: usize, end: usize) -> bool {
        let r = &self.rules[rule as usize];
        let Some(value) = text.get(start..end) else {
            return false;
        };
        r.validator.is_none_or(|validate| validate(value)) && !r.allow.allows(value)
    }

    /// Where a valid match of `rule` ending at `end` ends once the rule's
    /// `extend` regex, tried anchored at `end` within [`EXTEND_LIMIT`]
    /// bytes, has taken what follows (a phone number's `ext. 12`).
    fn extended_end(&self, text: &str, rule: u32, end: usize) -> usize {
        let Some(re) = &self.rules[rule as usize].extend else {
            return end;
        };
        let limit = super::confirm::ceil_boundary(text, end.saturating_add(EXTEND_LIMIT));
        let input = regex_automata::Input::new(text)
            .span(end..limit)
            .anchored(regex_automata::Anchored::Yes);
        re.search(&input).map_or(end, |m| m.end().max(end))
    }

    /// Context-word hits around the matches whose rules score context.
    fn context_hits(
        &self,
        text: &str,
        hay: &Haystack<'_>,
        matches: &[(u32, usize, usize)],
    ) -> Vec<Hit> {
        let ranges: Vec<(usize, usize)> = matches
            .iter()
            .filter_map(|&(rule, start, end)| {
                let ctx = self.rules[rule as usize].context.as_ref()?;
                Some((
                    start.saturating_sub(ctx.window),
                    end.saturating_add(ctx.window),
                ))
            })
            .collect();
        self.prefilter.context_hits(text, hay, ranges)
    }

    /// Scores one valid match of rule `rule` against its threshold.
    fn finding(
        &self,
        text: &str,
        hits: &[Hit],
        rule: u32,
        start: usize,
        end: usize,
    ) -> Option<Finding> {
        let r = &self.rules[rule as usize];
        let confidence = match &r.context {
            Some(ctx) => context::score(
                ctx,
                text,
                hits,
                self.prefilter.max_word_len(),
                start,
                end,
                r.confidence,
            )?,
            None => r.confidence,
        };
        if confidence < self.thresholds[r.category.rank() as usize] {
            return None;
        }
        Some(Finding {
            start,
            end,
            category: r.category,
            subtype: r.subtype.clone(),
            rule_id: Arc::clone(&r.id),
            confidence,
        })
    }

    /// Known-value findings obey thresholds and scoped allow-list entries.
    fn keep_known(&self, text: &str, f: &Finding) -> bool {
        let Some(value) = text.get(f.start..f.end) else {
            return false;
        };
        !f.is_empty()
            && f.confidence >= self.thresholds[f.category.rank() as usize]
            && !self.scoped_allow.allows(f.category, &f.rule_id, value)
    }
}

#[cfg(test)]
mod tests;
