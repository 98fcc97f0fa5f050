//! Name gazetteers: given names and surnames from published name statistics
//! (`patterns/names/`, with their sources and licences), and the validators
//! that consult them.
//!
//! The lists make loose name contexts precise: `and Siobhan told me` is a
//! name because `Siobhan` is a given name, `and Support told me` is not. A
//! given name that is also a common word in one of the packs' languages
//! (`Frank`, `Rose`, `Hans`) is marked ambiguous and counts only as the first
//! word of a full name whose last word is a surname.

use std::sync::OnceLock;

use rustc_hash::{FxHashMap, FxHashSet};

use crate::detect::known::fold;

const GIVEN_NAMES: &str = include_str!("../../../patterns/names/given_names.txt");
const SURNAMES: &str = include_str!("../../../patterns/names/surnames.txt");

/// The parsed lists, built on first use.
struct Gazetteer {
    /// Given names that are not common words, as written (`Östen`).
    unambiguous: FxHashSet<&'static str>,
    /// Given names, ambiguous ones included, as written.
    given: FxHashSet<&'static str>,
    /// Folded surnames (`kossler`), each with whether it is also a common
    /// word (`garden`, `miller`).
    surnames: FxHashMap<&'static str, bool>,
}

fn gazetteer() -> &'static Gazetteer {
    static LISTS: OnceLock<Gazetteer> = OnceLock::new();
    LISTS.get_or_init(|| {
        let mut g = Gazetteer {
            unambiguous: FxHashSet::default(),
            given: FxHashSet::default(),
            surnames: FxHashMap::default(),
        };
        for line in GIVEN_NAMES.lines().filter(|l| !l.starts_with('#')) {
            let (name, ambiguous) = match line.strip_suffix('*') {
                Some(n) => (n, true),
                None => (line, false),
            };
            if name.is_empty() {
                continue;
            }
            if !ambiguous {
                g.unambiguous.insert(name);
            }
            g.given.insert(name);
        }
        g.surnames = SURNAMES
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
            .map(|l| match l.strip_suffix('*') {
                Some(word) => (word, true),
                None => (l, false),
            })
            .collect();
        g
    })
}

/// The words of a built-in word list (`word_list = "given_names"` in a pack),
/// as written: the set the validators read, shared.
pub fn word_list(name: &str) -> Option<&'static FxHashSet<&'static str>> {
    match name {
        "given_names" => Some(&gazetteer().given),
        _ => None,
    }
}

/// Names of the built-in word lists.
pub const WORD_LISTS: &[&str] = &["given_names"];

/// A capitalised word: an upper-case letter, then lower-case letters or
/// apostrophes (`O'Neil` passes through its parts).
fn capitalised(word: &str) -> bool {
    let mut chars = word.chars();
    chars.next().is_some_and(char::is_uppercase)
        && chars.all(|c| c.is_lowercase() || c == '\'' || c == '\u{2019}')
}

/// Whether the first part of `word` (before a hyphen) is a given name, as
/// written (the lists hold capitalised names only); `strict`: and not a
/// common word.
fn given(word: &str, strict: bool) -> bool {
    let first = word.split('-').next().unwrap_or(word);
    let g = gazetteer();
    if strict {
        g.unambiguous.contains(first)
    } else {
        g.given.contains(first)
    }
}

/// Endings of surnames formed from a name or a place (`Svensson`,
/// `Lindström`, `Fernández`, `Hoffmann`, `Virtanen`, `Dumitrescu`,
/// `Petrović`), which the U.S. surname statistics hold only in part: the
/// packs' own languages first, then Finnish, Romanian, Slavic, Greek,
/// Turkish, Georgian, Italian, Persian, Armenian and Indian ones.
const SURNAME_ENDINGS: &[&str] = &[
    "sson", "dottir", "strom", "berg", "qvist", "kvist", "lund", "gren", "holm", "dahl", "blad",
    "stedt", "ez", "mann", "ner", "inger", "meier", "meyer", "nen", "escu", "ov", "ova", "ev",
    "eva", "vic", "wicz", "wski", "wska", "lski", "lska", "nski", "nska", "enko", "chuk", "oglu",
    "poulos", "idis", "akis", "shvili", "adze", "elli", "etti", "ucci", "opoulou", "idou", "aki",
    "zadeh", "pour", "nejad", "yan", "ian", "pande", "kar", "wala", "swamy", "murthy", "nathan",
    "raman",
];

/// Arabic articles and kin words that open a hyphenated surname
/// (`Al-Hashimi`, `El-Sayed`, `Abu-Zeid`, `Ben-Ali`).
const SURNAME_PREFIXES: &[&str] = &["Al", "El", "Abu", "Abd", "Ben", "Bin", "Ould"];

/// Letters of Turkish, Polish, Czech, Slovak, Croatian, Hungarian and
/// Romanian that ordinary words of the packs' languages never hold: a
/// capitalised word with one (`Kılıç`, `Wróblewska`, `Dvořák`) after a given
/// name is a surname.
const FOREIGN_LETTERS: &[char] = &[
    'ı', 'ş', 'ğ', 'ł', 'ř', 'ě', 'ů', 'č', 'ć', 'ž', 'đ', 'ő', 'ű', 'ą', 'ę', 'ś', 'ź', 'ż', 'ń',
    'ș', 'ț', 'ă', 'Ş', 'Ł', 'Ř', 'Č', 'Ć', 'Ž', 'Đ', 'Ś', 'Ź', 'Ż',
];

/// Whether `word` (or one part of a hyphenated one) is a known surname,
/// compared with diacritics folded both ways (`Kößler`, `Böhm` as `bohm` or
/// `boehm`), or ends like one and is long enough not to be a short word,
/// or holds one of [`FOREIGN_LETTERS`]; `plain`: one that is not also a
/// common word.
fn surname(word: &str, plain: bool) -> bool {
    let g = gazetteer();
    if let Some((prefix, rest)) = word.split_once('-') {
        if SURNAME_PREFIXES.contains(&prefix) && capitalised_parts(rest) && rest.len() >= 3 {
            return true;
        }
    }
    word.split('-').any(|part| {
        part.chars().next().is_some_and(char::is_uppercase)
            && [false, true].iter().any(|&german| {
                let key = fold(part, german).replace(['\'', '-'], "");
                match g.surnames.get(key.as_str()) {
                    Some(&common) => !(plain && common),
                    None => key.len() >= 6 && SURNAME_ENDINGS.iter().any(|e| key.ends_with(e)),
                }
            })
            || part.contains(FOREIGN_LETTERS)
    })
}

/// Day names and their abbreviations in the packs' languages, lower case:
/// some are also surnames or given names (`Thu`, `Sun`). Month names come
/// from the date validator's own list.
const DAY_NAMES: &[&str] = &[
    "mon",
    "tue",
    "tues",
    "wed",
    "thu",
    "thur",
    "thurs",
    "fri",
    "sat",
    "sun",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "mån",
    "tis",
    "ons",
    "tor",
    "fre",
    "lör",
    "sön",
    "mo",
    "di",
    "mi",
    "do",
    "fr",
    "sa",
    "so",
    "lun",
    "mar",
    "mié",
    "jue",
    "vie",
    "sáb",
    "dom",
];

/// A day or month name or abbreviation (`Thu`, `May`, `Jun.`), any case.
pub fn calendar_word(word: &str) -> bool {
    let w = word.trim_end_matches('.').to_lowercase();
    DAY_NAMES.contains(&w.as_str()) || super::text::month_number(&w).is_some()
}

/// Lower-case particles inside a full name (`Ana de la Fuente`).
const PARTICLES: &[&str] = &[
    "de", "del", "la", "las", "los", "van", "von", "der", "den", "af", "da", "di", "du", "le", "y",
    "zu", "bin", "ibn", "bint",
];

/// A single given name that is not also a common word (`Siobhan`,
/// `Anna-Lena`), capitalised.
pub fn given_name(s: &str) -> bool {
    !s.contains(char::is_whitespace) && given(s, true)
}

/// A full name: a capitalised given name, then capitalised words or
/// particles, the last of which is a known surname (`Owen Szabo`; `Alba
/// Garrido Etxeberria` fails on its last word and `Alba Garrido` passes).
/// When the given name is also a common word, the surname must not be one
/// too (`Frank Kowalski`, not `Rose Garden`).
pub fn full_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    words.len() >= 2
        && given(first, false)
        && words[1..words.len() - 1]
            .iter()
            .all(|w| capitalised(w) || PARTICLES.contains(w))
        && surname(last, !given(first, true))
}

/// An initial and a surname (`B. Llewellyn`, `M. Puig Ferrer`, `T. Trần`):
/// one capital letter and a full stop, then one or two capitalised words
/// that are all known surnames, one of them not also a common word (so not
/// `P. Box` or `S. Bank`).
pub fn initial_surname(s: &str) -> bool {
    let Some((initial, rest)) = s.split_once('.') else {
        return false;
    };
    let mut chars = initial.chars();
    let words: Vec<&str> = rest.split_whitespace().collect();
    chars.next().is_some_and(char::is_uppercase)
        && chars.next().is_none()
        && (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|w| capitalised_parts(w) && surname(w, false))
        && words.iter().any(|w| surname(w, true))
}

/// Every hyphen-separated part of `word` is capitalised (`Al-Khatib`).
fn capitalised_parts(word: &str) -> bool {
    word.split('-').all(capitalised)
}

/// A name typed all in lower case (`imogen`, `callum o'brien`, `josé
/// maría`): read capitalised, the first word is a given name that is not
/// also a common word; a last word after it, if any, is a known surname or
/// another given name, and words between are particles. For casual messages
/// whose context (a greeting, a thanks) already says a name may follow.
pub fn lowercase_name(s: &str) -> bool {
    let words: Vec<String> = s.split_whitespace().map(capitalise_parts).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    s.chars().all(|c| !c.is_uppercase())
        && given(first, true)
        && (words.len() == 1
            || (words[1..words.len() - 1]
                .iter()
                .all(|w| PARTICLES.contains(&w.to_lowercase().as_str()))
                && (surname(last, true) || given(last, true))))
}

/// A full name typed all in lower case where its place already says a
/// person speaks (a chat line's speaker: `jarrah fitzpatrick`, `zhang wei`):
/// two to four words, the last a known surname that is not also a common
/// word (or, as in `zhang wei`, a given name after such a surname), and
/// words between particles or surnames (`diego morales vargas`). The given
/// name is not looked up, so names the lists lack pass on the surname
/// (`dariush hosseini`); two ordinary words do not (`connection refused`).
pub fn lowercase_full_name(s: &str) -> bool {
    let words: Vec<String> = s.split_whitespace().map(capitalise_parts).collect();
    let (Some(first), Some(last)) = (words.first(), words.last()) else {
        return false;
    };
    s.chars().all(|c| !c.is_uppercase())
        && (2..=4).contains(&words.len())
        && words[1..words.len() - 1]
            .iter()
            .all(|w| PARTICLES.contains(&w.to_lowercase().as_str()) || surname(w, false))
        // Three words or more already read as a name; two must not be
        // ordinary words (`vargas` is also a Spanish noun).
        && (surname(last, words.len() == 2) || (surname(first, true) && given(last, true)))
}

/// A name typed all in capitals (`MEI CHEN`, `PILAR DEL RÍO`,
/// `HANS-PETER MÜLLER`): read capitalised (particles in lower case), it is a
/// [`full_name`].
pub fn uppercase_name(s: &str) -> bool {
    if s.chars().any(char::is_lowercase) {
        return false;
    }
    full_name(&capitalised_form(s))
}

/// A full name in any case, as data fields hold it: [`full_name`] as
/// written, typed in lower case ([`lowercase_full_name`]), in capitals, or
/// with the surname alone in capitals (`Emeka NWOSU`), each word read
/// capitalised.
pub fn any_case_full_name(s: &str) -> bool {
    if full_name(s) || lowercase_full_name(s) {
        return true;
    }
    full_name(&capitalised_form(s))
}

/// A name written surname first, as lists and address books sort it
/// (`Becker, Jörg`, `von Weber, Sanne`, `Pérez Fernández, Sergio`): before
/// the comma one to three capitalised words, each a known surname and one
/// not also a common word, with particles between; after it one or two
/// capitalised words, one of them a given name, which must not also be a
/// common word unless every surname is plain (`Becker, Lena`). So `Thanks,
/// Anna`, `Berlin, Germany` and `Miller, Frank` fail.
pub fn surname_first_name(s: &str) -> bool {
    let Some((last, first)) = s.split_once(',') else {
        return false;
    };
    // `Thu, May 8`: a date in a reply header, not a name.
    if s.split_whitespace()
        .any(|w| calendar_word(w.trim_end_matches(',')))
    {
        return false;
    }
    let surnames: Vec<&str> = last
        .split_whitespace()
        .filter(|w| !PARTICLES.contains(w))
        .collect();
    let given_words: Vec<&str> = first.split_whitespace().collect();
    (1..=3).contains(&surnames.len())
        && (1..=2).contains(&given_words.len())
        && surnames
            .iter()
            .all(|w| capitalised_parts(w) && surname(w, false))
        && surnames.iter().any(|w| surname(w, true))
        && given_words.iter().all(|w| capitalised_parts(w))
        && given_words.iter().any(|w| {
            given(w, true) || (given(w, false) && surnames.iter().all(|s| surname(s, true)))
        })
}

/// A name where its place already says a person stands (an account being
/// closed, a colleague who left): two to four capitalised words, particles
/// between, none of them looked up, so names the lists lack pass (`Babak
/// Ghorbani`, `Cabdi Warsame Abdi`). Rules that use it pair it with a strong
/// cue and the packs' list of group and role words.
pub fn capitalised_full_name(s: &str) -> bool {
    let words: Vec<&str> = s.split_whitespace().collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| PARTICLES.contains(w) || capitalised_parts(w))
        && !PARTICLES.contains(&words[0])
        && words.last().is_some_and(|w| !PARTICLES.contains(w))
}

/// `s` with every word capitalised and particles in lower case
/// (`PILAR DEL RÍO` -> `Pilar del Río`).
fn capitalised_form(s: &str) -> String {
    s.split_whitespace()
        .map(|w| {
            let lower = w.to_lowercase();
            if PARTICLES.contains(&lower.as_str()) {
                lower
            } else {
                capitalise_parts(&lower)
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Each hyphen-separated part of `word` capitalised (`hans-peter` ->
/// `Hans-Peter`).
fn capitalise_parts(word: &str) -> String {
    word.split('-')
        .map(capitalise)
        .collect::<Vec<_>>()
        .join("-")
}

/// `word` with its first letter (and the one after an apostrophe, `O'brien`
/// -> `O'Brien`) in upper case.
fn capitalise(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut upper = true;
    for c in word.chars() {
        if upper {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
        upper = c == '\'' || c == '\u{2019}';
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn surnames_of_more_cultures() {
        for s in [
            "Omar Al-Hashimi",
            "Hassan El-Sayed",
            "Mariam bin Rashid",
            "Dong-hyun Kang",
            "Katerina Papadaki",
            "Reza Ahmadzadeh",
            "Priya Deshpande",
        ] {
            assert!(full_name(s), "{s}");
        }
        for s in ["Omar Al-", "Omar El-Of", "Anna Support"] {
            assert!(!full_name(s), "{s}");
        }
    }

    #[test]
    fn capitalised_full_names() {
        for s in [
            "Babak Ghorbani",
            "Golnaz Mohammadi",
            "Xabier Sáez de Vicuña",
        ] {
            assert!(capitalised_full_name(s), "{s}");
        }
        for s in ["Babak", "Babak ghorbani", "Anna de", "de Vicuña Sáez"] {
            assert!(!capitalised_full_name(s), "{s}");
        }
    }

    #[test]
    fn surname_first_names() {
        for s in [
            "Becker, Jörg",
            "von Weber, Sanne",
            "Pérez Fernández, Sergio",
            "Davies, Charlotte",
            "Hoffmann, Maximilian",
            "Becker, Lena",
        ] {
            assert!(surname_first_name(s), "{s}");
        }
        for s in [
            "Thanks, Anna",
            "Hello, Siobhan",
            "Becker, Support",
            "Becker Jörg",
            "Becker, jörg",
            "Garden, Rose",
            "Thu, May",
            "Sat, Jun",
        ] {
            assert!(!surname_first_name(s), "{s}");
        }
    }

    #[test]
    fn upper_case_names() {
        for name in [
            "SIOBHAN CHEN",
            "PILAR DEL RÍO",
            "HANS-PETER MÜLLER",
            "SIOBHAN O'BRIEN",
        ] {
            assert!(uppercase_name(name), "{name}");
        }
        for word in [
            "MEI",
            "ORDER NUMBER",
            "Mei Chen",
            "ACME CORP",
            "ROSE GARDEN",
            "",
        ] {
            assert!(!uppercase_name(word), "{word}");
        }
    }

    #[test]
    fn lower_case_names() {
        for name in [
            "henrik",
            "siobhan o'brien",
            "josé maría",
            "siobhan",
            "jürgen fischer",
        ] {
            assert!(lowercase_name(name), "{name}");
        }
        // Common words, capitalised or mixed text, words that are not names,
        // a surname that is not known.
        for word in [
            "frank",
            "there",
            "Imogen",
            "imogen pls",
            "again",
            "siobhan xqzv",
            "",
        ] {
            assert!(!lowercase_name(word), "{word}");
        }
    }

    #[test]
    fn lower_case_full_names() {
        for name in [
            "jarrah fitzpatrick",
            "brandon harris",
            "zhang wei",
            "diego morales vargas",
            "begoña del río",
        ] {
            assert!(lowercase_full_name(name), "{name}");
        }
        // One word, ordinary words, capitals, and a known given name before
        // a word that is no surname.
        for words in [
            "henrik",
            "connection refused",
            "error code",
            "system message",
            "Jarrah Fitzpatrick",
            "siobhan xqzv",
            "",
        ] {
            assert!(!lowercase_full_name(words), "{words}");
        }
    }

    #[test]
    fn full_names_in_any_case() {
        for name in [
            "Sophie Wilson",
            "åsa johansson",
            "Chloe STEWART",
            "SOPHIE WILSON",
        ] {
            assert!(any_case_full_name(name), "{name}");
        }
        for words in ["Pro Plan", "widget pro", "Madison", "API KEY", ""] {
            assert!(!any_case_full_name(words), "{words}");
        }
    }

    #[test]
    fn initials_before_surnames() {
        for name in [
            "B. Llewellyn",
            "M. Puig Ferrer",
            "J. Ruiz Gil",
            "T. Trần",
            "A. Blomqvist",
        ] {
            assert!(initial_surname(name), "{name}");
        }
        // Common words, a common-word surname alone, no initial, too many words.
        for text in [
            "P. Box",
            "S. Bank",
            "B. Smith",
            "Bo. Llewellyn",
            "b. Llewellyn",
            "Llewellyn",
            "A. Reception",
            "M. Puig Ferrer Ruiz",
            "",
        ] {
            assert!(!initial_surname(text), "{text}");
        }
    }

    #[test]
    fn given_names_from_the_list() {
        for name in ["Siobhan", "Östen", "Antje", "Anna-Lena", "Konstantin"] {
            assert!(given_name(name), "{name}");
        }
        // Common words, lower case, sentences, months and places are not.
        for word in [
            "Frank",
            "siobhan",
            "SIOBHAN",
            "Support",
            "May",
            "Sydney",
            "Anna Svensson",
        ] {
            assert!(!given_name(word), "{word}");
        }
    }

    #[test]
    fn full_names_need_a_surname() {
        for name in [
            "Owen Szabo",
            "Frank Kowalski",
            "Hans Müller",
            "Anneliese Böhm",
            "Lucía de la Torre",
            "Priya Abernethy",
            "Anna Svensson",
            "Ingrid Lindqvist",
            "Satu Virtanen",
            "Andrei Dumitrescu",
            "Serkan Kılıç",
            "Goran Petrović",
        ] {
            assert!(full_name(name), "{name}");
        }
        for text in [
            "Owen",
            "Hannah Support",
            "Siobhan told",
            "Max Size",
            "owen szabo",
            "Rose Garden",
        ] {
            assert!(!full_name(text), "{text}");
        }
    }

    #[test]
    fn word_lists_are_known_by_name() {
        let words = word_list("given_names").expect("given names");
        assert!(words.len() > 3000 && words.contains(&"Siobhan"));
        assert!(word_list("surnames").is_none());
    }
}
