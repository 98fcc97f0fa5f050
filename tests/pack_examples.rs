//! Runs every default rule's own examples (`[rules.examples]`) through the
//! compiled detector and prints each failure with the rule id, the example and
//! what was found.

use hushdesk::detect::examples::run_examples;
use hushdesk::detect::{DetectOptions, Detector};
use hushdesk::pack::PackSet;

#[test]
fn every_default_rule_passes_its_examples() {
    let packs = match PackSet::defaults() {
        Ok(packs) => packs,
        Err(e) => panic!("default packs do not load: {e}"),
    };
    let detector = match Detector::new(&packs, DetectOptions::default()) {
        Ok(d) => d,
        Err(e) => panic!("default packs do not compile: {e}"),
    };
    let rules = packs.rules().count();
    let examples: usize = packs
        .rules()
        .map(|r| r.examples.matches.len() + r.examples.no_match.len())
        .sum();
    let failures = run_examples(&packs, &detector);
    for failure in &failures {
        eprintln!("{failure}");
    }
    eprintln!(
        "{rules} rules, {examples} examples, {} failures",
        failures.len()
    );
    assert!(
        failures.is_empty(),
        "{} example(s) failed, see above",
        failures.len()
    );
}
