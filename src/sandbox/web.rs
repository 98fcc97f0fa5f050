//! Small HTTP helpers shared by the resource handlers: query strings,
//! percent-decoding, and the answers every handler returns.
//!
//! Handlers return `Result<Resp, Reject>`; [`Reject`] names the error
//! answers (validation body, flat body, bare 404) so that handlers read as
//! the API reference does and the body shapes come from one place
//! (`crate::freshdesk::error`).

use bytes::Bytes;
use http::{HeaderValue, Response, StatusCode};
use http_body_util::Full;
use serde_json::Value;

use crate::freshdesk::error::{ApiError, FieldError, ValidationError};

/// The response type of every handler.
pub type Resp = Response<Full<Bytes>>;

/// The JSON content type Freshdesk sends on every answer.
pub const JSON_UTF8: &str = "application/json; charset=utf-8";

/// An error answer.
#[derive(Debug)]
pub enum Reject {
    /// A validation body with the given status (400, or 409 for duplicates).
    Validation(StatusCode, ValidationError),
    /// A flat `{"code","message"}` body.
    Flat(StatusCode, ApiError),
    /// A bare status with an empty body (404 for unknown ids).
    Empty(StatusCode),
}

impl Reject {
    /// 404 with an empty body.
    pub fn not_found() -> Self {
        Reject::Empty(StatusCode::NOT_FOUND)
    }

    /// 405 for writes to a deleted resource.
    pub fn deleted() -> Self {
        Reject::Flat(
            StatusCode::METHOD_NOT_ALLOWED,
            ApiError::inconsistent_state(),
        )
    }

    /// The answer for this rejection.
    pub fn into_response(self) -> Resp {
        match self {
            Reject::Validation(status, body) => raw(status, Bytes::from(body.to_json_bytes())),
            Reject::Flat(status, body) => raw(status, Bytes::from(body.to_json_bytes())),
            Reject::Empty(status) => raw(status, Bytes::new()),
        }
    }
}

impl From<FieldError> for Reject {
    fn from(e: FieldError) -> Self {
        Reject::Validation(StatusCode::BAD_REQUEST, ValidationError::single(e))
    }
}

impl From<Vec<FieldError>> for Reject {
    fn from(errors: Vec<FieldError>) -> Self {
        Reject::Validation(StatusCode::BAD_REQUEST, ValidationError::new(errors))
    }
}

/// A response with `body` as is.
pub fn raw(status: StatusCode, body: Bytes) -> Resp {
    let mut resp = Response::new(Full::new(body));
    *resp.status_mut() = status;
    resp
}

/// A JSON answer.
pub fn json(status: StatusCode, value: &Value) -> Resp {
    raw(
        status,
        Bytes::from(serde_json::to_vec(value).unwrap_or_default()),
    )
}

/// An empty answer (204 and friends).
pub fn empty(status: StatusCode) -> Resp {
    raw(status, Bytes::new())
}

/// A 201 with `Location`.
pub fn created(location: &str, value: &Value) -> Resp {
    let mut resp = json(StatusCode::CREATED, value);
    if let Ok(v) = HeaderValue::from_str(location) {
        resp.headers_mut().insert(http::header::LOCATION, v);
    }
    resp
}

/// A decoded query string, pairs in arrival order (duplicates kept).
#[derive(Debug, Default, Clone)]
pub struct Query {
    pairs: Vec<(String, String)>,
}

impl Query {
    /// Parses `a=1&b=x%20y` (`+` decodes to a space).
    pub fn parse(raw: Option<&str>) -> Query {
        let pairs = raw
            .unwrap_or("")
            .split('&')
            .filter(|p| !p.is_empty())
            .map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (percent_decode(k), percent_decode(v))
            })
            .collect();
        Query { pairs }
    }

    /// The first value of `key`.
    pub fn get(&self, key: &str) -> Option<&str> {
        self.pairs
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, v)| v.as_str())
    }

    /// The parameter names, in order.
    pub fn keys(&self) -> impl Iterator<Item = &str> {
        self.pairs.iter().map(|(k, _)| k.as_str())
    }

    /// Rejects parameters not in `allowed` with `invalid_field`.
    pub fn only(&self, allowed: &[&str]) -> Result<(), Reject> {
        let errors: Vec<FieldError> = self
            .keys()
            .filter(|k| !allowed.contains(k))
            .map(FieldError::invalid_field)
            .collect();
        if errors.is_empty() {
            Ok(())
        } else {
            Err(errors.into())
        }
    }

    /// This query with `key` set to `value` (other pairs kept, in order),
    /// re-encoded.
    pub fn with(&self, key: &str, value: &str) -> String {
        let mut out: Vec<String> = Vec::new();
        let mut replaced = false;
        for (k, v) in &self.pairs {
            if k == key {
                if !replaced {
                    out.push(format!("{}={}", encode(k), encode(value)));
                    replaced = true;
                }
            } else {
                out.push(format!("{}={}", encode(k), encode(v)));
            }
        }
        if !replaced {
            out.push(format!("{}={}", encode(key), encode(value)));
        }
        out.join("&")
    }

    /// `page` and `per_page` (defaults 1 and `default_per_page`; `per_page`
    /// at most `max_per_page`); out-of-range or non-numeric values give 400.
    pub fn pagination(
        &self,
        default_per_page: usize,
        max_per_page: usize,
    ) -> Result<(usize, usize), Reject> {
        let page = match self.get("page") {
            None => 1,
            Some(p) => match p.parse::<usize>() {
                Ok(n) if n >= 1 => n,
                _ => {
                    return Err(FieldError::invalid_value(
                        "page",
                        "It should be a Positive Integer",
                    )
                    .into())
                }
            },
        };
        let per_page = match self.get("per_page") {
            None => default_per_page,
            Some(p) => match p.parse::<usize>() {
                Ok(n) if (1..=max_per_page).contains(&n) => n,
                _ => {
                    return Err(FieldError::invalid_value(
                        "per_page",
                        format!(
                            "It should be a Positive Integer less than or equal to {max_per_page}"
                        ),
                    )
                    .into())
                }
            },
        };
        Ok((page, per_page))
    }
}

/// Percent-decodes a query component (`+` is a space).
pub fn percent_decode(s: &str) -> String {
    String::from_utf8_lossy(&percent_decode_bytes(s.as_bytes(), true)).into_owned()
}

/// Percent-decodes bytes; `plus_is_space` for form-style components.
pub fn percent_decode_bytes(s: &[u8], plus_is_space: bool) -> Vec<u8> {
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < s.len() {
        match s[i] {
            b'%' if i + 2 < s.len() => {
                let hex = std::str::from_utf8(&s[i + 1..i + 3]).ok();
                match hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                    Some(b) => {
                        out.push(b);
                        i += 3;
                        continue;
                    }
                    None => out.push(b'%'),
                }
            }
            b'+' if plus_is_space => out.push(b' '),
            b => out.push(b),
        }
        i += 1;
    }
    out
}

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for b in s.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~,:'".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn query_decodes_and_reencodes() {
        let q = Query::parse(Some(
            "query=%22tag:'x'%20AND%20priority:3%22&page=2&page=3&e=a+b%2Bc%40d",
        ));
        assert_eq!(q.get("query"), Some("\"tag:'x' AND priority:3\""));
        assert_eq!(q.get("page"), Some("2"), "the first duplicate wins");
        assert_eq!(q.get("e"), Some("a b+c@d"));
        assert_eq!(
            q.with("page", "4"),
            "query=%22tag:'x'%20AND%20priority:3%22&page=4&e=a%20b%2Bc%40d"
        );
        assert_eq!(percent_decode("100%"), "100%");
        assert_eq!(percent_decode("%zz%4"), "%zz%4");
    }
}
