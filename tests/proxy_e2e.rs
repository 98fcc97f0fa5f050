//! The proxy end to end: a real client → `hushdesk` proxy → the sandbox
//! helpdesk over TLS (certificate made by the test, trusted by the proxy as
//! its extra CA). What the sandbox stored and what reached it
//! (`request_log`) are the evidence.

mod common;

use std::time::Duration;

use bytes::Bytes;
use common::*;
use futures_util::StreamExt;
use http::{Method, StatusCode};
use http_body_util::{BodyExt, StreamBody};
use hushdesk::sandbox::SandboxConfig;
use hyper::body::Frame;
use rustls_pki_types::pem::PemObject;
use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

fn text_fields(ticket: &Value) -> String {
    ["subject", "description", "description_text"]
        .iter()
        .map(|k| ticket[*k].as_str().unwrap_or_default().to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

#[tokio::test]
async fn json_create_is_scrubbed_tagged_and_the_answer_passes_through() {
    let env = start(sandbox(), |c| {
        c.public_base_url = Some("https://help.example.test".into());
    })
    .await;
    let answer = env
        .json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await;
    answer.expect(StatusCode::CREATED, "create");
    let id = answer.json()["id"].as_u64().expect("id");
    assert_eq!(
        answer.header("location"),
        Some(format!("https://help.example.test/api/v2/tickets/{id}").as_str()),
        "Location rewritten to the public base URL"
    );
    for name in ["x-ratelimit-total", "x-ratelimit-remaining", "x-request-id"] {
        assert!(answer.header(name).is_some(), "{name} passed through");
    }
    assert!(answer
        .header("content-type")
        .is_some_and(|v| v.contains("charset=utf-8")));

    let stored = env.sandbox.ticket(id).expect("stored");
    assert_none_of(
        &text_fields(&stored),
        &[CARD, IBAN, NAME, EMAIL, PHONE, OTHER_EMAIL, "4111"],
        "stored ticket text",
    );
    assert_eq!(stored["tags"], json!(["billing", "retention:30d"]));
    let upstream_body = String::from_utf8_lossy(&env.log()[0].body).to_string();
    assert!(upstream_body.contains(EMAIL), "kept identity field");
    assert!(
        upstream_body.contains(&format!("\"name\":\"{NAME}\"")),
        "kept identity field"
    );
    env.stop().await;
}

#[tokio::test]
async fn update_without_tags_gets_no_tags_and_reply_and_note_are_scrubbed() {
    let env = start(sandbox(), |_| {}).await;
    let created = env
        .json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await;
    created.expect(StatusCode::CREATED, "create");
    let id = created.json()["id"].as_u64().expect("id");

    let update = env
        .json(
            Method::PUT,
            &format!("/api/v2/tickets/{id}"),
            &json!({"priority": 3}),
        )
        .await;
    update.expect(StatusCode::OK, "update");
    let sent: Value =
        serde_json::from_slice(&env.log().last().expect("logged").body).expect("json");
    assert_eq!(
        sent,
        json!({"priority": 3}),
        "update forwarded without tags"
    );
    assert_eq!(update.json()["tags"], json!(["billing", "retention:30d"]));

    let reply = env
        .json(
            Method::POST,
            &format!("/api/v2/tickets/{id}/reply"),
            &json!({"body": format!("<p>Refunded to {CARD}. Contact {OTHER_EMAIL}.</p>")}),
        )
        .await;
    reply.expect(StatusCode::CREATED, "reply");
    let note = env
        .json(
            Method::POST,
            &format!("/api/v2/tickets/{id}/notes"),
            &json!({"body": format!("Customer IBAN {IBAN}"), "private": true}),
        )
        .await;
    note.expect(StatusCode::CREATED, "note");
    let conversations = env.sandbox.conversations(id);
    assert_eq!(conversations.len(), 2);
    for c in &conversations {
        assert_none_of(
            &c["body"].to_string(),
            &[CARD, IBAN, OTHER_EMAIL],
            "conversation",
        );
    }
    env.stop().await;
}

#[tokio::test]
async fn pass_through_get_keeps_the_raw_query() {
    let env = start(sandbox(), |_| {}).await;
    let path = "/api/v2/search/tickets?query=%22tag:'x'%20AND%20priority:3%22&page=2&page=2";
    let answer = env.send(Method::GET, path, &[], full(Bytes::new())).await;
    answer.expect(StatusCode::OK, "search");
    let log = env.log();
    assert_eq!(log.len(), 1);
    assert_eq!(log[0].path_and_query, path);
    assert_eq!(
        log[0]
            .headers
            .get("authorization")
            .and_then(|v| v.to_str().ok()),
        Some(auth().as_str())
    );
    env.stop().await;
}

async fn refused(env: &Env, content_type: &str, body: Vec<u8>) -> Answer {
    env.sandbox.clear_request_log();
    let answer = env
        .raw(Method::POST, "/api/v2/tickets", content_type, body)
        .await;
    assert!(
        env.log().is_empty(),
        "nothing may reach the upstream ({content_type})"
    );
    answer
}

#[tokio::test]
async fn bodies_that_cannot_be_scanned_never_reach_the_upstream() {
    let env = start(sandbox(), |c| c.limits.max_body_bytes = 4096).await;

    let a = refused(&env, "application/json", b"{\"subject\": ".to_vec()).await;
    a.expect(StatusCode::BAD_REQUEST, "bad JSON");
    assert_eq!(a.json()["description"], "Validation failed");
    assert_eq!(a.json()["errors"][0]["code"], "invalid_json");

    let big = format!("{{\"subject\":\"{}\"}}", "x".repeat(8192));
    let a = refused(&env, "application/json", big.into_bytes()).await;
    a.expect(StatusCode::PAYLOAD_TOO_LARGE, "over the cap");

    let a = refused(&env, "application/xml", b"<ticket/>".to_vec()).await;
    a.expect(StatusCode::UNSUPPORTED_MEDIA_TYPE, "XML");
    assert_eq!(a.json()["code"], "invalid_content_type");

    let deep = format!("{{\"a\":{}1{}}}", "[".repeat(100), "]".repeat(100));
    let a = refused(&env, "application/json", deep.into_bytes()).await;
    a.expect(StatusCode::BAD_REQUEST, "too deep");
    assert_eq!(a.json()["errors"][0]["code"], "invalid_json");

    let broken = b"--XyZ\r\nContent-Disposition: form-data; name=\"subject\"\r\n\r\nHello".to_vec();
    let a = refused(&env, "multipart/form-data; boundary=XyZ", broken).await;
    a.expect(StatusCode::BAD_REQUEST, "broken multipart");
    assert_eq!(a.json()["description"], "Validation failed");

    let a = refused(&env, "multipart/form-data", b"--x--\r\n".to_vec()).await;
    a.expect(StatusCode::BAD_REQUEST, "no boundary");
    env.stop().await;
}

#[tokio::test]
async fn compressed_bodies_are_refused_and_identity_passes() {
    let env = start(sandbox(), |_| {}).await;
    let body = serde_json::to_vec(&ticket_with_pii()).expect("json");
    // Any body the client declares compressed: the proxy cannot read it as
    // sent, so it answers 415 and forwards nothing. `identity` is no
    // encoding at all: scrubbed and forwarded as usual.
    for (encoding, forwarded) in [
        ("gzip", false),
        ("br", false),
        ("deflate, gzip", false),
        ("identity", true),
    ] {
        env.sandbox.clear_request_log();
        let a = env
            .send(
                Method::POST,
                "/api/v2/tickets",
                &[
                    ("content-type", "application/json"),
                    ("content-encoding", encoding),
                ],
                full(body.clone()),
            )
            .await;
        if forwarded {
            a.expect(StatusCode::CREATED, encoding);
            assert_eq!(env.log().len(), 1, "{encoding}: forwarded once");
        } else {
            a.expect(StatusCode::UNSUPPORTED_MEDIA_TYPE, encoding);
            assert_eq!(a.json()["code"], "unsupported_content_encoding");
            assert!(
                env.log().is_empty(),
                "{encoding}: nothing reaches the upstream"
            );
        }
    }
    env.stop().await;
}

#[tokio::test]
async fn upstream_down_is_502_in_the_helpdesk_shape() {
    let dead = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let port = dead.local_addr().expect("addr").port();
    drop(dead);
    let env = start(sandbox(), |c| {
        c.set_upstream(format!("https://localhost:{port}"));
    })
    .await;
    let a = env
        .json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await;
    a.expect(StatusCode::BAD_GATEWAY, "upstream down");
    assert_eq!(a.json()["code"], "upstream_unavailable");
    assert!(a.json()["message"].is_string());
    env.stop().await;
}

#[tokio::test]
async fn upstream_slow_is_504() {
    // A TLS server that completes the handshake and then never answers.
    let cert = test_cert();
    let tls =
        hushdesk::sandbox::tls_config_from_pem(cert.cert_pem.as_bytes(), cert.key_pem.as_bytes())
            .expect("tls");
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
        .await
        .expect("bind");
    let port = listener.local_addr().expect("addr").port();
    tokio::spawn(async move {
        let acceptor = tokio_rustls::TlsAcceptor::from(tls);
        let mut held = Vec::new();
        while let Ok((tcp, _)) = listener.accept().await {
            if let Ok(stream) = acceptor.accept(tcp).await {
                held.push(stream);
            }
        }
    });
    let ca = cert.cert_pem.clone();
    let env = start(sandbox(), move |c| {
        let path = std::env::temp_dir().join(format!("hushdesk-slow-ca-{port}.pem"));
        std::fs::write(&path, ca).expect("write CA");
        c.set_upstream(format!("https://localhost:{port}"));
        c.set_upstream_ca(path);
        c.timeouts.upstream_response = hushdesk::config::ConfigDuration::from_millis(300);
    })
    .await;
    let started = std::time::Instant::now();
    let a = env
        .send(Method::GET, "/api/v2/tickets", &[], full(Bytes::new()))
        .await;
    a.expect(StatusCode::GATEWAY_TIMEOUT, "slow upstream");
    assert_eq!(a.json()["code"], "upstream_timeout");
    assert!(started.elapsed() < Duration::from_secs(5));
    env.stop().await;
}

#[tokio::test]
async fn report_only_forwards_the_original_body() {
    let env = start(sandbox(), |c| c.report_only.enabled = true).await;
    let body = serde_json::to_vec(&ticket_with_pii()).expect("json");
    let a = env
        .raw(
            Method::POST,
            "/api/v2/tickets",
            "application/json",
            body.clone(),
        )
        .await;
    a.expect(StatusCode::CREATED, "report-only create");
    assert_eq!(&env.log()[0].body[..], &body[..], "forwarded byte for byte");
    let stored = env
        .sandbox
        .ticket(a.json()["id"].as_u64().expect("id"))
        .expect("stored");
    assert!(stored["description"]
        .as_str()
        .is_some_and(|d| d.contains(CARD)));
    env.stop().await;
}

#[tokio::test]
async fn expect_100_continue_works_with_a_raw_client() {
    let env = start(sandbox(), |_| {}).await;
    let body = serde_json::to_vec(&ticket_with_pii()).expect("json");
    let addr = env.proxy.as_ref().expect("proxy").local_addr();
    let mut tcp = tokio::net::TcpStream::connect(addr).await.expect("connect");
    let head = format!(
        "POST /api/v2/tickets HTTP/1.1\r\nHost: {addr}\r\nAuthorization: {}\r\n\
         Content-Type: application/json\r\nContent-Length: {}\r\nExpect: 100-continue\r\n\r\n",
        auth(),
        body.len()
    );
    tcp.write_all(head.as_bytes()).await.expect("write head");
    let mut buf = vec![0u8; 4096];
    let n = tokio::time::timeout(Duration::from_secs(5), tcp.read(&mut buf))
        .await
        .expect("interim answer in time")
        .expect("read");
    let interim = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(interim.starts_with("HTTP/1.1 100 Continue"), "{interim}");
    tcp.write_all(&body).await.expect("write body");
    let n = tokio::time::timeout(Duration::from_secs(5), tcp.read(&mut buf))
        .await
        .expect("final answer in time")
        .expect("read");
    let answer = String::from_utf8_lossy(&buf[..n]).to_string();
    assert!(answer.starts_with("HTTP/1.1 201"), "{answer}");
    env.stop().await;
}

#[tokio::test]
async fn multipart_create_renames_personal_file_names_and_keeps_bytes() {
    let env = start(sandbox(), |_| {}).await;
    let file: Vec<u8> = (0..=255u8).cycle().take(10_000).collect();
    let description = format!("<p>My card {CARD}, call {PHONE}</p>");
    let body = multipart(
        "hushdeskBoundary",
        &[
            ("name", None, None, NAME.as_bytes()),
            ("email", None, None, EMAIL.as_bytes()),
            ("subject", None, None, b"Passport copy"),
            ("description", None, None, description.as_bytes()),
            ("status", None, None, b"2"),
            ("priority", None, None, b"1"),
            ("tags[]", None, None, b"kyc"),
            ("custom_fields[cf_note]", None, None, OTHER_EMAIL.as_bytes()),
            (
                "attachments[]",
                Some("Jane Doe passport.pdf"),
                Some("application/pdf"),
                &file,
            ),
        ],
    );
    let a = env
        .raw(
            Method::POST,
            "/api/v2/tickets",
            "multipart/form-data; boundary=hushdeskBoundary",
            body,
        )
        .await;
    a.expect(StatusCode::CREATED, "multipart create");
    let ticket = a.json();
    let attachment = &ticket["attachments"][0];
    let name = attachment["name"].as_str().expect("name");
    assert!(
        name.starts_with("attachment-")
            && name.ends_with(".pdf")
            && name.len() == "attachment-".len() + 6 + 4,
        "renamed: {name}"
    );
    let id = attachment["id"].as_u64().expect("attachment id");
    assert_eq!(env.sandbox.attachment_bytes(id).as_deref(), Some(&file[..]));
    let stored = env
        .sandbox
        .ticket(ticket["id"].as_u64().expect("id"))
        .expect("stored");
    assert_none_of(
        &text_fields(&stored),
        &[CARD, PHONE],
        "stored multipart ticket",
    );
    assert_none_of(
        &stored["custom_fields"].to_string(),
        &[OTHER_EMAIL],
        "custom field",
    );
    assert_eq!(stored["tags"], json!(["kyc", "retention:30d"]));
    env.stop().await;
}

#[tokio::test]
async fn a_50_mb_attachment_streams_through() {
    const SIZE: usize = 50 * 1024 * 1024;
    const CHUNK: usize = 1024 * 1024;
    let big = SandboxConfig {
        max_body_bytes: 80 * 1024 * 1024,
        max_attachments_bytes: 80 * 1024 * 1024,
        ..sandbox()
    };
    let env = start(big, |c| {
        c.limits.max_body_bytes = 80 * 1024 * 1024;
        c.limits.multipart.max_total_bytes = 80 * 1024 * 1024;
    })
    .await;
    let head = multipart(
        "bigBoundary",
        &[
            ("email", None, None, EMAIL.as_bytes()),
            ("subject", None, None, b"Logs"),
            ("description", None, None, b"See the attached log."),
        ],
    );
    // Drop the closing delimiter and open the file part instead.
    let head = head[..head.len() - "--bigBoundary--\r\n".len()].to_vec();
    let file_head = b"--bigBoundary\r\nContent-Disposition: form-data; name=\"attachments[]\"; \
filename=\"server.log\"\r\nContent-Type: application/octet-stream\r\n\r\n"
        .to_vec();
    let tail = b"\r\n--bigBoundary--\r\n".to_vec();
    let chunk = Bytes::from(vec![b'a'; CHUNK]);
    let chunks = futures_util::stream::iter(
        [Bytes::from(head), Bytes::from(file_head)]
            .into_iter()
            .chain(std::iter::repeat_n(chunk, SIZE / CHUNK))
            .chain([Bytes::from(tail)]),
    )
    .map(|b| Ok::<_, BoxError>(Frame::data(b)));
    let body = StreamBody::new(chunks).boxed_unsync();
    let a = env
        .send(
            Method::POST,
            "/api/v2/tickets",
            &[("content-type", "multipart/form-data; boundary=bigBoundary")],
            body,
        )
        .await;
    a.expect(StatusCode::CREATED, "50 MB upload");
    let id = a.json()["attachments"][0]["id"]
        .as_u64()
        .expect("attachment");
    assert_eq!(
        env.sandbox.attachment_bytes(id).map(|b| b.len()),
        Some(SIZE)
    );
    env.stop().await;
}

#[tokio::test]
async fn tls_listener_speaks_http2_and_scrubs() {
    let cert = test_cert();
    let dir = tempfile::tempdir().expect("temp dir");
    let (cert_path, key_path) = (dir.path().join("proxy.pem"), dir.path().join("proxy.key"));
    std::fs::write(&cert_path, &cert.cert_pem).expect("cert");
    std::fs::write(&key_path, &cert.key_pem).expect("key");
    let env = start(sandbox(), |c| {
        c.listen.tls_cert = Some(cert_path.clone());
        c.listen.tls_key = Some(key_path.clone());
    })
    .await;
    assert!(env.base.starts_with("https://"));

    let mut roots = rustls::RootCertStore::empty();
    for der in rustls_pki_types::CertificateDer::pem_slice_iter(cert.cert_pem.as_bytes()) {
        roots.add(der.expect("pem")).expect("root");
    }
    let provider = std::sync::Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("protocols")
        .with_root_certificates(roots)
        .with_no_client_auth();
    let https = hyper_rustls::HttpsConnectorBuilder::new()
        .with_tls_config(tls)
        .https_only()
        .enable_http2()
        .build();
    let client = hyper_util::client::legacy::Client::builder(hyper_util::rt::TokioExecutor::new())
        .http2_only(true)
        .build::<_, TestBody>(https);
    let body = serde_json::to_vec(&ticket_with_pii()).expect("json");
    let request = http::Request::post(format!("{}/api/v2/tickets", env.base))
        .header("authorization", auth())
        .header("content-type", "application/json")
        .body(full(body))
        .expect("request");
    let response = client.request(request).await.expect("sent over h2");
    assert_eq!(response.version(), http::Version::HTTP_2);
    assert_eq!(response.status(), StatusCode::CREATED);
    let answer = BodyExt::collect(response.into_body())
        .await
        .expect("body")
        .to_bytes();
    let id = serde_json::from_slice::<Value>(&answer).expect("json")["id"]
        .as_u64()
        .expect("id");
    let stored = env.sandbox.ticket(id).expect("stored");
    assert_none_of(&text_fields(&stored), &[CARD, IBAN], "stored over h2");
    env.stop().await;
}

#[tokio::test]
async fn report_only_multipart_forwards_the_original_bytes() {
    let env = start(sandbox(), |c| {
        c.report_only.routes.insert("tickets.create".into(), true);
    })
    .await;
    let description = format!("<p>Card {CARD}</p>");
    let body = multipart(
        "shadow",
        &[
            ("email", None, None, EMAIL.as_bytes()),
            ("subject", None, None, b"Shadow"),
            ("description", None, None, description.as_bytes()),
            (
                "attachments[]",
                Some("Jane Doe.txt"),
                Some("text/plain"),
                b"hi",
            ),
        ],
    );
    let a = env
        .raw(
            Method::POST,
            "/api/v2/tickets",
            "multipart/form-data; boundary=shadow",
            body.clone(),
        )
        .await;
    a.expect(StatusCode::CREATED, "report-only multipart");
    assert_eq!(&env.log()[0].body[..], &body[..], "forwarded byte for byte");
    assert_eq!(a.json()["attachments"][0]["name"], "Jane Doe.txt");
    env.stop().await;
}
