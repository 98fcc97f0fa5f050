//! The ticket pipeline: the one seam between HTTP and the engine.
//!
//! The proxy hands over (route, content kind, body) and gets back the body
//! to forward plus what was done: redaction records, the categories and
//! rule ids found, the retention decision and the tags added. Nothing here
//! knows hyper; nothing below here knows HTTP. Shaped so:
//!
//! * **Assembled once.** The pipeline runs with a [`Runtime`]: the
//!   operator's validated settings and what is built from them at start-up
//!   (the compiled detector, the redactor, the policies, the ledger's
//!   configuration, the policy version). The config layer knows values
//!   only; the engine-side checks happen while the runtime is assembled
//!   ([`Runtime::build`]), and their errors name the config field.
//! * **CPU work off the reactor.** JSON scrubbing runs in
//!   [`tokio::task::spawn_blocking`] ([`TicketPipeline::scrub_json`]); the
//!   multipart walker runs its text batches on blocking threads itself.
//! * **One field logic for both body shapes.** A multipart batch of text
//!   parts is turned into the JSON document the same fields would form
//!   (`custom_fields[cf_x]` → `custom_fields.cf_x`, repeated `tags[]` → an
//!   array) and scrubbed by [`crate::body::json::scrub_json`] with the same
//!   route, field policy and known values; the results are written back part
//!   by part. A field the policy drops becomes an empty part, because a part
//!   cannot be removed from a stream whose earlier bytes may have left.
//! * **Retention tags only where they cannot destroy data.** Ticket creates
//!   get the class's tag merged into `tags` (created if absent). Freshdesk
//!   v2's `PUT /tickets/{id}` *replaces* the whole tag set, so an update
//!   gets the tag merged only when the client itself sent `tags`; an update
//!   without `tags` is left without one (adding it would wipe the ticket's
//!   other tags). The decision is still made and reported.
//! * **File names.** A multipart file name holding personal data (the
//!   requester's name, an email, ...) is replaced by
//!   `attachment-<6 hex>.<ext>`; the bytes stream through untouched. The six
//!   hex digits come from [`AttachmentTokens`], a keyed hash under a key
//!   derived from the *pseudonym* key, never from the record's fingerprint:
//!   fingerprints are made under the audit key and are meant for the
//!   ledger only, so no part of one may appear in the helpdesk.

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};

use bytes::Bytes;
use futures_util::Stream;
use hmac::{Hmac, KeyInit, Mac};
use serde_json::{Map, Value};
use sha2::Sha256;

use crate::body::json::{scrub_json, EngineScrubber, FieldReport, JsonScrubbed, TagMerge};
use crate::body::multipart::{self, PartScrubber, TextPart};
use crate::body::BodyError;
use crate::detect::known::KnownMatcher;
use crate::detect::{Category, Finding, KnownValues};
use crate::freshdesk::routes::{Role, Route};
use crate::redact::RedactionRecord;
use crate::retention::{classify, Decision, TicketMeta};
use crate::selector::{parse_part_name, PathSegment};

mod policy_version;
mod runtime;

pub use runtime::{field_policy, LedgerSettings, Runtime, SetupError};

/// Hex digits of an attachment token.
const ATTACHMENT_TOKEN_HEX: usize = 6;

/// Derives the attachment-token key from the pseudonym key, so the two
/// uses of that key never share a hash input space.
const ATTACHMENT_TOKEN_CONTEXT: &[u8] = b"hushdesk attachment file name token v1";

/// The keyed hash that names renamed attachments: the first six hex digits
/// of HMAC-SHA256 over the original file name, under a key derived from the
/// pseudonym key (HMAC-SHA256(pseudonym key, a fixed context string)).
///
/// The token is shown in the helpdesk, so it must not come from the audit
/// key: a record's fingerprint (under the audit key) would otherwise leak a
/// prefix of itself into every renamed attachment. Under the same key the
/// same file name always gives the same token. `Debug` hides the key.
#[derive(Clone)]
pub struct AttachmentTokens {
    key: Arc<[u8]>,
}

impl std::fmt::Debug for AttachmentTokens {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AttachmentTokens(<redacted>)")
    }
}

fn hmac_sha256(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable!("HMAC-SHA256 accepts keys of every length"),
    };
    mac.update(message);
    mac.finalize().into_bytes().into()
}

impl AttachmentTokens {
    /// Tokens under a key derived from `pseudonym_key`.
    pub fn new(pseudonym_key: &[u8]) -> AttachmentTokens {
        let derived = hmac_sha256(pseudonym_key, ATTACHMENT_TOKEN_CONTEXT);
        AttachmentTokens {
            key: Arc::from(&derived[..]),
        }
    }

    /// The token for a file name: six lowercase hex digits.
    pub fn token(&self, filename: &str) -> String {
        let digest = hmac_sha256(&self.key, filename.as_bytes());
        let mut hex = hex::encode(&digest[..ATTACHMENT_TOKEN_HEX.div_ceil(2)]);
        hex.truncate(ATTACHMENT_TOKEN_HEX);
        hex
    }
}

/// How a request body is encoded, from its `Content-Type`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ContentKind {
    /// `application/json` (any parameters, e.g. `charset=utf-8`).
    Json,
    /// `multipart/form-data` with its boundary.
    Multipart {
        /// The boundary parameter.
        boundary: String,
    },
}

impl ContentKind {
    /// The kind of a body by its `Content-Type` header value. Anything but
    /// JSON or `multipart/form-data` with a usable boundary is an error: on a
    /// content route such a body is refused, never forwarded unscanned.
    pub fn from_content_type(value: Option<&str>) -> Result<ContentKind, TicketError> {
        let value = value.ok_or(TicketError::MissingContentType)?;
        let media = value.split(';').next().unwrap_or("").trim();
        if media.eq_ignore_ascii_case("application/json") {
            return Ok(ContentKind::Json);
        }
        if media.eq_ignore_ascii_case("multipart/form-data") {
            let boundary = multipart::boundary_from_content_type(value)?;
            return Ok(ContentKind::Multipart { boundary });
        }
        Err(TicketError::UnsupportedContentType)
    }
}

/// Why a body could not be scrubbed. Each means: do not forward.
#[derive(Debug, thiserror::Error)]
pub enum TicketError {
    /// The body has no `Content-Type`.
    #[error("the request has no Content-Type")]
    MissingContentType,
    /// The `Content-Type` is neither JSON nor `multipart/form-data`.
    #[error("the Content-Type is neither application/json nor multipart/form-data")]
    UnsupportedContentType,
    /// The body could not be parsed or scanned.
    #[error("the body could not be scrubbed")]
    Body(#[source] BodyError),
    /// The blocking worker failed (it panicked or was cancelled).
    #[error("the scrubbing worker did not complete")]
    Worker(#[source] tokio::task::JoinError),
}

impl From<BodyError> for TicketError {
    fn from(e: BodyError) -> Self {
        TicketError::Body(e)
    }
}

/// What scrubbing one body found and did. Holds no values.
#[derive(Debug, Clone, Default)]
pub struct ScrubReport {
    /// One record per redaction (fingerprints, never values).
    pub records: Vec<RedactionRecord>,
    /// Findings per category.
    pub counts: BTreeMap<Category, usize>,
    /// The rule ids that fired, sorted, without repeats.
    pub rule_ids: Vec<String>,
    /// Whole-field edits by the field policy (redacted or dropped fields).
    pub field_edits: usize,
    /// File names replaced.
    pub renamed_files: usize,
    /// The retention decision (ticket routes only).
    pub retention: Option<Decision>,
    /// The tags the pipeline added to the body.
    pub tags: Vec<String>,
}

impl ScrubReport {
    /// The categories found, most severe first.
    pub fn categories(&self) -> Vec<Category> {
        self.counts.keys().copied().collect()
    }

    fn add_findings<'f>(&mut self, findings: impl Iterator<Item = &'f Finding>) {
        for finding in findings {
            *self.counts.entry(finding.category).or_default() += 1;
            let id = finding.rule_id.to_string();
            if let Err(at) = self.rule_ids.binary_search(&id) {
                self.rule_ids.insert(at, id);
            }
        }
    }

    fn add_fields(&mut self, fields: &[FieldReport]) {
        self.add_findings(fields.iter().flat_map(|f| f.findings.iter()));
        self.records
            .extend(fields.iter().flat_map(|f| f.records.iter().cloned()));
    }

    fn add_json(&mut self, scrubbed: &JsonScrubbed<'_>) {
        self.add_fields(&scrubbed.fields);
        self.field_edits += scrubbed.edits.len();
        for category in scrubbed.edits.iter().filter_map(|e| e.category) {
            *self.counts.entry(category).or_default() += 1;
        }
    }
}

/// A scrubbed body and the report of what was done.
#[derive(Debug, Clone)]
pub struct Scrubbed {
    /// The body to forward.
    pub body: Bytes,
    /// Whether `body` differs from the client's.
    pub changed: bool,
    /// What was found and done.
    pub report: ScrubReport,
}

/// The live report of a streaming multipart body: filled in while the body
/// flows, complete once the stream has ended.
#[derive(Debug, Clone, Default)]
pub struct MultipartReport(Arc<Mutex<ScrubReport>>);

impl MultipartReport {
    /// A copy of the report so far.
    pub fn snapshot(&self) -> ScrubReport {
        self.lock().clone()
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, ScrubReport> {
        self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Scrubs ticket bodies with the compiled engine and the operator's
/// policies. Cheap to clone; one per proxy.
#[derive(Debug, Clone)]
pub struct TicketPipeline {
    runtime: Arc<Runtime>,
}

impl TicketPipeline {
    /// A pipeline over `runtime`.
    pub fn new(runtime: Arc<Runtime>) -> TicketPipeline {
        TicketPipeline { runtime }
    }

    /// The runtime in use.
    pub fn runtime(&self) -> &Arc<Runtime> {
        &self.runtime
    }

    /// Scrubs a JSON body on a blocking thread.
    pub async fn scrub_json(
        &self,
        route: &'static Route,
        body: Bytes,
    ) -> Result<Scrubbed, TicketError> {
        let pipeline = self.clone();
        tokio::task::spawn_blocking(move || pipeline.scrub_json_blocking(route, body))
            .await
            .map_err(TicketError::Worker)?
    }

    /// Scrubs a JSON body on the calling thread (see the module docs for
    /// what happens to `tags`).
    pub fn scrub_json_blocking(&self, route: &Route, body: Bytes) -> Result<Scrubbed, TicketError> {
        let s = &*self.runtime;
        let scrubber = EngineScrubber::new(&s.detector, &s.redactor, &s.html_limits);
        let mut scrubbed = scrub_json(&body, route, &s.fields, &scrubber, &s.json_limits)?;
        let mut report = ScrubReport::default();
        report.add_json(&scrubbed);
        if route.is_ticket_route() {
            let meta = ticket_meta(scrubbed.document());
            let categories = scrubbed.categories();
            let texts: Vec<&str> = scrubbed.texts().collect();
            let decision = classify(&s.retention, &meta, &categories, &texts);
            let create = route.method.eq_ignore_ascii_case("POST");
            let tag = [decision.tag.clone()];
            let merged = scrubbed.merge_tags(&tag, s.retention.tag_prefix(), create);
            if matches!(merged, TagMerge::Merged | TagMerge::Created) {
                report.tags.push(decision.tag.clone());
            }
            report.retention = Some(decision);
        }
        let changed = scrubbed.changed();
        let out = if changed {
            Bytes::from(scrubbed.into_bytes().into_owned())
        } else {
            drop(scrubbed);
            body
        };
        Ok(Scrubbed {
            body: out,
            changed,
            report,
        })
    }

    /// Scrubs a `multipart/form-data` body as a stream (see
    /// [`crate::body::multipart`]). The stream must be sent chunked; an
    /// `Err` item means the upstream request must be aborted. The report
    /// fills in as the stream is consumed.
    pub fn scrub_multipart<S, E>(
        &self,
        route: &'static Route,
        boundary: &str,
        body: S,
    ) -> (
        impl Stream<Item = Result<Bytes, BodyError>> + Send + 'static,
        MultipartReport,
    )
    where
        S: Stream<Item = Result<Bytes, E>> + Send + 'static,
        E: Into<Box<dyn std::error::Error + Send + Sync>> + 'static,
    {
        let report = MultipartReport::default();
        let scrubber = Parts {
            runtime: self.runtime.clone(),
            route,
            carry: Map::new(),
            known: KnownValues::default(),
            texts: Vec::new(),
            categories: Vec::new(),
            meta: TicketMeta::default(),
            sent_tags: None,
            report: report.clone(),
        };
        let s = &self.runtime;
        let stream = multipart::scrub_multipart(
            boundary,
            body,
            scrubber,
            s.multipart_limits.clone(),
            s.attachments.clone(),
        );
        (stream, report)
    }
}

/// Ticket metadata for the retention rules: `type`, `group_id`, `source`.
fn ticket_meta(document: &Value) -> TicketMeta {
    let number = |v: &Value| {
        v.as_u64()
            .or_else(|| v.as_str().and_then(|s| s.trim().parse().ok()))
    };
    TicketMeta {
        ticket_type: document
            .get("type")
            .and_then(Value::as_str)
            .map(str::to_string),
        group_id: document.get("group_id").and_then(number),
        source: document.get("source").and_then(number),
    }
}

/// One step of a concrete path into the batch document.
#[derive(Debug, Clone)]
enum Step {
    Key(String),
    Index(usize),
}

const DUPLICATE: &str = "a field name appears twice or conflicts with another";

/// Inserts `value` at the path of a part name; returns the concrete path.
/// `name[]` and `name[0]` append to an array; other brackets are object
/// keys. A name that is not of the bracket shape is one key.
fn insert_part(
    doc: &mut Map<String, Value>,
    name: &str,
    value: Value,
) -> Result<Vec<Step>, BodyError> {
    let conflict = || BodyError::MultipartMalformed { reason: DUPLICATE };
    let segments = parse_part_name(name).unwrap_or_else(|| vec![PathSegment::Key(name)]);
    let (first, rest) = match segments.split_first() {
        Some((PathSegment::Key(k), rest)) => (*k, rest),
        _ => return Err(conflict()),
    };
    let mut path = vec![Step::Key(first.to_string())];
    let mut slot = doc.entry(first.to_string()).or_insert(Value::Null);
    for segment in rest {
        match segment {
            PathSegment::Key(k) => {
                if slot.is_null() {
                    *slot = Value::Object(Map::new());
                }
                let object = slot.as_object_mut().ok_or_else(conflict)?;
                path.push(Step::Key((*k).to_string()));
                slot = object.entry((*k).to_string()).or_insert(Value::Null);
            }
            PathSegment::Append | PathSegment::Index(_) => {
                if slot.is_null() {
                    *slot = Value::Array(Vec::new());
                }
                let items = slot.as_array_mut().ok_or_else(conflict)?;
                path.push(Step::Index(items.len()));
                items.push(Value::Null);
                slot = items.last_mut().ok_or_else(conflict)?;
            }
        }
    }
    if !slot.is_null() {
        return Err(conflict());
    }
    *slot = value;
    Ok(path)
}

fn lookup<'v>(doc: &'v Value, path: &[Step]) -> Option<&'v Value> {
    path.iter().try_fold(doc, |v, step| match step {
        Step::Key(k) => v.get(k.as_str()),
        Step::Index(i) => v.get(*i),
    })
}

/// The multipart [`PartScrubber`]: text batches through the JSON walker,
/// file names through the detector, a retention `tags[]` part at the end.
struct Parts {
    runtime: Arc<Runtime>,
    route: &'static Route,
    /// Identity and third-party values of earlier batches, so later batches
    /// still know the requester.
    carry: Map<String, Value>,
    known: KnownValues,
    texts: Vec<String>,
    categories: Vec<Category>,
    meta: TicketMeta,
    /// The `tags[]` values the client sent (`None`: no tags part).
    sent_tags: Option<Vec<String>>,
    report: MultipartReport,
}

impl Parts {
    fn is_create(&self) -> bool {
        self.route.method.eq_ignore_ascii_case("POST")
    }
}

impl PartScrubber for Parts {
    fn texts(&mut self, parts: &mut [TextPart]) -> Result<(), BodyError> {
        let mut doc = self.carry.clone();
        let mut paths = Vec::with_capacity(parts.len());
        for part in parts.iter() {
            let role = self.route.role_for_part(part.name());
            let value = structured(part.name(), part.value(), role)?
                .unwrap_or_else(|| Value::String(part.value().to_string()));
            paths.push(insert_part(&mut doc, part.name(), value)?);
            if role == Some(Role::Tags) {
                self.sent_tags
                    .get_or_insert_with(Vec::new)
                    .push(part.value().to_string());
            }
        }
        let doc = Value::Object(doc);
        let bytes = serde_json::to_vec(&doc).map_err(BodyError::JsonSyntax)?;
        let s = &*self.runtime;
        let scrubber = EngineScrubber::new(&s.detector, &s.redactor, &s.html_limits);
        let scrubbed = scrub_json(&bytes, self.route, &s.fields, &scrubber, &s.json_limits)?;
        for (part, path) in parts.iter_mut().zip(&paths) {
            let before = lookup(&doc, path);
            match lookup(scrubbed.document(), path) {
                Some(Value::String(v)) => part.set_value(v.clone()),
                Some(v) if Some(v) != before => {
                    part.set_value(serde_json::to_string(v).map_err(BodyError::JsonSyntax)?)
                }
                Some(_) => {}
                None => part.set_value(String::new()),
            }
        }
        // Remember identity values (as sent) for later batches.
        for (part, path) in parts.iter().zip(&paths) {
            if let Some(Role::Identity(_) | Role::ThirdParty) =
                self.route.role_for_part(part.name())
            {
                if let (Some(Step::Key(first)), Some(value)) =
                    (path.first(), lookup(&doc, &path[..1]))
                {
                    self.carry.insert(first.clone(), value.clone());
                }
            }
        }
        let meta = ticket_meta(&doc);
        self.meta.ticket_type = self.meta.ticket_type.take().or(meta.ticket_type);
        self.meta.group_id = self.meta.group_id.or(meta.group_id);
        self.meta.source = self.meta.source.or(meta.source);
        self.categories.extend(scrubbed.categories());
        self.texts.extend(scrubbed.texts().map(str::to_string));
        self.known = scrubbed.known.clone();
        self.report.lock().add_json(&scrubbed);
        Ok(())
    }

    fn filename(&mut self, _name: &str, filename: &str) -> Result<Option<String>, BodyError> {
        let s = &*self.runtime;
        // Separators often stand for spaces in file names (`Jane_Doe.pdf`).
        let spaced: String = filename
            .chars()
            .map(|c| {
                if matches!(c, '_' | '-' | '.' | '+') {
                    ' '
                } else {
                    c
                }
            })
            .collect();
        let known = KnownMatcher::new(&self.known);
        let mut findings = s.detector.detect_with(filename, known.as_ref());
        if findings.is_empty() {
            findings = s.detector.detect_with(&spaced, known.as_ref());
        }
        let Some(first) = findings.first() else {
            return Ok(None);
        };
        let mut whole = first.clone();
        whole.start = 0;
        whole.end = filename.len();
        let (_, record) = s
            .redactor
            .redact_one(filename, &whole, "attachments[].name");
        // Never from `record.fingerprint` (audit key): see `AttachmentTokens`.
        let token = s.attachment_tokens.token(filename);
        let mut report = self.report.lock();
        report.add_findings(findings.iter());
        report.renamed_files += 1;
        report.records.push(record);
        Ok(Some(token))
    }

    fn finish(&mut self) -> Vec<(String, String)> {
        if !self.route.is_ticket_route() {
            return Vec::new();
        }
        self.categories.sort();
        self.categories.dedup();
        let texts: Vec<&str> = self.texts.iter().map(String::as_str).collect();
        let decision = classify(
            &self.runtime.retention,
            &self.meta,
            &self.categories,
            &texts,
        );
        let add = match &self.sent_tags {
            Some(sent) => !sent.iter().any(|t| t.eq_ignore_ascii_case(&decision.tag)),
            None => self.is_create(),
        };
        let mut report = self.report.lock();
        let out = if add {
            report.tags.push(decision.tag.clone());
            vec![("tags[]".to_string(), decision.tag.clone())]
        } else {
            Vec::new()
        };
        report.retention = Some(decision);
        out
    }
}

/// A part value that is a JSON object or array on a part without a role of
/// its own (`structured_description`), parsed so that the route's nested
/// selectors reach inside it.
/// The structured fields (`structured_description`, `structured_body`)
/// must parse: their text sits inside the JSON, and an unparsable one could
/// not be scanned.
fn structured(name: &str, value: &str, role: Option<Role>) -> Result<Option<Value>, BodyError> {
    if role.is_some() {
        return Ok(None);
    }
    let parsed = serde_json::from_str::<Value>(value)
        .ok()
        .filter(|v| v.is_object() || v.is_array());
    if parsed.is_none() && STRUCTURED.contains(&name) {
        return Err(BodyError::MultipartMalformed {
            reason: "a structured field is not a JSON object",
        });
    }
    Ok(parsed)
}

/// Part names whose value is a JSON document of its own.
const STRUCTURED: [&str; 2] = ["structured_description", "structured_body"];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use crate::freshdesk::routes::match_route;

    fn pipeline() -> TicketPipeline {
        let mut config = Config::default();
        config.set_upstream("https://acme.freshdesk.com");
        let dir = std::env::temp_dir().join(format!("hushdesk-ticket-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("temp dir");
        let key = dir.join("key");
        std::fs::write(&key, "a ticket pipeline test key").expect("key file");
        config.redaction.key_file = Some(key);
        let audit_key = dir.join("audit-key");
        std::fs::write(&audit_key, "a ticket pipeline audit key").expect("audit key file");
        config.ledger.key_file = Some(audit_key);
        TicketPipeline::new(Arc::new(Runtime::from_config(config).expect("runtime")))
    }

    fn route(method: &str, path: &str) -> &'static Route {
        match_route(method, path).expect("a content route")
    }

    #[test]
    fn content_kinds() {
        assert_eq!(
            ContentKind::from_content_type(Some("application/json; charset=utf-8")).ok(),
            Some(ContentKind::Json)
        );
        assert_eq!(
            ContentKind::from_content_type(Some("Multipart/Form-Data; boundary=xyz")).ok(),
            Some(ContentKind::Multipart {
                boundary: "xyz".into()
            })
        );
        for bad in [
            None,
            Some("application/xml"),
            Some("multipart/form-data"),
            Some("text/plain"),
        ] {
            assert!(ContentKind::from_content_type(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn part_names_build_a_document() {
        let mut doc = Map::new();
        for (name, value) in [
            ("subject", "s"),
            ("tags[]", "a"),
            ("tags[]", "b"),
            ("custom_fields[cf_x]", "x"),
        ] {
            insert_part(&mut doc, name, Value::String(value.into())).expect("insert");
        }
        assert_eq!(
            Value::Object(doc.clone()),
            serde_json::json!({"subject":"s","tags":["a","b"],"custom_fields":{"cf_x":"x"}})
        );
        assert!(insert_part(&mut doc, "subject", Value::Null).is_err());
        assert!(insert_part(&mut doc, "subject[x]", Value::Null).is_err());
    }

    #[test]
    fn json_create_gets_the_retention_tag_and_update_without_tags_none() {
        let p = pipeline();
        let body = Bytes::from_static(
            br#"{"email":"jane.doe@example.org","subject":"Card","description":"<p>My card 4111 1111 1111 1111</p>","tags":["vip"]}"#,
        );
        let out = p
            .scrub_json_blocking(route("POST", "/api/v2/tickets"), body.clone())
            .expect("scrubbed");
        let doc: Value = serde_json::from_slice(&out.body).expect("json");
        assert!(!String::from_utf8_lossy(&out.body).contains("4111 1111"));
        assert_eq!(doc["tags"][0], "vip");
        assert_eq!(out.report.tags.len(), 1);
        assert_eq!(doc["tags"][1], out.report.tags[0].as_str());
        assert!(out.report.counts.contains_key(&Category::PaymentCard));

        let update = Bytes::from_static(br#"{"subject":"hello"}"#);
        let out = p
            .scrub_json_blocking(route("PUT", "/api/v2/tickets/7"), update.clone())
            .expect("scrubbed");
        assert!(!out.changed);
        assert_eq!(out.body, update);
        assert!(out.report.tags.is_empty());
        assert!(out.report.retention.is_some());
    }

    #[test]
    fn attachment_tokens_are_keyed_and_not_fingerprints() {
        let a = AttachmentTokens::new(b"pseudonym key one");
        let b = AttachmentTokens::new(b"pseudonym key two");
        let token = a.token("Jane Doe passport.pdf");
        assert_eq!(token.len(), ATTACHMENT_TOKEN_HEX);
        assert!(token.bytes().all(|c| c.is_ascii_hexdigit()));
        assert_eq!(token, a.token("Jane Doe passport.pdf"));
        assert_ne!(token, b.token("Jane Doe passport.pdf"));
        assert!(!format!("{a:?}").contains("pseudonym"));
    }
}
