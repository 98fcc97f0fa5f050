//! The redaction ledger end to end: tamper detection (each kind named),
//! torn tails, a crash of the real binary under load, an unwritable ledger,
//! no personal values in the files, and look-ups by value.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Duration;

use hushdesk::audit::chain::{segment_name, Checkpoint, CHECKPOINT_FILE};
use hushdesk::audit::query::{self, Filter};
use hushdesk::audit::record::AuditRecord;
use hushdesk::audit::{
    verify, AuditError, AuditKey, AuditRecordDraft, Ledger, LedgerConfig, Outcome, ProblemKind,
    Receipt, VerifyStatus,
};
use hushdesk::detect::{Category, Detector, KnownValues};
use hushdesk::redact::{Action, Policy, Redactor};

const KEY: &str = "integration audit key 0123456789";

fn key() -> AuditKey {
    AuditKey::new(KEY.as_bytes().to_vec()).expect("long enough")
}

fn draft(n: u64) -> AuditRecordDraft {
    let mut d = AuditRecordDraft::new(
        format!("req-{n}"),
        "POST",
        "/api/v2/tickets",
        Outcome::Forwarded,
        "policy-test",
    );
    d.ticket_id = Some(1000 + n);
    d.upstream_status = Some(201);
    d
}

fn config(dir: &Path, max_segment_bytes: u64) -> LedgerConfig {
    let mut config = LedgerConfig::new(dir, key());
    config.max_segment_bytes = max_segment_bytes;
    config
}

/// Writes `n` records (in segments of about `max_segment_bytes`) and closes.
async fn write(dir: &Path, n: u64, max_segment_bytes: u64) -> Vec<Receipt> {
    let (ledger, task) = Ledger::open(config(dir, max_segment_bytes)).expect("opens");
    let mut receipts = Vec::new();
    for i in 0..n {
        receipts.push(ledger.append(draft(i)).await.expect("appends"));
    }
    ledger.shutdown().await;
    task.await.expect("writer ends");
    receipts
}

fn segment(dir: &Path, n: u64) -> PathBuf {
    dir.join(segment_name(n))
}

fn lines(path: &Path) -> Vec<Vec<u8>> {
    let data = std::fs::read(path).expect("segment");
    data.split_inclusive(|&b| b == b'\n')
        .map(<[u8]>::to_vec)
        .collect()
}

fn write_lines(path: &Path, lines: &[Vec<u8>]) {
    std::fs::write(path, lines.concat()).expect("rewrite");
}

fn problem(dir: &Path) -> hushdesk::audit::Problem {
    match verify(dir, Some(&key())).expect("verifies").status {
        VerifyStatus::Broken(p) => p,
        other => panic!("expected a problem, got {other:?}"),
    }
}

/// A ledger of 60 records in three segments (20 each).
async fn three_segments() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("temp dir");
    // One record is ~400 bytes; rotate after 20 (each append is its own batch).
    let one = {
        let mut r = draft(0).into_record(0, "0".repeat(64));
        let mut buf = Vec::new();
        r.encode_into(&mut buf).expect("encodes");
        buf.len() as u64
    };
    write(dir.path(), 60, one * 20 - 1).await;
    assert!(segment(dir.path(), 3).exists() && !segment(dir.path(), 4).exists());
    dir
}

#[tokio::test]
async fn an_intact_ledger_verifies_and_the_chain_spans_segments() {
    let dir = three_segments().await;
    let report = verify(dir.path(), Some(&key())).expect("verifies");
    assert_eq!(report.status, VerifyStatus::Ok);
    assert_eq!((report.segments, report.records), (3, 60));
    let first_of_second =
        AuditRecord::decode(lines(&segment(dir.path(), 2))[0].trim_ascii_end()).expect("record");
    let last_of_first =
        AuditRecord::decode(lines(&segment(dir.path(), 1))[19].trim_ascii_end()).expect("record");
    assert_eq!(first_of_second.seq, 20);
    assert_eq!(first_of_second.prev, last_of_first.hash);
    // Reopening continues the chain.
    let receipts = write(dir.path(), 1, u64::MAX).await;
    assert_eq!(receipts[0].seq, 60);
    assert_eq!(
        verify(dir.path(), Some(&key())).expect("verifies").status,
        VerifyStatus::Ok
    );
}

#[tokio::test]
async fn an_edited_byte_is_named_edited() {
    let dir = three_segments().await;
    let path = segment(dir.path(), 2);
    let mut all = lines(&path);
    let line = &mut all[5];
    let at = line
        .windows(10)
        .position(|w| w == b"\"ticket_id")
        .expect("field")
        + 13;
    line[at] = if line[at] == b'9' { b'8' } else { b'9' };
    write_lines(&path, &all);
    let p = problem(dir.path());
    assert_eq!(p.kind, ProblemKind::Edited, "{p}");
    assert_eq!((p.segment, p.line, p.seq), (2, Some(6), Some(25)));
}

#[tokio::test]
async fn an_edited_and_rehashed_record_is_named_edited() {
    let dir = three_segments().await;
    let path = segment(dir.path(), 1);
    let mut all = lines(&path);
    let mut record = AuditRecord::decode(all[7].trim_ascii_end()).expect("record");
    record.ticket_id = Some(4242);
    let mut line = Vec::new();
    record.encode_into(&mut line).expect("encodes");
    all[7] = line;
    write_lines(&path, &all);
    let p = problem(dir.path());
    assert_eq!(p.kind, ProblemKind::Edited, "{p}");
    assert_eq!(p.seq, Some(7));
}

#[tokio::test]
async fn a_deleted_line_is_named_deleted() {
    let dir = three_segments().await;
    let path = segment(dir.path(), 2);
    let mut all = lines(&path);
    all.remove(3);
    write_lines(&path, &all);
    let p = problem(dir.path());
    assert_eq!(p.kind, ProblemKind::Deleted, "{p}");
    assert_eq!(p.seq, Some(23));
}

#[tokio::test]
async fn swapped_lines_are_named_reordered() {
    let dir = three_segments().await;
    let path = segment(dir.path(), 3);
    let mut all = lines(&path);
    all.swap(4, 5);
    write_lines(&path, &all);
    let p = problem(dir.path());
    assert_eq!(p.kind, ProblemKind::Reordered, "{p}");
    assert_eq!((p.segment, p.line), (3, Some(5)));
}

#[tokio::test]
async fn dropping_the_last_lines_is_named_truncated() {
    let dir = three_segments().await;
    let path = segment(dir.path(), 3);
    let mut all = lines(&path);
    all.truncate(all.len() - 3);
    write_lines(&path, &all);
    let p = problem(dir.path());
    assert_eq!(p.kind, ProblemKind::Truncated, "{p}");
    assert!(p.detail.contains("60") && p.detail.contains("57"), "{p}");
    // The writer refuses to extend (and so hide) a truncated ledger.
    let err = Ledger::open(config(dir.path(), u64::MAX)).expect_err("refuses");
    assert!(matches!(err, AuditError::Corrupt { .. }), "{err}");
}

#[tokio::test]
async fn a_dropped_segment_is_named_missing_segment() {
    let dir = three_segments().await;
    std::fs::remove_file(segment(dir.path(), 2)).expect("remove");
    let p = problem(dir.path());
    assert_eq!(p.kind, ProblemKind::MissingSegment, "{p}");
    assert_eq!(p.segment, 2);

    let dir = three_segments().await;
    std::fs::remove_file(segment(dir.path(), 3)).expect("remove");
    assert_eq!(problem(dir.path()).kind, ProblemKind::MissingSegment);

    let dir = three_segments().await;
    std::fs::remove_file(segment(dir.path(), 1)).expect("remove");
    assert_eq!(problem(dir.path()).kind, ProblemKind::MissingSegment);
}

#[tokio::test]
async fn a_forged_or_missing_checkpoint_is_named() {
    let dir = three_segments().await;
    let path = dir.path().join(CHECKPOINT_FILE);
    let mut cp: Checkpoint =
        serde_json::from_slice(&std::fs::read(&path).expect("cp")).expect("json");
    cp.records = 50;
    std::fs::write(&path, serde_json::to_vec(&cp).expect("json")).expect("write");
    assert_eq!(problem(dir.path()).kind, ProblemKind::CheckpointInvalid);
    std::fs::remove_file(&path).expect("remove");
    assert_eq!(problem(dir.path()).kind, ProblemKind::CheckpointMissing);
    // Another key cannot open the ledger.
    let dir = three_segments().await;
    let other = LedgerConfig::new(
        dir.path(),
        AuditKey::new(b"some other key 0123456".to_vec()).expect("key"),
    );
    assert!(matches!(
        Ledger::open(other),
        Err(AuditError::Corrupt { .. })
    ));
}

#[tokio::test]
async fn a_torn_tail_is_recoverable_not_tampering() {
    let dir = three_segments().await;
    let path = segment(dir.path(), 3);
    let mut all = lines(&path);
    let half = all[0][..120].to_vec();
    all.push(half);
    write_lines(&path, &all);
    let report = verify(dir.path(), Some(&key())).expect("verifies");
    let VerifyStatus::TornTail(torn) = report.status else {
        panic!("expected a torn tail, got {:?}", report.status);
    };
    assert_eq!((torn.segment, torn.bytes), (3, 120));
    assert_eq!(report.records, 60);

    let (ledger, task) = Ledger::open(config(dir.path(), u64::MAX)).expect("opens");
    assert_eq!(
        ledger.recovery().torn_tail.as_ref().map(|t| t.bytes),
        Some(120)
    );
    assert_eq!(ledger.append(draft(60)).await.expect("appends").seq, 60);
    ledger.shutdown().await;
    task.await.expect("ends");
    let report = verify(dir.path(), Some(&key())).expect("verifies");
    assert_eq!((report.status, report.records), (VerifyStatus::Ok, 61));
}

#[tokio::test]
async fn an_unwritable_ledger_fails_appends_and_turns_unhealthy() {
    let parent = tempfile::tempdir().expect("temp dir");
    let dir = parent.path().join("ledger");
    let moved = parent.path().join("moved");
    // Every batch rotates, so every batch needs to create a file.
    let (ledger, task) = Ledger::open(config(&dir, 1)).expect("opens");
    ledger.append(draft(0)).await.expect("appends");
    assert!(ledger.healthy());
    // The directory disappears and a file takes its place (works as root too,
    // unlike a read-only mode).
    std::fs::rename(&dir, &moved).expect("move away");
    std::fs::write(&dir, b"not a directory").expect("file");
    for i in 1..4 {
        let err = ledger.append(draft(i)).await.expect_err("cannot write");
        assert!(matches!(err, AuditError::WriteFailed { .. }), "{err}");
        assert!(!ledger.healthy());
    }
    // Once it is back, writing resumes and the ledger is healthy again.
    std::fs::remove_file(&dir).expect("remove file");
    std::fs::rename(&moved, &dir).expect("move back");
    assert_eq!(ledger.append(draft(1)).await.expect("appends").seq, 1);
    assert!(ledger.healthy());
    ledger.shutdown().await;
    task.await.expect("ends");
    assert!(!ledger.healthy());
    assert!(matches!(
        ledger.append(draft(9)).await,
        Err(AuditError::Closed)
    ));
    assert_eq!(
        verify(&dir, Some(&key())).expect("verifies").status,
        VerifyStatus::Ok
    );
}

const TICKETS: &[&str] = &[
    "Hi, I'm Jane Doe, mail me at jane.doe@example.org or call +46 70 123 45 67.",
    "Card 4111 1111 1111 1111 was charged twice, IBAN SE45 5000 0000 0583 9825 7466.",
    "Please reach Bob Smith on bob.smith@example.net, from 192.168.10.77.",
    "Min e-post: Åsa Öberg <asa.oberg@example.se>, tel 08-123 456 78.",
];

fn scrub_into_drafts(redactor: &Redactor) -> (Vec<AuditRecordDraft>, Vec<String>) {
    let detector = Detector::with_defaults().expect("default packs");
    let known = KnownValues {
        name: Some("Jane Doe".into()),
        email: Some("jane.doe@example.org".into()),
        ..KnownValues::default()
    };
    let mut drafts = Vec::new();
    let mut values = Vec::new();
    for (i, text) in TICKETS.iter().enumerate() {
        let findings = detector.detect(text, &known);
        values.extend(findings.iter().map(|f| text[f.start..f.end].to_string()));
        let (_, records) = redactor.apply(text, &findings, "description");
        drafts.push(draft(i as u64).with_findings(&records));
    }
    (drafts, values)
}

fn audit_redactor() -> Redactor {
    let mut policy = Policy::default();
    policy.actions.insert(Category::Email, Action::Pseudonym);
    policy
        .actions
        .insert(Category::PaymentCard, Action::Partial);
    Redactor::new(policy, b"pseudonym key 0123456789".to_vec())
        .with_fingerprint_key(KEY.as_bytes().to_vec())
}

#[tokio::test]
async fn no_personal_value_appears_in_the_ledger_files() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (drafts, values) = scrub_into_drafts(&audit_redactor());
    assert!(
        values.len() >= 8,
        "the detector found too little: {}",
        values.len()
    );
    let (ledger, task) = Ledger::open(config(dir.path(), u64::MAX)).expect("opens");
    for d in drafts {
        ledger.append(d).await.expect("appends");
    }
    ledger.shutdown().await;
    task.await.expect("ends");
    let mut files = String::new();
    for entry in std::fs::read_dir(dir.path()).expect("dir") {
        files.push_str(&String::from_utf8_lossy(
            &std::fs::read(entry.expect("entry").path()).expect("file"),
        ));
    }
    let lower = files.to_lowercase();
    let digits: String = files.chars().filter(char::is_ascii_digit).collect();
    for value in &values {
        let v = value.to_lowercase();
        assert!(!lower.contains(&v), "a value appears in the ledger");
        for part in v
            .split(|c: char| !c.is_alphanumeric())
            .filter(|p| p.chars().count() >= 4 && !p.chars().all(|c| c.is_ascii_digit()))
        {
            assert!(
                !lower.contains(part),
                "a part of a value appears in the ledger"
            );
        }
        let value_digits: String = v.chars().filter(char::is_ascii_digit).collect();
        if value_digits.len() >= 8 {
            assert!(
                !digits.contains(&value_digits),
                "a value's digits appear in the ledger"
            );
        }
    }
}

#[tokio::test]
async fn lookup_finds_a_fingerprinted_email_in_any_spelling() {
    let dir = tempfile::tempdir().expect("temp dir");
    let (drafts, _) = scrub_into_drafts(&audit_redactor());
    let (ledger, task) = Ledger::open(config(dir.path(), u64::MAX)).expect("opens");
    for d in drafts {
        ledger.append(d).await.expect("appends");
    }
    ledger.shutdown().await;
    task.await.expect("ends");
    for (value, category) in [
        ("jane.doe@example.org", Some(Category::Email)),
        ("JANE.DOE@Example.ORG", None),
        ("jane dot doe at example dot org", Some(Category::Email)),
    ] {
        let hits = query::lookup(dir.path(), &key(), value, category).expect("looks up");
        assert_eq!(hits.len(), 1, "{value}");
        assert_eq!(hits[0].record.request_id, "req-0");
        let f = &hits[0].record.findings[hits[0].findings[0]];
        assert_eq!((f.category, f.action), (Category::Email, Action::Pseudonym));
    }
    let hits = query::lookup(dir.path(), &key(), "4111-1111-1111-1111", None).expect("looks up");
    assert_eq!(hits.len(), 1);
    assert!(
        query::lookup(dir.path(), &key(), "nobody@example.org", None)
            .expect("ok")
            .is_empty()
    );
    // Under another key nothing is found.
    let other = AuditKey::new(b"some other key 0123456".to_vec()).expect("key");
    assert!(
        query::lookup(dir.path(), &other, "jane.doe@example.org", None)
            .expect("ok")
            .is_empty()
    );
    // Search by category and ticket.
    let filter = Filter {
        category: Some(Category::Email),
        ..Filter::default()
    };
    assert!(query::search(dir.path(), &filter).expect("search").len() >= 3);
    let filter = Filter {
        ticket: Some(1001),
        ..Filter::default()
    };
    assert_eq!(query::search(dir.path(), &filter).expect("search").len(), 1);
}

fn hushdesk() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_hushdesk"));
    cmd.env("HUSHDESK_AUDIT_KEY", KEY);
    cmd
}

#[test]
fn cli_verify_search_lookup_export_stats() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("utf-8");
    let out = hushdesk()
        .args([
            "audit",
            "generate",
            d,
            "--count",
            "300",
            "--max-segment-bytes",
            "40000",
        ])
        .output()
        .expect("runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let out = hushdesk()
        .args(["audit", "verify", d])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&out.stdout).starts_with("OK: "),
        "{}",
        String::from_utf8_lossy(&out.stdout)
    );

    let out = hushdesk()
        .args(["audit", "lookup", d, "--value", "person7@example.test"])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("email.address"));

    let out = hushdesk()
        .args(["audit", "search", d, "--category", "email", "--json"])
        .output()
        .expect("runs");
    assert_eq!(String::from_utf8_lossy(&out.stdout).lines().count(), 300);
    let out = hushdesk()
        .args([
            "audit",
            "export",
            d,
            "--format",
            "csv",
            "--outcome",
            "forwarded",
        ])
        .output()
        .expect("runs");
    assert!(String::from_utf8_lossy(&out.stdout).starts_with("seq,time,request_id"));
    let out = hushdesk()
        .args(["audit", "stats", d, "--json"])
        .output()
        .expect("runs");
    let stats: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json");
    assert_eq!(stats["records"], 300);

    // Tampering: exit 1 and the kind named.
    let path = dir.path().join(segment_name(1));
    let mut all = lines(&path);
    all.remove(2);
    write_lines(&path, &all);
    let out = hushdesk()
        .args(["audit", "verify", d])
        .output()
        .expect("runs");
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stdout).contains("deleted"));
}

#[test]
fn a_crash_under_load_loses_no_acknowledged_record() {
    let dir = tempfile::tempdir().expect("temp dir");
    let d = dir.path().to_str().expect("utf-8");
    let mut child = hushdesk()
        .args([
            "audit",
            "generate",
            d,
            "--count",
            "10000000",
            "--print-acks",
            "--in-flight",
            "256",
            "--max-segment-bytes",
            "200000",
        ])
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .expect("spawns");
    let stdout = child.stdout.take().expect("stdout");
    let mut reader = BufReader::new(stdout);
    let mut acked = Vec::new();
    let mut line = String::new();
    while acked.len() < 3000 {
        line.clear();
        if reader.read_line(&mut line).expect("reads") == 0 {
            break;
        }
        acked.push(
            line.trim()
                .strip_prefix("ack ")
                .expect("ack line")
                .parse::<u64>()
                .expect("seq"),
        );
    }
    child.kill().expect("SIGKILL");
    // Acks printed before the kill are still in the pipe.
    for rest in reader.lines() {
        let Ok(rest) = rest else { break };
        if let Some(seq) = rest
            .strip_prefix("ack ")
            .and_then(|s| s.parse::<u64>().ok())
        {
            acked.push(seq);
        }
    }
    child.wait().expect("reaped");
    assert!(
        acked.len() >= 3000,
        "only {} acks before the kill",
        acked.len()
    );
    let report = verify(dir.path(), Some(&key())).expect("verifies");
    assert!(
        matches!(report.status, VerifyStatus::Ok | VerifyStatus::TornTail(_)),
        "{:?}",
        report.status
    );
    let max = acked.iter().max().copied().expect("acks");
    assert!(
        max < report.records,
        "acknowledged seq {max} missing ({} present)",
        report.records
    );
    // Reopening recovers and continues the chain.
    let rt = tokio::runtime::Runtime::new().expect("runtime");
    rt.block_on(async {
        let (ledger, task) = Ledger::open(config(dir.path(), 200_000)).expect("reopens");
        let receipt = ledger.append(draft(0)).await.expect("appends");
        assert_eq!(receipt.seq, report.records);
        ledger.shutdown().await;
        task.await.expect("ends");
    });
    std::thread::sleep(Duration::from_millis(10));
    assert_eq!(
        verify(dir.path(), Some(&key())).expect("verifies").status,
        VerifyStatus::Ok
    );
}
