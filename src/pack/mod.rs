//! Pattern packs: the only code that knows pattern syntax.
//!
//! Reads `patterns/*.toml` (format documented in `patterns/README.md`),
//! validates every rule at load and keeps the parsed rules in a [`PackSet`].
//! [`crate::detect::Detector`] compiles a `PackSet` once.
//!
//! The module is split by concept: `format` is the file syntax (serde structs
//! that reject unknown keys), `load` checks meaning and builds [`Rule`]s,
//! `fragment` expands the named regex fragments rules share, `pattern`
//! compiles regexes with explicit size limits, `set` holds packs in
//! load order with `disable` applied, and `examples` runs every rule's own
//! examples against a compiled detector.

use thiserror::Error;

mod category;
mod format;
mod fragment;
mod load;
mod marked;
mod pattern;
mod rule;
mod set;

pub use category::Category;
pub use load::{DEFAULT_CONTEXT_WINDOW, MAX_CONTEXT_WINDOW, MAX_DIGITS, MIN_EXAMPLES};
pub use marked::parse_marked;
pub use pattern::{
    compile_full_set, DEFAULT_MAX_LEN, DFA_SIZE_LIMIT, HYBRID_CACHE_CAPACITY, MAX_LEN_LIMIT,
    NFA_SIZE_LIMIT,
};
pub use rule::{is_run_separator, AllowEntry, Context, Examples, Pack, Rule, RuleKind};
pub use set::PackSet;

/// Errors while loading packs. Each names the file and, where there is one, the rule.
#[derive(Debug, Error)]
pub enum PackError {
    /// The pack file could not be read.
    #[error("{file}: cannot read: {source}")]
    Io {
        /// The file.
        file: String,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The file is not a valid pack.
    #[error("{file}: {message}")]
    Invalid {
        /// The file.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// A rule is not valid.
    #[error("{file}: rule {rule}: {message}")]
    Rule {
        /// The file.
        file: String,
        /// The rule id.
        rule: String,
        /// What is wrong.
        message: String,
    },
}

#[cfg(test)]
mod tests;
