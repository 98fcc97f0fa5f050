//! Builds the detector and redactor the commands share.

use std::io::Read;

use anyhow::{bail, Context};
use hushdesk::detect::{Category, DetectOptions, Detector};
use hushdesk::pack::PackSet;
use hushdesk::redact::{Action, Policy, Redactor};

use super::EngineArgs;

/// Environment variable holding the pseudonym and fingerprint key.
pub const KEY_ENV: &str = "HUSHDESK_PSEUDONYM_KEY";

/// Loads the packs named by the arguments.
pub fn packs(args: &EngineArgs) -> anyhow::Result<PackSet> {
    let mut packs = if args.no_default_packs {
        PackSet::default()
    } else {
        PackSet::defaults().context("loading the default pattern packs")?
    };
    for dir in &args.pattern_dirs {
        packs
            .load_dir(dir)
            .with_context(|| format!("loading pattern packs from {}", dir.display()))?;
    }
    Ok(packs)
}

/// Compiles the detector named by the arguments.
pub fn detector(args: &EngineArgs) -> anyhow::Result<Detector> {
    if !(0.0..=1.0).contains(&args.threshold) {
        bail!("--threshold must be between 0.0 and 1.0");
    }
    let options = DetectOptions {
        threshold: args.threshold,
        ..DetectOptions::default()
    };
    Ok(Detector::new(&packs(args)?, options)?)
}

/// Builds the redactor: the policy from `--action`, the key from the
/// environment (or a random per-run key, so pseudonyms are stable only within
/// one run unless a key is given).
pub fn redactor(args: &EngineArgs) -> anyhow::Result<Redactor> {
    let mut policy = Policy::default();
    for spec in &args.actions {
        let (category, action) = spec
            .split_once('=')
            .with_context(|| format!("--action {spec:?}: expected CATEGORY=ACTION"))?;
        let action = parse_action(action)?;
        if category == "*" {
            policy.default_action = action;
        } else {
            let category = Category::parse(category)
                .with_context(|| format!("--action: unknown category {category:?}"))?;
            policy.actions.insert(category, action);
        }
    }
    Ok(Redactor::new(policy, key()?))
}

fn parse_action(name: &str) -> anyhow::Result<Action> {
    Ok(match name {
        "label" => Action::Label,
        "partial" => Action::Partial,
        "pseudonym" => Action::Pseudonym,
        "remove" => Action::Remove,
        other => bail!("unknown action {other:?} (label, partial, pseudonym, remove)"),
    })
}

fn key() -> anyhow::Result<Vec<u8>> {
    if let Ok(key) = std::env::var(KEY_ENV) {
        if key.len() < 16 {
            bail!("{KEY_ENV} must hold at least 16 bytes");
        }
        return Ok(key.into_bytes());
    }
    let mut key = vec![0u8; 32];
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut key))
        .context("reading a random key")?;
    Ok(key)
}
