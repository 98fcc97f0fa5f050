//! Validated rules and allow-list entries: what a loaded pack holds.
//!
//! Fields are public for reading (`hushdesk patterns list`, the example
//! runner, the detector's compiler); a [`super::PackSet`] only hands out
//! shared references, so they cannot be changed after validation. The
//! compiled regexes ride along privately so each is compiled once.

use std::sync::Arc;

use super::pattern::CompiledRegex;
use super::Category;

/// How a rule finds candidates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RuleKind {
    /// A regex, confirmed around prefilter literals or digit runs.
    Regex,
    /// A dictionary of keywords matched on word boundaries.
    Keywords,
    /// Both a regex and keywords.
    RegexAndKeywords,
}

impl RuleKind {
    /// Stable name for listings: `regex`, `keywords` or `regex+keywords`.
    pub fn as_str(self) -> &'static str {
        match self {
            RuleKind::Regex => "regex",
            RuleKind::Keywords => "keywords",
            RuleKind::RegexAndKeywords => "regex+keywords",
        }
    }
}

/// Context scoring of a rule (`[rules.context]`).
#[derive(Debug, Clone, PartialEq)]
pub struct Context {
    /// Hotwords (ASCII case-insensitive, word-bounded).
    pub words: Vec<String>,
    /// Bytes searched before and after a match.
    pub window: usize,
    /// Added to the confidence when a hotword is near.
    pub boost: f32,
    /// When true a match without a nearby hotword is dropped.
    pub required: bool,
    /// Words that lower the confidence when near.
    pub negative: Vec<String>,
    /// Subtracted when a negative word is near.
    pub penalty: f32,
    /// Words count only on the match's own line(s).
    pub same_line: bool,
}

/// A rule's own examples (`[rules.examples]`), markers included.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Examples {
    /// Texts that must produce a finding of the rule.
    pub matches: Vec<String>,
    /// Texts that must produce no finding of the rule's category.
    pub no_match: Vec<String>,
}

/// One validated rule.
#[derive(Debug, Clone)]
pub struct Rule {
    /// Unique id, `<category>.<name>`.
    pub id: Arc<str>,
    /// Category of its findings.
    pub category: Category,
    /// Finer kind, reported as-is.
    pub subtype: Option<Arc<str>>,
    /// Free text for listings.
    pub description: String,
    /// Name of the pack that defines it.
    pub pack: Arc<str>,
    /// The file (or embedded name) it was loaded from.
    pub file: Arc<str>,
    /// The regex source, if any.
    pub regex: Option<String>,
    /// Whether the regex is case-insensitive.
    pub case_insensitive: bool,
    /// Keywords, if any.
    pub keywords: Vec<String>,
    /// Prefilter literals for the regex.
    pub prefilter: Vec<String>,
    /// A built-in word list: keywords of a rule without a regex; for a
    /// regex, the words every match starts with (then a blank).
    pub word_list: Option<String>,
    /// Digit-count range `(min, max)` of digit runs the regex is tried on.
    pub digits: Option<(u32, u32)>,
    /// Separators (`(byte, count)`, each [`is_run_separator`]) a digit run must hold at least `count`
    /// times to trigger the rule (`.` three times for a dotted quad).
    pub run_requires: Vec<(u8, u32)>,
    /// Table headers: the regex is tried on each cell under a header cell
    /// that holds exactly one of them, and must match the whole cell.
    pub columns: Vec<String>,
    /// Longest regex match the engine searches for around a candidate (bytes).
    pub max_len: usize,
    /// How far a match may extend beyond the prefilter literal or digit run
    /// that triggered it, as `(before, after)` in bytes; `None`: up to
    /// `max_len` on either side.
    pub reach: Option<(usize, usize)>,
    /// Name of the validator run on each match.
    pub validator: Option<String>,
    /// Base confidence.
    pub confidence: f32,
    /// Context scoring.
    pub context: Option<Context>,
    /// Values never reported (compared case-insensitively).
    pub allow: Vec<String>,
    /// Regexes whose full match marks a value as never reported.
    pub allow_regex: Vec<String>,
    /// Regex tried anchored at the end of each valid match; where it
    /// matches, the finding extends over it (a phone number's extension).
    pub extend: Option<String>,
    /// The rule's examples.
    pub examples: Examples,
    pub(crate) compiled: Option<CompiledRegex>,
    pub(crate) compiled_extend: Option<CompiledRegex>,
}

impl Rule {
    /// How the rule finds candidates.
    pub fn kind(&self) -> RuleKind {
        match (self.regex.is_some(), !self.keywords.is_empty()) {
            (true, true) => RuleKind::RegexAndKeywords,
            (false, _) => RuleKind::Keywords,
            (true, false) => RuleKind::Regex,
        }
    }
}

/// A pack-level `[[allow]]` entry.
#[derive(Debug, Clone)]
pub struct AllowEntry {
    /// Name of the pack that defines it.
    pub pack: Arc<str>,
    /// Values never reported (compared case-insensitively).
    pub values: Vec<String>,
    /// Regexes whose full match marks a value as never reported.
    pub regex: Vec<String>,
    /// Categories it applies to (empty: all).
    pub categories: Vec<Category>,
    /// Rule ids it applies to (empty: all).
    pub rules: Vec<String>,
}

impl AllowEntry {
    /// True when the entry's scope covers a finding of `category` from `rule_id`.
    pub fn applies_to(&self, category: Category, rule_id: &str) -> bool {
        (self.categories.is_empty() || self.categories.contains(&category))
            && (self.rules.is_empty() || self.rules.iter().any(|r| r == rule_id))
    }
}

/// A loaded pack.
#[derive(Debug, Clone)]
pub struct Pack {
    /// Unique pack name.
    pub name: Arc<str>,
    /// The file (or embedded name) it was loaded from.
    pub file: Arc<str>,
    /// Free text.
    pub description: String,
    /// Its rules, including ones a later pack disabled.
    pub rules: Vec<Rule>,
    /// Its pack-level allow-list entries.
    pub allow: Vec<AllowEntry>,
}

/// Whether `b` may join the digits of one digit run (`digits` rules): space,
/// tab, `-`, `.`, `/`, `(`, `)`, `+`. Part of the pack format: `run_requires`
/// names these bytes, and the detector splits runs by them.
#[inline]
pub const fn is_run_separator(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'-' | b'.' | b'/' | b'(' | b')' | b'+')
}
