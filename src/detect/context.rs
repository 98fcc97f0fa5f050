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
    hits: &[Hit],
    max_word_len: usize,
    start: usize,
    end: usize,
    base: f32,
) -> Option<f32> {
    let lo = start.saturating_sub(ctx.window);
    let hi = end.saturating_add(ctx.window);
    let first = hits.partition_point(|h| h.start < lo.saturating_sub(max_word_len));
    let mut hot = false;
    let mut negative = false;
    for h in hits[first..].iter().take_while(|h| h.start < hi) {
        if h.end <= lo {
            continue;
        }
        hot |= ctx.words.binary_search(&h.word).is_ok();
        negative |= ctx.negative.binary_search(&h.word).is_ok();
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
        }
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
        assert_eq!(score(&ctx(false), &hits, 4, 12, 20, 0.6), Some(0.8));
        assert_eq!(score(&ctx(false), &hits, 4, 30, 40, 0.6), Some(0.6));
        let after = [hit(25, 1)];
        assert_eq!(score(&ctx(false), &after, 4, 12, 20, 0.6), Some(0.8));
    }

    #[test]
    fn required_and_negative() {
        assert_eq!(score(&ctx(true), &[], 4, 12, 20, 0.6), None);
        let hits = [hit(0, 1), hit(22, 2)];
        let got = score(&ctx(true), &hits, 4, 12, 20, 0.6).expect("hot");
        assert!((got - 0.3).abs() < 1e-6, "{got}");
    }
}
