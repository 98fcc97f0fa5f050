//! The accept loop: TCP, optional TLS, HTTP/1.1 and HTTP/2, graceful
//! shutdown.
//!
//! Each connection runs in its own task under hyper-util's auto builder
//! (HTTP/2 by ALPN or preface, HTTP/1.1 otherwise). Slow or silent clients
//! are bounded: the TLS handshake by `timeouts.tls_handshake`, the first
//! bytes of a plain connection and every HTTP/1.1 request head (including
//! the idle wait between kept-alive requests) by
//! `timeouts.request_header_read`. On shutdown the listener stops
//! accepting, every connection is told to finish its in-flight requests
//! and close, and the wait is bounded by `timeouts.shutdown_drain`.

use std::future::Future;
use std::sync::Arc;
use std::time::Duration;

use hyper::body::Incoming;
use hyper::service::service_fn;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::{GracefulShutdown, Watcher};
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::{TcpListener, TcpStream};
use tokio_rustls::TlsAcceptor;

use super::service::{handle, State};
use crate::config::Timeouts;

/// Pause after a failed `accept` (e.g. out of file descriptors) before the
/// next try, so the loop does not spin.
const ACCEPT_BACKOFF: Duration = Duration::from_millis(100);

/// Accepts connections until `shutdown` completes, then drains.
pub(super) async fn run(
    listener: TcpListener,
    tls: Option<Arc<rustls::ServerConfig>>,
    state: Arc<State>,
    shutdown: impl Future<Output = ()>,
) {
    let timeouts = state.settings().timeouts;
    let acceptor = tls.map(TlsAcceptor::from);
    let graceful = GracefulShutdown::new();
    let mut builder = auto::Builder::new(TokioExecutor::new());
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(timeouts.request_header_read);
    builder.http2().timer(TokioTimer::new());
    tokio::pin!(shutdown);
    loop {
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(pair) => pair,
                Err(error) => {
                    tracing::warn!(%error, "accept failed");
                    tokio::time::sleep(ACCEPT_BACKOFF).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let _ = stream.set_nodelay(true);
        let watcher = graceful.watcher();
        let state = state.clone();
        let builder = builder.clone();
        let acceptor = acceptor.clone();
        tokio::spawn(async move {
            let outcome = connection(stream, acceptor, state, builder, watcher, timeouts).await;
            if let Err(reason) = outcome {
                tracing::debug!(%peer, reason, "connection closed early");
            }
        });
    }
    drop(listener);
    tracing::info!(
        connections = graceful.count(),
        "shutting down: draining in-flight requests"
    );
    tokio::select! {
        () = graceful.shutdown() => tracing::info!("all connections closed"),
        () = tokio::time::sleep(timeouts.shutdown_drain) => {
            tracing::warn!("shutdown drain timeout reached; closing remaining connections")
        }
    }
}

async fn connection(
    stream: TcpStream,
    acceptor: Option<TlsAcceptor>,
    state: Arc<State>,
    builder: auto::Builder<TokioExecutor>,
    watcher: Watcher,
    timeouts: Timeouts,
) -> Result<(), &'static str> {
    match acceptor {
        Some(acceptor) => {
            let tls = tokio::time::timeout(timeouts.tls_handshake, acceptor.accept(stream))
                .await
                .map_err(|_| "tls handshake timeout")?
                .map_err(|_| "tls handshake failed")?;
            serve(tls, state, builder, watcher).await
        }
        None => {
            tokio::time::timeout(timeouts.request_header_read, stream.readable())
                .await
                .map_err(|_| "no request within request_header_read")?
                .map_err(|_| "connection failed")?;
            serve(stream, state, builder, watcher).await
        }
    }
}

async fn serve<I>(
    io: I,
    state: Arc<State>,
    builder: auto::Builder<TokioExecutor>,
    watcher: Watcher,
) -> Result<(), &'static str>
where
    I: AsyncRead + AsyncWrite + Unpin + Send + 'static,
{
    let service = service_fn(move |request: hyper::Request<Incoming>| {
        let state = state.clone();
        async move { handle(state, request).await }
    });
    let connection = builder.serve_connection(TokioIo::new(io), service);
    watcher
        .watch(connection.into_owned())
        .await
        .map_err(|_| "connection error")
}
