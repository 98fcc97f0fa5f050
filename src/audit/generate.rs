//! Synthetic records, for benchmarks and tests only (`hushdesk audit
//! generate`, a hidden command). They go through the real writer, so a
//! generated ledger is a real ledger; their values are made up
//! (`person<N>@example.test`, test card numbers) and fingerprinted under
//! the given key, so look-ups of them can be measured too. Never point this
//! at a production ledger: it appends to whatever ledger it is given.

use futures_util::stream::{FuturesUnordered, StreamExt};

use super::key::AuditKey;
use super::record::{AuditRecordDraft, FindingEntry, Outcome, RetentionEntry};
use super::time::Timestamp;
use super::writer::{Ledger, Receipt};
use super::AuditError;
use crate::detect::Category;
use crate::redact::{fingerprint, Action};

/// How many distinct synthetic email addresses there are.
pub const SYNTHETIC_PEOPLE: u64 = 50_000;

/// The synthetic email address of person `n` (see [`synthetic_draft`]).
pub fn synthetic_email(n: u64) -> String {
    format!("person{}@example.test", n % SYNTHETIC_PEOPLE)
}

/// A cheap deterministic mix of `n` (splitmix64).
fn mix(n: u64) -> u64 {
    let mut z = n.wrapping_add(0x9E37_79B9_7F4A_7C15);
    z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
    z ^ (z >> 31)
}

/// Synthetic record number `n` of `count`, spread evenly over the year
/// before `end`. Record `n` redacts [`synthetic_email`]`(n)` (as its first
/// finding) plus zero to three other findings.
pub fn synthetic_draft(key: &AuditKey, n: u64, count: u64, end: Timestamp) -> AuditRecordDraft {
    const YEAR_MS: i64 = 365 * 86_400_000;
    let r = mix(n);
    let outcome = match r % 20 {
        0 => Outcome::rejected("body_too_large"),
        1 => Outcome::ReportOnly,
        _ => Outcome::Forwarded,
    };
    let update = r % 3 == 0;
    let mut draft = AuditRecordDraft::new(
        format!("synthetic-{n:016x}"),
        if update { "PUT" } else { "POST" },
        if update {
            "/api/v2/tickets/{id}"
        } else {
            "/api/v2/tickets"
        },
        outcome,
        "synthetic-policy",
    );
    let offset =
        (YEAR_MS as i128 * i128::from(count.saturating_sub(n)) / i128::from(count.max(1))) as i64;
    draft.time = Timestamp(end.0 - offset);
    draft.ticket_id = Some(100_000 + (r >> 8) % 400_000);
    draft.upstream_status =
        matches!(draft.outcome, Outcome::Forwarded).then_some(if update { 200 } else { 201 });
    let class = ["standard", "short", "erasure_request", "health"][((r >> 40) % 4) as usize];
    draft.retention = Some(RetentionEntry {
        class: class.to_string(),
        tag: format!("retention:{class}"),
        rule: if class == "standard" {
            "default class".into()
        } else {
            format!("rule #1 `{class}`")
        },
    });
    let email = synthetic_email(n);
    draft.findings.push(entry(
        key,
        "description",
        Category::Email,
        "email.address",
        &email,
    ));
    let others = [
        (
            "description",
            Category::Phone,
            "phone.e164",
            format!("+46 70 {:07}", r % 10_000_000),
        ),
        (
            "description",
            Category::PaymentCard,
            "card.pan",
            format!(
                "4111 1111 {:04} {:04}",
                (r >> 16) % 10_000,
                (r >> 32) % 10_000
            ),
        ),
        (
            "subject",
            Category::PersonName,
            "known.name",
            format!("Person {}", n % SYNTHETIC_PEOPLE),
        ),
    ];
    for (path, category, rule, value) in others.iter().take(((r >> 48) % 4) as usize) {
        draft
            .findings
            .push(entry(key, path, *category, rule, value));
    }
    draft
}

fn entry(key: &AuditKey, path: &str, category: Category, rule: &str, value: &str) -> FindingEntry {
    FindingEntry {
        path: path.to_string(),
        category,
        subtype: None,
        rule_id: rule.to_string(),
        action: if category == Category::PaymentCard {
            Action::Partial
        } else {
            Action::Label
        },
        length: value.len(),
        fingerprint: fingerprint(key.as_bytes(), category, value),
    }
}

/// Appends `count` synthetic records with up to `in_flight` appends
/// outstanding, calling `on_ack` with each receipt as it is acknowledged
/// (in acknowledgement order). Stops at the first error.
pub async fn generate(
    ledger: &Ledger,
    key: &AuditKey,
    count: u64,
    in_flight: usize,
    mut on_ack: impl FnMut(&Receipt),
) -> Result<(), AuditError> {
    let end = Timestamp::now();
    let mut pending = FuturesUnordered::new();
    let mut next = 0u64;
    loop {
        while next < count && pending.len() < in_flight.max(1) {
            let draft = synthetic_draft(key, next, count, end);
            let ledger = ledger.clone();
            pending.push(async move { ledger.append(draft).await });
            next += 1;
        }
        match pending.next().await {
            Some(receipt) => on_ack(&receipt?),
            None => return Ok(()),
        }
    }
}
