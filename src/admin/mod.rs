//! The admin listener: health, readiness and metrics on a port of its own.
//!
//! Kept apart from the proxy's listener so that probes and scrapers never
//! share a port, a TLS setting or a route table with helpdesk traffic, and
//! so that it can be bound to an internal address only (`[admin] addr`,
//! off by default). Plain HTTP/1.1, `GET` (and `HEAD`) only:
//!
//! * `/healthz`: 200 while the process serves at all;
//! * `/readyz`: 200 when the proxy is serving with its upstream client
//!   built and the ledger can be written (or is switched off); otherwise
//!   503 with a one-line reason (`ledger unavailable`, `starting`);
//! * `/metrics`: the [`Metrics`] in the Prometheus text format.
//!
//! When a token is configured (`admin.token_file` or
//! `HUSHDESK_ADMIN_TOKEN`) every request must carry
//! `Authorization: Bearer <token>` (compared in constant time), or gets 401.
//! Answers never hold request data, values or configuration secrets.

use std::convert::Infallible;
use std::future::Future;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use bytes::Bytes;
use http::{header, HeaderValue, Method, Request, Response, StatusCode};
use http_body_util::Full;
use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;

use crate::audit::Ledger;
use crate::config::Secret;

pub mod metrics;

pub use metrics::Metrics;

/// How long an admin client may take to send its request head.
const HEADER_READ: Duration = Duration::from_secs(10);

/// How long open admin connections may take to close at shutdown.
const DRAIN: Duration = Duration::from_secs(2);

/// Pause after a failed `accept` before the next try.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// What the admin endpoints report on. Shared with the proxy.
#[derive(Debug)]
pub struct AdminState {
    /// The proxy's counters.
    pub metrics: Arc<Metrics>,
    /// The ledger, when it is on.
    pub ledger: Option<Ledger>,
    /// The bearer token requests must carry, if configured.
    pub token: Option<Secret>,
    /// Set once the proxy serves with its upstream client built.
    pub serving: Arc<AtomicBool>,
}

impl AdminState {
    /// Whether the proxy is ready for traffic, and if not, why.
    pub fn readiness(&self) -> Result<(), &'static str> {
        if !self.serving.load(Ordering::Relaxed) {
            return Err("starting");
        }
        if self.ledger.as_ref().is_some_and(|l| !l.healthy()) {
            return Err("ledger unavailable");
        }
        Ok(())
    }

    fn ledger_healthy(&self) -> bool {
        self.ledger.as_ref().is_none_or(Ledger::healthy)
    }

    fn authorised(&self, request: &Request<Incoming>) -> bool {
        let Some(token) = &self.token else {
            return true;
        };
        let Some(given) = request
            .headers()
            .get(header::AUTHORIZATION)
            .and_then(|v| v.to_str().ok())
            .and_then(|v| v.strip_prefix("Bearer "))
        else {
            return false;
        };
        constant_time_eq(given.trim().as_bytes(), token.expose().as_bytes())
    }

    /// Answers one admin request.
    pub fn answer(&self, request: &Request<Incoming>) -> Response<Full<Bytes>> {
        if !self.authorised(request) {
            let mut response = text(StatusCode::UNAUTHORIZED, "unauthorised\n");
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
            return response;
        }
        if request.method() != Method::GET && request.method() != Method::HEAD {
            return text(StatusCode::METHOD_NOT_ALLOWED, "GET only\n");
        }
        match request.uri().path() {
            "/healthz" => text(StatusCode::OK, "ok\n"),
            "/readyz" => match self.readiness() {
                Ok(()) => text(StatusCode::OK, "ready\n"),
                Err(reason) => text(StatusCode::SERVICE_UNAVAILABLE, &format!("{reason}\n")),
            },
            "/metrics" => {
                let mut response =
                    text(StatusCode::OK, &self.metrics.render(self.ledger_healthy()));
                response.headers_mut().insert(
                    header::CONTENT_TYPE,
                    HeaderValue::from_static("text/plain; version=0.0.4; charset=utf-8"),
                );
                response
            }
            _ => text(StatusCode::NOT_FOUND, "not found\n"),
        }
    }
}

fn text(status: StatusCode, body: &str) -> Response<Full<Bytes>> {
    let mut response = Response::new(Full::new(Bytes::from(body.to_owned())));
    *response.status_mut() = status;
    response.headers_mut().insert(
        header::CONTENT_TYPE,
        HeaderValue::from_static("text/plain; charset=utf-8"),
    );
    response
        .headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    response
}

fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    if a.len() != b.len() {
        return false;
    }
    a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// Serves the admin endpoints on `listener` until `shutdown` completes.
pub async fn serve(
    listener: TcpListener,
    state: Arc<AdminState>,
    shutdown: impl Future<Output = ()>,
) {
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(%addr, token = state.token.is_some(), "admin listener up");
    }
    let graceful = GracefulShutdown::new();
    let mut builder = hyper::server::conn::http1::Builder::new();
    builder
        .timer(TokioTimer::new())
        .header_read_timeout(HEADER_READ);
    tokio::pin!(shutdown);
    loop {
        let stream = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok((stream, _)) => stream,
                Err(error) => {
                    tracing::warn!(%error, "admin accept failed");
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let state = state.clone();
        let service = service_fn(move |request: Request<Incoming>| {
            let response = state.answer(&request);
            async move { Ok::<_, Infallible>(response) }
        });
        let connection = builder.serve_connection(TokioIo::new(stream), service);
        let watched = graceful.watch(connection);
        tokio::spawn(async move {
            let _ = watched.await;
        });
    }
    drop(listener);
    tokio::select! {
        () = graceful.shutdown() => {}
        () = tokio::time::sleep(DRAIN) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_compare_exactly() {
        assert!(constant_time_eq(b"abc", b"abc"));
        assert!(!constant_time_eq(b"abc", b"abd"));
        assert!(!constant_time_eq(b"abc", b"abcd"));
    }
}
