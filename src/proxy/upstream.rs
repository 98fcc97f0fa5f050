//! The client side: one pooled hyper-util client to the helpdesk.
//!
//! * **TLS by rustls (ring)**, trusting the webpki roots plus the operator's
//!   extra CA file (a private CA, a test certificate). ALPN offers `h2` and
//!   `http/1.1`; kept-alive connections are pooled and closed after
//!   `timeouts.idle`.
//! * **Plain http only when allowed** (`upstream.allow_plain_http`);
//!   otherwise the connector refuses any non-TLS connection.
//! * **Named timeouts**: `upstream_connect` bounds the TCP connect,
//!   `upstream_connect + tls_handshake` the whole connection set-up, and
//!   `upstream_response` runs from the moment the request body has been
//!   sent (so a large upload is not cut short by it) until the response
//!   headers arrive.
//! * **Redirects are never followed**: a 3xx is the client's to handle.

use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use http::uri::{PathAndQuery, Uri};
use http::{Request, Response};
use hyper::body::Incoming;
use hyper::body::{Body, Frame, SizeHint};
use hyper_rustls::{HttpsConnector, HttpsConnectorBuilder};
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::{TokioExecutor, TokioTimer};
use tokio::sync::watch;

use super::error::{ProxyError, RequestError};
use super::{BoxError, ProxyBody};
use crate::config::{Settings, UpstreamSettings};

/// The connection set-up took longer than its timeout.
#[derive(Debug, thiserror::Error)]
#[error("connecting to the upstream timed out")]
pub struct ConnectTimeout;

/// Bounds a connector's whole connect (TCP and TLS) by a timeout.
#[derive(Clone)]
pub struct TimeoutConnector<C> {
    inner: C,
    timeout: Duration,
}

impl<C> tower_service::Service<Uri> for TimeoutConnector<C>
where
    C: tower_service::Service<Uri> + Send,
    C::Future: Send + 'static,
    C::Error: Into<BoxError>,
{
    type Response = C::Response;
    type Error = BoxError;
    type Future = Pin<Box<dyn Future<Output = Result<C::Response, BoxError>> + Send>>;

    fn poll_ready(&mut self, cx: &mut Context<'_>) -> Poll<Result<(), BoxError>> {
        self.inner.poll_ready(cx).map_err(Into::into)
    }

    fn call(&mut self, uri: Uri) -> Self::Future {
        let connecting = self.inner.call(uri);
        let timeout = self.timeout;
        Box::pin(async move {
            match tokio::time::timeout(timeout, connecting).await {
                Ok(result) => result.map_err(Into::into),
                Err(_) => Err(Box::new(ConnectTimeout) as BoxError),
            }
        })
    }
}

type Connector = TimeoutConnector<HttpsConnector<HttpConnector>>;

/// The pooled client to the helpdesk.
#[derive(Clone)]
pub struct Upstream {
    client: Client<Connector, DoneBody<ProxyBody>>,
    settings: UpstreamSettings,
    response_timeout: Duration,
}

impl std::fmt::Debug for Upstream {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Upstream")
            .field("origin", &self.settings.origin)
            .finish_non_exhaustive()
    }
}

impl Upstream {
    /// Builds the client from the settings.
    pub fn new(settings: &Settings) -> Result<Upstream, ProxyError> {
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        for cert in &settings.upstream.extra_roots {
            roots.add(cert.clone()).map_err(ProxyError::UpstreamCa)?;
        }
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let tls = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()
            .map_err(ProxyError::UpstreamTls)?
            .with_root_certificates(roots)
            .with_no_client_auth();

        let t = &settings.timeouts;
        let mut http = HttpConnector::new();
        http.enforce_http(false);
        http.set_nodelay(true);
        http.set_connect_timeout(Some(t.upstream_connect));
        let builder = HttpsConnectorBuilder::new().with_tls_config(tls);
        let https = if settings.upstream.allow_plain_http {
            builder.https_or_http()
        } else {
            builder.https_only()
        }
        .enable_http1()
        .enable_http2()
        .wrap_connector(http);
        let connector = TimeoutConnector {
            inner: https,
            timeout: t.upstream_connect + t.tls_handshake,
        };
        let client = Client::builder(TokioExecutor::new())
            .pool_idle_timeout(t.idle)
            .pool_timer(TokioTimer::new())
            .timer(TokioTimer::new())
            .build(connector);
        Ok(Upstream {
            client,
            settings: settings.upstream.clone(),
            response_timeout: t.upstream_response,
        })
    }

    /// The upstream's origin (`https://host[:port]`).
    pub fn origin(&self) -> &str {
        &self.settings.origin
    }

    /// The upstream URI for a request's path and raw query, byte for byte.
    pub fn uri_for(&self, path_and_query: Option<&PathAndQuery>) -> Result<Uri, RequestError> {
        let pq = path_and_query
            .cloned()
            .unwrap_or_else(|| PathAndQuery::from_static("/"));
        Uri::builder()
            .scheme(self.settings.scheme.clone())
            .authority(self.settings.authority.clone())
            .path_and_query(pq)
            .build()
            .map_err(|_| RequestError::Internal("upstream URI"))
    }

    /// Sends a request and waits for the response headers (see the module
    /// docs for the timeouts).
    pub async fn send(
        &self,
        request: Request<ProxyBody>,
    ) -> Result<Response<Incoming>, RequestError> {
        let (done, mut sent) = watch::channel(false);
        let request = request.map(|body| DoneBody { inner: body, done });
        let timeout = self.response_timeout;
        let deadline = async move {
            // Whether the body ended or its sender went away, the clock runs.
            let _ = sent.wait_for(|d| *d).await;
            tokio::time::sleep(timeout).await;
        };
        tokio::select! {
            result = self.client.request(request) => match result {
                Ok(response) => Ok(response),
                Err(e) if is_connect_timeout(&e) => Err(RequestError::UpstreamTimeout),
                Err(e) => Err(RequestError::Upstream(e)),
            },
            () = deadline => Err(RequestError::UpstreamTimeout),
        }
    }
}

fn is_connect_timeout(e: &hyper_util::client::legacy::Error) -> bool {
    let mut source: Option<&(dyn std::error::Error + 'static)> = std::error::Error::source(e);
    while let Some(s) = source {
        if s.is::<ConnectTimeout>() {
            return true;
        }
        source = s.source();
    }
    false
}

/// A body that reports when it has been sent completely.
pub struct DoneBody<B> {
    inner: B,
    done: watch::Sender<bool>,
}

impl<B> Body for DoneBody<B>
where
    B: Body<Data = Bytes> + Unpin,
{
    type Data = Bytes;
    type Error = B::Error;

    fn poll_frame(
        mut self: Pin<&mut Self>,
        cx: &mut Context<'_>,
    ) -> Poll<Option<Result<Frame<Bytes>, B::Error>>> {
        let polled = Pin::new(&mut self.inner).poll_frame(cx);
        if let Poll::Ready(None) = polled {
            self.done.send_replace(true);
        }
        polled
    }

    fn is_end_stream(&self) -> bool {
        let end = self.inner.is_end_stream();
        if end {
            self.done.send_replace(true);
        }
        end
    }

    fn size_hint(&self) -> SizeHint {
        self.inner.size_hint()
    }
}
