//! Search plans: how cheaply each rule's regex can be confirmed.
//!
//! Two facts about a regex, found once from its syntax tree, decide the plan:
//!
//! * **Prefix literals.** When every match must begin with one of a small set
//!   of literals (typical of `label: value` rules such as
//!   `\b(?:phone|tel)\W+\d+`), the candidate positions are exactly the
//!   occurrences of those literals and the regex runs *anchored* there: a
//!   failed attempt costs a few bytes, not a whole window. The literals go into
//!   the shared prefilter automaton instead of the author's `prefilter`.
//! * **Unicode word boundaries.** The fast lazy DFA gives up on `\b` (Unicode)
//!   as soon as it meets a non-ASCII byte, and the slow engines then scan the
//!   window. For such regexes a *filter* regex is built with every look-around
//!   removed; it matches a superset of the real matches and always runs in the
//!   DFA, so windows without a possible match are rejected fast and the exact
//!   regex only runs where the filter matched.

use regex_automata::meta;
use regex_syntax::hir::literal::{ExtractKind, Extractor};
use regex_syntax::hir::{self, Hir, HirKind};

/// Most prefix literals a rule may contribute to the automaton.
const MAX_PREFIXES: usize = 1024;
/// Most two-letter alphabetic prefixes a rule may have.
const MAX_SHORT_PREFIXES: usize = 6;
/// Prefix literals are cut to this length; longer adds nothing to selectivity.
const PREFIX_LEN: usize = 12;

/// How a rule's regex is confirmed.
#[derive(Debug, Default)]
pub(crate) struct Plan {
    /// Lowercased literals every match starts with, when few and selective.
    pub prefixes: Option<Vec<String>>,
    /// A look-around-free superset regex, for regexes with Unicode `\b`.
    pub filter: Option<meta::Regex>,
    /// Every match starts with a word boundary (`\b`, either flavour): an
    /// anchored attempt at a prefix literal that starts with an ASCII word
    /// character right after another ASCII word character cannot match.
    pub word_start: bool,
    /// Every match starts at the start of a line (`(?m)^`) or of the text:
    /// the regex can run anchored at the line starts before a literal.
    pub line_start: bool,
    /// Every match starts at the start of the text (`\A`).
    pub text_start: bool,
    /// Every match ends at the end of the text (`\z`): only the last
    /// `max_len` bytes can hold one.
    pub text_end: bool,
    /// No match holds a line break: a match starts on its literal's line.
    pub single_line: bool,
    /// For a regex `^ SKIP* REST`: the bytes SKIP may hold and REST's prefix
    /// literals (see [`LinePrefix`]).
    pub line_prefix: Option<LinePrefix>,
    /// Punctuation every match holds at least so many times, as
    /// `(byte, count)`: a window with fewer cannot hold a match (an IPv4
    /// address needs three dots, an e-mail address an `@`), and counting
    /// bytes costs far less than starting a regex search.
    pub required: Vec<(u8, u32)>,
}

/// Bytes whose counts [`Plan::required`] tracks: rare enough in prose that a
/// window around a digit run or a word often lacks them.
const COUNTED: &[u8] = b".@:/-+()=\n";

/// How a line-start regex of the form `(?m)^ [..]* REST` (a class of ASCII
/// bytes without `\n`, repeated, such as `[ \t>*]*`, then a part with few
/// prefix literals, such as a sign-off word) is tried: only where one of
/// REST's prefix literals occurs with nothing but `skip` bytes between it and
/// the start of its line. The attempt runs anchored at that line start, and
/// the line before it never needs trying: the skipped part cannot cross a
/// line break.
#[derive(Debug, Clone)]
pub(crate) struct LinePrefix {
    /// Bit `b` set: ASCII byte `b` may stand between the line start and REST.
    pub skip: u128,
    /// Lowercased literals every match of REST starts with.
    pub prefixes: Vec<String>,
}

/// Whether byte `b` is in the ASCII bit set `skip` ([`LinePrefix::skip`]).
#[inline]
pub(crate) fn skips(skip: u128, b: u8) -> bool {
    b < 128 && (skip >> b) & 1 == 1
}

/// Builds the plan for a regex. Failures only lose the optimisation.
pub(crate) fn plan(pattern: &str, case_insensitive: bool) -> Plan {
    let Ok(hir) = regex_syntax::ParserBuilder::new()
        .case_insensitive(case_insensitive)
        .build()
        .parse(pattern)
    else {
        return Plan::default();
    };
    Plan {
        prefixes: folded_prefixes(&hir, PREFIX_LEN, false),
        filter: filter(&hir),
        word_start: starts_with(&hir, &|l| {
            matches!(
                l,
                hir::Look::WordAscii
                    | hir::Look::WordUnicode
                    | hir::Look::WordStartAscii
                    | hir::Look::WordStartUnicode
                    | hir::Look::WordStartHalfAscii
                    | hir::Look::WordStartHalfUnicode
            )
        }),
        line_start: starts_with(&hir, &|l| {
            matches!(l, hir::Look::Start | hir::Look::StartLF)
        }),
        text_start: starts_with(&hir, &|l| l == hir::Look::Start),
        text_end: ends_with(&hir, &|l| l == hir::Look::End),
        line_prefix: line_prefix(&hir),
        single_line: !may_hold_newline(&hir),
        required: COUNTED
            .iter()
            .filter_map(|&b| Some((b, min_count(&hir, b))).filter(|&(_, n)| n > 0))
            .collect(),
    }
}

/// The fewest times byte `b` occurs in any match of `h`.
fn min_count(h: &Hir, b: u8) -> u32 {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => 0,
        HirKind::Literal(hir::Literal(bytes)) => bytes.iter().filter(|&&x| x == b).count() as u32,
        HirKind::Class(c) => {
            u32::from(class_ranges(c).all(|(lo, hi)| lo == u32::from(b) && hi == lo))
        }
        HirKind::Repetition(r) => r.min.saturating_mul(min_count(&r.sub, b)),
        HirKind::Capture(c) => min_count(&c.sub, b),
        HirKind::Concat(v) => v.iter().map(|x| min_count(x, b)).sum(),
        HirKind::Alternation(v) => v.iter().map(|x| min_count(x, b)).min().unwrap_or(0),
    }
}

/// Whether `bytes` holds every byte of `required` at least as often as asked.
#[inline]
pub(crate) fn holds_required(bytes: &[u8], required: &[(u8, u32)]) -> bool {
    required.iter().all(|&(b, n)| {
        let n = n as usize;
        memchr::memchr_iter(b, bytes).take(n).count() == n
    })
}

/// Whether some match of `h` may hold a `\n`.
fn may_hold_newline(h: &Hir) -> bool {
    match h.kind() {
        HirKind::Empty | HirKind::Look(_) => false,
        HirKind::Literal(hir::Literal(b)) => b.contains(&b'\n'),
        HirKind::Class(c) => class_ranges(c).any(|(lo, hi)| lo <= 0x0a && 0x0a <= hi),
        HirKind::Repetition(r) => r.max != Some(0) && may_hold_newline(&r.sub),
        HirKind::Capture(c) => may_hold_newline(&c.sub),
        HirKind::Concat(v) | HirKind::Alternation(v) => v.iter().any(may_hold_newline),
    }
}

/// The code point (or byte) ranges of a class, as `(first, last)`.
fn class_ranges(c: &hir::Class) -> Box<dyn Iterator<Item = (u32, u32)> + '_> {
    match c {
        hir::Class::Unicode(u) => Box::new(
            u.ranges()
                .iter()
                .map(|r| (r.start().into(), r.end().into())),
        ),
        hir::Class::Bytes(b) => Box::new(
            b.ranges()
                .iter()
                .map(|r| (r.start().into(), r.end().into())),
        ),
    }
}

/// The [`LinePrefix`] of `h`, when it has that shape.
fn line_prefix(h: &Hir) -> Option<LinePrefix> {
    let items = match h.kind() {
        HirKind::Concat(v) => v.as_slice(),
        _ => return None,
    };
    let (first, rest) = items.split_first()?;
    if !matches!(
        first.kind(),
        HirKind::Look(hir::Look::Start | hir::Look::StartLF)
    ) {
        return None;
    }
    let mut skip = 0u128;
    let mut k = 0;
    while let Some(HirKind::Repetition(r)) = rest.get(k).map(Hir::kind) {
        match ascii_bits(&r.sub) {
            Some(bits) if r.min == 0 && (bits >> b'\n') & 1 == 0 => skip |= bits,
            _ => break,
        }
        k += 1;
    }
    let rest = Hir::concat(rest[k..].to_vec());
    // Shorter literals multiply less (a sign-off alternation followed by
    // optional punctuation and line breaks): the skip check, not the
    // literal's length, keeps attempts rare here.
    let prefixes = [PREFIX_LEN, 8, 6]
        .into_iter()
        .find_map(|len| folded_prefixes(&rest, len, true))?;
    Some(LinePrefix { skip, prefixes })
}

/// The bytes of a literal byte or a class of ASCII bytes, as a bit set.
fn ascii_bits(h: &Hir) -> Option<u128> {
    let ranges: Vec<(u32, u32)> = match h.kind() {
        HirKind::Literal(hir::Literal(b)) if b.len() == 1 => vec![(b[0].into(), b[0].into())],
        HirKind::Class(c) => class_ranges(c).collect(),
        _ => return None,
    };
    let mut bits = 0u128;
    for (lo, hi) in ranges {
        if hi >= 128 {
            return None;
        }
        for b in lo..=hi {
            bits |= 1 << b;
        }
    }
    Some(bits)
}

/// True when every match of `h` begins with a look-around accepted by `pred`.
fn starts_with(h: &Hir, pred: &dyn Fn(hir::Look) -> bool) -> bool {
    at_edge(h, Edge::Start, pred)
}

/// True when every match of `h` ends with a look-around accepted by `pred`.
fn ends_with(h: &Hir, pred: &dyn Fn(hir::Look) -> bool) -> bool {
    at_edge(h, Edge::End, pred)
}

#[derive(Clone, Copy)]
enum Edge {
    Start,
    End,
}

fn at_edge(h: &Hir, edge: Edge, pred: &dyn Fn(hir::Look) -> bool) -> bool {
    match h.kind() {
        HirKind::Look(l) => pred(*l),
        HirKind::Capture(c) => at_edge(&c.sub, edge, pred),
        HirKind::Concat(v) => match edge {
            Edge::Start => v.first(),
            Edge::End => v.last(),
        }
        .is_some_and(|f| at_edge(f, edge, pred)),
        HirKind::Alternation(v) => v.iter().all(|a| at_edge(a, edge, pred)),
        HirKind::Repetition(r) => r.min > 0 && at_edge(&r.sub, edge, pred),
        _ => false,
    }
}

/// The same regex as the literal automaton sees it:
///
/// * every class that is just the case variants of one ASCII letter (`[Hh]`,
///   `[Kk\u{212A}]`, as `(?i)` produces) becomes the lowercase letter:
///   prefix literals are matched ASCII case-insensitively anyway, and without
///   folding `(?i)greetings` alone expands to 512 literals;
/// * blanks become one space: a class of spaces and tabs, and any repetition
///   of one at least once (`[ \t]+`), is a single space, since the automaton
///   reads the text with blank runs compacted (see `haystack`). Without this
///   a prefix stops at the first `[ \t]+`, leaving `a ` of `a la atención de`.
fn fold_for_literals(h: &Hir, blanks: bool) -> Hir {
    match h.kind() {
        HirKind::Class(c) if blanks && is_blank_class(c) => Hir::literal(*b" "),
        HirKind::Class(hir::Class::Unicode(c)) => match folded_letter(c) {
            Some(ch) => Hir::literal(ch.to_string().into_bytes()),
            None => h.clone(),
        },
        HirKind::Class(hir::Class::Bytes(c)) => {
            let r = c.ranges();
            match r {
                [a, b]
                    if a.start() == a.end()
                        && b.start() == b.end()
                        && a.start().is_ascii_uppercase()
                        && b.start() == a.start().to_ascii_lowercase() =>
                {
                    Hir::literal(vec![b.start()])
                }
                _ => h.clone(),
            }
        }
        HirKind::Literal(hir::Literal(bytes)) if blanks => Hir::literal(
            bytes
                .iter()
                .map(|&b| if b == b'\t' { b' ' } else { b })
                .collect::<Vec<u8>>(),
        ),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Look(_) => h.clone(),
        HirKind::Capture(c) => Hir::capture(hir::Capture {
            index: c.index,
            name: c.name.clone(),
            sub: Box::new(fold_for_literals(&c.sub, blanks)),
        }),
        HirKind::Repetition(r) => {
            let sub = fold_for_literals(&r.sub, blanks);
            if blanks
                && r.min >= 1
                && matches!(sub.kind(), HirKind::Literal(hir::Literal(b)) if &**b == b" ")
            {
                return sub;
            }
            Hir::repetition(hir::Repetition {
                min: r.min,
                max: r.max,
                greedy: r.greedy,
                sub: Box::new(sub),
            })
        }
        HirKind::Concat(v) => Hir::concat(v.iter().map(|x| fold_for_literals(x, blanks)).collect()),
        HirKind::Alternation(v) => {
            Hir::alternation(v.iter().map(|x| fold_for_literals(x, blanks)).collect())
        }
    }
}

/// A class of spaces and tabs only.
fn is_blank_class(c: &hir::Class) -> bool {
    let mut ranges = class_ranges(c).peekable();
    ranges.peek().is_some() && ranges.all(|(lo, hi)| lo == hi && (lo == 0x09 || lo == 0x20))
}

/// The lowercase ASCII letter whose simple case folding is exactly `c`.
fn folded_letter(c: &hir::ClassUnicode) -> Option<char> {
    let first = c.ranges().first()?.start();
    if c.ranges().len() > 3 || !first.is_ascii_alphabetic() {
        return None;
    }
    let lower = first.to_ascii_lowercase();
    let mut expect = hir::ClassUnicode::new([hir::ClassUnicodeRange::new(lower, lower)]);
    expect.case_fold_simple();
    (expect == *c).then_some(lower)
}

/// Prefix literals of `hir` as the literal automaton sees it (see
/// [`fold_for_literals`]). Blank folding lengthens literals, which may
/// multiply them past the limits: then the shorter literals of the
/// case-folded form serve.
fn folded_prefixes(hir: &Hir, len: usize, symbols: bool) -> Option<Vec<String>> {
    prefixes_of(&fold_for_literals(hir, true), len, symbols)
        .or_else(|| prefixes_of(&fold_for_literals(hir, false), len, symbols))
}

/// Prefix literals of `hir`, cut to `len` bytes, when few and selective.
/// `symbols`: a single punctuation byte is selective enough (the caller
/// checks each hit cheaply before trying the regex).
fn prefixes_of(hir: &Hir, len: usize, symbols: bool) -> Option<Vec<String>> {
    let seq = Extractor::new()
        .kind(ExtractKind::Prefix)
        .limit_class(4)
        .limit_repeat(4)
        .limit_literal_len(len)
        .limit_total(8192)
        .extract(hir);
    let mut out: Vec<String> = Vec::new();
    for lit in seq.literals()? {
        let bytes = lit.as_bytes();
        // A cut literal may end inside a character: keep the valid part.
        let text = match std::str::from_utf8(bytes) {
            Ok(s) => s,
            Err(e) => std::str::from_utf8(&bytes[..e.valid_up_to()]).ok()?,
        };
        out.push(crate::detect::haystack::normalise_literal(text));
    }
    out.sort_unstable();
    out.dedup();
    // Only where literals start matters: a literal that extends another
    // (`ta!\n` after `ta`) adds patterns and no position.
    let mut kept: Vec<String> = Vec::with_capacity(out.len());
    for p in out {
        if !kept.last().is_some_and(|k| p.starts_with(k.as_str())) {
            kept.push(p);
        }
    }
    let out = kept;
    // A failed anchored attempt is cheap, but two-letter words ("se", "de",
    // "hi") occur everywhere in prose: a few are fine, a dictionary of them
    // (country codes) is not. Single bytes must be rare symbols.
    let mut short = 0;
    for p in &out {
        match p.as_bytes() {
            [] => return None,
            [b] if !(matches!(b, b'+' | b'@' | b'#' | b'$')
                || symbols && b.is_ascii_punctuation()) =>
            {
                return None
            }
            [a, b] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => short += 1,
            _ => {}
        }
    }
    (!out.is_empty() && out.len() <= MAX_PREFIXES && short <= MAX_SHORT_PREFIXES).then_some(out)
}

/// Ticket-like prose (no personal data) in the languages the default packs
/// cover, used to estimate how often a literal fires.
const SAMPLE: &str = "Hi team, thanks for the quick reply yesterday. The order still has not \
arrived and the tracking page says the parcel is in transit. Could you please check with \
the courier and let me know what happens next? I tried to log in to my account but the \
page keeps loading, and the new password I set last week does not work either. Our office \
moved in March, so the invoice should go to the new address. Hej! Jag har fortfarande inte \
fått min beställning och kundtjänst svarar inte. Kan ni kolla vad som har hänt med paketet? \
Tack på förhand. Hallo, ich habe die Rechnung für den letzten Monat noch nicht erhalten und \
die App stürzt beim Öffnen der Einstellungen ab. Bitte melden Sie sich bei mir. Hola, el \
pedido llegó incompleto y la caja estaba dañada. ¿Podrían enviarme el resto lo antes \
posible? Gracias. The export to CSV fails with an error after the update to version 4.2, \
and the report for last quarter shows 2 bookings instead of about 300. Best regards";

/// Whether to confirm a rule anchored at its prefix literals rather than in
/// windows around the author's prefilter literals, judged by how often each
/// set fires on [`SAMPLE`]. An anchored attempt usually dies within a few
/// bytes while a window is scanned whole (and, for regexes with large Unicode
/// classes, often by a slow fallback engine), so the anchored plan wins unless
/// its literals fire far more often (`the`, `my` against `password`).
pub(crate) fn prefer_anchored(prefixes: &[String], prefilter: &[String], has_digits: bool) -> bool {
    const RATIO: usize = 8;
    let sample = SAMPLE.to_ascii_lowercase();
    let hits = |lits: &[String]| -> usize {
        lits.iter()
            .map(|l| sample.matches(l.to_ascii_lowercase().as_str()).count())
            .sum()
    };
    let digit_runs = if has_digits { 4 } else { 0 };
    hits(prefixes) < RATIO * (hits(prefilter) + digit_runs + 1)
}

fn filter(hir: &Hir) -> Option<meta::Regex> {
    if !hir.properties().look_set().contains_word_unicode() {
        return None;
    }
    let stripped = strip_looks(hir);
    meta::Regex::builder()
        .configure(
            meta::Config::new()
                .nfa_size_limit(Some(crate::pack::NFA_SIZE_LIMIT))
                .dfa_size_limit(Some(crate::pack::DFA_SIZE_LIMIT))
                .hybrid_cache_capacity(crate::pack::HYBRID_CACHE_CAPACITY),
        )
        .build_from_hir(&stripped)
        .ok()
}

/// The same regex with every assertion removed and no capture groups: it
/// matches wherever the original matches (assertions only restrict).
fn strip_looks(h: &Hir) -> Hir {
    match h.kind() {
        HirKind::Look(_) => Hir::empty(),
        HirKind::Empty | HirKind::Literal(_) | HirKind::Class(_) => h.clone(),
        HirKind::Capture(c) => strip_looks(&c.sub),
        HirKind::Repetition(r) => Hir::repetition(hir::Repetition {
            min: r.min,
            max: r.max,
            greedy: r.greedy,
            sub: Box::new(strip_looks(&r.sub)),
        }),
        HirKind::Concat(v) => Hir::concat(v.iter().map(strip_looks).collect()),
        HirKind::Alternation(v) => Hir::alternation(v.iter().map(strip_looks).collect()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn end_anchored_regexes_are_marked() {
        assert!(plan(r"\n\n(?P<value>\w+)[ \t]*\z", false).text_end);
        assert!(!plan(r"\n\n(?P<value>\w+)(?:\z|\n)", false).text_end);
        assert!(!plan(r"(?m)\w+$", false).text_end);
    }

    #[test]
    fn label_rules_get_prefixes() {
        let p = plan(r"(?i)\b(?:phone|tel)\W{1,3}\d+", false);
        assert_eq!(p.prefixes, Some(vec!["phone".into(), "tel".into()]));
        assert!(p.filter.is_some());
    }

    #[test]
    fn unselective_prefixes_are_refused() {
        assert_eq!(plan(r"\d{4}-\d{4}", false).prefixes, None);
        assert_eq!(plan(r"[\w.]+@\w+", false).prefixes, None);
        assert_eq!(plan(r"(?-u:\b)x\d", false).prefixes, None);
        assert_eq!(plan(r"\+\d+", false).prefixes, Some(vec!["+".into()]));
        assert!(plan(r"(?-u:\b)x\d", false).filter.is_none());
    }

    #[test]
    fn frequent_prefixes_lose_to_a_rare_prefilter() {
        let v = |x: &[&str]| x.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let common = v(&["the", "my", "and", "to", "in", "for", "is"]);
        assert!(!prefer_anchored(&common, &v(&["passw"]), false));
        assert!(prefer_anchored(
            &v(&["phone", "tel"]),
            &v(&["phone", "tel"]),
            false
        ));
    }

    #[test]
    fn case_insensitive_prefixes_are_folded() {
        let p = plan(
            r"(?i:(?-u:\b)(?:greetings|hallå|thank[ \t]+you))[ \t]+\w",
            false,
        );
        let got = p.prefixes.expect("folded prefixes");
        for want in ["greetings", "hallå", "hallÅ", "thank"] {
            assert!(got.iter().any(|p| p.starts_with(want)), "{got:?}");
        }
        assert!(got.len() < 16, "{got:?}");
        assert!(p.word_start);
        assert!(!p.line_start);
        let p = plan(r"(?m)^[ \t]*(?i:regards),?\n(?P<value>\w+)", false);
        assert!(p.line_start);
        assert!(!p.word_start);
    }

    #[test]
    fn line_rules_get_a_skip_class_and_prefixes() {
        let p = plan(
            r"(?m)^[ \t>*]*(?i:regards|mvh)[ \t]*,?\n(?P<value>\w+)",
            false,
        );
        let lp = p.line_prefix.expect("line prefix");
        assert!(lp.prefixes.iter().any(|p| p.starts_with("mvh")));
        assert!(lp.prefixes.iter().any(|p| p.starts_with("regards")));
        assert!(lp
            .prefixes
            .iter()
            .all(|p| p.starts_with("mvh") || p.starts_with("regards")));
        for b in [b' ', b'\t', b'>', b'*'] {
            assert!(skips(lp.skip, b));
        }
        for b in [b'\n', b'a', 0xc3] {
            assert!(!skips(lp.skip, b));
        }
        // The name comes first: no prefix literals after the skipped part.
        assert!(plan(r"(?m)^[ \t]*\w+[ \t]+here\b", false)
            .line_prefix
            .is_none());
        // A skipped part that may hold a line break is not a line prefix.
        assert!(plan(r"(?m)^\s*regards", false).line_prefix.is_none());
        assert!(plan(r"regards", false).line_prefix.is_none());
    }

    #[test]
    fn required_punctuation_is_counted_per_branch() {
        let quad = plan(r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b", false);
        assert_eq!(quad.required, vec![(b'.', 3)]);
        // A branch without the byte lowers the count to what it holds.
        let either = plan(
            r"[a-z]+@[a-z]+\.[a-z]{2,}|[a-z]+ at [a-z]+\.[a-z]{2,}",
            false,
        );
        assert_eq!(either.required, vec![(b'.', 1)]);
        // A class that also allows another byte proves nothing.
        assert!(plan(r"\d+[.,]\d+", false).required.is_empty());
        assert!(holds_required(b"from 10.0.0.1 ok", &quad.required));
        assert!(!holds_required(b"version 10.0 ok.", &quad.required));
    }

    #[test]
    fn single_line_regexes_are_marked() {
        assert!(plan(r"(?m)^[ \t]*\w+[ \t]+here\b", false).single_line);
        assert!(plan(r"(?m)^[^\n@]{0,40}@", false).single_line);
        assert!(!plan(r"(?m)^\w+\s+here", false).single_line);
        assert!(!plan(r"(?m)^regards\n\w+", false).single_line);
        assert!(!plan(r"(?m)^\w+[^a]", false).single_line);
    }

    #[test]
    fn filter_is_a_superset() {
        let p = plan(r"\bkey\b", false);
        let f = p.filter.expect("has unicode word boundary");
        assert!(f.is_match("monkey"));
    }
}
