//! What one record holds, and its canonical form.
//!
//! A record describes one scrubbed request: when, which request, which
//! ticket, what happened to it, under which policy, which retention class it
//! got, and per redaction where, what kind, by which rule, how long, and a
//! keyed fingerprint. It never holds a value, nor any part of one.
//!
//! # Canonical form and hash
//!
//! The canonical form of a record is its compact JSON serialisation (no
//! insignificant whitespace, UTF-8, strings escaped as `serde_json` escapes
//! them) with the members in exactly this order, absent optional values
//! written as `null`:
//!
//! ```text
//! {"v":1,"seq":…,"time":"YYYY-MM-DDTHH:MM:SS.mmmZ","request_id":…,"method":…,
//!  "route":…,"ticket_id":…,"conversation_id":…,"upstream_status":…,
//!  "outcome":{"kind":…[,"reason":…]},"policy_version":…,"hushdesk_version":…,
//!  "retention":null|{"class":…,"tag":…,"rule":…},
//!  "findings":[{"path":…,"category":…,"subtype":…,"rule_id":…,"action":…,
//!               "length":…,"fingerprint":…},…],
//!  "prev":"<64 hex>"}
//! ```
//!
//! The record's `hash` is the lowercase hex SHA-256 of those bytes. The line
//! stored in a segment is the canonical form with its closing `}` replaced by
//! `,"hash":"<64 hex>"}`, then `\n`. A verifier therefore needs no JSON
//! library to check a hash: it removes the last 75 bytes of the line
//! (`,"hash":"` + 64 hex + `"}`), appends `}`, and hashes the result. Any
//! change to any byte of a line changes its hash.
//!
//! `prev` is the previous record's `hash`; the first record of a ledger
//! (`seq` 0) has 64 zeros ([`GENESIS`]).

use std::borrow::Cow;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::detect::Category;
use crate::redact::{Action, RedactionRecord};
use crate::retention::Decision;

use super::time::Timestamp;
use super::AuditError;

/// The record format version written in `v`.
pub const FORMAT_VERSION: u32 = 1;

/// The `prev` of the first record: 64 zeros.
pub const GENESIS: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The hushdesk version written into records.
pub const HUSHDESK_VERSION: &str = env!("CARGO_PKG_VERSION");

/// Bytes after the canonical form's last member: `,"hash":"` + 64 hex + `"}`.
pub const HASH_SUFFIX_LEN: usize = 9 + 64 + 2;

/// What became of the request.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
pub enum Outcome {
    /// The scrubbed body was forwarded upstream.
    Forwarded,
    /// The request was refused and not forwarded.
    Rejected {
        /// Why, as a fixed identifier (`body_too_large`,
        /// `unsupported_content_type`, …), never text from the request.
        /// Characters other than ASCII letters, digits, `_`, `-` and `.` are
        /// replaced by `_`, and it is cut to 64 characters.
        reason: String,
    },
    /// Shadow mode: scanned and recorded, but the original body went
    /// upstream.
    ReportOnly,
}

impl Outcome {
    /// The kind's stable name: `forwarded`, `rejected` or `report_only`.
    pub fn kind(&self) -> &'static str {
        match self {
            Outcome::Forwarded => "forwarded",
            Outcome::Rejected { .. } => "rejected",
            Outcome::ReportOnly => "report_only",
        }
    }

    /// A rejection for this reason identifier (sanitised, see
    /// [`Outcome::Rejected`]).
    pub fn rejected(reason: &str) -> Outcome {
        Outcome::Rejected {
            reason: identifier(reason),
        }
    }
}

/// The retention class a request's ticket got, and the rule that chose it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionEntry {
    /// The class's name.
    pub class: String,
    /// The tag set on the ticket.
    pub tag: String,
    /// The rule that decided (`rule #2 \`erasure\``) or `default class`.
    pub rule: String,
}

impl From<&Decision> for RetentionEntry {
    fn from(decision: &Decision) -> Self {
        RetentionEntry {
            class: decision.class.clone(),
            tag: decision.tag.clone(),
            rule: decision.reason.to_string(),
        }
    }
}

/// One redaction within a record. Never the value.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct FindingEntry {
    /// The field (a selector such as `description` or `custom_fields.cf_x`).
    pub path: String,
    /// The category.
    pub category: Category,
    /// The subtype, if any.
    pub subtype: Option<String>,
    /// The rule that found it.
    pub rule_id: String,
    /// The action applied.
    pub action: Action,
    /// Byte length of the original value.
    pub length: usize,
    /// Hex HMAC-SHA256 of the normalised value under the audit key (see
    /// [`crate::redact::fingerprint()`]).
    pub fingerprint: String,
}

impl From<&RedactionRecord> for FindingEntry {
    fn from(record: &RedactionRecord) -> Self {
        FindingEntry {
            path: record.path.clone(),
            category: record.category,
            subtype: record.subtype.as_deref().map(str::to_string),
            rule_id: record.rule_id.to_string(),
            action: record.action,
            length: record.length,
            fingerprint: record.fingerprint.clone(),
        }
    }
}

/// What the caller supplies for one record; the writer adds `seq`, `prev`
/// and `hash`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRecordDraft {
    /// When the request was handled.
    pub time: Timestamp,
    /// The request id (as logged by the proxy).
    pub request_id: String,
    /// HTTP method (`POST`, `PUT`).
    pub method: String,
    /// The route's template (`/api/v2/tickets/{id}`), not the raw path.
    pub route: String,
    /// The ticket id: from the upstream's answer on creates, from the path
    /// otherwise; `None` when unknown (a rejected create).
    pub ticket_id: Option<u64>,
    /// The conversation id, when known.
    pub conversation_id: Option<u64>,
    /// The upstream's status, if the request went upstream.
    pub upstream_status: Option<u16>,
    /// What became of the request.
    pub outcome: Outcome,
    /// A hash of the loaded packs and policy configuration.
    pub policy_version: String,
    /// The hushdesk version ([`HUSHDESK_VERSION`] by default).
    pub hushdesk_version: String,
    /// The retention decision, if one was made.
    pub retention: Option<RetentionEntry>,
    /// One entry per redaction.
    pub findings: Vec<FindingEntry>,
}

impl AuditRecordDraft {
    /// A draft stamped now with this hushdesk's version, no ticket, no
    /// findings and no retention decision.
    pub fn new(
        request_id: impl Into<String>,
        method: impl Into<String>,
        route: impl Into<String>,
        outcome: Outcome,
        policy_version: impl Into<String>,
    ) -> AuditRecordDraft {
        AuditRecordDraft {
            time: Timestamp::now(),
            request_id: request_id.into(),
            method: method.into(),
            route: route.into(),
            ticket_id: None,
            conversation_id: None,
            upstream_status: None,
            outcome,
            policy_version: policy_version.into(),
            hushdesk_version: HUSHDESK_VERSION.to_string(),
            retention: None,
            findings: Vec::new(),
        }
    }

    /// Adds one entry per redaction record.
    pub fn with_findings(mut self, records: &[RedactionRecord]) -> AuditRecordDraft {
        self.findings.extend(records.iter().map(FindingEntry::from));
        self
    }

    /// Sets the retention decision.
    pub fn with_retention(mut self, decision: &Decision) -> AuditRecordDraft {
        self.retention = Some(RetentionEntry::from(decision));
        self
    }

    /// The record this draft becomes at `seq` after `prev`.
    pub fn into_record(self, seq: u64, prev: String) -> AuditRecord {
        let outcome = match self.outcome {
            Outcome::Rejected { reason } => Outcome::rejected(&reason),
            other => other,
        };
        AuditRecord {
            v: FORMAT_VERSION,
            seq,
            time: self.time,
            request_id: self.request_id,
            method: self.method,
            route: self.route,
            ticket_id: self.ticket_id,
            conversation_id: self.conversation_id,
            upstream_status: self.upstream_status,
            outcome,
            policy_version: self.policy_version,
            hushdesk_version: self.hushdesk_version,
            retention: self.retention,
            findings: self.findings,
            prev,
            hash: String::new(),
        }
    }
}

/// One ledger record, as stored. Field order is the canonical order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditRecord {
    /// Format version ([`FORMAT_VERSION`]).
    pub v: u32,
    /// Position in the ledger, from 0, without gaps.
    pub seq: u64,
    /// When the request was handled.
    pub time: Timestamp,
    /// The request id.
    pub request_id: String,
    /// HTTP method.
    pub method: String,
    /// The route's template.
    pub route: String,
    /// The ticket id, when known.
    pub ticket_id: Option<u64>,
    /// The conversation id, when known.
    pub conversation_id: Option<u64>,
    /// The upstream's status, if the request went upstream.
    pub upstream_status: Option<u16>,
    /// What became of the request.
    pub outcome: Outcome,
    /// Hash of the packs and policy in force.
    pub policy_version: String,
    /// The hushdesk version that wrote the record.
    pub hushdesk_version: String,
    /// The retention decision, if any.
    pub retention: Option<RetentionEntry>,
    /// One entry per redaction.
    pub findings: Vec<FindingEntry>,
    /// The previous record's hash ([`GENESIS`] for `seq` 0).
    pub prev: String,
    /// SHA-256 of the canonical form (not part of it).
    #[serde(skip_serializing, default)]
    pub hash: String,
}

impl AuditRecord {
    /// Serialises the record into its stored line (canonical form plus
    /// hash, then `\n`), appending to `out`, and sets `self.hash`.
    pub fn encode_into(&mut self, out: &mut Vec<u8>) -> Result<(), AuditError> {
        let start = out.len();
        serde_json::to_writer(&mut *out, self).map_err(AuditError::Encode)?;
        let hash = hex::encode(sha256(&out[start..]));
        // Replace the closing `}` by the hash member.
        out.pop();
        out.extend_from_slice(b",\"hash\":\"");
        out.extend_from_slice(hash.as_bytes());
        out.extend_from_slice(b"\"}\n");
        self.hash = hash;
        Ok(())
    }

    /// Parses a stored line (without its `\n`), checking nothing but syntax.
    pub fn decode(line: &[u8]) -> Result<AuditRecord, serde_json::Error> {
        serde_json::from_slice(line)
    }
}

/// Splits a stored line (without `\n`) into the hash it claims and the hash
/// of its canonical form. `None` when the line does not end with a
/// well-formed hash member.
pub fn line_hashes(line: &[u8]) -> Option<(&[u8], [u8; 32])> {
    if line.len() < HASH_SUFFIX_LEN + 2 {
        return None;
    }
    let (body, suffix) = line.split_at(line.len() - HASH_SUFFIX_LEN);
    let claimed = suffix.strip_prefix(b",\"hash\":\"")?.strip_suffix(b"\"}")?;
    if !claimed
        .iter()
        .all(|c| c.is_ascii_digit() || (b'a'..=b'f').contains(c))
    {
        return None;
    }
    let mut hasher = Sha256::new();
    hasher.update(body);
    hasher.update(b"}");
    let mut actual = [0u8; 32];
    actual.copy_from_slice(&hasher.finalize());
    Some((claimed, actual))
}

/// True when `hex` (lowercase ASCII) spells `digest`.
pub fn hex_matches(hex: &[u8], digest: &[u8; 32]) -> bool {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    hex.len() == 64
        && digest.iter().enumerate().all(|(i, b)| {
            hex[2 * i] == DIGITS[usize::from(b >> 4)]
                && hex[2 * i + 1] == DIGITS[usize::from(b & 15)]
        })
}

/// The `seq` a stored line claims, read from its fixed prefix
/// `{"v":1,"seq":N,` without parsing the rest.
pub fn line_seq(line: &[u8]) -> Option<u64> {
    let rest = line.strip_prefix(b"{\"v\":1,\"seq\":")?;
    let n = rest.iter().take_while(|c| c.is_ascii_digit()).count();
    if n == 0 || n > 20 || rest.get(n) != Some(&b',') {
        return None;
    }
    std::str::from_utf8(&rest[..n]).ok()?.parse().ok()
}

/// The `prev` a stored line claims, read from just before its hash member.
pub fn line_prev(line: &[u8]) -> Option<&[u8]> {
    let body = line.get(..line.len().checked_sub(HASH_SUFFIX_LEN)?)?;
    let prev = body.strip_suffix(b"\"")?;
    let start = prev.len().checked_sub(64)?;
    let (head, hex) = prev.split_at(start);
    head.ends_with(b",\"prev\":\"").then_some(hex)
}

/// SHA-256 of `bytes`.
pub fn sha256(bytes: &[u8]) -> [u8; 32] {
    let mut out = [0u8; 32];
    out.copy_from_slice(&Sha256::digest(bytes));
    out
}

/// `text` restricted to an identifier: ASCII letters, digits, `_`, `-`,
/// `.`, others replaced by `_`, at most 64 characters.
fn identifier(text: &str) -> String {
    let cleaned: Cow<'_, str> = if text
        .chars()
        .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
    {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(
            text.chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.') {
                        c
                    } else {
                        '_'
                    }
                })
                .collect(),
        )
    };
    cleaned.chars().take(64).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn sample(seq: u64, prev: &str) -> AuditRecord {
        let mut draft = AuditRecordDraft::new(
            format!("req-{seq}"),
            "POST",
            "/api/v2/tickets",
            Outcome::Forwarded,
            "policy-abc",
        );
        draft.time = Timestamp(1_714_564_800_000);
        draft.ticket_id = Some(42);
        draft.findings.push(FindingEntry {
            path: "description".into(),
            category: Category::Email,
            subtype: None,
            rule_id: "email.address".into(),
            action: Action::Label,
            length: 16,
            fingerprint: "ab".repeat(32),
        });
        draft.into_record(seq, prev.to_string())
    }

    #[test]
    fn the_line_is_the_canonical_form_plus_its_hash() {
        let mut record = sample(0, GENESIS);
        let mut line = Vec::new();
        record.encode_into(&mut line).expect("encodes");
        assert_eq!(line.last(), Some(&b'\n'));
        let line = &line[..line.len() - 1];
        let canonical = format!(
            "{}}}",
            std::str::from_utf8(&line[..line.len() - HASH_SUFFIX_LEN]).expect("utf-8")
        );
        assert!(canonical.starts_with(
            "{\"v\":1,\"seq\":0,\"time\":\"2024-05-01T12:00:00.000Z\",\"request_id\":\"req-0\","
        ));
        assert!(canonical.ends_with(&format!(",\"prev\":\"{GENESIS}\"}}")));
        assert_eq!(record.hash, hex::encode(sha256(canonical.as_bytes())));
        let (claimed, actual) = line_hashes(line).expect("hash member");
        assert!(hex_matches(claimed, &actual));
        assert_eq!(line_seq(line), Some(0));
        assert_eq!(line_prev(line), Some(GENESIS.as_bytes()));
        let decoded = AuditRecord::decode(line).expect("parses");
        assert_eq!(decoded, record);
    }

    #[test]
    fn any_changed_byte_changes_the_hash() {
        let mut record = sample(3, GENESIS);
        let mut line = Vec::new();
        record.encode_into(&mut line).expect("encodes");
        line.pop();
        for i in 0..line.len() {
            let mut edited = line.clone();
            edited[i] ^= 0x01;
            let ok = line_hashes(&edited).is_some_and(|(c, a)| hex_matches(c, &a));
            assert!(!ok, "byte {i} edited undetected");
        }
    }

    #[test]
    fn rejection_reasons_are_identifiers() {
        assert_eq!(
            Outcome::rejected("body too large!"),
            Outcome::Rejected {
                reason: "body_too_large_".into()
            }
        );
        let long = "x".repeat(100);
        let Outcome::Rejected { reason } = Outcome::rejected(&long) else {
            unreachable!()
        };
        assert_eq!(reason.len(), 64);
    }
}
