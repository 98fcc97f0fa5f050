use std::io::Write;
use std::time::Duration;

use super::*;

fn key_file() -> tempfile::NamedTempFile {
    let mut file = tempfile::NamedTempFile::new().expect("temp file");
    file.write_all(b"a test key that is long enough\n")
        .expect("write key");
    file
}

fn with_upstream(text: &str, key: &tempfile::NamedTempFile) -> Config {
    let mut config = Config::from_toml(text).expect("valid TOML");
    config.set_upstream("https://acme.freshdesk.com");
    config.redaction.key_file = Some(key.path().to_owned());
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
    let cases: [(&str, &str); 9] = [
        ("[upstream]\nurl = \"http://x.example\"", "upstream.url"),
        (
            "[upstream]\nurl = \"https://x.example/api\"",
            "upstream.url",
        ),
        ("[timeouts]\nbody_read = \"0s\"", "timeouts.body_read"),
        ("[patterns]\nthreshold = 1.5", "patterns.threshold"),
        ("public_base_url = \"ftp://x\"", "public_base_url"),
        ("[limits.json]\nmax_depth = 0", "limits.json.max_depth"),
        ("[ledger]\ndir = \"\"", "ledger.dir"),
        (
            "[ledger]\nfsync = \"interval\"\nfsync_interval = \"0ms\"",
            "ledger.fsync_interval",
        ),
        (
            "[attachments]\nrename_pattern = \"x/{fp}\"",
            "attachments.rename_pattern",
        ),
    ];
    for (text, field) in cases {
        let mut config = Config::from_toml(text).expect("valid TOML");
        if config.upstream.url.is_none() {
            config.set_upstream("https://acme.freshdesk.com");
        }
        config.redaction.key_file = Some(key.path().to_owned());
        let error = config.into_settings().expect_err(text).to_string();
        assert!(error.starts_with(field), "{text}: {error}");
    }
}

#[test]
fn upstream_is_required_and_plain_http_needs_consent() {
    let key = key_file();
    let mut config = Config::default();
    config.redaction.key_file = Some(key.path().to_owned());
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
    let error = config.into_settings().expect_err("short key").to_string();
    assert!(error.starts_with("redaction.key_file"), "{error}");
}

#[test]
fn the_ledger_is_on_by_default() {
    let config = Config::from_toml("").expect("empty config");
    assert!(config.ledger.enabled);
    assert_eq!(config.ledger.dir, Path::new(DEFAULT_LEDGER_DIR));
    assert_eq!(config.ledger.fsync, FsyncMode::EveryBatch);
    assert_eq!(config.ledger.on_failure, OnFailure::Refuse);
    assert_eq!(config.ledger.max_segment_bytes, DEFAULT_MAX_SEGMENT_BYTES);
    assert_eq!(config.ledger.max_segment_age.get(), DEFAULT_MAX_SEGMENT_AGE);
    assert!(config.admin.addr.is_none());
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
    let ledger = &settings.ledger;
    assert_eq!(ledger.dir, Path::new("/srv/ledger"));
    assert_eq!(ledger.fsync, FsyncMode::Interval);
    assert_eq!(ledger.fsync_interval.get(), Duration::from_millis(250));
    assert_eq!(ledger.max_segment_bytes, 1000);
    assert_eq!(ledger.max_segment_age.get(), Duration::from_secs(3600));
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
fn a_ledger_switched_off_is_not_checked() {
    let key = key_file();
    let mut config = with_upstream("[ledger]\nenabled = false\ndir = \"\"", &key);
    config.ledger.key_file = None;
    assert!(config.into_settings().is_ok());
}

#[test]
fn policy_sections_are_strict_and_default_per_field() {
    for text in [
        "[fields]\nidentiy = \"keep\"",
        "[fields]\nidentity = \"hide\"",
        "[fields.overrides]\n\"subject\" = \"hide\"",
        "[limits.multipart]\nmax_partz = 10",
        "[limits.html]\nmemory = 10",
        "[attachments]\nallow = []",
        "[redaction]\ndefault_action = \"mask\"",
        "[redaction]\nactions = { email = \"mask\" }",
        "[patterns]\ncategory_thresholds = { email = \"high\" }",
    ] {
        assert!(Config::from_toml(text).is_err(), "{text}");
    }
    let config = Config::from_toml("").expect("empty config");
    assert_eq!(config.fields, FieldsConfig::default());
    assert_eq!(config.fields.identity, WholeFieldAction::Keep);
    assert_eq!(config.fields.custom_fields, CustomFieldScan::All);
    assert_eq!(config.attachments, AttachmentsConfig::default());
    assert!(config
        .attachments
        .deny_content_types
        .iter()
        .any(|t| t == "application/x-msdownload"));
    assert_eq!(config.attachments.rename_pattern, "attachment-{fp}{ext}");
    assert_eq!(config.redaction.default_action, RedactionAction::Label);

    let config = Config::from_toml(
        r#"
[fields]
third_party = "redact"
custom_fields = { only = ["cf_notes"] }
[fields.overrides]
"custom_fields.cf_order_id" = "keep"
"description" = "scan_html"
[limits.multipart]
max_parts = 10
[redaction]
actions = { email = "pseudonym", payment_card = "partial" }
"#,
    )
    .expect("valid TOML");
    assert_eq!(config.fields.identity, WholeFieldAction::Keep);
    assert_eq!(config.fields.third_party, WholeFieldAction::Redact);
    assert_eq!(
        config.fields.custom_fields,
        CustomFieldScan::Only(vec!["cf_notes".into()])
    );
    assert_eq!(
        config.fields.overrides.get("description"),
        Some(&FieldAction::ScanHtml)
    );
    assert_eq!(config.limits.multipart.max_parts, 10);
    assert_eq!(config.limits.multipart.max_text_part_bytes, 1024 * 1024);
    assert_eq!(config.limits.multipart.max_total_bytes, 64 * 1024 * 1024);
    assert_eq!(
        config.redaction.actions.get("payment_card"),
        Some(&RedactionAction::Partial)
    );
}
