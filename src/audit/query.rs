//! Reading the ledger: search, look-up by value, statistics.
//!
//! Segments are read in parallel, a few at a time (memory stays bounded by
//! a few segments), and results come out in ledger order. Each line is first
//! tested against byte patterns the filter implies (the canonical form
//! writes `"ticket_id":42,`, `"category":"email"`, `"fingerprint":"…"`
//! exactly so), and parsed only when it may match; the parsed record is then
//! checked exactly. Lines that do not parse (damage, or a torn tail) are
//! counted and skipped: `audit verify` is the tool for damage.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::Path;

use memchr::memmem::Finder;
use rayon::prelude::*;

use super::chain::{list_segments, read_file};
use super::key::AuditKey;
use super::record::{AuditRecord, FindingEntry};
use super::time::Timestamp;
use super::AuditError;
use crate::detect::Category;
use crate::redact::{fingerprint, normalise};

/// Which records to return. Empty fields match everything. `category`,
/// `rule` and `fingerprints` are about findings: a record matches when one
/// of its findings satisfies all three at once.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Only this ticket.
    pub ticket: Option<u64>,
    /// Only records with a finding of this category.
    pub category: Option<Category>,
    /// Only records with a finding by this rule id.
    pub rule: Option<String>,
    /// Only records at or after this time.
    pub since: Option<Timestamp>,
    /// Only records before this time.
    pub until: Option<Timestamp>,
    /// Only this outcome kind (`forwarded`, `rejected`, `report_only`).
    pub outcome: Option<String>,
    /// Only records with a finding carrying one of these fingerprints.
    pub fingerprints: Vec<String>,
}

impl Filter {
    /// True when `record` matches.
    pub fn matches(&self, record: &AuditRecord) -> bool {
        self.ticket.is_none_or(|t| record.ticket_id == Some(t))
            && self.since.is_none_or(|t| record.time >= t)
            && self.until.is_none_or(|t| record.time < t)
            && self
                .outcome
                .as_deref()
                .is_none_or(|o| record.outcome.kind() == o)
            && (!self.about_findings() || record.findings.iter().any(|f| self.matches_finding(f)))
    }

    /// True when `finding` satisfies the finding-level conditions.
    pub fn matches_finding(&self, finding: &FindingEntry) -> bool {
        self.category.is_none_or(|c| finding.category == c)
            && self.rule.as_deref().is_none_or(|r| finding.rule_id == r)
            && (self.fingerprints.is_empty() || self.fingerprints.contains(&finding.fingerprint))
    }

    fn about_findings(&self) -> bool {
        self.category.is_some() || self.rule.is_some() || !self.fingerprints.is_empty()
    }
}

/// Byte patterns every matching line must contain (a fast pre-test).
struct Prefilter {
    all: Vec<Finder<'static>>,
    any: Vec<Finder<'static>>,
}

impl Prefilter {
    fn new(filter: &Filter) -> Prefilter {
        let json = |s: &str| serde_json::to_string(s).unwrap_or_default();
        let mut all = Vec::new();
        if let Some(t) = filter.ticket {
            all.push(format!("\"ticket_id\":{t},"));
        }
        if let Some(c) = filter.category {
            all.push(format!("\"category\":\"{c}\""));
        }
        if let Some(r) = &filter.rule {
            all.push(format!("\"rule_id\":{}", json(r)));
        }
        if let Some(o) = &filter.outcome {
            all.push(format!("\"outcome\":{{\"kind\":{}", json(o)));
        }
        let any = filter
            .fingerprints
            .iter()
            .map(|f| format!("\"fingerprint\":{}", json(f)));
        let finder = |p: String| Finder::new(p.as_bytes()).into_owned();
        Prefilter {
            all: all.into_iter().map(finder).collect(),
            any: any.map(finder).collect(),
        }
    }

    fn may_match(&self, line: &[u8]) -> bool {
        self.all.iter().all(|f| f.find(line).is_some())
            && (self.any.is_empty() || self.any.iter().any(|f| f.find(line).is_some()))
    }
}

/// What a scan went through.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ScanStats {
    /// Lines read.
    pub lines: u64,
    /// Records that matched.
    pub matched: u64,
    /// Lines that do not parse as records (skipped).
    pub unreadable: u64,
}

/// Calls `emit` with every matching record and its stored line (with its
/// hash, without `\n`), in ledger order.
pub fn for_each_match<E: From<AuditError>>(
    dir: &Path,
    filter: &Filter,
    mut emit: impl FnMut(&AuditRecord, &[u8]) -> Result<(), E>,
) -> Result<ScanStats, E> {
    let prefilter = Prefilter::new(filter);
    let segments = list_segments(dir)?;
    let mut stats = ScanStats::default();
    let chunk = rayon::current_num_threads().max(2);
    for group in segments.chunks(chunk) {
        let results: Vec<_> = group
            .par_iter()
            .map(|(_, path)| {
                let data = read_file(path)?;
                let mut found = Vec::new();
                let mut seen = ScanStats::default();
                for line in complete_lines(&data) {
                    seen.lines += 1;
                    if !prefilter.may_match(line) {
                        continue;
                    }
                    match AuditRecord::decode(line) {
                        Ok(record) if filter.matches(&record) => {
                            let start = line.as_ptr() as usize - data.as_ptr() as usize;
                            found.push((record, start..start + line.len()));
                        }
                        Ok(_) => {}
                        Err(_) => seen.unreadable += 1,
                    }
                }
                Ok::<_, AuditError>((data, found, seen))
            })
            .collect::<Result<_, _>>()?;
        for (data, found, seen) in results {
            stats.lines += seen.lines;
            stats.unreadable += seen.unreadable;
            for (record, range) in found {
                stats.matched += 1;
                emit(&record, &data[range])?;
            }
        }
    }
    Ok(stats)
}

/// The complete lines of a segment (a torn last line is left out).
fn complete_lines(data: &[u8]) -> impl Iterator<Item = &[u8]> {
    let complete = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    data[..complete]
        .split(|&b| b == b'\n')
        .filter(|line| !line.is_empty())
}

/// Every matching record, in ledger order.
pub fn search(dir: &Path, filter: &Filter) -> Result<Vec<AuditRecord>, AuditError> {
    let mut out = Vec::new();
    for_each_match(dir, filter, |record, _| {
        out.push(record.clone());
        Ok::<_, AuditError>(())
    })?;
    Ok(out)
}

/// The categories a value could have been found as, with its fingerprint
/// under `key` for each: just `category` when given, otherwise every
/// category whose normalised form of the value is plausible (an email needs
/// an `@`, a card 12 to 19 digits, an IP address must parse, ...).
pub fn fingerprints_for(
    key: &AuditKey,
    value: &str,
    category: Option<Category>,
) -> Vec<(Category, String)> {
    let categories: Vec<Category> = match category {
        Some(c) => vec![c],
        None => Category::ALL
            .into_iter()
            .filter(|c| plausible(*c, &normalise(*c, value)))
            .collect(),
    };
    categories
        .into_iter()
        .map(|c| (c, fingerprint(key.as_bytes(), c, value)))
        .collect()
}

fn plausible(category: Category, normalised: &str) -> bool {
    let digits = normalised.bytes().filter(u8::is_ascii_digit).count();
    let letters = normalised.chars().filter(|c| c.is_alphabetic()).count();
    match category {
        _ if normalised.is_empty() => false,
        Category::Email => normalised.contains('@'),
        Category::Phone => digits >= 6,
        Category::PaymentCard => (12..=19).contains(&digits) && digits == normalised.len(),
        Category::Iban => {
            let b = normalised.as_bytes();
            (15..=34).contains(&b.len())
                && b[..2].iter().all(u8::is_ascii_alphabetic)
                && b[2..4].iter().all(u8::is_ascii_digit)
        }
        Category::NationalId | Category::DateOfBirth => digits >= 4,
        Category::IpAddress => normalised.parse::<IpAddr>().is_ok(),
        Category::PersonName => digits == 0 && letters > 0,
        Category::PostalAddress => letters > 0,
        Category::Secret => normalised.len() >= 8,
    }
}

/// A record that redacted a looked-up value.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LookupHit {
    /// The record.
    pub record: AuditRecord,
    /// Indices of its findings that carry the value's fingerprint.
    pub findings: Vec<usize>,
}

/// Every record that redacted `value` (fingerprinted under `key`, as
/// `category` or as each plausible category), in ledger order.
pub fn lookup(
    dir: &Path,
    key: &AuditKey,
    value: &str,
    category: Option<Category>,
) -> Result<Vec<LookupHit>, AuditError> {
    let filter = Filter {
        fingerprints: fingerprints_for(key, value, category)
            .into_iter()
            .map(|(_, f)| f)
            .collect(),
        ..Filter::default()
    };
    if filter.fingerprints.is_empty() {
        return Ok(Vec::new());
    }
    let mut hits = Vec::new();
    for_each_match(dir, &filter, |record, _| {
        let findings = (0..record.findings.len())
            .filter(|&i| filter.matches_finding(&record.findings[i]))
            .collect();
        hits.push(LookupHit {
            record: record.clone(),
            findings,
        });
        Ok::<_, AuditError>(())
    })?;
    Ok(hits)
}

/// Counts over the ledger.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize)]
pub struct Stats {
    /// Records.
    pub records: u64,
    /// Findings.
    pub findings: u64,
    /// Records per day (UTC).
    pub per_day: BTreeMap<String, u64>,
    /// Findings per category.
    pub per_category: BTreeMap<String, u64>,
    /// Findings per rule id.
    pub per_rule: BTreeMap<String, u64>,
    /// Records per retention class (`none` without a decision).
    pub per_retention_class: BTreeMap<String, u64>,
    /// Records per outcome kind.
    pub per_outcome: BTreeMap<String, u64>,
    /// Lines that did not parse (skipped).
    pub unreadable: u64,
}

impl Stats {
    fn add(&mut self, record: &AuditRecord) {
        self.records += 1;
        self.findings += record.findings.len() as u64;
        *self.per_day.entry(record.time.day()).or_default() += 1;
        for f in &record.findings {
            *self.per_category.entry(f.category.to_string()).or_default() += 1;
            *self.per_rule.entry(f.rule_id.clone()).or_default() += 1;
        }
        let class = record
            .retention
            .as_ref()
            .map_or("none", |r| r.class.as_str());
        *self
            .per_retention_class
            .entry(class.to_string())
            .or_default() += 1;
        *self
            .per_outcome
            .entry(record.outcome.kind().to_string())
            .or_default() += 1;
    }

    fn merge(mut self, other: Stats) -> Stats {
        self.records += other.records;
        self.findings += other.findings;
        self.unreadable += other.unreadable;
        for (mine, theirs) in [
            (&mut self.per_day, other.per_day),
            (&mut self.per_category, other.per_category),
            (&mut self.per_rule, other.per_rule),
            (&mut self.per_retention_class, other.per_retention_class),
            (&mut self.per_outcome, other.per_outcome),
        ] {
            for (k, v) in theirs {
                *mine.entry(k).or_default() += v;
            }
        }
        self
    }
}

/// Counts over the records matching `filter`.
pub fn stats(dir: &Path, filter: &Filter) -> Result<Stats, AuditError> {
    let prefilter = Prefilter::new(filter);
    list_segments(dir)?
        .par_iter()
        .map(|(_, path)| {
            let data = read_file(path)?;
            let mut stats = Stats::default();
            for line in complete_lines(&data) {
                if !prefilter.may_match(line) {
                    continue;
                }
                match AuditRecord::decode(line) {
                    Ok(record) if filter.matches(&record) => stats.add(&record),
                    Ok(_) => {}
                    Err(_) => stats.unreadable += 1,
                }
            }
            Ok(stats)
        })
        .try_reduce(Stats::default, |a, b| Ok(a.merge(b)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plausible_categories_for_a_value() {
        let key = AuditKey::new(b"query test key 0123456".to_vec()).expect("key");
        let cats = |v: &str| -> Vec<Category> {
            fingerprints_for(&key, v, None)
                .into_iter()
                .map(|(c, _)| c)
                .collect()
        };
        assert!(cats("jane@example.org").contains(&Category::Email));
        assert!(!cats("jane@example.org").contains(&Category::Phone));
        assert!(cats("4111 1111 1111 1111").contains(&Category::PaymentCard));
        assert!(cats("10.0.0.1").contains(&Category::IpAddress));
        assert!(cats("Jörg Müller").contains(&Category::PersonName));
        assert_eq!(fingerprints_for(&key, "x", Some(Category::Email)).len(), 1);
    }
}
