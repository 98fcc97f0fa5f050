//! The route table: content-carrying v2 endpoints and their fields' roles.
//!
//! Every Freshdesk v2 write that carries ticket or contact content is listed
//! here, with a [`Role`] for each field that matters: free text to scan
//! (plain or HTML), identity fields of the requester (kept by default, and
//! their values become the request's known values), third-party addresses,
//! attachments and tags. Anything not in the table is a pass-through route:
//! its body is forwarded untouched.
//!
//! The table is data, not code, so the body walkers stay generic: they ask a
//! [`Route`] which role a path has and act on the role. It is built once, on
//! first use, from selector strings that a unit test checks.
//!
//! Matching leans toward scanning. A false match only means a body that the
//! helpdesk would refuse anyway is scanned; a missed match would forward
//! personal data. So [`match_route`] ignores ASCII case, repeated slashes, a
//! trailing slash, percent-encoded characters and a `.json` format suffix,
//! and a `PUT` route also answers `PATCH` (Rails-style servers route both to
//! `update`). `{id}` matches a run of ASCII digits only, which keeps
//! `PUT /api/v2/tickets/merge` apart from `PUT /api/v2/tickets/{id}`.

use std::sync::LazyLock;

use crate::selector::{parse_part_name, PathSegment, Selector};
pub use crate::selector::{Field, FieldRoles, IdentityKind, Role};

/// What kind of object a route writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Resource {
    /// A ticket (create, update, outbound email, summary).
    Ticket,
    /// A conversation on a ticket (reply, note, forward, edit).
    Conversation,
    /// Several tickets at once (bulk update, merge).
    Tickets,
    /// A contact.
    Contact,
}

/// A content-carrying endpoint.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Route {
    /// Stable name for logs and metrics (`tickets.create`).
    pub name: &'static str,
    /// The HTTP method (`POST`, `PUT`).
    pub method: &'static str,
    /// The path pattern, `{id}` standing for a numeric id.
    pub pattern: &'static str,
    /// What the route writes.
    pub resource: Resource,
    /// True when the body may carry the ticket's `tags`, so retention tags
    /// can be merged into it.
    pub retention_tags: bool,
    /// The fields with a role. Paths matched by no field are left alone.
    pub fields: Vec<Field>,
}

impl FieldRoles for Route {
    fn field_for(&self, path: &[PathSegment<'_>]) -> Option<&Field> {
        Route::field_for(self, path)
    }
}

impl Route {
    /// True for routes that create or update one ticket and receive
    /// retention tags.
    pub fn is_ticket_route(&self) -> bool {
        self.resource == Resource::Ticket && self.retention_tags
    }

    /// The field whose selector matches `path` exactly, if any. When several
    /// match, the most specific wins (ties go to the earlier entry).
    pub fn field_for(&self, path: &[PathSegment<'_>]) -> Option<&Field> {
        let mut best: Option<&Field> = None;
        for field in &self.fields {
            if field.selector.matches(path)
                && best.is_none_or(|b| field.selector.specificity() > b.selector.specificity())
            {
                best = Some(field);
            }
        }
        best
    }

    /// The role of `path`: the role of the deepest field that matches the
    /// path or one of its ancestors (a field's role covers its subtree).
    pub fn role_for(&self, path: &[PathSegment<'_>]) -> Option<Role> {
        (1..=path.len())
            .rev()
            .find_map(|len| self.field_for(&path[..len]))
            .map(|f| f.role)
    }

    /// The role of a multipart part by its name (`custom_fields[cf_x]`,
    /// `tags[]`, `attachments[]`), under the same rules as [`Route::role_for`].
    pub fn role_for_part(&self, name: &str) -> Option<Role> {
        parse_part_name(name).and_then(|path| self.role_for(&path))
    }

    /// The `{id}` of a path that matches this route (digits only).
    pub fn id_in<'p>(&self, path: &'p str) -> Option<&'p str> {
        let position = pattern_segments(self.pattern).position(|s| s == "{id}")?;
        let segments: Vec<&str> = path_segments(path).collect();
        segments
            .get(position)
            .copied()
            .filter(|s| is_id(s))
            .filter(|_| self.matches_path(path))
    }

    fn matches_method(&self, method: &str) -> bool {
        method.eq_ignore_ascii_case(self.method)
            || (self.method == "PUT" && method.eq_ignore_ascii_case("PATCH"))
    }

    fn matches_path(&self, path: &str) -> bool {
        let mut want = pattern_segments(self.pattern);
        let mut got = path_segments(path);
        loop {
            match (want.next(), got.next()) {
                (None, None) => return true,
                (Some("{id}"), Some(seg)) => {
                    if !is_id(seg) && !is_id(&decode(seg)) {
                        return false;
                    }
                }
                (Some(w), Some(seg)) => {
                    let seg = decode(seg);
                    let seg = if want.clone().next().is_none() {
                        strip_json_suffix(&seg)
                    } else {
                        &seg
                    };
                    if !w.eq_ignore_ascii_case(seg) {
                        return false;
                    }
                }
                _ => return false,
            }
        }
    }
}

fn is_id(s: &str) -> bool {
    let s = strip_json_suffix(s);
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

fn strip_json_suffix(s: &str) -> &str {
    let n = s.len();
    if n > 5 && s.is_char_boundary(n - 5) && s[n - 5..].eq_ignore_ascii_case(".json") {
        &s[..n - 5]
    } else {
        s
    }
}

fn pattern_segments(pattern: &str) -> impl Iterator<Item = &str> + Clone {
    pattern.split('/').filter(|s| !s.is_empty())
}

/// The path's segments: query and fragment cut off, empty segments (repeated
/// or trailing slashes) skipped.
fn path_segments(path: &str) -> impl Iterator<Item = &str> {
    let end = path.find(['?', '#']).unwrap_or(path.len());
    path[..end].split('/').filter(|s| !s.is_empty())
}

/// Percent-decodes a path segment (invalid escapes and non-UTF-8 results are
/// kept as written).
fn decode(segment: &str) -> std::borrow::Cow<'_, str> {
    if !segment.contains('%') {
        return segment.into();
    }
    let bytes = segment.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = std::str::from_utf8(&bytes[i + 1..i + 3]).ok();
            if let Some(b) = hex.and_then(|h| u8::from_str_radix(h, 16).ok()) {
                out.push(b);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    match String::from_utf8(out) {
        Ok(s) => s.into(),
        Err(_) => segment.into(),
    }
}

/// The route for a request, or `None` for a pass-through route. `path` is
/// the request path; a query string, if left on, is ignored.
pub fn match_route(method: &str, path: &str) -> Option<&'static Route> {
    ROUTES
        .iter()
        .find(|r| r.matches_method(method) && r.matches_path(path))
}

/// Every content-carrying route.
pub fn routes() -> &'static [Route] {
    &ROUTES
}

static ROUTES: LazyLock<Vec<Route>> = LazyLock::new(build_routes);

use IdentityKind::*;
use Role::{Attachment, FreeText, Identity, Tags, ThirdParty};

const PLAIN: Role = FreeText { html: false };
const HTML: Role = FreeText { html: true };

/// Fields of a ticket body (create, update, outbound email).
const TICKET_FIELDS: &[(&str, Role)] = &[
    ("subject", PLAIN),
    ("description", HTML),
    (
        "structured_description.description_contents[].data.content",
        PLAIN,
    ),
    ("custom_fields.*", PLAIN),
    ("name", Identity(Name)),
    ("email", Identity(Email)),
    ("phone", Identity(Phone)),
    ("mobile", Identity(Mobile)),
    ("twitter_id", Identity(Handle)),
    ("facebook_id", Identity(Handle)),
    ("unique_external_id", Identity(Handle)),
    ("requester_id", Identity(Handle)),
    ("cc_emails", ThirdParty),
    ("bcc_emails", ThirdParty),
    ("fwd_emails", ThirdParty),
    ("reply_cc_emails", ThirdParty),
    ("to_emails", ThirdParty),
    ("attachments", Attachment),
    ("tags", Tags),
];

/// Fields of a conversation body (reply, note, forward, edit).
const CONVERSATION_FIELDS: &[(&str, Role)] = &[
    ("body", HTML),
    ("structured_body.description_contents[].data.content", PLAIN),
    ("cc_emails", ThirdParty),
    ("bcc_emails", ThirdParty),
    ("to_emails", ThirdParty),
    ("notify_emails", ThirdParty),
    ("attachments", Attachment),
];

/// Fields of a contact body.
const CONTACT_FIELDS: &[(&str, Role)] = &[
    ("name", Identity(Name)),
    ("email", Identity(Email)),
    ("other_emails", Identity(OtherEmail)),
    ("phone", Identity(Phone)),
    ("mobile", Identity(Mobile)),
    ("twitter_id", Identity(Handle)),
    ("facebook_id", Identity(Handle)),
    ("unique_external_id", Identity(Handle)),
    ("address", Identity(Handle)),
    ("description", PLAIN),
    ("job_title", PLAIN),
    ("custom_fields.*", PLAIN),
    ("avatar", Attachment),
    ("tags", Tags),
];

/// Fields of a bulk update: a reply to every ticket and shared properties.
const BULK_UPDATE_FIELDS: &[(&str, Role)] = &[
    ("bulk_action.reply.body", HTML),
    ("bulk_action.reply.cc_emails", ThirdParty),
    ("bulk_action.reply.bcc_emails", ThirdParty),
    ("bulk_action.properties.*", PLAIN),
    ("bulk_action.properties.tags", Tags),
];

/// Fields of a merge: the notes left on the primary and secondary tickets.
const MERGE_FIELDS: &[(&str, Role)] = &[
    ("note_in_primary.body", HTML),
    ("note_in_secondary.body", HTML),
];

/// Fields of a ticket summary (the body field name is not documented; both
/// plausible names are scanned).
const SUMMARY_FIELDS: &[(&str, Role)] = &[("body", HTML), ("summary", HTML)];

fn build_routes() -> Vec<Route> {
    use Resource::*;
    let route = |name, method, pattern, resource, retention_tags, fields: &[(&str, Role)]| Route {
        name,
        method,
        pattern,
        resource,
        retention_tags,
        fields: fields
            .iter()
            .map(|&(s, role)| Field {
                // The table is static data checked by a unit test.
                selector: Selector::parse(s).expect("route table selectors are valid"),
                role,
            })
            .collect(),
    };
    vec![
        route(
            "tickets.create",
            "POST",
            "/api/v2/tickets",
            Ticket,
            true,
            TICKET_FIELDS,
        ),
        route(
            "tickets.outbound_email",
            "POST",
            "/api/v2/tickets/outbound_email",
            Ticket,
            true,
            TICKET_FIELDS,
        ),
        route(
            "tickets.bulk_update",
            "POST",
            "/api/v2/tickets/bulk_update",
            Tickets,
            false,
            BULK_UPDATE_FIELDS,
        ),
        route(
            "tickets.merge",
            "PUT",
            "/api/v2/tickets/merge",
            Tickets,
            false,
            MERGE_FIELDS,
        ),
        route(
            "tickets.update",
            "PUT",
            "/api/v2/tickets/{id}",
            Ticket,
            true,
            TICKET_FIELDS,
        ),
        route(
            "tickets.summary",
            "PUT",
            "/api/v2/tickets/{id}/summary",
            Ticket,
            false,
            SUMMARY_FIELDS,
        ),
        route(
            "tickets.reply",
            "POST",
            "/api/v2/tickets/{id}/reply",
            Conversation,
            false,
            CONVERSATION_FIELDS,
        ),
        route(
            "tickets.forward",
            "POST",
            "/api/v2/tickets/{id}/forward",
            Conversation,
            false,
            CONVERSATION_FIELDS,
        ),
        route(
            "tickets.reply_to_forward",
            "POST",
            "/api/v2/tickets/{id}/reply_to_forward",
            Conversation,
            false,
            CONVERSATION_FIELDS,
        ),
        route(
            "tickets.notes",
            "POST",
            "/api/v2/tickets/{id}/notes",
            Conversation,
            false,
            CONVERSATION_FIELDS,
        ),
        route(
            "conversations.update",
            "PUT",
            "/api/v2/conversations/{id}",
            Conversation,
            false,
            CONVERSATION_FIELDS,
        ),
        route(
            "contacts.create",
            "POST",
            "/api/v2/contacts",
            Contact,
            false,
            CONTACT_FIELDS,
        ),
        route(
            "contacts.update",
            "PUT",
            "/api/v2/contacts/{id}",
            Contact,
            false,
            CONTACT_FIELDS,
        ),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::selector::PathSegment::{Index, Key};

    fn name(method: &str, path: &str) -> Option<&'static str> {
        match_route(method, path).map(|r| r.name)
    }

    #[test]
    fn the_table_builds_and_names_are_unique() {
        let names: std::collections::HashSet<_> = routes().iter().map(|r| r.name).collect();
        assert_eq!(names.len(), routes().len());
        assert_eq!(routes().len(), 13);
    }

    #[test]
    fn matches_every_content_route() {
        let cases = [
            ("POST", "/api/v2/tickets", "tickets.create"),
            ("PUT", "/api/v2/tickets/42", "tickets.update"),
            (
                "POST",
                "/api/v2/tickets/outbound_email",
                "tickets.outbound_email",
            ),
            ("POST", "/api/v2/tickets/42/forward", "tickets.forward"),
            ("POST", "/api/v2/tickets/42/reply", "tickets.reply"),
            (
                "POST",
                "/api/v2/tickets/42/reply_to_forward",
                "tickets.reply_to_forward",
            ),
            ("POST", "/api/v2/tickets/42/notes", "tickets.notes"),
            ("PUT", "/api/v2/conversations/7", "conversations.update"),
            ("PUT", "/api/v2/tickets/merge", "tickets.merge"),
            ("POST", "/api/v2/contacts", "contacts.create"),
            ("PUT", "/api/v2/contacts/9", "contacts.update"),
            ("POST", "/api/v2/tickets/bulk_update", "tickets.bulk_update"),
            ("PUT", "/api/v2/tickets/42/summary", "tickets.summary"),
        ];
        for (method, path, want) in cases {
            assert_eq!(name(method, path), Some(want), "{method} {path}");
        }
    }

    #[test]
    fn reads_and_other_endpoints_pass_through() {
        for (method, path) in [
            ("GET", "/api/v2/tickets/1"),
            ("GET", "/api/v2/tickets"),
            ("GET", "/api/v2/search/tickets"),
            ("POST", "/api/v2/search/tickets"),
            ("DELETE", "/api/v2/tickets/1"),
            ("PUT", "/api/v2/tickets/1/restore"),
            ("POST", "/api/v2/tickets/bulk_delete"),
            ("GET", "/api/v2/tickets/1/conversations"),
            ("PUT", "/api/v2/tickets"),
            ("PUT", "/api/v2/tickets/abc"),
            ("POST", "/api/v2/tickets/1"),
            ("GET", "/api/v2/contacts/1"),
            ("POST", "/api/v2/tickets/1/reply/extra"),
            ("POST", "/api/v1/tickets"),
        ] {
            assert_eq!(name(method, path), None, "{method} {path}");
        }
    }

    #[test]
    fn reply_is_not_update() {
        assert_eq!(
            name("POST", "/api/v2/tickets/1/reply"),
            Some("tickets.reply")
        );
        assert_eq!(name("PUT", "/api/v2/tickets/1/reply"), None);
    }

    #[test]
    fn tolerates_harmless_path_variations() {
        for path in [
            "/api/v2/tickets/",
            "/api/v2/tickets?include=requester",
            "//api/v2//tickets",
            "/API/V2/Tickets",
            "/api/v2/tickets.json",
            "/api/v2/ticket%73",
        ] {
            assert_eq!(name("POST", path), Some("tickets.create"), "{path}");
        }
        assert_eq!(name("PUT", "/api/v2/tickets/42/"), Some("tickets.update"));
        assert_eq!(
            name("PUT", "/api/v2/tickets/42.json"),
            Some("tickets.update")
        );
        assert_eq!(name("PATCH", "/api/v2/tickets/42"), Some("tickets.update"));
        assert_eq!(name("post", "/api/v2/tickets"), Some("tickets.create"));
    }

    #[test]
    fn extracts_the_id() {
        let route = match_route("POST", "/api/v2/tickets/42/reply").expect("reply");
        assert_eq!(route.id_in("/api/v2/tickets/42/reply"), Some("42"));
        let create = match_route("POST", "/api/v2/tickets").expect("create");
        assert_eq!(create.id_in("/api/v2/tickets"), None);
    }

    #[test]
    fn ticket_routes_receive_retention_tags() {
        let tagged: Vec<_> = routes()
            .iter()
            .filter(|r| r.is_ticket_route())
            .map(|r| r.name)
            .collect();
        assert_eq!(
            tagged,
            ["tickets.create", "tickets.outbound_email", "tickets.update"]
        );
    }

    #[test]
    fn roles_cover_subtrees_and_prefer_specific_fields() {
        let create = match_route("POST", "/api/v2/tickets").expect("create");
        assert_eq!(create.role_for(&[Key("subject")]), Some(PLAIN));
        assert_eq!(create.role_for(&[Key("description")]), Some(HTML));
        assert_eq!(
            create.role_for(&[Key("custom_fields"), Key("cf_notes")]),
            Some(PLAIN)
        );
        assert_eq!(
            create.role_for(&[Key("cc_emails"), Index(0)]),
            Some(ThirdParty)
        );
        assert_eq!(create.role_for(&[Key("email")]), Some(Identity(Email)));
        assert_eq!(create.role_for(&[Key("status")]), None);
        assert_eq!(create.role_for_part("custom_fields[cf_a]"), Some(PLAIN));
        assert_eq!(create.role_for_part("tags[]"), Some(Tags));
        assert_eq!(create.role_for_part("cc_emails[]"), Some(ThirdParty));
        assert_eq!(create.role_for_part("attachments[]"), Some(Attachment));
        let bulk = match_route("POST", "/api/v2/tickets/bulk_update").expect("bulk");
        assert_eq!(
            bulk.role_for(&[Key("bulk_action"), Key("properties"), Key("tags"), Index(0)]),
            Some(Tags)
        );
        assert_eq!(
            bulk.role_for(&[Key("bulk_action"), Key("properties"), Key("subject")]),
            Some(PLAIN)
        );
        assert_eq!(
            bulk.role_for(&[Key("bulk_action"), Key("ids"), Index(0)]),
            None
        );
    }
}
