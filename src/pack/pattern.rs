//! Compiling the regexes a pack names, with explicit size limits.
//!
//! Every regex is compiled exactly once, at load, so that a bad or oversized
//! pattern fails with its file and rule id before any traffic is served. The
//! compiled [`meta::Regex`] is then shared (by `Arc`) with the detector; its
//! internal cache pool makes repeated searches allocation-free.

use std::sync::Arc;

use regex_automata::meta;
use regex_automata::util::syntax;

/// Largest compiled NFA allowed for one regex (bytes).
pub const NFA_SIZE_LIMIT: usize = 4 * 1024 * 1024;
/// Largest fully compiled DFA the engine may build for one regex (bytes).
pub const DFA_SIZE_LIMIT: usize = 2 * 1024 * 1024;
/// Lazy DFA cache per regex and thread (bytes).
pub const HYBRID_CACHE_CAPACITY: usize = 16 * 1024 * 1024;
/// Window used for a regex whose longest match is unbounded and that sets no
/// `max_len` (bytes).
pub const DEFAULT_MAX_LEN: usize = 256;
/// Largest `max_len` a rule may declare (bytes).
pub const MAX_LEN_LIMIT: usize = 64 * 1024;

/// A rule's compiled regex and the index of its `value` group, if any.
#[derive(Debug, Clone)]
pub(crate) struct CompiledRegex {
    /// The regex.
    pub regex: Arc<meta::Regex>,
    /// Capture index of the group named `value`.
    pub value_group: Option<usize>,
    /// Longest possible match in bytes, when the regex bounds it.
    pub max_len: Option<usize>,
}

fn config() -> meta::Config {
    meta::Config::new()
        .nfa_size_limit(Some(NFA_SIZE_LIMIT))
        .onepass_size_limit(Some(NFA_SIZE_LIMIT))
        .dfa_size_limit(Some(DFA_SIZE_LIMIT))
        .hybrid_cache_capacity(HYBRID_CACHE_CAPACITY)
}

/// Compiles a rule's `regex`.
pub(crate) fn compile(pattern: &str, case_insensitive: bool) -> Result<CompiledRegex, String> {
    // Parse on its own first: its errors point into the pattern.
    let hir = regex_syntax::ParserBuilder::new()
        .case_insensitive(case_insensitive)
        .build()
        .parse(pattern)
        .map_err(|e| format!("bad regex: {e}"))?;
    let regex = meta::Regex::builder()
        .configure(config())
        .syntax(syntax::Config::new().case_insensitive(case_insensitive))
        .build(pattern)
        .map_err(build_error)?;
    let value_group = regex
        .group_info()
        .to_index(regex_automata::PatternID::ZERO, "value");
    Ok(CompiledRegex {
        regex: Arc::new(regex),
        value_group,
        max_len: hir.properties().maximum_len(),
    })
}

fn build_error(e: regex_automata::meta::BuildError) -> String {
    if let Some(limit) = e.size_limit() {
        return format!("regex too large: compiled size exceeds the {limit}-byte limit");
    }
    match e.syntax_error() {
        Some(se) => format!("bad regex: {se}"),
        None => format!("bad regex: {e}"),
    }
}

/// Checks an allow-list regex: it must parse and compile within the limits.
pub(crate) fn check_full(pattern: &str) -> Result<(), String> {
    // Parse on its own first so that the error points at the author's text,
    // not at the anchors added around it.
    regex_syntax::Parser::new()
        .parse(pattern)
        .map_err(|e| format!("bad allow regex: {e}"))?;
    compile_full_set(&[pattern]).map(drop)
}

/// Compiles allow-list regexes into one regex that matches a value when one
/// of them matches the whole value: one search per value, whatever their
/// number. `None` when there are none.
pub fn compile_full_set(patterns: &[&str]) -> Result<Option<Arc<meta::Regex>>, String> {
    if patterns.is_empty() {
        return Ok(None);
    }
    let anchored: Vec<String> = patterns.iter().map(|p| format!(r"\A(?:{p})\z")).collect();
    meta::Regex::builder()
        .configure(config())
        .build_many(&anchored)
        .map(|re| Some(Arc::new(re)))
        .map_err(|e| format!("allow: {}", build_error(e)))
}
