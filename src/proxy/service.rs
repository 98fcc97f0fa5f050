//! One request: route, body, pipeline, upstream, response.
//!
//! * **Pass-through routes** (everything the route table does not list:
//!   GETs, deletes, searches, ...) stream in both directions untouched.
//! * **Content routes**: the body is read under `limits.max_body_bytes` and
//!   `timeouts.body_read` and its kind taken from `Content-Type`. JSON is
//!   read whole and scrubbed on a blocking thread; multipart streams through
//!   the walker, whose first output is awaited *before* the upstream is
//!   contacted, so a body that breaks in its text parts never reaches the
//!   helpdesk. A failure later in a file part aborts the upstream request
//!   (the helpdesk never sees a complete body) and the client gets the
//!   error. An empty body has nothing to scan and passes through.
//! * **Report-only** routes forward the client's original body; the same
//!   scan runs beside it and is logged, including what would have been
//!   refused. The body cap still applies.
//!
//! * **The ledger** (see `record`): every content request leaves one
//!   record: forwarded, rejected (with the error kind) or report-only,
//!   with its ids, upstream status, retention decision and redactions. The
//!   client's answer is released only once `append` has resolved (durable,
//!   with the default fsync policy). While the ledger cannot be written
//!   and `ledger.on_failure` is `refuse`, content requests are answered 503
//!   before anything is read or forwarded; one such refusal at a time tries
//!   to record itself, and the first that succeeds makes the ledger healthy
//!   again. A record that cannot be appended after the upstream has already
//!   answered is logged and counted, and the answer still goes to the
//!   client (the helpdesk has acted on the request; hiding that would
//!   invite a duplicate).
//!
//! Every request runs in one `tracing` span with its request id, route
//! name, method, status, outcome, finding counts per category, rule ids,
//! retention class and added tags: never bodies, values or `Authorization`.

use std::convert::Infallible;
use std::future::Future as _;
use std::pin::Pin;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::task::{Context, Poll};
use std::time::Duration;

use bytes::Bytes;
use futures_util::{Stream, StreamExt, TryStreamExt};
use http::{header, Request, Response, Version};
use http_body_util::{BodyExt, Full, LengthLimitError, Limited, StreamBody};
use hyper::body::{Body, Frame, Incoming};
use tracing::{field, Instrument, Span};

use super::error::{InputFailure, RequestError};
use super::headers::{self, Framing};
use super::record::{buffer_answer, Audit, RequestIds, ANSWER_CAP};
use super::upstream::Upstream;
use super::{BoxError, ProxyBody};
use crate::admin::Metrics;
use crate::audit::{Ledger, Outcome};
use crate::body::BodyError;
use crate::config::{OnFailure, Settings};
use crate::freshdesk::routes::{match_route, Route};
use crate::ticket::{ContentKind, Runtime, ScrubReport, TicketError, TicketPipeline};

/// Text items buffered between the forwarded stream and the report-only
/// scan of a multipart body.
const SHADOW_QUEUE: usize = 16;

/// How long a report-only multipart request waits, after the upstream has
/// answered, for its shadow scan's report (for the ledger record).
const SHADOW_WAIT: Duration = Duration::from_secs(5);

/// How long a refusal's own record may take before it is given up.
const PROBE_WAIT: Duration = Duration::from_secs(5);

/// Everything a request needs, shared by all connections.
pub(super) struct State {
    pub(super) pipeline: TicketPipeline,
    pub(super) upstream: Upstream,
    /// The ledger, when it is on.
    pub(super) ledger: Option<Ledger>,
    pub(super) metrics: Arc<Metrics>,
    pub(super) ids: RequestIds,
    /// Set while a refused request tries to record itself.
    pub(super) probing: AtomicBool,
}

impl State {
    /// The runtime the pipeline runs with.
    fn runtime(&self) -> &Runtime {
        self.pipeline.runtime()
    }

    /// The validated settings.
    pub(super) fn settings(&self) -> &Settings {
        &self.runtime().settings
    }

    fn on_failure(&self) -> OnFailure {
        self.runtime()
            .ledger
            .as_ref()
            .map_or(OnFailure::Forward, |l| l.on_failure)
    }

    /// Appends a request's record (if the ledger is on); a failure is
    /// logged and counted, never fatal to the request.
    async fn record(&self, audit: &Audit) {
        let Some(ledger) = &self.ledger else {
            return;
        };
        let draft = audit.draft(&self.runtime().policy_version);
        if let Err(error) = ledger.append(draft).await {
            self.metrics.ledger_failure();
            tracing::error!(%error, "ledger append failed: this request is not recorded");
        }
    }
}

/// Serves one request (never fails: errors become helpdesk-shaped answers).
pub(super) async fn handle(
    state: Arc<State>,
    request: Request<Incoming>,
) -> Result<Response<ProxyBody>, Infallible> {
    let route = match_route(request.method().as_str(), request.uri().path());
    let request_id = state.ids.for_request(request.headers());
    let span = tracing::info_span!(
        "request",
        request_id = %request_id,
        route = route.map_or("pass_through", |r| r.name),
        method = %request.method(),
        status = field::Empty,
        outcome = field::Empty,
        findings = field::Empty,
        rules = field::Empty,
        retention = field::Empty,
        tags = field::Empty,
    );
    let response = async {
        match route {
            None => pass_through(&state, request).await,
            Some(route) => recorded(&state, route, request, request_id).await,
        }
    }
    .instrument(span.clone())
    .await;
    span.record("status", response.status().as_u16());
    span.in_scope(|| tracing::info!("request done"));
    Ok(response)
}

fn is_upstream(error: &RequestError) -> bool {
    matches!(
        error,
        RequestError::Upstream(_) | RequestError::UpstreamTimeout
    )
}

/// Logs and counts a request that was not (successfully) forwarded.
fn failed(state: &State, route: &'static str, error: &RequestError) {
    let outcome = if is_upstream(error) {
        state.metrics.upstream_error(error.kind());
        "upstream_error"
    } else {
        "rejected"
    };
    state.metrics.request(route, outcome);
    Span::current().record("outcome", outcome);
    tracing::warn!(
        reason = error.kind(),
        status = error.status().as_u16(),
        "not forwarded"
    );
}

/// A route that is not scrubbed: streamed both ways, not recorded.
async fn pass_through(state: &State, request: Request<Incoming>) -> Response<ProxyBody> {
    match forward(state, request, Framing::Unchanged).await {
        Ok(response) => {
            state.metrics.request("pass_through", "forwarded");
            response
        }
        Err(error) => {
            failed(state, "pass_through", &error);
            error.into_response()
        }
    }
}

/// A content route: the ledger check, the scrubbing, the upstream, the
/// record, then the answer.
async fn recorded(
    state: &Arc<State>,
    route: &'static Route,
    request: Request<Incoming>,
    request_id: String,
) -> Response<ProxyBody> {
    let ledger_down = state.ledger.as_ref().is_some_and(|l| !l.healthy());
    if ledger_down && state.on_failure() == OnFailure::Refuse {
        return refuse_unrecorded(state, route, &request, request_id);
    }
    let mut audit = Audit::new(route, request.method(), request.uri().path(), request_id);
    let response = match content(state, route, request, &mut audit).await {
        Ok(response) => {
            let (head, body) = response.into_parts();
            audit.upstream_status = Some(head.status.as_u16());
            let body = if audit.needs_answer() && head.status.is_success() {
                let wait = state.settings().timeouts.upstream_response;
                let (body, whole) = buffer_answer(body, ANSWER_CAP, wait).await;
                if let Some(bytes) = whole {
                    audit.read_answer(&bytes);
                }
                body
            } else {
                body
            };
            state
                .metrics
                .request(audit.route_name(), audit.outcome.kind());
            Response::from_parts(head, body)
        }
        Err(error) => {
            if !is_upstream(&error) {
                audit.outcome = Outcome::rejected(error.kind());
            }
            failed(state, audit.route_name(), &error);
            error.into_response()
        }
    };
    if let Some(report) = &audit.report {
        for (category, n) in &report.counts {
            state.metrics.findings(*category, *n as u64);
        }
    }
    state.record(&audit).await;
    response
}

/// Answers 503 without reading or forwarding anything, because the ledger
/// cannot be written. One refusal at a time also tries, in the background,
/// to record itself: when that succeeds the ledger is healthy again.
fn refuse_unrecorded(
    state: &Arc<State>,
    route: &'static Route,
    request: &Request<Incoming>,
    request_id: String,
) -> Response<ProxyBody> {
    state.metrics.ledger_refusal();
    state.metrics.request(route.name, "ledger_unavailable");
    Span::current().record("outcome", "ledger_unavailable");
    tracing::warn!("the ledger cannot be written: content request refused, nothing forwarded");
    if !state.probing.swap(true, Ordering::AcqRel) {
        let mut audit = Audit::new(route, request.method(), request.uri().path(), request_id);
        audit.outcome = Outcome::rejected(RequestError::LedgerUnavailable.kind());
        let state = state.clone();
        tokio::spawn(
            async move {
                let _ = tokio::time::timeout(PROBE_WAIT, state.record(&audit)).await;
                state.probing.store(false, Ordering::Release);
            }
            .instrument(Span::current()),
        );
    }
    RequestError::LedgerUnavailable.into_response()
}

/// Sends a request upstream with `body` in place of the client's.
async fn send(
    state: &State,
    parts: http::request::Parts,
    body: ProxyBody,
    framing: Framing,
) -> Result<Response<ProxyBody>, RequestError> {
    let uri = state.upstream.uri_for(parts.uri.path_and_query())?;
    let api_key = state.settings().upstream.api_key.as_ref();
    let mut request = Request::new(body);
    *request.method_mut() = parts.method;
    *request.uri_mut() = uri;
    *request.headers_mut() = headers::upstream_request(&parts.headers, framing, api_key);
    let response = state.upstream.send(request).await?;
    let (mut head, body) = response.into_parts();
    headers::downstream_response(
        &mut head.headers,
        state.upstream.origin(),
        state.settings().public_base_url.as_deref(),
    );
    head.version = Version::default();
    let body = body.map_err(|e| Box::new(e) as BoxError).boxed_unsync();
    Ok(Response::from_parts(head, body))
}

/// Forwards the client's request as it is, body streamed.
async fn forward(
    state: &State,
    request: Request<Incoming>,
    framing: Framing,
) -> Result<Response<ProxyBody>, RequestError> {
    let (parts, body) = request.into_parts();
    let body = body.map_err(|e| Box::new(e) as BoxError).boxed_unsync();
    send(state, parts, body, framing).await
}

fn full(bytes: Bytes) -> ProxyBody {
    Full::new(bytes)
        .map_err(|never| match never {})
        .boxed_unsync()
}

async fn content(
    state: &State,
    route: &'static Route,
    request: Request<Incoming>,
    audit: &mut Audit,
) -> Result<Response<ProxyBody>, RequestError> {
    let span = Span::current();
    let report_only = state.settings().report_only(route.name);
    if report_only {
        audit.outcome = Outcome::ReportOnly;
    }
    if request.body().is_end_stream() {
        span.record("outcome", "empty_body");
        return forward(state, request, Framing::Unchanged).await;
    }
    let limit = state.settings().limits.max_body_bytes;
    let declared = request
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.trim().parse::<u64>().ok());
    if declared.is_some_and(|n| n > limit) {
        return Err(RequestError::BodyTooLarge { limit });
    }
    let content_type = request
        .headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok());
    let kind = compressed(request.headers())
        .and_then(|()| ContentKind::from_content_type(content_type).map_err(RequestError::from));
    let kind = match kind {
        Ok(kind) => kind,
        Err(error) if report_only => {
            tracing::warn!(reason = error.kind(), "report only: would refuse");
            span.record("outcome", "report_only");
            return forward(state, request, Framing::Unchanged).await;
        }
        Err(error) => return Err(error),
    };
    match kind {
        ContentKind::Json => json(state, route, request, report_only, audit).await,
        ContentKind::Multipart { boundary } if report_only => {
            multipart_shadow(state, route, request, &boundary, audit).await
        }
        ContentKind::Multipart { boundary } => {
            multipart(state, route, request, &boundary, audit).await
        }
    }
}

/// A body sent compressed (`Content-Encoding: gzip`, ...) cannot be scanned
/// as it is: refused, never forwarded unread.
fn compressed(headers: &http::HeaderMap) -> Result<(), RequestError> {
    let identity = headers.get_all(header::CONTENT_ENCODING).iter().all(|v| {
        v.to_str().is_ok_and(|v| {
            v.split(',')
                .all(|c| c.trim().is_empty() || c.trim().eq_ignore_ascii_case("identity"))
        })
    });
    if identity {
        Ok(())
    } else {
        Err(RequestError::CompressedBody)
    }
}

async fn read_body(body: Incoming, limit: u64, timeout: Duration) -> Result<Bytes, RequestError> {
    let limited = Limited::new(body, usize::try_from(limit).unwrap_or(usize::MAX));
    match tokio::time::timeout(timeout, BodyExt::collect(limited)).await {
        Err(_) => Err(RequestError::BodyTimeout),
        Ok(Err(e)) if e.is::<LengthLimitError>() => Err(RequestError::BodyTooLarge { limit }),
        Ok(Err(e)) => Err(RequestError::BodyRead(e)),
        Ok(Ok(collected)) => Ok(collected.to_bytes()),
    }
}

async fn json(
    state: &State,
    route: &'static Route,
    request: Request<Incoming>,
    report_only: bool,
    audit: &mut Audit,
) -> Result<Response<ProxyBody>, RequestError> {
    let span = Span::current();
    let (parts, body) = request.into_parts();
    let settings = state.settings();
    let bytes = read_body(
        body,
        settings.limits.max_body_bytes,
        settings.timeouts.body_read,
    )
    .await?;
    let scrubbed = state.pipeline.scrub_json(route, bytes.clone()).await;
    let out = match (scrubbed, report_only) {
        (Ok(scrubbed), false) => {
            record_report(&span, &scrubbed.report);
            span.record(
                "outcome",
                if scrubbed.changed {
                    "scrubbed"
                } else {
                    "clean"
                },
            );
            audit.report = Some(scrubbed.report);
            scrubbed.body
        }
        (Ok(scrubbed), true) => {
            record_report(&span, &scrubbed.report);
            span.record("outcome", "report_only");
            audit.report = Some(scrubbed.report);
            bytes
        }
        (Err(error), true) => {
            let error = RequestError::from(error);
            tracing::warn!(reason = error.kind(), "report only: would refuse");
            span.record("outcome", "report_only");
            bytes
        }
        (Err(error), false) => return Err(error.into()),
    };
    let length = out.len() as u64;
    send(state, parts, full(out), Framing::Length(length)).await
}

/// The client's body as a stream of data, under the size cap and the
/// body-read deadline; a failure is also left in `failure` so the caller
/// can answer it with the right status.
struct Input {
    body: Incoming,
    seen: u64,
    limit: u64,
    deadline: Pin<Box<tokio::time::Sleep>>,
    failure: Arc<Mutex<Option<InputFailure>>>,
    done: bool,
}

/// The marker error an [`Input`] yields (details are in its `failure`).
#[derive(Debug, thiserror::Error)]
#[error("the request body could not be read ({0:?})")]
struct InputError(InputFailure);

impl Input {
    fn new(body: Incoming, settings: &Settings) -> (Input, Arc<Mutex<Option<InputFailure>>>) {
        let failure = Arc::new(Mutex::new(None));
        let input = Input {
            body,
            seen: 0,
            limit: settings.limits.max_body_bytes,
            deadline: Box::pin(tokio::time::sleep(settings.timeouts.body_read)),
            failure: failure.clone(),
            done: false,
        };
        (input, failure)
    }

    fn fail(&mut self, failure: InputFailure) -> Poll<Option<Result<Bytes, InputError>>> {
        self.done = true;
        *self.failure.lock().unwrap_or_else(|p| p.into_inner()) = Some(failure);
        Poll::Ready(Some(Err(InputError(failure))))
    }
}

impl Stream for Input {
    type Item = Result<Bytes, InputError>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        if self.done {
            return Poll::Ready(None);
        }
        if self.deadline.as_mut().poll(cx).is_ready() {
            return self.fail(InputFailure::Timeout);
        }
        loop {
            match Pin::new(&mut self.body).poll_frame(cx) {
                Poll::Ready(Some(Ok(frame))) => {
                    let Ok(data) = frame.into_data() else {
                        continue; // trailers carry no body text
                    };
                    self.seen += data.len() as u64;
                    if self.seen > self.limit {
                        return self.fail(InputFailure::TooLarge);
                    }
                    return Poll::Ready(Some(Ok(data)));
                }
                Poll::Ready(Some(Err(_))) => return self.fail(InputFailure::Broken),
                Poll::Ready(None) => {
                    self.done = true;
                    return Poll::Ready(None);
                }
                Poll::Pending => return Poll::Pending,
            }
        }
    }
}

/// The request error for a walker error: the input's own failure when the
/// client's stream broke, otherwise the body error.
fn walker_error(
    error: BodyError,
    failure: &Mutex<Option<InputFailure>>,
    limit: u64,
) -> RequestError {
    match *failure.lock().unwrap_or_else(|p| p.into_inner()) {
        Some(input) => input.into_error(limit),
        None => RequestError::Ticket(TicketError::Body(error)),
    }
}

async fn multipart(
    state: &State,
    route: &'static Route,
    request: Request<Incoming>,
    boundary: &str,
    audit: &mut Audit,
) -> Result<Response<ProxyBody>, RequestError> {
    let span = Span::current();
    let (parts, body) = request.into_parts();
    let limit = state.settings().limits.max_body_bytes;
    let (input, failure) = Input::new(body, state.settings());
    let (stream, report) = state.pipeline.scrub_multipart(route, boundary, input);
    let mut stream = Box::pin(stream);
    // Nothing goes upstream until the first text batch has been scrubbed.
    let first = match stream.next().await {
        Some(Ok(bytes)) => bytes,
        Some(Err(error)) => return Err(walker_error(error, &failure, limit)),
        None => Bytes::new(),
    };
    let late: Arc<Mutex<Option<RequestError>>> = Arc::default();
    let late_slot = late.clone();
    let rest = stream.map(move |item| {
        item.map_err(|error| {
            let mapped = walker_error(error, &failure, limit);
            let kind = mapped.kind();
            *late_slot.lock().unwrap_or_else(|p| p.into_inner()) = Some(mapped);
            BoxError::from(format!("multipart body refused: {kind}"))
        })
    });
    let frames = futures_util::stream::once(async move { Ok::<_, BoxError>(first) })
        .chain(rest)
        .map_ok(Frame::data);
    let body = StreamBody::new(frames).boxed_unsync();
    let result = send(state, parts, body, Framing::Chunked).await;
    let late = late.lock().unwrap_or_else(|p| p.into_inner()).take();
    let report = report.snapshot();
    record_report(&span, &report);
    audit.report = Some(report);
    match (result, late) {
        (Err(_), Some(error)) => Err(error),
        (result, _) => {
            span.record("outcome", "scrubbed");
            result
        }
    }
}

/// Report-only multipart: the original bytes go upstream while a copy runs
/// through the walker on its own task, whose report is logged.
async fn multipart_shadow(
    state: &State,
    route: &'static Route,
    request: Request<Incoming>,
    boundary: &str,
    audit: &mut Audit,
) -> Result<Response<ProxyBody>, RequestError> {
    let span = Span::current();
    span.record("outcome", "report_only");
    let (parts, body) = request.into_parts();
    let (input, _failure) = Input::new(body, state.settings());
    let (copy, queue) = tokio::sync::mpsc::channel::<Bytes>(SHADOW_QUEUE);
    let queued = futures_util::stream::unfold(queue, |mut queue| async move {
        queue.recv().await.map(|b| (Ok::<_, Infallible>(b), queue))
    });
    let (scan, report) = state.pipeline.scrub_multipart(route, boundary, queued);
    let shadow_span = span.clone();
    let (done, shadow_report) = tokio::sync::oneshot::channel::<ScrubReport>();
    tokio::spawn(
        async move {
            let mut scan = Box::pin(scan);
            while let Some(item) = scan.next().await {
                if let Err(error) = item {
                    let error = RequestError::Ticket(TicketError::Body(error));
                    tracing::warn!(reason = error.kind(), "report only: would refuse");
                    break;
                }
            }
            let report = report.snapshot();
            record_report(&Span::current(), &report);
            tracing::info!(findings = %counts(&report), "report only: scan done");
            let _ = done.send(report);
        }
        .instrument(shadow_span),
    );
    let tee =
        futures_util::stream::unfold((input, Some(copy)), |(mut input, mut copy)| async move {
            match input.next().await {
                Some(Ok(bytes)) => {
                    if let Some(sender) = &copy {
                        if sender.send(bytes.clone()).await.is_err() {
                            copy = None;
                        }
                    }
                    Some((Ok(bytes), (input, copy)))
                }
                Some(Err(e)) => Some((Err(e), (input, None))),
                None => None,
            }
        });
    let frames = tee.map_ok(Frame::data).map_err(BoxError::from);
    let body = StreamBody::new(frames).boxed_unsync();
    let result = send(state, parts, body, Framing::Unchanged).await;
    match tokio::time::timeout(SHADOW_WAIT, shadow_report).await {
        Ok(Ok(report)) => audit.report = Some(report),
        _ => tracing::warn!("report only: the scan did not finish in time for the ledger record"),
    }
    result
}

fn counts(report: &ScrubReport) -> String {
    report
        .counts
        .iter()
        .map(|(category, n)| format!("{category}:{n}"))
        .collect::<Vec<_>>()
        .join(",")
}

/// Records a report's value-free summary on the request span.
fn record_report(span: &Span, report: &ScrubReport) {
    span.record("findings", counts(report).as_str());
    span.record("rules", report.rule_ids.join(",").as_str());
    if let Some(decision) = &report.retention {
        span.record("retention", decision.class.as_str());
    }
    span.record("tags", report.tags.join(",").as_str());
}
