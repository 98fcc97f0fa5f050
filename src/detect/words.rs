//! Word-list triggers: rules whose candidates are capitalised words from a
//! built-in list (`word_list = "given_names"`).
//!
//! A list of thousands of names would make the shared Aho-Corasick pass fire
//! every few bytes (`eva` in `evaluate`, `ina` in `machinal`) and grow its
//! automaton past the caches. Every rule that uses a list wants a
//! capitalised name, so instead one byte scan visits the words that start
//! with a capital letter and looks each up in the list's hash set; only those
//! become candidates.

use rustc_hash::FxHashSet;

use super::swar;

/// One built-in list and the rules it triggers.
#[derive(Debug)]
pub(crate) struct WordTrigger {
    name: String,
    words: &'static FxHashSet<&'static str>,
    /// Keyword rules: the word itself is the candidate match.
    pub keyword: Vec<u32>,
    /// Regex rules tried anchored at the word's start: `(rule, max_len)`.
    pub anchored: Vec<(u32, usize)>,
    /// Regex rules searched in a window of `(before, after)` bytes around
    /// the word: `(rule, before, after)`.
    pub around: Vec<(u32, usize, usize)>,
}

impl WordTrigger {
    /// A trigger for list `name` holding `words`.
    pub fn new(name: &str, words: &'static FxHashSet<&'static str>) -> WordTrigger {
        WordTrigger {
            name: name.to_string(),
            words,
            keyword: Vec::new(),
            anchored: Vec::new(),
            around: Vec::new(),
        }
    }

    /// The list's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// Calls `hit(start, end)` for each word of `text` that starts with a
    /// capital letter, is not preceded by a letter or digit, and is in the
    /// list (see [`capitalised_words`]); a listed word joined by hyphens to
    /// further words is reported whole (`Klaus-Dieter`, `Dong-hyun`).
    pub fn scan(&self, text: &str, mut hit: impl FnMut(usize, usize)) {
        let bytes = text.as_bytes();
        capitalised_words(text, |start, mut end| {
            if self.words.contains(&text[start..end]) {
                // A double name (`Klaus-Dieter`, `Dong-hyun`) is one hit.
                while bytes.get(end) == Some(&b'-')
                    && text[end + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    end += 1;
                    while let Some(c) = text[end..].chars().next().filter(|c| c.is_alphabetic()) {
                        end += c.len_utf8();
                    }
                }
                hit(start, end);
            }
        });
    }
}

/// Calls `word(start, end)` for each word of `text` that starts with a
/// capital letter and is not preceded by a letter or digit. A word is a run
/// of letters (apostrophes, hyphens and everything else end it).
pub(crate) fn capitalised_words(text: &str, mut word: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut i = 0;
    // Jump, eight bytes at a time, to the next byte that may start a word.
    while let Some(at) = swar::find(bytes, i, word_start_mask, |b| {
        b.is_ascii_uppercase() || !b.is_ascii()
    }) {
        i = at;
        let b = bytes[i];
        // Only an ASCII capital or the lead byte of a non-ASCII letter
        // can start a capitalised word; a word byte before it means the
        // word started earlier.
        if !(b.is_ascii_uppercase() || b >= 0xC3)
            || (i > 0 && (bytes[i - 1].is_ascii_alphanumeric() || bytes[i - 1] == b'_'))
        {
            i += 1;
            continue;
        }
        let start = i;
        // The first character must be a capital, and no non-ASCII
        // letter may precede it.
        let c = if b.is_ascii() {
            b as char
        } else {
            text[start..].chars().next().unwrap_or(' ')
        };
        i += c.len_utf8();
        let inside_word = start > 0
            && bytes[start - 1] >= 0x80
            && text[..start]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
        if !c.is_uppercase() || inside_word {
            continue;
        }
        // The rest of the word: ASCII letters fast, others by char.
        while i < bytes.len() {
            let b = bytes[i];
            if b.is_ascii_alphabetic() {
                i += 1;
            } else if b >= 0x80 {
                match text[i..].chars().next() {
                    Some(c) if c.is_alphabetic() => i += c.len_utf8(),
                    _ => break,
                }
            } else {
                break;
            }
        }
        word(start, i);
    }
}

/// The high bit of each of the eight bytes in `x` (little-endian) that is
/// an ASCII capital or not ASCII.
#[inline]
fn word_start_mask(x: u64) -> u64 {
    swar::between(x, b'@', b'[') | swar::non_ascii(x)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_listed_capitalised_words_only() {
        let words: &'static FxHashSet<&'static str> =
            Box::leak(Box::new(["Anna", "Östen", "Eva"].into_iter().collect()));
        let t = WordTrigger::new("test", words);
        let text = "Anna and Östen evaluate; Evaluate EVA anna xAnna éAnna Eva-Lotta Anna's";
        let mut hits = Vec::new();
        t.scan(text, |s, e| hits.push(&text[s..e]));
        assert_eq!(hits, ["Anna", "Östen", "Eva-Lotta", "Anna"]);
    }

    #[test]
    fn chunk_test_matches_byte_test() {
        for b in 0..=255u8 {
            let expect = b.is_ascii_uppercase() || b >= 0x80;
            for at in 0..8 {
                let mut chunk = [b'a'; 8];
                chunk[at] = b;
                let mask = word_start_mask(u64::from_le_bytes(chunk));
                let want = if expect { 0x80u64 << (8 * at) } else { 0 };
                assert_eq!(mask, want, "{b} at {at}");
            }
        }
    }
}
