//! The compiled detector.

use std::collections::HashMap;

use super::{Category, Finding, KnownValues};
use crate::pack::PackSet;

/// Errors while compiling packs into a detector.
#[derive(Debug, thiserror::Error)]
pub enum DetectError {
    /// A rule could not be compiled.
    #[error("rule {rule}: {message}")]
    Compile {
        /// The rule id.
        rule: String,
        /// What is wrong.
        message: String,
    },
    /// The packs could not be loaded.
    #[error(transparent)]
    Pack(#[from] crate::pack::PackError),
}

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
#[derive(Debug)]
pub struct Detector {}

impl Detector {
    /// Compiles a pack set.
    pub fn new(packs: &PackSet, options: DetectOptions) -> Result<Detector, DetectError> {
        let _ = (packs, options);
        Ok(Detector {})
    }

    /// The default packs with default options.
    pub fn with_defaults() -> Result<Detector, DetectError> {
        Detector::new(&PackSet::defaults()?, DetectOptions::default())
    }

    /// Finds personal data in `text`: sorted by start, non-overlapping, above threshold.
    pub fn detect(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        let _ = (text, known);
        Vec::new()
    }
}
