//! `hushdesk patterns list|test`.

use std::collections::BTreeMap;
use std::process::ExitCode;

use clap::Subcommand;
use hushdesk::detect::examples::run_examples;
use hushdesk::detect::{DetectOptions, Detector};

use super::{engine, EngineArgs};

#[derive(Debug, Subcommand)]
pub enum PatternsCommand {
    /// Print every loaded rule: id, category, subtype, kind, validator, confidence.
    List(EngineArgs),
    /// Run every rule's examples; exits non-zero on any failure.
    Test(EngineArgs),
}

pub fn run(command: PatternsCommand) -> anyhow::Result<ExitCode> {
    match command {
        PatternsCommand::List(args) => list(&args),
        PatternsCommand::Test(args) => test(&args),
    }
}

fn list(args: &EngineArgs) -> anyhow::Result<ExitCode> {
    let packs = engine::packs(args)?;
    // Compiling proves the listed rules are the ones a scan would use.
    let _ = Detector::new(&packs, DetectOptions::default())?;
    println!(
        "{:<36} {:<15} {:<22} {:<15} {:<16} {:>5}  pack",
        "rule", "category", "subtype", "kind", "validator", "conf"
    );
    let mut per_category: BTreeMap<&str, usize> = BTreeMap::new();
    for rule in packs.rules() {
        *per_category.entry(rule.category.as_str()).or_default() += 1;
        println!(
            "{:<36} {:<15} {:<22} {:<15} {:<16} {:>5.2}  {}",
            rule.id,
            rule.category.as_str(),
            rule.subtype.as_deref().unwrap_or("-"),
            rule.kind().as_str(),
            rule.validator.as_deref().unwrap_or("-"),
            rule.confidence,
            rule.pack
        );
    }
    let summary: Vec<String> = per_category
        .iter()
        .map(|(category, n)| format!("{category} {n}"))
        .collect();
    println!(
        "\n{} rules in {} packs: {}",
        packs.rules().count(),
        packs.packs().len(),
        summary.join(", ")
    );
    Ok(ExitCode::SUCCESS)
}

fn test(args: &EngineArgs) -> anyhow::Result<ExitCode> {
    let packs = engine::packs(args)?;
    let detector = engine::detector(args)?;
    let failures = run_examples(&packs, &detector);
    for failure in &failures {
        println!("FAIL {failure}");
    }
    let examples: usize = packs
        .rules()
        .map(|r| r.examples.matches.len() + r.examples.no_match.len())
        .sum();
    let failed = failures.len();
    println!(
        "{} rules, {examples} examples: {} passed, {failed} failed",
        packs.rules().count(),
        examples - failed.min(examples),
    );
    Ok(if failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
