//! The stream that drives the parser, batches text parts through the
//! scrubber and forwards file parts.
//!
//! It is pull-driven: input is read only when the consumer asks for output
//! and nothing is ready, so a slow upstream slows the client down instead of
//! filling memory.

use std::collections::VecDeque;
use std::pin::Pin;

use bytes::{Bytes, BytesMut};
use futures_util::{Stream, StreamExt};

use super::headers::{parse_part_head, quote_safe, valid_boundary, PartHead};
use super::parser::{Event, Parser};
use super::{AttachmentPolicy, MultipartLimits, PartScrubber, TextPart};
use crate::body::BodyError;

/// What the part being read is.
enum Current {
    /// Between parts.
    None,
    /// A text part: its header lines and the body so far.
    Text { head: PartHead, data: BytesMut },
    /// A file part, being forwarded.
    File,
}

/// One body being scrubbed.
pub(super) struct Walk<S, P> {
    input: Pin<Box<S>>,
    eof: bool,
    parser: Parser,
    scrubber: Option<P>,
    limits: MultipartLimits,
    policy: AttachmentPolicy,
    /// `\r\n--boundary`.
    delimiter: Bytes,
    /// Whether a delimiter has been written (the first has no leading CRLF).
    started: bool,
    parts: usize,
    total: u64,
    current: Current,
    /// Text parts waiting for the scrubber: header lines and part.
    pending: Vec<(Bytes, TextPart)>,
    pending_bytes: usize,
    out: VecDeque<Bytes>,
    done: bool,
    /// An error found before reading (an invalid boundary).
    failed: Option<BodyError>,
}

impl<S, P, E> Walk<S, P>
where
    S: Stream<Item = Result<Bytes, E>> + Send + 'static,
    P: PartScrubber,
    E: Into<Box<dyn std::error::Error + Send + Sync>>,
{
    pub(super) fn new(
        boundary: &str,
        input: S,
        scrubber: P,
        limits: MultipartLimits,
        policy: AttachmentPolicy,
    ) -> Self {
        let mut delimiter = BytesMut::from(&b"\r\n--"[..]);
        delimiter.extend_from_slice(boundary.as_bytes());
        Walk {
            input: Box::pin(input),
            eof: false,
            parser: Parser::new(boundary, limits.max_header_bytes),
            scrubber: Some(scrubber),
            limits,
            policy,
            delimiter: delimiter.freeze(),
            started: false,
            parts: 0,
            total: 0,
            current: Current::None,
            pending: Vec::new(),
            pending_bytes: 0,
            out: VecDeque::new(),
            done: false,
            failed: (!valid_boundary(boundary.as_bytes())).then_some(BodyError::MultipartBoundary),
        }
    }

    pub(super) fn into_stream(self) -> impl Stream<Item = Result<Bytes, BodyError>> + Send {
        futures_util::stream::unfold(self, |mut walk| async move {
            if let Some(e) = walk.failed.take() {
                walk.done = true;
                return Some((Err(e), walk));
            }
            loop {
                if let Some(piece) = walk.out.pop_front() {
                    return Some((Ok(piece), walk));
                }
                if walk.done {
                    return None;
                }
                if let Err(e) = walk.step().await {
                    walk.done = true;
                    walk.out.clear();
                    return Some((Err(e), walk));
                }
            }
        })
    }

    /// Handles one parser event, or reads one input chunk.
    async fn step(&mut self) -> Result<(), BodyError> {
        match self.parser.next(self.eof)? {
            None => self.read().await,
            Some(Event::Part(raw)) => self.start_part(raw).await,
            Some(Event::Data(data)) => self.data(data),
            Some(Event::PartEnd) => self.end_part(),
            Some(Event::End { crlf }) => self.close(crlf).await,
        }
    }

    async fn read(&mut self) -> Result<(), BodyError> {
        match self.input.next().await {
            Some(Ok(chunk)) => {
                self.total += chunk.len() as u64;
                if self.total > self.limits.max_total_bytes {
                    return Err(BodyError::MultipartLimit {
                        name: "max_total_bytes",
                        limit: self.limits.max_total_bytes,
                    });
                }
                self.parser.push(&chunk);
                Ok(())
            }
            Some(Err(e)) => Err(BodyError::MultipartInput(e.into())),
            None => {
                self.eof = true;
                Ok(())
            }
        }
    }

    /// The delimiter line that opens the next part.
    fn opening(&mut self) -> Bytes {
        let first = !self.started;
        self.started = true;
        let mut out = BytesMut::with_capacity(self.delimiter.len() + 2);
        out.extend_from_slice(if first {
            &self.delimiter[2..]
        } else {
            &self.delimiter
        });
        out.extend_from_slice(b"\r\n");
        out.freeze()
    }

    async fn start_part(&mut self, raw: Bytes) -> Result<(), BodyError> {
        self.parts += 1;
        if self.parts > self.limits.max_parts {
            return Err(BodyError::MultipartLimit {
                name: "max_parts",
                limit: self.limits.max_parts as u64,
            });
        }
        let head = parse_part_head(raw)?;
        if !head.is_file() {
            self.current = Current::Text {
                head,
                data: BytesMut::new(),
            };
            return Ok(());
        }
        self.flush_texts().await?;
        let names = head.file_names();
        self.policy.check(head.content_type.as_deref(), &names)?;
        let scrubber = self.scrubber.as_mut().ok_or(BodyError::MultipartScrubber)?;
        let mut token = None;
        for filename in &names {
            if let Some(t) = scrubber.filename(&head.name, filename)? {
                token.get_or_insert(t);
            }
        }
        let header = match (token, names.first()) {
            (Some(token), Some(original)) => head.renamed(&self.policy.renamed(&token, original)),
            _ => head.raw().clone(),
        };
        let mut piece = BytesMut::from(&self.opening()[..]);
        piece.extend_from_slice(&header);
        piece.extend_from_slice(b"\r\n");
        self.out.push_back(piece.freeze());
        self.current = Current::File;
        Ok(())
    }

    fn data(&mut self, data: Bytes) -> Result<(), BodyError> {
        match &mut self.current {
            Current::File => {
                self.out.push_back(data);
                Ok(())
            }
            Current::Text { data: buf, .. } => {
                let size = buf.len() + data.len();
                if size > self.limits.max_text_part_bytes {
                    return Err(BodyError::MultipartLimit {
                        name: "max_text_part_bytes",
                        limit: self.limits.max_text_part_bytes as u64,
                    });
                }
                if self.pending_bytes + size > self.limits.max_buffered_text_bytes {
                    return Err(BodyError::MultipartLimit {
                        name: "max_buffered_text_bytes",
                        limit: self.limits.max_buffered_text_bytes as u64,
                    });
                }
                buf.extend_from_slice(&data);
                Ok(())
            }
            Current::None => Err(BodyError::MultipartMalformed {
                reason: "part data outside a part",
            }),
        }
    }

    fn end_part(&mut self) -> Result<(), BodyError> {
        if let Current::Text { head, data } = std::mem::replace(&mut self.current, Current::None) {
            let value =
                String::from_utf8(data.to_vec()).map_err(|_| BodyError::MultipartMalformed {
                    reason: "a text part is not valid UTF-8",
                })?;
            self.pending_bytes += value.len();
            let part = TextPart {
                index: self.parts - 1,
                name: head.name.clone(),
                content_type: head.content_type.clone(),
                value,
                changed: false,
            };
            self.pending.push((head.raw().clone(), part));
        }
        Ok(())
    }

    /// Scrubs the buffered text parts and queues them for output.
    async fn flush_texts(&mut self) -> Result<(), BodyError> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let (heads, parts): (Vec<Bytes>, Vec<TextPart>) = self.pending.drain(..).unzip();
        self.pending_bytes = 0;
        let mut parts = self.run_texts(parts).await?;
        parts.sort_by_key(|p| p.index);
        let mut piece = BytesMut::new();
        for (head, part) in heads.iter().zip(&parts) {
            if part.changed
                && memchr::memmem::find(part.value.as_bytes(), &self.delimiter).is_some()
            {
                return Err(BodyError::MultipartMalformed {
                    reason: "a scrubbed value contains the boundary",
                });
            }
            piece.extend_from_slice(&self.opening());
            piece.extend_from_slice(head);
            piece.extend_from_slice(b"\r\n");
            piece.extend_from_slice(part.value.as_bytes());
        }
        self.out.push_back(piece.freeze());
        Ok(())
    }

    /// Runs [`PartScrubber::texts`], on a blocking thread inside a Tokio
    /// runtime (detection is CPU-bound), inline otherwise.
    async fn run_texts(&mut self, mut parts: Vec<TextPart>) -> Result<Vec<TextPart>, BodyError> {
        let mut scrubber = self.scrubber.take().ok_or(BodyError::MultipartScrubber)?;
        if tokio::runtime::Handle::try_current().is_err() {
            let result = scrubber.texts(&mut parts);
            self.scrubber = Some(scrubber);
            return result.map(|()| parts);
        }
        let joined = tokio::task::spawn_blocking(move || {
            let result = scrubber.texts(&mut parts);
            (scrubber, parts, result)
        })
        .await;
        match joined {
            Ok((scrubber, parts, result)) => {
                self.scrubber = Some(scrubber);
                result.map(|()| parts)
            }
            Err(_) => Err(BodyError::MultipartScrubber),
        }
    }

    async fn close(&mut self, crlf: bool) -> Result<(), BodyError> {
        self.flush_texts().await?;
        let extra = self
            .scrubber
            .as_mut()
            .ok_or(BodyError::MultipartScrubber)?
            .finish();
        let mut piece = BytesMut::new();
        for (name, value) in extra {
            if memchr::memmem::find(value.as_bytes(), &self.delimiter).is_some() {
                return Err(BodyError::MultipartMalformed {
                    reason: "an added value contains the boundary",
                });
            }
            piece.extend_from_slice(&self.opening());
            piece.extend_from_slice(b"Content-Disposition: form-data; name=\"");
            piece.extend_from_slice(quote_safe(&name).as_bytes());
            piece.extend_from_slice(b"\"\r\n\r\n");
            piece.extend_from_slice(value.as_bytes());
        }
        if self.started {
            piece.extend_from_slice(&self.delimiter);
        } else {
            piece.extend_from_slice(&self.delimiter[2..]);
        }
        piece.extend_from_slice(b"--");
        if crlf {
            piece.extend_from_slice(b"\r\n");
        }
        self.out.push_back(piece.freeze());
        self.done = true;
        Ok(())
    }
}
