//! Engine throughput benchmark.
//!
//! Scans a realistic mixed-ticket fixture (`benches/data/tickets_mixed.txt`)
//! with all default packs and reports bytes per second next to a memory-scan
//! baseline (`memchr` counting `@`) measured in the same run, so numbers from
//! different machines can be compared as a ratio. The finding count is checked
//! against `benches/data/tickets_mixed.expected` so a fast but wrong engine
//! cannot pass unnoticed. Without the fixture a synthetic ticket text is
//! generated and the count is only printed.
//!
//! A second group, `tickets`, scrubs the tickets of the independent labelled
//! corpus (`benches/accuracy/independent/corpus.jsonl`) one by one, each with
//! its own known requester values and HTML bodies through the HTML path: the
//! work one ticket write costs the proxy, where per-call set-up counts as much
//! as the bytes.

use std::hint::black_box;
use std::path::PathBuf;

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use hushdesk::body::{self, html::HtmlLimits};
use hushdesk::detect::{Detector, KnownValues};
use hushdesk::redact::{Policy, Redactor};

fn data_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/data")
}

/// The fixture, or `None` when it has not been generated.
fn fixture() -> Option<String> {
    std::fs::read_to_string(data_dir().join("tickets_mixed.txt")).ok()
}

/// About 1.2 MB of ticket-like prose with roughly one personal-data item per
/// 500 bytes, deterministic.
fn synthetic() -> String {
    const PROSE: [&str; 6] = [
        "The tracking page keeps saying the parcel is in transit and the courier never left a note. ",
        "I have tried the chat twice and got no answer, which is frustrating because I need the items for an event on Saturday. ",
        "Could you please check what happened with the shipment and let me know when I can expect it? Thanks in advance for your help. ",
        "The app crashes every time I open the settings page on version 4.2.1 after the last update, even after a reinstall. ",
        "We moved offices last month, so please make sure the invoice goes to the new address from now on. ",
        "Order 88231 was split into two parcels; one arrived on 3 March with 2 items missing and a damaged box. ",
    ];
    const PII: [&str; 10] = [
        "You can reach me at maria.lindqvist@example.org if anything is unclear. ",
        "Please call me back on +46 70 123 45 67 after 5 pm. ",
        "I paid with my card 4012 8888 8888 1881 and was charged twice. ",
        "Refund to IBAN DE89 3704 0044 0532 0130 00 please. ",
        "My date of birth is 1984-07-12 if you need to verify the account. ",
        "My phone number is (555) 014-2231, text is fine. ",
        "The login is jonas.berg@example.com and it says the password is wrong. ",
        "Account holder is John Smith, born 12/03/1979. ",
        "The server at 192.168.14.23 keeps rejecting the upload. ",
        "Card ending 5500 0000 0000 0004 expired, please update. ",
    ];
    let mut out = String::with_capacity(1_300_000);
    let mut state: u64 = 0x2545_f491_4f6c_dd1d;
    let mut next = |n: usize| {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % n as u64) as usize
    };
    let mut since_pii = 0;
    while out.len() < 1_200_000 {
        if since_pii >= 420 {
            out.push_str(PII[next(PII.len())]);
            since_pii = 0;
        } else {
            let s = PROSE[next(PROSE.len())];
            since_pii += s.len();
            out.push_str(s);
        }
        if next(8) == 0 {
            out.push_str("\n\n");
        }
    }
    out
}

/// One ticket of the labelled corpus, as `hushdesk scan --jsonl` reads it.
#[derive(serde::Deserialize)]
struct Ticket {
    text: String,
    #[serde(default)]
    content_type: Option<String>,
    #[serde(default)]
    known: KnownValues,
}

impl Ticket {
    fn is_html(&self) -> bool {
        match self.content_type.as_deref() {
            Some(t) => t == "text/html",
            None => body::html::looks_like_html(&self.text),
        }
    }
}

fn tickets() -> Vec<Ticket> {
    let path =
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("benches/accuracy/independent/corpus.jsonl");
    let text = std::fs::read_to_string(&path).expect("the independent corpus is in the repository");
    text.lines()
        .map(|line| serde_json::from_str(line).expect("corpus lines are tickets"))
        .collect()
}

fn expected_count() -> Option<usize> {
    let text = std::fs::read_to_string(data_dir().join("tickets_mixed.expected")).ok()?;
    text.trim().parse().ok()
}

fn bench(c: &mut Criterion) {
    let (text, is_fixture) = match fixture() {
        Some(t) => (t, true),
        None => (synthetic(), false),
    };
    let detector = Detector::with_defaults().expect("default packs compile");
    let known = KnownValues::default();
    let count = detector.detect(&text, &known).len();
    let source = if is_fixture { "fixture" } else { "synthetic" };
    println!(
        "engine bench: {source} input, {} bytes, {} rules, {count} findings",
        text.len(),
        detector.rule_count()
    );
    match (is_fixture, expected_count()) {
        (true, Some(expected)) => assert_eq!(
            count, expected,
            "finding count changed; update benches/data/tickets_mixed.expected if intended"
        ),
        _ => println!("engine bench: no expected count checked (found {count})"),
    }

    let bytes = text.len() as u64;
    let mut baseline = c.benchmark_group("baseline");
    baseline.throughput(Throughput::Bytes(bytes));
    baseline.bench_function("memchr_at_count", |b| {
        b.iter(|| memchr::memchr_iter(b'@', black_box(text.as_bytes())).count())
    });
    baseline.finish();

    let mut detect = c.benchmark_group("detect");
    detect.throughput(Throughput::Bytes(bytes));
    detect.sample_size(20);
    detect.bench_function("default_packs", |b| {
        b.iter(|| detector.detect(black_box(&text), &known).len())
    });
    detect.finish();

    let tickets = tickets();
    let redactor = Redactor::new(Policy::default(), b"bench key".to_vec());
    let limits = HtmlLimits::default();
    let scrub_all = || {
        let mut findings = 0;
        for t in &tickets {
            findings += if t.is_html() {
                body::html::scrub(&detector, &redactor, &t.text, &t.known, "text", &limits)
                    .expect("corpus HTML scrubs")
                    .findings
                    .len()
            } else {
                body::text::scrub(&detector, &redactor, &t.text, &t.known, "text")
                    .findings
                    .len()
            };
        }
        findings
    };
    let bytes: usize = tickets.iter().map(|t| t.text.len()).sum();
    println!(
        "engine bench: {} tickets, {bytes} bytes, {} findings",
        tickets.len(),
        scrub_all()
    );
    let mut per_ticket = c.benchmark_group("tickets");
    per_ticket.throughput(Throughput::Bytes(bytes as u64));
    per_ticket.sample_size(20);
    per_ticket.bench_function("scrub_one_by_one", |b| b.iter(|| black_box(scrub_all())));
    per_ticket.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
