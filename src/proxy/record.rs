//! What the proxy writes to the ledger per content request, and the pieces
//! that feed it: request ids, ticket and conversation ids, and the
//! buffering of the upstream's answer until the record is durable.
//!
//! * **Request id.** The client's `X-Request-Id` when it is a plain token
//!   (1–64 of `A-Z a-z 0-9 - _ . :`), so a caller can find its own
//!   requests; otherwise one generated here (`hd-<16 hex>-<n>`: a random
//!   per-process prefix and a counter). It names the request in the log
//!   span and the ledger. Headers are forwarded unchanged both ways, so the
//!   upstream's own `X-Request-Id` reaches the client as it was.
//! * **Ids.** Ticket and conversation ids come from the path where the
//!   route has `{id}` and from the upstream's JSON answer otherwise:
//!   creates (`tickets.create`, `tickets.outbound_email`) take the ticket id
//!   from the answer's `id`; replies, notes and forwards take the ticket id
//!   from the path and the conversation id from the answer's `id`;
//!   `conversations.update` takes the conversation id from the path and the
//!   ticket id from the answer's `ticket_id`. Bulk updates, merges and
//!   contact routes carry no single ticket id.
//! * **Answer buffering.** Where the ids come from the answer, its body is
//!   read whole (at most [`ANSWER_CAP`] bytes, within
//!   `timeouts.upstream_response`), parsed, and then sent on byte for byte.
//!   A larger, slower or broken answer is not held back: what was read is
//!   sent followed by the rest of the stream, and the record goes without
//!   the id.

use std::hash::{BuildHasher, Hasher};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::Duration;

use bytes::{Bytes, BytesMut};
use futures_util::StreamExt;
use http::HeaderMap;
use http_body_util::{BodyExt, BodyStream, Full, StreamBody};
use hyper::body::Frame;
use serde_json::Value;

use super::{BoxError, ProxyBody};
use crate::audit::{AuditRecordDraft, Outcome};
use crate::freshdesk::routes::{Resource, Route};
use crate::ticket::ScrubReport;

/// Largest upstream answer read whole to find the ids (content routes
/// answer with one small JSON object).
pub(super) const ANSWER_CAP: usize = 1024 * 1024;

/// Longest client-supplied request id adopted.
const MAX_CLIENT_ID: usize = 64;

/// Generates request ids, or adopts the client's.
#[derive(Debug)]
pub(super) struct RequestIds {
    prefix: u64,
    next: AtomicU64,
}

impl RequestIds {
    pub(super) fn new() -> RequestIds {
        // A random 64-bit prefix per process (std's hasher keys are random).
        let mut hasher = std::collections::hash_map::RandomState::new().build_hasher();
        hasher.write_u64(u64::from(std::process::id()));
        RequestIds {
            prefix: hasher.finish(),
            next: AtomicU64::new(1),
        }
    }

    /// The id of a request with these headers.
    pub(super) fn for_request(&self, headers: &HeaderMap) -> String {
        let sent = headers
            .get("x-request-id")
            .and_then(|v| v.to_str().ok())
            .filter(|v| is_plain_token(v));
        match sent {
            Some(id) => id.to_string(),
            None => format!(
                "hd-{:016x}-{}",
                self.prefix,
                self.next.fetch_add(1, Ordering::Relaxed)
            ),
        }
    }
}

fn is_plain_token(v: &str) -> bool {
    (1..=MAX_CLIENT_ID).contains(&v.len())
        && v.bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.' | b':'))
}

/// The ledger record of one content request, filled in as it is handled.
#[derive(Debug)]
pub(super) struct Audit {
    route: &'static Route,
    method: String,
    request_id: String,
    path_id: Option<u64>,
    /// What became of the request (forwarded until decided otherwise).
    pub(super) outcome: Outcome,
    /// What scrubbing found and did, once known.
    pub(super) report: Option<ScrubReport>,
    /// The upstream's status, if it answered.
    pub(super) upstream_status: Option<u16>,
    answer_id: Option<u64>,
    answer_ticket_id: Option<u64>,
}

impl Audit {
    pub(super) fn new(
        route: &'static Route,
        method: &http::Method,
        path: &str,
        request_id: String,
    ) -> Audit {
        let path_id = route.id_in(path).and_then(leading_number);
        Audit {
            route,
            method: method.as_str().to_string(),
            request_id,
            path_id,
            outcome: Outcome::Forwarded,
            report: None,
            upstream_status: None,
            answer_id: None,
            answer_ticket_id: None,
        }
    }

    /// Whether an id comes from the upstream's answer.
    pub(super) fn needs_answer(&self) -> bool {
        match self.route.resource {
            Resource::Ticket => self.path_id.is_none(),
            Resource::Conversation => true,
            Resource::Tickets | Resource::Contact => false,
        }
    }

    /// Takes the ids from the upstream's answer (a JSON object).
    pub(super) fn read_answer(&mut self, body: &[u8]) {
        let Ok(Value::Object(answer)) = serde_json::from_slice::<Value>(body) else {
            return;
        };
        self.answer_id = answer.get("id").and_then(Value::as_u64);
        self.answer_ticket_id = answer.get("ticket_id").and_then(Value::as_u64);
    }

    /// Whether conversation ids are in the path (`/conversations/{id}`)
    /// rather than ticket ids (`/tickets/{id}/reply`).
    fn path_names_conversation(&self) -> bool {
        self.route.resource == Resource::Conversation
            && self.route.pattern.starts_with("/api/v2/conversations/")
    }

    /// The ticket id: from the path where it has one, else from the answer.
    pub(super) fn ticket_id(&self) -> Option<u64> {
        match self.route.resource {
            Resource::Ticket => self.path_id.or(self.answer_id),
            Resource::Conversation if self.path_names_conversation() => self.answer_ticket_id,
            Resource::Conversation => self.path_id.or(self.answer_ticket_id),
            Resource::Tickets | Resource::Contact => None,
        }
    }

    /// The conversation id, when known.
    pub(super) fn conversation_id(&self) -> Option<u64> {
        match self.route.resource {
            Resource::Conversation if self.path_names_conversation() => {
                self.path_id.or(self.answer_id)
            }
            Resource::Conversation => self.answer_id,
            _ => None,
        }
    }

    /// The route's name, for metrics.
    pub(super) fn route_name(&self) -> &'static str {
        self.route.name
    }

    /// The record's draft.
    pub(super) fn draft(&self, policy_version: &str) -> AuditRecordDraft {
        let mut draft = AuditRecordDraft::new(
            self.request_id.clone(),
            self.method.clone(),
            self.route.pattern,
            self.outcome.clone(),
            policy_version,
        );
        draft.ticket_id = self.ticket_id();
        draft.conversation_id = self.conversation_id();
        draft.upstream_status = self.upstream_status;
        if let Some(report) = &self.report {
            draft = draft.with_findings(&report.records);
            if let Some(decision) = &report.retention {
                draft = draft.with_retention(decision);
            }
        }
        draft
    }
}

/// The number a path segment starts with (`42`, `42.json`).
fn leading_number(segment: &str) -> Option<u64> {
    let end = segment
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(segment.len());
    segment[..end].parse().ok()
}

/// Reads `body` whole if it ends within `cap` bytes and `timeout`. Returns
/// the body to send on (the same bytes, then whatever was not read) and the
/// whole body when it was read completely.
pub(super) async fn buffer_answer(
    mut body: ProxyBody,
    cap: usize,
    timeout: Duration,
) -> (ProxyBody, Option<Bytes>) {
    let mut frames: Vec<Frame<Bytes>> = Vec::new();
    let mut data = BytesMut::new();
    let mut trailers = false;
    let deadline = tokio::time::sleep(timeout);
    tokio::pin!(deadline);
    loop {
        tokio::select! {
            frame = body.frame() => match frame {
                None => {
                    if !trailers {
                        let bytes = data.freeze();
                        let whole = Full::new(bytes.clone())
                            .map_err(|never| match never {})
                            .boxed_unsync();
                        return (whole, Some(bytes));
                    }
                    let bytes = frames
                        .iter()
                        .filter_map(Frame::data_ref)
                        .fold(BytesMut::new(), |mut all, d| {
                            all.extend_from_slice(d);
                            all
                        })
                        .freeze();
                    let replay = futures_util::stream::iter(frames.into_iter().map(Ok::<_, BoxError>));
                    return (StreamBody::new(replay).boxed_unsync(), Some(bytes));
                }
                Some(Ok(frame)) => {
                    match frame.data_ref() {
                        Some(d) => {
                            let over = data.len() + d.len() > cap;
                            if !over {
                                data.extend_from_slice(d);
                            }
                            frames.push(frame);
                            if over {
                                break;
                            }
                        }
                        None => {
                            trailers = true;
                            frames.push(frame);
                        }
                    }
                }
                Some(Err(error)) => {
                    let replay = futures_util::stream::iter(frames.into_iter().map(Ok))
                        .chain(futures_util::stream::once(async move { Err(error) }));
                    return (StreamBody::new(replay).boxed_unsync(), None);
                }
            },
            () = &mut deadline => break,
        }
    }
    // Too large or too slow: send what was read, then the rest as it comes.
    let replay = futures_util::stream::iter(frames.into_iter().map(Ok::<_, BoxError>))
        .chain(BodyStream::new(body));
    (StreamBody::new(replay).boxed_unsync(), None)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::freshdesk::routes::match_route;

    fn audit(method: &str, path: &str) -> Audit {
        let route = match_route(method, path).expect("content route");
        let method: http::Method = method.parse().expect("method");
        Audit::new(route, &method, path, "r-1".into())
    }

    #[test]
    fn ids_come_from_the_path_or_the_answer() {
        let mut create = audit("POST", "/api/v2/tickets");
        assert!(create.needs_answer());
        create.read_answer(br#"{"id": 42, "subject": "x"}"#);
        assert_eq!(
            (create.ticket_id(), create.conversation_id()),
            (Some(42), None)
        );

        let update = audit("PUT", "/api/v2/tickets/7.json");
        assert!(!update.needs_answer());
        assert_eq!(update.ticket_id(), Some(7));

        let mut reply = audit("POST", "/api/v2/tickets/7/reply");
        reply.read_answer(br#"{"id": 900, "ticket_id": 7}"#);
        assert_eq!(
            (reply.ticket_id(), reply.conversation_id()),
            (Some(7), Some(900))
        );

        let mut edit = audit("PUT", "/api/v2/conversations/900");
        edit.read_answer(br#"{"id": 900, "ticket_id": 7}"#);
        assert_eq!(
            (edit.ticket_id(), edit.conversation_id()),
            (Some(7), Some(900))
        );

        let contact = audit("PUT", "/api/v2/contacts/5");
        assert_eq!(contact.ticket_id(), None);
        assert_eq!(contact.draft("v").route, "/api/v2/contacts/{id}");
    }

    #[test]
    fn request_ids_are_adopted_only_when_plain() {
        let ids = RequestIds::new();
        let mut headers = HeaderMap::new();
        let a = ids.for_request(&headers);
        let b = ids.for_request(&headers);
        assert!(a.starts_with("hd-") && a != b);
        headers.insert("x-request-id", "abc-123".parse().expect("value"));
        assert_eq!(ids.for_request(&headers), "abc-123");
        headers.insert("x-request-id", "jane@example.org".parse().expect("value"));
        assert!(ids.for_request(&headers).starts_with("hd-"));
    }

    #[tokio::test]
    async fn answers_are_sent_on_unchanged() {
        let body = Full::new(Bytes::from_static(b"{\"id\":1}"))
            .map_err(|never| match never {})
            .boxed_unsync();
        let (body, whole) = buffer_answer(body, 1024, Duration::from_secs(1)).await;
        assert_eq!(whole.as_deref(), Some(&b"{\"id\":1}"[..]));
        let sent = BodyExt::collect(body).await.expect("body").to_bytes();
        assert_eq!(&sent[..], b"{\"id\":1}");

        let big = Bytes::from(vec![b'x'; 5000]);
        let body = Full::new(big.clone())
            .map_err(|never| match never {})
            .boxed_unsync();
        let (body, whole) = buffer_answer(body, 1024, Duration::from_secs(1)).await;
        assert!(whole.is_none());
        let sent = BodyExt::collect(body).await.expect("body").to_bytes();
        assert_eq!(sent, big);
    }
}
