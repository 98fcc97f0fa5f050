//! Per-call known values: the ticket's requester fields found anywhere in a text.
//!
//! The caller passes the requester's own name, email addresses and phone
//! number with each scan. [`KnownMatcher::new`] turns them into a handful of
//! variants and one small Aho-Corasick automaton per kind; it is cheap enough
//! to build per call. [`KnownMatcher::find`] reports:
//!
//! * `known.email`: each address, ASCII case-insensitive, on address
//!   boundaries (never a part of a longer address such as `xjane@example.org`
//!   or `jane@example.org.evil.com`). `mailto:` prefixes and quotes are fine.
//! * `known.phone`: any run of digits with separators (space, `-`, `.`, `/`,
//!   parentheses) whose digits equal the known number in international form
//!   (`+46 70 123 45 67`, `0046 …`) or national form with the trunk prefix
//!   (`070-123 45 67`; `(415) 555-0132` for `+1`; `030 1234567` for
//!   `+49 (0)30 1234567`). The span covers the whole number, including a
//!   leading `+` or `(`.
//! * `known.name`:
//!   - the full name and its variants anywhere, case-insensitive and with
//!     diacritics folded both ways (`Jörg` ↔ `Jorg`, `Joerg`, `JÖRG`; `ß` ↔
//!     `ss`): `First Middle Last`, `First Last`, `First <any surname>`,
//!     `Last, First`, `Last First`, `F. Last`;
//!   - a surname after a title or form of address (`Mr Weber`,
//!     `Ms. Svensson`, `Herr Weber`, `Frau`, `Sr.`, `Sra.`, `Dr`, `Fru` …);
//!     the finding covers the surname only;
//!   - the first name alone in a greeting, sign-off or introduction
//!     (`Hi Anna,`, `Hej Anna!`, `Thanks, Anna`, `/Anna`, `-- Anna`, a line
//!     holding only the name, `Anna here`, `my name is Anna`), in any case;
//!   - the first name alone anywhere else when it is written capitalised (or
//!     in capitals), is at least three letters long and is not also a common
//!     word (`Will`, `Mark`, `Rosa`, `Per`, `Jan` …). The requester's own first
//!     name in their own ticket is almost always them; such findings get a
//!     slightly lower confidence.
//!
//! Every match is whole-word: `Ann` never matches inside `Annual`, and a name
//! that continues with a hyphen (`Anna-Karin`) is a different name. Offsets
//! are UTF-8 byte offsets into the original text. Neither the values nor the
//! matched text is ever logged or printed (the `Debug` output holds counts
//! only).

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::{Category, Finding, KnownValues};

/// Confidence of a known-value finding.
const CONFIDENCE: f32 = 0.99;
/// Confidence of the first name alone, outside any greeting or signature.
const BARE_FIRST_NAME_CONFIDENCE: f32 = 0.9;
/// Phone numbers with fewer digits than this are not looked for.
const MIN_PHONE_DIGITS: usize = 6;
/// How far back (bytes) a greeting or title is looked for.
const CONTEXT_WINDOW: usize = 40;

/// Titles and forms of address that may precede a surname (folded: lower
/// case, no diacritics, no trailing dot).
const TITLES: &[&str] = &[
    "mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "madam", "madame", "herr", "herrn",
    "frau", "hr", "fr", "sr", "sra", "srta", "senor", "senora", "senorita", "don", "dona", "dna",
    "fru", "froken", "mme", "mlle", "mister", "doctor", "doktor",
];

/// Name particles that may stand between a title and a surname.
const PARTICLES: &[&str] = &[
    "van", "von", "de", "del", "della", "der", "den", "da", "das", "do", "dos", "di", "du", "la",
    "le", "los", "las", "y", "ter", "ten", "af", "zu", "zum", "zur", "st", "st.",
];

/// Words (folded) after which a first name alone is a greeting, sign-off or
/// introduction.
const LEAD_INS: &[&str] = &[
    // greetings
    "hi",
    "hello",
    "hey",
    "heya",
    "hiya",
    "dear",
    "morning",
    "afternoon",
    "evening",
    "greetings",
    "hej",
    "hejsan",
    "halla",
    "hallo",
    "hola",
    "buenos dias",
    "buenas tardes",
    "buenas noches",
    "buenas",
    "querido",
    "querida",
    "estimado",
    "estimada",
    "liebe",
    "lieber",
    "moin",
    "servus",
    "guten tag",
    "god morgon",
    // thanks and sign-offs
    "thanks",
    "thank you",
    "thx",
    "ty",
    "cheers",
    "regards",
    "best",
    "br",
    "kr",
    "sincerely",
    "yours",
    "cordially",
    "love",
    "tack",
    "mvh",
    "halsningar",
    "halsning",
    "kram",
    "danke",
    "mfg",
    "lg",
    "vg",
    "grusse",
    "gruss",
    "gracias",
    "saludos",
    "saludo",
    "atentamente",
    "cordialmente",
    "abrazos",
    // introductions
    "this is",
    "i am",
    "i'm",
    "my name is",
    "name is",
    "name's",
    "jag heter",
    "jag ar",
    "det ar",
    "mitt namn ar",
    "ich bin",
    "ich heisse",
    "mein name ist",
    "hier ist",
    "soy",
    "me llamo",
    "mi nombre es",
    "attn",
];

/// Words (folded) after a first name that make it an introduction (`Anna here`).
const TRAILERS: &[&str] = &["here", "hier", "har", "aqui"];

/// First names that are also common words (folded). Alone, they are reported
/// only in a greeting, sign-off or introduction.
const COMMON_WORD_NAMES: &[&str] = &[
    // English
    "will",
    "may",
    "mark",
    "bill",
    "grace",
    "rose",
    "hope",
    "joy",
    "art",
    "sue",
    "pat",
    "rob",
    "jack",
    "frank",
    "june",
    "july",
    "april",
    "august",
    "summer",
    "autumn",
    "dawn",
    "faith",
    "sky",
    "ray",
    "gene",
    "chase",
    "drew",
    "miles",
    "max",
    "guy",
    "hunter",
    "amber",
    "ruby",
    "crystal",
    "jade",
    "iris",
    "basil",
    "carol",
    "chuck",
    "dick",
    "don",
    "dean",
    "earl",
    "penny",
    "sunny",
    "river",
    "storm",
    "page",
    "olive",
    "ginger",
    "brook",
    "cliff",
    "glen",
    "lane",
    "reed",
    "wade",
    "cole",
    "rich",
    "sandy",
    "misty",
    "buck",
    "holly",
    "ivy",
    "lily",
    "violet",
    "heather",
    "daisy",
    "poppy",
    "jean",
    "victor",
    "sterling",
    "major",
    "king",
    "bishop",
    "christian",
    "august",
    "colt",
    "hank",
    "harry",
    "price",
    "ward",
    "young",
    "ali",
    "amy",
    // Swedish, German
    "per",
    "bo",
    "dag",
    "sol",
    "stig",
    "gun",
    "tor",
    "bjorn",
    "ernst",
    "horst",
    "wolf",
    "ola",
    "alla",
    "berg",
    "hans",
    "kurt",
    "heide",
    "jan",
    "arne",
    "ulla",
    "inga",
    "lo",
    // Spanish
    "rosa",
    "luz",
    "pilar",
    "dolores",
    "mercedes",
    "jesus",
    "angel",
    "mar",
    "paz",
    "amparo",
    "consuelo",
    "rocio",
    "cruz",
    "reyes",
    "nieves",
    "gloria",
    "victoria",
    "socorro",
    "esperanza",
    "alba",
    "blanca",
    "clara",
    "ella",
    "ida",
    "nina",
    "alma",
    "mia",
    "lucero",
    "leal",
    "sola",
    "rey",
    "flor",
    "carmen",
    "salvador",
    "aurora",
    "soledad",
];

/// What a name pattern stands for.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum NameKind {
    /// Full name or a multi-word variant: reported anywhere.
    Full,
    /// The first name alone: reported in context (or bare when distinctive).
    First,
    /// A surname alone: reported after a title only.
    Surname,
}

/// A matcher compiled per call from [`KnownValues`].
pub struct KnownMatcher {
    names: Option<AhoCorasick>,
    name_kinds: Vec<NameKind>,
    /// The first name may be reported outside greetings and signatures.
    first_bare: bool,
    emails: Option<AhoCorasick>,
    email_count: usize,
    phone_keys: Vec<String>,
    subtype: Arc<str>,
    rule_name: Arc<str>,
    rule_email: Arc<str>,
    rule_phone: Arc<str>,
}

impl fmt::Debug for KnownMatcher {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("KnownMatcher")
            .field("name_patterns", &self.name_kinds.len())
            .field("emails", &self.email_count)
            .field("phone_forms", &self.phone_keys.len())
            .finish()
    }
}

/// The automaton kind of the per-call matchers. They are built for every
/// ticket and search one ticket's text, so build cost dominates: the
/// library's default for a few patterns is a DFA, whose full transition
/// table costs more to fill than the whole search saves.
const PER_CALL_KIND: Option<AhoCorasickKind> = Some(AhoCorasickKind::NoncontiguousNFA);

impl KnownMatcher {
    /// Compiles the values; `None` when there is nothing to look for.
    pub fn new(known: &KnownValues) -> Option<KnownMatcher> {
        let mut name_kinds = Vec::new();
        let mut first_bare = false;
        let names = known.name.as_deref().and_then(|name| {
            let (patterns, kinds, bare) = name_patterns(name);
            if patterns.is_empty() {
                return None;
            }
            name_kinds = kinds;
            first_bare = bare;
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .kind(PER_CALL_KIND)
                .build(&patterns)
                .ok()
        });
        if names.is_none() {
            name_kinds.clear();
        }

        let mut email_patterns: Vec<String> = known
            .email
            .iter()
            .chain(known.emails.iter())
            .map(|e| e.trim().trim_start_matches("mailto:").to_lowercase())
            .filter(|e| e.len() >= 3 && e.contains('@') && !e.starts_with('@') && !e.ends_with('@'))
            .collect();
        email_patterns.sort();
        email_patterns.dedup();
        let email_count = email_patterns.len();
        let emails = if email_patterns.is_empty() {
            None
        } else {
            AhoCorasickBuilder::new()
                .match_kind(MatchKind::Standard)
                .ascii_case_insensitive(true)
                .kind(PER_CALL_KIND)
                .build(&email_patterns)
                .ok()
        };

        let phone_keys = known
            .phone
            .as_deref()
            .map(known_phone_keys)
            .unwrap_or_default();

        if names.is_none() && emails.is_none() && phone_keys.is_empty() {
            return None;
        }
        Some(KnownMatcher {
            names,
            name_kinds,
            first_bare,
            emails,
            email_count,
            phone_keys,
            subtype: Arc::from("known"),
            rule_name: Arc::from("known.name"),
            rule_email: Arc::from("known.email"),
            rule_phone: Arc::from("known.phone"),
        })
    }

    /// Appends every occurrence in `text` to `out` (rule ids `known.*`).
    pub fn find(&self, text: &str, out: &mut Vec<Finding>) {
        if let Some(ac) = &self.emails {
            self.find_emails(ac, text, out);
        }
        if !self.phone_keys.is_empty() {
            self.find_phones(text, out);
        }
        // Folded offsets are stored as u32; longer texts are not searched for
        // names.
        if let Some(ac) = &self.names {
            if u32::try_from(text.len()).is_ok() {
                self.find_names(ac, text, out);
            }
        }
    }

    fn finding(&self, start: usize, end: usize, category: Category, conf: f32) -> Finding {
        let rule_id = match category {
            Category::Email => &self.rule_email,
            Category::Phone => &self.rule_phone,
            _ => &self.rule_name,
        };
        Finding {
            start,
            end,
            category,
            subtype: Some(Arc::clone(&self.subtype)),
            rule_id: Arc::clone(rule_id),
            confidence: conf,
        }
    }

    fn find_emails(&self, ac: &AhoCorasick, text: &str, out: &mut Vec<Finding>) {
        let mut spans = Vec::new();
        for m in ac.find_overlapping_iter(text) {
            let (s, e) = (m.start(), m.end());
            if !text.is_char_boundary(s) || !text.is_char_boundary(e) {
                continue;
            }
            if email_bounded(text, s, e) {
                spans.push((s, e, CONFIDENCE));
            }
        }
        for (s, e, c) in non_overlapping(spans) {
            out.push(self.finding(s, e, Category::Email, c));
        }
    }

    fn find_phones(&self, text: &str, out: &mut Vec<Finding>) {
        let b = text.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if !b[i].is_ascii_digit() {
                i += 1;
                continue;
            }
            // A run starts here. It must not continue a word (`ID12345678`).
            let mut run_start = i;
            let mut plus = false;
            if run_start > 0 && b[run_start - 1] == b'(' {
                run_start -= 1;
            }
            if run_start > 0 && b[run_start - 1] == b'+' {
                run_start -= 1;
                plus = true;
            }
            let left_ok = text[..run_start]
                .chars()
                .next_back()
                .is_none_or(|c| !c.is_alphanumeric() && c != '_');
            let groups = digit_groups(b, i);
            i = groups.last().map_or(i + 1, |g| g.1);
            if !left_ok {
                continue;
            }
            self.match_phone_groups(text, &groups, run_start, plus, out);
        }
    }

    fn match_phone_groups(
        &self,
        text: &str,
        groups: &[(usize, usize)],
        run_start: usize,
        plus: bool,
        out: &mut Vec<Finding>,
    ) {
        let b = text.as_bytes();
        let mut k = 0;
        while k < groups.len() {
            let mut digits = String::new();
            let mut matched = None;
            for (j, &(gs, ge)) in groups.iter().enumerate().skip(k) {
                digits.push_str(&text[gs..ge]);
                if digits.len() > 18 {
                    break;
                }
                if digits.len() < MIN_PHONE_DIGITS {
                    continue;
                }
                let right_ok = text[ge..]
                    .chars()
                    .next()
                    .is_none_or(|c| !c.is_alphanumeric() && c != '_');
                if !right_ok {
                    continue;
                }
                let with_plus = plus && k == 0;
                if phone_keys(&digits, with_plus)
                    .iter()
                    .any(|key| self.phone_keys.iter().any(|k2| k2 == key))
                {
                    matched = Some(j);
                }
            }
            if let Some(j) = matched {
                let start = if k == 0 {
                    run_start
                } else if groups[k].0 > 0 && b[groups[k].0 - 1] == b'(' {
                    groups[k].0 - 1
                } else {
                    groups[k].0
                };
                let mut end = groups[j].1;
                if b.get(end) == Some(&b')') && text[start..end].contains('(') {
                    let opens = text[start..end].matches('(').count();
                    let closes = text[start..end].matches(')').count();
                    if opens > closes {
                        end += 1;
                    }
                }
                out.push(self.finding(start, end, Category::Phone, CONFIDENCE));
                k = j + 1;
            } else {
                k += 1;
            }
        }
    }

    fn find_names(&self, ac: &AhoCorasick, text: &str, out: &mut Vec<Finding>) {
        let mut spans = Vec::new();
        let plain = fold_text(text, false);
        self.collect_names(ac, text, &plain, &mut spans);
        if plain.has_umlaut {
            let german = fold_text(text, true);
            self.collect_names(ac, text, &german, &mut spans);
        }
        for (s, e, c) in non_overlapping(spans) {
            out.push(self.finding(s, e, Category::PersonName, c));
        }
    }

    fn collect_names(
        &self,
        ac: &AhoCorasick,
        text: &str,
        folded: &FoldedText,
        spans: &mut Vec<(usize, usize, f32)>,
    ) {
        let f = &folded.text;
        for m in ac.find_overlapping_iter(f) {
            let (fs, fe) = (m.start(), m.end());
            // The match must start and end on whole folded characters.
            if (fs > 0 && folded.src[fs - 1] == folded.src[fs])
                || (fe < f.len() && folded.src[fe] == folded.src[fe - 1])
            {
                continue;
            }
            let start = folded.src[fs] as usize;
            let last = folded.src[fe - 1] as usize;
            let mut end = last + text[last..].chars().next().map_or(1, char::len_utf8);
            // Take combining marks that follow along.
            for c in text[end..].chars() {
                if is_combining_mark(c) {
                    end += c.len_utf8();
                } else {
                    break;
                }
            }
            if !name_bounded(text, start, end) {
                continue;
            }
            let kind = self.name_kinds[m.pattern().as_usize()];
            let conf = match kind {
                NameKind::Full => Some(CONFIDENCE),
                NameKind::Surname => after_title(text, start).then_some(CONFIDENCE),
                NameKind::First => {
                    if first_name_in_context(text, start, end) {
                        Some(CONFIDENCE)
                    } else if self.first_bare && capitalised(&text[start..end]) {
                        Some(BARE_FIRST_NAME_CONFIDENCE)
                    } else {
                        None
                    }
                }
            };
            if let Some(c) = conf {
                spans.push((start, end, c));
            }
        }
    }
}

/// Keeps the longest of overlapping spans (then the earliest), sorted by start.
fn non_overlapping(mut spans: Vec<(usize, usize, f32)>) -> Vec<(usize, usize, f32)> {
    spans.sort_by(|a, b| (b.1 - b.0).cmp(&(a.1 - a.0)).then(a.0.cmp(&b.0)));
    let mut kept: Vec<(usize, usize, f32)> = Vec::with_capacity(spans.len());
    for s in spans {
        if kept.iter().all(|k| s.1 <= k.0 || s.0 >= k.1) {
            kept.push(s);
        }
    }
    kept.sort_by_key(|k| k.0);
    kept
}

// ---------------------------------------------------------------------------
// Folding

/// Folded text with, for every folded byte, the offset of the original
/// character that produced it.
struct FoldedText {
    text: String,
    src: Vec<u32>,
    /// The text holds `ä`, `ö` or `ü` (German transliteration may apply).
    has_umlaut: bool,
}

/// Folds one character into `out`: lower case, diacritics removed, a few
/// letters spelled out (`ß` → `ss`). With `german`, `ä`/`ö`/`ü` become
/// `ae`/`oe`/`ue`. Returns true when the character was an umlaut vowel.
fn fold_char(c: char, german: bool, out: &mut String) -> bool {
    if c.is_ascii() {
        out.push(c.to_ascii_lowercase());
        return false;
    }
    let special = match c {
        'ß' | 'ẞ' => "ss",
        'æ' | 'Æ' => "ae",
        'œ' | 'Œ' => "oe",
        'ø' | 'Ø' => "o",
        'ł' | 'Ł' => "l",
        'đ' | 'Đ' | 'ð' | 'Ð' => "d",
        'þ' | 'Þ' => "th",
        'ı' => "i",
        '\u{2019}' | '\u{2018}' | '\u{02BC}' | '\u{00B4}' => "'",
        '\u{2010}' | '\u{2011}' => "-",
        '\u{00AD}' | '\u{200B}' | '\u{200C}' | '\u{200D}' | '\u{2060}' | '\u{FEFF}' => "",
        _ => {
            let mut umlaut = false;
            for l in c.to_lowercase() {
                decompose_canonical(l, |d| {
                    if is_combining_mark(d) {
                        if d == '\u{0308}'
                            && matches!(out.chars().next_back(), Some('a' | 'o' | 'u'))
                        {
                            umlaut = true;
                            if german {
                                out.push('e');
                            }
                        }
                    } else {
                        out.push(d);
                    }
                });
            }
            return umlaut;
        }
    };
    out.push_str(special);
    false
}

/// Folds a whole text, collapsing whitespace runs to one space.
fn fold_text(text: &str, german: bool) -> FoldedText {
    let mut out = String::with_capacity(text.len() + 8);
    let mut src = Vec::with_capacity(text.len() + 8);
    let mut has_umlaut = false;
    let mut in_space = false;
    for (i, c) in text.char_indices() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                src.push(i as u32);
                in_space = true;
            }
            continue;
        }
        in_space = false;
        let before = out.len();
        has_umlaut |= fold_char(c, german, &mut out);
        src.resize(src.len() + (out.len() - before), i as u32);
    }
    FoldedText {
        text: out,
        src,
        has_umlaut,
    }
}

/// Folds a short string (a known value or a context snippet).
pub(crate) fn fold(s: &str, german: bool) -> String {
    let mut out = String::with_capacity(s.len());
    let mut in_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            if !in_space {
                out.push(' ');
                in_space = true;
            }
            continue;
        }
        in_space = false;
        fold_char(c, german, &mut out);
    }
    out
}

// ---------------------------------------------------------------------------
// Names

/// The folded name tokens of a known name, titles and suffixes removed.
/// `Last, First` is reordered to `First Last`.
fn name_tokens(name: &str, german: bool) -> Vec<String> {
    let reordered;
    let name = match name.split_once(',') {
        Some((last, first)) if !first.trim().is_empty() && !last.trim().is_empty() => {
            reordered = format!("{} {}", first.trim(), last.trim());
            reordered.as_str()
        }
        _ => name,
    };
    let mut tokens: Vec<String> = fold(name, german)
        .split(' ')
        .map(|t| t.trim_matches(|c: char| c == ',' || c == ';' || c == '"'))
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
        .collect();
    while tokens.len() > 1 && TITLES.contains(&tokens[0].trim_end_matches('.')) {
        tokens.remove(0);
    }
    while tokens.len() > 1
        && matches!(
            tokens[tokens.len() - 1].trim_end_matches('.'),
            "jr" | "sr" | "ii" | "iii" | "iv" | "phd" | "md"
        )
    {
        tokens.pop();
    }
    tokens
}

/// Name patterns with their kinds, and whether the first name may be reported
/// bare (outside greetings and signatures).
fn name_patterns(name: &str) -> (Vec<String>, Vec<NameKind>, bool) {
    let mut map: HashMap<String, NameKind> = HashMap::new();
    let mut add = |p: String, kind: NameKind| {
        if p.chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return;
        }
        let variants = if p.contains('-') {
            vec![p.replace('-', " "), p]
        } else {
            vec![p]
        };
        for v in variants {
            let e = map.entry(v).or_insert(kind);
            if kind < *e {
                *e = kind;
            }
        }
    };
    let mut first_bare = false;
    for german in [false, true] {
        let tokens = name_tokens(name, german);
        let Some(first) = tokens.first() else {
            continue;
        };
        add(first.clone(), NameKind::First);
        if !german {
            let letters = first.chars().filter(|c| c.is_alphabetic()).count();
            first_bare = letters >= 3 && !COMMON_WORD_NAMES.contains(&first.as_str());
        }
        if tokens.len() < 2 {
            continue;
        }
        let rest = &tokens[1..];
        let is_particle = |t: &String| PARTICLES.contains(&t.as_str());
        let last = &tokens[tokens.len() - 1];
        let tail = rest.join(" ");
        let given = tokens[..tokens.len() - 1].join(" ");
        add(tokens.join(" "), NameKind::Full);
        for (i, t) in rest.iter().enumerate() {
            if is_particle(t) {
                continue;
            }
            // First name with one surname (skipping middle names), with any
            // particles right before it.
            let mut from = i;
            while from > 0 && is_particle(&rest[from - 1]) {
                from -= 1;
            }
            let surname = rest[from..=i].join(" ");
            add(format!("{first} {surname}"), NameKind::Full);
            add(format!("{surname}, {first}"), NameKind::Full);
            if from < i {
                add(format!("{first} {t}"), NameKind::Full);
            }
            add(t.clone(), NameKind::Surname);
        }
        for surname in [last.as_str(), tail.as_str()] {
            add(format!("{surname}, {first}"), NameKind::Full);
            add(format!("{surname}, {given}"), NameKind::Full);
            add(format!("{surname} {first}"), NameKind::Full);
        }
        if let Some(initial) = first.chars().next() {
            add(format!("{initial}. {tail}"), NameKind::Full);
            add(format!("{initial}. {last}"), NameKind::Full);
        }
    }
    let mut entries: Vec<(String, NameKind)> = map.into_iter().collect();
    entries.sort();
    let (patterns, kinds) = entries.into_iter().unzip();
    (patterns, kinds, first_bare)
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_' || is_combining_mark(c)
}

/// True when `text[start..end]` stands as a whole word (or words): no letter
/// or digit touches it, and it does not continue with a hyphen or apostrophe
/// into another name part (`Anna-Karin`, `O'Brien`). A possessive `'s` is fine.
fn name_bounded(text: &str, start: usize, end: usize) -> bool {
    let mut before = text[..start].chars().rev();
    match before.next() {
        Some(c) if is_word_char(c) => return false,
        Some('-' | '\'' | '\u{2019}') if before.next().is_some_and(char::is_alphabetic) => {
            return false;
        }
        _ => {}
    }
    let mut after = text[end..].chars();
    match after.next() {
        Some(c) if is_word_char(c) => false,
        Some('-') => !after.next().is_some_and(char::is_alphabetic),
        Some('\'' | '\u{2019}') => match after.next() {
            Some('s' | 'S') => !after.next().is_some_and(is_word_char),
            Some(c) => !c.is_alphabetic(),
            None => true,
        },
        _ => true,
    }
}

/// True when an email match is a whole address, not part of a longer one.
fn email_bounded(text: &str, start: usize, end: usize) -> bool {
    if let Some(c) = text[..start].chars().next_back() {
        if c.is_alphanumeric() || "._%+-".contains(c) {
            return false;
        }
    }
    let mut after = text[end..].chars();
    match after.next() {
        None => true,
        Some(c) if c.is_alphanumeric() || c == '_' || c == '@' => false,
        Some('.' | '-') => !after
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '-'),
        Some(_) => true,
    }
}

/// The text before `pos` on the same line, at most [`CONTEXT_WINDOW`] bytes.
fn line_before(text: &str, pos: usize) -> &str {
    let mut from = pos.saturating_sub(CONTEXT_WINDOW);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let s = &text[from..pos];
    match s.rfind('\n') {
        Some(nl) => &s[nl + 1..],
        None => s,
    }
}

/// The text after `pos` up to the end of its line.
fn line_after(text: &str, pos: usize) -> &str {
    let s = &text[pos..];
    match s.find('\n') {
        Some(nl) => &s[..nl],
        None => s,
    }
}

/// True when folded `s` ends with `word` on a word boundary.
fn ends_with_word(s: &str, word: &str) -> bool {
    s.strip_suffix(word)
        .is_some_and(|rest| !rest.chars().next_back().is_some_and(is_word_char))
}

/// True when a surname at `start` follows a title (`Mr`, `Frau`, `Sra.` …),
/// possibly with particles in between (`Herr von Weber`).
fn after_title(text: &str, start: usize) -> bool {
    let mut before = fold(line_before(text, start), false);
    loop {
        let trimmed = before.trim_end();
        if trimmed.len() == before.len() {
            // The surname must be separated from the title.
            return false;
        }
        let t = trimmed.trim_end_matches('.');
        if TITLES.iter().any(|w| ends_with_word(t, w)) {
            return true;
        }
        match PARTICLES.iter().find(|p| ends_with_word(trimmed, p)) {
            Some(p) => before = trimmed[..trimmed.len() - p.len()].to_owned(),
            None => return false,
        }
    }
}

/// True when a first name at `start..end` stands in a greeting, sign-off or
/// introduction.
fn first_name_in_context(text: &str, start: usize, end: usize) -> bool {
    let before = fold(line_before(text, start), false);
    let after = fold(line_after(text, end), false);
    let lead = before.trim_end_matches(|c: char| {
        c.is_whitespace() || ",:;!./-~*@(>\u{2013}\u{2014}".contains(c)
    });
    let rest = after.trim_matches(|c: char| c.is_whitespace() || ",.!):;".contains(c));
    // A line holding only the name (a signature), maybe after `--` or `/`.
    if lead.is_empty() && rest.is_empty() {
        return true;
    }
    if LEAD_INS.iter().any(|w| ends_with_word(lead, w)) {
        return true;
    }
    let after_trim = after.trim_start();
    if after.len() > after_trim.len() || after.is_empty() {
        for w in TRAILERS {
            if let Some(r) = after_trim.strip_prefix(w) {
                if !r.chars().next().is_some_and(is_word_char) {
                    return true;
                }
            }
        }
    }
    false
}

/// True when the word is written with a capital first letter (`Anna`, `ANNA`).
fn capitalised(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

// ---------------------------------------------------------------------------
// Phone numbers

/// Length of the country calling code at the start of `d` (ITU E.164).
fn country_code_len(d: &str) -> usize {
    const TWO: &[&str] = &[
        "20", "27", "30", "31", "32", "33", "34", "36", "39", "40", "41", "43", "44", "45", "46",
        "47", "48", "49", "51", "52", "53", "54", "55", "56", "57", "58", "60", "61", "62", "63",
        "64", "65", "66", "81", "82", "84", "86", "90", "91", "92", "93", "94", "95", "98",
    ];
    if d.starts_with('1') || d.starts_with('7') {
        1
    } else if TWO.iter().any(|p| d.starts_with(p)) {
        2
    } else {
        3
    }
}

/// The digit strings under which a number is compared: the international
/// form (country code + national significant number) and the national form
/// (trunk `0` + number, or the bare number for `+1`).
fn phone_keys(digits: &str, plus: bool) -> Vec<String> {
    let intl = if plus {
        Some(digits)
    } else {
        digits.strip_prefix("00")
    };
    let mut keys = Vec::with_capacity(2);
    match intl {
        Some(d) => {
            let cc_len = country_code_len(d);
            if d.len() <= cc_len + 3 {
                keys.push(d.to_owned());
                return keys;
            }
            let (cc, nsn) = d.split_at(cc_len);
            // A `(0)` or a written trunk zero after the country code is not
            // part of the number, except in Italy.
            let nsn = if cc == "39" {
                nsn
            } else {
                nsn.strip_prefix('0').unwrap_or(nsn)
            };
            keys.push(format!("{cc}{nsn}"));
            if cc == "1" || nsn.starts_with('0') {
                keys.push(nsn.to_owned());
            } else {
                keys.push(format!("0{nsn}"));
            }
        }
        None => {
            keys.push(digits.to_owned());
            if digits.len() == 11 && digits.starts_with('1') {
                keys.push(digits[1..].to_owned());
            }
        }
    }
    keys
}

/// The comparison keys of a known phone number as written by the helpdesk.
fn known_phone_keys(phone: &str) -> Vec<String> {
    let phone = phone.trim();
    let mut digits = String::new();
    let mut plus = false;
    for c in phone.chars() {
        match c {
            '+' if digits.is_empty() => plus = true,
            '0'..='9' => digits.push(c),
            c if c.is_alphabetic() && !digits.is_empty() => break, // extension
            _ => {}
        }
    }
    if digits.len() < MIN_PHONE_DIGITS {
        return Vec::new();
    }
    let mut keys = phone_keys(&digits, plus);
    keys.retain(|k| k.len() >= MIN_PHONE_DIGITS);
    keys.sort();
    keys.dedup();
    keys
}

/// The digit groups of a run starting at `i`: digits joined by at most three
/// separator bytes (space, `-`, `.`, `/`, parentheses, no-break space).
fn digit_groups(b: &[u8], mut i: usize) -> Vec<(usize, usize)> {
    let mut groups = Vec::new();
    loop {
        let gs = i;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
        groups.push((gs, i));
        let mut j = i;
        let mut seps = 0;
        while j < b.len() && seps < 3 {
            match b[j] {
                b' ' | b'-' | b'.' | b'/' | b'(' | b')' => j += 1,
                0xC2 if b.get(j + 1) == Some(&0xA0) => j += 2,
                _ => break,
            }
            seps += 1;
        }
        if j > i && j < b.len() && b[j].is_ascii_digit() {
            i = j;
        } else {
            return groups;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known(name: Option<&str>, email: Option<&str>, phone: Option<&str>) -> KnownValues {
        KnownValues {
            name: name.map(str::to_owned),
            email: email.map(str::to_owned),
            phone: phone.map(str::to_owned),
            emails: Vec::new(),
        }
    }

    fn spans<'a>(k: &KnownValues, text: &'a str) -> Vec<(&'a str, String)> {
        let m = KnownMatcher::new(k).expect("matcher");
        let mut out = Vec::new();
        m.find(text, &mut out);
        out.sort_by_key(|f| f.start);
        out.iter()
            .map(|f| (&text[f.start..f.end], f.rule_id.to_string()))
            .collect()
    }

    fn found<'a>(k: &KnownValues, text: &'a str) -> Vec<&'a str> {
        spans(k, text).into_iter().map(|(s, _)| s).collect()
    }

    fn name(n: &str) -> KnownValues {
        known(Some(n), None, None)
    }

    fn phone(p: &str) -> KnownValues {
        known(None, None, Some(p))
    }

    fn email(e: &str) -> KnownValues {
        known(None, Some(e), None)
    }

    #[test]
    fn nothing_to_look_for() {
        assert!(KnownMatcher::new(&KnownValues::default()).is_none());
        assert!(KnownMatcher::new(&phone("112")).is_none());
        assert!(KnownMatcher::new(&email("  ")).is_none());
    }

    #[test]
    fn debug_prints_counts_only() {
        let k = known(
            Some("Jörg Weber"),
            Some("joerg@example.org"),
            Some("+49 30 1234567"),
        );
        for dbg in [
            format!("{:?}", KnownMatcher::new(&k).unwrap()),
            format!("{k:?}"),
        ] {
            assert!(!dbg.to_lowercase().contains("weber"), "{dbg}");
            assert!(!dbg.contains("example"), "{dbg}");
            assert!(!dbg.contains("1234567"), "{dbg}");
        }
        assert!(format!("{k:?}").contains("name: \"<set>\""));
    }

    #[test]
    fn findings_carry_known_metadata() {
        let k = known(Some("Anna Svensson"), Some("anna@example.se"), None);
        let m = KnownMatcher::new(&k).unwrap();
        let mut out = Vec::new();
        m.find("Anna Svensson <anna@example.se>", &mut out);
        assert_eq!(out.len(), 2);
        for f in &out {
            assert_eq!(f.subtype.as_deref(), Some("known"));
            assert!((f.confidence - 0.99).abs() < 1e-6);
        }
        assert_eq!(out[0].category, Category::Email);
        assert_eq!(&*out[0].rule_id, "known.email");
        assert_eq!(out[1].category, Category::PersonName);
        assert_eq!(&*out[1].rule_id, "known.name");
    }

    #[test]
    fn email_case_insensitive_and_mailto() {
        let k = email("Jane.Doe@Example.org");
        assert_eq!(
            found(
                &k,
                "write to JANE.DOE@example.ORG or mailto:jane.doe@example.org."
            ),
            ["JANE.DOE@example.ORG", "jane.doe@example.org"]
        );
        assert_eq!(
            found(&k, "<jane.doe@example.org>"),
            ["jane.doe@example.org"]
        );
        assert_eq!(
            found(&k, "email=jane.doe@example.org&x=1"),
            ["jane.doe@example.org"]
        );
    }

    #[test]
    fn email_not_inside_longer_address() {
        let k = email("jane@example.org");
        assert!(found(&k, "xjane@example.org").is_empty());
        assert!(found(&k, "jane@example.org.evil.com").is_empty());
        assert!(found(&k, "x.jane@example.org").is_empty());
        assert!(found(&k, "foo+jane@example.org").is_empty());
        assert!(found(&k, "jane@example.organic.net").is_empty());
        assert!(found(&k, "jane@example.org-mail.com").is_empty());
        assert_eq!(found(&k, "Mail jane@example.org."), ["jane@example.org"]);
    }

    #[test]
    fn other_emails_too() {
        let k = KnownValues {
            emails: vec!["a.b@example.com".into(), "cc@example.com".into()],
            ..Default::default()
        };
        assert_eq!(
            found(&k, "cc: a.b@example.com, cc@example.com"),
            ["a.b@example.com", "cc@example.com"]
        );
    }

    #[test]
    fn phone_national_and_international_swedish() {
        let k = phone("+46 70 123 45 67");
        assert_eq!(found(&k, "ring 070-123 45 67 tack"), ["070-123 45 67"]);
        assert_eq!(found(&k, "ring +46 70 123 45 67"), ["+46 70 123 45 67"]);
        assert_eq!(found(&k, "ring +46701234567"), ["+46701234567"]);
        assert_eq!(found(&k, "ring 0046 70 123 45 67"), ["0046 70 123 45 67"]);
        assert_eq!(found(&k, "tel:+46-70-123.45.67"), ["+46-70-123.45.67"]);
        assert_eq!(found(&k, "+46 (0)70 123 45 67"), ["+46 (0)70 123 45 67"]);
        assert!(found(&k, "070-123 45 68").is_empty());
        assert!(found(&k, "ID0701234567").is_empty());
        assert!(found(&k, "0701234567890").is_empty());
    }

    #[test]
    fn phone_known_in_national_form() {
        let k = phone("070-123 45 67");
        assert_eq!(found(&k, "call +46 70 123 45 67"), ["+46 70 123 45 67"]);
        assert_eq!(found(&k, "call 0701234567"), ["0701234567"]);
    }

    #[test]
    fn phone_uk_us_de() {
        let k = phone("+44 7700 900123");
        assert_eq!(found(&k, "mobile 07700 900123."), ["07700 900123"]);
        let k = phone("+1 415 555 0132");
        assert_eq!(found(&k, "call (415) 555-0132 today"), ["(415) 555-0132"]);
        assert_eq!(found(&k, "call 415.555.0132"), ["415.555.0132"]);
        assert_eq!(found(&k, "call +1 (415) 555-0132"), ["+1 (415) 555-0132"]);
        assert_eq!(found(&k, "call 1-415-555-0132"), ["1-415-555-0132"]);
        let k = phone("+49 (0)30 1234567");
        assert_eq!(found(&k, "Tel. 030 1234567"), ["030 1234567"]);
        assert_eq!(found(&k, "Tel. 030/1234567"), ["030/1234567"]);
        assert_eq!(found(&k, "Tel. +49 30 1234567"), ["+49 30 1234567"]);
        assert_eq!(found(&k, "Tel. +49 (0)30 1234567"), ["+49 (0)30 1234567"]);
    }

    #[test]
    fn phone_inside_a_longer_run_of_numbers() {
        let k = phone("+46 70 123 45 67");
        assert_eq!(
            found(&k, "order 12345 070-123 45 67 / 08-123 456"),
            ["070-123 45 67"]
        );
    }

    #[test]
    fn full_name_variants() {
        let k = name("Jörg Weber");
        for t in [
            "Jörg Weber",
            "Jorg Weber",
            "Joerg Weber",
            "JÖRG WEBER",
            "jörg weber",
            "Weber, Jörg",
            "Weber Jörg",
            "J. Weber",
            "Jörg\n  Weber",
        ] {
            let text = format!("von {t} gesendet");
            assert_eq!(found(&k, &text), [t], "{t}");
        }
    }

    #[test]
    fn decomposed_diacritics_in_text() {
        let k = name("Jörg Weber");
        let t = "Jo\u{308}rg Weber";
        assert_eq!(found(&k, t), [t]);
        let k = name("José Martínez");
        let t = "Hola Jose\u{301},";
        assert_eq!(found(&k, t), ["Jose\u{301}"]);
    }

    #[test]
    fn known_without_diacritics_finds_text_with_them() {
        let k = name("Jorg Weber");
        assert_eq!(found(&k, "Hallo Jörg,"), ["Jörg"]);
        assert_eq!(found(&k, "JÖRG WEBER"), ["JÖRG WEBER"]);
        let k = name("Joerg Weber");
        assert_eq!(found(&k, "Jörg Weber"), ["Jörg Weber"]);
    }

    #[test]
    fn swedish_names() {
        let k = name("Åsa Öberg");
        assert_eq!(found(&k, "Hej Åsa!"), ["Åsa"]);
        assert_eq!(found(&k, "ÅSA ÖBERG skrev"), ["ÅSA ÖBERG"]);
        assert_eq!(found(&k, "Asa Oberg wrote"), ["Asa Oberg"]);
        assert_eq!(found(&k, "Öberg, Åsa"), ["Öberg, Åsa"]);
        assert_eq!(found(&k, "Till fru Öberg"), ["Öberg"]);
        assert_eq!(found(&k, "Mvh\nÅsa"), ["Åsa"]);
        // Bare surname without a title is not reported.
        assert!(found(&k, "Öberg").is_empty());
    }

    #[test]
    fn spanish_names() {
        let k = name("José Martínez García");
        assert_eq!(found(&k, "Hola José,"), ["José"]);
        assert_eq!(found(&k, "JOSE MARTINEZ"), ["JOSE MARTINEZ"]);
        assert_eq!(found(&k, "José García"), ["José García"]);
        assert_eq!(found(&k, "José Martínez García"), ["José Martínez García"]);
        assert_eq!(
            found(&k, "Martínez García, José"),
            ["Martínez García, José"]
        );
        assert_eq!(found(&k, "Estimado Sr. Martínez:"), ["Martínez"]);
        assert_eq!(found(&k, "Sra. García"), ["García"]);
    }

    #[test]
    fn titles_and_surname() {
        let k = name("Jörg Weber");
        for t in [
            "Mr Weber",
            "Mr. Weber",
            "Herr Weber",
            "Sehr geehrter Herr Weber,",
            "Dr Weber",
            "Dr. Weber",
            "Sr. Weber",
        ] {
            assert_eq!(found(&k, t), ["Weber"], "{t}");
        }
        assert!(found(&k, "Weber").is_empty());
        assert!(found(&k, "Mr.Weberling").is_empty());
        let k = name("Anna Svensson");
        assert_eq!(found(&k, "Dear Ms. Svensson"), ["Svensson"]);
        let k = name("Ludwig van Beethoven");
        assert_eq!(found(&k, "Herr van Beethoven"), ["Beethoven"]);
        assert_eq!(found(&k, "Ludwig van Beethoven"), ["Ludwig van Beethoven"]);
        assert_eq!(found(&k, "Ludwig Beethoven"), ["Ludwig Beethoven"]);
    }

    #[test]
    fn first_name_in_greetings_and_signatures() {
        let k = name("Anna Svensson");
        for (t, want) in [
            ("Hi Anna, thanks", "Anna"),
            ("hej anna!", "anna"),
            ("Dear Anna", "Anna"),
            ("Thanks, Anna", "Anna"),
            ("Thanks\n/Anna", "Anna"),
            ("-- \nAnna", "Anna"),
            ("Best regards,\nANNA", "ANNA"),
            ("anna here, my printer broke", "anna"),
            ("my name is anna", "anna"),
        ] {
            assert_eq!(found(&k, t), [want], "{t}");
        }
        let k = name("Jörg Weber");
        assert_eq!(found(&k, "Hallo Jörg,"), ["Jörg"]);
        assert_eq!(found(&k, "Hallo Joerg,"), ["Joerg"]);
        let k = name("Ana García");
        assert_eq!(found(&k, "Hola Ana,"), ["Ana"]);
    }

    #[test]
    fn first_name_bare() {
        let k = name("Anna Svensson");
        assert_eq!(found(&k, "I asked Anna about it"), ["Anna"]);
        // lower case, outside any greeting: not reported
        assert!(found(&k, "the anna file").is_empty());
        // whole words only
        let k = name("Ann Smith");
        assert!(found(&k, "Annual report, Anne, Ann-Marie").is_empty());
        assert_eq!(found(&k, "Ann's laptop"), ["Ann"]);
        // first names that are common words only in context
        let k = name("Will Turner");
        assert!(found(&k, "Will you fix it?").is_empty());
        assert_eq!(found(&k, "Hi Will,"), ["Will"]);
        assert_eq!(found(&k, "Cheers\nWill"), ["Will"]);
        let k = name("Bo Ek");
        assert!(found(&k, "Bo in the text").is_empty());
        assert_eq!(found(&k, "Hej Bo!"), ["Bo"]);
    }

    #[test]
    fn hyphenated_names() {
        let k = name("Anna-Karin Svensson");
        assert_eq!(found(&k, "Hej Anna-Karin!"), ["Anna-Karin"]);
        assert_eq!(found(&k, "Anna Karin Svensson"), ["Anna Karin Svensson"]);
        let k = name("Anna Svensson");
        assert!(found(&k, "Hej Anna-Karin!").is_empty());
        let k = name("Brien Smith");
        assert!(found(&k, "O'Brien").is_empty());
    }

    #[test]
    fn known_name_as_last_comma_first_and_single_token() {
        let k = name("Weber, Jörg");
        assert_eq!(found(&k, "Jörg Weber schrieb"), ["Jörg Weber"]);
        assert_eq!(found(&k, "Hallo Jörg"), ["Jörg"]);
        let k = name("Dr. Jörg Weber");
        assert_eq!(found(&k, "Jörg Weber"), ["Jörg Weber"]);
        let k = name("Anna");
        assert_eq!(found(&k, "Hi Anna, Anna Svensson"), ["Anna", "Anna"]);
    }

    #[test]
    fn sharp_s() {
        let k = name("Hans Weiß");
        assert_eq!(found(&k, "HANS WEISS"), ["HANS WEISS"]);
        assert_eq!(found(&k, "Herr Weiss"), ["Weiss"]);
        let k = name("Hans Weiss");
        assert_eq!(found(&k, "Hans Weiß"), ["Hans Weiß"]);
    }

    #[test]
    fn offsets_are_original_bytes() {
        let k = known(Some("Åsa Öberg"), Some("asa@example.se"), None);
        let text = "Ärende: Ünïcödé… Åsa Öberg <asa@example.se>";
        let got = spans(&k, text);
        assert_eq!(
            got,
            [
                ("Åsa Öberg", "known.name".to_owned()),
                ("asa@example.se", "known.email".to_owned())
            ]
        );
    }

    #[test]
    fn all_three_kinds() {
        let k = known(
            Some("Anna Svensson"),
            Some("anna.svensson@example.se"),
            Some("+46 70 123 45 67"),
        );
        let text =
            "Hej!\nRing mig på 070-123 45 67 eller maila anna.svensson@example.se.\nMvh\nAnna";
        assert_eq!(
            found(&k, text),
            ["070-123 45 67", "anna.svensson@example.se", "Anna"]
        );
    }
}
