//! Running every rule's own examples against a compiled detector.
//!
//! Examples live next to the rule they test, so the check is data-driven: one
//! function walks all rules and returns every failure with enough detail
//! (rule, example, what was found) to fix the pack without a debugger. Both
//! `hushdesk patterns test` and the crate's table-driven test use it.
//!
//! Semantics (see `patterns/README.md`):
//! * a `match` example passes when the rule itself produces a finding (above
//!   threshold, before overlaps are resolved) and the reported output holds a
//!   finding of the rule's category over it; with `[[…]]` markers (one or more) both
//!   must cover exactly each marked span;
//! * a `no_match` example passes when the output holds no finding of the
//!   rule's category.

use std::fmt;
use std::ops::Range;
use std::sync::Arc;

use super::{Category, Detector, Finding, KnownValues};
use crate::pack::{parse_marked, PackSet, Rule};

/// Which list an example comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExampleKind {
    /// `match`: must be found.
    Match,
    /// `no_match`: must not be found.
    NoMatch,
}

/// One example that did not behave as its rule promises.
#[derive(Debug, Clone)]
pub struct ExampleFailure {
    /// The rule whose example failed.
    pub rule: Arc<str>,
    /// The pack that defines the rule.
    pub pack: Arc<str>,
    /// The rule's category.
    pub category: Category,
    /// Which list the example is in.
    pub kind: ExampleKind,
    /// The example as written (markers included).
    pub example: String,
    /// What went wrong.
    pub problem: String,
    /// The scanned text (markers removed).
    pub text: String,
    /// Every finding reported for the text.
    pub found: Vec<Finding>,
    /// Every finding before overlaps were resolved.
    pub raw: Vec<Finding>,
}

impl fmt::Display for ExampleFailure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let kind = match self.kind {
            ExampleKind::Match => "match",
            ExampleKind::NoMatch => "no_match",
        };
        writeln!(
            f,
            "rule {} (pack {}), {kind} example:",
            self.rule, self.pack
        )?;
        writeln!(f, "    {:?}", self.example)?;
        writeln!(f, "  problem: {}", self.problem)?;
        write_findings(f, "reported", &self.text, &self.found)?;
        if self.raw != self.found {
            write_findings(f, "before overlaps were resolved", &self.text, &self.raw)?;
        }
        Ok(())
    }
}

fn write_findings(
    f: &mut fmt::Formatter<'_>,
    title: &str,
    text: &str,
    findings: &[Finding],
) -> fmt::Result {
    if findings.is_empty() {
        return writeln!(f, "  {title}: nothing");
    }
    writeln!(f, "  {title}:")?;
    for x in findings {
        let value = text.get(x.start..x.end).unwrap_or("?");
        writeln!(
            f,
            "    {}..{} {:?} {} ({}) confidence {:.2}",
            x.start, x.end, value, x.category, x.rule_id, x.confidence
        )?;
    }
    Ok(())
}

/// Where the rule's regex alone matches the whole text, ignoring prefilter,
/// validator, allow-lists and context: tells a missing prefilter literal from
/// a validator or context that dropped the match.
fn regex_alone(rule: &Rule, text: &str) -> String {
    let Some(compiled) = &rule.compiled else {
        return String::new();
    };
    let spans: Vec<String> = compiled
        .regex
        .find_iter(text)
        .map(|m| format!("{}..{}", m.start(), m.end()))
        .collect();
    if spans.is_empty() {
        " (the regex alone does not match the text either)".into()
    } else {
        format!(
            " (the regex alone matches {}: check prefilter/digits, validator, allow-lists, context)",
            spans.join(", ")
        )
    }
}

/// Runs every enabled rule's examples against `detector`, which should be
/// compiled from `packs` with default options. Returns every failure.
pub fn run_examples(packs: &PackSet, detector: &Detector) -> Vec<ExampleFailure> {
    let known = KnownValues::default();
    let mut failures = Vec::new();
    for rule in packs.rules() {
        let fail =
            |kind, example: &str, problem: String, text: String, found, raw| ExampleFailure {
                rule: rule.id.clone(),
                pack: rule.pack.clone(),
                category: rule.category,
                kind,
                example: example.to_string(),
                problem,
                text,
                found,
                raw,
            };
        for example in &rule.examples.matches {
            let (text, spans) = match parse_marked(example) {
                Ok(parsed) => parsed,
                Err(problem) => {
                    failures.push(fail(
                        ExampleKind::Match,
                        example,
                        problem,
                        String::new(),
                        vec![],
                        vec![],
                    ));
                    continue;
                }
            };
            let raw = detector.detect_all(&text, &known);
            let found = detector.detect(&text, &known);
            if let Err(mut problem) = check_match(&rule.id, rule.category, &spans, &raw, &found) {
                if !raw.iter().any(|x| x.rule_id == rule.id) {
                    problem.push_str(&regex_alone(rule, &text));
                }
                failures.push(fail(ExampleKind::Match, example, problem, text, found, raw));
            }
        }
        for example in &rule.examples.no_match {
            let raw = detector.detect_all(example, &known);
            let found = detector.detect(example, &known);
            if found.iter().any(|x| x.category == rule.category) {
                let problem = format!("reported a {} finding", rule.category);
                failures.push(fail(
                    ExampleKind::NoMatch,
                    example,
                    problem,
                    example.clone(),
                    found,
                    raw,
                ));
            }
        }
    }
    failures
}

fn check_match(
    rule: &str,
    category: Category,
    spans: &[Range<usize>],
    raw: &[Finding],
    found: &[Finding],
) -> Result<(), String> {
    let own: Vec<&Finding> = raw.iter().filter(|x| &*x.rule_id == rule).collect();
    if own.is_empty() {
        return Err("the rule found nothing (above threshold)".into());
    }
    for span in spans {
        if !own
            .iter()
            .any(|x| x.start == span.start && x.end == span.end)
        {
            let covered: Vec<String> = own
                .iter()
                .map(|x| format!("{}..{}", x.start, x.end))
                .collect();
            return Err(format!(
                "expected the rule to cover exactly {}..{}, it covered {}",
                span.start,
                span.end,
                covered.join(", ")
            ));
        }
        let reported = found
            .iter()
            .any(|x| x.category == category && x.start == span.start && x.end == span.end);
        if !reported {
            return Err(format!(
                "the rule matched {}..{} but no {category} finding over exactly that span \
                 was reported (another finding overlaps it)",
                span.start, span.end
            ));
        }
    }
    if spans.is_empty() {
        let reported = own.iter().any(|o| {
            found
                .iter()
                .any(|x| x.category == category && x.start < o.end && o.start < x.end)
        });
        if !reported {
            return Err(format!(
                "the rule matched but the {category} finding was not reported \
                 (a more severe finding overlaps it)"
            ));
        }
    }
    Ok(())
}
