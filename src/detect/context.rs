//! Context scoring: hotwords and negative words near a match.
//!
//! The words were already found by the shared prefilter pass (one automaton
//! for all rules), so scoring a match is a binary search into the sorted hit
//! list and a short walk over the hits inside the rule's window — no rescan
//! of the text per match.

use super::compile::ContextScore;
use super::prefilter::Hit;

/// The confidence of a match at `start..end` after context scoring, or
/// `None` when a required hotword is missing. `hits` is sorted by start;
/// `max_word_len` bounds how far before the window a hit may begin.
pub(crate) fn score(
    ctx: &ContextScore,
    text: &str,
    hits: &[Hit],
    max_word_len: usize,
    start: usize,
    end: usize,
    base: f32,
) -> Option<f32> {
    let mut lo = start.saturating_sub(ctx.window);
    let mut hi = end.saturating_add(ctx.window);
    // With `same_line`, words starting before the match's line start are out.
    let mut line_start = 0;
    if ctx.same_line {
        let bytes = text.as_bytes();
        if let Some(nl) = memchr::memrchr(b'\n', &bytes[lo..start]) {
            lo += nl + 1;
            line_start = lo;
        }
        if let Some(nl) = memchr::memchr(b'\n', &bytes[end..hi.min(bytes.len())]) {
            hi = end + nl;
        }
    }
    let first = hits.partition_point(|h| h.start < lo.saturating_sub(max_word_len));
    let mut hot = false;
    let mut negative = false;
    for h in hits[first..].iter().take_while(|h| h.start < hi) {
        if h.end <= lo || h.start < line_start {
            continue;
        }
        hot |= ctx.words.binary_search(&h.word).is_ok();
        negative |= ctx.negative.binary_search(&h.word).is_ok()
            && !number_between(text, h.start, h.end, start, end);
        if hot && negative {
            break;
        }
    }
    if ctx.required && !hot {
        return None;
    }
    let mut confidence = base;
    if hot {
        confidence += ctx.boost;
    }
    if negative {
        confidence -= ctx.penalty;
    }
    Some(confidence.clamp(0.0, 1.0))
}

/// True when a word at `w_start..w_end` describes another number than the
/// match at `start..end`: a number stands between them (`build=10.0.19045
/// node=172.17.104.228`), or the word follows the match and a number or an
/// identifier holding digits follows the word (`SSN 455-87-1359. Invoice
/// 2025-6967`, `08-453 510 96. Ärende TCK-88988`: the word names what comes
/// after it).
fn number_between(text: &str, w_start: usize, w_end: usize, start: usize, end: usize) -> bool {
    let bytes = text.as_bytes();
    let between = if w_end <= start {
        bytes.get(w_end..start)
    } else if w_start >= end {
        if bytes.get(w_end..).is_some_and(identifier_follows) {
            return true;
        }
        bytes.get(end..w_start)
    } else {
        None
    };
    between.is_some_and(|b| b.iter().any(u8::is_ascii_digit))
}

/// `rest` starts with blanks or `/ : # .`, maybe a number word (`number`,
/// `no`, `id`, ...), and then a value: a token (letters, digits, `-`, `_`)
/// that holds a digit (`2025-6967`, `Serial number SN-8922-539175`,
/// `#601429`) or an e-mail address (`mail id ahmed@example.com`).
fn identifier_follows(rest: &[u8]) -> bool {
    let skip = |rest: &[u8]| {
        rest.iter()
            .position(|b| !matches!(b, b' ' | b'\t' | b'/' | b':' | b'#' | b'.'))
    };
    let token = |rest: &[u8]| {
        rest.iter()
            .take(32)
            .take_while(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_'))
            .count()
    };
    let Some(mut at) = skip(rest) else {
        return false;
    };
    let mut len = token(&rest[at..]);
    const NUMBER_WORDS: [&[u8]; 7] = [b"number", b"no", b"nr", b"num", b"nummer", b"numero", b"id"];
    if NUMBER_WORDS
        .iter()
        .any(|w| rest[at..at + len].eq_ignore_ascii_case(w))
    {
        let Some(next) = skip(&rest[at + len..]) else {
            return false;
        };
        at += len + next;
        len = token(&rest[at..]);
    }
    let value = &rest[at..at + len];
    value.iter().any(u8::is_ascii_digit) || (len > 0 && rest.get(at + len) == Some(&b'@'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx(required: bool) -> ContextScore {
        ContextScore {
            words: vec![1],
            negative: vec![2],
            window: 10,
            boost: 0.2,
            required,
            penalty: 0.5,
            same_line: false,
        }
    }

    /// A text long enough for the offsets used below.
    const TEXT: &str = "                                                             ";

    #[test]
    fn same_line_ignores_words_across_line_breaks() {
        let mut c = ctx(false);
        c.same_line = true;
        // "word" at 0..4, match at 12..20, a line break at 8.
        let text = "word ab\n    match...\n";
        let hits = [hit(0, 1)];
        assert_eq!(score(&c, text, &hits, 4, 12, 20, 0.6), Some(0.6));
        assert_eq!(score(&ctx(false), text, &hits, 4, 12, 20, 0.6), Some(0.8));
        let same = "word ab     match...\n";
        assert_eq!(score(&c, same, &hits, 4, 12, 20, 0.6), Some(0.8));
        // A negative word describing another number does not count.
        let text = "v2 1 match...      ";
        let hits = [Hit {
            start: 0,
            end: 1,
            word: 2,
        }];
        assert_eq!(score(&ctx(false), text, &hits, 4, 5, 10, 0.6), Some(0.6));
        let text = "v    match...      ";
        let got = score(&ctx(false), text, &hits, 4, 5, 10, 0.6).expect("scored");
        assert!((got - 0.1).abs() < 1e-6, "{got}");
        // Nor does one after the match that a number follows.
        let text = "     match...  v 1";
        let after = [Hit {
            start: 15,
            end: 16,
            word: 2,
        }];
        assert_eq!(score(&ctx(false), text, &after, 4, 5, 13, 0.6), Some(0.6));
        let text = "     match...  v  ";
        let got = score(&ctx(false), text, &after, 4, 5, 13, 0.6).expect("scored");
        assert!((got - 0.1).abs() < 1e-6, "{got}");
        // Or an identifier holding digits (`Ärende TCK-88988`, `ref #601429`).
        for text in ["     match...  v TCK-88988", "     match...  v #601429"] {
            assert_eq!(score(&ctx(false), text, &after, 4, 5, 13, 0.6), Some(0.6));
        }
        let text = "     match...  v is closed";
        let got = score(&ctx(false), text, &after, 4, 5, 13, 0.6).expect("scored");
        assert!((got - 0.1).abs() < 1e-6, "{got}");
        // A negative word on the next line no longer counts either.
        let after = [hit(21, 2)];
        let text = "            match...\nword";
        assert_eq!(score(&c, text, &after, 4, 12, 20, 0.6), Some(0.6));
    }

    fn hit(start: usize, word: u32) -> Hit {
        Hit {
            start,
            end: start + 4,
            word,
        }
    }

    #[test]
    fn boost_within_window_only() {
        let hits = [hit(0, 1)];
        assert_eq!(score(&ctx(false), TEXT, &hits, 4, 12, 20, 0.6), Some(0.8));
        assert_eq!(score(&ctx(false), TEXT, &hits, 4, 30, 40, 0.6), Some(0.6));
        let after = [hit(25, 1)];
        assert_eq!(score(&ctx(false), TEXT, &after, 4, 12, 20, 0.6), Some(0.8));
    }

    #[test]
    fn required_and_negative() {
        assert_eq!(score(&ctx(true), TEXT, &[], 4, 12, 20, 0.6), None);
        let hits = [hit(0, 1), hit(22, 2)];
        let got = score(&ctx(true), TEXT, &hits, 4, 12, 20, 0.6).expect("hot");
        assert!((got - 0.3).abs() < 1e-6, "{got}");
    }
}

#[cfg(test)]
mod value_follows_tests {
    use super::identifier_follows;

    #[test]
    fn a_word_after_the_match_names_the_value_after_it() {
        for rest in [
            &b" 2025-6967"[..],
            b". TCK-88988",
            b" number SN-8922-539175",
            b" no. 4711",
            b" ahmed@example.com",
            b" id: ahmed@example.com",
        ] {
            assert!(
                identifier_follows(rest),
                "{}",
                String::from_utf8_lossy(rest)
            );
        }
        for rest in [&b" number"[..], b" is wrong", b" number is late", b""] {
            assert!(
                !identifier_follows(rest),
                "{}",
                String::from_utf8_lossy(rest)
            );
        }
    }
}
