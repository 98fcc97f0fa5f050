//! `hushdesk audit verify|search|lookup|export|stats`: the reviewers' tools
//! over a ledger directory (see `hushdesk::audit`). The audit key comes
//! from `--key-file` or `HUSHDESK_AUDIT_KEY`, as for the proxy.

use std::io::{self, BufRead, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};
use clap::{Args, Subcommand, ValueEnum};
use hushdesk::audit::export::{write_csv_header, write_csv_record};
use hushdesk::audit::generate::generate;
use hushdesk::audit::query::{self, Filter};
use hushdesk::audit::{
    key_from_env_or_file, verify, AuditError, AuditKey, AuditRecord, FsyncPolicy, Ledger,
    LedgerConfig, Timestamp, VerifyStatus,
};
use hushdesk::detect::Category;

/// Exit status of `verify` for a torn tail only (recoverable, not
/// tampering).
const EXIT_TORN_TAIL: u8 = 3;

#[derive(Debug, Subcommand)]
pub enum AuditCommand {
    /// Check every record's hash and link, the segment sequence and the
    /// signed checkpoint. Exit 0: intact; 1: tampered or damaged (the first
    /// broken record is named); 3: intact but for a torn last line left by
    /// a crash (recoverable).
    Verify {
        /// The ledger directory.
        dir: PathBuf,
        #[command(flatten)]
        key: KeyArgs,
        /// Print the report as JSON.
        #[arg(long)]
        json: bool,
    },
    /// List matching records, as a table or JSON Lines.
    Search {
        /// The ledger directory.
        dir: PathBuf,
        #[command(flatten)]
        filters: FilterArgs,
        /// Print the stored records (JSON Lines, hashes included).
        #[arg(long)]
        json: bool,
    },
    /// List every record that redacted a value: the value is normalised and
    /// fingerprinted with the audit key, never stored or printed.
    Lookup {
        /// The ledger directory.
        dir: PathBuf,
        /// The value (an email address, card number, ...); `-` reads one
        /// line from standard input, which keeps it out of shell history.
        #[arg(long)]
        value: String,
        /// The value's category (`email`, `phone`, ...); without it every
        /// plausible category is tried.
        #[arg(long)]
        category: Option<String>,
        #[command(flatten)]
        key: KeyArgs,
        /// Print the matching records as JSON Lines.
        #[arg(long)]
        json: bool,
    },
    /// Write matching records as CSV (one row per finding) or JSON Lines.
    Export {
        /// The ledger directory.
        dir: PathBuf,
        /// Output format.
        #[arg(long, value_enum)]
        format: ExportFormat,
        #[command(flatten)]
        filters: FilterArgs,
    },
    /// Counts per day, category, rule, retention class and outcome.
    Stats {
        /// The ledger directory.
        dir: PathBuf,
        #[command(flatten)]
        filters: FilterArgs,
        /// Print the counts as JSON.
        #[arg(long)]
        json: bool,
    },
    /// For benchmarks and tests only: append synthetic records (made-up
    /// values) through the real writer.
    #[command(hide = true)]
    Generate {
        /// The ledger directory (appended to).
        dir: PathBuf,
        /// How many records.
        #[arg(long)]
        count: u64,
        #[command(flatten)]
        key: KeyArgs,
        /// `every_batch`, `never`, or an interval in milliseconds.
        #[arg(long, default_value = "every_batch")]
        fsync: String,
        /// Appends outstanding at once.
        #[arg(long, default_value_t = 1024)]
        in_flight: usize,
        /// Segment size before rotation, in bytes.
        #[arg(long)]
        max_segment_bytes: Option<u64>,
        /// Print `ack <seq>` for every acknowledged record.
        #[arg(long)]
        print_acks: bool,
    },
}

/// Where the audit key comes from.
#[derive(Debug, Args)]
pub struct KeyArgs {
    /// A file holding the audit key; without it `HUSHDESK_AUDIT_KEY`.
    #[arg(long, value_name = "FILE")]
    key_file: Option<PathBuf>,
}

impl KeyArgs {
    fn key(&self) -> anyhow::Result<AuditKey> {
        Ok(key_from_env_or_file(self.key_file.as_deref())?)
    }
}

/// Record filters shared by search, export and stats.
#[derive(Debug, Args)]
pub struct FilterArgs {
    /// Only this ticket id.
    #[arg(long)]
    ticket: Option<u64>,
    /// Only records with a finding of this category.
    #[arg(long)]
    category: Option<String>,
    /// Only records with a finding by this rule id.
    #[arg(long)]
    rule: Option<String>,
    /// Only records at or after this time (`2024-05-01` or RFC 3339, UTC).
    #[arg(long)]
    since: Option<String>,
    /// Only records before this time.
    #[arg(long)]
    until: Option<String>,
    /// Only this outcome: forwarded, rejected, report_only.
    #[arg(long)]
    outcome: Option<String>,
}

impl FilterArgs {
    fn filter(&self) -> anyhow::Result<Filter> {
        let time = |flag: &str, v: &Option<String>| -> anyhow::Result<Option<Timestamp>> {
            v.as_deref()
                .map(|t| {
                    Timestamp::parse(t)
                        .with_context(|| format!("{flag}: not a date or RFC 3339 time: {t}"))
                })
                .transpose()
        };
        if let Some(o) = &self.outcome {
            if !["forwarded", "rejected", "report_only"].contains(&o.as_str()) {
                bail!("--outcome must be forwarded, rejected or report_only");
            }
        }
        Ok(Filter {
            ticket: self.ticket,
            category: self.category.as_deref().map(category).transpose()?,
            rule: self.rule.clone(),
            since: time("--since", &self.since)?,
            until: time("--until", &self.until)?,
            outcome: self.outcome.clone(),
            fingerprints: Vec::new(),
        })
    }
}

/// Export formats.
#[derive(Debug, Clone, Copy, ValueEnum)]
pub enum ExportFormat {
    /// One row per finding.
    Csv,
    /// The stored records.
    Jsonl,
}

fn category(name: &str) -> anyhow::Result<Category> {
    Category::parse(name).with_context(|| {
        let names: Vec<&str> = Category::ALL.iter().map(|c| c.as_str()).collect();
        format!("unknown category {name:?} (one of {})", names.join(", "))
    })
}

/// Runs an `audit` subcommand.
pub fn run(cmd: AuditCommand) -> anyhow::Result<ExitCode> {
    match cmd {
        AuditCommand::Verify { dir, key, json } => run_verify(&dir, &key, json),
        AuditCommand::Search { dir, filters, json } => run_search(&dir, &filters.filter()?, json),
        AuditCommand::Lookup {
            dir,
            value,
            category: cat,
            key,
            json,
        } => {
            let cat = cat.as_deref().map(category).transpose()?;
            run_lookup(&dir, &value, cat, &key.key()?, json)
        }
        AuditCommand::Export {
            dir,
            format,
            filters,
        } => run_export(&dir, format, &filters.filter()?),
        AuditCommand::Stats { dir, filters, json } => run_stats(&dir, &filters.filter()?, json),
        AuditCommand::Generate {
            dir,
            count,
            key,
            fsync,
            in_flight,
            max_segment_bytes,
            print_acks,
        } => {
            let mut config = LedgerConfig::new(dir, key.key()?);
            config.fsync = match fsync.as_str() {
                "every_batch" => FsyncPolicy::EveryBatch,
                "never" => FsyncPolicy::Never,
                ms => FsyncPolicy::Interval(std::time::Duration::from_millis(
                    ms.parse()
                        .context("--fsync: every_batch, never or milliseconds")?,
                )),
            };
            if let Some(bytes) = max_segment_bytes {
                config.max_segment_bytes = bytes;
            }
            run_generate(config, count, in_flight, print_acks)
        }
    }
}

fn run_verify(dir: &Path, key: &KeyArgs, json: bool) -> anyhow::Result<ExitCode> {
    if !dir.is_dir() {
        bail!("{} is not a ledger directory", dir.display());
    }
    let key = match key_from_env_or_file(key.key_file.as_deref()) {
        Ok(key) => Some(key),
        Err(AuditError::KeyMissing) => None,
        Err(e) => return Err(e.into()),
    };
    let report = verify(dir, key.as_ref())?;
    let (status, code) = match &report.status {
        VerifyStatus::Ok => ("ok".to_string(), ExitCode::SUCCESS),
        VerifyStatus::TornTail(t) => (
            format!("torn tail: the last {} bytes of segment {} are an incomplete line (a crash mid-write; recoverable, cut off when the writer next opens the ledger)", t.bytes, t.segment),
            ExitCode::from(EXIT_TORN_TAIL),
        ),
        VerifyStatus::Broken(p) => (format!("BROKEN: {p}"), ExitCode::from(1)),
    };
    let span = match (report.first_time, report.last_time) {
        (Some(a), Some(b)) => format!("{a} .. {b}"),
        _ => "no records".into(),
    };
    let checkpoint = match (&report.checkpoint, report.checkpoint_mac_checked) {
        (None, _) => "no checkpoint".to_string(),
        (Some(cp), true) => format!("checkpoint at {} records, MAC verified", cp.records),
        (Some(cp), false) => format!(
            "checkpoint at {} records, MAC NOT checked (no audit key)",
            cp.records
        ),
    };
    if json {
        let problem = match &report.status {
            VerifyStatus::Broken(p) => serde_json::json!({
                "kind": p.kind.as_str(), "segment": p.segment, "line": p.line,
                "seq": p.seq, "detail": p.detail,
            }),
            _ => serde_json::Value::Null,
        };
        let out = serde_json::json!({
            "status": match report.status { VerifyStatus::Ok => "ok", VerifyStatus::TornTail(_) => "torn_tail", VerifyStatus::Broken(_) => "broken" },
            "problem": problem,
            "segments": report.segments, "records": report.records, "findings": report.findings,
            "first_time": report.first_time.map(|t| t.to_string()),
            "last_time": report.last_time.map(|t| t.to_string()),
            "checkpoint_records": report.checkpoint.as_ref().map(|c| c.records),
            "checkpoint_mac_checked": report.checkpoint_mac_checked,
        });
        println!("{out}");
    } else {
        let head = if matches!(report.status, VerifyStatus::Broken(_)) {
            "checked before the problem"
        } else {
            "OK"
        };
        println!(
            "{head}: {} segments, {} records, {} findings, {span}; {checkpoint}",
            report.segments, report.records, report.findings
        );
        if !matches!(report.status, VerifyStatus::Ok) {
            println!("{status}");
        }
    }
    Ok(code)
}

fn run_search(dir: &Path, filter: &Filter, json: bool) -> anyhow::Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if !json {
        writeln!(
            out,
            "{:>8}  {:<24} {:>8}  {:<6} {:<22} {:<11} {:<16} findings",
            "seq", "time", "ticket", "method", "route", "outcome", "retention"
        )?;
    }
    let stats = query::for_each_match(dir, filter, |record, line| -> anyhow::Result<()> {
        if json {
            out.write_all(line)?;
            out.write_all(b"\n")?;
        } else {
            table_row(&mut out, record, &summary(record, None))?;
        }
        Ok(())
    })?;
    out.flush()?;
    report_scan(stats.matched, stats.lines, stats.unreadable);
    Ok(ExitCode::SUCCESS)
}

fn table_row(out: &mut impl Write, r: &AuditRecord, findings: &str) -> io::Result<()> {
    writeln!(
        out,
        "{:>8}  {:<24} {:>8}  {:<6} {:<22} {:<11} {:<16} {findings}",
        r.seq,
        r.time.to_string(),
        r.ticket_id.map_or("-".into(), |t| t.to_string()),
        r.method,
        r.route,
        r.outcome.kind(),
        r.retention.as_ref().map_or("-", |c| c.class.as_str()),
    )
}

/// `category/rule/action` per finding (only `only`'s indices when given).
fn summary(r: &AuditRecord, only: Option<&[usize]>) -> String {
    r.findings
        .iter()
        .enumerate()
        .filter(|(i, _)| only.is_none_or(|o| o.contains(i)))
        .map(|(_, f)| {
            format!(
                "{}:{}/{}/{}",
                f.path,
                f.category,
                f.rule_id,
                f.action.as_str()
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn report_scan(matched: u64, lines: u64, unreadable: u64) {
    eprintln!("{matched} of {lines} records matched");
    if unreadable > 0 {
        eprintln!("warning: {unreadable} lines did not parse and were skipped; run `hushdesk audit verify`");
    }
}

fn run_lookup(
    dir: &Path,
    value: &str,
    category: Option<Category>,
    key: &AuditKey,
    json: bool,
) -> anyhow::Result<ExitCode> {
    let value = if value == "-" {
        let mut line = String::new();
        io::stdin().lock().read_line(&mut line)?;
        line.trim_end_matches(['\r', '\n']).to_string()
    } else {
        value.to_string()
    };
    let tried = query::fingerprints_for(key, &value, category);
    if tried.is_empty() {
        bail!("the value is not plausible as any category; give --category");
    }
    let names: Vec<&str> = tried.iter().map(|(c, _)| c.as_str()).collect();
    eprintln!("looked up as: {}", names.join(", "));
    let hits = query::lookup(dir, key, &value, category)?;
    let mut out = io::BufWriter::new(io::stdout().lock());
    for hit in &hits {
        if json {
            serde_json::to_writer(
                &mut out,
                &serde_json::json!({"record": hit.record, "hash": hit.record.hash, "matching_findings": hit.findings}),
            )?;
            writeln!(out)?;
        } else {
            table_row(
                &mut out,
                &hit.record,
                &summary(&hit.record, Some(&hit.findings)),
            )?;
        }
    }
    out.flush()?;
    eprintln!("{} records redacted this value", hits.len());
    Ok(ExitCode::SUCCESS)
}

fn run_export(dir: &Path, format: ExportFormat, filter: &Filter) -> anyhow::Result<ExitCode> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if let ExportFormat::Csv = format {
        write_csv_header(&mut out)?;
    }
    let stats = query::for_each_match(dir, filter, |record, line| -> anyhow::Result<()> {
        match format {
            ExportFormat::Csv => write_csv_record(&mut out, record, &record.hash)?,
            ExportFormat::Jsonl => {
                out.write_all(line)?;
                out.write_all(b"\n")?;
            }
        }
        Ok(())
    })?;
    out.flush()?;
    report_scan(stats.matched, stats.lines, stats.unreadable);
    Ok(ExitCode::SUCCESS)
}

fn run_stats(dir: &Path, filter: &Filter, json: bool) -> anyhow::Result<ExitCode> {
    let stats = query::stats(dir, filter)?;
    if json {
        println!("{}", serde_json::to_string_pretty(&stats)?);
        return Ok(ExitCode::SUCCESS);
    }
    println!("{} records, {} findings", stats.records, stats.findings);
    for (title, map) in [
        ("per day", &stats.per_day),
        ("per category (findings)", &stats.per_category),
        ("per rule (findings)", &stats.per_rule),
        ("per retention class", &stats.per_retention_class),
        ("per outcome", &stats.per_outcome),
    ] {
        println!("\n{title}:");
        for (k, v) in map {
            println!("  {k:<32} {v:>10}");
        }
    }
    if stats.unreadable > 0 {
        eprintln!(
            "warning: {} lines did not parse and were skipped",
            stats.unreadable
        );
    }
    Ok(ExitCode::SUCCESS)
}

fn run_generate(
    config: LedgerConfig,
    count: u64,
    in_flight: usize,
    print_acks: bool,
) -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    runtime.block_on(async move {
        let key = config.key.clone();
        let (ledger, task) = Ledger::open(config)?;
        let started = std::time::Instant::now();
        let stdout = io::stdout();
        let mut acks = 0u64;
        let result = generate(&ledger, &key, count, in_flight, |receipt| {
            acks += 1;
            if print_acks {
                let mut out = stdout.lock();
                let _ = writeln!(out, "ack {}", receipt.seq);
                let _ = out.flush();
            }
        })
        .await;
        ledger.shutdown().await;
        drop(ledger);
        let _ = task.await;
        result?;
        eprintln!("generated {acks} records in {:.2?}", started.elapsed());
        Ok(ExitCode::SUCCESS)
    })
}
