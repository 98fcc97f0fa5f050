//! `[fields]`: how the JSON walker treats fields, on top of each route's
//! roles.
//!
//! ```toml
//! [fields]
//! identity = "keep"
//! third_party = "redact"
//! custom_fields = { only = ["cf_notes"] }
//!
//! [fields.overrides]
//! "custom_fields.cf_order_id" = "keep"
//! "address" = "drop"
//! ```
//!
//! Override keys are field selectors (`description`, `custom_fields.*`,
//! `attachments[].name`); their syntax is checked when the runtime is
//! assembled, with errors naming `fields.overrides`.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// What to do with a whole identity or third-party field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum WholeFieldAction {
    /// Forward unchanged (the helpdesk needs requester identifiers).
    #[default]
    Keep,
    /// Replace each value by the redactor's replacement for its category.
    Redact,
    /// Remove the field from the body.
    Drop,
}

/// A per-selector treatment that overrides the route's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum FieldAction {
    /// Forward unchanged, without scanning.
    Keep,
    /// Scan as plain text.
    Scan,
    /// Scan as HTML.
    ScanHtml,
    /// Replace each value whole.
    Redact,
    /// Remove the field.
    Drop,
}

/// Which custom fields (`custom_fields.*`) are scanned: `"all"`, `"none"`
/// or `{ only = ["cf_notes", ...] }`.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CustomFieldScan {
    /// Every string custom field.
    #[default]
    All,
    /// None.
    None,
    /// Only these keys (`cf_notes`, ...).
    Only(Vec<String>),
}

/// `[fields]`: how identity, third-party and custom fields are treated, and
/// per-selector overrides.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FieldsConfig {
    /// Identity fields of the requester or contact (`name`, `email`, `phone`,
    /// `mobile`, `twitter_id`, `unique_external_id`, `requester_id`, ...).
    /// Default: `keep`.
    #[serde(default = "default_identity")]
    pub identity: WholeFieldAction,
    /// Third-party addresses (`cc_emails`, `to_emails`, `bcc_emails`,
    /// `notify_emails`, `fwd_emails`, `reply_cc_emails`). Default: `keep`.
    #[serde(default = "default_third_party")]
    pub third_party: WholeFieldAction,
    /// Which string custom fields are scanned as plain text. Default: `all`.
    #[serde(default = "default_custom_fields")]
    pub custom_fields: CustomFieldScan,
    /// Per-selector treatments (`keep`, `scan`, `scan_html`, `redact`,
    /// `drop`), keyed by field selector. They take precedence over the
    /// route's roles and cover the selected field's subtree; among several
    /// matching overrides the deepest, then the most specific wins. Default:
    /// none.
    #[serde(default = "default_overrides")]
    pub overrides: BTreeMap<String, FieldAction>,
}

fn default_identity() -> WholeFieldAction {
    WholeFieldAction::Keep
}

fn default_third_party() -> WholeFieldAction {
    WholeFieldAction::Keep
}

fn default_custom_fields() -> CustomFieldScan {
    CustomFieldScan::All
}

fn default_overrides() -> BTreeMap<String, FieldAction> {
    BTreeMap::new()
}

impl Default for FieldsConfig {
    fn default() -> Self {
        FieldsConfig {
            identity: default_identity(),
            third_party: default_third_party(),
            custom_fields: default_custom_fields(),
            overrides: default_overrides(),
        }
    }
}
