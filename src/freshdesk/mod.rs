//! The upstream API's shapes: which endpoints carry which fields with which
//! roles, the helpdesk's error bodies, and webhook payloads.

pub mod error;
pub mod routes;
