//! The on-disk shape of a pack file, exactly as `patterns/README.md` documents
//! it.
//!
//! These structs only describe syntax: every one rejects unknown keys so that a
//! typo fails at load instead of silently switching a check off. Meaning
//! (categories, validators, regexes, limits) is checked in `load.rs`, which
//! turns them into [`super::Rule`]s.

use serde::Deserialize;

/// The `[pack]` header.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct PackHeader {
    /// Unique pack name.
    pub name: String,
    /// Format version; must be 1.
    pub version: u32,
    /// Free text.
    #[serde(default)]
    pub description: String,
    /// Rule ids (from packs loaded earlier) to switch off.
    #[serde(default)]
    pub disable: Vec<String>,
}

/// One `[[rules]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleDef {
    pub id: String,
    pub category: String,
    #[serde(default)]
    pub subtype: Option<String>,
    #[serde(default)]
    pub description: String,
    #[serde(default)]
    pub regex: Option<String>,
    #[serde(default)]
    pub case_insensitive: bool,
    #[serde(default)]
    pub keywords: Vec<String>,
    #[serde(default)]
    pub prefilter: Vec<String>,
    #[serde(default)]
    pub word_list: Option<String>,
    #[serde(default)]
    pub digits: Option<[u32; 2]>,
    #[serde(default)]
    pub run_requires: std::collections::BTreeMap<String, u32>,
    #[serde(default)]
    pub columns: Vec<String>,
    #[serde(default)]
    pub max_len: Option<usize>,
    #[serde(default)]
    pub reach: Option<ReachDef>,
    #[serde(default)]
    pub validator: Option<String>,
    pub confidence: f32,
    #[serde(default)]
    pub context: Option<ContextDef>,
    #[serde(default)]
    pub allow: Vec<String>,
    #[serde(default)]
    pub allow_regex: Vec<String>,
    #[serde(default)]
    pub extend: Option<String>,
    pub examples: ExamplesDef,
}

/// `reach`: one bound for both sides of the trigger, or `[before, after]`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(untagged, expecting = "reach = N or reach = [before, after] (bytes)")]
pub(crate) enum ReachDef {
    Both(usize),
    Sides([usize; 2]),
}

impl ReachDef {
    /// `(before, after)`.
    pub fn sides(self) -> (usize, usize) {
        match self {
            ReachDef::Both(n) => (n, n),
            ReachDef::Sides([before, after]) => (before, after),
        }
    }
}

/// `[rules.context]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ContextDef {
    #[serde(default)]
    pub words: Vec<String>,
    #[serde(default)]
    pub window: Option<usize>,
    #[serde(default)]
    pub boost: f32,
    #[serde(default)]
    pub required: bool,
    #[serde(default)]
    pub negative: Vec<String>,
    #[serde(default)]
    pub penalty: f32,
    #[serde(default)]
    pub same_line: bool,
}

/// `[rules.examples]`.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ExamplesDef {
    #[serde(default, rename = "match")]
    pub matches: Vec<String>,
    #[serde(default)]
    pub no_match: Vec<String>,
}

/// One pack-level `[[allow]]` entry.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AllowDef {
    #[serde(default)]
    pub values: Vec<String>,
    #[serde(default)]
    pub regex: Vec<String>,
    #[serde(default)]
    pub categories: Vec<String>,
    #[serde(default)]
    pub rules: Vec<String>,
}
