//! `GET /api/v2/search/tickets|contacts?query="…"`: a small, honest subset
//! of Freshdesk's filter language.
//!
//! Supported: the whole query wrapped in double quotes (≤ 512 chars);
//! terms `field:value`, `field:'text'`, `field:>value`, `field:<value`
//! (bounds inclusive by default: `search_range_inclusive`); values are
//! integers, `'quoted strings'`, `true`, `false`, `null`; `AND`, `OR`
//! (AND binds tighter) and parentheses. Strings compare
//! case-insensitively; a date value (`'2024-01-31'`) on a date field
//! matches that whole UTC day. Fields on tickets: `tag`, `status`,
//! `priority`, `source`, `type`, `requester_id`, `responder_id`
//! (`agent_id`), `group_id`, `company_id`, `product_id`, `created_at`,
//! `updated_at`, `due_by`, `fr_due_by`, and custom fields by name with or
//! without the `cf_` prefix. On contacts: `email`, `name`, `phone`,
//! `mobile`, `twitter_id`, `unique_external_id`, `company_id`, `tag`,
//! `language`, `time_zone`, `created_at`, `updated_at`, custom fields.
//! Not supported: `~` (contains), `NOT`, archived tickets. Results are
//! newest first, 30 per page, `page` 1–10; the answer is
//! `{"total":N,"results":[…]}` and no index lag is simulated.

use http::StatusCode;
use serde_json::{json, Value};

use super::server::Ctx;
use super::store::{Contact, Store, Ticket};
use super::time;
use super::web::{self, Reject, Resp};
use crate::freshdesk::error::FieldError;

const PER_PAGE: usize = 30;
const MAX_PAGE: usize = 10;
const MAX_QUERY_CHARS: usize = 512;

/// A parsed filter expression.
#[derive(Debug, Clone, PartialEq)]
enum Expr {
    Or(Vec<Expr>),
    And(Vec<Expr>),
    Term { field: String, op: Op, value: Lit },
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Op {
    Eq,
    Gt,
    Lt,
}

#[derive(Debug, Clone, PartialEq)]
enum Lit {
    Int(i64),
    Str(String),
    Bool(bool),
    Null,
}

fn bad_query(message: &str) -> Reject {
    FieldError::invalid_value("query", message).into()
}

/// Parses a query string value (with its surrounding double quotes).
fn parse(raw: &str) -> Result<Expr, Reject> {
    if raw.chars().count() > MAX_QUERY_CHARS {
        return Err(bad_query("It should not exceed 512 characters"));
    }
    let inner = raw
        .trim()
        .strip_prefix('"')
        .and_then(|s| s.strip_suffix('"'))
        .ok_or_else(|| bad_query("It should be wrapped in double quotes"))?;
    let tokens = tokenize(inner)?;
    let mut pos = 0;
    let expr = parse_or(&tokens, &mut pos)?;
    if pos != tokens.len() {
        return Err(bad_query("Unexpected token in query"));
    }
    Ok(expr)
}

#[derive(Debug, Clone, PartialEq)]
enum Tok {
    Open,
    Close,
    And,
    Or,
    Term(String, Op, Lit),
}

fn tokenize(s: &str) -> Result<Vec<Tok>, Reject> {
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            c if c.is_whitespace() => i += 1,
            '(' => {
                out.push(Tok::Open);
                i += 1;
            }
            ')' => {
                out.push(Tok::Close);
                i += 1;
            }
            _ => {
                let start = i;
                while i < chars.len() && (chars[i].is_alphanumeric() || chars[i] == '_') {
                    i += 1;
                }
                let word: String = chars[start..i].iter().collect();
                if word.is_empty() {
                    return Err(bad_query("Unexpected character in query"));
                }
                if i >= chars.len() || chars[i] != ':' {
                    match word.as_str() {
                        "AND" => out.push(Tok::And),
                        "OR" => out.push(Tok::Or),
                        _ => return Err(bad_query("Expected field:value")),
                    }
                    continue;
                }
                i += 1; // ':'
                let op = match chars.get(i) {
                    Some('>') => {
                        i += 1;
                        Op::Gt
                    }
                    Some('<') => {
                        i += 1;
                        Op::Lt
                    }
                    _ => Op::Eq,
                };
                let lit = if chars.get(i) == Some(&'\'') {
                    let end = chars[i + 1..]
                        .iter()
                        .position(|c| *c == '\'')
                        .ok_or_else(|| bad_query("Unterminated string in query"))?;
                    let text: String = chars[i + 1..i + 1 + end].iter().collect();
                    i += end + 2;
                    Lit::Str(text)
                } else {
                    let vstart = i;
                    while i < chars.len() && !chars[i].is_whitespace() && chars[i] != ')' {
                        i += 1;
                    }
                    let v: String = chars[vstart..i].iter().collect();
                    match v.as_str() {
                        "true" => Lit::Bool(true),
                        "false" => Lit::Bool(false),
                        "null" => Lit::Null,
                        _ => Lit::Int(v.parse().map_err(|_| {
                            bad_query("Values should be integers, 'strings', true, false or null")
                        })?),
                    }
                };
                out.push(Tok::Term(word.to_ascii_lowercase(), op, lit));
            }
        }
    }
    Ok(out)
}

fn parse_or(t: &[Tok], pos: &mut usize) -> Result<Expr, Reject> {
    let mut items = vec![parse_and(t, pos)?];
    while t.get(*pos) == Some(&Tok::Or) {
        *pos += 1;
        items.push(parse_and(t, pos)?);
    }
    Ok(if items.len() == 1 {
        items.remove(0)
    } else {
        Expr::Or(items)
    })
}

fn parse_and(t: &[Tok], pos: &mut usize) -> Result<Expr, Reject> {
    let mut items = vec![parse_atom(t, pos)?];
    while t.get(*pos) == Some(&Tok::And) {
        *pos += 1;
        items.push(parse_atom(t, pos)?);
    }
    Ok(if items.len() == 1 {
        items.remove(0)
    } else {
        Expr::And(items)
    })
}

fn parse_atom(t: &[Tok], pos: &mut usize) -> Result<Expr, Reject> {
    match t.get(*pos) {
        Some(Tok::Open) => {
            *pos += 1;
            let e = parse_or(t, pos)?;
            if t.get(*pos) != Some(&Tok::Close) {
                return Err(bad_query("Unbalanced parentheses in query"));
            }
            *pos += 1;
            Ok(e)
        }
        Some(Tok::Term(f, op, v)) => {
            *pos += 1;
            Ok(Expr::Term {
                field: f.clone(),
                op: *op,
                value: v.clone(),
            })
        }
        _ => Err(bad_query("Expected field:value")),
    }
}

/// The values of one field of a record; dates as epoch seconds.
enum Field {
    Values(Vec<Value>),
    Date(Option<i64>),
    Unknown,
}

fn ticket_field(t: &Ticket, name: &str) -> Field {
    let f = &t.fields;
    let one = |key: &str| Field::Values(vec![f.get(key).cloned().unwrap_or(Value::Null)]);
    match name {
        "tag" => Field::Values(
            f.get("tags")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        ),
        "status" | "priority" | "source" | "type" | "group_id" | "company_id" | "product_id"
        | "responder_id" => one(name),
        "agent_id" => one("responder_id"),
        "requester_id" => Field::Values(vec![t.requester_id.into()]),
        "created_at" => Field::Date(Some(t.created_at)),
        "updated_at" => Field::Date(Some(t.updated_at)),
        "due_by" | "fr_due_by" => {
            Field::Date(f.get(name).and_then(Value::as_str).and_then(time::parse))
        }
        other => custom(f.get("custom_fields"), other),
    }
}

fn contact_field(c: &Contact, name: &str) -> Field {
    let f = &c.fields;
    match name {
        "tag" => Field::Values(
            f.get("tags")
                .and_then(Value::as_array)
                .cloned()
                .unwrap_or_default(),
        ),
        "email" => {
            let mut v = vec![f.get("email").cloned().unwrap_or(Value::Null)];
            v.extend(
                f.get("other_emails")
                    .and_then(Value::as_array)
                    .cloned()
                    .unwrap_or_default(),
            );
            Field::Values(v)
        }
        "name" | "phone" | "mobile" | "twitter_id" | "unique_external_id" | "company_id"
        | "language" | "time_zone" => {
            Field::Values(vec![f.get(name).cloned().unwrap_or(Value::Null)])
        }
        "created_at" => Field::Date(Some(c.created_at)),
        "updated_at" => Field::Date(Some(c.updated_at)),
        other => custom(f.get("custom_fields"), other),
    }
}

fn custom(custom_fields: Option<&Value>, name: &str) -> Field {
    let Some(map) = custom_fields.and_then(Value::as_object) else {
        return Field::Unknown;
    };
    let key = if map.contains_key(name) {
        name.to_owned()
    } else {
        format!("cf_{name}")
    };
    match map.get(&key) {
        Some(v) => Field::Values(vec![v.clone()]),
        None => Field::Unknown,
    }
}

fn matches(expr: &Expr, lookup: &dyn Fn(&str) -> Field, inclusive: bool) -> bool {
    match expr {
        Expr::Or(items) => items.iter().any(|e| matches(e, lookup, inclusive)),
        Expr::And(items) => items.iter().all(|e| matches(e, lookup, inclusive)),
        Expr::Term { field, op, value } => match lookup(field) {
            Field::Unknown => *value == Lit::Null && *op == Op::Eq,
            Field::Date(at) => match (at, value) {
                (None, Lit::Null) => *op == Op::Eq,
                (Some(at), Lit::Str(s)) => match time::parse(s) {
                    Some(start) => {
                        // A bare date covers its whole day.
                        let end = if s.trim().len() == 10 {
                            start + 86_399
                        } else {
                            start
                        };
                        match op {
                            Op::Eq => (start..=end).contains(&at),
                            Op::Gt => at > end || (inclusive && at >= start),
                            Op::Lt => at < start || (inclusive && at <= end),
                        }
                    }
                    None => false,
                },
                _ => false,
            },
            Field::Values(values) => values.iter().any(|v| compare(v, *op, value, inclusive)),
        },
    }
}

fn compare(v: &Value, op: Op, lit: &Lit, inclusive: bool) -> bool {
    match (v, lit) {
        (Value::Null, Lit::Null) => op == Op::Eq,
        (Value::Bool(b), Lit::Bool(l)) => op == Op::Eq && b == l,
        (Value::String(s), Lit::Str(l)) => op == Op::Eq && s.eq_ignore_ascii_case(l),
        (Value::String(s), Lit::Int(l)) => op == Op::Eq && s.trim() == l.to_string(),
        (Value::Number(n), Lit::Int(l)) => n.as_i64().is_some_and(|n| match op {
            Op::Eq => n == *l,
            Op::Gt => n > *l || (inclusive && n == *l),
            Op::Lt => n < *l || (inclusive && n == *l),
        }),
        _ => false,
    }
}

fn query_and_page(ctx: &Ctx<'_>) -> Result<(Expr, usize), Reject> {
    ctx.query.only(&["query", "page"])?;
    let raw = ctx
        .query
        .get("query")
        .ok_or_else(|| Reject::from(FieldError::missing_field("query")))?;
    let page = match ctx.query.get("page") {
        None => 1,
        Some(p) => p
            .parse::<usize>()
            .ok()
            .filter(|p| (1..=MAX_PAGE).contains(p))
            .ok_or_else(|| {
                Reject::from(FieldError::invalid_value(
                    "page",
                    "It should be between 1 and 10",
                ))
            })?,
    };
    Ok((parse(raw)?, page))
}

fn answer(total: usize, results: Vec<Value>) -> Resp {
    web::json(
        StatusCode::OK,
        &json!({ "total": total, "results": results }),
    )
}

/// `GET /search/tickets`.
pub async fn tickets(ctx: &Ctx<'_>) -> Result<Resp, Reject> {
    let (expr, page) = query_and_page(ctx)?;
    let inclusive = ctx.shared.config.search_range_inclusive;
    Ok(ctx.shared.read(|s: &Store| {
        let mut hits: Vec<&Ticket> = s
            .tickets
            .values()
            .filter(|t| !t.deleted)
            .filter(|t| matches(&expr, &|f| ticket_field(t, f), inclusive))
            .collect();
        hits.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        let total = hits.len();
        let results = hits
            .into_iter()
            .skip((page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|t| ctx.render.ticket(s, t))
            .collect();
        answer(total, results)
    }))
}

/// `GET /search/contacts`.
pub async fn contacts(ctx: &Ctx<'_>) -> Result<Resp, Reject> {
    let (expr, page) = query_and_page(ctx)?;
    let inclusive = ctx.shared.config.search_range_inclusive;
    Ok(ctx.shared.read(|s: &Store| {
        let mut hits: Vec<&Contact> = s
            .contacts
            .values()
            .filter(|c| !c.deleted)
            .filter(|c| matches(&expr, &|f| contact_field(c, f), inclusive))
            .collect();
        hits.sort_by(|a, b| b.created_at.cmp(&a.created_at).then(b.id.cmp(&a.id)));
        let total = hits.len();
        let results = hits
            .into_iter()
            .skip((page - 1) * PER_PAGE)
            .take(PER_PAGE)
            .map(|c| ctx.render.contact(c))
            .collect();
        answer(total, results)
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn eval(query: &str, fields: Value) -> bool {
        let t = Ticket {
            id: 1,
            fields: fields.as_object().cloned().unwrap_or_default(),
            requester_id: 7,
            attachments: vec![],
            deleted: false,
            created_at: 1_700_000_000,
            updated_at: 1_700_000_000,
        };
        let expr = parse(query).unwrap_or_else(|_| panic!("query {query} should parse"));
        matches(&expr, &|f| ticket_field(&t, f), true)
    }

    #[test]
    fn evaluates_the_supported_subset() {
        let t = json!({"status":2,"priority":3,"tags":["vip","eu"],"custom_fields":{"cf_region":"North"}});
        assert!(eval(r#""tag:'vip' AND priority:3""#, t.clone()));
        assert!(eval(
            r#""status:3 OR (tag:'eu' AND priority:>2)""#,
            t.clone()
        ));
        assert!(!eval(r#""priority:>4""#, t.clone()));
        assert!(eval(r#""priority:<3""#, t.clone()), "bounds are inclusive");
        assert!(eval(r#""region:'north' AND cf_region:'NORTH'""#, t.clone()));
        assert!(eval(r#""type:null AND requester_id:7""#, t.clone()));
        assert!(eval(r#""created_at:'2023-11-14'""#, t.clone()));
        assert!(eval(
            r#""created_at:>'2023-11-01' AND created_at:<'2023-11-30'""#,
            t.clone()
        ));
        assert!(!eval(r#""tag:'nope'""#, t));
    }

    #[test]
    fn rejects_malformed_queries() {
        for bad in [
            "tag:'x'",
            r#""tag:'x""#,
            r#""(status:2""#,
            r#""status:two""#,
            r#""status""#,
        ] {
            assert!(parse(bad).is_err(), "{bad} should be rejected");
        }
    }
}
