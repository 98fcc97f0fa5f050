//! `hushdesk demo`: the whole product on one machine, in one process.
//!
//! Starts the sandbox helpdesk behind TLS (a certificate generated for the
//! run), the redacting proxy in front of it (trusting that certificate), and
//! sends a handful of realistic requests through the proxy the way a support
//! tool would: a JSON ticket with an HTML description, a multipart upload
//! whose attachment name carries a person's name, a reply and a note. For each
//! it prints what the client sent beside what the helpdesk stored, the tags
//! the proxy added and the findings, then checks that none of the personal
//! values reached the helpdesk outside the fields the policy keeps.
//!
//! The proxy writes its redaction ledger to a fresh directory under the
//! system's temporary directory, under a fixed demo audit key. At the end
//! the demo verifies that ledger (hash chain and signed checkpoint) and looks
//! up one of the redacted email addresses in it, the way a reviewer would
//! with `hushdesk audit verify` and `hushdesk audit lookup`, prints both, and
//! removes the directory.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{bail, Context};
use bytes::Bytes;
use http::{Method, Request};
use http_body_util::{BodyExt, Full};
use hushdesk::audit::{self, query, AuditKey, VerifyStatus};
use hushdesk::body::{self, html::HtmlLimits};
use hushdesk::config::Config;
use hushdesk::detect::KnownValues;
use hushdesk::proxy::Proxy;
use hushdesk::sandbox::{self, Sandbox, SandboxConfig};
use hushdesk::ticket::Runtime;
use hyper_util::client::legacy::{connect::HttpConnector, Client};
use hyper_util::rt::TokioExecutor;
use serde_json::{json, Value};

const API_KEY: &str = "demo-agent-api-key";
const BOUNDARY: &str = "hushdesk-demo-boundary-7MA4YWxkTrZu0gW";

/// The demo's fixed audit key (a real deployment keeps its own secret key
/// in `ledger.key_file` or `HUSHDESK_AUDIT_KEY`).
const DEMO_AUDIT_KEY: &str = "hushdesk-demo-audit-key-not-for-production";

/// The redacted address the demo looks up in its ledger (a colleague's
/// address in the first ticket's description).
const LOOKUP_EMAIL: &str = "erik.lund@example.se";

/// Values the demo tickets carry that must not reach the helpdesk's free
/// text (the requester's own email and name stay in the identity fields).
const MUST_NOT_LEAK: &[&str] = &[
    "4111 1111 1111 1111",
    "070-123 45 67",
    "erik.lund@example.se",
    "DE89 3704 0044 0532 0130 00",
    "65 929 970 489",
    "Musterstraße 12",
    "Reisepass",
    "AKIAIOSFODNN7EXAMPLE",
    "Hunter2!Summer",
    "203.0.113.42",
    "12345678Z",
    "612 34 56 78",
    "ana.garcia@example.es",
];

pub fn run() -> anyhow::Result<ExitCode> {
    let runtime = tokio::runtime::Runtime::new().context("starting the async runtime")?;
    let work = WorkDir::create()?;
    let outcome = runtime.block_on(demo(&work.0));
    drop(runtime);
    drop(work);
    outcome
}

/// A directory under the system temporary directory, removed when dropped.
struct WorkDir(PathBuf);

impl WorkDir {
    fn create() -> anyhow::Result<WorkDir> {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.subsec_nanos());
        let dir =
            std::env::temp_dir().join(format!("hushdesk-demo-{}-{nanos:08x}", std::process::id()));
        std::fs::create_dir(&dir)
            .with_context(|| format!("creating the demo directory {}", dir.display()))?;
        Ok(WorkDir(dir))
    }
}

impl Drop for WorkDir {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

struct Demo {
    client: Client<HttpConnector, Full<Bytes>>,
    base: String,
    helpdesk: Sandbox,
    runtime: Arc<Runtime>,
}

async fn demo(work: &Path) -> anyhow::Result<ExitCode> {
    // The helpdesk, over TLS with a certificate made for this run.
    let cert = rcgen::generate_simple_self_signed(vec!["localhost".to_owned()])
        .context("generating the demo certificate")?;
    let tls = sandbox::tls_config_from_pem(
        cert.cert.pem().as_bytes(),
        cert.signing_key.serialize_pem().as_bytes(),
    )?;
    let helpdesk = Sandbox::new(SandboxConfig::with_api_key(API_KEY));
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let upstream = format!("https://localhost:{}", listener.local_addr()?.port());
    let (stop_helpdesk, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = helpdesk.clone();
    let helpdesk_task = tokio::spawn(async move {
        server
            .serve(listener, Some(tls), async {
                let _ = stopped.await;
            })
            .await
    });

    // The proxy, trusting the helpdesk's certificate.
    let ledger_dir = work.join("ledger");
    let audit_key_file = work.join("audit.key");
    std::fs::write(&audit_key_file, DEMO_AUDIT_KEY).context("writing the demo audit key")?;
    let mut config = Config::default();
    config.apply_overrides(None, Some(upstream.clone()), None);
    config.set_ledger_dir(&ledger_dir);
    config.ledger.key_file = Some(audit_key_file);
    let mut runtime = Runtime::from_config(config)?;
    runtime
        .settings
        .upstream
        .extra_roots
        .push(cert.cert.der().clone());
    let runtime = Arc::new(runtime);
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await?;
    let proxy = Proxy::start_on(runtime.clone(), listener)?;

    println!("hushdesk demo");
    println!("  helpdesk (sandbox, TLS): {upstream}");
    println!("  proxy:                   {}", proxy.url());
    println!("  redaction ledger:        {}", ledger_dir.display());
    println!("  every request below is sent to the proxy, as a support tool would.\n");

    let demo = Demo {
        client: Client::builder(TokioExecutor::new()).build(HttpConnector::new()),
        base: proxy.url(),
        helpdesk: helpdesk.clone(),
        runtime,
    };
    let outcome = demo.run_all().await;

    // Shutting down closes the ledger (synced, checkpoint signed).
    proxy.shutdown().await?;
    let _ = stop_helpdesk.send(());
    let _ = helpdesk_task.await;
    let outcome = outcome?;
    let ledger_ok = review_ledger(&ledger_dir)?;
    Ok(if ledger_ok {
        outcome
    } else {
        ExitCode::FAILURE
    })
}

/// Verifies the ledger the demo wrote and looks up one redacted address,
/// as `hushdesk audit verify` and `hushdesk audit lookup` do. True when the
/// ledger verifies and the lookup finds the address.
fn review_ledger(dir: &Path) -> anyhow::Result<bool> {
    let key = AuditKey::new(DEMO_AUDIT_KEY.as_bytes()).context("the demo audit key")?;
    header("6", "the redaction ledger, as a reviewer sees it");
    let report = audit::verify(dir, Some(&key)).context("verifying the demo ledger")?;
    let verified = matches!(report.status, VerifyStatus::Ok);
    println!(
        "   hushdesk audit verify: {}: {} segment(s), {} records, {} findings; checkpoint MAC {}",
        if verified { "OK" } else { "FAILED" },
        report.segments,
        report.records,
        report.findings,
        if report.checkpoint_mac_checked {
            "verified"
        } else {
            "not checked"
        },
    );
    if let VerifyStatus::Broken(problem) = &report.status {
        println!("   {problem}");
    }
    let hits =
        query::lookup(dir, &key, LOOKUP_EMAIL, None).context("looking up the demo ledger")?;
    println!(
        "   hushdesk audit lookup --value \"{LOOKUP_EMAIL}\": {} record(s) redacted it",
        hits.len()
    );
    for hit in &hits {
        let r = &hit.record;
        let fields: Vec<String> = hit
            .findings
            .iter()
            .filter_map(|&i| r.findings.get(i))
            .map(|f| format!("{} ({}, {})", f.path, f.category, f.rule_id))
            .collect();
        println!(
            "     seq {} {} {} ticket {} outcome {} retention {}: {}",
            r.seq,
            r.method,
            r.route,
            r.ticket_id
                .map_or_else(|| "-".to_string(), |t| t.to_string()),
            r.outcome.kind(),
            r.retention.as_ref().map_or("-", |x| x.class.as_str()),
            fields.join(", ")
        );
    }
    println!(
        "   (the ledger holds keyed fingerprints only: without the audit key it says \
         nothing about the address)\n"
    );
    Ok(verified && !hits.is_empty())
}

impl Demo {
    async fn run_all(&self) -> anyhow::Result<ExitCode> {
        let first = self.json_ticket().await?;
        let second = self.multipart_ticket().await?;
        self.reply(first).await?;
        self.note(second).await?;
        self.erasure_ticket().await?;
        self.leak_check()
    }

    async fn send(
        &self,
        method: Method,
        path: &str,
        content_type: &str,
        body: Vec<u8>,
    ) -> anyhow::Result<(u16, Value)> {
        let auth = format!(
            "Basic {}",
            base64::Engine::encode(
                &base64::engine::general_purpose::STANDARD,
                format!("{API_KEY}:X")
            )
        );
        let request = Request::builder()
            .method(method)
            .uri(format!("{}{path}", self.base))
            .header("authorization", auth)
            .header("content-type", content_type)
            .body(Full::new(Bytes::from(body)))?;
        let response = self
            .client
            .request(request)
            .await
            .context("sending through the proxy")?;
        let status = response.status().as_u16();
        let bytes = BodyExt::collect(response.into_body()).await?.to_bytes();
        let value = serde_json::from_slice(&bytes).unwrap_or(Value::Null);
        if status >= 300 {
            bail!("{path}: the proxy answered {status}: {value}");
        }
        Ok((status, value))
    }

    async fn json_ticket(&self) -> anyhow::Result<u64> {
        let ticket = json!({
            "subject": "Card payment failed",
            "description": "<div>Hi team,</div><div>My name is Anna Svensson and my card payment keeps failing. \
                The card is <b>4111 1111 1111 1111</b>, expiry 09/27.</div>\
                <div>You can call me on 070-123 45 67, or ask my colleague \
                <a href=\"mailto:erik.lund@example.se\">erik.lund@example.se</a>.</div>\
                <div>Order 100234567, app version 4.2.0.17.</div><div>Regards,<br>Anna</div>",
            "email": "anna.svensson@example.se",
            "name": "Anna Svensson",
            "cc_emails": ["erik.lund@example.se"],
            "priority": 2,
            "status": 2,
            "tags": ["billing"]
        });
        header("1", "POST /api/v2/tickets (JSON, HTML description)");
        let sent = ticket["description"]
            .as_str()
            .unwrap_or_default()
            .to_owned();
        let (status, id, stored) = self
            .create("application/json", serde_json::to_vec(&ticket)?)
            .await?;
        show("client sent (description)", &sent);
        show(
            "helpdesk stored (description)",
            stored["description"].as_str().unwrap_or_default(),
        );
        println!(
            "   answer: {status}, ticket {id}; tags stored: {}",
            stored["tags"]
        );
        println!(
            "   cc_emails kept as the policy says: {}",
            stored["cc_emails"]
        );
        let known = KnownValues {
            name: Some("Anna Svensson".into()),
            email: Some("anna.svensson@example.se".into()),
            ..KnownValues::default()
        };
        self.findings(&sent, true, &known)?;
        Ok(id)
    }

    async fn multipart_ticket(&self) -> anyhow::Result<u64> {
        let description =
            "<div>Hallo Support,</div><div>bitte überweisen Sie die Erstattung auf mein Konto \
            <b>DE89 3704 0044 0532 0130 00</b>. Meine Steuer-ID ist 65 929 970 489.</div>\
            <div>Mit freundlichen Grüßen<br>J&ouml;rg Weber<br>Musterstraße 12, 10115 Berlin</div>";
        let mut body = Vec::new();
        for (name, value) in [
            ("subject", "Erstattung"),
            ("description", description),
            ("email", "joerg.weber@example.de"),
            ("name", "Jörg Weber"),
            ("status", "2"),
            ("priority", "1"),
            ("tags[]", "refund"),
        ] {
            body.extend_from_slice(
                format!("--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n").as_bytes(),
            );
        }
        body.extend_from_slice(
            format!(
                "--{BOUNDARY}\r\nContent-Disposition: form-data; name=\"attachments[]\"; \
                 filename=\"Jörg Weber Reisepass.pdf\"\r\nContent-Type: application/pdf\r\n\r\n"
            )
            .as_bytes(),
        );
        let pdf = b"%PDF-1.4\n% a scanned passport would be here\n%%EOF\n".to_vec();
        body.extend_from_slice(&pdf);
        body.extend_from_slice(format!("\r\n--{BOUNDARY}--\r\n").as_bytes());

        header(
            "2",
            "POST /api/v2/tickets (multipart/form-data with an attachment)",
        );
        let (status, id, stored) = self
            .create(&format!("multipart/form-data; boundary={BOUNDARY}"), body)
            .await?;
        show("client sent (description)", description);
        show(
            "helpdesk stored (description)",
            stored["description"].as_str().unwrap_or_default(),
        );
        let attachment = &stored["attachments"][0];
        println!(
            "   attachment: sent as \"Jörg Weber Reisepass.pdf\", stored as {} ({} bytes, unchanged: {})",
            attachment["name"],
            attachment["size"],
            attachment["size"].as_u64() == Some(pdf.len() as u64)
        );
        println!(
            "   answer: {status}, ticket {id}; tags stored: {}",
            stored["tags"]
        );
        let known = KnownValues {
            name: Some("Jörg Weber".into()),
            email: Some("joerg.weber@example.de".into()),
            ..KnownValues::default()
        };
        self.findings(description, true, &known)?;
        Ok(id)
    }

    async fn reply(&self, ticket: u64) -> anyhow::Result<()> {
        let body = "<p>Hi Anna,</p><p>we checked the payment from 203.0.113.42. Please confirm the last \
            digits of 4111 1111 1111 1111 by phone: we will call 070-123 45 67 tomorrow.</p><p>Kind regards,<br>Sam</p>";
        header("3", &format!("POST /api/v2/tickets/{ticket}/reply"));
        let (status, _) = self
            .send(
                Method::POST,
                &format!("/api/v2/tickets/{ticket}/reply"),
                "application/json",
                serde_json::to_vec(&json!({ "body": body }))?,
            )
            .await?;
        let stored = self.helpdesk.conversations(ticket);
        let last = stored.last().context("the reply was not stored")?;
        show("client sent (body)", body);
        show(
            "helpdesk stored (body)",
            last["body"].as_str().unwrap_or_default(),
        );
        println!("   answer: {status}");
        self.findings(body, true, &KnownValues::default())
    }

    async fn note(&self, ticket: u64) -> anyhow::Result<()> {
        let body = "<div>Customer pasted their integration config:</div>\
            <pre>AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLE\npassword: Hunter2!Summer</pre>";
        header(
            "4",
            &format!("POST /api/v2/tickets/{ticket}/notes (private note)"),
        );
        let (status, _) = self
            .send(
                Method::POST,
                &format!("/api/v2/tickets/{ticket}/notes"),
                "application/json",
                serde_json::to_vec(&json!({ "body": body, "private": true }))?,
            )
            .await?;
        let stored = self.helpdesk.conversations(ticket);
        let last = stored.last().context("the note was not stored")?;
        show("client sent (body)", body);
        show(
            "helpdesk stored (body)",
            last["body"].as_str().unwrap_or_default(),
        );
        println!("   answer: {status}");
        self.findings(body, true, &KnownValues::default())
    }

    async fn erasure_ticket(&self) -> anyhow::Result<()> {
        let description = "<p>Hola,</p><p>Me llamo Ana García López, mi DNI es 12345678Z. \
            Quiero ejercer mi derecho de supresión: por favor, borrar mis datos.</p>\
            <p>Teléfono <span>+34</span> 612 34 56 78, correo ana.garcia@example.es.</p><p>Saludos,<br>Ana</p>";
        let ticket = json!({
            "subject": "Solicitud de supresión",
            "description": description,
            "email": "ana.garcia.lopez@example.es",
            "priority": 1,
            "status": 2
        });
        header("5", "POST /api/v2/tickets (an erasure request, Spanish)");
        let (status, id, stored) = self
            .create("application/json", serde_json::to_vec(&ticket)?)
            .await?;
        show("client sent (description)", description);
        show(
            "helpdesk stored (description)",
            stored["description"].as_str().unwrap_or_default(),
        );
        println!(
            "   answer: {status}, ticket {id}; tags stored: {}",
            stored["tags"]
        );
        self.findings(description, true, &KnownValues::default())
    }

    /// Creates a ticket through the proxy; returns the status, the new id and
    /// what the helpdesk stored.
    async fn create(&self, content_type: &str, body: Vec<u8>) -> anyhow::Result<(u16, u64, Value)> {
        let (status, answer) = self
            .send(Method::POST, "/api/v2/tickets", content_type, body)
            .await?;
        let id = answer["id"]
            .as_u64()
            .context("the helpdesk returned no ticket id")?;
        Ok((status, id, self.stored_ticket(id)?))
    }

    fn stored_ticket(&self, id: u64) -> anyhow::Result<Value> {
        self.helpdesk
            .ticket(id)
            .context("the helpdesk did not store the ticket")
    }

    /// Lists what the engine finds in `text` (rule, category, span; never values).
    fn findings(&self, text: &str, html: bool, known: &KnownValues) -> anyhow::Result<()> {
        let scrubbed = if html {
            body::html::scrub(
                &self.runtime.detector,
                &self.runtime.redactor,
                text,
                known,
                "body",
                &HtmlLimits::default(),
            )?
        } else {
            body::text::scrub(
                &self.runtime.detector,
                &self.runtime.redactor,
                text,
                known,
                "body",
            )
        };
        println!("   findings ({}):", scrubbed.findings.len());
        for f in &scrubbed.findings {
            println!(
                "     {:<14} {:<20} {:<30} bytes {}..{}",
                f.category.as_str(),
                f.subtype.as_deref().unwrap_or("-"),
                f.rule_id,
                f.start,
                f.end
            );
        }
        println!();
        Ok(())
    }

    /// Searches the free text the helpdesk stored (subjects, descriptions,
    /// conversation bodies, attachment names) for the demo's personal values.
    /// Identity fields the policy keeps (requester email, cc_emails) are
    /// deliberately not searched.
    fn leak_check(&self) -> anyhow::Result<ExitCode> {
        let mut stored = String::new();
        for ticket in self.helpdesk.tickets() {
            for field in ["subject", "description", "description_text"] {
                stored.push_str(ticket[field].as_str().unwrap_or_default());
            }
            for attachment in ticket["attachments"].as_array().into_iter().flatten() {
                stored.push_str(attachment["name"].as_str().unwrap_or_default());
            }
            if let Some(id) = ticket["id"].as_u64() {
                for conversation in self.helpdesk.conversations(id) {
                    stored.push_str(conversation["body"].as_str().unwrap_or_default());
                    stored.push_str(conversation["body_text"].as_str().unwrap_or_default());
                }
            }
        }
        let leaked = MUST_NOT_LEAK
            .iter()
            .filter(|v| stored.contains(**v))
            .count();
        if leaked == 0 {
            println!(
                "leak check: none of the {} personal values in the demo requests reached the \
                 helpdesk's free text or attachment names.",
                MUST_NOT_LEAK.len()
            );
            Ok(ExitCode::SUCCESS)
        } else {
            println!("leak check FAILED: {leaked} value(s) reached the helpdesk's free text");
            Ok(ExitCode::FAILURE)
        }
    }
}

fn header(n: &str, what: &str) {
    println!("━━ {n}. {what}");
}

fn show(label: &str, text: &str) {
    println!("   {label}:");
    for line in text.lines() {
        println!("     {line}");
    }
}
