//! Listener, connection handling and the per-request pipeline.
//!
//! Every request passes the same gates in the same order before a resource
//! handler sees it: record → rate limit (429) → auth (401) → Accept (406) →
//! Content-Type (415) → route (404/405). Keeping the gates here, and the
//! handlers free of them, is what makes every answer carry the same
//! headers and lets the request log hold even the refused requests.

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::header::{HeaderName, HeaderValue};
use http::{Method, Request, StatusCode};
use http_body_util::{BodyExt, Limited};
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo};
use hyper_util::server::conn::auto;
use tokio_rustls::TlsAcceptor;

use super::input::{self, Input, Schema};
use super::ratelimit::Verdict;
use super::render::Render;
use super::web::{self, Query, Reject, Resp, JSON_UTF8};
use super::{attachments, auth, contacts, conversations, lock, search, tickets};
use super::{RecordedRequest, Shared};
use crate::freshdesk::error::ApiError;

/// Time allowed for a TLS handshake.
const TLS_HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);
/// Time open requests get to finish after shutdown is signalled.
const SHUTDOWN_GRACE: Duration = Duration::from_secs(10);
/// The value of `X-Freshdesk-Api-Version`.
const API_VERSION: &str = "latest=v2; requested=v2";

/// What a resource handler gets.
pub struct Ctx<'a> {
    /// Shared state.
    pub shared: &'a Shared,
    /// The request path (no query).
    pub path: String,
    /// The decoded query string.
    pub query: Query,
    /// The Content-Type header.
    pub content_type: Option<String>,
    /// The raw body.
    pub body: Bytes,
    /// URL and attachment rendering settings.
    pub render: Render,
}

impl Ctx<'_> {
    /// Parses and validates the body against `schema`.
    pub async fn input(&self, schema: Schema) -> Result<Input, Reject> {
        let options = input::Options {
            custom_field_booleans: self.shared.config.multipart_custom_field_booleans,
        };
        input::read(
            self.content_type.as_deref(),
            self.body.clone(),
            schema,
            options,
        )
        .await
    }

    /// The `link` header value for the next page.
    pub fn next_link(&self, page: usize) -> String {
        format!(
            "<{}?{}>; rel=\"next\"",
            self.render.url(&self.path),
            self.query.with("page", &(page + 1).to_string())
        )
    }
}

pub(super) async fn serve(
    shared: Arc<Shared>,
    listener: tokio::net::TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    shutdown: impl std::future::Future<Output = ()>,
) -> std::io::Result<()> {
    if shared.config.api_key.is_none() {
        tracing::warn!("sandbox accepts any API key (no api_key configured)");
    }
    let acceptor = tls.map(TlsAcceptor::from);
    // Each connection task holds a receiver; after the signal, `closed()`
    // resolves once every task has finished.
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let builder = auto::Builder::new(TokioExecutor::new());
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _peer)) => stream,
                Err(e) => {
                    tracing::warn!(error = %e, "sandbox accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let stop = stop_rx.clone();
        let shared = shared.clone();
        let acceptor = acceptor.clone();
        let builder = builder.clone();
        tokio::spawn(async move {
            let is_tls = acceptor.is_some();
            let svc = service_fn(move |req| {
                let shared = shared.clone();
                async move { Ok::<_, Infallible>(handle(&shared, req, is_tls).await) }
            });
            let result = match acceptor {
                Some(acceptor) => {
                    match tokio::time::timeout(TLS_HANDSHAKE_TIMEOUT, acceptor.accept(stream)).await
                    {
                        Ok(Ok(tls_stream)) => {
                            let conn = builder.serve_connection(TokioIo::new(tls_stream), svc);
                            until_stopped(conn, stop).await
                        }
                        Ok(Err(e)) => {
                            tracing::debug!(error = %e, "sandbox TLS handshake failed");
                            return;
                        }
                        Err(_) => {
                            tracing::debug!("sandbox TLS handshake timed out");
                            return;
                        }
                    }
                }
                None => {
                    let conn = builder.serve_connection(TokioIo::new(stream), svc);
                    until_stopped(conn, stop).await
                }
            };
            if let Err(e) = result {
                tracing::debug!(error = %e, "sandbox connection ended with an error");
            }
        });
    }
    drop(listener);
    drop(stop_rx);
    let _ = stop_tx.send(true);
    if tokio::time::timeout(SHUTDOWN_GRACE, stop_tx.closed())
        .await
        .is_err()
    {
        tracing::warn!("sandbox connections still open after the shutdown grace period");
    }
    shared.save_snapshot();
    Ok(())
}

/// Drives a connection; on the stop signal, finishes in-flight requests
/// and closes.
async fn until_stopped<I, S, B>(
    conn: auto::Connection<'_, I, S, TokioExecutor>,
    mut stop: tokio::sync::watch::Receiver<bool>,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>>
where
    S: hyper::service::Service<Request<Incoming>, Response = http::Response<B>>,
    S::Future: 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    B: hyper::body::Body + 'static,
    B::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    I: hyper::rt::Read + hyper::rt::Write + Unpin + Send + 'static,
    TokioExecutor: hyper::rt::bounds::Http2ServerConnExec<S::Future, B>,
{
    tokio::pin!(conn);
    tokio::select! {
        result = conn.as_mut() => return result,
        _ = stop.changed() => {}
    }
    conn.as_mut().graceful_shutdown();
    conn.await
}

async fn handle(shared: &Shared, req: Request<Incoming>, is_tls: bool) -> Resp {
    let (parts, body) = req.into_parts();
    let limit = shared.config.max_body_bytes;
    let (body, too_large) = match BodyExt::collect(Limited::new(body, limit)).await {
        Ok(collected) => (collected.to_bytes(), false),
        Err(_) => (Bytes::new(), true),
    };
    record(shared, &parts, &body);
    let seq = shared.request_seq.fetch_add(1, Ordering::Relaxed);
    let request_id = request_id(seq);

    let base_url = base_url(shared, &parts, is_tls);
    let render = Render {
        base_url,
        size_field: shared.config.attachment_size_field,
    };
    let path = parts.uri.path().to_owned();
    if let Some(rest) = path.strip_prefix("/sandbox/attachments/") {
        let mut resp = attachments::download(shared, &parts.method, rest);
        set(&mut resp, "x-request-id", &request_id);
        return resp;
    }

    let query = Query::parse(parts.uri.query());
    let includes = query
        .get("include")
        .map_or(0, |v| v.split(',').filter(|s| !s.is_empty()).count());
    let verdict = {
        let forced = shared
            .config
            .force_429
            .load(Ordering::SeqCst)
            .then_some(shared.config.retry_after_secs);
        lock(&shared.limiter).charge(
            1 + includes as u32,
            shared.config.rate_limit_total,
            shared.config.enforce_rate_limit,
            forced,
        )
    };
    let mut resp = if let Some(secs) = verdict.retry_after {
        let mut r = web::empty(StatusCode::TOO_MANY_REQUESTS);
        set(&mut r, "retry-after", &secs.to_string());
        r
    } else if !auth::authorized(&parts.headers, shared.config.api_key.as_deref()) {
        Reject::Flat(StatusCode::UNAUTHORIZED, ApiError::invalid_credentials()).into_response()
    } else if !accept_ok(&parts.headers) {
        Reject::Flat(
            StatusCode::NOT_ACCEPTABLE,
            ApiError::invalid_accept_header(),
        )
        .into_response()
    } else if too_large {
        web::empty(StatusCode::PAYLOAD_TOO_LARGE)
    } else if !content_type_ok(&parts.headers, body.is_empty()) {
        Reject::Flat(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::invalid_content_type(),
        )
        .into_response()
    } else {
        let ctx = Ctx {
            shared,
            path: path.clone(),
            query,
            content_type: header_str(&parts.headers, http::header::CONTENT_TYPE),
            body,
            render,
        };
        route(&ctx, &parts.method, &path)
            .await
            .unwrap_or_else(Reject::into_response)
    };
    common_headers(&mut resp, &verdict, &request_id);
    tracing::debug!(
        method = %parts.method,
        path = %path,
        status = resp.status().as_u16(),
        request_id = %request_id,
        "sandbox request"
    );
    resp
}

async fn route(ctx: &Ctx<'_>, method: &Method, path: &str) -> Result<Resp, Reject> {
    let Some(rest) = path.strip_prefix("/api/v2/") else {
        return Err(Reject::not_found());
    };
    let segs: Vec<&str> = rest.trim_end_matches('/').split('/').collect();
    let id = |s: &str| s.parse::<u64>().map_err(|_| Reject::not_found());
    let m = method.clone();
    match segs.as_slice() {
        ["tickets"] => match m {
            Method::GET => tickets::list(ctx).await,
            Method::POST => tickets::create(ctx).await,
            _ => not_allowed("GET, POST"),
        },
        ["tickets", t] => match m {
            Method::GET => tickets::view(ctx, id(t)?).await,
            Method::PUT => tickets::update(ctx, id(t)?).await,
            Method::DELETE => tickets::delete(ctx, id(t)?).await,
            _ => not_allowed("GET, PUT, DELETE"),
        },
        ["tickets", t, "restore"] => match m {
            Method::PUT => tickets::restore(ctx, id(t)?).await,
            _ => not_allowed("PUT"),
        },
        ["tickets", t, kind @ ("reply" | "notes")] => match m {
            Method::POST => conversations::create(ctx, id(t)?, *kind == "notes").await,
            _ => not_allowed("POST"),
        },
        ["tickets", t, "conversations"] => match m {
            Method::GET => conversations::list(ctx, id(t)?).await,
            _ => not_allowed("GET"),
        },
        ["conversations", c] => match m {
            Method::PUT => conversations::update(ctx, id(c)?).await,
            Method::DELETE => conversations::delete(ctx, id(c)?).await,
            _ => not_allowed("PUT, DELETE"),
        },
        ["contacts"] => match m {
            Method::GET => contacts::list(ctx).await,
            Method::POST => contacts::create(ctx).await,
            _ => not_allowed("GET, POST"),
        },
        ["contacts", c] => match m {
            Method::GET => contacts::view(ctx, id(c)?).await,
            Method::PUT => contacts::update(ctx, id(c)?).await,
            Method::DELETE => contacts::delete(ctx, id(c)?).await,
            _ => not_allowed("GET, PUT, DELETE"),
        },
        ["contacts", c, "restore"] => match m {
            Method::PUT => contacts::restore(ctx, id(c)?).await,
            _ => not_allowed("PUT"),
        },
        ["contacts", c, "hard_delete"] => match m {
            Method::DELETE => contacts::hard_delete(ctx, id(c)?).await,
            _ => not_allowed("DELETE"),
        },
        ["search", "tickets"] => match m {
            Method::GET => search::tickets(ctx).await,
            _ => not_allowed("GET"),
        },
        ["search", "contacts"] => match m {
            Method::GET => search::contacts(ctx).await,
            _ => not_allowed("GET"),
        },
        ["attachments", a] => match m {
            Method::DELETE => attachments::delete(ctx, id(a)?).await,
            _ => not_allowed("DELETE"),
        },
        _ => Err(Reject::not_found()),
    }
}

fn not_allowed(allowed: &str) -> Result<Resp, Reject> {
    let mut resp = Reject::Flat(
        StatusCode::METHOD_NOT_ALLOWED,
        ApiError::method_not_allowed(allowed),
    )
    .into_response();
    set(&mut resp, "allow", allowed);
    Ok(resp)
}

fn record(shared: &Shared, parts: &http::request::Parts, body: &Bytes) {
    let capacity = shared.config.request_log_capacity;
    if capacity == 0 {
        return;
    }
    let mut headers = parts.headers.clone();
    if let Some(v) = headers.get_mut(http::header::AUTHORIZATION) {
        v.set_sensitive(true);
    }
    let entry = RecordedRequest {
        method: parts.method.clone(),
        path_and_query: parts
            .uri
            .path_and_query()
            .map_or_else(|| parts.uri.path().to_owned(), |pq| pq.as_str().to_owned()),
        content_type: header_str(&parts.headers, http::header::CONTENT_TYPE),
        headers,
        body: body.clone(),
    };
    let mut log = lock(&shared.log);
    while log.len() >= capacity {
        log.pop_front();
    }
    log.push_back(entry);
}

fn base_url(shared: &Shared, parts: &http::request::Parts, is_tls: bool) -> String {
    if let Some(configured) = &shared.config.public_base_url {
        return configured.trim_end_matches('/').to_owned();
    }
    let host = parts
        .uri
        .authority()
        .map(|a| a.as_str().to_owned())
        .or_else(|| header_str(&parts.headers, http::header::HOST))
        .unwrap_or_else(|| "localhost".to_owned());
    let url = format!("{}://{host}", if is_tls { "https" } else { "http" });
    *lock(&shared.seen_base_url) = Some(url.clone());
    url
}

fn header_str(headers: &http::HeaderMap, name: HeaderName) -> Option<String> {
    headers
        .get(name)
        .and_then(|v| v.to_str().ok())
        .map(str::to_owned)
}

/// `Accept` absent, or naming JSON or a wildcard that covers it.
fn accept_ok(headers: &http::HeaderMap) -> bool {
    let values: Vec<&str> = headers
        .get_all(http::header::ACCEPT)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .collect();
    if values.is_empty() {
        return true;
    }
    values.iter().flat_map(|v| v.split(',')).any(|range| {
        let mime = range
            .split(';')
            .next()
            .unwrap_or("")
            .trim()
            .to_ascii_lowercase();
        matches!(
            mime.as_str(),
            "application/json" | "application/*" | "*/*" | ""
        )
    })
}

/// JSON or multipart; no Content-Type is fine only without a body.
fn content_type_ok(headers: &http::HeaderMap, body_empty: bool) -> bool {
    match headers
        .get(http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
    {
        None => body_empty && headers.get(http::header::CONTENT_TYPE).is_none(),
        Some(ct) => {
            let mime = ct
                .split(';')
                .next()
                .unwrap_or("")
                .trim()
                .to_ascii_lowercase();
            mime == "application/json" || mime == "multipart/form-data"
        }
    }
}

fn common_headers(resp: &mut Resp, verdict: &Verdict, request_id: &str) {
    set(resp, "content-type", JSON_UTF8);
    set(resp, "x-ratelimit-total", &verdict.total.to_string());
    set(
        resp,
        "x-ratelimit-remaining",
        &verdict.remaining.to_string(),
    );
    set(
        resp,
        "x-ratelimit-used-currentrequest",
        &verdict.used_now.to_string(),
    );
    set(resp, "x-request-id", request_id);
    set(resp, "x-freshdesk-api-version", API_VERSION);
}

/// Sets a header; values here are built by the sandbox and always valid.
pub fn set(resp: &mut Resp, name: &'static str, value: &str) {
    if let Ok(v) = HeaderValue::from_str(value) {
        resp.headers_mut().insert(HeaderName::from_static(name), v);
    }
}

/// A UUID-shaped id, unique per process run.
fn request_id(seq: u64) -> String {
    use std::hash::{BuildHasher, Hasher};
    let state = std::collections::hash_map::RandomState::new();
    let mut h = state.build_hasher();
    h.write_u64(seq);
    let a = h.finish();
    h.write_u64(a);
    let b = h.finish();
    let hex = format!("{a:016x}{b:016x}");
    format!(
        "{}-{}-{}-{}-{}",
        &hex[..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}
