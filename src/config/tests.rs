use std::io::Write;
use std::path::PathBuf;
use std::time::Duration;

use super::*;

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
        file.write_all(b"a config test audit key\n")
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

#[test]
fn empty_file_is_the_default() {
    let config = Config::from_toml("").expect("empty config");
    assert_eq!(config.listen, ListenConfig::default());
    assert_eq!(config.timeouts, TimeoutsConfig::default());
    assert_eq!(config.limits.max_body_bytes, 30 * 1024 * 1024);
    assert!(!config.upstream.allow_plain_http);
}

#[test]
fn unknown_keys_are_errors() {
    for text in [
        "colour = 1",
        "[listen]\nport = 1",
        "[timeouts]\nconnect = \"1s\"",
        "[limits.json]\ndepth = 3",
        "[redaction]\nkey = \"inline\"",
    ] {
        assert!(Config::from_toml(text).is_err(), "{text}");
    }
}

#[test]
fn settings_from_a_full_file() {
    let key = key_file();
    let config = with_upstream(
        r#"
public_base_url = "https://help.example.org/"
[listen]
addr = "0.0.0.0:9000"
[timeouts]
upstream_response = "1500ms"
idle = "2m"
[limits]
max_body_bytes = 1000
[limits.json]
max_depth = 8
[patterns]
threshold = 0.6
category_thresholds = { person_name = 0.8 }
[redaction]
actions = { email = "pseudonym" }
[report_only]
routes = { "tickets.create" = true }
"#,
        &key,
    );
    let settings = config.into_settings().expect("valid settings");
    assert_eq!(settings.listen.port(), 9000);
    assert_eq!(settings.upstream.origin, "https://acme.freshdesk.com");
    assert_eq!(
        settings.timeouts.upstream_response,
        Duration::from_millis(1500)
    );
    assert_eq!(settings.timeouts.idle, Duration::from_secs(120));
    assert_eq!(settings.limits.max_body_bytes, 1000);
    assert_eq!(settings.limits.json.max_depth, 8);
    assert_eq!(
        settings.public_base_url.as_deref(),
        Some("https://help.example.org")
    );
    assert!(settings.report_only("tickets.create"));
    assert!(!settings.report_only("tickets.update"));
}

#[test]
fn errors_name_the_field() {
    let key = key_file();
    let cases: [(&str, &str); 6] = [
        ("[upstream]\nurl = \"http://x.example\"", "upstream.url"),
        (
            "[upstream]\nurl = \"https://x.example/api\"",
            "upstream.url",
        ),
        ("[timeouts]\nbody_read = \"0s\"", "timeouts.body_read"),
        ("[patterns]\nthreshold = 1.5", "patterns.threshold"),
        (
            "[report_only]\nroutes = { \"tickets.nope\" = true }",
            "report_only.routes",
        ),
        ("public_base_url = \"ftp://x\"", "public_base_url"),
    ];
    for (text, field) in cases {
        let mut config = Config::from_toml(text).expect("valid TOML");
        if config.upstream.url.is_none() {
            config.set_upstream("https://acme.freshdesk.com");
        }
        config.redaction.key_file = Some(key.path().to_owned());
        config.ledger.key_file = Some(audit_key());
        let error = config.into_settings().expect_err(text).to_string();
        assert!(error.starts_with(field), "{text}: {error}");
    }
}

#[test]
fn upstream_is_required_and_plain_http_needs_consent() {
    let key = key_file();
    let mut config = Config::default();
    config.redaction.key_file = Some(key.path().to_owned());
    config.ledger.key_file = Some(audit_key());
    let error = config.clone().into_settings().expect_err("no upstream");
    assert!(error.to_string().contains("upstream.url"));

    config.set_upstream("http://127.0.0.1:9");
    assert!(config.clone().into_settings().is_err());
    config.upstream.allow_plain_http = true;
    assert!(config.into_settings().is_ok());
}

#[test]
fn overrides_apply() {
    let mut config = Config::default();
    config.apply_overrides(
        Some("127.0.0.1:1234".parse().expect("addr")),
        Some("https://h.example".into()),
        Some("/tmp/ca.pem".into()),
    );
    assert_eq!(config.listen.addr.port(), 1234);
    assert_eq!(config.upstream.url.as_deref(), Some("https://h.example"));
    assert_eq!(
        config.upstream.ca_file.as_deref(),
        Some(Path::new("/tmp/ca.pem"))
    );
}

#[test]
fn debug_never_shows_keys() {
    let mut key = tempfile::NamedTempFile::new().expect("temp file");
    key.write_all(b"very-secret-upstream-key").expect("write");
    let rkey = key_file();
    let mut config = with_upstream("", &rkey);
    config.upstream.api_key_file = Some(key.path().to_owned());
    let settings = config.into_settings().expect("settings");
    let shown = format!("{settings:?}");
    assert!(!shown.contains("very-secret"), "{shown}");
    assert!(!shown.contains("long enough"), "{shown}");
    assert!(shown.contains("<redacted>"));
}

#[test]
fn short_keys_are_refused() {
    let mut key = tempfile::NamedTempFile::new().expect("temp file");
    key.write_all(b"short").expect("write");
    let mut config = Config::default();
    config.set_upstream("https://acme.freshdesk.com");
    config.redaction.key_file = Some(key.path().to_owned());
    config.ledger.key_file = Some(audit_key());
    let error = config.into_settings().expect_err("short key").to_string();
    assert!(error.starts_with("redaction.key_file"), "{error}");
}

#[test]
fn the_ledger_is_on_by_default_and_needs_an_audit_key() {
    let config = Config::from_toml("").expect("empty config");
    assert!(config.ledger.enabled);
    assert_eq!(
        config.ledger.dir,
        Path::new(crate::audit::DEFAULT_LEDGER_DIR)
    );
    assert_eq!(config.ledger.fsync, FsyncMode::EveryBatch);
    assert_eq!(config.ledger.on_failure, OnFailure::Refuse);
    assert!(config.admin.addr.is_none());

    let key = key_file();
    let mut config = with_upstream("", &key);
    config.ledger.key_file = None;
    if std::env::var_os(crate::audit::KEY_ENV).is_none() {
        let error = config
            .clone()
            .into_settings()
            .expect_err("no audit key")
            .to_string();
        assert!(error.starts_with("ledger.key_file"), "{error}");
        assert!(error.contains(crate::audit::KEY_ENV), "{error}");
    }
    // Switched off explicitly, no key is needed.
    config.ledger.enabled = false;
    let settings = config.into_settings().expect("ledger off");
    assert!(settings.ledger.is_none());
}

#[test]
fn ledger_and_admin_sections() {
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
[admin]
addr = "127.0.0.1:0"
"#,
        &key,
    );
    config.set_ledger_dir("/srv/ledger");
    let settings = config.into_settings().expect("settings");
    let ledger = settings.ledger.as_ref().expect("ledger on");
    assert_eq!(ledger.config.dir, Path::new("/srv/ledger"));
    assert_eq!(
        ledger.config.fsync,
        crate::audit::FsyncPolicy::Interval(Duration::from_millis(250))
    );
    assert_eq!(ledger.config.max_segment_bytes, 1000);
    assert_eq!(ledger.config.max_segment_age, Duration::from_secs(3600));
    assert_eq!(ledger.on_failure, OnFailure::Forward);
    assert_eq!(settings.admin.as_ref().map(|a| a.addr.port()), Some(0));
    for text in [
        "[ledger]\nfsync = \"sometimes\"",
        "[ledger]\nkey = \"inline\"",
        "[admin]\ntoken = \"inline\"",
    ] {
        assert!(Config::from_toml(text).is_err(), "{text}");
    }
}

#[test]
fn the_policy_version_follows_the_policy_only() {
    let key = key_file();
    let version = |text: &str| {
        with_upstream(text, &key)
            .into_settings()
            .expect("settings")
            .policy_version
    };
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
    let version = |text: &str| {
        let config = Config::from_toml(text).expect("valid TOML");
        policy_version::policy_version(&crate::pack::PackSet::default(), config.policy_document())
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
}
