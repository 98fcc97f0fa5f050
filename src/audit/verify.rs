//! Verification: walks every segment, checks every record's hash and link
//! and the signed checkpoint, and names the first thing that is wrong.
//!
//! Segments are checked in parallel (each on its own: hashes, links, `seq`
//! order), then joined in order (numbering without gaps, the link from one
//! segment's last record to the next one's first), then the checkpoint is
//! compared with the end of the chain. What is wrong is classified:
//!
//! | kind | seen as |
//! |---|---|
//! | edited | a line whose bytes do not hash to its `hash`, or a record whose hash does not match the next record's `prev` (altered and re-hashed), or the record the checkpoint names has another hash |
//! | deleted | `seq` jumps forward and the missing numbers are nowhere near |
//! | reordered | `seq` goes back, or jumps forward while the missing number follows |
//! | truncated | the checkpoint covers more records than are present |
//! | missing segment | a gap in segment numbers, or the checkpoint names a segment that is absent |
//! | checkpoint missing / invalid | no checkpoint although records exist; its MAC does not match |
//!
//! A torn tail (the newest segment ends without `\n`: a write interrupted by
//! a crash, or being written right now) is not tampering: it is reported on
//! its own, as recoverable. The checkpoint is read before the segments so
//! that a ledger being written while it is verified is not mistaken for a
//! truncated one.

use std::fmt;
use std::path::Path;

use rayon::prelude::*;

use super::chain::{list_segments, read_file, segment_name, Checkpoint, TornTail};
use super::key::AuditKey;
use super::record::{hex_matches, line_hashes, line_seq, AuditRecord, GENESIS};
use super::time::Timestamp;
use super::AuditError;

/// What kind of damage verification found.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ProblemKind {
    /// A record's content was changed.
    Edited,
    /// Records are missing from within the chain.
    Deleted,
    /// Records are out of order.
    Reordered,
    /// The newest records were removed (the checkpoint is ahead of the data).
    Truncated,
    /// A whole segment file is missing.
    MissingSegment,
    /// The checkpoint file is missing although the ledger holds records.
    CheckpointMissing,
    /// The checkpoint's MAC does not match.
    CheckpointInvalid,
}

impl ProblemKind {
    /// The stable name (`edited`, `deleted`, `reordered`, `truncated`,
    /// `missing_segment`, `checkpoint_missing`, `checkpoint_invalid`).
    pub fn as_str(self) -> &'static str {
        match self {
            ProblemKind::Edited => "edited",
            ProblemKind::Deleted => "deleted",
            ProblemKind::Reordered => "reordered",
            ProblemKind::Truncated => "truncated",
            ProblemKind::MissingSegment => "missing_segment",
            ProblemKind::CheckpointMissing => "checkpoint_missing",
            ProblemKind::CheckpointInvalid => "checkpoint_invalid",
        }
    }
}

/// The first thing found wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// What kind of damage.
    pub kind: ProblemKind,
    /// The segment it was found in (0 for the checkpoint).
    pub segment: u64,
    /// The line within the segment, from 1, when it is about one line.
    pub line: Option<u64>,
    /// The `seq` of the broken record, or the first missing one.
    pub seq: Option<u64>,
    /// A sentence saying what is wrong.
    pub detail: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.kind.as_str())?;
        if self.segment > 0 {
            write!(f, " in {}", segment_name(self.segment))?;
        }
        if let Some(line) = self.line {
            write!(f, " line {line}")?;
        }
        if let Some(seq) = self.seq {
            write!(f, " (seq {seq})")?;
        }
        write!(f, ": {}", self.detail)
    }
}

/// The verdict.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum VerifyStatus {
    /// Every record, link and the checkpoint hold.
    Ok,
    /// Everything holds, but the newest segment ends in an incomplete line
    /// (a crash mid-write; cut off when the writer next opens the ledger).
    TornTail(TornTail),
    /// Tampering or damage; the first problem found.
    Broken(Problem),
}

/// What verification saw.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifyReport {
    /// The verdict.
    pub status: VerifyStatus,
    /// Segment files present.
    pub segments: u64,
    /// Complete records checked (up to the first problem).
    pub records: u64,
    /// Findings in those records.
    pub findings: u64,
    /// The earliest record time seen.
    pub first_time: Option<Timestamp>,
    /// The latest record time seen.
    pub last_time: Option<Timestamp>,
    /// The checkpoint, if present.
    pub checkpoint: Option<Checkpoint>,
    /// Whether its MAC was checked (a key was given).
    pub checkpoint_mac_checked: bool,
}

/// One segment checked on its own.
#[derive(Debug, Default)]
struct SegmentScan {
    number: u64,
    first: Option<(u64, String)>,
    last: Option<(u64, String, u64)>,
    seqs: Vec<u64>,
    records: u64,
    findings: u64,
    first_time: Option<Timestamp>,
    last_time: Option<Timestamp>,
    problem: Option<Problem>,
    torn: Option<TornTail>,
    wanted_hash: Option<String>,
}

/// Verifies the ledger in `dir`. With a key the checkpoint's MAC is checked
/// too. Errors only when files cannot be read; damage is a
/// [`VerifyStatus::Broken`] report.
pub fn verify(dir: &Path, key: Option<&AuditKey>) -> Result<VerifyReport, AuditError> {
    let checkpoint = Checkpoint::read(dir)?;
    let wanted = checkpoint.as_ref().and_then(|cp| cp.records.checked_sub(1));
    let segments = list_segments(dir)?;
    let scans: Vec<SegmentScan> = segments
        .par_iter()
        .map(|(number, path)| read_file(path).map(|data| scan_segment(*number, &data, wanted)))
        .collect::<Result<_, _>>()?;
    let mut report = VerifyReport {
        status: VerifyStatus::Ok,
        segments: segments.len() as u64,
        records: 0,
        findings: 0,
        first_time: None,
        last_time: None,
        checkpoint: checkpoint.clone(),
        checkpoint_mac_checked: key.is_some(),
    };
    let joined = join(&scans, &mut report);
    report.status =
        match joined.and_then(|()| check_checkpoint(&scans, checkpoint.as_ref(), key, &report)) {
            Err(problem) => VerifyStatus::Broken(problem),
            Ok(()) => match scans.last().and_then(|s| s.torn.clone()) {
                Some(torn) => VerifyStatus::TornTail(torn),
                None => VerifyStatus::Ok,
            },
        };
    Ok(report)
}

/// Joins the segments in order; the first problem wins.
fn join(scans: &[SegmentScan], report: &mut VerifyReport) -> Result<(), Problem> {
    let (mut next_seq, mut prev_hash, mut prev_at) = (0u64, GENESIS.to_string(), None);
    for (i, scan) in scans.iter().enumerate() {
        let expected_number = i as u64 + 1;
        if scan.number != expected_number {
            return Err(Problem {
                kind: ProblemKind::MissingSegment,
                segment: expected_number,
                line: None,
                seq: Some(next_seq),
                detail: format!(
                    "{} is missing (the next present is {})",
                    segment_name(expected_number),
                    segment_name(scan.number)
                ),
            });
        }
        if let Some((seq, prev)) = &scan.first {
            link(*seq, prev, next_seq, &prev_hash, prev_at, scan, 1)?;
        }
        report.records += scan.records;
        report.findings += scan.findings;
        report.first_time = min_opt(report.first_time, scan.first_time);
        report.last_time = max_opt(report.last_time, scan.last_time);
        if let Some(problem) = &scan.problem {
            return Err(problem.clone());
        }
        if scan.torn.is_some() && i + 1 < scans.len() {
            return Err(Problem {
                kind: ProblemKind::Edited,
                segment: scan.number,
                line: Some(scan.records + 1),
                seq: None,
                detail: "an incomplete line in a segment that is not the newest".into(),
            });
        }
        if let Some((seq, hash, line)) = &scan.last {
            next_seq = seq + 1;
            prev_hash.clone_from(hash);
            prev_at = Some((scan.number, *line));
        }
    }
    Ok(())
}

/// Checks that a record (`seq`, `prev`) at `line` of `scan` follows the
/// record (`next_seq` - 1, `prev_hash`) found at `prev_at`.
fn link(
    seq: u64,
    prev: &str,
    next_seq: u64,
    prev_hash: &str,
    prev_at: Option<(u64, u64)>,
    scan: &SegmentScan,
    line: u64,
) -> Result<(), Problem> {
    let at = |kind, seq, detail: String| Problem {
        kind,
        segment: scan.number,
        line: Some(line),
        seq: Some(seq),
        detail,
    };
    if seq == next_seq && prev == prev_hash {
        return Ok(());
    }
    if seq == next_seq {
        let Some((segment, line)) = prev_at else {
            return Err(at(
                ProblemKind::Edited,
                seq,
                "the first record does not start from the genesis hash".into(),
            ));
        };
        return Err(Problem {
            kind: ProblemKind::Edited,
            segment,
            line: Some(line),
            seq: Some(seq - 1),
            detail: "its hash does not match the next record's prev: it was altered and its hash recomputed"
                .into(),
        });
    }
    if seq > next_seq {
        if scan.seqs.contains(&next_seq) {
            return Err(at(
                ProblemKind::Reordered,
                seq,
                format!("seq {seq} where {next_seq} was expected, and {next_seq} comes later"),
            ));
        }
        return Err(at(
            ProblemKind::Deleted,
            next_seq,
            format!(
                "seq {seq} where {next_seq} was expected: {} record(s) removed",
                seq - next_seq
            ),
        ));
    }
    Err(at(
        ProblemKind::Reordered,
        seq,
        format!("seq {seq} where {next_seq} was expected: records out of order"),
    ))
}

/// Checks one segment's lines on their own.
fn scan_segment(number: u64, data: &[u8], wanted: Option<u64>) -> SegmentScan {
    let mut scan = SegmentScan {
        number,
        ..SegmentScan::default()
    };
    let complete = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    if complete < data.len() {
        scan.torn = Some(TornTail {
            segment: number,
            offset: complete as u64,
            bytes: (data.len() - complete) as u64,
        });
    }
    let lines: Vec<&[u8]> = data[..complete]
        .strip_suffix(b"\n")
        .map(|body| body.split(|&b| b == b'\n').collect())
        .unwrap_or_default();
    scan.seqs = lines.iter().filter_map(|l| line_seq(l)).collect();
    for (i, line) in lines.iter().enumerate() {
        let line_no = i as u64 + 1;
        let record = match check_line(line) {
            Ok(record) => record,
            Err(detail) => {
                scan.problem = Some(Problem {
                    kind: ProblemKind::Edited,
                    segment: number,
                    line: Some(line_no),
                    seq: line_seq(line),
                    detail,
                });
                return scan;
            }
        };
        let hash = String::from_utf8_lossy(&line[line.len() - 66..line.len() - 2]).into_owned();
        match &scan.last {
            None => scan.first = Some((record.seq, record.prev.clone())),
            Some((seq, prev_hash, prev_line)) => {
                let prev_at = Some((number, *prev_line));
                if let Err(problem) = link(
                    record.seq,
                    &record.prev,
                    seq + 1,
                    prev_hash,
                    prev_at,
                    &scan,
                    line_no,
                ) {
                    scan.problem = Some(problem);
                    return scan;
                }
            }
        }
        if Some(record.seq) == wanted {
            scan.wanted_hash = Some(hash.clone());
        }
        scan.records += 1;
        scan.findings += record.findings.len() as u64;
        scan.first_time = min_opt(scan.first_time, Some(record.time));
        scan.last_time = max_opt(scan.last_time, Some(record.time));
        scan.last = Some((record.seq, hash, line_no));
    }
    scan
}

/// A line's own hash and syntax.
fn check_line(line: &[u8]) -> Result<AuditRecord, String> {
    let Some((claimed, actual)) = line_hashes(line) else {
        return Err("the line does not end with a hash: it was altered".into());
    };
    if !hex_matches(claimed, &actual) {
        return Err("its content does not match its hash: it was altered".into());
    }
    let record = AuditRecord::decode(line)
        .map_err(|_| "its hash holds but it is not a valid record: forged".to_string())?;
    if line_seq(line) != Some(record.seq) {
        return Err("its hash holds but it is not in canonical form: forged".into());
    }
    Ok(record)
}

/// Compares the checkpoint with the end of the chain.
fn check_checkpoint(
    scans: &[SegmentScan],
    checkpoint: Option<&Checkpoint>,
    key: Option<&AuditKey>,
    report: &VerifyReport,
) -> Result<(), Problem> {
    let problem = |kind, seq, detail: String| Problem {
        kind,
        segment: 0,
        line: None,
        seq,
        detail,
    };
    let Some(cp) = checkpoint else {
        if report.records > 0 {
            return Err(problem(
                ProblemKind::CheckpointMissing,
                None,
                "checkpoint.json is missing: truncation of the newest records cannot be ruled out"
                    .into(),
            ));
        }
        return Ok(());
    };
    if key.is_some_and(|key| !cp.mac_valid(key)) {
        return Err(problem(
            ProblemKind::CheckpointInvalid,
            None,
            "the checkpoint's MAC does not match: it was altered, or the key is not this ledger's"
                .into(),
        ));
    }
    let newest = scans.last().map_or(0, |s| s.number);
    if cp.segment > newest.max(1) {
        return Err(problem(
            ProblemKind::MissingSegment,
            None,
            format!(
                "the checkpoint names {}, but the newest segment present is {}",
                segment_name(cp.segment),
                segment_name(newest)
            ),
        ));
    }
    if cp.records > report.records {
        return Err(problem(
            ProblemKind::Truncated,
            Some(report.records),
            format!(
                "the checkpoint covers {} records but only {} are present: the newest {} were removed",
                cp.records,
                report.records,
                cp.records - report.records
            ),
        ));
    }
    let found = match cp.records {
        0 => Some(GENESIS.to_string()),
        _ => scans.iter().find_map(|s| s.wanted_hash.clone()),
    };
    if found.as_deref() != Some(cp.hash.as_str()) {
        return Err(problem(
            ProblemKind::Edited,
            cp.records.checked_sub(1),
            "the record the checkpoint names has another hash: it was replaced".into(),
        ));
    }
    Ok(())
}

fn min_opt(a: Option<Timestamp>, b: Option<Timestamp>) -> Option<Timestamp> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn max_opt(a: Option<Timestamp>, b: Option<Timestamp>) -> Option<Timestamp> {
    a.max(b)
}
