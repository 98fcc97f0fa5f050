//! The one place errors become HTTP statuses.
//!
//! Every failure of a request is a [`RequestError`], classified by who
//! caused it:
//!
//! * **the client** (4xx): a body that cannot be parsed or scanned, over a
//!   limit, of an unsupported type, too slow. 400, 413 and 422 answer in the
//!   helpdesk's validation shape (`{"description":"Validation failed",
//!   "errors":[{"field","message","code"}]}`), so clients that already read
//!   Freshdesk's errors read ours; 415 and 408 use the flat shape
//!   (`{"code","message"}`), as Freshdesk's own 415 does.
//! * **the upstream** (502, 504): unreachable, failed, or too slow.
//! * **the proxy itself** (503): an internal fault, or the audit ledger
//!   cannot be written while `ledger.on_failure = "refuse"` (answered
//!   before anything is forwarded, with `Retry-After`).
//!
//! Messages name the rule or limit, never a value from the body.
//! [`ProxyError`] covers start-up failures (bind, TLS setup), which are not
//! answered over HTTP.

use std::net::SocketAddr;

use bytes::Bytes;
use http::{header, HeaderValue, Response, StatusCode};
use http_body_util::BodyExt;

use super::ProxyBody;
use crate::body::BodyError;
use crate::freshdesk::error::{ApiError, ErrorCode, FieldError, ValidationError};
use crate::ticket::TicketError;

/// Failures starting or running the proxy (not per request).
#[derive(Debug, thiserror::Error)]
pub enum ProxyError {
    /// The listening socket could not be bound.
    #[error("cannot listen on {addr}")]
    Bind {
        /// The address.
        addr: SocketAddr,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
    /// The listener's address could not be read.
    #[error("cannot read the listener's address")]
    LocalAddr(#[source] std::io::Error),
    /// An extra CA certificate is not usable as a trust anchor.
    #[error("upstream.ca_file: a certificate is not a usable trust anchor")]
    UpstreamCa(#[source] rustls::Error),
    /// The upstream TLS configuration could not be built.
    #[error("upstream TLS configuration failed")]
    UpstreamTls(#[source] rustls::Error),
    /// The serving task ended abnormally.
    #[error("the proxy task failed")]
    Task(#[source] tokio::task::JoinError),
    /// The ledger could not be opened (directory, key, or a ledger on disk
    /// that does not verify).
    #[error("cannot open the redaction ledger")]
    Ledger(#[source] crate::audit::AuditError),
    /// The admin listener could not be bound.
    #[error("cannot listen on {addr} (admin)")]
    AdminBind {
        /// The address.
        addr: SocketAddr,
        /// The I/O error.
        #[source]
        source: std::io::Error,
    },
}

/// `Retry-After` (seconds) on a 503 for an unwritable ledger.
const LEDGER_RETRY_AFTER: &str = "5";

/// How reading the client's body failed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InputFailure {
    /// More than `limits.max_body_bytes`.
    TooLarge,
    /// Not complete within `timeouts.body_read`.
    Timeout,
    /// The client's stream failed (reset, malformed framing).
    Broken,
}

/// Why one request was not (or not successfully) forwarded.
#[derive(Debug, thiserror::Error)]
pub enum RequestError {
    /// The request body is larger than `limits.max_body_bytes`.
    #[error("request body exceeds limits.max_body_bytes ({limit})")]
    BodyTooLarge {
        /// The limit in bytes.
        limit: u64,
    },
    /// The request body did not arrive within `timeouts.body_read`.
    #[error("request body not received within timeouts.body_read")]
    BodyTimeout,
    /// The body is compressed (`Content-Encoding` other than `identity`): it
    /// cannot be scanned as sent, so it is refused.
    #[error("request body has a Content-Encoding other than identity")]
    CompressedBody,
    /// The client's body stream failed.
    #[error("request body could not be read")]
    BodyRead(#[source] Box<dyn std::error::Error + Send + Sync>),
    /// The body could not be scrubbed (or its type is not supported).
    #[error("request body refused")]
    Ticket(#[source] TicketError),
    /// The upstream could not be reached or failed mid-request.
    #[error("upstream request failed")]
    Upstream(#[source] hyper_util::client::legacy::Error),
    /// The upstream (or the connection to it) took too long.
    #[error("upstream timed out")]
    UpstreamTimeout,
    /// The request could not be rebuilt for the upstream.
    #[error("request could not be rebuilt for the upstream: {0}")]
    Internal(&'static str),
    /// The audit ledger cannot be written and `ledger.on_failure` is
    /// `refuse`: nothing was forwarded.
    #[error("the audit ledger cannot be written")]
    LedgerUnavailable,
}

impl From<TicketError> for RequestError {
    fn from(e: TicketError) -> Self {
        RequestError::Ticket(e)
    }
}

impl InputFailure {
    /// The request error for this failure; `limit` is the body cap.
    pub fn into_error(self, limit: u64) -> RequestError {
        match self {
            InputFailure::TooLarge => RequestError::BodyTooLarge { limit },
            InputFailure::Timeout => RequestError::BodyTimeout,
            InputFailure::Broken => RequestError::BodyRead("client body stream failed".into()),
        }
    }
}

/// What an error is answered with.
enum Answer {
    Validation(StatusCode, FieldError),
    Flat(StatusCode, ApiError),
}

fn field_error(field: Option<&str>, code: ErrorCode, message: &str) -> FieldError {
    FieldError {
        field: field.map(str::to_string),
        message: message.to_string(),
        code,
    }
}

fn body_answer(e: &BodyError) -> Answer {
    use BodyError as B;
    let bad = |code, message: &str| {
        Answer::Validation(StatusCode::BAD_REQUEST, field_error(None, code, message))
    };
    let unprocessable = |message: &str| {
        Answer::Validation(
            StatusCode::UNPROCESSABLE_ENTITY,
            field_error(None, ErrorCode::InvalidValue, message),
        )
    };
    let too_large = |message: String| {
        Answer::Validation(
            StatusCode::PAYLOAD_TOO_LARGE,
            field_error(None, ErrorCode::InvalidValue, &message),
        )
    };
    match e {
        B::JsonSyntax(_) => Answer::Validation(StatusCode::BAD_REQUEST, FieldError::invalid_json()),
        B::JsonTooDeep { limit } => bad(
            ErrorCode::InvalidJson,
            &format!("Request body nests deeper than {limit} levels"),
        ),
        B::JsonDuplicateKey { .. } => {
            bad(ErrorCode::InvalidJson, "Request body has a duplicate key")
        }
        B::JsonNotObject => bad(ErrorCode::InvalidJson, "Request body must be a JSON object"),
        B::JsonTooLarge { limit, .. } => too_large(format!(
            "JSON body exceeds limits.json.max_bytes ({limit} bytes)"
        )),
        B::JsonField { source, .. } => body_answer(source),
        B::MultipartBoundary => bad(
            ErrorCode::InvalidValue,
            "multipart/form-data needs a valid boundary parameter",
        ),
        B::MultipartMalformed { reason } => bad(
            ErrorCode::InvalidValue,
            &format!("Multipart body is malformed: {reason}"),
        ),
        B::MultipartLimit { name, limit } => too_large(format!(
            "Multipart body exceeds limits.multipart.{name} ({limit})"
        )),
        B::AttachmentDenied { .. } => Answer::Validation(
            StatusCode::BAD_REQUEST,
            field_error(
                Some("attachments"),
                ErrorCode::InvalidValue,
                "Attachment content type is not allowed",
            ),
        ),
        B::MultipartInput(_) => bad(ErrorCode::InvalidValue, "Request body could not be read"),
        B::Html(_) => unprocessable("An HTML field could not be parsed"),
        B::MemoryLimit { limit } => unprocessable(&format!(
            "An HTML field needs more than limits.html.max_memory ({limit} bytes)"
        )),
        B::TextNodeTooLarge { limit } => unprocessable(&format!(
            "An HTML text node exceeds limits.html.max_text_node ({limit} bytes)"
        )),
        B::SourceMap | B::MultipartScrubber => internal(),
    }
}

fn internal() -> Answer {
    Answer::Flat(
        StatusCode::SERVICE_UNAVAILABLE,
        ApiError::new(
            ErrorCode::InternalError,
            "The proxy could not process the request; it was not forwarded.",
        ),
    )
}

impl RequestError {
    fn answer(&self) -> Answer {
        match self {
            RequestError::BodyTooLarge { limit } => {
                let message = format!("Request body exceeds limits.max_body_bytes ({limit} bytes)");
                Answer::Validation(
                    StatusCode::PAYLOAD_TOO_LARGE,
                    field_error(None, ErrorCode::InvalidValue, &message),
                )
            }
            RequestError::BodyTimeout => Answer::Flat(
                StatusCode::REQUEST_TIMEOUT,
                ApiError::new(
                    ErrorCode::Other("request_timeout".into()),
                    "The request body was not received in time.",
                ),
            ),
            RequestError::BodyRead(_) => Answer::Validation(
                StatusCode::BAD_REQUEST,
                field_error(
                    None,
                    ErrorCode::InvalidValue,
                    "Request body could not be read",
                ),
            ),
            RequestError::Ticket(TicketError::MissingContentType)
            | RequestError::Ticket(TicketError::UnsupportedContentType) => Answer::Flat(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ApiError::invalid_content_type(),
            ),
            RequestError::CompressedBody => Answer::Flat(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                ApiError::new(
                    ErrorCode::Other("unsupported_content_encoding".into()),
                    "Compressed request bodies cannot be checked for personal data: \
                     send the body without Content-Encoding.",
                ),
            ),
            RequestError::Ticket(TicketError::Body(e)) => body_answer(e),
            RequestError::Ticket(TicketError::Worker(_)) | RequestError::Internal(_) => internal(),
            RequestError::Upstream(_) => Answer::Flat(
                StatusCode::BAD_GATEWAY,
                ApiError::new(
                    ErrorCode::Other("upstream_unavailable".into()),
                    "The helpdesk could not be reached.",
                ),
            ),
            RequestError::UpstreamTimeout => Answer::Flat(
                StatusCode::GATEWAY_TIMEOUT,
                ApiError::new(
                    ErrorCode::Other("upstream_timeout".into()),
                    "The helpdesk did not answer in time.",
                ),
            ),
            RequestError::LedgerUnavailable => Answer::Flat(
                StatusCode::SERVICE_UNAVAILABLE,
                ApiError::new(
                    ErrorCode::Other("service_unavailable".into()),
                    "The proxy cannot record redactions in its audit ledger right now; \
                     the request was not forwarded. Try again later.",
                ),
            ),
        }
    }

    /// The status this error is answered with.
    pub fn status(&self) -> StatusCode {
        match self.answer() {
            Answer::Validation(s, _) | Answer::Flat(s, _) => s,
        }
    }

    /// A short, value-free name for logs (`unsupported_content_type`,
    /// `invalid_json`, `upstream_timeout`, ...).
    pub fn kind(&self) -> &'static str {
        match self {
            RequestError::BodyTooLarge { .. } => "body_too_large",
            RequestError::BodyTimeout => "body_timeout",
            RequestError::BodyRead(_) => "body_read",
            RequestError::Ticket(TicketError::MissingContentType) => "missing_content_type",
            RequestError::Ticket(TicketError::UnsupportedContentType) => "unsupported_content_type",
            RequestError::CompressedBody => "unsupported_content_encoding",
            RequestError::Ticket(TicketError::Body(e)) => body_kind(e),
            RequestError::Ticket(TicketError::Worker(_)) => "worker",
            RequestError::Upstream(_) => "upstream_unavailable",
            RequestError::UpstreamTimeout => "upstream_timeout",
            RequestError::Internal(_) => "internal",
            RequestError::LedgerUnavailable => "ledger_unavailable",
        }
    }

    /// The error as the helpdesk-shaped response.
    pub fn into_response(self) -> Response<ProxyBody> {
        let retry = matches!(self, RequestError::LedgerUnavailable);
        let (status, bytes) = match self.answer() {
            Answer::Validation(status, e) => (status, ValidationError::single(e).to_json_bytes()),
            Answer::Flat(status, e) => (status, e.to_json_bytes()),
        };
        let body = http_body_util::Full::new(Bytes::from(bytes))
            .map_err(|never| match never {})
            .boxed_unsync();
        let mut response = Response::new(body);
        *response.status_mut() = status;
        response.headers_mut().insert(
            header::CONTENT_TYPE,
            HeaderValue::from_static("application/json; charset=utf-8"),
        );
        if retry {
            response.headers_mut().insert(
                header::RETRY_AFTER,
                HeaderValue::from_static(LEDGER_RETRY_AFTER),
            );
        }
        response
    }
}

fn body_kind(e: &BodyError) -> &'static str {
    use BodyError as B;
    match e {
        B::Html(_) => "html_unparsable",
        B::MemoryLimit { .. } => "html_memory_limit",
        B::TextNodeTooLarge { .. } => "html_text_node_limit",
        B::SourceMap => "source_map",
        B::JsonTooLarge { .. } => "json_too_large",
        B::JsonTooDeep { .. } => "json_too_deep",
        B::JsonSyntax(_) => "invalid_json",
        B::JsonDuplicateKey { .. } => "json_duplicate_key",
        B::JsonNotObject => "json_not_object",
        B::JsonField { source, .. } => body_kind(source),
        B::MultipartBoundary => "multipart_boundary",
        B::MultipartMalformed { .. } => "multipart_malformed",
        B::MultipartLimit { .. } => "multipart_limit",
        B::AttachmentDenied { .. } => "attachment_denied",
        B::MultipartInput(_) => "multipart_input",
        B::MultipartScrubber => "multipart_scrubber",
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn answer(e: RequestError) -> (StatusCode, serde_json::Value) {
        let status = e.status();
        let Answer::Validation(_, f) = e.answer() else {
            let Answer::Flat(_, a) = e.answer() else {
                unreachable!()
            };
            return (status, serde_json::to_value(a).expect("json"));
        };
        (
            status,
            serde_json::to_value(ValidationError::single(f)).expect("json"),
        )
    }

    #[test]
    fn statuses_and_shapes() {
        let (s, v) = answer(TicketError::UnsupportedContentType.into());
        assert_eq!(s, StatusCode::UNSUPPORTED_MEDIA_TYPE);
        assert_eq!(v["code"], "invalid_content_type");

        let (s, v) = answer(TicketError::Body(BodyError::JsonTooDeep { limit: 3 }).into());
        assert_eq!(s, StatusCode::BAD_REQUEST);
        assert_eq!(v["description"], "Validation failed");
        assert_eq!(v["errors"][0]["code"], "invalid_json");

        let (s, _) = answer(RequestError::BodyTooLarge { limit: 9 });
        assert_eq!(s, StatusCode::PAYLOAD_TOO_LARGE);
        let (s, _) = answer(TicketError::Body(BodyError::MemoryLimit { limit: 1 }).into());
        assert_eq!(s, StatusCode::UNPROCESSABLE_ENTITY);
        let (s, v) = answer(RequestError::UpstreamTimeout);
        assert_eq!(s, StatusCode::GATEWAY_TIMEOUT);
        assert_eq!(v["code"], "upstream_timeout");
        let (s, _) = answer(RequestError::Internal("x"));
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
        let (s, v) = answer(RequestError::LedgerUnavailable);
        assert_eq!(s, StatusCode::SERVICE_UNAVAILABLE);
        assert_eq!(v["code"], "service_unavailable");
        assert!(v["message"].is_string());
    }
}
