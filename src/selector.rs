//! Field selectors: names for fields inside a request body.
//!
//! A selector such as `description`, `custom_fields.*`,
//! `attachments[].name` or `cc_emails[]` names a set of places in a JSON
//! document or a set of `multipart/form-data` part names. The route table
//! ([`crate::freshdesk::routes`]) uses selectors to give each field a role,
//! and operators use them in configuration to override a field's treatment,
//! so one small grammar serves both:
//!
//! ```text
//! selector := segment ( "." segment )*
//! segment  := ( name | "*" ) "[]"*
//! name     := [A-Za-z0-9_-]+
//! ```
//!
//! * `name` matches the object member with exactly that key;
//! * `*` matches any one object member (not array elements);
//! * `[]` matches any element of an array (any index in JSON, a repeated
//!   `name[]` part in multipart).
//!
//! Selectors are matched against *concrete* paths ([`PathSegment`]s): keys and
//! indices for JSON, keys and `[]` markers for multipart part names. Matching
//! is exact in length; whether a match also covers the subtree below is the
//! caller's decision (see [`Selector::matches_prefix_of`]).
//!
//! This module depends on nothing else in the crate: it is plain data with a
//! parser, so configuration, the route table and every body walker can share
//! it without pulling each other in.

use std::fmt;
use std::str::FromStr;

/// One step of a [`Selector`].
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Segment {
    /// An object member with exactly this key.
    Key(String),
    /// Any one object member (`*`).
    AnyKey,
    /// Any element of an array (`[]`).
    Each,
}

/// A parsed field selector such as `attachments[].name`.
///
/// `Display` prints the canonical form, which parses back to an equal
/// selector. Serde reads and writes the same string form, so configuration
/// files can name selectors.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Selector {
    segments: Vec<Segment>,
}

/// One step of a concrete path into a body.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PathSegment<'a> {
    /// An object member (JSON) or a bracketed name (multipart).
    Key(&'a str),
    /// A JSON array index.
    Index(usize),
    /// A multipart `[]` suffix: "one more element of this array".
    Append,
}

/// Why a selector string was refused. Selector strings come from
/// configuration and the route table, never from request data.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SelectorError {
    /// The selector is empty.
    #[error("empty field selector")]
    Empty,
    /// Two dots in a row, or a dot at the start or the end.
    #[error("field selector `{selector}` has an empty segment at byte {position}")]
    EmptySegment {
        /// The selector as written.
        selector: String,
        /// Byte offset of the empty segment.
        position: usize,
    },
    /// A character outside `[A-Za-z0-9_-]`, `*`, `.`, `[]`.
    #[error(
        "field selector `{selector}` has an unexpected character {found:?} at byte {position}"
    )]
    UnexpectedChar {
        /// The selector as written.
        selector: String,
        /// The offending character.
        found: char,
        /// Byte offset of the character.
        position: usize,
    },
    /// A `[` not followed directly by `]` (indices such as `[0]` are not
    /// selectors: use `[]`).
    #[error("field selector `{selector}` has `[` without `]` at byte {position} (only `[]` is supported)")]
    BadBracket {
        /// The selector as written.
        selector: String,
        /// Byte offset of the `[`.
        position: usize,
    },
    /// `*` mixed with other characters in one segment (`cf_*`).
    #[error("field selector `{selector}`: `*` must be a whole segment (at byte {position})")]
    PartialWildcard {
        /// The selector as written.
        selector: String,
        /// Byte offset of the segment.
        position: usize,
    },
}

fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '-'
}

impl Selector {
    /// Parses a selector (see the module docs for the grammar).
    pub fn parse(text: &str) -> Result<Selector, SelectorError> {
        if text.is_empty() {
            return Err(SelectorError::Empty);
        }
        let mut segments = Vec::new();
        let mut position = 0;
        for part in text.split('.') {
            parse_segment(text, part, position, &mut segments)?;
            position += part.len() + 1;
        }
        Ok(Selector { segments })
    }

    /// The segments, in order.
    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// How specific the selector is: the number of literal keys. When several
    /// selectors match one path, the most specific wins.
    pub fn specificity(&self) -> usize {
        self.segments
            .iter()
            .filter(|s| matches!(s, Segment::Key(_)))
            .count()
    }

    /// True when the selector matches exactly this path (same length, each
    /// segment matching).
    pub fn matches(&self, path: &[PathSegment<'_>]) -> bool {
        self.segments.len() == path.len()
            && self
                .segments
                .iter()
                .zip(path)
                .all(|(s, p)| segment_matches(s, p))
    }

    /// True when the selector matches `path` or one of its ancestors, i.e.
    /// `path` lies inside a field the selector names.
    pub fn matches_prefix_of(&self, path: &[PathSegment<'_>]) -> bool {
        self.segments.len() <= path.len() && self.matches(&path[..self.segments.len()])
    }

    /// True when the selector matches a multipart part name exactly:
    /// `custom_fields[cf_x]` is the path `custom_fields.cf_x`, `tags[]` is
    /// `tags[]`. Unparsable part names match nothing.
    pub fn matches_part_name(&self, name: &str) -> bool {
        parse_part_name(name).is_some_and(|path| self.matches(&path))
    }
}

fn parse_segment(
    selector: &str,
    part: &str,
    position: usize,
    out: &mut Vec<Segment>,
) -> Result<(), SelectorError> {
    let name_end = part.find('[').unwrap_or(part.len());
    let (name, brackets) = part.split_at(name_end);
    if name.is_empty() {
        return Err(SelectorError::EmptySegment {
            selector: selector.to_string(),
            position,
        });
    }
    if name == "*" {
        out.push(Segment::AnyKey);
    } else {
        if let Some((i, c)) = name.char_indices().find(|&(_, c)| !is_name_char(c)) {
            if c == '*' {
                return Err(SelectorError::PartialWildcard {
                    selector: selector.to_string(),
                    position,
                });
            }
            return Err(SelectorError::UnexpectedChar {
                selector: selector.to_string(),
                found: c,
                position: position + i,
            });
        }
        out.push(Segment::Key(name.to_string()));
    }
    let mut rest = brackets;
    let mut at = position + name_end;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("[]") {
            out.push(Segment::Each);
            rest = after;
            at += 2;
        } else if rest.starts_with('[') {
            return Err(SelectorError::BadBracket {
                selector: selector.to_string(),
                position: at,
            });
        } else {
            let found = rest.chars().next().unwrap_or('?');
            return Err(SelectorError::UnexpectedChar {
                selector: selector.to_string(),
                found,
                position: at,
            });
        }
    }
    Ok(())
}

fn segment_matches(segment: &Segment, path: &PathSegment<'_>) -> bool {
    match (segment, path) {
        (Segment::Key(k), PathSegment::Key(p)) => k == p,
        (Segment::AnyKey, PathSegment::Key(_)) => true,
        (Segment::Each, PathSegment::Index(_) | PathSegment::Append) => true,
        _ => false,
    }
}

/// Splits a multipart part name into a path: `custom_fields[cf_x]` →
/// `custom_fields`, `cf_x`; `tags[]` → `tags`, `[]`;
/// `bulk_action[reply][body]` → three keys; `a[0]` → `a`, index 0.
/// Returns `None` for names that are not of that shape (an empty base, an
/// unclosed bracket, text after a bracket).
pub fn parse_part_name(name: &str) -> Option<Vec<PathSegment<'_>>> {
    let base_end = name.find('[').unwrap_or(name.len());
    let base = &name[..base_end];
    if base.is_empty() || base.contains(']') {
        return None;
    }
    let mut path = vec![PathSegment::Key(base)];
    let mut rest = &name[base_end..];
    while !rest.is_empty() {
        let inner_and_more = rest.strip_prefix('[')?;
        let close = inner_and_more.find(']')?;
        let inner = &inner_and_more[..close];
        if inner.contains('[') {
            return None;
        }
        path.push(if inner.is_empty() {
            PathSegment::Append
        } else if let Ok(i) = inner.parse::<usize>() {
            PathSegment::Index(i)
        } else {
            PathSegment::Key(inner)
        });
        rest = &inner_and_more[close + 1..];
    }
    Some(path)
}

/// Renders a concrete path for records and error messages:
/// `conversations[0].body`, `custom_fields.cf_notes`, `tags[]`.
///
/// Keys made only of `[A-Za-z0-9_-]` are written as is; any other key is
/// written quoted and escaped (`["a.b"]`) so that a path cannot carry
/// control characters or be confused with another path.
pub fn format_path(path: &[PathSegment<'_>]) -> String {
    let mut out = String::new();
    for (i, segment) in path.iter().enumerate() {
        match segment {
            PathSegment::Key(k) if !k.is_empty() && k.chars().all(is_name_char) => {
                if i > 0 {
                    out.push('.');
                }
                out.push_str(k);
            }
            PathSegment::Key(k) => {
                out.push('[');
                out.push_str(&format!("{k:?}"));
                out.push(']');
            }
            PathSegment::Index(n) => {
                out.push('[');
                out.push_str(&n.to_string());
                out.push(']');
            }
            PathSegment::Append => out.push_str("[]"),
        }
    }
    out
}

impl fmt::Display for Selector {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut first = true;
        for segment in &self.segments {
            match segment {
                Segment::Key(k) => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str(k)?;
                }
                Segment::AnyKey => {
                    if !first {
                        f.write_str(".")?;
                    }
                    f.write_str("*")?;
                }
                Segment::Each => f.write_str("[]")?,
            }
            first = false;
        }
        Ok(())
    }
}

impl FromStr for Selector {
    type Err = SelectorError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Selector::parse(s)
    }
}

impl serde::Serialize for Selector {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Selector {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Selector::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// Which requester identifier an identity field holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum IdentityKind {
    /// The requester's or contact's name.
    Name,
    /// The primary email address.
    Email,
    /// Further email addresses of the same person (`other_emails`).
    OtherEmail,
    /// A telephone number.
    Phone,
    /// A mobile number.
    Mobile,
    /// Any other identifier (`twitter_id`, `facebook_id`,
    /// `unique_external_id`, `requester_id`, `address`).
    Handle,
}

/// What a field is, for the walkers and the field policy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Role {
    /// Free text to scan and redact: `html` says whether the helpdesk
    /// renders it as HTML (descriptions, bodies) or keeps it as plain text
    /// (subjects, custom fields).
    FreeText {
        /// True for HTML fields.
        html: bool,
    },
    /// The requester's own identifiers: kept by default (the helpdesk needs
    /// them), and their values are looked for in the free text.
    Identity(IdentityKind),
    /// Addresses of other people (cc, to, bcc, notify, forward).
    ThirdParty,
    /// Uploaded files (`attachments[]`, `avatar`).
    Attachment,
    /// The ticket's or contact's tag list.
    Tags,
}

/// One field of a body: a selector and the role of what it selects.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Field {
    /// Where the field is.
    pub selector: Selector,
    /// What it is.
    pub role: Role,
}

/// Names the role of each field of a body. The helpdesk's route table
/// implements it; the body walkers only ask it, so they know nothing of
/// routes or HTTP.
pub trait FieldRoles {
    /// The field whose selector matches `path`, if any (the most specific
    /// when several match).
    fn field_for(&self, path: &[PathSegment<'_>]) -> Option<&Field>;
}

#[cfg(test)]
mod tests {
    use super::PathSegment::{Append, Index, Key};
    use super::*;

    fn sel(s: &str) -> Selector {
        Selector::parse(s).expect("selector parses")
    }

    #[test]
    fn parses_the_documented_selectors_and_round_trips() {
        for text in [
            "description",
            "subject",
            "custom_fields.*",
            "custom_fields.cf_notes",
            "attachments[].name",
            "conversations[].body",
            "bulk_action.reply.body",
            "structured_description.description_contents[].data.content",
            "note_in_primary.body",
            "cc_emails[]",
            "matrix[][]",
            "*",
            "a-b.c_d",
        ] {
            let s = sel(text);
            assert_eq!(s.to_string(), text);
            assert_eq!(sel(&s.to_string()), s);
        }
    }

    #[test]
    fn segments_are_what_the_text_says() {
        assert_eq!(
            sel("attachments[].name").segments(),
            [
                Segment::Key("attachments".into()),
                Segment::Each,
                Segment::Key("name".into())
            ]
        );
        assert_eq!(
            sel("custom_fields.*").segments(),
            [Segment::Key("custom_fields".into()), Segment::AnyKey]
        );
    }

    #[test]
    fn refuses_malformed_selectors_with_a_reason() {
        assert_eq!(Selector::parse(""), Err(SelectorError::Empty));
        for (text, position) in [(".a", 0), ("a.", 2), ("a..b", 2), ("[]", 0)] {
            assert_eq!(
                Selector::parse(text),
                Err(SelectorError::EmptySegment {
                    selector: text.into(),
                    position
                }),
                "{text}"
            );
        }
        assert!(matches!(
            Selector::parse("a[0]"),
            Err(SelectorError::BadBracket { position: 1, .. })
        ));
        assert!(matches!(
            Selector::parse("a[]x"),
            Err(SelectorError::UnexpectedChar { found: 'x', .. })
        ));
        assert!(matches!(
            Selector::parse("a b"),
            Err(SelectorError::UnexpectedChar {
                found: ' ',
                position: 1,
                ..
            })
        ));
        assert!(matches!(
            Selector::parse("custom_fields.cf_*"),
            Err(SelectorError::PartialWildcard { position: 14, .. })
        ));
        let message = Selector::parse("a[1]").unwrap_err().to_string();
        assert!(
            message.contains("a[1]") && message.contains("[]"),
            "{message}"
        );
    }

    #[test]
    fn matches_json_paths() {
        assert!(sel("description").matches(&[Key("description")]));
        assert!(!sel("description").matches(&[Key("description_text")]));
        assert!(!sel("description").matches(&[]));
        assert!(sel("custom_fields.*").matches(&[Key("custom_fields"), Key("cf_x")]));
        assert!(!sel("custom_fields.*").matches(&[Key("custom_fields"), Index(0)]));
        assert!(!sel("custom_fields.*").matches(&[Key("custom_fields")]));
        assert!(sel("custom_fields.cf_notes").matches(&[Key("custom_fields"), Key("cf_notes")]));
        assert!(!sel("custom_fields.cf_notes").matches(&[Key("custom_fields"), Key("cf_x")]));
        assert!(sel("attachments[].name").matches(&[Key("attachments"), Index(3), Key("name")]));
        assert!(!sel("attachments[].name").matches(&[Key("attachments"), Key("0"), Key("name")]));
        assert!(sel("cc_emails[]").matches(&[Key("cc_emails"), Index(0)]));
        assert!(!sel("cc_emails[]").matches(&[Key("cc_emails")]));
        assert!(
            sel("structured_description.description_contents[].data.content").matches(&[
                Key("structured_description"),
                Key("description_contents"),
                Index(1),
                Key("data"),
                Key("content")
            ])
        );
    }

    #[test]
    fn prefix_matching_covers_the_subtree() {
        let s = sel("cc_emails");
        assert!(s.matches_prefix_of(&[Key("cc_emails")]));
        assert!(s.matches_prefix_of(&[Key("cc_emails"), Index(2)]));
        assert!(!s.matches_prefix_of(&[Key("to_emails"), Index(2)]));
        assert!(!sel("a.b").matches_prefix_of(&[Key("a")]));
    }

    #[test]
    fn matches_multipart_part_names() {
        assert!(sel("custom_fields.cf_x").matches_part_name("custom_fields[cf_x]"));
        assert!(sel("custom_fields.*").matches_part_name("custom_fields[cf_x]"));
        assert!(!sel("custom_fields.*").matches_part_name("custom_fields[]"));
        assert!(sel("tags[]").matches_part_name("tags[]"));
        assert!(!sel("tags[]").matches_part_name("tags"));
        assert!(sel("cc_emails[]").matches_part_name("cc_emails[]"));
        assert!(sel("attachments[]").matches_part_name("attachments[]"));
        assert!(sel("description").matches_part_name("description"));
        assert!(sel("bulk_action.reply.body").matches_part_name("bulk_action[reply][body]"));
        assert!(sel("attachments[].name").matches_part_name("attachments[0][name]"));
        for bad in ["", "[x]", "a[b", "a[b]c", "a]", "a[[b]]"] {
            assert!(parse_part_name(bad).is_none(), "{bad}");
            assert!(!sel("a").matches_part_name(bad), "{bad}");
        }
    }

    #[test]
    fn parses_part_names() {
        assert_eq!(
            parse_part_name("custom_fields[cf_x]"),
            Some(vec![Key("custom_fields"), Key("cf_x")])
        );
        assert_eq!(parse_part_name("tags[]"), Some(vec![Key("tags"), Append]));
        assert_eq!(parse_part_name("a[2]"), Some(vec![Key("a"), Index(2)]));
    }

    #[test]
    fn formats_paths_safely() {
        assert_eq!(
            format_path(&[Key("conversations"), Index(0), Key("body")]),
            "conversations[0].body"
        );
        assert_eq!(format_path(&[Key("tags"), Append]), "tags[]");
        assert_eq!(format_path(&[Key("a.b"), Key("c")]), "[\"a.b\"].c");
        assert_eq!(format_path(&[Key("x"), Key("\n")]), "x[\"\\n\"]");
    }

    #[test]
    fn specificity_counts_literal_keys() {
        assert_eq!(sel("custom_fields.*").specificity(), 1);
        assert_eq!(sel("custom_fields.cf_notes").specificity(), 2);
        assert_eq!(sel("attachments[].name").specificity(), 2);
    }

    #[test]
    fn serde_uses_the_string_form() {
        let s: Selector = serde_json::from_str("\"attachments[].name\"").expect("deserialises");
        assert_eq!(s, sel("attachments[].name"));
        assert_eq!(
            serde_json::to_string(&s).expect("serialises"),
            "\"attachments[].name\""
        );
        let err = serde_json::from_str::<Selector>("\"a..b\"").unwrap_err();
        assert!(err.to_string().contains("empty segment"), "{err}");
        #[derive(serde::Deserialize)]
        struct Config {
            fields: Vec<Selector>,
        }
        let config: Config =
            toml::from_str("fields = [\"description\", \"custom_fields.*\"]").expect("toml");
        assert_eq!(config.fields.len(), 2);
    }
}
