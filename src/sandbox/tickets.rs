//! `/api/v2/tickets`: create, view, list, update, delete, restore.
//!
//! The requester identifiers (`email`, `phone`, …) are request-only: they
//! resolve to a contact (created when unknown, as Freshdesk does) and only
//! `requester_id` is stored. Everything else the client sets is stored as
//! validated JSON and rendered back by `render`.

use http::{HeaderValue, StatusCode};
use serde_json::{Map, Value};

use super::attachments;
use super::contacts;
use super::input::{Input, Kind, Schema};
use super::render::Render;
use super::server::Ctx;
use super::store::{Store, Ticket};
use super::time;
use super::web::{self, Reject, Resp};
use crate::freshdesk::error::FieldError;

/// Attributes accepted on create and update.
pub const TICKET_SCHEMA: Schema = &[
    ("subject", Kind::Str),
    ("description", Kind::Str),
    ("requester_id", Kind::Int),
    ("email", Kind::Str),
    ("phone", Kind::Str),
    ("name", Kind::Str),
    ("twitter_id", Kind::Str),
    ("facebook_id", Kind::Str),
    ("unique_external_id", Kind::Str),
    ("status", Kind::Int),
    ("priority", Kind::Int),
    ("source", Kind::Int),
    ("type", Kind::Str),
    ("responder_id", Kind::Int),
    ("group_id", Kind::Int),
    ("company_id", Kind::Int),
    ("product_id", Kind::Int),
    ("email_config_id", Kind::Int),
    ("internal_agent_id", Kind::Int),
    ("internal_group_id", Kind::Int),
    ("parent_id", Kind::Int),
    ("due_by", Kind::Str),
    ("fr_due_by", Kind::Str),
    ("tags", Kind::StrArray),
    ("cc_emails", Kind::StrArray),
    ("related_ticket_ids", Kind::IntArray),
    ("custom_fields", Kind::Object),
    ("lookup_parameter", Kind::Str),
    ("attachments", Kind::Files),
];

/// Request-only attributes that identify the requester.
pub const REQUESTER_KEYS: &[&str] = &[
    "requester_id",
    "email",
    "phone",
    "twitter_id",
    "facebook_id",
    "unique_external_id",
];

/// Attributes mandatory on create besides a requester identifier.
const REQUIRED_ON_CREATE: &[&str] = &["subject", "description"];

const STATUS_VALUES: &str = "2,3,4,5,6,7";
const PRIORITY_VALUES: &str = "1,2,3,4";
const SOURCE_VALUES: &str = "1,2,3,5,6,7,9,10";

/// Checks enum ranges, email formats and dates; normalises dates.
fn check_values(input: &mut Input) -> Vec<FieldError> {
    let mut errors = Vec::new();
    for (key, allowed) in [
        ("status", STATUS_VALUES),
        ("priority", PRIORITY_VALUES),
        ("source", SOURCE_VALUES),
    ] {
        if let Some(v) = input.int(key) {
            if !allowed.split(',').any(|a| a == v.to_string()) {
                errors.push(FieldError::not_one_of(key, allowed));
            }
        }
    }
    errors.extend(contacts::check_emails(input, &["email", "cc_emails"]));
    for key in ["due_by", "fr_due_by"] {
        if let Some(raw) = input.str(key) {
            match time::parse(raw) {
                Some(secs) => {
                    input.fields.insert(key.into(), time::format(secs).into());
                }
                None => errors.push(FieldError::invalid_value(
                    key,
                    "It should be in the 'valid date time' format",
                )),
            }
        }
    }
    errors
}

/// Client attributes to store (requester identifiers removed).
fn stored_fields(input: &Input) -> Map<String, Value> {
    input
        .fields
        .iter()
        .filter(|(k, _)| !REQUESTER_KEYS.contains(&k.as_str()) && k.as_str() != "name")
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect()
}

fn blank(input: &Input, key: &str) -> bool {
    input.str(key).is_none_or(|s| s.trim().is_empty())
}

/// `POST /tickets` → 201 + `Location`.
pub async fn create(ctx: &Ctx<'_>) -> Result<Resp, Reject> {
    let mut input = ctx.input(TICKET_SCHEMA).await?;
    let mut errors = check_values(&mut input);
    for key in REQUIRED_ON_CREATE {
        if blank(&input, key) {
            errors.push(FieldError::missing_field(*key));
        }
    }
    if !REQUESTER_KEYS
        .iter()
        .any(|k| input.fields.get(*k).is_some_and(|v| !v.is_null()))
    {
        errors.push(FieldError::new(
            "requester_id",
            crate::freshdesk::error::ErrorCode::MissingField,
            "Please fill at least 1 of requester_id, phone, email, twitter_id, facebook_id, unique_external_id attributes",
        ));
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let now = time::now();
    let max = ctx.shared.config.max_attachments_bytes;
    let render = &ctx.render;
    let (id, body) = ctx.shared.mutate(|s| -> Result<(u64, Value), Reject> {
        let requester_id = contacts::resolve_requester(s, &input, now)?;
        attachments::check_budget(s, None, &input.files, max)?;
        let id = s.ticket_id();
        let mut fields = stored_fields(&input);
        for (key, default) in [("status", 2), ("priority", 1), ("source", 2)] {
            if fields.get(key).is_none_or(Value::is_null) {
                fields.insert(key.into(), default.into());
            }
        }
        let attachment_ids = attachments::store_uploads(s, id, &input.files, now);
        let ticket = Ticket {
            id,
            fields,
            requester_id,
            attachments: attachment_ids,
            deleted: false,
            created_at: now,
            updated_at: now,
        };
        let body = render.ticket(s, &ticket);
        s.tickets.insert(id, ticket);
        Ok((id, body))
    })?;
    Ok(web::created(
        &render.url(&format!("/api/v2/tickets/{id}")),
        &body,
    ))
}

/// `GET /tickets/{id}` with `include=conversations,requester,company,stats`.
pub async fn view(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    ctx.query.only(&["include"])?;
    let includes = includes(ctx, "conversations,requester,company,stats")?;
    let render = &ctx.render;
    ctx.shared.read(|s| {
        let t = s.tickets.get(&id).ok_or_else(Reject::not_found)?;
        let mut body = render.ticket(s, t);
        embed(render, s, t, &includes, &mut body);
        Ok(web::json(StatusCode::OK, &body))
    })
}

fn includes(ctx: &Ctx<'_>, allowed: &str) -> Result<Vec<String>, Reject> {
    let Some(raw) = ctx.query.get("include") else {
        return Ok(Vec::new());
    };
    let list: Vec<String> = raw.split(',').map(|s| s.trim().to_owned()).collect();
    if list.iter().all(|i| allowed.split(',').any(|a| a == i)) {
        Ok(list)
    } else {
        Err(FieldError::not_one_of("include", allowed).into())
    }
}

fn embed(render: &Render, s: &Store, t: &Ticket, includes: &[String], body: &mut Value) {
    let Value::Object(map) = body else { return };
    for inc in includes {
        let value = match inc.as_str() {
            "conversations" => s
                .conversations_of(t.id)
                .into_iter()
                .take(10)
                .map(|c| render.conversation(s, c))
                .collect(),
            "requester" => render.requester(s, t),
            "stats" => render.stats(s, t),
            "company" => Value::Null,
            _ => continue,
        };
        map.insert(inc.clone(), value);
    }
}

/// `GET /tickets`: a bare array, `link` only when a next page exists.
pub async fn list(ctx: &Ctx<'_>) -> Result<Resp, Reject> {
    ctx.query.only(&[
        "filter",
        "requester_id",
        "email",
        "unique_external_id",
        "company_id",
        "updated_since",
        "order_by",
        "order_type",
        "include",
        "page",
        "per_page",
    ])?;
    let includes = includes(ctx, "stats,requester,description")?;
    let (page, per_page) = ctx.query.pagination(30, 100)?;
    let q = &ctx.query;
    let filter = q.get("filter");
    if filter.is_some_and(|f| !["new_and_my_open", "watching", "spam", "deleted"].contains(&f)) {
        return Err(
            FieldError::not_one_of("filter", "new_and_my_open,watching,spam,deleted").into(),
        );
    }
    let requester_id = parse_id(q.get("requester_id"), "requester_id")?;
    let company_id = parse_id(q.get("company_id"), "company_id")?;
    let since = match q.get("updated_since") {
        None => None,
        Some(raw) => Some(time::parse(raw).ok_or_else(|| {
            Reject::from(FieldError::invalid_value(
                "updated_since",
                "It should be in the 'valid date time' format",
            ))
        })?),
    };
    let order_by = q.get("order_by").unwrap_or("created_at");
    if !["created_at", "due_by", "updated_at", "status"].contains(&order_by) {
        return Err(
            FieldError::not_one_of("order_by", "created_at,due_by,updated_at,status").into(),
        );
    }
    let descending = match q.get("order_type").unwrap_or("desc") {
        "desc" => true,
        "asc" => false,
        _ => return Err(FieldError::not_one_of("order_type", "asc,desc").into()),
    };
    let render = &ctx.render;
    let (items, more) = ctx.shared.read(|s| {
        let by_contact =
            |key: &str, value: Option<&str>| value.map(|v| contacts::find_by(s, key, v));
        let email_match = by_contact("email", q.get("email"));
        let external_match = by_contact("unique_external_id", q.get("unique_external_id"));
        let mut rows: Vec<&Ticket> = s
            .tickets
            .values()
            .filter(|t| {
                let spam = t
                    .fields
                    .get("spam")
                    .and_then(Value::as_bool)
                    .unwrap_or(false);
                let status = t.fields.get("status").and_then(Value::as_i64);
                let keep = match filter {
                    None => !t.deleted && !spam,
                    Some("new_and_my_open") => !t.deleted && !spam && status == Some(2),
                    Some("spam") => spam && !t.deleted,
                    Some("deleted") => t.deleted,
                    _ => false,
                };
                keep && requester_id.is_none_or(|r| t.requester_id == r)
                    && company_id.is_none_or(|c| {
                        t.fields.get("company_id").and_then(Value::as_u64) == Some(c)
                    })
                    && email_match
                        .as_ref()
                        .is_none_or(|m| *m == Some(t.requester_id))
                    && external_match
                        .as_ref()
                        .is_none_or(|m| *m == Some(t.requester_id))
                    && since.is_none_or(|since| t.updated_at >= since)
            })
            .collect();
        rows.sort_by(|a, b| {
            let ord = match order_by {
                "updated_at" => a.updated_at.cmp(&b.updated_at),
                "status" => status_of(a).cmp(&status_of(b)),
                "due_by" => due_by(a).cmp(&due_by(b)),
                _ => a.created_at.cmp(&b.created_at),
            }
            .then(a.id.cmp(&b.id));
            if descending {
                ord.reverse()
            } else {
                ord
            }
        });
        let start = (page - 1).saturating_mul(per_page);
        let more = rows.len() > start.saturating_add(per_page);
        let items: Vec<Value> = rows
            .into_iter()
            .skip(start)
            .take(per_page)
            .map(|t| {
                let mut body = render.ticket(s, t);
                if let Value::Object(map) = &mut body {
                    if !includes.iter().any(|i| i == "description") {
                        map.shift_remove("description");
                        map.shift_remove("description_text");
                    }
                }
                embed(render, s, t, &includes, &mut body);
                body
            })
            .collect();
        (items, more)
    });
    Ok(paged(ctx, page, more, Value::Array(items)))
}

fn status_of(t: &Ticket) -> i64 {
    t.fields.get("status").and_then(Value::as_i64).unwrap_or(0)
}

fn due_by(t: &Ticket) -> i64 {
    t.fields
        .get("due_by")
        .and_then(Value::as_str)
        .and_then(time::parse)
        .unwrap_or(t.created_at + 3 * 86_400)
}

/// A list answer with the `link` header when `more`.
pub fn paged(ctx: &Ctx<'_>, page: usize, more: bool, body: Value) -> Resp {
    let mut resp = web::json(StatusCode::OK, &body);
    if more {
        if let Ok(v) = HeaderValue::from_str(&ctx.next_link(page)) {
            resp.headers_mut().insert(http::header::LINK, v);
        }
    }
    resp
}

/// Parses an id-valued query parameter.
pub fn parse_id(raw: Option<&str>, key: &str) -> Result<Option<u64>, Reject> {
    raw.map(|v| {
        v.parse::<u64>()
            .map_err(|_| Reject::from(FieldError::datatype_mismatch(key, "Positive Integer")))
    })
    .transpose()
}

/// `PUT /tickets/{id}` → 200 with the ticket.
pub async fn update(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    let mut input = ctx.input(TICKET_SCHEMA).await?;
    let errors = check_values(&mut input);
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let now = time::now();
    let cfg = &ctx.shared.config;
    let render = &ctx.render;
    let body = ctx.shared.mutate(|s| -> Result<Value, Reject> {
        let ticket = s.tickets.get(&id).ok_or_else(Reject::not_found)?;
        let spam = ticket
            .fields
            .get("spam")
            .and_then(Value::as_bool)
            .unwrap_or(false);
        if ticket.deleted || spam {
            return Err(Reject::deleted());
        }
        let requester = if REQUESTER_KEYS.iter().any(|k| input.fields.contains_key(*k)) {
            Some(contacts::resolve_requester(s, &input, now)?)
        } else {
            None
        };
        attachments::check_budget(s, Some(id), &input.files, cfg.max_attachments_bytes)?;
        let new_ids = attachments::store_uploads(s, id, &input.files, now);
        let ticket = s.tickets.get_mut(&id).ok_or_else(Reject::not_found)?;
        for (key, value) in stored_fields(&input) {
            merge_field(&mut ticket.fields, key, value, cfg.tags_replace_on_update);
        }
        if let Some(r) = requester {
            ticket.requester_id = r;
        }
        ticket.attachments.extend(new_ids);
        ticket.updated_at = now;
        let ticket = ticket.clone();
        Ok(render.ticket(s, &ticket))
    })?;
    Ok(web::json(StatusCode::OK, &body))
}

/// Applies one updated attribute: `custom_fields` merge by key, `tags`
/// replace (or merge when configured), everything else overwrites.
pub fn merge_field(fields: &mut Map<String, Value>, key: String, value: Value, tags_replace: bool) {
    match (key.as_str(), fields.get_mut(&key), value) {
        ("custom_fields", Some(Value::Object(old)), Value::Object(new)) => {
            old.extend(new);
        }
        ("tags", Some(Value::Array(old)), Value::Array(new)) if !tags_replace => {
            for tag in new {
                if !old.contains(&tag) {
                    old.push(tag);
                }
            }
        }
        (_, _, value) => {
            fields.insert(key, value);
        }
    }
}

/// `DELETE /tickets/{id}` → 204 (soft delete).
pub async fn delete(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    set_deleted(ctx, id, true)
}

/// `PUT /tickets/{id}/restore` → 204.
pub async fn restore(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    set_deleted(ctx, id, false)
}

fn set_deleted(ctx: &Ctx<'_>, id: u64, deleted: bool) -> Result<Resp, Reject> {
    let now = time::now();
    ctx.shared.mutate(|s| {
        let t = s.tickets.get_mut(&id).ok_or_else(Reject::not_found)?;
        t.deleted = deleted;
        t.updated_at = now;
        Ok(web::empty(StatusCode::NO_CONTENT))
    })
}
