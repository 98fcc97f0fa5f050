//! The policy version written into every ledger record: a SHA-256 over the
//! loaded pattern packs and the policy configuration.
//!
//! Two proxies with the same packs and the same policy sections get the same
//! version; any change to a rule, an allow list, a threshold, an action, the
//! field or attachment policy, the retention policy or the report-only
//! switches gives a new one. Not part of it: where files live (pack file
//! paths, key file paths), keys, listeners, timeouts and limits, which do
//! not change what is redacted.
//!
//! The input is a JSON document with every object's keys sorted (so hash
//! map order cannot change it), serialised compactly; the version is
//! `sha256:` and the first 16 bytes of the digest in lowercase hex.

use serde_json::{json, Map, Value};
use sha2::{Digest, Sha256};

use crate::config::Settings;
use crate::detect::PackSet;

/// Hex characters of the digest kept in the version.
const VERSION_HEX: usize = 32;

/// The policy sections of the settings, as hashed into the policy version
/// (file locations left out).
pub(super) fn policy_document(settings: &Settings) -> Value {
    let mut redaction = settings.redaction.clone();
    redaction.key_file = None;
    let mut patterns = settings.patterns.clone();
    patterns.dirs.clear();
    json!({
        "patterns": patterns,
        "redaction": redaction,
        "fields": settings.fields,
        "attachments": settings.attachments,
        "retention": settings.retention,
        "report_only": settings.report_only,
    })
}

/// The version of `packs` under the policy document `policy` (the policy
/// sections of the configuration, serialised).
pub(super) fn policy_version(packs: &PackSet, policy: Value) -> String {
    let document = json!({
        "packs": packs.document(),
        "policy": policy,
    });
    let canonical = canonical(document);
    let bytes = serde_json::to_vec(&canonical).unwrap_or_default();
    let digest = Sha256::digest(&bytes);
    let mut hex = hex::encode(digest);
    hex.truncate(VERSION_HEX);
    format!("sha256:{hex}")
}

/// `value` with every object's keys in sorted order.
fn canonical(value: Value) -> Value {
    match value {
        Value::Object(map) => {
            let mut entries: Vec<(String, Value)> = map.into_iter().collect();
            entries.sort_by(|a, b| a.0.cmp(&b.0));
            let mut out = Map::new();
            for (k, v) in entries {
                out.insert(k, canonical(v));
            }
            Value::Object(out)
        }
        Value::Array(items) => Value::Array(items.into_iter().map(canonical).collect()),
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_order_does_not_matter_and_content_does() {
        let packs = PackSet::default();
        let a = policy_version(&packs, json!({"a": 1, "b": {"x": 1, "y": 2}}));
        let b = policy_version(&packs, json!({"b": {"y": 2, "x": 1}, "a": 1}));
        let c = policy_version(&packs, json!({"a": 2, "b": {"x": 1, "y": 2}}));
        assert_eq!(a, b);
        assert_ne!(a, c);
        assert!(a.starts_with("sha256:") && a.len() == 7 + VERSION_HEX);
    }
}
