//! Fixture harness for the body walkers: test cases are data.
//!
//! Each case is a set of files in `tests/fixtures/text/` (plain text) or
//! `tests/fixtures/html/` (HTML):
//!
//! * `NAME.input.txt` / `NAME.input.html`: the field as the helpdesk gets it;
//! * `NAME.expected.txt` / `NAME.expected.html`: the scrubbed output;
//! * `NAME.findings.json`: the expected findings, as
//!   `[{"start": 12, "end": 30, "category": "email", "rule": "email.address"}]`
//!   with byte offsets into the input;
//! * `NAME.known.json` (optional): the ticket's requester fields
//!   (`{"name": "...", "email": "..."}`), passed as known values.
//!
//! Every case runs through the default packs and the default policy (labels)
//! with a fixed key; a mismatch prints a line diff of the output and of the
//! findings, and all cases are checked before the test fails.
//!
//! To accept new behaviour, run `HUSHDESK_BLESS=1 cargo test --test
//! body_fixtures`: the expected files are rewritten from the actual results.
//! Read the blessed diff before committing it.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use hushdesk::body::{self, html::HtmlLimits, Scrubbed};
use hushdesk::detect::{Detector, KnownValues};
use hushdesk::redact::{Policy, Redactor};

/// The fixed key of the fixture runs (pseudonyms and fingerprints).
const KEY: &[u8] = b"hushdesk fixture key, not a secret";

/// Setting this variable to `1` rewrites the expected files.
const BLESS_ENV: &str = "HUSHDESK_BLESS";

#[derive(Debug, Clone, Copy)]
enum Shape {
    Text,
    Html,
}

impl Shape {
    fn dir(self) -> &'static str {
        match self {
            Shape::Text => "text",
            Shape::Html => "html",
        }
    }

    fn ext(self) -> &'static str {
        match self {
            Shape::Text => "txt",
            Shape::Html => "html",
        }
    }
}

#[derive(Debug, PartialEq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct ExpectedFinding {
    start: usize,
    end: usize,
    category: String,
    rule: String,
}

struct Case {
    name: String,
    shape: Shape,
    dir: PathBuf,
}

impl Case {
    fn file(&self, kind: &str, ext: &str) -> PathBuf {
        self.dir.join(format!("{}.{kind}.{ext}", self.name))
    }
}

fn cases() -> Vec<Case> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut cases = Vec::new();
    for shape in [Shape::Text, Shape::Html] {
        let dir = root.join(shape.dir());
        let suffix = format!(".input.{}", shape.ext());
        let entries = fs::read_dir(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
        for entry in entries {
            let path = entry.expect("directory entry").path();
            let file = path.file_name().and_then(|f| f.to_str()).unwrap_or("");
            if let Some(name) = file.strip_suffix(&suffix) {
                cases.push(Case {
                    name: name.to_string(),
                    shape,
                    dir: dir.clone(),
                });
            }
        }
    }
    cases.sort_by(|a, b| (a.shape.dir(), &a.name).cmp(&(b.shape.dir(), &b.name)));
    cases
}

fn run(case: &Case, detector: &Detector, redactor: &Redactor) -> Scrubbed {
    let input = fs::read_to_string(case.file("input", case.shape.ext())).expect("input file");
    let known: KnownValues = match fs::read_to_string(case.file("known", "json")) {
        Ok(json) => serde_json::from_str(&json).expect("valid known.json"),
        Err(_) => KnownValues::default(),
    };
    match case.shape {
        Shape::Text => body::text::scrub(detector, redactor, &input, &known, &case.name),
        Shape::Html => body::html::scrub(
            detector,
            redactor,
            &input,
            &known,
            &case.name,
            &HtmlLimits::default(),
        )
        .unwrap_or_else(|e| panic!("{}: {e}", case.name)),
    }
}

fn findings_of(scrubbed: &Scrubbed) -> Vec<ExpectedFinding> {
    scrubbed
        .findings
        .iter()
        .map(|f| ExpectedFinding {
            start: f.start,
            end: f.end,
            category: f.category.as_str().to_string(),
            rule: f.rule_id.to_string(),
        })
        .collect()
}

/// A line diff: `-` expected, `+` actual, with two lines of context.
fn diff(expected: &str, actual: &str) -> String {
    let exp: Vec<&str> = expected.lines().collect();
    let act: Vec<&str> = actual.lines().collect();
    let mut out = String::new();
    let n = exp.len().max(act.len());
    let differs = |i: usize| exp.get(i) != act.get(i);
    for i in 0..n {
        let near = (i.saturating_sub(2)..=(i + 2).min(n - 1)).any(differs);
        if !near {
            continue;
        }
        if differs(i) {
            if let Some(line) = exp.get(i) {
                let _ = writeln!(out, "{:>4} - {line}", i + 1);
            }
            if let Some(line) = act.get(i) {
                let _ = writeln!(out, "{:>4} + {line}", i + 1);
            }
        } else {
            let _ = writeln!(out, "{:>4}   {}", i + 1, exp[i]);
        }
    }
    if out.is_empty() && expected != actual {
        out.push_str("(only line endings or a final newline differ)\n");
    }
    out
}

fn findings_json(findings: &[ExpectedFinding]) -> String {
    let mut json = serde_json::to_string_pretty(findings).expect("findings serialise");
    json.push('\n');
    json
}

#[test]
fn body_fixtures() {
    let detector = Detector::with_defaults().expect("default packs compile");
    let redactor = Redactor::new(Policy::default(), KEY.to_vec());
    let bless = std::env::var(BLESS_ENV).is_ok_and(|v| v == "1");
    let cases = cases();
    assert!(!cases.is_empty(), "no fixture cases found");
    let mut failures = Vec::new();
    for case in &cases {
        let mut problems = Vec::new();
        let scrubbed = run(case, &detector, &redactor);
        let findings = findings_of(&scrubbed);
        let expected_path = case.file("expected", case.shape.ext());
        let findings_path = case.file("findings", "json");
        if bless {
            fs::write(&expected_path, &scrubbed.output).expect("write expected output");
            fs::write(&findings_path, findings_json(&findings)).expect("write findings");
            continue;
        }
        let label = format!("{}/{}", case.shape.dir(), case.name);
        match fs::read_to_string(&expected_path) {
            Ok(expected) if expected == scrubbed.output => {}
            Ok(expected) => problems.push(format!(
                "{label}: output differs\n{}",
                diff(&expected, &scrubbed.output)
            )),
            Err(_) => problems.push(format!(
                "{label}: no expected output (bless with {BLESS_ENV}=1)"
            )),
        }
        match fs::read_to_string(&findings_path) {
            Ok(json) => {
                let expected: Vec<ExpectedFinding> = serde_json::from_str(&json)
                    .unwrap_or_else(|e| panic!("{label}: findings.json: {e}"));
                if expected != findings {
                    problems.push(format!(
                        "{label}: findings differ\n{}",
                        diff(&findings_json(&expected), &findings_json(&findings))
                    ));
                }
            }
            Err(_) => problems.push(format!(
                "{label}: no expected findings (bless with {BLESS_ENV}=1)"
            )),
        }
        if !problems.is_empty() {
            failures.push(problems.join("\n"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} fixture cases failed:\n\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn diff_shows_changed_lines_with_context() {
    let d = diff("a\nb\nc\nd\ne\nf\ng\n", "a\nb\nc\nX\ne\nf\ng\n");
    assert_eq!(
        d,
        "   2   b\n   3   c\n   4 - d\n   4 + X\n   5   e\n   6   f\n"
    );
}
