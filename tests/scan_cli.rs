//! The `hushdesk scan` command, driven as a user would: the real binary, real
//! pipes. The JSON Lines mode is a contract other tools rely on.

use std::io::Write;
use std::process::{Command, Stdio};

use serde_json::{json, Value};

fn hushdesk(args: &[&str], stdin: &str) -> (String, String, bool) {
    let mut child = Command::new(env!("CARGO_BIN_EXE_hushdesk"))
        .args(args)
        .env("HUSHDESK_PSEUDONYM_KEY", "scan-cli-test-key-0123456789")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the hushdesk binary starts");
    child
        .stdin
        .take()
        .expect("stdin is piped")
        .write_all(stdin.as_bytes())
        .expect("input is written");
    let out = child.wait_with_output().expect("hushdesk finishes");
    (
        String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        String::from_utf8(out.stderr).expect("stderr is UTF-8"),
        out.status.success(),
    )
}

fn lines(stdout: &str) -> Vec<Value> {
    stdout
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("not JSON ({e}): {l}")))
        .collect()
}

/// The text each finding's byte span covers in `text`.
fn spans<'a>(text: &'a str, out: &Value) -> Vec<(&'a str, String)> {
    out["findings"]
        .as_array()
        .expect("findings is an array")
        .iter()
        .map(|f| {
            let (s, e) = (f["start"].as_u64().unwrap(), f["end"].as_u64().unwrap());
            (
                &text[s as usize..e as usize],
                f["category"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn jsonl_keeps_order_ids_and_byte_offsets_and_reports_bad_lines() {
    let plain = "Hej! Mejla Åsa på asa.oberg@example.se eller ring 070-123 45 67.";
    let html = "<p>Card: 4111 <b>1111</b> 1111 1111, mail bob&#64;example.com</p>";
    let input = [
        json!({"id": 1, "text": plain}).to_string(),
        "{not json".to_string(),
        json!({"id": "b", "text": html, "content_type": "text/html"}).to_string(),
        json!({"id": [3], "text": "Nothing personal here, version 4.2.0.17."}).to_string(),
        json!({"id": 4, "text": "x", "content_type": "application/pdf"}).to_string(),
    ]
    .join("\n");
    let (stdout, stderr, ok) = hushdesk(&["scan", "--jsonl", "-", "--threads", "2"], &input);
    assert!(ok, "scan failed: {stderr}");
    let out = lines(&stdout);
    assert_eq!(out.len(), 5, "one output line per input line:\n{stdout}");

    assert_eq!(out[0]["id"], json!(1));
    let found = spans(plain, &out[0]);
    assert!(
        found.contains(&("asa.oberg@example.se", "email".into())),
        "email span by byte offsets after non-ASCII text: {found:?}"
    );
    assert!(
        found.contains(&("070-123 45 67", "phone".into())),
        "{found:?}"
    );
    let redacted = out[0]["redacted"].as_str().unwrap();
    assert!(!redacted.contains("asa.oberg@example.se") && !redacted.contains("070-123"));

    assert!(
        out[1]["error"].as_str().is_some(),
        "malformed line: {}",
        out[1]
    );

    assert_eq!(out[2]["id"], json!("b"));
    let found = spans(html, &out[2]);
    assert!(
        found.contains(&("4111 <b>1111</b> 1111 1111", "payment_card".into())),
        "a card split by inline markup is one finding over its source bytes: {found:?}"
    );
    assert!(
        found.contains(&("bob&#64;example.com", "email".into())),
        "entity-encoded email, source bytes: {found:?}"
    );
    let redacted = out[2]["redacted"].as_str().unwrap();
    assert!(redacted.starts_with("<p>") && redacted.ends_with("</p>"));
    assert!(!redacted.contains("1111") && !redacted.contains("example.com"));

    assert_eq!(out[3]["id"], json!([3]));
    assert_eq!(
        out[3]["findings"],
        json!([]),
        "a build number is not an IP address"
    );

    assert!(out[4]["error"].as_str().unwrap().contains("content_type"));
}

#[test]
fn jsonl_uses_known_requester_values() {
    let text = "Hi,\nplease call me back.\n\nThanks,\nJörg";
    let input = json!({"id": 1, "text": text, "known": {"name": "Jörg Weber"}}).to_string();
    let (stdout, stderr, ok) = hushdesk(&["scan", "--jsonl", "-"], &input);
    assert!(ok, "{stderr}");
    let out = lines(&stdout);
    let found = spans(text, &out[0]);
    assert!(
        found.contains(&("Jörg", "person_name".into())),
        "the requester's first name in a signature: {found:?}"
    );
}

#[test]
fn plain_scan_redacts_and_explain_prints_no_values() {
    let text = "Contact: jane.doe@example.org, IBAN SE45 5000 0000 0583 9825 7466\n";
    let (stdout, stderr, ok) = hushdesk(&["scan", "--explain", "-"], text);
    assert!(ok, "{stderr}");
    assert_eq!(stdout, "Contact: [email], IBAN [iban]\n");
    assert!(
        stderr.contains("email") && stderr.contains("iban"),
        "{stderr}"
    );
    assert!(
        !stderr.contains("jane.doe") && !stderr.contains("5000"),
        "{stderr}"
    );
}

#[test]
fn pseudonyms_are_stable_under_one_key() {
    let text = "a: jane@example.org b: JANE@example.org c: bob@example.org";
    let (stdout, stderr, ok) = hushdesk(&["scan", "--action", "email=pseudonym", "-"], text);
    assert!(ok, "{stderr}");
    let tokens: Vec<&str> = stdout
        .split_whitespace()
        .filter(|w| w.starts_with("[email:"))
        .collect();
    assert_eq!(tokens.len(), 3, "{stdout}");
    assert_eq!(
        tokens[0], tokens[1],
        "same address, same pseudonym: {stdout}"
    );
    assert_ne!(
        tokens[0], tokens[2],
        "other address, other pseudonym: {stdout}"
    );
}

#[test]
fn stats_go_to_stderr() {
    let input = json!({"id": 1, "text": "hello"}).to_string();
    let (_, stderr, ok) = hushdesk(&["scan", "--jsonl", "--stats", "-"], &input);
    assert!(ok);
    assert!(
        stderr.contains("documents=1") && stderr.contains("MB/s="),
        "{stderr}"
    );
}

fn run_with_dir(args: &[&str], files: &[(&str, &str)], stdin: &str) -> (String, String, bool) {
    let dir = tempfile::tempdir().expect("temp dir");
    for (name, body) in files {
        std::fs::write(dir.path().join(name), body).expect("pack written");
    }
    let dir_arg = dir.path().to_str().expect("UTF-8 temp path").to_string();
    let mut all: Vec<&str> = args.to_vec();
    all.extend(["--patterns", &dir_arg]);
    hushdesk(&all, stdin)
}

#[test]
fn patterns_test_passes_on_the_default_packs() {
    let (stdout, stderr, ok) = hushdesk(&["patterns", "test"], "");
    assert!(ok, "{stdout}{stderr}");
    assert!(stdout.contains(" 0 failed"), "{stdout}");
}

#[test]
fn a_bad_user_pack_fails_at_load_naming_file_and_rule() {
    let pack = r#"
[pack]
name = "local"
version = 1
description = "broken"

[[rules]]
id = "local.broken"
category = "secret"
regex = '''(unclosed'''
prefilter = ["x"]
confidence = 0.9
[rules.examples]
match = ["a", "b", "c"]
no_match = ["d", "e", "f"]
"#;
    let (_, stderr, ok) = run_with_dir(&["scan", "-"], &[("local.toml", pack)], "hi");
    assert!(!ok, "a broken pack must stop the run");
    assert!(
        stderr.contains("local.toml") && stderr.contains("local.broken"),
        "the error names the file and the rule: {stderr}"
    );
}

#[test]
fn user_rules_and_allow_lists_load_without_recompiling() {
    let pack = r#"
[pack]
name = "local"
version = 1
description = "Our customer numbers, and our own support address"

[[rules]]
id = "national_id.customer_number"
category = "national_id"
subtype = "customer_number"
regex = '''\bCUST-\d{6}\b'''
prefilter = ["CUST-"]
confidence = 0.9
[rules.examples]
match = ["id [[CUST-123456]] here", "[[CUST-000001]]", "x CUST-999999 y"]
no_match = ["CUST-12", "CUSTOMER-123456", "nothing"]

[[allow]]
values = ["support@hushdesk.example"]
categories = ["email"]
"#;
    let text = "Write to support@hushdesk.example, not jane@example.org. Ref CUST-123456.";
    let (stdout, stderr, ok) = run_with_dir(&["scan", "-"], &[("local.toml", pack)], text);
    assert!(ok, "{stderr}");
    assert_eq!(
        stdout,
        "Write to support@hushdesk.example, not [email]. Ref [national_id]."
    );
}

#[test]
fn the_example_config_is_valid() {
    let config = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/hushdesk.example.toml");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hushdesk"))
        .args(["check-config", "--config", config])
        .env("HUSHDESK_AUDIT_KEY", "example-config-test-audit-key")
        .output()
        .expect("hushdesk runs");
    child.stderr.truncate(4000);
    assert!(
        child.status.success(),
        "{}",
        String::from_utf8_lossy(&child.stderr)
    );
    let stdout = String::from_utf8_lossy(&child.stdout);
    assert!(stdout.contains("configuration OK"), "{stdout}");
    assert!(stdout.contains("https://acme.freshdesk.com"), "{stdout}");
}
