//! `hushdesk scan`: redact a file, or JSON Lines records, from the command line.
//!
//! The JSON Lines mode is a contract other tools rely on (the accuracy
//! harness among them): one output line per input line, in input order, with
//! UTF-8 byte offsets into each record's `text` exactly as given. Input is read
//! in bounded batches so memory stays flat on large inputs; each batch is
//! scanned in parallel when `--threads` asks for it.

use std::fs::File;
use std::io::{self, BufRead, BufReader, BufWriter, Read, Write};
use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use clap::Args;
use hushdesk::body::{self, html::HtmlLimits, BodyError, Scrubbed};
use hushdesk::detect::{Detector, Finding, KnownValues};
use hushdesk::redact::Redactor;
use rayon::prelude::*;
use serde::{Deserialize, Serialize};

use super::{engine, EngineArgs};

/// Records per thread in one batch of `--jsonl` input.
const BATCH_PER_THREAD: usize = 64;

#[derive(Debug, Args)]
pub struct ScanArgs {
    /// Input file, or `-` for standard input.
    #[arg(default_value = "-")]
    input: PathBuf,
    /// Treat the input as HTML (default: detected from the content).
    #[arg(long, conflicts_with = "text")]
    html: bool,
    /// Treat the input as plain text.
    #[arg(long)]
    text: bool,
    /// Also list the findings (rule, category, offsets, confidence; never
    /// values) on standard error.
    #[arg(long)]
    explain: bool,
    /// Read JSON Lines records (`{"id", "text", "content_type", "known"}`) and
    /// write one result line per record.
    #[arg(long)]
    jsonl: bool,
    /// Worker threads for `--jsonl` (0 = one per core).
    #[arg(long, default_value_t = 1)]
    threads: usize,
    /// Print documents, bytes, seconds and MB/s to standard error.
    #[arg(long)]
    stats: bool,
    #[command(flatten)]
    engine: EngineArgs,
}

/// How a text should be walked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Shape {
    Text,
    Html,
}

struct Engine {
    detector: Detector,
    redactor: Redactor,
    limits: HtmlLimits,
}

impl Engine {
    fn scrub(&self, text: &str, shape: Shape, known: &KnownValues) -> Result<Scrubbed, BodyError> {
        match shape {
            Shape::Text => Ok(body::text::scrub(
                &self.detector,
                &self.redactor,
                text,
                known,
                "text",
            )),
            Shape::Html => body::html::scrub(
                &self.detector,
                &self.redactor,
                text,
                known,
                "text",
                &self.limits,
            ),
        }
    }
}

pub fn run(args: ScanArgs) -> anyhow::Result<ExitCode> {
    let engine = Engine {
        detector: engine::detector(&args.engine)?,
        redactor: engine::redactor(&args.engine)?,
        limits: HtmlLimits::default(),
    };
    let input = open(&args.input)?;
    let started = Instant::now();
    let (documents, bytes) = if args.jsonl {
        scan_jsonl(&engine, input, args.threads)?
    } else {
        scan_one(&engine, input, &args)?
    };
    if args.stats {
        let seconds = started.elapsed().as_secs_f64();
        let mbps = bytes as f64 / 1e6 / seconds.max(1e-9);
        eprintln!("documents={documents} bytes={bytes} seconds={seconds:.3} MB/s={mbps:.1}");
    }
    Ok(ExitCode::SUCCESS)
}

fn open(path: &PathBuf) -> anyhow::Result<Box<dyn BufRead>> {
    if path.as_os_str() == "-" {
        Ok(Box::new(BufReader::new(io::stdin())))
    } else {
        let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        Ok(Box::new(BufReader::new(file)))
    }
}

fn scan_one(
    engine: &Engine,
    mut input: Box<dyn BufRead>,
    args: &ScanArgs,
) -> anyhow::Result<(usize, usize)> {
    let mut text = String::new();
    input
        .read_to_string(&mut text)
        .context("reading the input (it must be UTF-8)")?;
    let shape = if args.html {
        Shape::Html
    } else if args.text {
        Shape::Text
    } else if body::html::looks_like_html(&text) {
        Shape::Html
    } else {
        Shape::Text
    };
    let scrubbed = engine.scrub(&text, shape, &KnownValues::default())?;
    let mut out = io::stdout().lock();
    out.write_all(scrubbed.output.as_bytes())?;
    out.flush()?;
    if args.explain {
        explain(&scrubbed.findings);
    }
    Ok((1, text.len()))
}

fn explain(findings: &[Finding]) {
    eprintln!("{} finding(s)", findings.len());
    for f in findings {
        eprintln!(
            "  {:>7}..{:<7} {:<15} {:<24} {:<28} {:.2}",
            f.start,
            f.end,
            f.category.as_str(),
            f.subtype.as_deref().unwrap_or("-"),
            f.rule_id,
            f.confidence
        );
    }
}

/// One input record of `--jsonl`.
#[derive(Debug, Deserialize)]
struct Record {
    #[serde(default)]
    id: serde_json::Value,
    text: String,
    #[serde(default)]
    content_type: Option<String>,
    #[serde(default)]
    known: KnownValues,
}

#[derive(Debug, Serialize)]
struct OutFinding<'a> {
    start: usize,
    end: usize,
    category: &'a str,
    subtype: Option<&'a str>,
    rule: &'a str,
    confidence: f64,
}

#[derive(Debug, Serialize)]
struct OutRecord<'a> {
    id: &'a serde_json::Value,
    findings: Vec<OutFinding<'a>>,
    redacted: &'a str,
}

#[derive(Debug, Serialize)]
struct OutError<'a> {
    id: &'a serde_json::Value,
    error: String,
}

fn scan_jsonl(
    engine: &Engine,
    input: Box<dyn BufRead>,
    threads: usize,
) -> anyhow::Result<(usize, usize)> {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .context("starting worker threads")?;
    let batch_size = BATCH_PER_THREAD * pool.current_num_threads();
    let mut out = BufWriter::new(io::stdout().lock());
    let mut lines = input.lines();
    let (mut documents, mut bytes) = (0usize, 0usize);
    loop {
        let mut batch = Vec::with_capacity(batch_size);
        for line in lines.by_ref().take(batch_size) {
            batch.push(line.context("reading the input")?);
        }
        if batch.is_empty() {
            break;
        }
        documents += batch.len();
        bytes += batch.iter().map(String::len).sum::<usize>();
        let results: Vec<String> = pool.install(|| {
            batch
                .par_iter()
                .map(|line| scan_line(engine, line))
                .collect()
        });
        for line in results {
            out.write_all(line.as_bytes())?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    Ok((documents, bytes))
}

/// Scans one input line; never fails: problems become an error line.
fn scan_line(engine: &Engine, line: &str) -> String {
    let record: Record = match serde_json::from_str(line) {
        Ok(record) => record,
        Err(err) => {
            let id = serde_json::from_str::<serde_json::Value>(line)
                .ok()
                .and_then(|v| v.get("id").cloned())
                .unwrap_or(serde_json::Value::Null);
            return error_line(&id, format!("invalid record: {err}"));
        }
    };
    let shape = match record.content_type.as_deref() {
        Some("text/html") => Shape::Html,
        Some("text/plain") => Shape::Text,
        None if body::html::looks_like_html(&record.text) => Shape::Html,
        None => Shape::Text,
        Some(other) => {
            return error_line(&record.id, format!("unsupported content_type {other:?}"));
        }
    };
    match engine.scrub(&record.text, shape, &record.known) {
        Ok(scrubbed) => {
            let out = OutRecord {
                id: &record.id,
                findings: scrubbed
                    .findings
                    .iter()
                    .map(|f| OutFinding {
                        start: f.start,
                        end: f.end,
                        category: f.category.as_str(),
                        subtype: f.subtype.as_deref(),
                        rule: &f.rule_id,
                        confidence: (f64::from(f.confidence) * 1000.0).round() / 1000.0,
                    })
                    .collect(),
                redacted: &scrubbed.output,
            };
            serde_json::to_string(&out).unwrap_or_else(|e| error_line(&record.id, e.to_string()))
        }
        Err(err) => error_line(&record.id, err.to_string()),
    }
}

fn error_line(id: &serde_json::Value, error: String) -> String {
    serde_json::to_string(&OutError { id, error })
        .unwrap_or_else(|_| r#"{"id":null,"error":"unprintable"}"#.to_string())
}
