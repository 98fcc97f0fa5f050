//! Compiling validated pack rules into the engine's flat, index-addressed form.
//!
//! The hot path refers to rules by `u32` index and to context words by the id
//! of their literal in the shared prefilter automaton, so that scoring a match
//! is a couple of binary searches and no string comparison. Everything here
//! runs once per [`super::Detector`].

use std::collections::HashSet;
use std::sync::Arc;

use regex_automata::meta;

use super::plan;
use super::prefilter::{LineStarts, PrefilterBuilder, WordTrial};
use super::validators::{self, ValidatorFn};
use super::Category;
use crate::pack::{compile_full_set, AllowEntry, PackSet, Rule};

/// A rule ready for the hot path.
#[derive(Debug)]
pub(crate) struct CompiledRule {
    pub id: Arc<str>,
    pub category: Category,
    pub subtype: Option<Arc<str>>,
    pub regex: Option<Arc<meta::Regex>>,
    /// Look-around-free superset of `regex`, tried first (see `plan`).
    pub filter: Option<meta::Regex>,
    pub value_group: Option<usize>,
    /// Longest match, in bytes (bounds searches around a filter match).
    pub max_len: usize,
    /// Every match ends at the end of the text.
    pub text_end: bool,
    /// Punctuation counts every match holds (see `plan::Plan::required`).
    pub required: Vec<(u8, u32)>,
    pub validator: Option<ValidatorFn>,
    pub confidence: f32,
    pub context: Option<ContextScore>,
    pub allow: AllowList,
    /// Tried anchored at each valid match's end; extends the finding.
    pub extend: Option<Arc<meta::Regex>>,
}

/// A rule's context scoring, with words as prefilter literal ids.
#[derive(Debug)]
pub(crate) struct ContextScore {
    /// Sorted ids of hotwords.
    pub words: Vec<u32>,
    /// Sorted ids of negative words.
    pub negative: Vec<u32>,
    pub window: usize,
    pub boost: f32,
    pub required: bool,
    pub penalty: f32,
    /// Only words on the match's own line(s) count.
    pub same_line: bool,
}

/// Values never reported: exact (case-insensitive) and full-match regexes.
#[derive(Default)]
pub(crate) struct AllowList {
    exact: HashSet<String>,
    /// Every allow regex of the list as one (see [`compile_full_set`]).
    regex: Option<Arc<meta::Regex>>,
}

impl std::fmt::Debug for AllowList {
    // Allow-listed values may be real addresses: print counts only.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("AllowList")
            .field("exact", &self.exact.len())
            .field("regex", &self.regex.as_ref().map_or(0, |r| r.pattern_len()))
            .finish()
    }
}

impl AllowList {
    /// The list of `values` and `regexes`.
    fn new<'a>(
        values: impl IntoIterator<Item = &'a String>,
        regexes: &[&str],
    ) -> Result<AllowList, String> {
        Ok(AllowList {
            exact: values.into_iter().map(|v| v.to_lowercase()).collect(),
            regex: compile_full_set(regexes)?,
        })
    }

    /// True when `value` must never be reported.
    pub fn allows(&self, value: &str) -> bool {
        (!self.exact.is_empty() && self.exact.contains(&value.to_lowercase()))
            || self.regex.as_ref().is_some_and(|r| r.is_match(value))
    }
}

/// Pack-level allow entries kept for findings that come from no pack rule
/// (known values).
#[derive(Debug, Default)]
pub(crate) struct ScopedAllow {
    entries: Vec<(AllowEntry, AllowList)>,
}

impl ScopedAllow {
    /// True when an entry scoped to `category`/`rule_id` allows `value`.
    pub fn allows(&self, category: Category, rule_id: &str, value: &str) -> bool {
        self.entries
            .iter()
            .any(|(e, list)| e.applies_to(category, rule_id) && list.allows(value))
    }
}

/// Everything compiled from a pack set.
pub(crate) struct Compiled {
    pub rules: Vec<CompiledRule>,
    pub prefilter: PrefilterBuilder,
    pub scoped_allow: ScopedAllow,
}

/// A rule that cannot be compiled: `(file, rule id, message)`.
pub(crate) type RuleError = (String, String, String);

fn rule_error(rule: &Rule, message: String) -> RuleError {
    (rule.file.to_string(), rule.id.to_string(), message)
}

/// Compiles every enabled rule of `packs`.
pub(crate) fn compile(packs: &PackSet) -> Result<Compiled, RuleError> {
    let entries: Vec<&AllowEntry> = packs.allow_entries().collect();
    let mut prefilter = PrefilterBuilder::default();
    let mut rules = Vec::new();
    for (index, rule) in packs.rules().enumerate() {
        let index = u32::try_from(index).map_err(|_| rule_error(rule, "too many rules".into()))?;
        rules.push(compile_rule(rule, index, &entries, &mut prefilter)?);
    }
    let mut scoped_allow = ScopedAllow::default();
    for entry in entries {
        let regexes: Vec<&str> = entry.regex.iter().map(String::as_str).collect();
        let list = AllowList::new(&entry.values, &regexes).map_err(|message| {
            (
                format!("pack {}", entry.pack),
                "[[allow]]".to_string(),
                message,
            )
        })?;
        scoped_allow.entries.push((entry.clone(), list));
    }
    Ok(Compiled {
        rules,
        prefilter,
        scoped_allow,
    })
}

fn compile_rule(
    rule: &Rule,
    index: u32,
    entries: &[&AllowEntry],
    prefilter: &mut PrefilterBuilder,
) -> Result<CompiledRule, RuleError> {
    // Validators and word lists are implemented here; a pack only names them.
    let validator = match &rule.validator {
        Some(name) => Some(validators::lookup(name).ok_or_else(|| {
            rule_error(
                rule,
                format!(
                    "unknown validator `{name}` (known: {})",
                    validators::VALIDATORS
                        .iter()
                        .map(|(n, _)| *n)
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )
        })?),
        None => None,
    };
    let word_list = match rule.word_list.as_deref() {
        Some(name) => Some((
            name,
            validators::word_list(name).ok_or_else(|| {
                rule_error(
                    rule,
                    format!(
                        "unknown word_list `{name}` (known: {})",
                        validators::WORD_LISTS.join(", ")
                    ),
                )
            })?,
        )),
        None => None,
    };
    let plan = match &rule.regex {
        Some(pattern) => plan::plan(pattern, rule.case_insensitive),
        None => plan::Plan::default(),
    };
    let anchored = plan
        .prefixes
        .as_ref()
        .filter(|p| plan::prefer_anchored(p, &rule.prefilter, rule.digits.is_some()));
    if let Some((name, words)) = word_list {
        let trial = match (&rule.regex, rule.reach) {
            (None, _) => WordTrial::Keyword,
            (Some(_), None) => WordTrial::Anchored {
                max_len: rule.max_len,
            },
            (Some(_), Some((before, after))) => WordTrial::Around { before, after },
        };
        prefilter.add_word_list(index, name, words, trial);
    } else if !rule.columns.is_empty() {
        for header in &rule.columns {
            for variant in header_variants(header) {
                prefilter.add_column(index, &variant);
            }
        }
    } else if let Some(prefixes) = anchored {
        for literal in prefixes {
            prefilter.add_anchored_literal(index, literal, rule.max_len, plan.word_start);
        }
    } else if let Some(lp) = plan.line_prefix.as_ref().filter(|_| rule.digits.is_none()) {
        for literal in &lp.prefixes {
            let starts = LineStarts::After(lp.skip);
            prefilter.add_line_literal(index, literal, rule.max_len, plan.text_start, starts);
        }
    } else if plan.line_start && rule.digits.is_none() && !rule.prefilter.is_empty() {
        let starts = if plan.single_line {
            LineStarts::Own
        } else {
            LineStarts::Any
        };
        for literal in &rule.prefilter {
            prefilter.add_line_literal(index, literal, rule.max_len, plan.text_start, starts);
        }
    } else {
        for literal in &rule.prefilter {
            prefilter.add_regex_literal(index, literal, rule.max_len, rule.reach);
        }
        if let Some((min, max)) = rule.digits {
            prefilter.add_digits(
                index,
                (min, max),
                &rule.run_requires,
                rule.max_len,
                rule.reach,
            );
        }
    }
    for keyword in &rule.keywords {
        prefilter.add_keyword(index, keyword);
    }
    let context = rule.context.as_ref().map(|c| {
        // Sorted, distinct literal ids of a word list (case variants included).
        let mut ids = |list: &[String]| {
            let mut ids: Vec<u32> = list.iter().flat_map(|w| prefilter.add_context(w)).collect();
            ids.sort_unstable();
            ids.dedup();
            ids
        };
        let words = ids(&c.words);
        let negative = ids(&c.negative);
        ContextScore {
            words,
            negative,
            window: c.window,
            boost: c.boost,
            required: c.required,
            penalty: c.penalty,
            same_line: c.same_line,
        }
    });
    let scoped: Vec<&&AllowEntry> = entries
        .iter()
        .filter(|e| e.applies_to(rule.category, &rule.id))
        .collect();
    let regexes: Vec<&str> = rule
        .allow_regex
        .iter()
        .chain(scoped.iter().flat_map(|e| &e.regex))
        .map(String::as_str)
        .collect();
    let values = rule
        .allow
        .iter()
        .chain(scoped.iter().flat_map(|e| &e.values));
    let allow = AllowList::new(values, &regexes).map_err(|message| rule_error(rule, message))?;
    let (regex, value_group) = match &rule.compiled {
        Some(c) => (Some(c.regex.clone()), c.value_group),
        None => (None, None),
    };
    Ok(CompiledRule {
        id: rule.id.clone(),
        category: rule.category,
        subtype: rule.subtype.clone(),
        regex,
        filter: plan.filter,
        value_group,
        max_len: rule.max_len,
        text_end: plan.text_end,
        required: plan.required,
        validator,
        confidence: rule.confidence,
        context,
        allow,
        extend: rule.compiled_extend.as_ref().map(|c| c.regex.clone()),
    })
}

/// The spellings a column header takes in exports: as written, and with
/// `_` or `-` or nothing between words (`first_name`, `firstName`). The
/// prefilter adds the upper case of non-ASCII letters itself.
fn header_variants(header: &str) -> Vec<String> {
    let words: Vec<&str> = header.split_whitespace().collect();
    let mut out = vec![words.join(" ")];
    if words.len() > 1 {
        for joiner in ["_", "-", ""] {
            out.push(words.join(joiner));
        }
    }
    out
}
