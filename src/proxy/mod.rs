//! The redacting reverse proxy.
//!
//! Every Freshdesk v2 request arrives here; writes that carry ticket content
//! are scrubbed by the [`crate::ticket::TicketPipeline`] before they are
//! forwarded over TLS, everything else streams through untouched, and the
//! helpdesk's answer returns unchanged. The module is split by concern:
//!
//! * `listener` — accept, optional TLS, HTTP/1.1 + HTTP/2, graceful
//!   shutdown bounded by `timeouts.shutdown_drain`;
//! * `service` — route matching, body caps, the pipeline, report-only;
//! * [`upstream`] — the pooled rustls client and its timeouts;
//! * [`headers`] — hop-by-hop, `Host`, `Content-Length`, `Location`/`link`;
//! * [`error`] — the one place errors become statuses and helpdesk-shaped
//!   bodies.
//!
//! Use [`serve`] to run on a listener until a shutdown future completes, or
//! [`Proxy`] to run in the background of a test or the demo.

use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;

use bytes::Bytes;
use tokio::net::TcpListener;

use crate::config::Settings;
use crate::ticket::TicketPipeline;

pub mod error;
pub mod headers;
mod listener;
mod service;
pub mod upstream;

pub use error::{ProxyError, RequestError};

/// Errors carried by proxied bodies.
pub type BoxError = Box<dyn std::error::Error + Send + Sync>;

/// The body type of requests sent upstream and responses sent to clients.
pub type ProxyBody = http_body_util::combinators::UnsyncBoxBody<Bytes, BoxError>;

/// Binds the configured listening address.
pub async fn bind(settings: &Settings) -> Result<TcpListener, ProxyError> {
    TcpListener::bind(settings.listen)
        .await
        .map_err(|source| ProxyError::Bind {
            addr: settings.listen,
            source,
        })
}

/// Serves the proxy on `listener` until `shutdown` completes, then lets
/// in-flight requests finish (at most `timeouts.shutdown_drain`).
pub async fn serve(
    settings: Arc<Settings>,
    listener: TcpListener,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ProxyError> {
    let upstream = upstream::Upstream::new(&settings)?;
    let tls = settings.listen_tls.clone();
    let state = Arc::new(service::State {
        pipeline: TicketPipeline::new(settings.clone()),
        settings,
        upstream,
    });
    if let Ok(addr) = listener.local_addr() {
        tracing::info!(
            %addr,
            tls = tls.is_some(),
            upstream = state.upstream.origin(),
            "proxy listening"
        );
    }
    listener::run(listener, tls, state, shutdown).await;
    Ok(())
}

/// A proxy running in the background (tests, `demo`). Dropping it stops
/// accepting; [`Proxy::shutdown`] also waits for the drain.
#[derive(Debug)]
pub struct Proxy {
    addr: SocketAddr,
    tls: bool,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: tokio::task::JoinHandle<Result<(), ProxyError>>,
}

impl Proxy {
    /// Binds `settings.listen` and starts serving.
    pub async fn start(settings: Arc<Settings>) -> Result<Proxy, ProxyError> {
        let listener = bind(&settings).await?;
        Proxy::start_on(settings, listener)
    }

    /// Starts serving on an already bound listener (e.g. port 0).
    pub fn start_on(settings: Arc<Settings>, listener: TcpListener) -> Result<Proxy, ProxyError> {
        let addr = listener.local_addr().map_err(ProxyError::LocalAddr)?;
        // Build the client now, so configuration errors surface here.
        upstream::Upstream::new(&settings)?;
        let tls = settings.listen_tls.is_some();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(serve(settings, listener, async move {
            let _ = stopped.await;
        }));
        Ok(Proxy {
            addr,
            tls,
            stop: Some(stop),
            task,
        })
    }

    /// The address the proxy listens on.
    pub fn local_addr(&self) -> SocketAddr {
        self.addr
    }

    /// The proxy's base URL (`http://127.0.0.1:port`, or `https://…` with
    /// TLS).
    pub fn url(&self) -> String {
        let scheme = if self.tls { "https" } else { "http" };
        format!("{scheme}://{}", self.addr)
    }

    /// Stops accepting, lets in-flight requests finish, and waits.
    pub async fn shutdown(mut self) -> Result<(), ProxyError> {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.task).await.map_err(ProxyError::Task)?
    }
}

impl Drop for Proxy {
    fn drop(&mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
    }
}
