//! A push parser for the multipart framing: delimiters, header blocks and
//! part bodies, nothing about what the parts mean.
//!
//! Bytes go in with [`Parser::push`]; [`Parser::next`] hands out one
//! [`Event`] at a time or `None` when it needs more input. Part bodies come
//! out in pieces as soon as they cannot be the start of a delimiter, so the
//! parser never holds more than one input chunk plus a delimiter's length of
//! a body. The preamble and epilogue are dropped (never forwarded).

use bytes::{Buf, Bytes, BytesMut};
use memchr::memmem::Finder;

use crate::body::BodyError;

fn malformed(reason: &'static str) -> BodyError {
    BodyError::MultipartMalformed { reason }
}

/// Most transport padding (spaces, tabs) accepted after a boundary.
const MAX_PADDING: usize = 64;

/// One step through the body.
#[derive(Debug, PartialEq, Eq)]
pub(super) enum Event {
    /// A part starts; its header lines, each ending in CRLF, without the
    /// blank line that ends the block.
    Part(Bytes),
    /// A piece of the current part's body.
    Data(Bytes),
    /// The current part's body is complete.
    PartEnd,
    /// The closing delimiter; `crlf` if a line break followed it.
    End {
        /// Whether the closing delimiter was followed by CRLF.
        crlf: bool,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Before the first delimiter.
    Preamble { at_start: bool },
    /// Just after `--boundary`: `--`, or padding and CRLF, follows.
    AfterBoundary,
    /// In a part's header block.
    Headers,
    /// In a part's body.
    Body,
    /// After `--boundary--`.
    Close,
    /// The closing delimiter was seen.
    Done,
}

/// The framing state machine of one body.
pub(super) struct Parser {
    /// `\r\n--boundary`.
    delimiter: Vec<u8>,
    finder: Finder<'static>,
    header_end: Finder<'static>,
    buf: BytesMut,
    state: State,
    max_header_bytes: usize,
    /// How much of a header block was searched for its end already.
    header_scanned: usize,
}

impl Parser {
    /// A parser for bodies with this boundary.
    pub(super) fn new(boundary: &str, max_header_bytes: usize) -> Parser {
        let mut delimiter = b"\r\n--".to_vec();
        delimiter.extend_from_slice(boundary.as_bytes());
        Parser {
            finder: Finder::new(&delimiter).into_owned(),
            header_end: Finder::new(b"\r\n\r\n").into_owned(),
            delimiter,
            buf: BytesMut::new(),
            state: State::Preamble { at_start: true },
            max_header_bytes,
            header_scanned: 0,
        }
    }

    /// Adds input.
    pub(super) fn push(&mut self, chunk: &[u8]) {
        if self.state != State::Done {
            self.buf.extend_from_slice(chunk);
        }
    }

    /// The next event, or `None` if more input is needed. With `eof` set
    /// (no more input will come) a body that is not complete is an error.
    pub(super) fn next(&mut self, eof: bool) -> Result<Option<Event>, BodyError> {
        loop {
            let step = match self.state {
                State::Preamble { at_start } => self.preamble(at_start)?,
                State::AfterBoundary => self.after_boundary()?,
                State::Headers => self.headers()?,
                State::Body => self.body()?,
                State::Close => self.close(eof),
                State::Done => return Ok(None),
            };
            match step {
                Step::Event(e) => return Ok(Some(e)),
                Step::Again => continue,
                Step::NeedMore if eof => {
                    return Err(malformed("the body ends before its closing boundary"))
                }
                Step::NeedMore => return Ok(None),
            }
        }
    }

    fn preamble(&mut self, at_start: bool) -> Result<Step, BodyError> {
        let dash_boundary = &self.delimiter[2..];
        if at_start {
            if self.buf.starts_with(dash_boundary) {
                self.buf.advance(dash_boundary.len());
                self.state = State::AfterBoundary;
                return Ok(Step::Again);
            }
            if dash_boundary.starts_with(&self.buf) {
                return Ok(Step::NeedMore);
            }
            self.state = State::Preamble { at_start: false };
        }
        match self.finder.find(&self.buf) {
            Some(i) => {
                self.buf.advance(i + self.delimiter.len());
                self.state = State::AfterBoundary;
                Ok(Step::Again)
            }
            None => {
                let keep = self.delimiter.len() - 1;
                if self.buf.len() > keep {
                    self.buf.advance(self.buf.len() - keep);
                }
                Ok(Step::NeedMore)
            }
        }
    }

    fn after_boundary(&mut self) -> Result<Step, BodyError> {
        if self.buf.starts_with(b"--") {
            self.buf.advance(2);
            self.state = State::Close;
            return Ok(Step::Again);
        }
        let padding = self
            .buf
            .iter()
            .take_while(|&&b| b == b' ' || b == b'\t')
            .count();
        if padding > MAX_PADDING {
            return Err(malformed("too much padding after a boundary"));
        }
        let rest = &self.buf[padding..];
        if rest.starts_with(b"\r\n") {
            self.buf.advance(padding + 2);
            self.state = State::Headers;
            return Ok(Step::Again);
        }
        if rest.is_empty() || rest == b"\r" || (padding == 0 && rest == b"-") {
            return Ok(Step::NeedMore);
        }
        Err(malformed("unexpected bytes after a boundary"))
    }

    fn headers(&mut self) -> Result<Step, BodyError> {
        if self.buf.starts_with(b"\r\n") {
            return Err(malformed("a part has no headers"));
        }
        let limit = || BodyError::MultipartLimit {
            name: "max_header_bytes",
            limit: self.max_header_bytes as u64,
        };
        let from = self.header_scanned;
        match self.header_end.find(&self.buf[from..]).map(|i| from + i) {
            Some(i) => {
                self.header_scanned = 0;
                if i + 2 > self.max_header_bytes {
                    return Err(limit());
                }
                let raw = self.buf.split_to(i + 2).freeze();
                self.buf.advance(2);
                if self.finder.find(&raw).is_some() {
                    return Err(malformed("a boundary inside part headers"));
                }
                self.state = State::Body;
                Ok(Step::Event(Event::Part(raw)))
            }
            None if self.buf.len() > self.max_header_bytes + 2 => Err(limit()),
            None => {
                self.header_scanned = self.buf.len().saturating_sub(3);
                Ok(Step::NeedMore)
            }
        }
    }

    fn body(&mut self) -> Result<Step, BodyError> {
        match self.finder.find(&self.buf) {
            Some(0) => {
                self.buf.advance(self.delimiter.len());
                self.state = State::AfterBoundary;
                Ok(Step::Event(Event::PartEnd))
            }
            Some(i) => Ok(Step::Event(Event::Data(self.buf.split_to(i).freeze()))),
            None => {
                let keep = self.delimiter.len() - 1;
                if self.buf.len() > keep {
                    let n = self.buf.len() - keep;
                    Ok(Step::Event(Event::Data(self.buf.split_to(n).freeze())))
                } else {
                    Ok(Step::NeedMore)
                }
            }
        }
    }

    fn close(&mut self, eof: bool) -> Step {
        if self.buf.len() < 2 && !eof {
            return Step::NeedMore;
        }
        let crlf = self.buf.starts_with(b"\r\n");
        self.buf = BytesMut::new();
        self.state = State::Done;
        Step::Event(Event::End { crlf })
    }
}

enum Step {
    Event(Event),
    Again,
    NeedMore,
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Feeds `input` in pieces of `chunk` bytes and collects the events,
    /// joining adjacent data pieces.
    fn events(input: &[u8], chunk: usize) -> Result<Vec<Event>, BodyError> {
        let mut p = Parser::new("XyZ", 1024);
        let mut out: Vec<Event> = Vec::new();
        let mut pieces = input.chunks(chunk.max(1));
        loop {
            let eof = pieces.len() == 0;
            match p.next(eof)? {
                Some(Event::Data(d)) => match out.last_mut() {
                    Some(Event::Data(prev)) => {
                        let mut joined = BytesMut::from(&prev[..]);
                        joined.extend_from_slice(&d);
                        *prev = joined.freeze();
                    }
                    _ => out.push(Event::Data(d)),
                },
                Some(Event::End { crlf }) => {
                    out.push(Event::End { crlf });
                    return Ok(out);
                }
                Some(e) => out.push(e),
                None => p.push(pieces.next().unwrap_or_default()),
            }
        }
    }

    const BODY: &[u8] =
        b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nhello\r\n--X\r\n\
        --XyZ\r\nContent-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n\r\n\r\n--XyZ--\r\n";

    fn expected() -> Vec<Event> {
        vec![
            Event::Part(Bytes::from_static(
                b"Content-Disposition: form-data; name=\"a\"\r\n",
            )),
            Event::Data(Bytes::from_static(b"hello\r\n--X")),
            Event::PartEnd,
            Event::Part(Bytes::from_static(
                b"Content-Disposition: form-data; name=\"f\"; filename=\"x\"\r\n",
            )),
            Event::PartEnd,
            Event::End { crlf: true },
        ]
    }

    #[test]
    fn same_events_for_every_chunking() {
        for chunk in 1..BODY.len() + 1 {
            assert_eq!(events(BODY, chunk).unwrap(), expected(), "chunk {chunk}");
        }
    }

    #[test]
    fn preamble_padding_and_epilogue() {
        let body =
            b"ignored\r\n--XyZ  \r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ--";
        let ev = events(body, 3).unwrap();
        assert_eq!(ev.len(), 4);
        assert_eq!(ev[3], Event::End { crlf: false });
    }

    #[test]
    fn broken_bodies() {
        let cases: [&[u8]; 6] = [
            b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv",
            b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZ\r\n",
            b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"",
            b"--XyZ\r\n\r\nv\r\n--XyZ--",
            b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\nv\r\n--XyZjunk\r\n",
            b"no boundary at all",
        ];
        for body in cases {
            for chunk in [1, 4, 1000] {
                assert!(events(body, chunk).is_err(), "{body:?}");
            }
        }
    }

    #[test]
    fn header_limit() {
        let mut body = b"--XyZ\r\nContent-Disposition: form-data; name=\"a\"\r\nX-Long: ".to_vec();
        body.extend(std::iter::repeat_n(b'a', 2000));
        body.extend_from_slice(b"\r\n\r\nv\r\n--XyZ--\r\n");
        assert!(matches!(
            events(&body, 100),
            Err(BodyError::MultipartLimit {
                name: "max_header_bytes",
                ..
            })
        ));
    }
}
