//! A real Freshdesk client library through the proxy: python-freshdesk
//! (PyPI) talks to `hushdesk`'s TLS listener, which forwards to the sandbox
//! helpdesk over TLS. The client's view is checked by
//! `tests/clients/python_freshdesk_proxy.py`; what the helpdesk stored and
//! what reached it are checked here.
//!
//! Needs an interpreter with python-freshdesk installed, named by
//! `HUSHDESK_PYTHON`:
//!
//! ```text
//! python3 -m venv .venv-pyfd && .venv-pyfd/bin/pip install python-freshdesk==1.3.9
//! HUSHDESK_PYTHON=.venv-pyfd/bin/python cargo test --test proxy_clients -- --nocapture
//! ```
//!
//! Without `HUSHDESK_PYTHON` the test prints a notice and passes, unless
//! `HUSHDESK_REQUIRE_PYTHON=1` is set (CI sets it, so a missing interpreter
//! fails there instead of skipping silently).

mod common;

use std::path::Path;

use common::{assert_none_of, start, test_cert, Env, KEY};
use hushdesk::sandbox::SandboxConfig;
use serde_json::{json, Value};

// Planted test values (all fictitious).
const NAME: &str = "Maria Lindqvist";
const EMAIL: &str = "maria.lindqvist@example.org";
const PHONE: &str = "+46 70 123 45 67";
const CARD: &str = "4111 1111 1111 1111";
const IBAN: &str = "DE89 3704 0044 0532 0130 00";
const OTHER_EMAIL: &str = "per.karlsson@example.net";
const CC_EMAIL: &str = "accounts@example.com";
const CONTACT_NAME: &str = "Erik Johansson";
const CONTACT_EMAIL: &str = "erik.johansson@example.com";

const PERSONAL_FILE: &str = "Maria Lindqvist passport.pdf";
const PLAIN_FILE: &str = "notes.txt";

/// Values that must never reach the helpdesk in free text.
const FREE_TEXT: &[&str] = &[CARD, IBAN, OTHER_EMAIL, PHONE, "4111"];

fn pdf_bytes() -> Vec<u8> {
    let mut bytes = b"%PDF-1.4\n".to_vec();
    bytes.extend((0..=255u8).cycle().take(20_000));
    bytes
}

const PLAIN_BYTES: &[u8] = b"plain text file, nothing personal\n";

/// The interpreter, or `None` (after printing why) when the test is skipped.
fn python() -> Option<String> {
    match std::env::var("HUSHDESK_PYTHON") {
        Ok(python) if !python.is_empty() => Some(python),
        _ => {
            let required = std::env::var("HUSHDESK_REQUIRE_PYTHON").is_ok_and(|v| v == "1");
            assert!(
                !required,
                "HUSHDESK_REQUIRE_PYTHON=1 but HUSHDESK_PYTHON is not set"
            );
            eprintln!(
                "SKIPPED python-freshdesk through the proxy: HUSHDESK_PYTHON is not set.\n\
                 To run it: python3 -m venv .venv-pyfd && \
                 .venv-pyfd/bin/pip install python-freshdesk==1.3.9, then\n\
                 HUSHDESK_PYTHON=.venv-pyfd/bin/python cargo test --test proxy_clients"
            );
            None
        }
    }
}

/// The output of one script run.
struct Run {
    stdout: String,
    result: Value,
}

async fn run_script(python: &str, env: &Env, ca_bundle: &Path, plan: &Value) -> Run {
    let script = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/clients/python_freshdesk_proxy.py"
    );
    let out = tokio::process::Command::new(python)
        .arg(script)
        .arg(&env.base)
        .arg(KEY)
        .arg(ca_bundle)
        .arg(plan.to_string())
        .env_remove("REQUESTS_CA_BUNDLE")
        .env_remove("CURL_CA_BUNDLE")
        .env_remove("HTTPS_PROXY")
        .env_remove("https_proxy")
        .env_remove("HTTP_PROXY")
        .env_remove("http_proxy")
        .env_remove("ALL_PROXY")
        .env_remove("all_proxy")
        .kill_on_drop(true)
        .output()
        .await
        .expect("python runs");
    let stdout = String::from_utf8_lossy(&out.stdout).to_string();
    println!("{stdout}");
    eprintln!("{}", String::from_utf8_lossy(&out.stderr));
    assert!(
        out.status.success(),
        "python-freshdesk through the proxy failed:\n{stdout}"
    );
    assert!(
        stdout.lines().any(|l| l.ends_with(" passed, 0 failed")),
        "closing line missing:\n{stdout}"
    );
    let result = stdout
        .lines()
        .find_map(|l| l.strip_prefix("RESULT "))
        .map(|l| serde_json::from_str(l).expect("RESULT line is JSON"))
        .unwrap_or_else(|| panic!("RESULT line missing:\n{stdout}"));
    Run { stdout, result }
}

fn id(result: &Value, key: &str) -> u64 {
    result[key]
        .as_u64()
        .unwrap_or_else(|| panic!("{key} missing in {result}"))
}

/// The free-text members of a stored ticket.
fn ticket_text(ticket: &Value) -> String {
    [
        ticket["subject"].to_string(),
        ticket["description"].to_string(),
        ticket["description_text"].to_string(),
        ticket["custom_fields"].to_string(),
    ]
    .join("\n")
}

#[tokio::test]
async fn python_freshdesk_works_through_the_proxy() {
    let Some(python) = python() else {
        return;
    };

    // The proxy's own listener speaks TLS with a second test certificate,
    // the one the client trusts.
    let dir = tempfile::tempdir().expect("temp dir");
    let proxy_cert = test_cert();
    let (cert_path, key_path) = (dir.path().join("proxy.pem"), dir.path().join("proxy.key"));
    std::fs::write(&cert_path, &proxy_cert.cert_pem).expect("proxy cert");
    std::fs::write(&key_path, &proxy_cert.key_pem).expect("proxy key");
    let env = start(SandboxConfig::with_api_key(KEY), |c| {
        c.listen.tls_cert = Some(cert_path.clone());
        c.listen.tls_key = Some(key_path.clone());
    })
    .await;
    assert!(
        env.base.starts_with("https://"),
        "TLS listener: {}",
        env.base
    );
    // The client trusts only the proxy's certificate: everything, the
    // attachment downloads included, goes through the proxy.
    let bundle = dir.path().join("proxy-ca.pem");
    std::fs::write(&bundle, &proxy_cert.cert_pem).expect("CA file");

    let (personal_file, plain_file) = (dir.path().join(PERSONAL_FILE), dir.path().join(PLAIN_FILE));
    let pdf = pdf_bytes();
    std::fs::write(&personal_file, &pdf).expect("personal file");
    std::fs::write(&plain_file, PLAIN_BYTES).expect("plain file");
    let plan = json!({
        "name": NAME,
        "email": EMAIL,
        "phone": PHONE,
        "card": CARD,
        "iban": IBAN,
        "other_email": OTHER_EMAIL,
        "cc_email": CC_EMAIL,
        "contact_name": CONTACT_NAME,
        "contact_email": CONTACT_EMAIL,
        "personal_file": personal_file,
        "plain_file": plain_file,
    });

    let run = run_script(&python, &env, &bundle, &plan).await;
    let result = &run.result;
    let (json_id, mp_id) = (id(result, "json_id"), id(result, "mp_id"));

    // Every stored ticket: no planted free-text value, a retention tag.
    let tickets = env.sandbox.tickets();
    assert_eq!(tickets.len(), 5, "tickets stored");
    for ticket in &tickets {
        assert_none_of(&ticket_text(ticket), FREE_TEXT, "stored ticket");
        assert_none_of(&ticket_text(ticket), &[NAME, EMAIL], "stored ticket text");
        let tags = ticket["tags"].as_array().expect("tags");
        assert_eq!(
            tags.iter()
                .filter(|t| t.as_str().is_some_and(|t| t.starts_with("retention:")))
                .count(),
            1,
            "exactly one retention tag: {tags:?}"
        );
    }

    // JSON ticket: updated with `tags` (replaced, erasure class merged),
    // then without (left alone).
    let json_ticket = env.sandbox.ticket(json_id).expect("JSON ticket");
    assert_eq!(
        json_ticket["tags"],
        json!(["escalated", "retention:erasure"])
    );
    assert_eq!(json_ticket["subject"], "Please delete my data");
    assert_eq!(json_ticket["priority"], 4);
    assert_eq!(json_ticket["status"], 3);

    // Identity fields the policy keeps: the requester exists as a contact
    // with the name and email the client sent.
    let contacts = env.sandbox.contacts();
    let requester = contacts
        .iter()
        .find(|c| c["id"] == json_ticket["requester_id"])
        .expect("requester contact");
    assert_eq!(requester["name"], NAME);
    assert_eq!(requester["email"], EMAIL);

    // Multipart ticket: renamed attachment with its extension and bytes,
    // harmless name kept, tags[] merged with the retention tag, third-party
    // cc kept, custom fields scrubbed.
    let mp = env.sandbox.ticket(mp_id).expect("multipart ticket");
    assert_eq!(mp["tags"], json!(["kyc", "vip", "retention:30d"]));
    assert_eq!(mp["cc_emails"], json!([CC_EMAIL]));
    assert_eq!(mp["custom_fields"]["cf_flag"], true);
    assert!(
        mp["custom_fields"]["cf_note"]
            .as_str()
            .is_some_and(|s| s.starts_with("call me on ")),
        "custom field text kept: {}",
        mp["custom_fields"]
    );
    let attachments = mp["attachments"].as_array().expect("attachments");
    assert_eq!(attachments.len(), 2);
    let renamed = attachments[0]["name"].as_str().expect("name");
    assert!(
        renamed.starts_with("attachment-") && renamed.ends_with(".pdf") && !renamed.contains(' '),
        "renamed with the extension kept: {renamed}"
    );
    assert_eq!(result["renamed"], renamed, "the client saw the stored name");
    assert_eq!(attachments[1]["name"], PLAIN_FILE);
    for (attachment, bytes) in attachments.iter().zip([&pdf[..], PLAIN_BYTES]) {
        let aid = attachment["id"].as_u64().expect("attachment id");
        assert_eq!(
            env.sandbox.attachment_bytes(aid).as_deref(),
            Some(bytes),
            "attachment bytes identical"
        );
    }

    // Reply and note: scrubbed.
    let conversations = env.sandbox.conversations(json_id);
    assert_eq!(conversations.len(), 2, "reply and note stored");
    for c in &conversations {
        assert_none_of(
            &format!("{}\n{}", c["body"], c["body_text"]),
            FREE_TEXT,
            "stored conversation",
        );
    }

    // Contact: identity kept, description scrubbed.
    let contact_id = id(result, "contact_id");
    let contact = contacts
        .iter()
        .find(|c| c["id"] == contact_id)
        .expect("created contact");
    assert_eq!(contact["name"], CONTACT_NAME);
    assert_eq!(contact["email"], CONTACT_EMAIL);
    assert_none_of(&contact["description"].to_string(), FREE_TEXT, "contact");

    // Nothing planted in free text reached the helpdesk in any request, and
    // neither did the personal file name.
    let log = env.log();
    assert!(!log.is_empty(), "requests reached the sandbox");
    for request in &log {
        let body = String::from_utf8_lossy(&request.body);
        assert_none_of(&body, &[CARD, IBAN, OTHER_EMAIL], "a forwarded body");
        assert_none_of(&body, &["Lindqvist passport"], "a forwarded body");
    }
    assert!(
        run.stdout.contains("ok   search tickets"),
        "search ran:\n{}",
        run.stdout
    );
    env.stop().await;
}
