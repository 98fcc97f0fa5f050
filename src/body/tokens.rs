//! First pass over HTML: lol_html tokenises, we record where things are.
//!
//! The pass rewrites nothing. It records, in source order, the byte ranges of
//! prose text (entity-decodable text: ordinary text and `<title>` /
//! `<textarea>` content), start tags, end tags and comments. lol_html reports
//! the source location of every text chunk, so chunks split at input chunk
//! boundaries are simply merged back by adjacency: a match can never be cut in
//! two. Script, style and other raw-text content is not prose and is not
//! recorded. Where an input chunk boundary splits a multi-byte character,
//! lol_html's reported chunk range is off by the carried bytes, so every range
//! is checked against the source (see `locate`); a chunk that cannot be placed
//! exactly fails the body.
//!
//! Limits: lol_html's memory cap is always set (`max_memory`), and each text
//! node is capped at `max_text_node` bytes. Either limit fails the whole body.

use std::cell::RefCell;
use std::ops::Range;
use std::rc::Rc;

use lol_html::errors::RewritingError;
use lol_html::html_content::{Comment, EndTag, TextChunk, TextType};
use lol_html::{doc_comments, doc_text, element, end_tag, HtmlRewriter, MemorySettings, Settings};

use super::html::HtmlLimits;
use super::BodyError;

/// One thing found in the source, with its byte range.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Event {
    /// Prose text (entities still encoded), possibly several adjacent chunks.
    Text(Range<usize>),
    /// A start tag; `name` is lowercase.
    Start {
        /// Tag name.
        name: String,
        /// The whole tag, `<` to `>`.
        range: Range<usize>,
    },
    /// An end tag; `name` is lowercase.
    End {
        /// Tag name.
        name: String,
        /// The whole tag.
        range: Range<usize>,
    },
    /// A comment, `<!--` to `-->` (or a bogus comment).
    Comment(Range<usize>),
}

impl Event {
    fn start(&self) -> usize {
        match self {
            Event::Text(r) | Event::Comment(r) => r.start,
            Event::Start { range, .. } | Event::End { range, .. } => range.start,
        }
    }
}

#[derive(Default)]
struct State {
    events: Vec<Event>,
    node_len: usize,
    node_too_large: bool,
    misplaced: bool,
    /// Where the current text node's next chunk starts, once known.
    node_cursor: Option<usize>,
}

/// Error message of the text-node cap, raised inside a handler.
const NODE_CAP: &str = "text node over the configured limit";

/// Error message when a chunk's reported location does not hold its text.
const MISPLACED: &str = "text chunk location does not match the source";

/// lol_html's parsing buffer preallocation (its default), lowered when the
/// memory cap is smaller.
const PREALLOCATED: usize = 1024;

/// Tokenises `html`, feeding it to lol_html in pieces of `chunk` bytes (the
/// whole input at once when `chunk` is `usize::MAX`; small values test the
/// chunk-boundary handling). Events are sorted by source position.
pub(super) fn collect(
    html: &str,
    limits: &HtmlLimits,
    chunk: usize,
) -> Result<Vec<Event>, BodyError> {
    let state = Rc::new(RefCell::new(State::default()));
    let result = run(html, limits, chunk.max(1), &state);
    let mut state = state.replace(State::default());
    if state.misplaced {
        return Err(BodyError::SourceMap);
    }
    if state.node_too_large {
        return Err(BodyError::TextNodeTooLarge {
            limit: limits.max_text_node,
        });
    }
    match result {
        Ok(()) => {}
        Err(RewritingError::MemoryLimitExceeded(_)) => {
            return Err(BodyError::MemoryLimit {
                limit: limits.max_memory,
            })
        }
        Err(err) => return Err(BodyError::Html(err)),
    }
    state.events.sort_by_key(Event::start);
    Ok(state.events)
}

fn run(
    html: &str,
    limits: &HtmlLimits,
    chunk: usize,
    state: &Rc<RefCell<State>>,
) -> Result<(), RewritingError> {
    let max_text_node = limits.max_text_node;
    let text_state = Rc::clone(state);
    let comment_state = Rc::clone(state);
    let element_state = Rc::clone(state);
    let settings = Settings::new()
        .with_memory_settings(
            MemorySettings::new()
                .with_preallocated_parsing_buffer_size(limits.max_memory.min(PREALLOCATED))
                .with_max_allowed_memory_usage(limits.max_memory),
        )
        .append_document_content_handler(doc_text!(move |t: &mut TextChunk| {
            on_text(&mut text_state.borrow_mut(), html, t, max_text_node)
        }))
        .append_document_content_handler(doc_comments!(move |c: &mut Comment| {
            let range = c.source_location().bytes();
            comment_state
                .borrow_mut()
                .events
                .push(Event::Comment(range));
            Ok(())
        }))
        .append_element_content_handler(element!("*", move |el| {
            let name = el.tag_name();
            let range = el.source_location().bytes();
            element_state
                .borrow_mut()
                .events
                .push(Event::Start { name, range });
            if el.can_have_content() {
                let end_state = Rc::clone(&element_state);
                el.on_end_tag(end_tag!(move |end: &mut EndTag| {
                    end_state.borrow_mut().events.push(Event::End {
                        name: end.name().to_ascii_lowercase(),
                        range: end.source_location().bytes(),
                    });
                    Ok(())
                }))?;
            }
            Ok(())
        }));
    let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
    for piece in html.as_bytes().chunks(chunk) {
        rewriter.write(piece)?;
    }
    rewriter.end()
}

fn on_text(
    state: &mut State,
    html: &str,
    t: &TextChunk,
    max_text_node: usize,
) -> Result<(), Box<dyn std::error::Error + Send + Sync>> {
    let text = t.as_str();
    state.node_len += text.len();
    if state.node_len > max_text_node {
        state.node_too_large = true;
        return Err(NODE_CAP.into());
    }
    let range = if text.is_empty() {
        None
    } else {
        let located = locate(html, text, t.source_location().bytes(), state.node_cursor);
        let Some(range) = located else {
            state.misplaced = true;
            return Err(MISPLACED.into());
        };
        state.node_cursor = Some(range.end);
        Some(range)
    };
    if t.last_in_text_node() {
        state.node_len = 0;
        state.node_cursor = None;
    }
    let prose = matches!(t.text_type(), TextType::Data | TextType::RCData);
    let Some(range) = range.filter(|_| prose) else {
        return Ok(());
    };
    if let Some(Event::Text(last)) = state.events.last_mut() {
        if last.end == range.start {
            last.end = range.end;
            return Ok(());
        }
    }
    state.events.push(Event::Text(range));
    Ok(())
}

/// How many bytes before its reported start a chunk may really begin: the
/// rest of a UTF-8 character split by an input chunk boundary.
const MAX_CARRIED: usize = 3;

/// The source range of a text chunk, checked against the source.
///
/// lol_html's reported range is the input it consumed, which is the text's
/// range except when an input chunk boundary splits a multi-byte character:
/// then the text also holds bytes written earlier, or lacks bytes carried
/// over to the next chunk. So the range is found, in this order, right after
/// the previous chunk of the same text node (`cursor`; chunks of a node are
/// contiguous), at the reported start or up to [`MAX_CARRIED`] bytes before
/// it, or ending at the reported end. The first candidate that holds exactly
/// the text on character boundaries wins (a shifted candidate cannot, as it
/// would start inside the carried character); `None` when none does.
fn locate(
    html: &str,
    text: &str,
    reported: Range<usize>,
    cursor: Option<usize>,
) -> Option<Range<usize>> {
    let len = text.len();
    let holds = |start: usize| html.get(start..start + len) == Some(text);
    cursor
        .into_iter()
        .chain((0..=MAX_CARRIED).filter_map(|k| reported.start.checked_sub(k)))
        .chain(reported.end.checked_sub(len))
        .find(|&start| holds(start))
        .map(|start| start..start + len)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts<'a>(html: &'a str, events: &[Event]) -> Vec<&'a str> {
        events
            .iter()
            .filter_map(|e| match e {
                Event::Text(r) => Some(&html[r.clone()]),
                _ => None,
            })
            .collect()
    }

    #[test]
    fn records_text_tags_and_comments_in_order() {
        let html = "<div>Hi <b>Anna</b>,<br>x<!-- c --></div>";
        let events = collect(html, &HtmlLimits::default(), usize::MAX).expect("parses");
        assert_eq!(texts(html, &events), ["Hi ", "Anna", ",", "x"]);
        let names: Vec<String> = events
            .iter()
            .map(|e| match e {
                Event::Text(_) => "#text".to_string(),
                Event::Start { name, .. } => name.clone(),
                Event::End { name, .. } => format!("/{name}"),
                Event::Comment(r) => html[r.clone()].to_string(),
            })
            .collect();
        assert_eq!(
            names,
            [
                "div",
                "#text",
                "b",
                "#text",
                "/b",
                "#text",
                "br",
                "#text",
                "<!-- c -->",
                "/div"
            ]
        );
    }

    #[test]
    fn small_input_chunks_give_the_same_events() {
        let html = "<p>Jörg &amp; bob&#64;example.com <span title=\"x\">tail</span></p>";
        let whole = collect(html, &HtmlLimits::default(), usize::MAX).expect("parses");
        for chunk in 1..8 {
            let pieces = collect(html, &HtmlLimits::default(), chunk).expect("parses");
            assert_eq!(pieces, whole, "chunk size {chunk}");
        }
    }

    #[test]
    fn script_and_style_are_not_prose() {
        let html = "<style>a{}</style><script>var a = 1;</script><textarea>t</textarea>";
        let events = collect(html, &HtmlLimits::default(), usize::MAX).expect("parses");
        assert_eq!(texts(html, &events), ["t"]);
    }

    #[test]
    fn text_node_cap_fails_closed() {
        let limits = HtmlLimits {
            max_text_node: 10,
            ..HtmlLimits::default()
        };
        let html = "<p>short</p><p>this text node is longer than ten bytes</p>";
        for chunk in [3, usize::MAX] {
            assert!(matches!(
                collect(html, &limits, chunk),
                Err(BodyError::TextNodeTooLarge { limit: 10 })
            ));
        }
        assert!(collect("<p>short</p><p>also ok</p>", &limits, 2).is_ok());
    }

    #[test]
    fn memory_cap_fails_closed() {
        let limits = HtmlLimits {
            max_memory: 16,
            ..HtmlLimits::default()
        };
        let html = format!("<div {}>x</div>", "a=\"b\" ".repeat(200));
        assert!(matches!(
            collect(&html, &limits, 7),
            Err(BodyError::MemoryLimit { limit: 16 })
        ));
    }
}
