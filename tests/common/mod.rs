//! The proxy test harness: the sandbox helpdesk behind TLS with a
//! certificate made here (trusted by the proxy as its extra CA), the proxy
//! on a free loopback port, and a real hyper-util client. Every proxy
//! writes its redaction ledger into the test's temporary directory under a
//! fixed audit key ([`AUDIT_KEY`]) and serves its admin endpoints on a
//! free loopback port.

#![allow(dead_code)]

use std::path::PathBuf;
use std::sync::Arc;

use base64::Engine;
use bytes::Bytes;
use http::{HeaderMap, Method, Request, StatusCode};
use http_body_util::combinators::UnsyncBoxBody;
use http_body_util::{BodyExt, Full};
use hushdesk::audit::query::{for_each_match, Filter};
use hushdesk::audit::{AuditError, AuditKey, AuditRecord};
use hushdesk::config::Config;
use hushdesk::proxy::Proxy;
use hushdesk::sandbox::{tls_config_from_pem, RecordedRequest, Sandbox, SandboxConfig};
use hushdesk::ticket::Runtime;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};

pub const KEY: &str = "proxy-test-key";

/// The audit key of every test proxy's ledger.
pub const AUDIT_KEY: &str = "an end-to-end test audit key";

/// [`AUDIT_KEY`] as a key.
pub fn audit_key() -> AuditKey {
    AuditKey::new(AUDIT_KEY.as_bytes()).expect("audit key")
}

pub type BoxError = Box<dyn std::error::Error + Send + Sync>;
pub type TestBody = UnsyncBoxBody<Bytes, BoxError>;

pub fn full(bytes: impl Into<Bytes>) -> TestBody {
    Full::new(bytes.into())
        .map_err(|never| match never {})
        .boxed_unsync()
}

pub fn auth() -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{KEY}:X"))
    )
}

/// A response, read whole.
pub struct Answer {
    pub status: StatusCode,
    pub headers: HeaderMap,
    pub body: Bytes,
}

impl Answer {
    pub fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}); status {}: {}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }

    pub fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }

    pub fn expect(&self, status: StatusCode, what: &str) -> &Self {
        assert_eq!(
            self.status,
            status,
            "{what}: unexpected status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        self
    }
}

/// A certificate for `localhost` and `127.0.0.1`, as PEM.
pub struct TestCert {
    pub cert_pem: String,
    pub key_pem: String,
}

pub fn test_cert() -> TestCert {
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("test certificate");
    TestCert {
        cert_pem: certified.cert.pem(),
        key_pem: certified.signing_key.serialize_pem(),
    }
}

pub struct Env {
    pub sandbox: Sandbox,
    pub proxy: Option<Proxy>,
    pub base: String,
    pub upstream: String,
    pub client: Client<HttpConnector, TestBody>,
    pub files: tempfile::TempDir,
    pub cert: TestCert,
    /// The proxy's ledger directory (inside `files`).
    pub ledger_dir: PathBuf,
    /// The admin listener's base URL (`http://127.0.0.1:port`), if on.
    pub admin: Option<String>,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
}

/// Starts the sandbox (TLS) and a proxy in front of it; `tweak` edits the
/// proxy's config after the upstream, CA and key have been set.
pub async fn start(sandbox_config: SandboxConfig, tweak: impl FnOnce(&mut Config)) -> Env {
    let cert = test_cert();
    let tls = tls_config_from_pem(cert.cert_pem.as_bytes(), cert.key_pem.as_bytes())
        .expect("sandbox TLS");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind sandbox");
    let port = listener.local_addr().expect("addr").port();
    let sandbox = Sandbox::new(sandbox_config);
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = sandbox.clone();
    tokio::spawn(async move {
        server
            .serve(listener, Some(tls), async {
                let _ = stopped.await;
            })
            .await
    });

    let files = tempfile::tempdir().expect("temp dir");
    let ca = files.path().join("ca.pem");
    std::fs::write(&ca, &cert.cert_pem).expect("write CA");
    let key = files.path().join("pseudonym.key");
    std::fs::write(&key, "an end-to-end test pseudonym key").expect("write key");
    let audit_key_file = files.path().join("audit.key");
    std::fs::write(&audit_key_file, AUDIT_KEY).expect("write audit key");
    let ledger_dir = files.path().join("ledger");

    let upstream = format!("https://localhost:{port}");
    let mut config = Config::default();
    config.apply_overrides(None, Some(upstream.clone()), Some(ca));
    config.redaction.key_file = Some(key);
    config.set_ledger_dir(&ledger_dir);
    config.ledger.key_file = Some(audit_key_file);
    config.admin.addr = Some("127.0.0.1:0".parse().expect("admin addr"));
    tweak(&mut config);
    let ledger_dir = config.ledger.dir.clone();
    let runtime = Arc::new(Runtime::from_config(config).expect("runtime"));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind proxy");
    let proxy = Proxy::start_on(runtime, listener).expect("proxy");
    let base = proxy.url();
    let admin = proxy.admin_addr().map(|a| format!("http://{a}"));
    let client = Client::builder(TokioExecutor::new()).build(HttpConnector::new());
    Env {
        sandbox,
        proxy: Some(proxy),
        base,
        upstream,
        client,
        files,
        cert,
        ledger_dir,
        admin,
        stop: Some(stop),
    }
}

impl Env {
    pub async fn send(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: TestBody,
    ) -> Answer {
        let mut request = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header("authorization", auth());
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(body).expect("request");
        let response = self.client.request(request).await.expect("request sent");
        let status = response.status();
        let headers = response.headers().clone();
        let body = BodyExt::collect(response.into_body())
            .await
            .expect("response body")
            .to_bytes();
        Answer {
            status,
            headers,
            body,
        }
    }

    pub async fn json(&self, method: Method, path: &str, value: &Value) -> Answer {
        let bytes = serde_json::to_vec(value).expect("json");
        self.raw(method, path, "application/json", bytes).await
    }

    pub async fn raw(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        bytes: impl Into<Bytes>,
    ) -> Answer {
        self.send(method, path, &[("content-type", content_type)], full(bytes))
            .await
    }

    pub fn log(&self) -> Vec<RecordedRequest> {
        self.sandbox.request_log()
    }

    /// Every record in the proxy's ledger, in order.
    pub fn records(&self) -> Vec<AuditRecord> {
        let mut out = Vec::new();
        for_each_match(&self.ledger_dir, &Filter::default(), |record, _| {
            out.push(record.clone());
            Ok::<_, AuditError>(())
        })
        .expect("ledger readable");
        out.sort_by_key(|r| r.seq);
        out
    }

    /// A GET on the admin listener (with `headers`), read whole.
    pub async fn admin_get(&self, path: &str, headers: &[(&str, &str)]) -> Answer {
        let base = self.admin.as_deref().expect("admin listener on");
        let mut request = Request::builder()
            .method(Method::GET)
            .uri(format!("{base}{path}"));
        for (name, value) in headers {
            request = request.header(*name, *value);
        }
        let request = request.body(full(Bytes::new())).expect("request");
        let response = self.client.request(request).await.expect("admin request");
        let status = response.status();
        let headers = response.headers().clone();
        let body = BodyExt::collect(response.into_body())
            .await
            .expect("admin body")
            .to_bytes();
        Answer {
            status,
            headers,
            body,
        }
    }

    /// Shuts the proxy down (closing its ledger) and the sandbox; returns
    /// the temporary directory (ledger included), removed once dropped.
    pub async fn stop(mut self) -> tempfile::TempDir {
        if let Some(proxy) = self.proxy.take() {
            proxy.shutdown().await.expect("proxy shut down");
        }
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        self.files
    }
}

/// One multipart part: name, file name, content type, bytes.
pub type Part<'a> = (&'a str, Option<&'a str>, Option<&'a str>, &'a [u8]);

/// A multipart body from its parts.
pub fn multipart(boundary: &str, parts: &[Part<'_>]) -> Vec<u8> {
    let mut out = Vec::new();
    for (name, filename, content_type, data) in parts {
        out.extend_from_slice(format!("--{boundary}\r\n").as_bytes());
        let mut disposition = format!("Content-Disposition: form-data; name=\"{name}\"");
        if let Some(f) = filename {
            disposition.push_str(&format!("; filename=\"{f}\""));
        }
        out.extend_from_slice(disposition.as_bytes());
        out.extend_from_slice(b"\r\n");
        if let Some(ct) = content_type {
            out.extend_from_slice(format!("Content-Type: {ct}\r\n").as_bytes());
        }
        out.extend_from_slice(b"\r\n");
        out.extend_from_slice(data);
        out.extend_from_slice(b"\r\n");
    }
    out.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
    out
}

/// Panics with the value's name if `haystack` contains any of `values`.
pub fn assert_none_of(haystack: &str, values: &[&str], what: &str) {
    for value in values {
        assert!(
            !haystack.contains(value),
            "{what} still holds {value:?}:\n{haystack}"
        );
    }
}

/// Planted personal values shared by the proxy tests (all fictitious).
pub const CARD: &str = "4111 1111 1111 1111";
pub const IBAN: &str = "DE89 3704 0044 0532 0130 00";
pub const NAME: &str = "Jane Doe";
pub const EMAIL: &str = "jane.doe@example.org";
pub const PHONE: &str = "+46 70 123 45 67";
pub const OTHER_EMAIL: &str = "bob.smith@example.com";

/// A sandbox that requires the test API key.
pub fn sandbox() -> SandboxConfig {
    SandboxConfig::with_api_key(KEY)
}

/// A ticket create full of the planted values.
pub fn ticket_with_pii() -> Value {
    json!({
        "name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "subject": format!("Refund to card {CARD}"),
        "description": format!(
            "<div><p>Hello, this is {NAME}. My card is <b>{CARD}</b> and my IBAN is {IBAN}.</p>\
             <p>Call me on {PHONE} or write to {EMAIL}; my colleague {OTHER_EMAIL} knows too.</p></div>"
        ),
        "priority": 1,
        "status": 2,
        "tags": ["billing"]
    })
}
