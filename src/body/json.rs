//! JSON bodies: walks the fields a route names and scrubs them.
//!
//! [`scrub_json`] parses the body once, strictly, and walks it twice. The
//! first pass collects the requester's identity fields (`name`, `email`,
//! `phone`, further addresses) into [`KnownValues`], so the second pass can
//! find them anywhere in the free text: a requester often signs a ticket with
//! the very name and number the ticket was opened with. The second pass
//! applies each path's treatment: scan free text (plain or HTML), keep,
//! redact or drop identity and third-party fields, leave everything else.
//!
//! Why it is shaped so:
//!
//! * **Fail closed.** Bad JSON, a body over [`JsonLimits`], nesting deeper
//!   than the limit, a duplicate key (which copy would the helpdesk read?) or
//!   a top level that is not an object are errors: the body is never
//!   forwarded half-understood. Depth is checked while parsing, below
//!   serde_json's own recursion limit.
//! * **Byte-for-byte when nothing changed.** If no field was rewritten the
//!   original bytes are returned, so number formats, escapes and whitespace
//!   survive exactly. Otherwise the document is re-serialised compactly,
//!   keeping key order (serde_json's `preserve_order`).
//! * **Generic over the scrubber.** The walker knows paths and roles, not
//!   detection: a [`FieldScrubber`] turns one field's text into
//!   [`Scrubbed`]. [`EngineScrubber`] binds the real detector and redactor;
//!   tests and tools can pass a closure.
//! * **A role covers its subtree.** If a free-text field arrives as an array
//!   or object (a multi-value custom field, say), every string inside it is
//!   scanned rather than skipped.
//!
//! The scrubbed document stays available ([`JsonScrubbed::merge_tags`]) so
//! the pipeline can classify retention from the findings and add its tag
//! before the bytes are produced ([`JsonScrubbed::into_bytes`]).

use std::borrow::Cow;
use std::cell::RefCell;
use std::collections::BTreeMap;
use std::fmt;

use serde::de::{DeserializeSeed, MapAccess, SeqAccess, Visitor};
use serde_json::{Map, Value};

use super::html::HtmlLimits;
use super::{BodyError, Scrubbed};
use crate::detect::known::KnownMatcher;
use crate::detect::{Category, Detector, Finding, KnownValues};
use crate::redact::{RedactionRecord, Redactor};
use crate::selector::{format_path, FieldRoles, IdentityKind, PathSegment, Role, Selector};

/// The most further email addresses taken into [`KnownValues::emails`] from
/// one body (a cap on per-request matcher size).
pub const MAX_KNOWN_EMAILS: usize = 64;

/// The deepest nesting serde_json itself parses; a larger `max_depth` is
/// reported as this limit.
pub const PARSER_DEPTH_LIMIT: usize = 127;

/// Limits for JSON bodies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonLimits {
    /// Deepest nesting of objects and arrays accepted (the top-level object
    /// is depth 1). Default: 64. Values above [`PARSER_DEPTH_LIMIT`] act as
    /// that limit.
    pub max_depth: usize,
    /// Largest body accepted, in bytes. Default: 10 MiB.
    pub max_bytes: usize,
}

impl Default for JsonLimits {
    fn default() -> Self {
        JsonLimits {
            max_depth: 64,
            max_bytes: 10 * 1024 * 1024,
        }
    }
}

/// What to do with a whole identity or third-party field.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum WholeFieldAction {
    /// Forward unchanged (the helpdesk needs requester identifiers).
    #[default]
    Keep,
    /// Replace each value by the redactor's replacement for its category.
    Redact,
    /// Remove the field from the body.
    Drop,
}

/// A per-selector treatment that overrides the route's role.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldAction {
    /// Forward unchanged, without scanning.
    Keep,
    /// Scan as plain text.
    Scan,
    /// Scan as HTML.
    ScanHtml,
    /// Replace each value whole.
    Redact,
    /// Remove the field.
    Drop,
}

/// Which custom fields (`custom_fields.*`) are scanned.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum CustomFieldScan {
    /// Every string custom field.
    #[default]
    All,
    /// None.
    None,
    /// Only these keys (`cf_notes`, ...).
    Only(Vec<String>),
}

impl CustomFieldScan {
    fn includes(&self, key: &str) -> bool {
        match self {
            CustomFieldScan::All => true,
            CustomFieldScan::None => false,
            CustomFieldScan::Only(keys) => keys.iter().any(|k| k == key),
        }
    }
}

/// How the JSON walker treats fields, on top of the route's roles (built
/// from the operator's `[fields]` section when the runtime is assembled).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct FieldPolicy {
    /// Identity fields of the requester or contact (`name`, `email`, `phone`,
    /// `mobile`, `twitter_id`, `unique_external_id`, `requester_id`, ...).
    /// Default: `keep`.
    pub identity: WholeFieldAction,
    /// Third-party addresses (`cc_emails`, `to_emails`, `bcc_emails`,
    /// `notify_emails`, `fwd_emails`, `reply_cc_emails`). Default: `keep`.
    pub third_party: WholeFieldAction,
    /// Which string custom fields are scanned as plain text. Default: `all`.
    pub custom_fields: CustomFieldScan,
    /// Per-selector treatments. They take precedence over the route's roles
    /// and cover the selected field's subtree; among several matching
    /// overrides the deepest, then the most specific wins. Default: none.
    pub overrides: BTreeMap<Selector, FieldAction>,
}

/// Turns one field's text into [`Scrubbed`].
pub trait FieldScrubber {
    /// Scans and rewrites `text`, the value at `path`, as HTML when `html`.
    fn scrub(
        &self,
        path: &str,
        text: &str,
        html: bool,
        known: &KnownValues,
    ) -> Result<Scrubbed, BodyError>;

    /// The replacement for a whole field value being redacted, and its
    /// record if the scrubber keeps records. The default writes a label
    /// (`[email]`, or `[redacted]` without a category) and keeps no record.
    fn redact_value(
        &self,
        path: &str,
        value: &str,
        category: Option<Category>,
    ) -> (String, Option<RedactionRecord>) {
        let _ = (path, value);
        match category {
            Some(c) => (format!("[{c}]"), None),
            None => ("[redacted]".to_string(), None),
        }
    }
}

impl<F> FieldScrubber for F
where
    F: Fn(&str, &str, bool, &KnownValues) -> Result<Scrubbed, BodyError>,
{
    fn scrub(
        &self,
        path: &str,
        text: &str,
        html: bool,
        known: &KnownValues,
    ) -> Result<Scrubbed, BodyError> {
        self(path, text, html, known)
    }
}

/// The scrubber backed by the detection engine and a redactor:
/// [`super::text::scrub`] for plain fields, [`super::html::scrub`] for HTML.
///
/// One body's fields share the ticket's known values: they are compiled
/// into a [`KnownMatcher`] once, at the first field, and the matcher is
/// reused while the values stay the same.
pub struct EngineScrubber<'a> {
    detector: &'a Detector,
    redactor: &'a Redactor,
    html_limits: &'a HtmlLimits,
    known: RefCell<Option<(KnownValues, Option<KnownMatcher>)>>,
}

impl fmt::Debug for EngineScrubber<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("EngineScrubber")
            .field("detector", self.detector)
            .finish_non_exhaustive()
    }
}

impl<'a> EngineScrubber<'a> {
    /// A scrubber for one body.
    pub fn new(
        detector: &'a Detector,
        redactor: &'a Redactor,
        html_limits: &'a HtmlLimits,
    ) -> EngineScrubber<'a> {
        EngineScrubber {
            detector,
            redactor,
            html_limits,
            known: RefCell::new(None),
        }
    }

    /// Runs `f` with the compiled matcher of `known`, compiling it only
    /// when `known` differs from the last values seen.
    fn with_known<T>(&self, known: &KnownValues, f: impl FnOnce(Option<&KnownMatcher>) -> T) -> T {
        let mut cached = self.known.borrow_mut();
        if cached.as_ref().is_none_or(|(values, _)| values != known) {
            *cached = Some((known.clone(), KnownMatcher::new(known)));
        }
        f(cached.as_ref().and_then(|(_, m)| m.as_ref()))
    }
}

impl FieldScrubber for EngineScrubber<'_> {
    fn scrub(
        &self,
        path: &str,
        text: &str,
        html: bool,
        known: &KnownValues,
    ) -> Result<Scrubbed, BodyError> {
        let detector = self.detector;
        self.with_known(known, |matcher| {
            let detect = |t: &str| detector.detect_with(t, matcher);
            if html {
                super::html::scrub_with(detect, self.redactor, text, path, self.html_limits)
            } else {
                Ok(super::text::scrub_with(detect, self.redactor, text, path))
            }
        })
    }

    fn redact_value(
        &self,
        path: &str,
        value: &str,
        category: Option<Category>,
    ) -> (String, Option<RedactionRecord>) {
        let Some(category) = category else {
            return ("[redacted]".to_string(), None);
        };
        let finding = Finding {
            start: 0,
            end: value.len(),
            category,
            subtype: None,
            rule_id: "field.policy".into(),
            confidence: 1.0,
        };
        let (replacement, record) = self.redactor.redact_one(value, &finding, path);
        (replacement, Some(record))
    }
}

/// What was found and done in one scanned field.
#[derive(Debug, Clone, Default)]
pub struct FieldReport {
    /// The field's path (`description`, `cc_emails[1]`).
    pub path: String,
    /// Findings, with offsets into the field's original text.
    pub findings: Vec<Finding>,
    /// One record per redaction applied.
    pub records: Vec<RedactionRecord>,
}

/// A whole-field edit made by the field policy.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldEdit {
    /// The field's path.
    pub path: String,
    /// What was done ([`FieldAction::Redact`] or [`FieldAction::Drop`]).
    pub action: FieldAction,
    /// The category the field's role implies, if any.
    pub category: Option<Category>,
}

/// The outcome of [`merge_tags`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TagMerge {
    /// The tags already were as wanted.
    Unchanged,
    /// The body's `tags` array was rewritten.
    Merged,
    /// The body had no `tags`; a `tags` array was added.
    Created,
    /// The body had no `tags` and none was added.
    Missing,
    /// `tags` is present but neither an array nor null; left alone.
    NotAnArray,
    /// The document is not an object; left alone.
    NotAnObject,
}

/// A scrubbed JSON body: the document, what was done, and the known values.
pub struct JsonScrubbed<'a> {
    original: &'a [u8],
    document: Value,
    changed: bool,
    /// Scanned fields with findings or records, in document order.
    pub fields: Vec<FieldReport>,
    /// Whole-field edits (redacted or dropped identity and third-party
    /// fields, overrides).
    pub edits: Vec<FieldEdit>,
    /// The identity values collected from the body.
    pub known: KnownValues,
    texts: Vec<String>,
}

impl fmt::Debug for JsonScrubbed<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("JsonScrubbed")
            .field("changed", &self.changed)
            .field("fields", &self.fields.len())
            .field("edits", &self.edits)
            .field("known", &"<redacted>")
            .finish()
    }
}

impl<'a> JsonScrubbed<'a> {
    /// True when the body differs from the original.
    pub fn changed(&self) -> bool {
        self.changed
    }

    /// The (scrubbed) document.
    pub fn document(&self) -> &Value {
        &self.document
    }

    /// Every redaction record: scanned fields first, then whole-field
    /// redactions are in [`JsonScrubbed::edits`].
    pub fn records(&self) -> impl Iterator<Item = &RedactionRecord> {
        self.fields.iter().flat_map(|f| f.records.iter())
    }

    /// The categories found, most severe first, without repeats.
    pub fn categories(&self) -> Vec<Category> {
        let mut out: Vec<Category> = self
            .fields
            .iter()
            .flat_map(|f| f.findings.iter().map(|x| x.category))
            .chain(self.edits.iter().filter_map(|e| e.category))
            .collect();
        out.sort();
        out.dedup();
        out
    }

    /// The scanned free texts after scrubbing, for retention cues.
    pub fn texts(&self) -> impl Iterator<Item = &str> {
        self.texts.iter().map(String::as_str)
    }

    /// Merges tags into the document's top-level `tags` (see
    /// [`merge_tags`]); marks the body changed when it did.
    pub fn merge_tags(
        &mut self,
        add: &[String],
        replace_prefix: &str,
        create_if_missing: bool,
    ) -> TagMerge {
        let outcome = merge_tags(&mut self.document, add, replace_prefix, create_if_missing);
        if matches!(outcome, TagMerge::Merged | TagMerge::Created) {
            self.changed = true;
        }
        outcome
    }

    /// The bytes to forward: the original bytes when nothing changed,
    /// otherwise the document serialised compactly in key order.
    pub fn into_bytes(self) -> Cow<'a, [u8]> {
        if self.changed {
            // Serialising a `Value` to a Vec cannot fail: its keys are
            // strings and the writer is infallible.
            Cow::Owned(serde_json::to_vec(&self.document).unwrap_or_default())
        } else {
            Cow::Borrowed(self.original)
        }
    }
}

/// Merges `add` into `value`'s top-level `tags` array: tags starting with
/// `replace_prefix` (ASCII case-insensitive; nothing when empty) are removed,
/// the client's other tags keep their order, then each tag of `add` not
/// already present is appended. A `null` `tags` counts as an empty array.
/// Without `tags`, an array of `add` is created only if `create_if_missing`
/// (on a ticket update a new `tags` would replace the ticket's tag set).
pub fn merge_tags(
    value: &mut Value,
    add: &[String],
    replace_prefix: &str,
    create_if_missing: bool,
) -> TagMerge {
    let Some(object) = value.as_object_mut() else {
        return TagMerge::NotAnObject;
    };
    let existing = match object.get("tags") {
        None if !create_if_missing => return TagMerge::Missing,
        None => None,
        Some(Value::Null) => Some(Vec::new()),
        Some(Value::Array(items)) => Some(items.clone()),
        Some(_) => return TagMerge::NotAnArray,
    };
    let has_prefix = |tag: &str| {
        !replace_prefix.is_empty()
            && tag.len() >= replace_prefix.len()
            && tag.is_char_boundary(replace_prefix.len())
            && tag[..replace_prefix.len()].eq_ignore_ascii_case(replace_prefix)
    };
    let mut tags: Vec<Value> = existing
        .clone()
        .unwrap_or_default()
        .into_iter()
        .filter(|t| !t.as_str().is_some_and(has_prefix))
        .collect();
    for tag in add {
        let present = tags
            .iter()
            .any(|t| t.as_str().is_some_and(|s| s.eq_ignore_ascii_case(tag)));
        if !present {
            tags.push(Value::String(tag.clone()));
        }
    }
    let created = existing.is_none();
    let unchanged = !created && object.get("tags") == Some(&Value::Array(tags.clone()));
    if unchanged {
        return TagMerge::Unchanged;
    }
    object.insert("tags".to_string(), Value::Array(tags));
    if created {
        TagMerge::Created
    } else {
        TagMerge::Merged
    }
}

/// Scrubs a JSON body for `route` under `policy` (see the module docs).
pub fn scrub_json<'a>(
    bytes: &'a [u8],
    route: &dyn FieldRoles,
    policy: &FieldPolicy,
    scrubber: &dyn FieldScrubber,
    limits: &JsonLimits,
) -> Result<JsonScrubbed<'a>, BodyError> {
    let mut document = parse(bytes, limits)?;
    if !document.is_object() {
        return Err(BodyError::JsonNotObject);
    }
    let mut known = KnownBuilder::default();
    let mut path = Vec::new();
    collect_known(&document, &mut path, None, route, &mut known);
    let mut walker = Walker {
        route,
        policy,
        scrubber,
        known: known.finish(),
        changed: false,
        fields: Vec::new(),
        edits: Vec::new(),
        texts: Vec::new(),
    };
    walker.walk(&mut document, &mut path, Inherited::default())?;
    Ok(JsonScrubbed {
        original: bytes,
        document,
        changed: walker.changed,
        fields: walker.fields,
        edits: walker.edits,
        known: walker.known,
        texts: walker.texts,
    })
}

// ---------------------------------------------------------------------------
// Parsing: a strict `Value` builder (depth limit, duplicate keys).

/// An owned path step, for walking a document that is being rewritten.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Step {
    Key(String),
    Index(usize),
}

fn view(path: &[Step]) -> Vec<PathSegment<'_>> {
    path.iter()
        .map(|s| match s {
            Step::Key(k) => PathSegment::Key(k),
            Step::Index(i) => PathSegment::Index(*i),
        })
        .collect()
}

fn path_string(path: &[Step]) -> String {
    format_path(&view(path))
}

enum ParseFailure {
    TooDeep,
    DuplicateKey(String),
}

struct ParseCtx {
    max_depth: usize,
    path: RefCell<Vec<Step>>,
    failure: RefCell<Option<ParseFailure>>,
}

impl ParseCtx {
    fn fail<E: serde::de::Error>(&self, failure: ParseFailure) -> E {
        *self.failure.borrow_mut() = Some(failure);
        E::custom("rejected by the JSON walker")
    }
}

#[derive(Clone, Copy)]
struct ValueSeed<'c> {
    ctx: &'c ParseCtx,
    depth: usize,
}

impl<'de> DeserializeSeed<'de> for ValueSeed<'_> {
    type Value = Value;

    fn deserialize<D: serde::Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ValueSeed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }

    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }

    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }

    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_string()))
    }

    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }

    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        let depth = self.depth + 1;
        if depth > self.ctx.max_depth {
            return Err(self.ctx.fail(ParseFailure::TooDeep));
        }
        let child = ValueSeed {
            ctx: self.ctx,
            depth,
        };
        let mut items = Vec::new();
        loop {
            self.ctx.path.borrow_mut().push(Step::Index(items.len()));
            let next = seq.next_element_seed(child);
            self.ctx.path.borrow_mut().pop();
            match next? {
                Some(item) => items.push(item),
                None => break,
            }
        }
        Ok(Value::Array(items))
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        let depth = self.depth + 1;
        if depth > self.ctx.max_depth {
            return Err(self.ctx.fail(ParseFailure::TooDeep));
        }
        let child = ValueSeed {
            ctx: self.ctx,
            depth,
        };
        let mut map = Map::new();
        while let Some(key) = access.next_key::<String>()? {
            if map.contains_key(&key) {
                let mut path = self.ctx.path.borrow().clone();
                path.push(Step::Key(key));
                let path = path_string(&path);
                return Err(self.ctx.fail(ParseFailure::DuplicateKey(path)));
            }
            self.ctx.path.borrow_mut().push(Step::Key(key.clone()));
            let value = access.next_value_seed(child);
            self.ctx.path.borrow_mut().pop();
            map.insert(key, value?);
        }
        Ok(Value::Object(map))
    }
}

fn parse(bytes: &[u8], limits: &JsonLimits) -> Result<Value, BodyError> {
    if bytes.len() > limits.max_bytes {
        return Err(BodyError::JsonTooLarge {
            size: bytes.len(),
            limit: limits.max_bytes,
        });
    }
    let max_depth = limits.max_depth.min(PARSER_DEPTH_LIMIT);
    let ctx = ParseCtx {
        max_depth,
        path: RefCell::new(Vec::new()),
        failure: RefCell::new(None),
    };
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let result = ValueSeed {
        ctx: &ctx,
        depth: 0,
    }
    .deserialize(&mut deserializer)
    .and_then(|value| deserializer.end().map(|()| value));
    match (result, ctx.failure.into_inner()) {
        (Ok(value), _) => Ok(value),
        (Err(_), Some(ParseFailure::TooDeep)) => Err(BodyError::JsonTooDeep { limit: max_depth }),
        (Err(_), Some(ParseFailure::DuplicateKey(path))) => {
            Err(BodyError::JsonDuplicateKey { path })
        }
        (Err(e), None) if e.to_string().starts_with("recursion limit exceeded") => {
            Err(BodyError::JsonTooDeep { limit: max_depth })
        }
        (Err(e), None) => Err(BodyError::JsonSyntax(e)),
    }
}

// ---------------------------------------------------------------------------
// Pass 1: known values.

#[derive(Default)]
struct KnownBuilder {
    name: Option<String>,
    email: Option<String>,
    phone: Option<String>,
    mobile: Option<String>,
    emails: Vec<String>,
}

impl KnownBuilder {
    fn add(&mut self, role: Role, value: &str) {
        let value = value.trim();
        if value.is_empty() {
            return;
        }
        let slot = match role {
            Role::Identity(IdentityKind::Name) => &mut self.name,
            Role::Identity(IdentityKind::Email) => &mut self.email,
            Role::Identity(IdentityKind::Phone) => &mut self.phone,
            Role::Identity(IdentityKind::Mobile) => &mut self.mobile,
            Role::Identity(IdentityKind::OtherEmail) | Role::ThirdParty => {
                let seen = self.emails.iter().any(|e| e.eq_ignore_ascii_case(value));
                if !seen && self.emails.len() < MAX_KNOWN_EMAILS {
                    self.emails.push(value.to_string());
                }
                return;
            }
            _ => return,
        };
        if slot.is_none() {
            *slot = Some(value.to_string());
        }
    }

    fn finish(self) -> KnownValues {
        let email = self.email;
        let emails = self
            .emails
            .into_iter()
            .filter(|e| !email.as_deref().is_some_and(|p| p.eq_ignore_ascii_case(e)))
            .collect();
        KnownValues {
            name: self.name,
            email,
            phone: self.phone.or(self.mobile),
            emails,
        }
    }
}

fn collect_known(
    value: &Value,
    path: &mut Vec<Step>,
    inherited: Option<Role>,
    route: &dyn FieldRoles,
    out: &mut KnownBuilder,
) {
    let role = if path.is_empty() {
        None
    } else {
        route.field_for(&view(path)).map(|f| f.role)
    }
    .or(inherited);
    match value {
        Value::String(s) => {
            if let Some(role) = role {
                out.add(role, s);
            }
        }
        Value::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(Step::Index(i));
                collect_known(item, path, role, route, out);
                path.pop();
            }
        }
        Value::Object(map) => {
            for (k, v) in map {
                path.push(Step::Key(k.clone()));
                collect_known(v, path, role, route, out);
                path.pop();
            }
        }
        _ => {}
    }
}

// ---------------------------------------------------------------------------
// Pass 2: scrubbing.

/// What a path is to get.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Treatment {
    Keep,
    Scan { html: bool },
    Redact { category: Option<Category> },
    Drop,
}

/// The override and route role in force above a node.
#[derive(Debug, Clone, Copy, Default)]
struct Inherited {
    action: Option<FieldAction>,
    role: Option<Role>,
}

struct Walker<'w> {
    route: &'w dyn FieldRoles,
    policy: &'w FieldPolicy,
    scrubber: &'w dyn FieldScrubber,
    known: KnownValues,
    changed: bool,
    fields: Vec<FieldReport>,
    edits: Vec<FieldEdit>,
    texts: Vec<String>,
}

fn role_category(role: Option<Role>) -> Option<Category> {
    match role? {
        Role::Identity(IdentityKind::Name) => Some(Category::PersonName),
        Role::Identity(IdentityKind::Email | IdentityKind::OtherEmail) | Role::ThirdParty => {
            Some(Category::Email)
        }
        Role::Identity(IdentityKind::Phone | IdentityKind::Mobile) => Some(Category::Phone),
        _ => None,
    }
}

/// The custom field key a path lies under (`custom_fields.<key>...`).
fn custom_field_key(path: &[Step]) -> Option<&str> {
    path.windows(2).rev().find_map(|w| match w {
        [Step::Key(parent), Step::Key(key)] if parent == "custom_fields" => Some(key.as_str()),
        _ => None,
    })
}

impl Walker<'_> {
    fn resolve(&self, path: &[Step], inherited: Inherited) -> (Inherited, Treatment) {
        let segments = view(path);
        let direct_override = self
            .policy
            .overrides
            .iter()
            .filter(|(s, _)| s.matches(&segments))
            .max_by_key(|(s, _)| s.specificity())
            .map(|(_, a)| *a);
        let direct_role = self.route.field_for(&segments).map(|f| f.role);
        let now = Inherited {
            action: direct_override.or(inherited.action),
            role: direct_role.or(inherited.role),
        };
        let treatment = match now.action {
            Some(FieldAction::Keep) => Treatment::Keep,
            Some(FieldAction::Scan) => Treatment::Scan { html: false },
            Some(FieldAction::ScanHtml) => Treatment::Scan { html: true },
            Some(FieldAction::Redact) => Treatment::Redact {
                category: role_category(now.role),
            },
            Some(FieldAction::Drop) => Treatment::Drop,
            None => self.role_treatment(path, now.role),
        };
        (now, treatment)
    }

    fn role_treatment(&self, path: &[Step], role: Option<Role>) -> Treatment {
        let whole = |action: WholeFieldAction| match action {
            WholeFieldAction::Keep => Treatment::Keep,
            WholeFieldAction::Redact => Treatment::Redact {
                category: role_category(role),
            },
            WholeFieldAction::Drop => Treatment::Drop,
        };
        match role {
            Some(Role::FreeText { html }) => match custom_field_key(path) {
                Some(key) if !self.policy.custom_fields.includes(key) => Treatment::Keep,
                _ => Treatment::Scan { html },
            },
            Some(Role::Identity(_)) => whole(self.policy.identity),
            Some(Role::ThirdParty) => whole(self.policy.third_party),
            Some(Role::Attachment | Role::Tags) | None => Treatment::Keep,
        }
    }

    /// Walks `value` at `path`; returns false when the node is to be removed.
    fn walk(
        &mut self,
        value: &mut Value,
        path: &mut Vec<Step>,
        inherited: Inherited,
    ) -> Result<bool, BodyError> {
        let (now, treatment) = if path.is_empty() {
            (inherited, Treatment::Keep)
        } else {
            self.resolve(path, inherited)
        };
        if treatment == Treatment::Drop {
            self.changed = true;
            self.edits.push(FieldEdit {
                path: path_string(path),
                action: FieldAction::Drop,
                category: role_category(now.role),
            });
            return Ok(false);
        }
        match value {
            Value::Object(map) => {
                let mut dropped = Vec::new();
                for (key, child) in map.iter_mut() {
                    path.push(Step::Key(key.clone()));
                    let keep = self.walk(child, path, now)?;
                    path.pop();
                    if !keep {
                        dropped.push(key.clone());
                    }
                }
                for key in dropped {
                    map.shift_remove(&key);
                }
            }
            Value::Array(items) => {
                let mut keep = Vec::with_capacity(items.len());
                for (i, item) in items.iter_mut().enumerate() {
                    path.push(Step::Index(i));
                    keep.push(self.walk(item, path, now)?);
                    path.pop();
                }
                let mut flags = keep.into_iter();
                items.retain(|_| flags.next().unwrap_or(true));
            }
            Value::String(text) => match treatment {
                Treatment::Scan { html } => self.scan(text, path, html)?,
                Treatment::Redact { category } => {
                    *value = Value::String(self.redact(text, path, category));
                }
                Treatment::Keep | Treatment::Drop => {}
            },
            Value::Number(_) | Value::Bool(_) => {
                if let Treatment::Redact { category } = treatment {
                    let text = value.to_string();
                    *value = Value::String(self.redact(&text, path, category));
                }
            }
            Value::Null => {}
        }
        Ok(true)
    }

    fn scan(&mut self, text: &mut String, path: &[Step], html: bool) -> Result<(), BodyError> {
        let path = path_string(path);
        let scrubbed = self
            .scrubber
            .scrub(&path, text, html, &self.known)
            .map_err(|source| BodyError::JsonField {
                path: path.clone(),
                source: Box::new(source),
            })?;
        if scrubbed.output != *text {
            *text = scrubbed.output;
            self.changed = true;
        }
        self.texts.push(text.clone());
        if !scrubbed.findings.is_empty() || !scrubbed.records.is_empty() {
            self.fields.push(FieldReport {
                path,
                findings: scrubbed.findings,
                records: scrubbed.records,
            });
        }
        Ok(())
    }

    fn redact(&mut self, text: &str, path: &[Step], category: Option<Category>) -> String {
        let path = path_string(path);
        let (replacement, record) = self.scrubber.redact_value(&path, text, category);
        self.changed = true;
        if let Some(record) = record {
            self.fields.push(FieldReport {
                path: path.clone(),
                findings: Vec::new(),
                records: vec![record],
            });
        }
        self.edits.push(FieldEdit {
            path,
            action: FieldAction::Redact,
            category,
        });
        replacement
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::freshdesk::routes::{match_route, Route};

    fn route(method: &str, path: &str) -> &'static Route {
        match_route(method, path).expect("route exists")
    }

    /// Upper-cases every scanned field; HTML fields get a marker.
    fn upper(_: &str, text: &str, html: bool, _: &KnownValues) -> Result<Scrubbed, BodyError> {
        let output = if html {
            format!("{}<!--h-->", text.to_uppercase())
        } else {
            text.to_uppercase()
        };
        Ok(Scrubbed {
            output,
            ..Scrubbed::default()
        })
    }

    fn run(body: &str, policy: &FieldPolicy) -> Result<(String, bool), BodyError> {
        let create = route("POST", "/api/v2/tickets");
        let out = scrub_json(
            body.as_bytes(),
            create,
            policy,
            &upper,
            &JsonLimits::default(),
        )?;
        let changed = out.changed();
        let bytes = out.into_bytes();
        Ok((
            String::from_utf8(bytes.into_owned()).expect("utf-8"),
            changed,
        ))
    }

    #[test]
    fn scans_free_text_by_role_and_leaves_the_rest() {
        let body = r#"{"subject":"hi","description":"<p>x</p>","email":"a@b.se","status":2,"custom_fields":{"cf_a":"note","cf_n":5,"cf_b":true},"tags":["t"]}"#;
        let (out, changed) = run(body, &FieldPolicy::default()).expect("scrubs");
        assert!(changed);
        assert_eq!(
            out,
            r#"{"subject":"HI","description":"<P>X</P><!--h-->","email":"a@b.se","status":2,"custom_fields":{"cf_a":"NOTE","cf_n":5,"cf_b":true},"tags":["t"]}"#
        );
    }

    #[test]
    fn unchanged_bodies_keep_their_bytes() {
        let body = "{ \"status\" : 2.50, \"priority\":1e0,\n \"subject\":\"\\u0041BC\" }";
        let (out, changed) = run(body, &FieldPolicy::default()).expect("scrubs");
        assert!(!changed);
        assert_eq!(out, body);
    }

    #[test]
    fn free_text_arrays_and_objects_are_scanned_inside() {
        let body = r#"{"custom_fields":{"cf_multi":["a",{"b":"c"}]}}"#;
        let (out, _) = run(body, &FieldPolicy::default()).expect("scrubs");
        assert_eq!(out, r#"{"custom_fields":{"cf_multi":["A",{"b":"C"}]}}"#);
    }

    #[test]
    fn policy_redacts_and_drops_whole_fields() {
        let policy = FieldPolicy {
            identity: WholeFieldAction::Redact,
            third_party: WholeFieldAction::Drop,
            ..FieldPolicy::default()
        };
        let body =
            r#"{"email":"a@b.se","name":"Ann","requester_id":7,"cc_emails":["c@d.se"],"status":2}"#;
        let (out, _) = run(body, &policy).expect("scrubs");
        assert_eq!(
            out,
            r#"{"email":"[email]","name":"[person_name]","requester_id":"[redacted]","status":2}"#
        );
    }

    #[test]
    fn overrides_win_and_cover_subtrees() {
        let selector = |text: &str| Selector::parse(text).expect("selector");
        let policy = FieldPolicy {
            custom_fields: CustomFieldScan::Only(vec!["cf_a".into(), "cf_b".into()]),
            overrides: [
                (selector("custom_fields.cf_b"), FieldAction::Keep),
                (selector("subject"), FieldAction::Drop),
                (selector("extra"), FieldAction::ScanHtml),
            ]
            .into_iter()
            .collect(),
            ..FieldPolicy::default()
        };
        let body = r#"{"subject":"s","custom_fields":{"cf_a":"a","cf_b":"b","cf_c":"c"},"extra":{"x":"y"}}"#;
        let (out, _) = run(body, &policy).expect("scrubs");
        assert_eq!(
            out,
            r#"{"custom_fields":{"cf_a":"A","cf_b":"b","cf_c":"c"},"extra":{"x":"Y<!--h-->"}}"#
        );
    }

    #[test]
    fn known_values_come_from_identity_fields() {
        let seen = RefCell::new(None);
        let scrubber = |_: &str, text: &str, _: bool, known: &KnownValues| {
            *seen.borrow_mut() = Some(known.clone());
            Ok(Scrubbed {
                output: text.to_string(),
                ..Scrubbed::default()
            })
        };
        let body = r#"{"name":" Ann Andersson ","email":"ann@x.se","mobile":"+46 70 1","cc_emails":["b@x.se","ANN@x.se","b@x.se"],"subject":"s"}"#;
        let create = route("POST", "/api/v2/tickets");
        scrub_json(
            body.as_bytes(),
            create,
            &FieldPolicy::default(),
            &scrubber,
            &JsonLimits::default(),
        )
        .expect("scrubs");
        let known = seen.into_inner().expect("scrubber called");
        assert_eq!(known.name.as_deref(), Some("Ann Andersson"));
        assert_eq!(known.email.as_deref(), Some("ann@x.se"));
        assert_eq!(known.phone.as_deref(), Some("+46 70 1"));
        assert_eq!(known.emails, ["b@x.se"]);
    }

    #[test]
    fn limits_and_bad_input_fail_closed() {
        let deep = format!("{{\"a\":{}1{}}}", "[".repeat(70), "]".repeat(70));
        assert!(matches!(
            run(&deep, &FieldPolicy::default()),
            Err(BodyError::JsonTooDeep { limit: 64 })
        ));
        let deeper = format!("{{\"a\":{}1{}}}", "[".repeat(200), "]".repeat(200));
        let limits = JsonLimits {
            max_depth: 1000,
            ..JsonLimits::default()
        };
        let create = route("POST", "/api/v2/tickets");
        let err = scrub_json(
            deeper.as_bytes(),
            create,
            &FieldPolicy::default(),
            &upper,
            &limits,
        )
        .unwrap_err();
        assert!(
            matches!(err, BodyError::JsonTooDeep { limit: 127 }),
            "{err:?}"
        );
        for bad in ["", "{", "{\"a\":1,}", "{\"a\":1} x", "nul"] {
            assert!(
                matches!(
                    run(bad, &FieldPolicy::default()),
                    Err(BodyError::JsonSyntax(_))
                ),
                "{bad:?}"
            );
        }
        for not_object in ["[]", "\"x\"", "3", "null"] {
            assert!(matches!(
                run(not_object, &FieldPolicy::default()),
                Err(BodyError::JsonNotObject)
            ));
        }
        let dup = run(r#"{"a":{"b":1,"b":2}}"#, &FieldPolicy::default()).unwrap_err();
        assert!(
            matches!(&dup, BodyError::JsonDuplicateKey { path } if path == "a.b"),
            "{dup:?}"
        );
        let small = JsonLimits {
            max_bytes: 4,
            ..JsonLimits::default()
        };
        assert!(matches!(
            scrub_json(
                b"{\"a\":1}",
                create,
                &FieldPolicy::default(),
                &upper,
                &small
            ),
            Err(BodyError::JsonTooLarge { size: 7, limit: 4 })
        ));
    }

    #[test]
    fn scrubber_errors_name_the_path_not_the_value() {
        let failing = |_: &str, _: &str, _: bool, _: &KnownValues| -> Result<Scrubbed, BodyError> {
            Err(BodyError::SourceMap)
        };
        let create = route("POST", "/api/v2/tickets");
        let err = scrub_json(
            br#"{"description":"secret 4111"}"#,
            create,
            &FieldPolicy::default(),
            &failing,
            &JsonLimits::default(),
        )
        .unwrap_err();
        let message = err.to_string();
        assert!(message.contains("description"), "{message}");
        assert!(!message.contains("4111"), "{message}");
    }

    #[test]
    fn tags_merge_replacing_the_prefix() {
        let mut v: Value =
            serde_json::from_str(r#"{"tags":["a","Retention:old","b"]}"#).expect("json");
        let add = ["retention:30d".to_string()];
        assert_eq!(
            merge_tags(&mut v, &add, "retention:", false),
            TagMerge::Merged
        );
        assert_eq!(v["tags"], serde_json::json!(["a", "b", "retention:30d"]));
        assert_eq!(
            merge_tags(&mut v, &add, "retention:", false),
            TagMerge::Unchanged
        );
        let mut none: Value = serde_json::from_str(r#"{"subject":"s"}"#).expect("json");
        assert_eq!(
            merge_tags(&mut none, &add, "retention:", false),
            TagMerge::Missing
        );
        assert_eq!(none.get("tags"), None);
        assert_eq!(
            merge_tags(&mut none, &add, "retention:", true),
            TagMerge::Created
        );
        assert_eq!(none["tags"], serde_json::json!(["retention:30d"]));
        let mut null: Value = serde_json::from_str(r#"{"tags":null}"#).expect("json");
        assert_eq!(
            merge_tags(&mut null, &add, "retention:", false),
            TagMerge::Merged
        );
        let mut odd: Value = serde_json::from_str(r#"{"tags":"a,b"}"#).expect("json");
        assert_eq!(
            merge_tags(&mut odd, &add, "retention:", true),
            TagMerge::NotAnArray
        );
        let mut arr = serde_json::json!([1]);
        assert_eq!(
            merge_tags(&mut arr, &add, "retention:", true),
            TagMerge::NotAnObject
        );
    }

    #[test]
    fn merging_tags_marks_the_body_changed() {
        let create = route("POST", "/api/v2/tickets");
        let body = br#"{"status": 2, "tags": ["x"]}"#;
        let mut out = scrub_json(
            body,
            create,
            &FieldPolicy::default(),
            &upper,
            &JsonLimits::default(),
        )
        .expect("scrubs");
        assert!(!out.changed());
        out.merge_tags(&["retention:standard".into()], "retention:", false);
        assert!(out.changed());
        assert_eq!(
            out.into_bytes().as_ref(),
            br#"{"status":2,"tags":["x","retention:standard"]}"#
        );
    }

    #[test]
    fn debug_output_hides_values() {
        let create = route("POST", "/api/v2/tickets");
        let out = scrub_json(
            br#"{"name":"Ann Secret","subject":"Ann Secret"}"#,
            create,
            &FieldPolicy::default(),
            &upper,
            &JsonLimits::default(),
        )
        .expect("scrubs");
        let shown = format!("{out:?}");
        assert!(!shown.to_lowercase().contains("secret"), "{shown}");
    }
}
