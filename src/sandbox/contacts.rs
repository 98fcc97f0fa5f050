//! `/api/v2/contacts`, and the requester resolution tickets rely on.
//!
//! Contacts are where uniqueness lives (email, twitter_id,
//! unique_external_id → 409 `duplicate_value`), so ticket creation goes
//! through [`resolve_requester`] here rather than touching contacts itself.

use http::StatusCode;
use serde_json::{Map, Value};

use super::input::{Input, Kind, Schema};
use super::server::Ctx;
use super::store::{Contact, Store};
use super::tickets::{merge_field, paged, parse_id};
use super::time;
use super::web::{self, Reject, Resp};
use crate::freshdesk::error::{ErrorCode, FieldError, ValidationError};

/// Attributes accepted on contact create and update.
pub const CONTACT_SCHEMA: Schema = &[
    ("name", Kind::Str),
    ("email", Kind::Str),
    ("phone", Kind::Str),
    ("mobile", Kind::Str),
    ("twitter_id", Kind::Str),
    ("unique_external_id", Kind::Str),
    ("other_emails", Kind::StrArray),
    ("company_id", Kind::Int),
    ("view_all_tickets", Kind::Bool),
    ("address", Kind::Str),
    ("description", Kind::Str),
    ("job_title", Kind::Str),
    ("language", Kind::Str),
    ("time_zone", Kind::Str),
    ("tags", Kind::StrArray),
    ("custom_fields", Kind::Object),
    ("avatar", Kind::Files),
];

/// Attributes that must be unique across contacts.
const UNIQUE_KEYS: &[&str] = &["email", "twitter_id", "unique_external_id"];
/// At least one of these is mandatory on create.
const IDENTIFIERS: &[&str] = &[
    "email",
    "phone",
    "mobile",
    "twitter_id",
    "unique_external_id",
];

/// `invalid_value` for email attributes (strings or arrays) without `@`.
pub fn check_emails(input: &Input, keys: &[&str]) -> Vec<FieldError> {
    let bad = |v: &Value| v.as_str().is_some_and(|s| !looks_like_email(s));
    keys.iter()
        .filter(|k| match input.fields.get(**k) {
            Some(Value::Array(items)) => items.iter().any(bad),
            Some(v) => bad(v),
            None => false,
        })
        .map(|k| FieldError::invalid_value(*k, "It should be in the 'valid email address' format"))
        .collect()
}

fn looks_like_email(s: &str) -> bool {
    let s = s.trim();
    let Some((local, domain)) = s.rsplit_once('@') else {
        return false;
    };
    !local.is_empty() && domain.contains('.') && !s.contains(char::is_whitespace)
}

/// The live contact whose `key` equals `value` (emails compare
/// case-insensitively and include `other_emails`).
pub fn find_by(store: &Store, key: &str, value: &str) -> Option<u64> {
    store
        .contacts
        .values()
        .filter(|c| !c.deleted)
        .find(|c| {
            let field = c.fields.get(key).and_then(Value::as_str);
            if key == "email" {
                field.is_some_and(|e| e.eq_ignore_ascii_case(value))
                    || c.fields
                        .get("other_emails")
                        .and_then(Value::as_array)
                        .is_some_and(|o| {
                            o.iter()
                                .any(|e| e.as_str().is_some_and(|e| e.eq_ignore_ascii_case(value)))
                        })
            } else if key == "phone" {
                field == Some(value)
                    || c.fields.get("mobile").and_then(Value::as_str) == Some(value)
            } else {
                field == Some(value)
            }
        })
        .map(|c| c.id)
}

/// The requester of a ticket create/update: `requester_id` must exist;
/// otherwise the first identifier given finds a contact or creates one.
pub fn resolve_requester(store: &mut Store, input: &Input, now: i64) -> Result<u64, Reject> {
    if let Some(id) = input.int("requester_id") {
        return match u64::try_from(id)
            .ok()
            .filter(|id| store.contacts.contains_key(id))
        {
            Some(id) => Ok(id),
            None => Err(FieldError::invalid_value(
                "requester_id",
                "There is no contact matching the given requester_id",
            )
            .into()),
        };
    }
    for key in [
        "email",
        "phone",
        "twitter_id",
        "facebook_id",
        "unique_external_id",
    ] {
        let Some(value) = input.str(key).map(str::trim).filter(|v| !v.is_empty()) else {
            continue;
        };
        let lookup = if key == "facebook_id" {
            "facebook_id"
        } else {
            key
        };
        if let Some(id) = find_by(store, lookup, value) {
            return Ok(id);
        }
        let name = input
            .str("name")
            .map(str::to_owned)
            .unwrap_or_else(|| value.split('@').next().unwrap_or(value).to_owned());
        let mut fields = Map::new();
        fields.insert("name".into(), name.into());
        fields.insert(key.into(), value.into());
        let id = store.contact_id();
        store.contacts.insert(
            id,
            Contact {
                id,
                fields,
                deleted: false,
                created_at: now,
                updated_at: now,
            },
        );
        return Ok(id);
    }
    Err(FieldError::missing_field("requester_id").into())
}

fn duplicates(store: &Store, input: &Input, except: Option<u64>) -> Result<(), Reject> {
    let errors: Vec<FieldError> = UNIQUE_KEYS
        .iter()
        .filter(|k| {
            input.str(k).is_some_and(|v| {
                store.contacts.values().any(|c| {
                    Some(c.id) != except
                        && c.fields
                            .get(**k)
                            .and_then(Value::as_str)
                            .is_some_and(|e| e.eq_ignore_ascii_case(v))
                })
            })
        })
        .map(|k| FieldError::duplicate_value(*k))
        .collect();
    if errors.is_empty() {
        Ok(())
    } else {
        Err(Reject::Validation(
            StatusCode::CONFLICT,
            ValidationError::new(errors),
        ))
    }
}

fn stored_fields(input: &Input) -> Map<String, Value> {
    input.fields.clone()
}

/// `POST /contacts` → 201 + `Location`; duplicates → 409.
pub async fn create(ctx: &Ctx<'_>) -> Result<Resp, Reject> {
    let input = ctx.input(CONTACT_SCHEMA).await?;
    let mut errors = check_emails(&input, &["email", "other_emails"]);
    if input.str("name").is_none_or(|n| n.trim().is_empty()) {
        errors.push(FieldError::missing_field("name"));
    }
    if !IDENTIFIERS
        .iter()
        .any(|k| input.str(k).is_some_and(|v| !v.trim().is_empty()))
    {
        errors.push(FieldError::new(
            "email",
            ErrorCode::MissingField,
            "Please fill at least 1 of email, mobile, phone, twitter_id, unique_external_id attributes",
        ));
    }
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let now = time::now();
    let render = &ctx.render;
    let (id, body) = ctx.shared.mutate(|s| -> Result<(u64, Value), Reject> {
        duplicates(s, &input, None)?;
        let id = s.contact_id();
        let contact = Contact {
            id,
            fields: stored_fields(&input),
            deleted: false,
            created_at: now,
            updated_at: now,
        };
        let body = render.contact(&contact);
        s.contacts.insert(id, contact);
        Ok((id, body))
    })?;
    Ok(web::created(
        &render.url(&format!("/api/v2/contacts/{id}")),
        &body,
    ))
}

/// `GET /contacts/{id}`.
pub async fn view(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    ctx.shared.read(|s| {
        let c = s.contacts.get(&id).ok_or_else(Reject::not_found)?;
        Ok(web::json(StatusCode::OK, &ctx.render.contact(c)))
    })
}

/// `GET /contacts` with `email`, `mobile`, `phone`, `company_id`, `state`,
/// `updated_since` filters; deleted contacts only with `state=deleted`.
pub async fn list(ctx: &Ctx<'_>) -> Result<Resp, Reject> {
    let q = &ctx.query;
    q.only(&[
        "email",
        "mobile",
        "phone",
        "company_id",
        "state",
        "updated_since",
        "page",
        "per_page",
    ])?;
    let (page, per_page) = q.pagination(30, 100)?;
    let company_id = parse_id(q.get("company_id"), "company_id")?;
    let state = q.get("state");
    if state.is_some_and(|s| !["blocked", "deleted", "unverified", "verified"].contains(&s)) {
        return Err(FieldError::not_one_of("state", "blocked,deleted,unverified,verified").into());
    }
    let since = match q.get("updated_since") {
        None => None,
        Some(raw) => Some(time::parse(raw).ok_or_else(|| {
            Reject::from(FieldError::invalid_value(
                "updated_since",
                "It should be in the 'valid date time' format",
            ))
        })?),
    };
    let (items, more) = ctx.shared.read(|s| {
        let field_is = |c: &Contact, key: &str, want: Option<&str>| {
            want.is_none_or(|w| {
                c.fields
                    .get(key)
                    .and_then(Value::as_str)
                    .is_some_and(|v| v.eq_ignore_ascii_case(w))
            })
        };
        let rows: Vec<&Contact> = s
            .contacts
            .values()
            .rev()
            .filter(|c| match state {
                Some("deleted") => c.deleted,
                Some("blocked") => false,
                _ => !c.deleted,
            })
            .filter(|c| field_is(c, "email", q.get("email")))
            .filter(|c| field_is(c, "mobile", q.get("mobile")))
            .filter(|c| field_is(c, "phone", q.get("phone")))
            .filter(|c| {
                company_id
                    .is_none_or(|id| c.fields.get("company_id").and_then(Value::as_u64) == Some(id))
            })
            .filter(|c| since.is_none_or(|t| c.updated_at >= t))
            .collect();
        let start = (page - 1).saturating_mul(per_page);
        let more = rows.len() > start.saturating_add(per_page);
        let items: Vec<Value> = rows
            .into_iter()
            .skip(start)
            .take(per_page)
            .map(|c| ctx.render.contact(c))
            .collect();
        (items, more)
    });
    Ok(paged(ctx, page, more, Value::Array(items)))
}

/// `PUT /contacts/{id}` → 200; a deleted contact → 405.
pub async fn update(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    let input = ctx.input(CONTACT_SCHEMA).await?;
    let errors = check_emails(&input, &["email", "other_emails"]);
    if !errors.is_empty() {
        return Err(errors.into());
    }
    let now = time::now();
    let render = &ctx.render;
    let body = ctx.shared.mutate(|s| -> Result<Value, Reject> {
        let contact = s.contacts.get(&id).ok_or_else(Reject::not_found)?;
        if contact.deleted {
            return Err(Reject::deleted());
        }
        duplicates(s, &input, Some(id))?;
        let contact = s.contacts.get_mut(&id).ok_or_else(Reject::not_found)?;
        for (key, value) in stored_fields(&input) {
            merge_field(&mut contact.fields, key, value, true);
        }
        contact.updated_at = now;
        Ok(render.contact(contact))
    })?;
    Ok(web::json(StatusCode::OK, &body))
}

/// `DELETE /contacts/{id}` → 204 (soft).
pub async fn delete(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    set_deleted(ctx, id, true)
}

/// `PUT /contacts/{id}/restore` → 204.
pub async fn restore(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    set_deleted(ctx, id, false)
}

fn set_deleted(ctx: &Ctx<'_>, id: u64, deleted: bool) -> Result<Resp, Reject> {
    let now = time::now();
    ctx.shared.mutate(|s| {
        let c = s.contacts.get_mut(&id).ok_or_else(Reject::not_found)?;
        c.deleted = deleted;
        c.updated_at = now;
        Ok(web::empty(StatusCode::NO_CONTENT))
    })
}

/// `DELETE /contacts/{id}/hard_delete[?force=true]` → 204. Needs a
/// soft-deleted contact unless `force` is truthy (`true`/`True`/`1`);
/// removes the contact's tickets too.
pub async fn hard_delete(ctx: &Ctx<'_>, id: u64) -> Result<Resp, Reject> {
    ctx.query.only(&["force"])?;
    let force = match ctx.query.get("force") {
        None => false,
        Some(v) => super::input::parse_bool(v)
            .ok_or_else(|| Reject::from(FieldError::datatype_mismatch("force", "Boolean")))?,
    };
    ctx.shared.mutate(|s| {
        let c = s.contacts.get(&id).ok_or_else(Reject::not_found)?;
        if !c.deleted && !force {
            return Err(FieldError::invalid_value(
                "contact",
                "The contact should be soft-deleted before it is hard-deleted, or force=true given",
            )
            .into());
        }
        s.contacts.remove(&id);
        let owned: Vec<u64> = s
            .tickets
            .values()
            .filter(|t| t.requester_id == id)
            .map(|t| t.id)
            .collect();
        for t in owned {
            s.purge_ticket(t);
        }
        Ok(web::empty(StatusCode::NO_CONTENT))
    })
}
