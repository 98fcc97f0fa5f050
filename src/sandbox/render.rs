//! Stored records → Freshdesk response objects.
//!
//! Member order follows the API reference's samples, blank members are
//! `null` rather than omitted (as Freshdesk does), and `description_text` /
//! `body_text` are derived from the HTML here, so the plain-text copy can
//! never disagree with what is stored.

use serde_json::{json, Map, Value};

use super::config::AttachmentSizeField;
use super::store::{Attachment, Contact, Conversation, Store, Ticket};
use super::time;

/// The id the sandbox uses for its single agent (replies and notes).
pub const AGENT_ID: u64 = 1;
/// The support address replies are sent from.
pub const SUPPORT_EMAIL: &str = "support@sandbox.freshdesk.com";

/// Rendering settings for one answer.
#[derive(Debug, Clone)]
pub struct Render {
    /// Scheme, host and port used in URLs.
    pub base_url: String,
    /// Which member carries an attachment's size.
    pub size_field: AttachmentSizeField,
}

fn get(fields: &Map<String, Value>, key: &str) -> Value {
    fields.get(key).cloned().unwrap_or(Value::Null)
}

fn get_or(fields: &Map<String, Value>, key: &str, default: Value) -> Value {
    match fields.get(key) {
        Some(Value::Null) | None => default,
        Some(v) => v.clone(),
    }
}

impl Render {
    /// The absolute URL of an API path (`/api/v2/…`).
    pub fn url(&self, path: &str) -> String {
        format!("{}{}", self.base_url, path)
    }

    /// An attachment object.
    pub fn attachment(&self, a: &Attachment) -> Value {
        let mut m = Map::new();
        m.insert("id".into(), a.id.into());
        m.insert("name".into(), a.name.clone().into());
        m.insert("content_type".into(), a.content_type.clone().into());
        m.insert(
            self.size_field.as_str().into(),
            (a.bytes.len() as u64).into(),
        );
        m.insert(
            "attachment_url".into(),
            self.url(&format!(
                "/sandbox/attachments/{}/{}",
                a.id,
                url_segment(&a.name)
            ))
            .into(),
        );
        m.insert("created_at".into(), time::format(a.created_at).into());
        m.insert("updated_at".into(), time::format(a.created_at).into());
        Value::Object(m)
    }

    fn attachments(&self, store: &Store, ids: &[u64]) -> Value {
        ids.iter()
            .filter_map(|id| store.attachments.get(id))
            .map(|a| self.attachment(a))
            .collect()
    }

    /// A ticket object (without embedded resources).
    pub fn ticket(&self, store: &Store, t: &Ticket) -> Value {
        let f = &t.fields;
        let description = get_or(f, "description", Value::String(String::new()));
        let description_text = html_to_text(description.as_str().unwrap_or(""));
        let mut m = Map::new();
        for key in [
            "cc_emails",
            "fwd_emails",
            "reply_cc_emails",
            "ticket_cc_emails",
        ] {
            m.insert(key.into(), get_or(f, key, json!([])));
        }
        m.insert("fr_escalated".into(), false.into());
        m.insert("spam".into(), get_or(f, "spam", false.into()));
        for key in ["email_config_id", "group_id", "priority"] {
            m.insert(key.into(), get(f, key));
        }
        m.insert("requester_id".into(), t.requester_id.into());
        for key in ["responder_id", "source", "company_id", "status", "subject"] {
            m.insert(key.into(), get(f, key));
        }
        m.insert("association_type".into(), Value::Null);
        m.insert("support_email".into(), Value::Null);
        m.insert("to_emails".into(), Value::Null);
        m.insert("product_id".into(), get(f, "product_id"));
        m.insert("id".into(), t.id.into());
        m.insert("type".into(), get(f, "type"));
        m.insert(
            "due_by".into(),
            get_or(f, "due_by", time::format(t.created_at + 3 * 86_400).into()),
        );
        m.insert(
            "fr_due_by".into(),
            get_or(f, "fr_due_by", time::format(t.created_at + 86_400).into()),
        );
        m.insert("is_escalated".into(), false.into());
        m.insert("description".into(), description);
        m.insert("description_text".into(), description_text.into());
        m.insert(
            "custom_fields".into(),
            get_or(f, "custom_fields", json!({})),
        );
        m.insert("created_at".into(), time::format(t.created_at).into());
        m.insert("updated_at".into(), time::format(t.updated_at).into());
        m.insert("tags".into(), get_or(f, "tags", json!([])));
        m.insert(
            "attachments".into(),
            self.attachments(store, &t.attachments),
        );
        m.insert("deleted".into(), t.deleted.into());
        for key in ["parent_id", "related_ticket_ids"] {
            if let Some(v) = f.get(key) {
                m.insert(key.into(), v.clone());
            }
        }
        Value::Object(m)
    }

    /// The `requester` embedded by `include=requester`.
    pub fn requester(&self, store: &Store, t: &Ticket) -> Value {
        match store.contacts.get(&t.requester_id) {
            Some(c) => json!({
                "id": c.id,
                "name": get(&c.fields, "name"),
                "email": get(&c.fields, "email"),
                "mobile": get(&c.fields, "mobile"),
                "phone": get(&c.fields, "phone"),
            }),
            None => Value::Null,
        }
    }

    /// The `stats` embedded by `include=stats`.
    pub fn stats(&self, store: &Store, t: &Ticket) -> Value {
        let first_reply = store
            .conversations_of(t.id)
            .into_iter()
            .find(|c| !c.note)
            .map(|c| time::format(c.created_at));
        let status = t.fields.get("status").and_then(Value::as_i64);
        let at = |s: i64| (status == Some(s)).then(|| time::format(t.updated_at));
        json!({
            "agent_responded_at": first_reply,
            "requester_responded_at": null,
            "first_responded_at": first_reply,
            "status_updated_at": time::format(t.updated_at),
            "reopened_at": null,
            "resolved_at": at(4),
            "closed_at": at(5),
            "pending_since": at(3),
        })
    }

    /// A conversation object.
    pub fn conversation(&self, store: &Store, c: &Conversation) -> Value {
        let f = &c.fields;
        let body = get_or(f, "body", Value::String(String::new()));
        let body_text = html_to_text(body.as_str().unwrap_or(""));
        let requester_email = store
            .tickets
            .get(&c.ticket_id)
            .and_then(|t| store.contacts.get(&t.requester_id))
            .and_then(|ct| ct.fields.get("email").cloned())
            .filter(|v| !v.is_null());
        let mut m = Map::new();
        m.insert("body".into(), body);
        m.insert("body_text".into(), body_text.into());
        m.insert("id".into(), c.id.into());
        m.insert("incoming".into(), get_or(f, "incoming", false.into()));
        m.insert("private".into(), get_or(f, "private", (c.note).into()));
        m.insert("user_id".into(), get_or(f, "user_id", AGENT_ID.into()));
        m.insert(
            "support_email".into(),
            if c.note {
                Value::Null
            } else {
                SUPPORT_EMAIL.into()
            },
        );
        m.insert("source".into(), if c.note { 2 } else { 0 }.into());
        m.insert("category".into(), if c.note { 2 } else { 3 }.into());
        m.insert("ticket_id".into(), c.ticket_id.into());
        if c.note {
            m.insert("to_emails".into(), get_or(f, "notify_emails", json!([])));
            m.insert("from_email".into(), Value::Null);
            m.insert("cc_emails".into(), json!([]));
            m.insert("bcc_emails".into(), json!([]));
            m.insert("notified_to".into(), get_or(f, "notify_emails", json!([])));
        } else {
            let to: Vec<Value> = requester_email.into_iter().collect();
            m.insert("to_emails".into(), Value::Array(to.clone()));
            m.insert(
                "from_email".into(),
                get_or(f, "from_email", SUPPORT_EMAIL.into()),
            );
            let cc = get_or(f, "cc_emails", json!([]));
            let bcc = get_or(f, "bcc_emails", json!([]));
            let mut replied: Vec<Value> = to;
            for list in [&cc, &bcc] {
                replied.extend(list.as_array().into_iter().flatten().cloned());
            }
            m.insert("cc_emails".into(), cc);
            m.insert("bcc_emails".into(), bcc);
            m.insert("replied_to".into(), Value::Array(replied));
        }
        m.insert(
            "attachments".into(),
            self.attachments(store, &c.attachments),
        );
        m.insert(
            "last_edited_at".into(),
            c.last_edited_at.map(time::format).into(),
        );
        m.insert(
            "last_edited_user_id".into(),
            if c.last_edited_at.is_some() {
                Value::from(AGENT_ID)
            } else {
                Value::Null
            },
        );
        m.insert("created_at".into(), time::format(c.created_at).into());
        m.insert("updated_at".into(), time::format(c.updated_at).into());
        Value::Object(m)
    }

    /// A contact object.
    pub fn contact(&self, c: &Contact) -> Value {
        let f = &c.fields;
        let mut m = Map::new();
        m.insert("active".into(), false.into());
        for key in ["address", "company_id", "description", "email"] {
            m.insert(key.into(), get(f, key));
        }
        m.insert("id".into(), c.id.into());
        m.insert("job_title".into(), get(f, "job_title"));
        m.insert("language".into(), get_or(f, "language", "en".into()));
        for key in ["mobile", "name", "phone"] {
            m.insert(key.into(), get(f, key));
        }
        m.insert(
            "time_zone".into(),
            get_or(f, "time_zone", "Eastern Time (US & Canada)".into()),
        );
        m.insert("twitter_id".into(), get(f, "twitter_id"));
        m.insert("unique_external_id".into(), get(f, "unique_external_id"));
        m.insert("other_emails".into(), get_or(f, "other_emails", json!([])));
        m.insert("other_companies".into(), json!([]));
        m.insert(
            "custom_fields".into(),
            get_or(f, "custom_fields", json!({})),
        );
        m.insert("tags".into(), get_or(f, "tags", json!([])));
        m.insert("avatar".into(), Value::Null);
        m.insert(
            "view_all_tickets".into(),
            get_or(f, "view_all_tickets", false.into()),
        );
        m.insert("deleted".into(), c.deleted.into());
        m.insert("created_at".into(), time::format(c.created_at).into());
        m.insert("updated_at".into(), time::format(c.updated_at).into());
        Value::Object(m)
    }
}

/// Percent-encodes a filename for use as one URL path segment.
pub fn url_segment(name: &str) -> String {
    let mut out = String::new();
    for b in name.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    if out.is_empty() {
        out.push_str("file");
    }
    out
}

/// The plain-text copy of an HTML body: tags dropped, line breaks kept for
/// `<br>` and block ends, the common entities decoded, whitespace trimmed.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(lt) = rest.find('<') {
        out.push_str(&rest[..lt]);
        let Some(gt) = rest[lt..].find('>') else {
            out.push_str(&rest[lt..]);
            rest = "";
            break;
        };
        let tag = rest[lt + 1..lt + gt].trim().to_ascii_lowercase();
        let name: String = tag
            .trim_start_matches('/')
            .chars()
            .take_while(|c| c.is_ascii_alphanumeric())
            .collect();
        let closing = tag.starts_with('/');
        if name == "br"
            || (closing
                && matches!(
                    name.as_str(),
                    "p" | "div" | "li" | "tr" | "h1" | "h2" | "h3"
                ))
        {
            out.push('\n');
        }
        rest = &rest[lt + gt + 1..];
    }
    out.push_str(rest);
    decode_entities(&out).trim().to_owned()
}

fn decode_entities(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        let after = &rest[amp + 1..];
        let end = after.find(';').filter(|e| *e <= 10);
        let decoded = end.and_then(|e| {
            let name = &after[..e];
            let c = match name {
                "amp" => Some('&'),
                "lt" => Some('<'),
                "gt" => Some('>'),
                "quot" => Some('"'),
                "apos" => Some('\''),
                "nbsp" => Some(' '),
                _ => name
                    .strip_prefix("#x")
                    .or_else(|| name.strip_prefix("#X"))
                    .and_then(|h| u32::from_str_radix(h, 16).ok())
                    .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
                    .and_then(char::from_u32),
            }?;
            Some((c, e))
        });
        match decoded {
            Some((c, e)) => {
                out.push(c);
                rest = &after[e + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn html_to_text_strips_tags_and_decodes() {
        assert_eq!(
            html_to_text("<div>Hello <b>Ann</b> &amp; Bob</div><p>line&#33;<br>two</p>"),
            "Hello Ann & Bob\nline!\ntwo"
        );
        assert_eq!(html_to_text("a < b & c"), "a < b & c");
        assert_eq!(url_segment("my file ü.txt"), "my%20file%20%C3%BC.txt");
    }
}
