//! Eight bytes at a time: byte-class tests on a `u64`, for scans that skip
//! most of a text (digit runs, capitalised words).

const ONES: u64 = 0x0101_0101_0101_0101;
const HIGH: u64 = 0x8080_8080_8080_8080;

/// The high bit of each of the eight bytes of `x` that is ASCII and lies
/// strictly between `above` and `below` (the classic "has a byte between m
/// and n" trick, exact per byte because no lane borrows from its neighbour).
#[inline]
pub(crate) fn between(x: u64, above: u8, below: u8) -> u64 {
    debug_assert!(above < below && below <= 128);
    let low7 = x & (ONES * 127);
    (ONES * (127 + below as u64) - low7) & !x & (low7 + ONES * (127 - above as u64)) & HIGH
}

/// The high bit of each byte of `x` that is not ASCII.
#[inline]
pub(crate) fn non_ascii(x: u64) -> u64 {
    x & HIGH
}

/// Offset of the first byte at or after `from` whose lane `mask` marks,
/// testing eight bytes at a time; the tail is tested byte by byte with
/// `test`.
#[inline]
pub(crate) fn find(
    bytes: &[u8],
    from: usize,
    mask: impl Fn(u64) -> u64,
    test: impl Fn(u8) -> bool,
) -> Option<usize> {
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let m = mask(u64::from_le_bytes(chunk.try_into().ok()?));
        if m != 0 {
            return Some(i + (m.trailing_zeros() / 8) as usize);
        }
        i += 8;
    }
    bytes.get(i..)?.iter().position(|&b| test(b)).map(|p| i + p)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn between_marks_exactly_the_bytes_in_range() {
        for b in 0..=255u8 {
            for at in 0..8 {
                // The other lanes hold bytes just outside the range.
                let mut chunk = [b'/', b':', b'/', b':', b'/', b':', b'/', b':'];
                chunk[at] = b;
                let mask = between(u64::from_le_bytes(chunk), b'/', b':');
                let want = if b.is_ascii_digit() {
                    0x80u64 << (8 * at)
                } else {
                    0
                };
                assert_eq!(mask, want, "{b} at {at}");
            }
        }
    }

    #[test]
    fn find_reports_the_first_marked_byte_in_chunks_and_tail() {
        let digits = |x| between(x, b'/', b':');
        for len in 0..20 {
            for at in 0..len {
                let mut text = vec![b'x'; len];
                text[at] = b'7';
                if at + 1 < len {
                    text[at + 1] = b'8';
                }
                assert_eq!(find(&text, 0, digits, |b| b.is_ascii_digit()), Some(at));
                assert_eq!(
                    find(&text, at + 2, digits, |b| b.is_ascii_digit()),
                    None,
                    "{len} {at}"
                );
            }
        }
    }
}
