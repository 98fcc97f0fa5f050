//! The redaction ledger behind the proxy, end to end: a real client → the
//! proxy (ledger in the test's temporary directory, fixed audit key) → the
//! sandbox helpdesk over TLS. The ledger files, `audit::verify`,
//! `audit::query::lookup`, the admin endpoints and what reached the
//! sandbox (`request_log`) are the evidence.

mod common;

use std::path::Path;
use std::time::Duration;

use common::*;
use http::{Method, StatusCode};
use hushdesk::audit::{self, query, AuditKey, Outcome, VerifyStatus};
use hushdesk::config::OnFailure;
use hushdesk::detect::Category;
use serde_json::json;

fn verify_ok(dir: &Path) -> u64 {
    let report = audit::verify(dir, Some(&audit_key())).expect("verifies");
    assert_eq!(report.status, VerifyStatus::Ok, "{:?}", report.status);
    assert!(report.checkpoint_mac_checked);
    report.records
}

/// Moves the ledger directory away and puts a file in its place, so that
/// no ledger file can be created (works as root too); returns a closure
/// that puts it back.
fn break_ledger(dir: &Path) -> impl FnOnce() {
    let moved = dir.with_extension("moved");
    std::fs::rename(dir, &moved).expect("move the ledger away");
    std::fs::write(dir, b"not a directory").expect("file in its place");
    let dir = dir.to_owned();
    move || {
        std::fs::remove_file(&dir).expect("remove the file");
        std::fs::rename(&moved, &dir).expect("move the ledger back");
    }
}

#[tokio::test]
async fn a_create_leaves_one_record_with_ticket_id_findings_and_retention() {
    let env = start(sandbox(), |_| {}).await;
    let answer = env
        .send(
            Method::POST,
            "/api/v2/tickets",
            &[
                ("content-type", "application/json"),
                ("x-request-id", "client-req-0001"),
            ],
            full(serde_json::to_vec(&ticket_with_pii()).expect("json")),
        )
        .await;
    answer.expect(StatusCode::CREATED, "create");
    let id = answer.json()["id"].as_u64().expect("id");
    assert!(
        answer.header("x-request-id").is_some(),
        "the upstream's X-Request-Id passes through"
    );

    // The answer is released only after the record is durable: it is there.
    let records = env.records();
    assert_eq!(records.len(), 1, "{records:#?}");
    let r = &records[0];
    assert_eq!(
        r.ticket_id,
        Some(id),
        "ticket id from the upstream's answer"
    );
    assert_eq!(r.request_id, "client-req-0001");
    assert_eq!(
        (r.method.as_str(), r.route.as_str()),
        ("POST", "/api/v2/tickets")
    );
    assert_eq!(r.outcome, Outcome::Forwarded);
    assert_eq!(r.upstream_status, Some(201));
    assert_eq!(r.conversation_id, None);
    assert!(
        r.policy_version.starts_with("sha256:"),
        "{}",
        r.policy_version
    );
    let retention = r.retention.as_ref().expect("retention decision");
    assert_eq!(retention.tag, "retention:30d");
    assert!(!retention.rule.is_empty());
    let stored = env.sandbox.ticket(id).expect("stored");
    assert!(stored["tags"]
        .as_array()
        .expect("tags")
        .iter()
        .any(|t| t == retention.tag.as_str()));

    let paths: Vec<&str> = r.findings.iter().map(|f| f.path.as_str()).collect();
    assert!(paths.contains(&"subject"), "{paths:?}");
    assert!(paths.contains(&"description"), "{paths:?}");
    for category in [Category::PaymentCard, Category::Iban, Category::Email] {
        assert!(
            r.findings.iter().any(|f| f.category == category),
            "{category} in {:#?}",
            r.findings
        );
    }
    for f in &r.findings {
        assert_eq!(f.fingerprint.len(), 64);
        assert!(f.length > 0);
    }

    // A reply: ticket id from the path, conversation id from the answer.
    let reply = env
        .json(
            Method::POST,
            &format!("/api/v2/tickets/{id}/reply"),
            &json!({"body": format!("<p>Refunded to {CARD}.</p>")}),
        )
        .await;
    reply.expect(StatusCode::CREATED, "reply");
    let conversation = reply.json()["id"].as_u64().expect("conversation id");
    let records = env.records();
    assert_eq!(records.len(), 2);
    let r = &records[1];
    assert_eq!(r.route, "/api/v2/tickets/{id}/reply");
    assert_eq!(
        (r.ticket_id, r.conversation_id),
        (Some(id), Some(conversation))
    );
    assert!(
        r.request_id.starts_with("hd-"),
        "generated: {}",
        r.request_id
    );
    assert!(r.retention.is_none());

    // An update: ticket id from the path.
    env.json(
        Method::PUT,
        &format!("/api/v2/tickets/{id}"),
        &json!({"priority": 3}),
    )
    .await
    .expect(StatusCode::OK, "update");
    let records = env.records();
    assert_eq!(records[2].ticket_id, Some(id));
    assert_eq!(records[2].route, "/api/v2/tickets/{id}");

    // Pass-through routes leave no record.
    env.send(Method::GET, "/api/v2/tickets", &[], full(Vec::new()))
        .await
        .expect(StatusCode::OK, "list");
    assert_eq!(env.records().len(), 3);

    let dir = env.ledger_dir.clone();
    let _files = env.stop().await;
    assert_eq!(verify_ok(&dir), 3);
}

#[tokio::test]
async fn no_personal_value_appears_in_any_ledger_file() {
    let env = start(sandbox(), |_| {}).await;
    let mut values: Vec<String> = [CARD, IBAN, NAME, EMAIL, PHONE, OTHER_EMAIL]
        .iter()
        .map(|v| v.to_string())
        .collect();
    values.extend([
        "4111111111111111".to_string(),
        "DE89370400440532013000".to_string(),
        "jane.doe".to_string(),
        "bob.smith".to_string(),
    ]);
    for i in 0..12 {
        let email = format!("customer.{i}.person@example.net");
        let phone = format!("+46 70 555 {:02} {:02}", 10 + i, 20 + i);
        let ticket = json!({
            "name": NAME,
            "email": EMAIL,
            "subject": format!("Question {i} from {email}"),
            "description": format!(
                "<p>Please mail {email} or call {phone}. Card {CARD}, IBAN {IBAN}.</p>"
            ),
            "priority": 1,
            "status": 2
        });
        let created = env.json(Method::POST, "/api/v2/tickets", &ticket).await;
        created.expect(StatusCode::CREATED, "create");
        let id = created.json()["id"].as_u64().expect("id");
        env.json(
            Method::POST,
            &format!("/api/v2/tickets/{id}/notes"),
            &json!({"body": format!("Reached {email} at {phone}"), "private": true}),
        )
        .await
        .expect(StatusCode::CREATED, "note");
        values.push(email);
        values.push(phone);
    }
    // A multipart create whose attachment name carries the person's name.
    let body = multipart(
        "ledgerBoundary",
        &[
            ("email", None, None, EMAIL.as_bytes()),
            ("name", None, None, NAME.as_bytes()),
            ("subject", None, None, b"Passport"),
            (
                "description",
                None,
                None,
                format!("<p>My card {CARD}</p>").as_bytes(),
            ),
            ("status", None, None, b"2"),
            ("priority", None, None, b"1"),
            (
                "attachments[]",
                Some("Jane Doe passport.pdf"),
                Some("application/pdf"),
                b"%PDF-1.4 not really",
            ),
        ],
    );
    let created = env
        .raw(
            Method::POST,
            "/api/v2/tickets",
            "multipart/form-data; boundary=ledgerBoundary",
            body,
        )
        .await;
    created.expect(StatusCode::CREATED, "multipart create");
    let id = created.json()["id"].as_u64().expect("id");
    values.push("Jane Doe passport".to_string());

    // The renamed attachment's token is not a prefix of the record's
    // fingerprint (that is under the audit key, for the ledger only).
    let stored = env.sandbox.ticket(id).expect("stored");
    let name = stored["attachments"][0]["name"].as_str().expect("name");
    let token = name
        .strip_prefix("attachment-")
        .and_then(|n| n.strip_suffix(".pdf"))
        .expect("renamed attachment");
    let records = env.records();
    let multipart_record = records
        .iter()
        .find(|r| r.ticket_id == Some(id))
        .expect("multipart record");
    let file_finding = multipart_record
        .findings
        .iter()
        .find(|f| f.path == "attachments[].name")
        .expect("file name finding");
    assert!(!file_finding.fingerprint.starts_with(token), "{token}");

    let dir = env.ledger_dir.clone();
    let _files = env.stop().await;
    assert_eq!(verify_ok(&dir), 25);
    let mut files = 0;
    for entry in std::fs::read_dir(&dir).expect("ledger dir") {
        let path = entry.expect("entry").path();
        let bytes = std::fs::read(&path).expect("ledger file");
        let text = String::from_utf8_lossy(&bytes).to_lowercase();
        for value in &values {
            assert!(
                !text.contains(&value.to_lowercase()),
                "{} holds a personal value",
                path.display()
            );
        }
        files += 1;
    }
    assert!(files >= 2, "segment and checkpoint");
}

#[tokio::test]
async fn fail_closed_rejections_are_recorded_with_their_reason() {
    let env = start(sandbox(), |_| {}).await;
    env.raw(
        Method::POST,
        "/api/v2/tickets",
        "application/json",
        b"{\"subject\": ".to_vec(),
    )
    .await
    .expect(StatusCode::BAD_REQUEST, "bad JSON");
    env.raw(
        Method::PUT,
        "/api/v2/tickets/12",
        "application/xml",
        b"<ticket/>".to_vec(),
    )
    .await
    .expect(StatusCode::UNSUPPORTED_MEDIA_TYPE, "XML");
    assert!(env.log().is_empty(), "nothing reached the upstream");

    let records = env.records();
    assert_eq!(records.len(), 2);
    assert_eq!(records[0].outcome, Outcome::rejected("invalid_json"));
    assert_eq!(records[0].ticket_id, None);
    assert_eq!(records[0].upstream_status, None);
    assert!(records[0].findings.is_empty());
    assert_eq!(
        records[1].outcome,
        Outcome::rejected("unsupported_content_type")
    );
    assert_eq!(records[1].ticket_id, Some(12), "from the path");
    let dir = env.ledger_dir.clone();
    let _files = env.stop().await;
    assert_eq!(verify_ok(&dir), 2);
}

#[tokio::test]
async fn report_only_requests_are_recorded_as_such() {
    let env = start(sandbox(), |c| c.report_only.enabled = true).await;
    env.json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await
        .expect(StatusCode::CREATED, "create");
    let records = env.records();
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].outcome, Outcome::ReportOnly);
    assert!(!records[0].findings.is_empty());
    env.stop().await;
}

#[tokio::test]
async fn an_unwritable_ledger_refuses_content_requests_and_readiness() {
    let env = start(sandbox(), |_| {}).await;
    env.admin_get("/readyz", &[])
        .await
        .expect(StatusCode::OK, "ready");
    env.json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await
        .expect(StatusCode::CREATED, "create");

    let restore = break_ledger(&env.ledger_dir);
    // This request is forwarded (the ledger looked healthy), but its record
    // cannot be written: the ledger turns unhealthy.
    env.json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await
        .expect(
            StatusCode::CREATED,
            "forwarded before the failure was known",
        );
    assert!(!env
        .proxy
        .as_ref()
        .expect("proxy")
        .ledger()
        .expect("ledger")
        .healthy());
    env.admin_get("/readyz", &[])
        .await
        .expect(StatusCode::SERVICE_UNAVAILABLE, "not ready");
    let metrics = env.admin_get("/metrics", &[]).await;
    let text = String::from_utf8_lossy(&metrics.body).to_string();
    assert!(
        text.contains("hushdesk_ledger_append_failures_total 1"),
        "{text}"
    );
    assert!(text.contains("hushdesk_ledger_healthy 0"), "{text}");

    // Now nothing reaches the upstream.
    env.sandbox.clear_request_log();
    let refused = env
        .json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await;
    refused.expect(StatusCode::SERVICE_UNAVAILABLE, "refused");
    assert_eq!(refused.json()["code"], "service_unavailable");
    assert!(refused.json()["message"].is_string());
    assert_eq!(refused.header("retry-after"), Some("5"));
    assert!(env.log().is_empty(), "nothing reached the upstream");
    // Pass-through routes are not affected.
    env.send(Method::GET, "/api/v2/tickets", &[], full(Vec::new()))
        .await
        .expect(StatusCode::OK, "list");

    // Once the directory is back, a refused request's own record succeeds
    // and the ledger recovers.
    restore();
    let mut recovered = false;
    for _ in 0..50 {
        let a = env
            .json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
            .await;
        if a.status == StatusCode::CREATED {
            recovered = true;
            break;
        }
        a.expect(StatusCode::SERVICE_UNAVAILABLE, "still refused");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert!(recovered, "the ledger recovers once writable");
    env.admin_get("/readyz", &[])
        .await
        .expect(StatusCode::OK, "ready again");
    let records = env.records();
    assert!(records
        .iter()
        .any(|r| r.outcome == Outcome::rejected("ledger_unavailable")));
    let dir = env.ledger_dir.clone();
    let _files = env.stop().await;
    verify_ok(&dir);
}

#[tokio::test]
async fn with_on_failure_forward_requests_go_through() {
    let env = start(sandbox(), |c| c.ledger.on_failure = OnFailure::Forward).await;
    let restore = break_ledger(&env.ledger_dir);
    for _ in 0..3 {
        env.json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
            .await
            .expect(StatusCode::CREATED, "forwarded unrecorded");
    }
    assert_eq!(env.log().len(), 3);
    env.admin_get("/readyz", &[])
        .await
        .expect(StatusCode::SERVICE_UNAVAILABLE, "not ready");
    assert_eq!(
        env.proxy
            .as_ref()
            .expect("proxy")
            .metrics()
            .ledger_failures(),
        3
    );
    restore();
    env.stop().await;
}

#[tokio::test]
async fn lookup_by_the_audit_key_finds_a_redacted_email() {
    let env = start(sandbox(), |_| {}).await;
    let created = env
        .json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await;
    created.expect(StatusCode::CREATED, "create");
    let id = created.json()["id"].as_u64().expect("id");
    env.json(
        Method::POST,
        "/api/v2/tickets",
        &json!({"email": "someone@example.org", "subject": "Hello", "description": "<p>No data</p>",
                "priority": 1, "status": 2}),
    )
    .await
    .expect(StatusCode::CREATED, "clean create");
    let dir = env.ledger_dir.clone();
    let _files = env.stop().await;

    let hits = query::lookup(&dir, &audit_key(), OTHER_EMAIL, None).expect("lookup");
    assert_eq!(hits.len(), 1);
    assert_eq!(hits[0].record.ticket_id, Some(id));
    let finding = &hits[0].record.findings[hits[0].findings[0]];
    assert_eq!(finding.category, Category::Email);
    assert_eq!(finding.path, "description");
    // Normalised: case does not matter.
    let hits =
        query::lookup(&dir, &audit_key(), &OTHER_EMAIL.to_uppercase(), None).expect("lookup");
    assert_eq!(hits.len(), 1);
    // Under another key the ledger says nothing about the value.
    let other = AuditKey::new(b"some other audit key".to_vec()).expect("key");
    assert!(query::lookup(&dir, &other, OTHER_EMAIL, None)
        .expect("lookup")
        .is_empty());
}

#[tokio::test]
async fn admin_endpoints_and_their_token() {
    let env = start(sandbox(), |_| {}).await;
    env.admin_get("/healthz", &[])
        .await
        .expect(StatusCode::OK, "healthz");
    env.json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await
        .expect(StatusCode::CREATED, "create");
    let metrics = env.admin_get("/metrics", &[]).await;
    metrics.expect(StatusCode::OK, "metrics");
    assert!(metrics
        .header("content-type")
        .is_some_and(|v| v.starts_with("text/plain; version=0.0.4")));
    let text = String::from_utf8_lossy(&metrics.body).to_string();
    assert!(
        text.contains("hushdesk_requests_total{route=\"tickets.create\",outcome=\"forwarded\"} 1"),
        "{text}"
    );
    assert!(
        text.contains("hushdesk_findings_total{category=\"payment_card\"}"),
        "{text}"
    );
    assert!(text.contains("hushdesk_ledger_healthy 1"), "{text}");
    for value in [CARD, EMAIL, NAME, "4111"] {
        assert!(!text.contains(value), "metrics hold {value:?}");
    }
    env.admin_get("/nope", &[])
        .await
        .expect(StatusCode::NOT_FOUND, "unknown");
    env.stop().await;

    let token_file = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(token_file.path(), "s3cret-admin-token\n").expect("token");
    let path = token_file.path().to_owned();
    let env = start(sandbox(), move |c| c.admin.token_file = Some(path)).await;
    env.admin_get("/readyz", &[])
        .await
        .expect(StatusCode::UNAUTHORIZED, "no token");
    env.admin_get("/readyz", &[("authorization", "Bearer wrong")])
        .await
        .expect(StatusCode::UNAUTHORIZED, "wrong token");
    env.admin_get("/readyz", &[("authorization", "Bearer s3cret-admin-token")])
        .await
        .expect(StatusCode::OK, "token");
    env.stop().await;
}

#[tokio::test]
async fn the_ledger_can_be_switched_off() {
    let env = start(sandbox(), |c| c.ledger.enabled = false).await;
    env.json(Method::POST, "/api/v2/tickets", &ticket_with_pii())
        .await
        .expect(StatusCode::CREATED, "create");
    assert!(env.proxy.as_ref().expect("proxy").ledger().is_none());
    assert!(!env.ledger_dir.exists());
    env.admin_get("/readyz", &[])
        .await
        .expect(StatusCode::OK, "ready without a ledger");
    env.stop().await;
}
