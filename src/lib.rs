//! # hushdesk
//!
//! A reverse proxy that keeps unneeded personal data out of a Freshdesk-style
//! helpdesk.
//!
//! ## Path of a ticket through hushdesk (`POST /api/v2/tickets`)
//!
//! At start-up [`config`] reads the operator's TOML strictly and validates
//! its values into [`config::Settings`] (plain data: it knows no engine).
//! [`ticket::Runtime`] is assembled from them: [`pack`] loads the pattern
//! packs (`patterns/*.toml`) and [`detect::Detector`] compiles them once into
//! an immutable engine shared by `Arc`; the [`redact::Redactor`] gets its
//! pseudonym key and the audit key; the field, attachment and retention
//! policies and the ledger's configuration are built. [`proxy`] then opens
//! (or recovers) the hash-chained [`audit::Ledger`].
//!
//! 1. [`proxy`] accepts the connection (TLS if configured) and matches the
//!    route against [`freshdesk::routes`]. Routes that carry no ticket content
//!    stream through untouched.
//! 2. The body is read under a hard cap; its content kind comes from
//!    Content-Type. Unknown kinds on a content route are refused (415), never
//!    forwarded unscanned; every refusal uses the helpdesk's own error shape
//!    ([`freshdesk::error`]).
//! 3. [`ticket::TicketPipeline`] (the only seam between HTTP and the engine)
//!    runs off the reactor: [`body::json`] or [`body::multipart`] walks the
//!    fields the route names ([`selector`]), collecting the requester's own
//!    values as [`detect::KnownValues`]; each free-text field goes through
//!    [`body::text`] or [`body::html`] (text nodes and data-carrying
//!    attributes, entities decoded, text joined across inline markup), where
//!    [`detect::Detector`] finds [`detect::Finding`]s (byte spans, never
//!    values) and [`redact::Redactor`] rewrites them (label, partial, keyed
//!    pseudonym, remove), leaving [`redact::RedactionRecord`]s with keyed
//!    fingerprints. [`retention`] classifies the ticket and its tag is merged
//!    into `tags`.
//! 4. The scrubbed request goes upstream over rustls with named timeouts; the
//!    helpdesk's answer comes back unchanged.
//! 5. [`audit`] appends the chained record (ticket id from the upstream's
//!    answer) and the client's answer is released once it is durable. If it
//!    cannot be written, [`admin`]'s readiness turns false and content
//!    requests get 503.
//! 6. The tracing span closes with counts and rule ids only ([`telemetry`]).
//!
//! [`sandbox`] is a Freshdesk-compatible helpdesk for demos and tests.
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
        assert_send_sync::<crate::ticket::Runtime>();
    }
}
