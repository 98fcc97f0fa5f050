//! Header rules between client and upstream.
//!
//! A proxy must pass end-to-end headers through untouched and drop only
//! what belongs to one connection. So:
//!
//! * hop-by-hop headers (RFC 9110 §7.6.1: `Connection`, `Keep-Alive`,
//!   `Proxy-Connection`, `TE`, `Trailer`, `Transfer-Encoding`, `Upgrade`,
//!   `Proxy-Authorization`, `Proxy-Authenticate`, and every header named in
//!   `Connection`) are removed in both directions;
//! * `Host` is dropped so the client library sets the upstream's from the
//!   URI; `Expect` is dropped because the proxy itself answered it (hyper
//!   sends `100 Continue` when the body is first read);
//! * `Content-Length` is kept when the body passes unchanged, replaced when
//!   the body was rewritten, removed (chunked) when the body streams with an
//!   unknown length;
//! * on responses, `Location` and `link` URLs that start with the upstream
//!   origin are rewritten to the proxy's public base URL when one is
//!   configured;
//! * everything else (`Authorization`, `X-RateLimit-*`, `Retry-After`,
//!   `X-Request-Id`, `Content-Type` with its charset) passes byte for byte.

use http::header::{self, HeaderMap, HeaderName, HeaderValue};

use crate::config::Secret;

/// How the forwarded body is framed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Framing {
    /// The client's body as sent: keep its `Content-Length`, if any.
    Unchanged,
    /// A rewritten body of this many bytes.
    Length(u64),
    /// A stream of unknown length: sent chunked.
    Chunked,
}

const HOP_BY_HOP: [&str; 9] = [
    "connection",
    "keep-alive",
    "proxy-connection",
    "te",
    "trailer",
    "transfer-encoding",
    "upgrade",
    "proxy-authorization",
    "proxy-authenticate",
];

/// Removes hop-by-hop headers, including those named in `Connection`.
pub fn strip_hop_by_hop(headers: &mut HeaderMap) {
    let named: Vec<HeaderName> = headers
        .get_all(header::CONNECTION)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .filter_map(|name| HeaderName::from_bytes(name.trim().as_bytes()).ok())
        .collect();
    for name in named {
        headers.remove(name);
    }
    for name in HOP_BY_HOP {
        headers.remove(name);
    }
}

/// The headers to send upstream for a client request with `headers`.
pub fn upstream_request(
    headers: &HeaderMap,
    framing: Framing,
    api_key: Option<&Secret>,
) -> HeaderMap {
    let mut out = headers.clone();
    strip_hop_by_hop(&mut out);
    out.remove(header::HOST);
    out.remove(header::EXPECT);
    match framing {
        Framing::Unchanged => {}
        Framing::Length(n) => {
            out.insert(header::CONTENT_LENGTH, HeaderValue::from(n));
        }
        Framing::Chunked => {
            out.remove(header::CONTENT_LENGTH);
        }
    }
    if let Some(key) = api_key {
        if let Ok(mut value) = HeaderValue::from_str(&basic_auth(key.expose())) {
            value.set_sensitive(true);
            out.insert(header::AUTHORIZATION, value);
        }
    }
    out
}

fn basic_auth(key: &str) -> String {
    use base64::Engine;
    let token = base64::engine::general_purpose::STANDARD.encode(format!("{key}:X"));
    format!("Basic {token}")
}

/// Rewrites an upstream response's headers for the client.
pub fn downstream_response(headers: &mut HeaderMap, upstream_origin: &str, public: Option<&str>) {
    strip_hop_by_hop(headers);
    let Some(public) = public else {
        return;
    };
    if let Some(value) = headers.get(header::LOCATION) {
        if let Some(new) = rewrite_url(value.as_bytes(), upstream_origin, public) {
            if let Ok(v) = HeaderValue::from_str(&new) {
                headers.insert(header::LOCATION, v);
            }
        }
    }
    let links: Vec<HeaderValue> = headers.get_all(header::LINK).iter().cloned().collect();
    if links.is_empty() {
        return;
    }
    headers.remove(header::LINK);
    for value in links {
        let rewritten = value
            .to_str()
            .ok()
            .map(|v| rewrite_links(v, upstream_origin, public))
            .and_then(|v| HeaderValue::from_str(&v).ok())
            .unwrap_or(value);
        headers.append(header::LINK, rewritten);
    }
}

/// `url` with the upstream origin replaced by `public`, if it starts with
/// it (scheme and host compared case-insensitively; the default port may
/// be written or left out).
pub fn rewrite_url(url: &[u8], upstream_origin: &str, public: &str) -> Option<String> {
    let url = std::str::from_utf8(url).ok()?;
    for origin in origin_forms(upstream_origin) {
        let n = origin.len();
        if url.len() >= n
            && url.is_char_boundary(n)
            && url[..n].eq_ignore_ascii_case(&origin)
            && matches!(url.as_bytes().get(n), None | Some(b'/' | b'?' | b'#'))
        {
            return Some(format!("{public}{}", &url[n..]));
        }
    }
    None
}

/// The origin as written, and with its default port added or removed.
fn origin_forms(origin: &str) -> Vec<String> {
    let mut forms = vec![origin.to_string()];
    for (scheme, port) in [("https://", ":443"), ("http://", ":80")] {
        if origin.len() > scheme.len() && origin[..scheme.len()].eq_ignore_ascii_case(scheme) {
            match origin.strip_suffix(port) {
                Some(bare) => forms.push(bare.to_string()),
                None if !origin[scheme.len()..].contains(':')
                    || (origin[scheme.len()..].starts_with('[') && origin.ends_with(']')) =>
                {
                    forms.push(format!("{origin}{port}"))
                }
                None => {}
            }
        }
    }
    forms
}

/// Rewrites each `<url>` of a `link` header value.
fn rewrite_links(value: &str, upstream_origin: &str, public: &str) -> String {
    let mut out = String::with_capacity(value.len());
    let mut rest = value;
    while let Some(open) = rest.find('<') {
        out.push_str(&rest[..=open]);
        rest = &rest[open + 1..];
        let Some(close) = rest.find('>') else {
            break;
        };
        let url = &rest[..close];
        match rewrite_url(url.as_bytes(), upstream_origin, public) {
            Some(new) => out.push_str(&new),
            None => out.push_str(url),
        }
        rest = &rest[close..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hop_by_hop_and_connection_named_headers_go() {
        let mut h = HeaderMap::new();
        h.insert(
            "connection",
            HeaderValue::from_static("keep-alive, x-private"),
        );
        h.insert("x-private", HeaderValue::from_static("1"));
        h.insert("keep-alive", HeaderValue::from_static("timeout=5"));
        h.insert("transfer-encoding", HeaderValue::from_static("chunked"));
        h.insert("host", HeaderValue::from_static("proxy.local"));
        h.insert("expect", HeaderValue::from_static("100-continue"));
        h.insert("authorization", HeaderValue::from_static("Basic abc"));
        h.insert("x-ratelimit-total", HeaderValue::from_static("200"));
        h.insert("content-length", HeaderValue::from_static("10"));
        let out = upstream_request(&h, Framing::Chunked, None);
        let names: Vec<&str> = out.keys().map(|k| k.as_str()).collect();
        assert_eq!(names, ["authorization", "x-ratelimit-total"]);
        assert_eq!(out["authorization"], "Basic abc");
        let out = upstream_request(&h, Framing::Length(3), Some(&Secret::new("k")));
        assert_eq!(out["content-length"], "3");
        assert_eq!(out["authorization"], "Basic azpY");
    }

    #[test]
    fn location_and_link_are_rewritten() {
        let up = "https://acme.freshdesk.com";
        let public = "https://help.example.org";
        assert_eq!(
            rewrite_url(
                b"https://ACME.freshdesk.com:443/api/v2/tickets/1",
                up,
                public
            )
            .as_deref(),
            Some("https://help.example.org/api/v2/tickets/1")
        );
        assert_eq!(
            rewrite_url(b"https://acme.freshdesk.com.evil/x", up, public),
            None
        );
        assert_eq!(rewrite_url(b"https://other/x", up, public), None);
        let mut h = HeaderMap::new();
        h.insert(
            "link",
            HeaderValue::from_static(
                "<https://acme.freshdesk.com/api/v2/tickets?page=2&per_page=1>;rel=\"next\"",
            ),
        );
        downstream_response(&mut h, up, Some(public));
        assert_eq!(
            h["link"],
            "<https://help.example.org/api/v2/tickets?page=2&per_page=1>;rel=\"next\""
        );
    }
}
