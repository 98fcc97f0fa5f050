//! Replies and notes: `/api/v2/tickets/{id}/reply|notes|conversations`
//! and `/api/v2/conversations/{id}`.
//!
//! Attachments on conversations count against their ticket's budget, so
//! uploads go through the same `attachments` helpers as tickets.

use http::StatusCode;
use serde_json::Value;

use super::attachments;
use super::contacts::check_emails;
use super::input::{Kind, Schema};
use super::server::Ctx;
use super::store::Conversation;
use super::tickets::paged;
use super::time;
use super::web::{self, Reject, Resp};
use crate::freshdesk::error::{ApiError, FieldError};

const REPLY_SCHEMA: Schema = &[
    ("body", Kind::Str),
    ("from_email", Kind::Str),
    ("user_id", Kind::Int),
    ("cc_emails", Kind::StrArray),
    ("bcc_emails", Kind::StrArray),
    ("attachments", Kind::Files),
];

const NOTE_SCHEMA: Schema = &[
    ("body", Kind::Str),
    ("private", Kind::Bool),
    ("incoming", Kind::Bool),
    ("notify_emails", Kind::StrArray),
    ("user_id", Kind::Int),
    ("attachments", Kind::Files),
];

const UPDATE_SCHEMA: Schema = &[("body", Kind::Str), ("attachments", Kind::Files)];

/// `POST /tickets/{id}/reply` or `/notes` → 201 with the conversation.
pub async fn create(ctx: &Ctx<'_>, ticket_id: u64, note: bool) -> Result<Resp, Reject> {
    let input = ctx
        .input(if note { NOTE_SCHEMA } else { REPLY_SCHEMA })
        .await?;
    let mut errors = check_emails(
        &input,
        &["from_email", "cc_emails", "bcc_emails", "notify_emails"],
    );
    if input.str("body").is_none_or(|b| b.trim().is_empty()) {
        errors.push(FieldError::missing_field("body"));
    }
    let now = time::now();
    let max = ctx.shared.config.max_attachments_bytes;
    let render = &ctx.render;
    let (id, body) = ctx.shared.mutate(|s| -> Result<(u64, Value), Reject> {
        let ticket = s.tickets.get(&ticket_id).ok_or_else(Reject::not_found)?;
        if ticket.deleted {
            return Err(Reject::deleted());
        }
        if !errors.is_empty() {
            return Err(std::mem::take(&mut errors).into());
        }
        attachments::check_budget(s, Some(ticket_id), &input.files, max)?;
        let id = s.conversation_id();
        let attachment_ids = attachments::store_uploads(s, ticket_id, &input.files, now);
        let conversation = Conversation {
            id,
            ticket_id,
            note,
            fields: input.fields.clone(),
            attachments: attachment_ids,
            created_at: now,
            updated_at: now,
            last_edited_at: None,
        };
        let body = render.conversation(s, &conversation);
        s.conversations.insert(id, conversation);
        if let Some(t) = s.tickets.get_mut(&ticket_id) {
            t.updated_at = now;
        }
        Ok((id, body))
    })?;
    Ok(web::created(
        &render.url(&format!("/api/v2/conversations/{id}")),
        &body,
    ))
}

/// `GET /tickets/{id}/conversations`: a bare array, oldest first.
pub async fn list(ctx: &Ctx<'_>, ticket_id: u64) -> Result<Resp, Reject> {
    ctx.query.only(&["page", "per_page"])?;
    let (page, per_page) = ctx.query.pagination(30, 100)?;
    let render = &ctx.render;
    let (items, more) = ctx.shared.read(|s| -> Result<(Vec<Value>, bool), Reject> {
        s.tickets.get(&ticket_id).ok_or_else(Reject::not_found)?;
        let rows = s.conversations_of(ticket_id);
        let start = (page - 1).saturating_mul(per_page);
        let more = rows.len() > start.saturating_add(per_page);
        let items = rows
            .into_iter()
            .skip(start)
            .take(per_page)
            .map(|c| render.conversation(s, c))
            .collect();
        Ok((items, more))
    })?;
    Ok(paged(ctx, page, more, Value::Array(items)))
}

/// `PUT /conversations/{id}` → 200; only notes are editable (405 for
/// replies).
pub async fn update(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    let input = ctx.input(UPDATE_SCHEMA).await?;
    let now = time::now();
    let max = ctx.shared.config.max_attachments_bytes;
    let render = &ctx.render;
    let body = ctx.shared.mutate(|s| -> Result<Value, Reject> {
        let c = s.conversations.get(&id).ok_or_else(Reject::not_found)?;
        if !c.note {
            return Err(Reject::Flat(
                StatusCode::METHOD_NOT_ALLOWED,
                ApiError::method_not_allowed("DELETE"),
            ));
        }
        let ticket_id = c.ticket_id;
        attachments::check_budget(s, Some(ticket_id), &input.files, max)?;
        let new_ids = attachments::store_uploads(s, ticket_id, &input.files, now);
        let c = s.conversations.get_mut(&id).ok_or_else(Reject::not_found)?;
        if let Some(body) = input.fields.get("body") {
            c.fields.insert("body".into(), body.clone());
            c.last_edited_at = Some(now);
        }
        c.attachments.extend(new_ids);
        c.updated_at = now;
        let c = c.clone();
        Ok(render.conversation(s, &c))
    })?;
    Ok(web::json(StatusCode::OK, &body))
}

/// `DELETE /conversations/{id}` → 204 (removes its attachments too).
pub async fn delete(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    ctx.shared.mutate(|s| {
        let c = s.conversations.remove(&id).ok_or_else(Reject::not_found)?;
        for a in c.attachments {
            s.attachments.remove(&a);
        }
        Ok(web::empty(StatusCode::NO_CONTENT))
    })
}
