//! Basic auth as Freshdesk does it: the API key is the username, the
//! password is ignored (clients send `X`, `dummy`, `unused_with_api_key`).
//!
//! The key is compared in constant time and never logged.

use base64::engine::general_purpose::STANDARD;
use base64::Engine;
use http::HeaderMap;

/// Whether the request's `Authorization` header carries an accepted key.
/// `expected = None` accepts any well-formed Basic credential.
pub fn authorized(headers: &HeaderMap, expected: Option<&str>) -> bool {
    let Some(username) = basic_username(headers) else {
        return false;
    };
    match expected {
        None => !username.is_empty(),
        Some(key) => constant_time_eq(username.as_bytes(), key.as_bytes()),
    }
}

/// The username of a `Basic` Authorization header.
fn basic_username(headers: &HeaderMap) -> Option<String> {
    let value = headers.get(http::header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, encoded) = value.trim().split_once(' ')?;
    if !scheme.eq_ignore_ascii_case("basic") {
        return None;
    }
    let decoded = STANDARD.decode(encoded.trim()).ok()?;
    let text = String::from_utf8(decoded).ok()?;
    let (user, _password) = text.split_once(':').unwrap_or((&text, ""));
    Some(user.to_owned())
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_auth(value: &str) -> HeaderMap {
        let mut h = HeaderMap::new();
        h.insert(http::header::AUTHORIZATION, value.parse().unwrap());
        h
    }

    #[test]
    fn key_is_username_and_password_is_ignored() {
        let good = format!("Basic {}", STANDARD.encode("k3y:X"));
        let other_pw = format!("Basic {}", STANDARD.encode("k3y:unused_with_api_key"));
        let bad = format!("Basic {}", STANDARD.encode("nope:X"));
        assert!(authorized(&with_auth(&good), Some("k3y")));
        assert!(authorized(&with_auth(&other_pw), Some("k3y")));
        assert!(!authorized(&with_auth(&bad), Some("k3y")));
        assert!(!authorized(&HeaderMap::new(), Some("k3y")));
        assert!(
            !authorized(&HeaderMap::new(), None),
            "a credential is still required"
        );
        assert!(authorized(&with_auth(&bad), None));
        assert!(!authorized(&with_auth("Bearer k3y"), Some("k3y")));
    }
}
