//! Digit runs: the cheap candidate source for number-shaped rules.
//!
//! Card numbers, IBAN tails, phone numbers and national ids have no literal
//! in common, but they all hold a known number of digits. A run is a maximal
//! stretch of ASCII digits joined by separators (space, tab, `-`, `.`, `/`,
//! `(`, `)`, `+`; at most [`MAX_SEPARATORS`] in a row). Whitespace splits a run
//! into groups; a rule with `digits = [min, max]` is tried when some
//! consecutive groups hold `min..=max` digits, so `call 070-123 45 67 or 12`
//! still tries a 10-digit phone rule although the whole run holds 12.

use super::swar;
use crate::pack::is_run_separator;

/// Most separator bytes allowed between two digits of one run (`" - "`, `") "`).
pub const MAX_SEPARATORS: usize = 3;

/// Most whitespace groups tracked per run; longer runs are checked by total.
const MAX_GROUPS: usize = 64;

/// One run of digits.
#[derive(Debug)]
pub(crate) struct DigitRun<'a> {
    /// Offset of the first digit.
    pub start: usize,
    /// Offset after the last digit.
    pub end: usize,
    /// Digits in the whole run.
    pub total: u32,
    /// Digits per whitespace-separated group (at most [`MAX_GROUPS`]).
    pub groups: &'a [u32],
    /// Whether groups past [`MAX_GROUPS`] were dropped.
    pub truncated: bool,
}

impl DigitRun<'_> {
    /// True when some consecutive groups hold `min..=max` digits.
    pub fn fits(&self, min: u32, max: u32) -> bool {
        if self.total < min {
            return false;
        }
        if self.total <= max || self.truncated {
            return true;
        }
        for i in 0..self.groups.len() {
            let mut sum = 0;
            for &g in &self.groups[i..] {
                sum += g;
                if sum > max {
                    break;
                }
                if sum >= min {
                    return true;
                }
            }
        }
        false
    }
}

/// Calls `f` for every digit run in `bytes`.
pub(crate) fn for_each_run(bytes: &[u8], mut f: impl FnMut(DigitRun<'_>)) {
    let mut groups = [0u32; MAX_GROUPS];
    let mut i = 0;
    let digits = |x| swar::between(x, b'/', b':');
    while let Some(start) = swar::find(bytes, i, digits, |b| b.is_ascii_digit()) {
        let mut n_groups = 0usize;
        let mut truncated = false;
        let mut current = 0u32;
        let mut total = 0u32;
        let mut seps = 0usize;
        let mut split = false;
        let mut end = start;
        let mut j = start;
        while j < bytes.len() {
            let b = bytes[j];
            if b.is_ascii_digit() {
                if split && current > 0 {
                    if n_groups < MAX_GROUPS {
                        groups[n_groups] = current;
                        n_groups += 1;
                    } else {
                        truncated = true;
                    }
                    current = 0;
                }
                split = false;
                current += 1;
                total += 1;
                seps = 0;
                end = j + 1;
            } else if is_run_separator(b) && seps < MAX_SEPARATORS {
                seps += 1;
                split |= b == b' ' || b == b'\t';
            } else {
                break;
            }
            j += 1;
        }
        if n_groups < MAX_GROUPS {
            groups[n_groups] = current;
            n_groups += 1;
        } else {
            truncated = true;
        }
        f(DigitRun {
            start,
            end,
            total,
            groups: &groups[..n_groups],
            truncated,
        });
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(text: &str) -> Vec<(usize, usize, u32, Vec<u32>)> {
        let mut out = Vec::new();
        for_each_run(text.as_bytes(), |r| {
            out.push((r.start, r.end, r.total, r.groups.to_vec()))
        });
        out
    }

    #[test]
    fn splits_runs_at_words_and_groups_at_spaces() {
        let r = runs("call 070-123 45 67, or 1985-03-12. x");
        assert_eq!(r[0], (5, 18, 10, vec![6, 2, 2]));
        assert_eq!(r[1], (23, 33, 8, vec![8]));
        assert_eq!(r.len(), 2);
    }

    #[test]
    fn fits_consecutive_groups() {
        let mut hit = None;
        for_each_run(b"4111 1111 1111 1111 12", |r| {
            hit = Some((r.fits(16, 16), r.fits(20, 30), r.fits(2, 2)))
        });
        assert_eq!(hit, Some((true, false, true)));
    }

    #[test]
    fn too_many_separators_end_a_run() {
        assert_eq!(runs("12 -  34").len(), 2);
    }
}
