//! The redacting reverse proxy.
//!
//! Every Freshdesk v2 request arrives here; writes that carry ticket content
//! are scrubbed by the [`crate::ticket::TicketPipeline`] before they are
//! forwarded over TLS, everything else streams through untouched, and the
//! helpdesk's answer returns unchanged. The module is split by concern:
//!
//! * `listener` — accept, optional TLS, HTTP/1.1 + HTTP/2, graceful
//!   shutdown bounded by `timeouts.shutdown_drain`;
//! * `service` — route matching, body caps, the pipeline, report-only, the
//!   ledger gate;
//! * `record` — the ledger record per content request (ids, answer
//!   buffering);
//! * [`upstream`] — the pooled rustls client and its timeouts;
//! * [`headers`] — hop-by-hop, `Host`, `Content-Length`, `Location`/`link`;
//! * [`error`] — the one place errors become statuses and helpdesk-shaped
//!   bodies.
//!
//! Use [`serve`] to run on a listener until a shutdown future completes, or
//! [`Proxy`] to run in the background of a test or the demo. Both run with a
//! [`Runtime`] (the validated settings and the engine built from them,
//! assembled before anything binds), open the redaction ledger first
//! (`[ledger]`; a ledger switched off is logged as a warning), start the
//! admin listener when `[admin] addr` is set (see [`crate::admin`]), and at
//! shutdown drain the requests in flight, then stop the admin listener, then
//! close the ledger (synced and checkpointed).

use std::future::Future;
use std::net::SocketAddr;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use bytes::Bytes;
use tokio::net::TcpListener;
use tokio::task::JoinHandle;

use crate::admin::{self, AdminState, Metrics};
use crate::audit::Ledger;
use crate::config::Settings;
use crate::ticket::{Runtime, TicketPipeline};

pub mod error;
pub mod headers;
mod listener;
mod record;
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

/// Everything opened before serving: the request state (upstream client,
/// ledger, metrics), the ledger's writer task, and the admin listener.
struct Opened {
    state: Arc<service::State>,
    ledger_task: Option<JoinHandle<()>>,
    admin: Option<(TcpListener, Arc<AdminState>)>,
    serving: Arc<AtomicBool>,
}

impl Opened {
    /// Opens the ledger and binds the admin listener. Must run inside a
    /// tokio runtime (the ledger's writer task is spawned on it).
    fn open(runtime: Arc<Runtime>) -> Result<Opened, ProxyError> {
        let upstream = upstream::Upstream::new(&runtime.settings)?;
        let (ledger, ledger_task) = match &runtime.ledger {
            Some(ledger) => {
                let (handle, task) =
                    Ledger::open(ledger.config.clone()).map_err(ProxyError::Ledger)?;
                tracing::info!(
                    dir = %ledger.config.dir.display(),
                    records = handle.recovery().records,
                    on_failure = ?ledger.on_failure,
                    policy_version = %runtime.policy_version,
                    "redaction ledger open"
                );
                (Some(handle), Some(task))
            }
            None => {
                tracing::warn!(
                    "the redaction ledger is switched off (ledger.enabled = false): \
                     redactions are not recorded"
                );
                (None, None)
            }
        };
        let metrics = Arc::new(Metrics::new());
        let serving = Arc::new(AtomicBool::new(false));
        let admin = match &runtime.settings.admin {
            Some(config) => {
                let bind_error = |source| ProxyError::AdminBind {
                    addr: config.addr,
                    source,
                };
                let std_listener = std::net::TcpListener::bind(config.addr).map_err(bind_error)?;
                std_listener.set_nonblocking(true).map_err(bind_error)?;
                let listener = TcpListener::from_std(std_listener).map_err(bind_error)?;
                let state = Arc::new(AdminState {
                    metrics: metrics.clone(),
                    ledger: ledger.clone(),
                    token: config.token.clone(),
                    serving: serving.clone(),
                });
                Some((listener, state))
            }
            None => None,
        };
        let state = Arc::new(service::State {
            pipeline: TicketPipeline::new(runtime),
            upstream,
            ledger,
            metrics,
            ids: record::RequestIds::new(),
            probing: AtomicBool::new(false),
        });
        Ok(Opened {
            state,
            ledger_task,
            admin,
            serving,
        })
    }

    /// Serves until `shutdown`, drains, stops the admin listener, closes the
    /// ledger.
    async fn run(self, listener: TcpListener, shutdown: impl Future<Output = ()>) {
        let Opened {
            state,
            ledger_task,
            admin,
            serving,
        } = self;
        let (stop_admin, admin_stopped) = tokio::sync::oneshot::channel::<()>();
        let admin_task = admin.map(|(listener, admin_state)| {
            tokio::spawn(admin::serve(listener, admin_state, async move {
                let _ = admin_stopped.await;
            }))
        });
        let tls = state.settings().listen_tls.clone();
        if let Ok(addr) = listener.local_addr() {
            tracing::info!(
                %addr,
                tls = tls.is_some(),
                upstream = state.upstream.origin(),
                "proxy listening"
            );
        }
        serving.store(true, Ordering::Relaxed);
        listener::run(listener, tls, state.clone(), shutdown).await;
        serving.store(false, Ordering::Relaxed);
        let _ = stop_admin.send(());
        if let Some(task) = admin_task {
            let _ = task.await;
        }
        if let Some(ledger) = &state.ledger {
            ledger.shutdown().await;
        }
        if let Some(task) = ledger_task {
            if task.await.is_err() {
                tracing::error!("the ledger writer ended abnormally");
            }
        }
    }
}

/// Serves the proxy on `listener` until `shutdown` completes, then lets
/// in-flight requests finish (at most `timeouts.shutdown_drain`) and closes
/// the ledger.
pub async fn serve(
    runtime: Arc<Runtime>,
    listener: TcpListener,
    shutdown: impl Future<Output = ()>,
) -> Result<(), ProxyError> {
    let opened = Opened::open(runtime)?;
    opened.run(listener, shutdown).await;
    Ok(())
}

/// A proxy running in the background (tests, `demo`). Dropping it stops
/// accepting; [`Proxy::shutdown`] also waits for the drain and the ledger.
#[derive(Debug)]
pub struct Proxy {
    addr: SocketAddr,
    tls: bool,
    admin_addr: Option<SocketAddr>,
    ledger: Option<Ledger>,
    metrics: Arc<Metrics>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: JoinHandle<Result<(), ProxyError>>,
}

impl Proxy {
    /// Binds the configured listening address and starts serving.
    pub async fn start(runtime: Arc<Runtime>) -> Result<Proxy, ProxyError> {
        let listener = bind(&runtime.settings).await?;
        Proxy::start_on(runtime, listener)
    }

    /// Starts serving on an already bound listener (e.g. port 0). Opens the
    /// ledger and binds the admin listener first, so their errors surface
    /// here. Must be called inside a tokio runtime.
    pub fn start_on(runtime: Arc<Runtime>, listener: TcpListener) -> Result<Proxy, ProxyError> {
        let addr = listener.local_addr().map_err(ProxyError::LocalAddr)?;
        let tls = runtime.settings.listen_tls.is_some();
        let opened = Opened::open(runtime)?;
        let admin_addr = match &opened.admin {
            Some((listener, _)) => Some(listener.local_addr().map_err(ProxyError::LocalAddr)?),
            None => None,
        };
        let ledger = opened.state.ledger.clone();
        let metrics = opened.state.metrics.clone();
        let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
        let task = tokio::spawn(async move {
            opened
                .run(listener, async move {
                    let _ = stopped.await;
                })
                .await;
            Ok(())
        });
        Ok(Proxy {
            addr,
            tls,
            admin_addr,
            ledger,
            metrics,
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

    /// The admin listener's address, when it is on.
    pub fn admin_addr(&self) -> Option<SocketAddr> {
        self.admin_addr
    }

    /// The ledger handle, when the ledger is on.
    pub fn ledger(&self) -> Option<&Ledger> {
        self.ledger.as_ref()
    }

    /// The proxy's counters.
    pub fn metrics(&self) -> &Arc<Metrics> {
        &self.metrics
    }

    /// Stops accepting, lets in-flight requests finish, closes the ledger,
    /// and waits.
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
