//! `hushdesk demo`: the engine on bundled sample tickets, before and after.

use std::process::ExitCode;

use hushdesk::body::{self, html::HtmlLimits};
use hushdesk::detect::KnownValues;
use serde::Deserialize;

use super::{engine, EngineArgs};

/// Sample tickets shipped with the binary (synthetic data).
const SAMPLES: &str = include_str!("demo_tickets.json");

#[derive(Debug, Deserialize)]
struct Sample {
    title: String,
    known: KnownValues,
    html: bool,
    text: String,
}

pub fn run(args: EngineArgs) -> anyhow::Result<ExitCode> {
    let detector = engine::detector(&args)?;
    let redactor = engine::redactor(&args)?;
    let samples: Vec<Sample> = serde_json::from_str(SAMPLES)?;
    let limits = HtmlLimits::default();
    let mut total = 0;
    for (n, sample) in samples.iter().enumerate() {
        let scrubbed = if sample.html {
            body::html::scrub(
                &detector,
                &redactor,
                &sample.text,
                &sample.known,
                "description",
                &limits,
            )?
        } else {
            body::text::scrub(
                &detector,
                &redactor,
                &sample.text,
                &sample.known,
                "description",
            )
        };
        total += scrubbed.findings.len();
        println!("━━ ticket {}: {}", n + 1, sample.title);
        println!("── the customer wrote:\n{}\n", sample.text);
        println!("── the helpdesk receives:\n{}\n", scrubbed.output);
        println!("── findings ({}):", scrubbed.findings.len());
        for f in &scrubbed.findings {
            println!(
                "   {:<14} {:<22} {:<26} bytes {}..{}  confidence {:.2}",
                f.category.as_str(),
                f.subtype.as_deref().unwrap_or("-"),
                f.rule_id,
                f.start,
                f.end,
                f.confidence
            );
        }
        println!();
    }
    println!(
        "{} sample tickets, {} findings redacted. This demo runs the detection engine \
         in-process; no helpdesk is contacted.",
        samples.len(),
        total
    );
    Ok(ExitCode::SUCCESS)
}
