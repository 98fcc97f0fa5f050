//! Turning parsed pack syntax into validated [`Rule`]s and [`AllowEntry`]s.
//!
//! Every check the README promises happens here, once, so the detector can
//! trust what it compiles. Functions return a plain message; the caller adds
//! the file and rule id.

use std::sync::Arc;

use super::format::{AllowDef, ContextDef, RuleDef};
use super::marked::parse_marked;
use super::pattern::{self, DEFAULT_MAX_LEN, MAX_LEN_LIMIT};
use super::rule::{is_run_separator, AllowEntry, Context, Examples, Rule};
use super::Category;

/// Fewest examples of each kind a rule must carry.
pub const MIN_EXAMPLES: usize = 3;
/// Default `context.window` (bytes).
pub const DEFAULT_CONTEXT_WINDOW: usize = 48;
/// Largest `context.window` (bytes).
pub const MAX_CONTEXT_WINDOW: usize = 1024;
/// Largest digit count a `digits` range may name.
pub const MAX_DIGITS: u32 = 64;

/// Where a rule comes from.
pub(crate) struct Origin<'a> {
    pub pack: &'a Arc<str>,
    pub file: &'a Arc<str>,
}

/// Validates one `[[rules]]` entry.
pub(crate) fn build_rule(def: RuleDef, origin: &Origin<'_>) -> Result<Rule, String> {
    let category = Category::parse(&def.category)
        .ok_or_else(|| format!("unknown category `{}`", def.category))?;
    check_id(&def.id, category)?;
    if def.regex.is_none() && def.keywords.is_empty() && def.word_list.is_none() {
        return Err("needs `regex`, `keywords` or `word_list`".into());
    }
    let compiled = match &def.regex {
        Some(re) => Some(pattern::compile(re, def.case_insensitive)?),
        None => None,
    };
    check_candidates(&def, compiled.is_some())?;
    let compiled_extend = match &def.extend {
        Some(re) => {
            Some(pattern::compile(re, def.case_insensitive).map_err(|e| format!("extend: {e}"))?)
        }
        None => None,
    };
    let digits = def.digits.map(|[a, b]| (a, b));
    let run_requires = run_requires(&def)?;
    let max_len = match (def.max_len, &compiled) {
        (Some(n), _) if n == 0 || n > MAX_LEN_LIMIT => {
            return Err(format!("max_len must be in 1..={MAX_LEN_LIMIT}"));
        }
        (Some(n), _) => n,
        (None, Some(c)) => c.max_len.unwrap_or(DEFAULT_MAX_LEN).clamp(1, MAX_LEN_LIMIT),
        (None, None) => 0,
    };
    let reach = def.reach.map(|r| r.sides());
    if matches!(reach, Some((b, a)) if b.max(a) > MAX_LEN_LIMIT) {
        return Err(format!(
            "reach must be N or [before, after], each in 0..={MAX_LEN_LIMIT}"
        ));
    }
    check_words("keywords", &def.keywords)?;
    if !(0.0..=1.0).contains(&def.confidence) {
        return Err("confidence must be in 0.0..=1.0".into());
    }
    if matches!(&def.subtype, Some(s) if s.trim().is_empty()) {
        return Err("subtype must not be empty".into());
    }
    let context = def.context.map(build_context).transpose()?;
    for r in &def.allow_regex {
        pattern::check_full(r)?;
    }
    let examples = build_examples(def.examples.matches, def.examples.no_match)?;
    Ok(Rule {
        id: def.id.into(),
        category,
        subtype: def.subtype.map(Into::into),
        description: def.description,
        pack: origin.pack.clone(),
        file: origin.file.clone(),
        regex: def.regex,
        case_insensitive: def.case_insensitive,
        keywords: def.keywords,
        prefilter: def.prefilter,
        word_list: def.word_list,
        digits,
        run_requires,
        columns: def.columns,
        max_len,
        reach,
        validator: def.validator,
        confidence: def.confidence,
        context,
        allow: def.allow,
        allow_regex: def.allow_regex,
        extend: def.extend,
        examples,
        compiled,
        compiled_extend,
    })
}

fn check_id(id: &str, category: Category) -> Result<(), String> {
    let ok_chars = id
        .bytes()
        .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"._-".contains(&b));
    let name = id
        .strip_prefix(category.as_str())
        .and_then(|r| r.strip_prefix('.'));
    match name {
        Some(n) if ok_chars && !n.is_empty() => Ok(()),
        _ => Err(format!(
            "id must be `{}.<name>` in lowercase ASCII letters, digits, `.`, `_`, `-`",
            category.as_str()
        )),
    }
}

fn check_candidates(def: &RuleDef, has_regex: bool) -> Result<(), String> {
    if !has_regex {
        if !def.prefilter.is_empty()
            || def.digits.is_some()
            || !def.columns.is_empty()
            || def.max_len.is_some()
            || def.reach.is_some()
            || def.case_insensitive
        {
            return Err(
                "`prefilter`, `digits`, `columns`, `max_len`, `reach` and `case_insensitive` apply only to `regex`"
                    .into(),
            );
        }
        return Ok(());
    }
    if def.word_list.is_some() {
        if !def.prefilter.is_empty() || def.digits.is_some() || !def.columns.is_empty() {
            return Err("a regex rule with a `word_list` is tried where a listed word stands: it takes no `prefilter`, `digits` or `columns`".into());
        }
        return Ok(());
    }
    if !def.columns.is_empty() {
        if !def.prefilter.is_empty() || def.digits.is_some() || def.reach.is_some() {
            return Err("a `columns` rule is tried only in table cells: it takes no `prefilter`, `digits` or `reach`".into());
        }
        if def.columns.iter().any(|c| c.trim().is_empty()) {
            return Err("column headers must not be empty".into());
        }
        return Ok(());
    }
    if def.prefilter.is_empty() && def.digits.is_none() {
        return Err(
            "a regex rule needs `prefilter` literals, a `digits` range or `columns`".into(),
        );
    }
    if def.prefilter.iter().any(|p| p.is_empty()) {
        return Err("prefilter literals must not be empty".into());
    }
    if let Some([min, max]) = def.digits {
        if min == 0 || min > max || max > MAX_DIGITS {
            return Err(format!(
                "digits must be [min, max] with 1 <= min <= max <= {MAX_DIGITS}"
            ));
        }
    }
    Ok(())
}

/// Checks `run_requires`: single separator characters with counts, on a
/// `digits` rule only.
fn run_requires(def: &RuleDef) -> Result<Vec<(u8, u32)>, String> {
    if !def.run_requires.is_empty() && def.digits.is_none() {
        return Err("`run_requires` applies only to a rule with `digits`".into());
    }
    def.run_requires
        .iter()
        .map(|(sep, &count)| match sep.as_bytes() {
            [b] if is_run_separator(*b) && (1..=MAX_DIGITS).contains(&count) => Ok((*b, count)),
            _ => Err(format!(
                "run_requires: `{sep}` = {count}: keys must be one digit-run separator \
                 (space, tab, `-`, `.`, `/`, `(`, `)`, `+`), counts in 1..={MAX_DIGITS}"
            )),
        })
        .collect()
}

fn check_words(what: &str, words: &[String]) -> Result<(), String> {
    if words.iter().any(|w| w.trim().is_empty() || w.trim() != w) {
        return Err(format!(
            "{what} must be non-empty, without leading or trailing spaces"
        ));
    }
    Ok(())
}

fn build_context(def: ContextDef) -> Result<Context, String> {
    check_words("context words", &def.words)?;
    check_words("context negative words", &def.negative)?;
    let window = def.window.unwrap_or(DEFAULT_CONTEXT_WINDOW);
    if window > MAX_CONTEXT_WINDOW {
        return Err(format!(
            "context window must be at most {MAX_CONTEXT_WINDOW}"
        ));
    }
    if !(0.0..=1.0).contains(&def.boost) || !(0.0..=1.0).contains(&def.penalty) {
        return Err("context boost and penalty must be in 0.0..=1.0".into());
    }
    if def.required && def.words.is_empty() {
        return Err("context.required needs context words".into());
    }
    Ok(Context {
        words: def.words,
        window,
        boost: def.boost,
        required: def.required,
        negative: def.negative,
        penalty: def.penalty,
        same_line: def.same_line,
    })
}

fn build_examples(matches: Vec<String>, no_match: Vec<String>) -> Result<Examples, String> {
    if matches.len() < MIN_EXAMPLES || no_match.len() < MIN_EXAMPLES {
        return Err(format!(
            "needs at least {MIN_EXAMPLES} `match` and {MIN_EXAMPLES} `no_match` examples \
             (has {} and {})",
            matches.len(),
            no_match.len()
        ));
    }
    for (i, ex) in matches.iter().enumerate() {
        parse_marked(ex).map_err(|m| format!("match example {}: {m}", i + 1))?;
    }
    for (i, ex) in no_match.iter().enumerate() {
        if ex.contains("[[") || ex.contains("]]") {
            return Err(format!(
                "no_match example {} must not carry `[[`/`]]` markers",
                i + 1
            ));
        }
    }
    Ok(Examples { matches, no_match })
}

/// Validates one pack-level `[[allow]]` entry.
pub(crate) fn build_allow(def: AllowDef, pack: &Arc<str>) -> Result<AllowEntry, String> {
    let categories = def
        .categories
        .iter()
        .map(|c| Category::parse(c).ok_or_else(|| format!("allow: unknown category `{c}`")))
        .collect::<Result<Vec<_>, _>>()?;
    if def.values.is_empty() && def.regex.is_empty() {
        return Err("allow: needs `values` or `regex`".into());
    }
    for r in &def.regex {
        pattern::check_full(r)?;
    }
    Ok(AllowEntry {
        pack: pack.clone(),
        values: def.values,
        regex: def.regex,
        categories,
        rules: def.rules,
    })
}
