//! The sandbox helpdesk over real sockets and TLS, driven by a real HTTP
//! client (hyper-util + hyper-rustls trusting a certificate made here).
//!
//! `python_freshdesk_client` runs `tests/clients/python_freshdesk_check.py`
//! against a sandbox when `HUSHDESK_PYTHON` names an interpreter with
//! python-freshdesk installed. Without it the test prints a notice and
//! passes, unless `HUSHDESK_REQUIRE_PYTHON=1` is set (CI sets it).

use std::sync::Arc;

use base64::Engine;
use bytes::Bytes;
use http::{HeaderMap, Method, Request, StatusCode, Version};
use http_body_util::{BodyExt, Full};
use hushdesk::sandbox::{tls_config_from_pem, AttachmentSizeField, Sandbox, SandboxConfig};
use hyper_rustls::HttpsConnector;
use hyper_util::client::legacy::connect::HttpConnector;
use hyper_util::client::legacy::Client;
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};

const KEY: &str = "test-api-key";

struct Harness {
    sandbox: Sandbox,
    base: String,
    client: Client<HttpsConnector<HttpConnector>, Full<Bytes>>,
    ca_pem: String,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<std::io::Result<()>>>,
}

struct Answer {
    status: StatusCode,
    headers: HeaderMap,
    version: Version,
    body: Bytes,
}

impl Answer {
    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| {
            panic!(
                "body is not JSON ({e}); status {}: {:?}",
                self.status,
                String::from_utf8_lossy(&self.body)
            )
        })
    }
    fn header(&self, name: &str) -> Option<&str> {
        self.headers.get(name).and_then(|v| v.to_str().ok())
    }
    fn expect(&self, status: StatusCode, what: &str) -> &Self {
        assert_eq!(
            self.status,
            status,
            "{what}: unexpected status; body: {}",
            String::from_utf8_lossy(&self.body)
        );
        self
    }
}

fn auth(key: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{key}:X"))
    )
}

async fn start(config: SandboxConfig) -> Harness {
    let certified =
        rcgen::generate_simple_self_signed(vec!["localhost".to_owned(), "127.0.0.1".to_owned()])
            .expect("test certificate");
    let cert_pem = certified.cert.pem();
    let key_pem = certified.signing_key.serialize_pem();
    let tls = tls_config_from_pem(cert_pem.as_bytes(), key_pem.as_bytes()).expect("TLS config");

    let mut roots = rustls::RootCertStore::empty();
    roots.add(certified.cert.der().clone()).expect("root");
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let client_tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocols")
        .with_root_certificates(roots)
        .with_no_client_auth();
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(client_tls)
        .https_only()
        .enable_all_versions()
        .build();
    let client = Client::builder(TokioExecutor::new()).build(https);

    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    let sandbox = Sandbox::new(config);
    let (tx, rx) = tokio::sync::oneshot::channel::<()>();
    let server = sandbox.clone();
    let task = tokio::spawn(async move {
        server
            .serve(listener, Some(tls), async {
                let _ = rx.await;
            })
            .await
    });
    Harness {
        sandbox,
        base: format!("https://127.0.0.1:{port}"),
        client,
        ca_pem: cert_pem,
        stop: Some(tx),
        task: Some(task),
    }
}

impl Harness {
    async fn send(
        &self,
        method: Method,
        path: &str,
        headers: &[(&str, &str)],
        body: Vec<u8>,
    ) -> Answer {
        let mut req = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base));
        for (k, v) in headers {
            req = req.header(*k, *v);
        }
        let req = req.body(Full::new(Bytes::from(body))).expect("request");
        let resp = self.client.request(req).await.expect("request sent");
        let status = resp.status();
        let version = resp.version();
        let headers = resp.headers().clone();
        let body = BodyExt::collect(resp.into_body())
            .await
            .expect("body")
            .to_bytes();
        Answer {
            status,
            headers,
            version,
            body,
        }
    }

    async fn call(&self, method: Method, path: &str, body: Option<Value>) -> Answer {
        let a = auth(KEY);
        let bytes = body.map(|b| b.to_string().into_bytes()).unwrap_or_default();
        self.send(
            method,
            path,
            &[("authorization", &a), ("content-type", "application/json")],
            bytes,
        )
        .await
    }

    async fn multipart(&self, method: Method, path: &str, body: &str) -> Answer {
        let a = auth(KEY);
        self.send(
            method,
            path,
            &[
                ("authorization", &a),
                ("content-type", "multipart/form-data; boundary=XyZ"),
            ],
            body.replace('\n', "\r\n").into_bytes(),
        )
        .await
    }

    async fn create_ticket(&self, extra: Value) -> Value {
        let mut body = json!({"subject":"Printer on fire","description":"<div>Help <b>me</b></div>",
            "email":"ann@example.com","priority":1,"status":2});
        if let (Value::Object(b), Value::Object(e)) = (&mut body, extra) {
            b.extend(e);
        }
        let a = self.call(Method::POST, "/api/v2/tickets", Some(body)).await;
        a.expect(StatusCode::CREATED, "create ticket");
        a.json()
    }

    async fn stop(mut self) {
        if let Some(tx) = self.stop.take() {
            let _ = tx.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("server task").expect("serve result");
        }
    }
}

#[tokio::test]
async fn bad_or_missing_key_gets_401_and_any_password_works() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let expected = json!({"code":"invalid_credentials","message":"You have to be logged in to perform this action."});
    let none = h.send(Method::GET, "/api/v2/tickets", &[], vec![]).await;
    none.expect(StatusCode::UNAUTHORIZED, "no Authorization");
    assert_eq!(none.json(), expected, "401 body");
    assert!(
        none.header("x-request-id").is_some(),
        "401 carries X-Request-Id"
    );
    let wrong = auth("wrong");
    let bad = h
        .send(
            Method::GET,
            "/api/v2/tickets",
            &[("authorization", &wrong)],
            vec![],
        )
        .await;
    bad.expect(StatusCode::UNAUTHORIZED, "wrong key");
    let other_pw = format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{KEY}:unused_with_api_key"))
    );
    h.send(
        Method::GET,
        "/api/v2/tickets",
        &[("authorization", &other_pw)],
        vec![],
    )
    .await
    .expect(StatusCode::OK, "right key, other password");
    assert_eq!(
        h.sandbox.request_log().len(),
        3,
        "refused requests are logged too"
    );
    h.stop().await;
}

#[tokio::test]
async fn json_create_answers_201_with_location_and_is_stored() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let a = h
        .call(
            Method::POST,
            "/api/v2/tickets",
            Some(
                json!({"subject":"S","description":"<p>Hi &amp; bye</p>","email":"bob@example.com",
                "tags":["a"],"cc_emails":["c@example.com"],"custom_fields":{"cf_x":"1"}}),
            ),
        )
        .await;
    a.expect(StatusCode::CREATED, "create");
    let t = a.json();
    let id = t["id"].as_u64().expect("id");
    assert_eq!(
        a.header("location"),
        Some(format!("{}/api/v2/tickets/{id}", h.base).as_str())
    );
    assert_eq!(
        a.header("content-type"),
        Some("application/json; charset=utf-8")
    );
    assert_eq!(
        a.header("x-freshdesk-api-version"),
        Some("latest=v2; requested=v2")
    );
    for name in [
        "x-ratelimit-total",
        "x-ratelimit-remaining",
        "x-ratelimit-used-currentrequest",
    ] {
        assert!(a.header(name).is_some(), "{name} missing");
    }
    assert_eq!(t["description_text"], "Hi & bye");
    assert_eq!(
        (
            t["status"].clone(),
            t["priority"].clone(),
            t["source"].clone()
        ),
        (json!(2), json!(1), json!(2)),
        "defaults"
    );
    assert!(
        t["created_at"].as_str().is_some_and(|s| s.ends_with('Z')),
        "created_at: {}",
        t["created_at"]
    );
    let stored = h.sandbox.ticket(id).expect("stored");
    assert_eq!(stored["subject"], "S");
    let contacts = h.sandbox.contacts();
    assert_eq!(contacts.len(), 1, "unknown email creates a contact");
    assert_eq!(stored["requester_id"], contacts[0]["id"]);
    let log = h.sandbox.request_log();
    assert_eq!(log[0].method, Method::POST);
    assert!(log[0].body.starts_with(b"{\"subject\""), "raw body kept");
    h.stop().await;
}

const MULTIPART: &str = "--XyZ
Content-Disposition: form-data; name=\"subject\"

Multipart subject
--XyZ
Content-Disposition: form-data; name=\"description\"

<div>see files</div>
--XyZ
Content-Disposition: form-data; name=\"email\"

carl@example.com
--XyZ
Content-Disposition: form-data; name=\"status\"

3
--XyZ
Content-Disposition: form-data; name=\"tags[]\"

t1
--XyZ
Content-Disposition: form-data; name=\"tags[]\"

t2
--XyZ
Content-Disposition: form-data; name=\"cc_emails[]\"

d@example.com
--XyZ
Content-Disposition: form-data; name=\"custom_fields[cf_a]\"

v
--XyZ
Content-Disposition: form-data; name=\"custom_fields[cf_bool]\"

True
--XyZ
Content-Disposition: form-data; name=\"attachments[]\"; filename=\"a.txt\"

hello file
--XyZ
Content-Disposition: form-data; name=\"attachments[]\"; filename=\"x.bin\"; filename*=UTF-8''J%C3%BCrgen.png
Content-Type: image/png

PNGDATA
--XyZ--
";

#[tokio::test]
async fn multipart_create_stores_fields_and_serves_attachments() {
    let h = start(SandboxConfig {
        attachment_size_field: AttachmentSizeField::FileSize,
        ..SandboxConfig::with_api_key(KEY)
    })
    .await;
    let a = h
        .multipart(Method::POST, "/api/v2/tickets", MULTIPART)
        .await;
    a.expect(StatusCode::CREATED, "multipart create");
    let t = a.json();
    assert_eq!(t["status"], 3, "numbers arrive as strings");
    assert_eq!(t["tags"], json!(["t1", "t2"]));
    assert_eq!(t["cc_emails"], json!(["d@example.com"]));
    assert_eq!(t["custom_fields"], json!({"cf_a":"v","cf_bool":true}));
    let files = t["attachments"].as_array().expect("attachments");
    assert_eq!(files.len(), 2);
    assert_eq!(files[0]["name"], "a.txt");
    assert_eq!(
        files[0]["content_type"], "text/plain",
        "guessed from the filename"
    );
    assert_eq!(files[0]["file_size"], 10, "size member follows the config");
    assert_eq!(files[1]["name"], "Jürgen.png", "filename* wins");
    assert_eq!(files[1]["content_type"], "image/png");
    let url = files[0]["attachment_url"].as_str().expect("url");
    let path = url.strip_prefix(&h.base).expect("served by the sandbox");
    let dl = h.send(Method::GET, path, &[], vec![]).await;
    dl.expect(StatusCode::OK, "attachment download");
    assert_eq!(&dl.body[..], b"hello file");
    let id = files[1]["id"].as_u64().expect("id");
    assert_eq!(
        h.sandbox.attachment_bytes(id).as_deref(),
        Some(&b"PNGDATA"[..])
    );

    let text_as_file =
        "--XyZ\nContent-Disposition: form-data; name=\"attachments[]\"\n\nnot a file\n--XyZ--\n";
    let a = h
        .multipart(
            Method::PUT,
            &format!("/api/v2/tickets/{}", t["id"]),
            text_as_file,
        )
        .await;
    a.expect(StatusCode::BAD_REQUEST, "text part as attachment");
    assert_eq!(a.json()["errors"][0]["code"], "datatype_mismatch");
    h.stop().await;
}

#[tokio::test]
async fn attachment_budget_counts_the_whole_ticket() {
    let h = start(SandboxConfig {
        max_attachments_bytes: 12,
        ..SandboxConfig::with_api_key(KEY)
    })
    .await;
    let a = h
        .multipart(Method::POST, "/api/v2/tickets", MULTIPART)
        .await;
    a.expect(StatusCode::BAD_REQUEST, "17 bytes over a 12-byte budget");
    assert_eq!(a.json()["errors"][0]["field"], "attachments");
    assert!(h.sandbox.tickets().is_empty(), "nothing stored on refusal");
    h.stop().await;
}

#[tokio::test]
async fn list_paginates_with_link_only_when_more() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    for i in 0..5 {
        h.create_ticket(json!({"subject": format!("t{i}")})).await;
    }
    let p1 = h
        .call(Method::GET, "/api/v2/tickets?per_page=2", None)
        .await;
    p1.expect(StatusCode::OK, "page 1");
    assert_eq!(
        p1.json().as_array().map(Vec::len),
        Some(2),
        "bare array of 2"
    );
    let link = p1.header("link").expect("link on page 1");
    assert_eq!(
        link,
        format!(
            "<{}/api/v2/tickets?per_page=2&page=2>; rel=\"next\"",
            h.base
        )
    );
    assert_eq!(p1.json()[0]["subject"], "t4", "newest first");
    assert!(
        p1.json()[0].get("description").is_none(),
        "description only with include=description"
    );
    let p3 = h
        .call(Method::GET, "/api/v2/tickets?per_page=2&page=3", None)
        .await;
    assert_eq!(p3.json().as_array().map(Vec::len), Some(1));
    assert!(p3.header("link").is_none(), "no link on the last page");
    for bad in ["per_page=101", "per_page=abc", "page=0", "bogus=1"] {
        h.call(Method::GET, &format!("/api/v2/tickets?{bad}"), None)
            .await
            .expect(StatusCode::BAD_REQUEST, bad);
    }
    let by_email = h
        .call(
            Method::GET,
            "/api/v2/tickets?email=ann%40example.com&include=requester",
            None,
        )
        .await;
    assert_eq!(by_email.json().as_array().map(Vec::len), Some(5));
    assert_eq!(by_email.json()[0]["requester"]["email"], "ann@example.com");
    assert_eq!(
        by_email.header("x-ratelimit-used-currentrequest"),
        Some("2"),
        "include costs a credit"
    );
    h.stop().await;
}

#[tokio::test]
async fn search_supports_tags_numbers_and_boolean_operators() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    h.create_ticket(json!({"tags":["vip"],"priority":3})).await;
    h.create_ticket(json!({"tags":["vip"],"priority":1})).await;
    h.create_ticket(json!({"tags":["other"],"priority":4,"status":3}))
        .await;
    let q = "/api/v2/search/tickets?query=%22tag:'vip'%20AND%20priority:%3E2%22";
    let a = h.call(Method::GET, q, None).await;
    a.expect(StatusCode::OK, "search");
    assert_eq!(a.json()["total"], 1);
    assert_eq!(a.json()["results"][0]["priority"], 3);
    let q = "/api/v2/search/tickets?query=%22status:3%20OR%20priority:1%22";
    assert_eq!(h.call(Method::GET, q, None).await.json()["total"], 2);
    let unquoted = "/api/v2/search/tickets?query=tag:'vip'";
    h.call(Method::GET, unquoted, None)
        .await
        .expect(StatusCode::BAD_REQUEST, "query without quotes");
    h.stop().await;
}

#[tokio::test]
async fn update_replaces_tags_and_merges_custom_fields() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let t = h
        .create_ticket(json!({"tags":["a","b"],"custom_fields":{"cf_x":"1","cf_y":"2"}}))
        .await;
    let path = format!("/api/v2/tickets/{}", t["id"]);
    let a = h
        .call(
            Method::PUT,
            &path,
            Some(json!({"tags":["c"],"custom_fields":{"cf_y":"3"},"priority":4})),
        )
        .await;
    a.expect(StatusCode::OK, "update");
    assert_eq!(a.json()["tags"], json!(["c"]), "tags replaced");
    assert_eq!(a.json()["custom_fields"], json!({"cf_x":"1","cf_y":"3"}));
    assert_eq!(a.json()["priority"], 4);
    let bad = h
        .call(Method::PUT, &path, Some(json!({"priority":9})))
        .await;
    bad.expect(StatusCode::BAD_REQUEST, "priority out of range");
    assert_eq!(bad.json()["errors"][0]["code"], "invalid_value");
    h.stop().await;
}

#[tokio::test]
async fn delete_and_restore_answer_204_without_body() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let t = h.create_ticket(json!({})).await;
    let path = format!("/api/v2/tickets/{}", t["id"]);
    let d = h.call(Method::DELETE, &path, None).await;
    d.expect(StatusCode::NO_CONTENT, "delete");
    assert!(d.body.is_empty(), "204 has no body");
    assert_eq!(
        h.call(Method::GET, &path, None).await.json()["deleted"],
        true
    );
    assert_eq!(
        h.call(Method::GET, "/api/v2/tickets", None).await.json(),
        json!([]),
        "deleted tickets leave the list"
    );
    h.call(Method::PUT, &path, Some(json!({"priority":2})))
        .await
        .expect(StatusCode::METHOD_NOT_ALLOWED, "update deleted");
    let r = h.call(Method::PUT, &format!("{path}/restore"), None).await;
    r.expect(StatusCode::NO_CONTENT, "restore");
    assert!(r.body.is_empty());
    assert_eq!(
        h.call(Method::GET, "/api/v2/tickets", None)
            .await
            .json()
            .as_array()
            .map(Vec::len),
        Some(1)
    );
    let missing = h.call(Method::GET, "/api/v2/tickets/999", None).await;
    missing.expect(StatusCode::NOT_FOUND, "unknown id");
    assert!(missing.body.is_empty(), "404 has an empty body");
    h.stop().await;
}

#[tokio::test]
async fn content_type_accept_and_validation_gates() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let a = auth(KEY);
    let xml = h
        .send(
            Method::POST,
            "/api/v2/tickets",
            &[("authorization", &a), ("content-type", "application/xml")],
            b"<t/>".to_vec(),
        )
        .await;
    xml.expect(StatusCode::UNSUPPORTED_MEDIA_TYPE, "XML body");
    assert_eq!(xml.json()["code"], "invalid_content_type");
    let bad_json = h
        .send(
            Method::POST,
            "/api/v2/tickets",
            &[("authorization", &a), ("content-type", "application/json")],
            b"{oops".to_vec(),
        )
        .await;
    bad_json.expect(StatusCode::BAD_REQUEST, "bad JSON");
    assert_eq!(bad_json.json()["errors"][0]["code"], "invalid_json");
    let html = h
        .send(
            Method::GET,
            "/api/v2/tickets",
            &[("authorization", &a), ("accept", "text/html")],
            vec![],
        )
        .await;
    html.expect(StatusCode::NOT_ACCEPTABLE, "Accept: text/html");
    h.send(
        Method::GET,
        "/api/v2/tickets",
        &[("authorization", &a), ("accept", "*/*")],
        vec![],
    )
    .await
    .expect(StatusCode::OK, "Accept: */*");
    let no_boundary = h
        .send(
            Method::POST,
            "/api/v2/tickets",
            &[
                ("authorization", &a),
                ("content-type", "multipart/form-data"),
            ],
            b"--x--".to_vec(),
        )
        .await;
    no_boundary.expect(StatusCode::BAD_REQUEST, "multipart without boundary");
    let body = no_boundary.json();
    assert_eq!(body["description"], "Validation failed");
    let missing: Vec<&str> = body["errors"]
        .as_array()
        .into_iter()
        .flatten()
        .filter_map(|e| e["field"].as_str())
        .collect();
    assert_eq!(
        missing,
        ["subject", "description", "requester_id"],
        "every mandatory field reported missing"
    );
    let unknown = h
        .call(
            Method::POST,
            "/api/v2/tickets",
            Some(json!({"subject":"s","description":"d","email":"a@b.co","description_html":"x"})),
        )
        .await;
    unknown.expect(StatusCode::BAD_REQUEST, "unknown attribute");
    assert_eq!(
        unknown.json()["errors"][0],
        json!({"field":"description_html","message":"Unexpected/invalid field in request","code":"invalid_field"})
    );
    let no_requester = h
        .call(
            Method::POST,
            "/api/v2/tickets",
            Some(json!({"subject":"s","description":"d"})),
        )
        .await;
    no_requester.expect(StatusCode::BAD_REQUEST, "no requester");
    assert_eq!(no_requester.json()["errors"][0]["code"], "missing_field");
    h.send(
        Method::DELETE,
        "/api/v2/tickets/42",
        &[("authorization", &a), ("content-type", "application/json")],
        vec![],
    )
    .await
    .expect(
        StatusCode::NOT_FOUND,
        "bodiless DELETE with a JSON type passes the gate",
    );
    h.call(Method::PATCH, "/api/v2/tickets", None)
        .await
        .expect(StatusCode::METHOD_NOT_ALLOWED, "PATCH /tickets");
    h.stop().await;
}

#[tokio::test]
async fn forced_429_mode_and_rate_limit_headers() {
    let h = start(SandboxConfig {
        rate_limit_total: 50,
        ..SandboxConfig::with_api_key(KEY)
    })
    .await;
    let ok = h.call(Method::GET, "/api/v2/tickets", None).await;
    assert_eq!(ok.header("x-ratelimit-total"), Some("50"));
    assert_eq!(ok.header("x-ratelimit-remaining"), Some("49"));
    h.sandbox.set_rate_limited(true);
    let limited = h.call(Method::GET, "/api/v2/tickets", None).await;
    limited.expect(StatusCode::TOO_MANY_REQUESTS, "forced 429");
    assert_eq!(limited.header("retry-after"), Some("60"));
    assert!(limited.header("x-ratelimit-remaining").is_some());
    h.sandbox.set_rate_limited(false);
    h.call(Method::GET, "/api/v2/tickets", None)
        .await
        .expect(StatusCode::OK, "after the switch is off");

    let strict = start(SandboxConfig {
        rate_limit_total: 2,
        enforce_rate_limit: true,
        ..SandboxConfig::with_api_key(KEY)
    })
    .await;
    for _ in 0..2 {
        strict
            .call(Method::GET, "/api/v2/tickets", None)
            .await
            .expect(StatusCode::OK, "within allowance");
    }
    strict
        .call(Method::GET, "/api/v2/tickets", None)
        .await
        .expect(StatusCode::TOO_MANY_REQUESTS, "allowance spent");
    h.stop().await;
    strict.stop().await;
}

#[tokio::test]
async fn contacts_lifecycle_and_duplicates() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let body = json!({"name":"Dana","email":"dana@example.com","view_all_tickets":false,"description":"Freshdesk Contact"});
    let c = h
        .call(Method::POST, "/api/v2/contacts", Some(body.clone()))
        .await;
    c.expect(StatusCode::CREATED, "create contact");
    let id = c.json()["id"].as_u64().expect("id");
    assert_eq!(
        c.header("location"),
        Some(format!("{}/api/v2/contacts/{id}", h.base).as_str())
    );
    let dup = h.call(Method::POST, "/api/v2/contacts", Some(body)).await;
    dup.expect(StatusCode::CONFLICT, "duplicate email");
    assert_eq!(dup.json()["errors"][0]["code"], "duplicate_value");
    h.call(
        Method::POST,
        "/api/v2/contacts",
        Some(json!({"email":"x@example.com"})),
    )
    .await
    .expect(StatusCode::BAD_REQUEST, "name missing");
    let list = h
        .call(
            Method::GET,
            "/api/v2/contacts?email=DANA%40example.com",
            None,
        )
        .await;
    assert_eq!(
        list.json().as_array().map(Vec::len),
        Some(1),
        "email filter"
    );
    let path = format!("/api/v2/contacts/{id}");
    let up = h
        .call(Method::PUT, &path, Some(json!({"job_title":"Boss"})))
        .await;
    up.expect(StatusCode::OK, "update contact");
    assert_eq!(up.json()["job_title"], "Boss");
    let t = h.create_ticket(json!({"email":"dana@example.com"})).await;
    assert_eq!(t["requester_id"], id, "known email reuses the contact");
    h.call(Method::DELETE, &format!("{path}/hard_delete"), None)
        .await
        .expect(
            StatusCode::BAD_REQUEST,
            "hard delete of a live contact without force",
        );
    h.call(Method::DELETE, &path, None)
        .await
        .expect(StatusCode::NO_CONTENT, "soft delete");
    h.call(Method::DELETE, &format!("{path}/hard_delete"), None)
        .await
        .expect(StatusCode::NO_CONTENT, "hard delete");
    h.call(Method::GET, &path, None)
        .await
        .expect(StatusCode::NOT_FOUND, "gone");
    assert!(
        h.sandbox.tickets().is_empty(),
        "hard delete removes the contact's tickets"
    );
    h.stop().await;
}

#[tokio::test]
async fn replies_and_notes() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let t = h.create_ticket(json!({})).await;
    let tid = t["id"].as_u64().expect("id");
    let r = h
        .call(
            Method::POST,
            &format!("/api/v2/tickets/{tid}/reply"),
            Some(json!({"body":"<p>On it</p>","cc_emails":["e@example.com"]})),
        )
        .await;
    r.expect(StatusCode::CREATED, "reply");
    assert_eq!(
        (r.json()["source"].clone(), r.json()["private"].clone()),
        (json!(0), json!(false))
    );
    assert_eq!(r.json()["to_emails"], json!(["ann@example.com"]));
    assert_eq!(r.json()["body_text"], "On it");
    let note_part = "--XyZ\nContent-Disposition: form-data; name=\"body\"\n\nInternal\n--XyZ\n\
        Content-Disposition: form-data; name=\"attachments[]\"; filename=\"n.log\"\n\nlog\n--XyZ--\n";
    let n = h
        .multipart(
            Method::POST,
            &format!("/api/v2/tickets/{tid}/notes"),
            note_part,
        )
        .await;
    n.expect(StatusCode::CREATED, "multipart note");
    assert_eq!(n.json()["private"], true, "notes default to private");
    assert_eq!(n.json()["attachments"][0]["size"], 3);
    let list = h
        .call(
            Method::GET,
            &format!("/api/v2/tickets/{tid}/conversations"),
            None,
        )
        .await;
    assert_eq!(list.json().as_array().map(Vec::len), Some(2));
    assert_eq!(h.sandbox.conversations(tid).len(), 2);
    let nid = n.json()["id"].as_u64().expect("note id");
    let up = h
        .call(
            Method::PUT,
            &format!("/api/v2/conversations/{nid}"),
            Some(json!({"body":"Edited"})),
        )
        .await;
    up.expect(StatusCode::OK, "update note");
    assert_eq!(up.json()["body"], "Edited");
    let rid = r.json()["id"].as_u64().expect("reply id");
    h.call(
        Method::PUT,
        &format!("/api/v2/conversations/{rid}"),
        Some(json!({"body":"x"})),
    )
    .await
    .expect(StatusCode::METHOD_NOT_ALLOWED, "replies are not editable");
    let view = h
        .call(
            Method::GET,
            &format!("/api/v2/tickets/{tid}?include=conversations,stats"),
            None,
        )
        .await;
    assert_eq!(
        view.json()["conversations"].as_array().map(Vec::len),
        Some(2)
    );
    assert!(view.json()["stats"]["first_responded_at"].is_string());
    let d = h
        .call(
            Method::DELETE,
            &format!("/api/v2/conversations/{nid}"),
            None,
        )
        .await;
    d.expect(StatusCode::NO_CONTENT, "delete note");
    assert!(d.body.is_empty());
    h.call(
        Method::POST,
        "/api/v2/tickets/999/reply",
        Some(json!({"body":"x"})),
    )
    .await
    .expect(StatusCode::NOT_FOUND, "reply to unknown ticket");
    h.stop().await;
}

#[tokio::test]
async fn http2_is_negotiated_over_alpn() {
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let a = h.call(Method::GET, "/api/v2/tickets", None).await;
    a.expect(StatusCode::OK, "list over h2");
    assert_eq!(a.version, Version::HTTP_2);
    h.stop().await;
}

#[tokio::test]
async fn snapshot_survives_a_restart() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("sandbox.json");
    let config = SandboxConfig {
        snapshot: Some(path.clone()),
        ..SandboxConfig::with_api_key(KEY)
    };
    let h = start(config.clone()).await;
    let a = h
        .multipart(Method::POST, "/api/v2/tickets", MULTIPART)
        .await;
    a.expect(StatusCode::CREATED, "create");
    h.stop().await;
    let again = Sandbox::try_new(config).expect("snapshot loads");
    let tickets = again.tickets();
    assert_eq!(tickets.len(), 1);
    assert_eq!(tickets[0]["subject"], "Multipart subject");
    let att = tickets[0]["attachments"][0]["id"]
        .as_u64()
        .expect("attachment id");
    assert_eq!(
        again.attachment_bytes(att).as_deref(),
        Some(&b"hello file"[..])
    );
}

/// Runs python-freshdesk against the sandbox:
/// `HUSHDESK_PYTHON=/path/to/python cargo test --test sandbox_api`.
#[tokio::test]
async fn python_freshdesk_client() {
    let python = match std::env::var("HUSHDESK_PYTHON") {
        Ok(python) if !python.is_empty() => python,
        _ => {
            let required = std::env::var("HUSHDESK_REQUIRE_PYTHON").is_ok_and(|v| v == "1");
            assert!(
                !required,
                "HUSHDESK_REQUIRE_PYTHON=1 but HUSHDESK_PYTHON is not set"
            );
            eprintln!(
                "SKIPPED python-freshdesk against the sandbox: set HUSHDESK_PYTHON to an \
                 interpreter with python-freshdesk==1.3.9 installed to run it"
            );
            return;
        }
    };
    let h = start(SandboxConfig::with_api_key(KEY)).await;
    let dir = tempfile::tempdir().expect("tempdir");
    let ca = dir.path().join("ca.pem");
    std::fs::write(&ca, &h.ca_pem).expect("write CA");
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/python_freshdesk_check.py"
    );
    let out = tokio::process::Command::new(python)
        .arg(script)
        .arg(&h.base)
        .arg(KEY)
        .arg(&ca)
        .output()
        .await
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    println!("{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "python-freshdesk check failed:\n{stdout}"
    );
    assert!(
        stdout.contains(" passed, 0 failed"),
        "closing line missing:\n{stdout}"
    );
    h.stop().await;
}
