//! A Freshdesk-compatible helpdesk (REST API v2 subset) for demos and tests.
//!
//! The sandbox is the upstream that hushdesk's proxy forwards to in tests
//! and demos, and it must satisfy real Freshdesk clients (python-freshdesk,
//! node freshdesk-api) on its own. It is shaped by those two uses:
//!
//! * **fidelity where clients look**: Basic auth with the API key as
//!   username, the Content-Type and Accept gates (415/406), validation
//!   bodies from [`crate::freshdesk::error`], 201 + `Location`, bare-array
//!   lists with a `link` header only when a next page exists, 204s without
//!   a body, `X-RateLimit-*`, `X-Request-Id` and `X-Freshdesk-Api-Version`
//!   on every answer, and a switchable 429 with `Retry-After`;
//! * **observability for tests**: everything stored can be read back
//!   ([`Sandbox::tickets`], [`Sandbox::attachment_bytes`], …) and every
//!   request that reached the listener is kept verbatim
//!   ([`Sandbox::request_log`]), so a proxy test can assert exactly what
//!   arrived upstream, or that nothing did.
//!
//! Behaviours the Freshdesk docs leave open are switches on
//! [`SandboxConfig`], each with a named default.
//!
//! ## Use
//!
//! ```no_run
//! # async fn run() -> std::io::Result<()> {
//! use hushdesk::sandbox::{Sandbox, SandboxConfig};
//! let sandbox = Sandbox::new(SandboxConfig::with_api_key("test-key"));
//! let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
//! // `tls` from `tls_config_from_pem(cert, key)`, or `None` for plain HTTP.
//! sandbox.serve(listener, None, std::future::pending()).await
//! # }
//! ```
//!
//! ## Endpoints (all under `/api/v2`)
//!
//! | resource | endpoints |
//! |---|---|
//! | tickets | `POST /tickets` (JSON or multipart), `GET /tickets` (filters `filter`, `email`, `requester_id`, `updated_since`, `order_by`, `order_type`, `include`), `GET /tickets/{id}` (`include=conversations,requester,stats,company`), `PUT /tickets/{id}`, `DELETE /tickets/{id}` (soft), `PUT /tickets/{id}/restore` |
//! | search | `GET /search/tickets?query="…"`, `GET /search/contacts?query="…"` (the supported query subset is described below) |
//! | conversations | `POST /tickets/{id}/reply`, `POST /tickets/{id}/notes`, `GET /tickets/{id}/conversations`, `PUT /conversations/{id}`, `DELETE /conversations/{id}` |
//! | contacts | `POST /contacts`, `GET /contacts`, `GET/PUT/DELETE /contacts/{id}`, `PUT /contacts/{id}/restore`, `DELETE /contacts/{id}/hard_delete[?force=true]` |
//! | attachments | `DELETE /attachments/{id}`; the files themselves at `GET /sandbox/attachments/{id}/{name}` (no auth, like Freshdesk's signed CDN URLs) |

mod attachments;
mod auth;
mod config;
mod contacts;
mod conversations;
mod input;
mod multipart;
mod ratelimit;
mod render;
mod search;
mod server;
mod store;
mod tickets;
mod time;
mod tls;
mod web;

use std::collections::VecDeque;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex, MutexGuard};

use bytes::Bytes;
use serde_json::Value;

pub use config::{
    AttachmentSizeField, SandboxConfig, DEFAULT_MAX_ATTACHMENTS_BYTES, DEFAULT_MAX_BODY_BYTES,
    DEFAULT_RATE_LIMIT_TOTAL, DEFAULT_REQUEST_LOG_CAPACITY, DEFAULT_RETRY_AFTER_SECS,
};
pub use tls::{tls_config_from_pem, tls_config_from_pem_files};

use store::Store;

/// Failures setting up or persisting the sandbox (request errors are
/// answered over HTTP, never raised).
#[derive(Debug, thiserror::Error)]
pub enum SandboxError {
    /// The certificate or key PEM could not be read.
    #[error("cannot read TLS {what} PEM")]
    Pem {
        /// `certificate` or `private key`.
        what: &'static str,
        /// The parser's complaint.
        #[source]
        source: rustls_pki_types::pem::Error,
    },
    /// rustls refused the certificate/key pair.
    #[error("invalid TLS certificate or key")]
    Tls(#[source] rustls::Error),
    /// A PEM or snapshot file could not be read or written.
    #[error("cannot access {path}")]
    Io {
        /// The file.
        path: PathBuf,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The snapshot file is not a sandbox snapshot.
    #[error("{path} is not a valid sandbox snapshot")]
    SnapshotFormat {
        /// The file.
        path: PathBuf,
        /// The JSON error.
        #[source]
        source: serde_json::Error,
    },
}

/// One request as it reached the sandbox, before any check.
#[derive(Debug, Clone)]
pub struct RecordedRequest {
    /// HTTP method.
    pub method: http::Method,
    /// Path and raw query string, byte for byte.
    pub path_and_query: String,
    /// The Content-Type header, if any.
    pub content_type: Option<String>,
    /// All request headers (the Authorization value is marked sensitive, so
    /// Debug output hides it).
    pub headers: http::HeaderMap,
    /// The raw body.
    pub body: Bytes,
}

/// The state behind every clone of a [`Sandbox`].
struct Shared {
    config: SandboxConfig,
    store: Mutex<Store>,
    log: Mutex<VecDeque<RecordedRequest>>,
    limiter: Mutex<ratelimit::Window>,
    seen_base_url: Mutex<Option<String>>,
    snapshot_write: Mutex<()>,
    request_seq: AtomicU64,
}

fn lock<T>(m: &Mutex<T>) -> MutexGuard<'_, T> {
    m.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

impl Shared {
    /// Reads the store.
    fn read<R>(&self, f: impl FnOnce(&Store) -> R) -> R {
        f(&lock(&self.store))
    }

    /// Changes the store, then writes the snapshot if one is configured.
    fn mutate<R>(&self, f: impl FnOnce(&mut Store) -> R) -> R {
        let out = f(&mut lock(&self.store));
        self.save_snapshot();
        out
    }

    fn save_snapshot(&self) {
        let Some(path) = &self.config.snapshot else {
            return;
        };
        // Serialise after taking the writer lock, so the last write always
        // carries the newest state.
        let _writer = lock(&self.snapshot_write);
        let bytes = self.read(Store::to_snapshot);
        if let Err(e) = Store::write_snapshot(path, &bytes) {
            tracing::warn!(error = %e, "sandbox snapshot not written");
        }
    }

    fn render(&self) -> render::Render {
        let base = self
            .config
            .public_base_url
            .clone()
            .or_else(|| lock(&self.seen_base_url).clone())
            .unwrap_or_else(|| "https://sandbox.invalid".to_owned());
        render::Render {
            base_url: base,
            size_field: self.config.attachment_size_field,
        }
    }
}

/// A Freshdesk-compatible helpdesk. Cloning is cheap; clones share state.
#[derive(Clone)]
pub struct Sandbox {
    shared: Arc<Shared>,
}

impl std::fmt::Debug for Sandbox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Sandbox").finish_non_exhaustive()
    }
}

impl Sandbox {
    /// A sandbox with `config`. Loads the snapshot when one is configured
    /// and readable; an unreadable snapshot is logged, left untouched, and
    /// the sandbox runs empty without one (use [`Sandbox::try_new`] to fail
    /// instead).
    pub fn new(config: SandboxConfig) -> Sandbox {
        match Self::try_new(config.clone()) {
            Ok(s) => s,
            Err(e) => {
                // Keep the unreadable file intact: run without a snapshot.
                tracing::warn!(error = %e, "sandbox snapshot not loaded; starting empty without a snapshot");
                Self::with_store(
                    SandboxConfig {
                        snapshot: None,
                        ..config
                    },
                    Store::default(),
                )
            }
        }
    }

    /// Like [`Sandbox::new`], but an unreadable snapshot is an error.
    pub fn try_new(config: SandboxConfig) -> Result<Sandbox, SandboxError> {
        let store = match &config.snapshot {
            Some(path) => Store::load(path)?,
            None => Store::default(),
        };
        Ok(Self::with_store(config, store))
    }

    fn with_store(config: SandboxConfig, store: Store) -> Sandbox {
        Sandbox {
            shared: Arc::new(Shared {
                limiter: Mutex::new(ratelimit::Window::new()),
                config,
                store: Mutex::new(store),
                log: Mutex::new(VecDeque::new()),
                seen_base_url: Mutex::new(None),
                snapshot_write: Mutex::new(()),
                request_seq: AtomicU64::new(0),
            }),
        }
    }

    /// The settings in use.
    pub fn config(&self) -> &SandboxConfig {
        &self.shared.config
    }

    /// Serves HTTP/1.1 and HTTP/2 on `listener` (TLS when `tls` is given,
    /// ALPN `h2` and `http/1.1`) until `shutdown` completes, then lets open
    /// requests finish and writes the snapshot.
    pub async fn serve(
        &self,
        listener: tokio::net::TcpListener,
        tls: Option<Arc<rustls::ServerConfig>>,
        shutdown: impl std::future::Future<Output = ()>,
    ) -> std::io::Result<()> {
        server::serve(self.shared.clone(), listener, tls, shutdown).await
    }

    /// All tickets as the API would render them (deleted ones included,
    /// with `deleted: true`).
    pub fn tickets(&self) -> Vec<Value> {
        let r = self.shared.render();
        self.shared
            .read(|s| s.tickets.values().map(|t| r.ticket(s, t)).collect())
    }

    /// One ticket as the API would render it.
    pub fn ticket(&self, id: u64) -> Option<Value> {
        let r = self.shared.render();
        self.shared
            .read(|s| s.tickets.get(&id).map(|t| r.ticket(s, t)))
    }

    /// A ticket's conversations, oldest first.
    pub fn conversations(&self, ticket_id: u64) -> Vec<Value> {
        let r = self.shared.render();
        self.shared.read(|s| {
            s.conversations_of(ticket_id)
                .into_iter()
                .map(|c| r.conversation(s, c))
                .collect()
        })
    }

    /// All contacts (deleted ones included).
    pub fn contacts(&self) -> Vec<Value> {
        let r = self.shared.render();
        self.shared
            .read(|s| s.contacts.values().map(|c| r.contact(c)).collect())
    }

    /// The stored bytes of an attachment.
    pub fn attachment_bytes(&self, id: u64) -> Option<Bytes> {
        self.shared
            .read(|s| s.attachments.get(&id).map(|a| a.bytes.clone()))
    }

    /// Turns the forced-429 mode on or off.
    pub fn set_rate_limited(&self, on: bool) {
        self.shared.config.force_429.store(on, Ordering::SeqCst);
    }

    /// The shared forced-429 switch (the same flag as
    /// [`SandboxConfig::force_429`]).
    pub fn rate_limit_switch(&self) -> Arc<AtomicBool> {
        self.shared.config.force_429.clone()
    }

    /// Requests received so far, oldest first (bounded by
    /// [`SandboxConfig::request_log_capacity`]).
    pub fn request_log(&self) -> Vec<RecordedRequest> {
        lock(&self.shared.log).iter().cloned().collect()
    }

    /// Empties the request log.
    pub fn clear_request_log(&self) {
        lock(&self.shared.log).clear();
    }

    /// Writes the snapshot now (no-op without a snapshot path).
    pub fn save_snapshot(&self) {
        self.shared.save_snapshot();
    }
}
