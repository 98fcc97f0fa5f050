//! [`RedactionRecord`]: what one redaction did, without the value.

use std::sync::Arc;

use crate::detect::Category;

use super::policy::Action;

/// What one redaction did. Never holds the value: only where, what kind, how
/// long, and a keyed fingerprint (see [`super::fingerprint()`]).
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct RedactionRecord {
    /// Where in the body (a field selector such as `description`; HTML
    /// attributes add `@name`, as in `description@href`).
    pub path: String,
    /// The category.
    pub category: Category,
    /// The subtype, if any.
    pub subtype: Option<Arc<str>>,
    /// The rule that found it.
    pub rule_id: Arc<str>,
    /// What was done (the action applied, after fallbacks such as a partial
    /// mask becoming a label for categories without a partial form).
    pub action: Action,
    /// Byte length of the original span (decoded text, for HTML).
    pub length: usize,
    /// Keyed fingerprint (hex HMAC-SHA256) of the normalised value.
    pub fingerprint: String,
}
