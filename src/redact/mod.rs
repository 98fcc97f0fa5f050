//! Redaction operators and the records they leave.
//!
//! An operator turns one finding's span into its replacement: a label
//! (`[email]`), a partial mask (keep the last digits), a keyed pseudonym
//! (`[email:7f3a9c]`, HMAC-SHA256, stable for the same value under the same
//! key) or nothing. Every application yields a [`RedactionRecord`] that names
//! what was done and carries a keyed fingerprint, never the value.
//!
//! * [`policy`]: [`Action`] and [`Policy`] (category → action, from TOML);
//! * [`operators`]: the pure replacement functions;
//! * [`fingerprint`](mod@fingerprint): [`normalise`] and [`fingerprint()`],
//!   the stable contract behind pseudonyms and "did we hold this value?";
//! * [`record`] holds [`RedactionRecord`].
//!
//! The [`Redactor`] ties a policy to a key. It is the only type that holds the
//! key, and its `Debug` output never shows it. Fingerprints in records may be
//! made under a separate key ([`Redactor::with_fingerprint_key`], the audit
//! key of the ledger) while pseudonyms keep the pseudonym key: pseudonyms are
//! shown in tickets, fingerprints only to reviewers of the ledger.

use std::sync::Arc;

use crate::detect::{Category, Finding};

pub mod fingerprint;
pub mod operators;
pub mod policy;
pub mod record;

pub use fingerprint::{fingerprint, normalise};
pub use policy::{Action, Policy};
pub use record::RedactionRecord;

/// Applies a [`Policy`] with a key. Cheap to clone and share.
#[derive(Clone)]
pub struct Redactor {
    policy: Policy,
    key: Arc<[u8]>,
    fingerprint_key: Option<Arc<[u8]>>,
}

impl std::fmt::Debug for Redactor {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Redactor")
            .field("policy", &self.policy)
            .field("key", &"<redacted>")
            .field(
                "fingerprint_key",
                &self.fingerprint_key.as_ref().map(|_| "<redacted>"),
            )
            .finish()
    }
}

impl Redactor {
    /// A redactor with this policy and pseudonym/fingerprint key.
    pub fn new(policy: Policy, key: Vec<u8>) -> Redactor {
        Redactor {
            policy,
            key: key.into(),
            fingerprint_key: None,
        }
    }

    /// The same redactor, but with the fingerprints of its records (and of
    /// [`Redactor::fingerprint`]) made under `key` instead of the pseudonym
    /// key. Pseudonyms are unchanged. Used to fingerprint under the ledger's
    /// audit key.
    pub fn with_fingerprint_key(mut self, key: Vec<u8>) -> Redactor {
        self.fingerprint_key = Some(key.into());
        self
    }

    /// The policy in force.
    pub fn policy(&self) -> &Policy {
        &self.policy
    }

    /// The keyed fingerprint of a value (see [`fingerprint()`]), under the
    /// fingerprint key if one is set, else the pseudonym key.
    pub fn fingerprint(&self, category: Category, value: &str) -> String {
        let key = self.fingerprint_key.as_deref().unwrap_or(&self.key);
        fingerprint(key, category, value)
    }

    /// The text that replaces `value` (the finding's span) under the policy.
    /// Unescaped: callers writing into markup escape it themselves.
    pub fn replacement(&self, value: &str, finding: &Finding) -> String {
        self.redact_one(value, finding, "").0
    }

    /// The replacement for `value` and the record of it, for the field `path`.
    pub fn redact_one(
        &self,
        value: &str,
        finding: &Finding,
        path: &str,
    ) -> (String, RedactionRecord) {
        let requested = self.policy.action_for(finding.category);
        let (replacement, action) =
            operators::replace(&self.key, finding.category, requested, value);
        let record = RedactionRecord {
            path: path.to_string(),
            category: finding.category,
            subtype: finding.subtype.clone(),
            rule_id: finding.rule_id.clone(),
            action,
            length: value.len(),
            fingerprint: self.fingerprint(finding.category, value),
        };
        (replacement, record)
    }

    /// Rewrites `text`, replacing every finding's span; `path` names the
    /// field in the records. Findings should be sorted and non-overlapping, as
    /// the detector returns them; others are tolerated: they are sorted, an
    /// overlapping finding is clipped to the part not yet replaced, and spans
    /// that fall inside a character are widened to whole characters. Spans
    /// past the end of `text` are clipped to it.
    pub fn apply(
        &self,
        text: &str,
        findings: &[Finding],
        path: &str,
    ) -> (String, Vec<RedactionRecord>) {
        let mut order: Vec<&Finding> = findings.iter().collect();
        order.sort_by_key(|f| (f.start, f.end));
        let mut out = String::with_capacity(text.len());
        let mut records = Vec::with_capacity(order.len());
        let mut cursor = 0;
        for finding in order {
            let start = floor_char_boundary(text, finding.start.max(cursor));
            let start = start.max(cursor);
            let end = ceil_char_boundary(text, finding.end);
            if start >= end {
                continue;
            }
            let value = &text[start..end];
            let (replacement, record) = self.redact_one(value, finding, path);
            out.push_str(&text[cursor..start]);
            out.push_str(&replacement);
            records.push(record);
            cursor = end;
        }
        out.push_str(&text[cursor..]);
        (out, records)
    }
}

/// The largest char boundary at or below `i` (clipped to the text).
fn floor_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The smallest char boundary at or above `i` (clipped to the text).
fn ceil_char_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i += 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding(start: usize, end: usize, category: Category) -> Finding {
        Finding {
            start,
            end,
            category,
            subtype: None,
            rule_id: Arc::from("test.rule"),
            confidence: 1.0,
        }
    }

    fn redactor(policy: Policy) -> Redactor {
        Redactor::new(policy, b"redactor test key".to_vec())
    }

    #[test]
    fn apply_rewrites_spans_and_records_without_values() {
        let text = "Mail jane@example.org or call 070-123 45 67.";
        let findings = [
            finding(5, 21, Category::Email),
            finding(30, 43, Category::Phone),
        ];
        let (out, records) = redactor(Policy::default()).apply(text, &findings, "description");
        assert_eq!(out, "Mail [email] or call [phone].");
        assert_eq!(records.len(), 2);
        assert_eq!(records[0].path, "description");
        assert_eq!(records[0].length, 16);
        assert_eq!(records[0].action, Action::Label);
        assert_eq!(records[1].category, Category::Phone);
        let json = serde_json::to_string(&records).expect("records serialise");
        assert!(!json.contains("jane"));
        assert!(!json.contains("123 45"));
    }

    #[test]
    fn apply_follows_the_policy() {
        let mut policy = Policy::default();
        policy
            .actions
            .insert(Category::PaymentCard, Action::Partial);
        policy.actions.insert(Category::Email, Action::Pseudonym);
        policy.default_action = Action::Remove;
        let text = "card 4111 1111 1111 1111, mail a@b.se, ip 10.0.0.1";
        let findings = [
            finding(5, 24, Category::PaymentCard),
            finding(31, 37, Category::Email),
            finding(42, 50, Category::IpAddress),
        ];
        let r = redactor(policy);
        let (out, records) = r.apply(text, &findings, "p");
        let pseudo = operators::pseudonym(&r.key, Category::Email, "a@b.se");
        assert_eq!(out, format!("card **** **** **** 1111, mail {pseudo}, ip "));
        let actions: Vec<Action> = records.iter().map(|r| r.action).collect();
        assert_eq!(
            actions,
            [Action::Partial, Action::Pseudonym, Action::Remove]
        );
    }

    #[test]
    fn apply_tolerates_unsorted_overlapping_and_bad_spans() {
        let text = "ab Jörg cd";
        let findings = [
            finding(5, 8, Category::PersonName), // inside 'ö', overlaps the next
            finding(3, 6, Category::PersonName),
            finding(9, 99, Category::PersonName),
        ];
        let (out, records) = redactor(Policy::default()).apply(text, &findings, "p");
        assert_eq!(out, "ab [person_name][person_name] [person_name]");
        assert_eq!(records.len(), 3);
    }

    #[test]
    fn records_fingerprint_the_normalised_value() {
        let r = redactor(Policy::default());
        let (_, records) = r.apply("JANE@example.org", &[finding(0, 16, Category::Email)], "p");
        assert_eq!(
            records[0].fingerprint,
            r.fingerprint(Category::Email, "jane@example.org")
        );
    }

    #[test]
    fn replacement_matches_apply() {
        let r = redactor(Policy::default());
        let f = finding(0, 6, Category::Email);
        assert_eq!(r.replacement("a@b.se", &f), "[email]");
    }

    #[test]
    fn a_fingerprint_key_changes_fingerprints_not_pseudonyms() {
        let mut policy = Policy::default();
        policy.actions.insert(Category::Email, Action::Pseudonym);
        let plain = redactor(policy.clone());
        let audited = redactor(policy).with_fingerprint_key(b"audit key 0123456789".to_vec());
        let f = finding(0, 16, Category::Email);
        let (out_a, rec_a) = plain.redact_one("jane@example.org", &f, "p");
        let (out_b, rec_b) = audited.redact_one("jane@example.org", &f, "p");
        assert_eq!(out_a, out_b);
        assert_eq!(
            rec_a.fingerprint,
            plain.fingerprint(Category::Email, "jane@example.org")
        );
        assert_eq!(
            rec_b.fingerprint,
            fingerprint(b"audit key 0123456789", Category::Email, "jane@example.org")
        );
        assert_ne!(rec_a.fingerprint, rec_b.fingerprint);
        assert!(!format!("{audited:?}").contains("audit key"));
    }

    #[test]
    fn debug_hides_the_key() {
        let shown = format!("{:?}", redactor(Policy::default()));
        assert!(shown.contains("<redacted>"));
        assert!(!shown.contains("redactor test key"));
        assert!(!shown.contains("114, 101")); // the key's bytes
    }
}
