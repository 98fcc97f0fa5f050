//! Detection: text in, [`Finding`]s out.
//!
//! The detector knows text and nothing else: no HTTP, JSON, HTML or multipart.
//! It is compiled once from the pattern packs ([`crate::pack`]) into an
//! immutable [`Detector`] that is shared by `Arc` across threads, and it is
//! cheap to call per request. Per call the caller may pass [`KnownValues`]
//! (the ticket's own requester fields) which are found anywhere in the text.
//!
//! Offsets are UTF-8 byte offsets into the `&str` that was scanned.

use std::sync::Arc;

mod compile;
mod confirm;
mod context;
mod digits;
mod engine;
pub mod examples;
mod haystack;
pub mod known;
mod overlap;
mod plan;
mod prefilter;
mod swar;
mod table;
pub mod validators;
mod walk;
mod words;

pub use crate::pack::{Category, PackError, PackSet};
pub use engine::{DetectError, DetectOptions, Detector, EXTEND_LIMIT};

/// One piece of personal data found in a text. Holds offsets, never the value.
#[derive(Debug, Clone, PartialEq)]
pub struct Finding {
    /// Start byte offset (inclusive) into the scanned text.
    pub start: usize,
    /// End byte offset (exclusive) into the scanned text.
    pub end: usize,
    /// The category.
    pub category: Category,
    /// Finer kind within the category (`obfuscated`, `ipv6`, `se_personnummer`, ...).
    pub subtype: Option<Arc<str>>,
    /// Id of the rule that produced it (`email.address`, `known.name`, ...).
    pub rule_id: Arc<str>,
    /// Confidence in 0.0..=1.0 after context scoring.
    pub confidence: f32,
}

impl Finding {
    /// Byte length of the span.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// True when the span is empty (never the case for a reported finding).
    pub fn is_empty(&self) -> bool {
        self.end == self.start
    }
}

/// The ticket's own requester fields, passed per call. Every key is optional.
///
/// `Debug` says which values are set, never the values: they are personal data.
#[derive(Clone, Default, PartialEq, Eq, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct KnownValues {
    /// The requester's full name.
    pub name: Option<String>,
    /// The requester's email address.
    pub email: Option<String>,
    /// The requester's phone number.
    pub phone: Option<String>,
    /// Other email addresses tied to the ticket (cc, other contacts).
    pub emails: Vec<String>,
}

impl std::fmt::Debug for KnownValues {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let set = |v: &Option<String>| if v.is_some() { "<set>" } else { "<unset>" };
        f.debug_struct("KnownValues")
            .field("name", &set(&self.name))
            .field("email", &set(&self.email))
            .field("phone", &set(&self.phone))
            .field("emails", &self.emails.len())
            .finish()
    }
}

impl KnownValues {
    /// True when no value is set.
    pub fn is_empty(&self) -> bool {
        self.name.is_none()
            && self.email.is_none()
            && self.phone.is_none()
            && self.emails.is_empty()
    }
}
