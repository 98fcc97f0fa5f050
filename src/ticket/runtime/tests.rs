use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use super::*;
use crate::config::{DEFAULT_LEDGER_DIR, DEFAULT_MAX_SEGMENT_AGE, DEFAULT_MAX_SEGMENT_BYTES};

fn key_file() -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(b"a test key that is long enough\n")
        .expect("write key");
    file
}

/// The audit key file shared by the tests (never changed, so one is
/// enough).
fn audit_key() -> PathBuf {
    static FILE: std::sync::LazyLock<tempfile::NamedTempFile> = std::sync::LazyLock::new(|| {
        let mut file = tempfile::NamedTempFile::new().expect("temp file");
        file.write_all(b"a runtime test audit key\n")
            .expect("write audit key");
        file
    });
    FILE.path().to_owned()
}

fn with_upstream(text: &str, key: &tempfile::NamedTempFile) -> Config {
    let mut config = Config::from_toml(text).expect("valid TOML");
    config.set_upstream("https://acme.freshdesk.com");
    config.redaction.key_file = Some(key.path().to_owned());
    config.ledger.key_file = Some(audit_key());
    config
}

fn runtime(text: &str) -> Result<Runtime, SetupError> {
    let key = key_file();
    Runtime::from_config(with_upstream(text, &key))
}

#[test]
fn engine_errors_name_the_field() {
    let cases: [(&str, &str); 7] = [
        (
            "[patterns]\ncategory_thresholds = { person_nam = 0.7 }",
            "patterns.category_thresholds: unknown category `person_nam`, expected one of `secret`,",
        ),
        (
            "[redaction]\nactions = { emial = \"label\" }",
            "redaction.actions: unknown category `emial`",
        ),
        (
            "[fields.overrides]\n\"a..b\" = \"keep\"",
            "fields.overrides: field selector `a..b` has an empty segment",
        ),
        (
            "[report_only]\nroutes = { \"tickets.nope\" = true }",
            "report_only.routes",
        ),
        (
            "[patterns]\ndirs = [\"/nonexistent/hushdesk/packs\"]",
            "patterns.dirs",
        ),
        ("[retention]\ndefault_class = \"nope\"", "retention:"),
        (
            "[[retention.rules]]\nclass = \"30d\"\nwhen = { categories = [\"emial\"] }",
            "retention: invalid policy",
        ),
    ];
    for (text, field) in cases {
        let error = runtime(text).expect_err(text).to_string();
        assert!(error.starts_with(field), "{text}: {error}");
    }
    // Value errors come through unchanged.
    let error = runtime("[timeouts]\nbody_read = \"0s\"")
        .expect_err("zero timeout")
        .to_string();
    assert_eq!(error, "timeouts.body_read: must be more than zero");
}

#[test]
fn the_ledger_needs_an_audit_key_unless_it_is_off() {
    let key = key_file();
    let mut config = with_upstream("", &key);
    config.ledger.key_file = None;
    if std::env::var_os(audit::KEY_ENV).is_none() {
        let error = Runtime::from_config(config.clone())
            .expect_err("no audit key")
            .to_string();
        assert!(error.starts_with("ledger.key_file"), "{error}");
        assert!(error.contains(audit::KEY_ENV), "{error}");
    }
    // Switched off explicitly, no key is needed.
    config.ledger.enabled = false;
    let runtime = Runtime::from_config(config).expect("ledger off");
    assert!(runtime.ledger.is_none());
}

#[test]
fn short_audit_keys_are_refused() {
    let key = key_file();
    let mut short = tempfile::NamedTempFile::new().expect("temp file");
    short.write_all(b"short").expect("write");
    let mut config = with_upstream("", &key);
    config.ledger.key_file = Some(short.path().to_owned());
    let error = Runtime::from_config(config)
        .expect_err("short audit key")
        .to_string();
    assert!(error.starts_with("ledger.key_file"), "{error}");
}

#[test]
fn the_ledger_config() {
    let key = key_file();
    let mut config = with_upstream(
        r#"
[ledger]
dir = "/var/lib/hushdesk/ledger"
fsync = "interval"
fsync_interval = "250ms"
max_segment_bytes = 1000
max_segment_age = "1h"
on_failure = "forward"
"#,
        &key,
    );
    config.set_ledger_dir("/srv/ledger");
    let runtime = Runtime::from_config(config).expect("runtime");
    let ledger = runtime.ledger.as_ref().expect("ledger on");
    assert_eq!(ledger.config.dir, Path::new("/srv/ledger"));
    assert_eq!(
        ledger.config.fsync,
        FsyncPolicy::Interval(Duration::from_millis(250))
    );
    assert_eq!(ledger.config.max_segment_bytes, 1000);
    assert_eq!(ledger.config.max_segment_age, Duration::from_secs(3600));
    assert_eq!(ledger.on_failure, OnFailure::Forward);
}

/// The config's documented defaults are the body walkers' own.
#[test]
fn body_defaults_agree() {
    let config = Config::default();
    let (json, multipart, html) = body_limits(&config.limits);
    assert_eq!(json, JsonLimits::default());
    assert_eq!(multipart, MultipartLimits::default());
    let default_html = HtmlLimits::default();
    assert_eq!(
        (html.max_memory, html.max_text_node),
        (default_html.max_memory, default_html.max_text_node)
    );
    assert_eq!(
        attachment_policy(&config.attachments),
        AttachmentPolicy::default()
    );
    assert_eq!(
        field_policy(&config.fields).expect("default fields"),
        FieldPolicy::default()
    );
}

#[test]
fn sections_become_the_runtime_types() {
    let runtime = runtime(
        r#"
[limits.json]
max_depth = 8
[limits.multipart]
max_parts = 3
[limits.html]
max_text_node = 4096
[fields]
identity = "redact"
custom_fields = { only = ["cf_notes"] }
[fields.overrides]
"custom_fields.cf_order_id" = "keep"
"attachments[].name" = "scan"
[attachments]
allow_content_types = ["image/*"]
rename_pattern = "file-{fp}{ext}"
"#,
    )
    .expect("runtime");
    assert_eq!(runtime.json_limits.max_depth, 8);
    assert_eq!(runtime.multipart_limits.max_parts, 3);
    assert_eq!(runtime.html_limits.max_text_node, 4096);
    assert_eq!(runtime.fields.identity, json::WholeFieldAction::Redact);
    assert_eq!(
        runtime.fields.custom_fields,
        json::CustomFieldScan::Only(vec!["cf_notes".into()])
    );
    let overrides: Vec<(String, json::FieldAction)> = runtime
        .fields
        .overrides
        .iter()
        .map(|(s, a)| (s.to_string(), *a))
        .collect();
    assert_eq!(
        overrides,
        [
            ("attachments[].name".to_string(), json::FieldAction::Scan),
            (
                "custom_fields.cf_order_id".to_string(),
                json::FieldAction::Keep
            ),
        ]
    );
    assert_eq!(runtime.attachments.allow_content_types, ["image/*"]);
    assert_eq!(runtime.retention.tag_prefix(), "retention:");
    assert_eq!(runtime.attachments.rename_pattern, "file-{fp}{ext}");
}

/// The config's documented ledger defaults are the ledger's own.
#[test]
fn ledger_defaults_agree() {
    assert_eq!(DEFAULT_LEDGER_DIR, audit::DEFAULT_LEDGER_DIR);
    assert_eq!(
        DEFAULT_MAX_SEGMENT_BYTES,
        audit::writer::DEFAULT_MAX_SEGMENT_BYTES
    );
    assert_eq!(
        DEFAULT_MAX_SEGMENT_AGE,
        audit::writer::DEFAULT_MAX_SEGMENT_AGE
    );
}

#[test]
fn debug_never_shows_keys() {
    let runtime = runtime("").expect("runtime");
    let shown = format!("{runtime:?}");
    assert!(!shown.contains("long enough"), "{shown}");
    assert!(!shown.contains("runtime test audit key"), "{shown}");
}

#[test]
fn the_policy_version_follows_the_policy_only() {
    let version = |text: &str| runtime(text).expect("runtime").policy_version;
    let base = version("");
    assert!(base.starts_with("sha256:"), "{base}");
    assert_eq!(base, version("[listen]\naddr = \"127.0.0.1:9999\""));
    assert_ne!(
        base,
        version("[redaction]\nactions = { email = \"pseudonym\" }")
    );
    assert_ne!(base, version("[patterns]\nthreshold = 0.7"));
}

/// Policy sections using every kind of key the policy version covers.
const FULL_POLICY: &str = r#"
[redaction]
default_action = "partial"
actions = { email = "pseudonym", payment_card = "remove" }
[patterns]
threshold = 0.6
category_thresholds = { person_name = 0.8, email = 0.3 }
[fields]
identity = "redact"
third_party = "drop"
custom_fields = { only = ["cf_notes", "cf_x"] }
[fields.overrides]
"custom_fields.cf_order_id" = "keep"
"address" = "drop"
"attachments[].name" = "scan"
"custom_fields.*" = "scan_html"
[attachments]
allow_content_types = ["image/*", "application/pdf"]
deny_content_types = ["application/x-msdownload"]
rename_pattern = "file-{fp}{ext}"
[retention]
tag_prefix = "keep:"
default_class = "normal"
[[retention.classes]]
name = "normal"
duration = "1y"
[[retention.classes]]
name = "billing"
tag = "keep-billing"
duration = "7y"
priority = 10
[[retention.rules]]
class = "billing"
when = { group_id = [42], ticket_type = ["refund"], categories = ["iban"], source = [7] }
[[retention.rules]]
name = "cues"
class = "normal"
when = { cues = ["call me"] }
[report_only]
enabled = true
routes = { "tickets.create" = false }
"#;

/// The policy version a file gets must not move when the code behind the
/// schema changes: it is written into every ledger record. Pinned over no
/// packs, so changes to the packs themselves do not touch it.
#[test]
fn policy_versions_are_pinned() {
    let key = key_file();
    let version = |text: &str| {
        let settings = with_upstream(text, &key).into_settings().expect("settings");
        policy_version(&PackSet::default(), policy_document(&settings))
    };
    assert_eq!(version(""), "sha256:bb46bd35f9d398c6783d63be32e23ccf");
    assert_eq!(
        version(FULL_POLICY),
        "sha256:741083a606eed9a4febd4599e6995635"
    );
    assert_eq!(
        version("[fields]\ncustom_fields = \"none\""),
        "sha256:bbdc34233b49c3cd76c85b6d28921944"
    );
    // The full policy is accepted by the engine too.
    runtime(FULL_POLICY).expect("full policy");
}
