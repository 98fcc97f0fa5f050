//! # hushdesk
//!
//! A reverse proxy that keeps unneeded personal data out of a Freshdesk-style
//! helpdesk.
//!
//! ## Path of a ticket through hushdesk
//!
//! 1. [`pack`] reads the pattern packs (`patterns/*.toml`) once at start-up.
//! 2. [`detect::Detector`] compiles them into an immutable engine shared by
//!    `Arc`. Per field it returns [`detect::Finding`]s: byte spans with a
//!    category, rule id and confidence, never values. The ticket's own
//!    requester fields are passed as [`detect::KnownValues`] and found too.
//! 3. [`body`] walks each field by its shape: [`body::text`] for plain text,
//!    [`body::html`] for HTML descriptions (text nodes and data-carrying
//!    attributes, entities decoded, text joined across inline markup).
//! 4. [`redact::Redactor`] rewrites each span by the policy (label, partial,
//!    keyed pseudonym, remove) and leaves a [`redact::RedactionRecord`] with a
//!    keyed fingerprint instead of the value.
#![forbid(unsafe_code)]
#![deny(missing_docs)]

pub mod admin;
pub mod audit;
pub mod body;
pub mod config;
pub mod detect;
pub mod freshdesk;
pub mod pack;
pub mod proxy;
pub mod redact;
pub mod retention;
pub mod sandbox;
pub mod selector;
pub mod telemetry;
pub mod ticket;

#[cfg(test)]
mod send_sync {
    fn assert_send_sync<T: Send + Sync>() {}
    #[test]
    fn shared_engines_are_send_and_sync() {
        assert_send_sync::<crate::detect::Detector>();
        assert_send_sync::<crate::redact::Redactor>();
    }
}
