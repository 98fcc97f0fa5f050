//! Fixture tests for the JSON walker: one harness over
//! `tests/fixtures/json/cases.toml` (see the comment at its top), plus
//! end-to-end checks with the real detector.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hushdesk::body::html::{self, HtmlLimits};
use hushdesk::body::json::{scrub_json, EngineScrubber, FieldPolicy, FieldScrubber, JsonLimits};
use hushdesk::body::{text, BodyError, Scrubbed};
use hushdesk::config::FieldsConfig;
use hushdesk::detect::{Category, Detector, Finding, KnownValues};
use hushdesk::freshdesk::routes::match_route;
use hushdesk::redact::{Policy, RedactionRecord, Redactor};
use hushdesk::ticket::field_policy;
use regex::Regex;

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Cases {
    case: Vec<Case>,
}

#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    method: String,
    path: String,
    #[serde(default)]
    policy: Option<FieldsConfig>,
    #[serde(default)]
    tags: Vec<String>,
    #[serde(default)]
    records: Vec<String>,
    #[serde(default)]
    unchanged: bool,
    #[serde(default)]
    error: Option<String>,
}

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/json")
}

/// A small, predictable detector: emails, 16-digit card numbers and the
/// request's known values.
struct TestScrubber {
    redactor: Redactor,
    email: Regex,
    card: Regex,
}

impl TestScrubber {
    fn new() -> TestScrubber {
        TestScrubber {
            redactor: Redactor::new(Policy::default(), b"fixture key".to_vec()),
            email: Regex::new(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}").expect("regex"),
            card: Regex::new(r"\b\d{4}(?:[ -]?\d{4}){3}\b").expect("regex"),
        }
    }

    fn detect(&self, text: &str, known: &KnownValues) -> Vec<Finding> {
        let finding = |start, end, category, rule: &str| Finding {
            start,
            end,
            category,
            subtype: None,
            rule_id: Arc::from(rule),
            confidence: 1.0,
        };
        let mut found = Vec::new();
        for m in self.email.find_iter(text) {
            found.push(finding(m.start(), m.end(), Category::Email, "test.email"));
        }
        for m in self.card.find_iter(text) {
            found.push(finding(
                m.start(),
                m.end(),
                Category::PaymentCard,
                "test.card",
            ));
        }
        let literals = [
            (known.name.as_deref(), Category::PersonName, "known.name"),
            (known.email.as_deref(), Category::Email, "known.email"),
            (known.phone.as_deref(), Category::Phone, "known.phone"),
        ];
        let others = known
            .emails
            .iter()
            .map(|e| (Some(e.as_str()), Category::Email, "known.email"));
        for (value, category, rule) in literals.into_iter().chain(others) {
            let Some(value) = value.filter(|v| !v.is_empty()) else {
                continue;
            };
            for (start, _) in text.match_indices(value) {
                found.push(finding(start, start + value.len(), category, rule));
            }
        }
        found.sort_by_key(|f| (f.start, std::cmp::Reverse(f.end)));
        let mut out: Vec<Finding> = Vec::new();
        for f in found {
            if out.last().is_none_or(|last| f.start >= last.end) {
                out.push(f);
            }
        }
        out
    }
}

impl FieldScrubber for TestScrubber {
    fn scrub(
        &self,
        path: &str,
        value: &str,
        is_html: bool,
        known: &KnownValues,
    ) -> Result<Scrubbed, BodyError> {
        let detect = |t: &str| self.detect(t, known);
        if is_html {
            html::scrub_with(detect, &self.redactor, value, path, &HtmlLimits::default())
        } else {
            Ok(text::scrub_with(detect, &self.redactor, value, path))
        }
    }

    fn redact_value(
        &self,
        path: &str,
        value: &str,
        category: Option<Category>,
    ) -> (String, Option<RedactionRecord>) {
        let Some(category) = category else {
            return ("[redacted]".into(), None);
        };
        let finding = Finding {
            start: 0,
            end: value.len(),
            category,
            subtype: None,
            rule_id: Arc::from("field.policy"),
            confidence: 1.0,
        };
        let (replacement, record) = self.redactor.redact_one(value, &finding, path);
        (replacement, Some(record))
    }
}

fn error_name(error: &BodyError) -> &'static str {
    match error {
        BodyError::JsonTooDeep { .. } => "too_deep",
        BodyError::JsonSyntax(_) => "syntax",
        BodyError::JsonDuplicateKey { .. } => "duplicate_key",
        BodyError::JsonNotObject => "not_object",
        BodyError::JsonTooLarge { .. } => "too_large",
        _ => "other",
    }
}

fn run_case(case: &Case, scrubber: &TestScrubber) -> Result<(), String> {
    let dir = fixtures();
    let input = std::fs::read(dir.join(format!("{}.input.json", case.name)))
        .map_err(|e| format!("reading input: {e}"))?;
    let route = match_route(&case.method, &case.path)
        .ok_or_else(|| format!("{} {} is not a content route", case.method, case.path))?;
    let policy = field_policy(&case.policy.clone().unwrap_or_default())
        .map_err(|e| format!("policy: {e}"))?;
    let result = scrub_json(&input, route, &policy, scrubber, &JsonLimits::default());
    let mut scrubbed = match (result, &case.error) {
        (Err(e), Some(want)) if error_name(&e) == want => {
            let message = e.to_string();
            if message.contains("4111") {
                return Err(format!("error message carries body content: {message}"));
            }
            return Ok(());
        }
        (Err(e), want) => return Err(format!("unexpected error {e:?} (wanted {want:?})")),
        (Ok(_), Some(want)) => return Err(format!("expected error {want}, got output")),
        (Ok(s), None) => s,
    };
    let records: Vec<String> = scrubbed
        .records()
        .map(|r| format!("{}:{}", r.path, r.category))
        .collect();
    if records != case.records {
        return Err(format!(
            "records differ\n  want: {:?}\n  got:  {:?}",
            case.records, records
        ));
    }
    if !case.tags.is_empty() {
        scrubbed.merge_tags(&case.tags, "retention:", false);
    }
    let changed = scrubbed.changed();
    let output = scrubbed.into_bytes().into_owned();
    if case.unchanged {
        if changed || output != input {
            return Err("body should be byte-identical to the input".into());
        }
        return Ok(());
    }
    let expected_path = dir.join(format!("{}.expected.json", case.name));
    if std::env::var_os("UPDATE_FIXTURES").is_some() {
        let mut text = output.clone();
        text.push(b'\n');
        std::fs::write(&expected_path, text).map_err(|e| e.to_string())?;
    }
    let expected = std::fs::read(&expected_path).map_err(|e| format!("reading expected: {e}"))?;
    let expected = expected.strip_suffix(b"\n").unwrap_or(&expected);
    if output != expected {
        return Err(format!(
            "output differs\n  want: {}\n  got:  {}",
            String::from_utf8_lossy(expected),
            String::from_utf8_lossy(&output)
        ));
    }
    Ok(())
}

#[test]
fn json_fixtures() {
    let index = std::fs::read_to_string(fixtures().join("cases.toml")).expect("cases.toml");
    let cases: Cases = toml::from_str(&index).expect("cases.toml parses");
    assert!(cases.case.len() >= 10);
    let scrubber = TestScrubber::new();
    let failures: Vec<String> = cases
        .case
        .iter()
        .filter_map(|case| {
            run_case(case, &scrubber)
                .err()
                .map(|e| format!("{}: {e}", case.name))
        })
        .collect();
    assert!(failures.is_empty(), "\n{}", failures.join("\n\n"));
}

#[test]
fn every_fixture_file_belongs_to_a_case() {
    let index = std::fs::read_to_string(fixtures().join("cases.toml")).expect("cases.toml");
    let cases: Cases = toml::from_str(&index).expect("cases.toml parses");
    for entry in std::fs::read_dir(fixtures()).expect("fixture dir") {
        let name = entry.expect("entry").file_name();
        let name = name.to_string_lossy();
        if name == "cases.toml" {
            continue;
        }
        let stem = name
            .strip_suffix(".input.json")
            .or_else(|| name.strip_suffix(".expected.json"))
            .unwrap_or_else(|| panic!("unexpected fixture file {name}"));
        assert!(
            cases.case.iter().any(|c| c.name == stem),
            "fixture {name} has no case"
        );
    }
}

#[test]
fn the_real_engine_scrubs_a_ticket_create() {
    let detector = Detector::with_defaults().expect("default packs compile");
    let redactor = Redactor::new(Policy::default(), b"e2e key".to_vec());
    let limits = HtmlLimits::default();
    let scrubber = EngineScrubber::new(&detector, &redactor, &limits);
    let body = br#"{"subject":"Card problem","description":"<div>Please charge 4111 1111 1111 1111 and mail me at karin.lund@example.org</div>","email":"karin.lund@example.org","name":"Karin Lund","cc_emails":["boss@example.com"],"status":2,"custom_fields":{"cf_notes":"Also reachable at boss@example.com"}}"#;
    let route = match_route("POST", "/api/v2/tickets").expect("create");
    let out = scrub_json(
        body,
        route,
        &FieldPolicy::default(),
        &scrubber,
        &JsonLimits::default(),
    )
    .expect("scrubs");
    assert!(out.changed());
    let categories = out.categories();
    assert!(
        categories.contains(&Category::PaymentCard),
        "{categories:?}"
    );
    assert!(categories.contains(&Category::Email), "{categories:?}");
    let paths: Vec<&str> = out.records().map(|r| r.path.as_str()).collect();
    assert!(paths.contains(&"description"), "{paths:?}");
    assert!(paths.contains(&"custom_fields.cf_notes"), "{paths:?}");
    let document = out.document().clone();
    assert_eq!(document["email"], "karin.lund@example.org");
    assert_eq!(document["cc_emails"][0], "boss@example.com");
    let description = document["description"].as_str().expect("string");
    assert!(!description.contains("4111"), "{description}");
    assert!(!description.contains("karin.lund@"), "{description}");
    let notes = document["custom_fields"]["cf_notes"]
        .as_str()
        .expect("string");
    assert!(!notes.contains("boss@example.com"), "{notes}");
    let bytes = out.into_bytes();
    let reparsed: serde_json::Value = serde_json::from_slice(&bytes).expect("valid JSON out");
    assert_eq!(reparsed, document);
}

#[test]
fn the_real_engine_leaves_clean_bodies_byte_identical() {
    let detector = Detector::with_defaults().expect("default packs compile");
    let redactor = Redactor::new(Policy::default(), b"e2e key".to_vec());
    let limits = HtmlLimits::default();
    let scrubber = EngineScrubber::new(&detector, &redactor, &limits);
    let body = std::fs::read(fixtures().join("unchanged.input.json")).expect("fixture");
    let route = match_route("PUT", "/api/v2/tickets/42").expect("update");
    let out = scrub_json(
        &body,
        route,
        &FieldPolicy::default(),
        &scrubber,
        &JsonLimits::default(),
    )
    .expect("scrubs");
    assert!(!out.changed());
    assert_eq!(out.into_bytes().as_ref(), body.as_slice());
}

#[test]
fn the_engine_scrubber_follows_the_known_values_of_each_field() {
    let detector = Detector::with_defaults().expect("default packs compile");
    let redactor = Redactor::new(Policy::default(), b"e2e key".to_vec());
    let limits = HtmlLimits::default();
    let scrubber = EngineScrubber::new(&detector, &redactor, &limits);
    let known = |name: &str| KnownValues {
        name: Some(name.to_string()),
        ..KnownValues::default()
    };
    // Neither name is found without its known value.
    let text = "details: Xqzv Plorb, Wunk Trazzle";
    let none = scrubber
        .scrub("description", text, false, &KnownValues::default())
        .expect("scrubbed");
    assert_eq!(none.output, text);
    // The matcher compiled for the first field is reused for the second...
    let first = scrubber
        .scrub("description", text, false, &known("Xqzv Plorb"))
        .expect("scrubbed");
    assert_eq!(first.output, "details: [person_name], Wunk Trazzle");
    let again = scrubber
        .scrub("subject", text, true, &known("Xqzv Plorb"))
        .expect("scrubbed");
    assert_eq!(again.output, "details: [person_name], Wunk Trazzle");
    // ...and replaced when the values change.
    let other = scrubber
        .scrub("description", text, false, &known("Wunk Trazzle"))
        .expect("scrubbed");
    assert_eq!(other.output, "details: Xqzv Plorb, [person_name]");
}
