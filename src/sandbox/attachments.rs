//! Attachment storage, the per-ticket budget, and serving the files.
//!
//! Freshdesk hands out `attachment_url`s that work without the API key
//! (signed CDN links); the sandbox serves its files under
//! `/sandbox/attachments/{id}/{name}` the same way, outside the API gates.
//! The 20 MB budget counts every attachment of a ticket, its
//! conversations' included.

use http::{HeaderValue, Method, StatusCode};

use super::input::Upload;
use super::server::Ctx;
use super::store::{Attachment, Store};
use super::web::{self, Reject, Resp};
use super::Shared;
use crate::freshdesk::error::FieldError;

/// Refuses uploads that would take a ticket past `max` bytes.
pub fn check_budget(
    store: &Store,
    ticket_id: Option<u64>,
    uploads: &[Upload],
    max: u64,
) -> Result<(), Reject> {
    let existing = ticket_id.map_or(0, |id| store.ticket_attachment_bytes(id));
    let new: u64 = uploads.iter().map(|u| u.bytes.len() as u64).sum();
    if existing.saturating_add(new) > max {
        let mb = max / (1024 * 1024);
        return Err(FieldError::invalid_value(
            "attachments",
            format!("The cumulative size of all attachments must not exceed {mb} MB"),
        )
        .into());
    }
    Ok(())
}

/// Stores uploads against a ticket; returns their ids in order.
pub fn store_uploads(store: &mut Store, ticket_id: u64, uploads: &[Upload], now: i64) -> Vec<u64> {
    uploads
        .iter()
        .map(|u| {
            let id = store.attachment_id();
            store.attachments.insert(
                id,
                Attachment {
                    id,
                    ticket_id,
                    name: u.name.clone(),
                    content_type: u.content_type.clone(),
                    bytes: u.bytes.clone(),
                    created_at: now,
                },
            );
            id
        })
        .collect()
}

/// `GET /sandbox/attachments/{id}/{name}`: the bytes with their type.
pub fn download(shared: &Shared, method: &Method, rest: &str) -> Resp {
    if method != Method::GET && method != Method::HEAD {
        return web::empty(StatusCode::METHOD_NOT_ALLOWED);
    }
    let id = rest.split('/').next().and_then(|s| s.parse::<u64>().ok());
    let found = id.and_then(|id| shared.read(|s| s.attachments.get(&id).cloned()));
    match found {
        Some(a) => {
            let mut resp = web::raw(StatusCode::OK, a.bytes);
            if let Ok(v) = HeaderValue::from_str(&a.content_type) {
                resp.headers_mut().insert(http::header::CONTENT_TYPE, v);
            }
            resp
        }
        None => web::empty(StatusCode::NOT_FOUND),
    }
}

/// `DELETE /api/v2/attachments/{id}` → 204.
pub async fn delete(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    ctx.shared.mutate(|s| {
        s.attachments.remove(&id).ok_or_else(Reject::not_found)?;
        for t in s.tickets.values_mut() {
            t.attachments.retain(|a| *a != id);
        }
        for c in s.conversations.values_mut() {
            c.attachments.retain(|a| *a != id);
        }
        Ok(web::empty(StatusCode::NO_CONTENT))
    })
}
