//! Detector tests over small hand-written packs.

use super::*;
use std::hint::black_box;

const EXAMPLES: &str =
    "\n[rules.examples]\nmatch = [\"a\", \"b\", \"c\"]\nno_match = [\"d\", \"e\", \"f\"]\n";

/// A pack named `name` holding `rules` (each a `[[rules]]` body), followed by
/// `extra` top-level sections.
fn pack(name: &str, rules: &[&str], extra: &str) -> String {
    let mut s = format!("[pack]\nname = \"{name}\"\nversion = 1\n");
    for r in rules {
        s.push_str("\n[[rules]]\n");
        s.push_str(r);
        s.push_str(EXAMPLES);
    }
    s.push_str(extra);
    s
}

fn detector_with(rules: &[&str], extra: &str, options: DetectOptions) -> Detector {
    let mut set = PackSet::default();
    set.add_str("test.toml", &pack("test", rules, extra))
        .expect("test pack loads");
    Detector::new(&set, options).expect("compiles")
}

fn detector(rules: &[&str]) -> Detector {
    detector_with(rules, "", DetectOptions::default())
}

fn spans(d: &Detector, text: &str) -> Vec<(usize, usize, String)> {
    d.detect(text, &KnownValues::default())
        .into_iter()
        .map(|f| (f.start, f.end, f.rule_id.to_string()))
        .collect()
}

const TICKET: &str = r#"id = "secret.ticket"
category = "secret"
regex = '\bTK-\d{4}\b'
prefilter = ["tk-"]
confidence = 0.9"#;

#[test]
fn prefilter_literal_finds_candidates() {
    let d = detector(&[TICKET]);
    assert_eq!(
        spans(&d, "see TK-1234 now"),
        [(4, 11, "secret.ticket".into())]
    );
    // Literal matches case-insensitively; the regex still decides.
    assert!(spans(&d, "see tk-1234 now").is_empty());
    assert!(spans(&d, "nothing here 1234").is_empty());
    assert!(spans(&d, "").is_empty());
}

#[test]
fn window_edges_keep_word_boundaries() {
    // max_len 3 makes the window exactly the literal: `\b` must still see
    // the bytes outside it.
    let d = detector(&[r#"id = "secret.key"
category = "secret"
regex = '\bkey\b'
prefilter = ["key"]
confidence = 0.9"#]);
    assert_eq!(
        spans(&d, "monkey keyboard key."),
        [(16, 19, "secret.key".into())]
    );
}

#[test]
fn value_group_limits_the_span() {
    let d = detector(&[r#"id = "secret.password"
category = "secret"
regex = 'password[:=]\s*(?P<value>\S+)'
prefilter = ["password"]
max_len = 64
confidence = 0.9"#]);
    let text = "my password: hunter2 ok";
    let got = spans(&d, text);
    assert_eq!(got.len(), 1);
    assert_eq!(&text[got[0].0..got[0].1], "hunter2");
}

#[test]
fn digit_runs_and_validator() {
    let d = detector(&[r#"id = "payment_card.pan"
category = "payment_card"
regex = '\b\d{4}(?:[ -]?\d{4}){3}\b'
digits = [16, 16]
validator = "luhn"
confidence = 0.9"#]);
    let text = "card 4111 1111 1111 1111 and 4111 1111 1111 1112, qty 12";
    assert_eq!(spans(&d, text), [(5, 24, "payment_card.pan".into())]);
    // A run with more digits than the range still tries its groups.
    let text = "order 12 4111-1111-1111-1111 99";
    assert_eq!(spans(&d, text).len(), 1);
}

#[test]
fn context_boost_required_negative() {
    let rule = r#"id = "phone.num"
category = "phone"
regex = '\b\d{6}\b'
digits = [6, 6]
confidence = 0.4
[rules.context]
words = ["phone", "call me"]
window = 20
boost = 0.3
negative = ["order"]
penalty = 0.6"#;
    let d = detector(&[rule]);
    assert!(
        spans(&d, "number 123456 here").is_empty(),
        "below threshold without hotword"
    );
    assert_eq!(spans(&d, "phone: 123456").len(), 1);
    assert_eq!(spans(&d, "call me at 123456").len(), 1);
    assert!(spans(&d, "phone order 123456").is_empty(), "penalty");
    assert!(
        spans(&d, "phones 123456").is_empty(),
        "hotwords are word-bounded"
    );
    let far = format!("phone {} 123456", "x".repeat(40));
    assert!(spans(&d, &far).is_empty(), "hotword outside window");

    let required = rule.replace("confidence = 0.4", "confidence = 0.9") + "\nrequired = true";
    let d = detector(&[&required]);
    assert!(spans(&d, "number 123456").is_empty());
    assert_eq!(spans(&d, "phone 123456").len(), 1);
}

#[test]
fn keywords_are_word_bounded_and_case_insensitive() {
    let d = detector(&[r#"id = "person_name.vip"
category = "person_name"
keywords = ["Grace Hopper", "Mr. Smith"]
confidence = 0.8"#]);
    let got = spans(
        &d,
        "Ask grace hopper or MR. SMITH, not Gracehopper or Grace Hoppers.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!((got[0].0, got[0].1), (4, 16));
}

#[test]
fn allow_lists_rule_and_pack_level() {
    let rule = r#"id = "email.simple"
category = "email"
regex = '\b\w+@\w+\.\w+\b'
prefilter = ["@"]
confidence = 0.9
allow = ["Help@Acme.com"]
allow_regex = ['noreply@.*', 'ops@.*']"#;
    // Every regex of a rule and of the pack entries that apply to it is one
    // search; each must still match the whole value (`acme\.com` alone does
    // not allow `ann@acme.com`).
    let extra = r#"
[[allow]]
values = ["boss@acme.com"]
regex = ['.*@test\.org', 'acme\.com']
categories = ["email"]

[[allow]]
values = ["cto@acme.com"]
rules = ["email.other"]
"#;
    let d = detector_with(&[rule], extra, DetectOptions::default());
    let text = "help@acme.com noreply@acme.com ops@acme.com a@test.org boss@acme.com cto@acme.com ann@acme.com";
    let got: Vec<&str> = spans(&d, text).iter().map(|s| &text[s.0..s.1]).collect();
    assert_eq!(got, ["cto@acme.com", "ann@acme.com"]);
}

#[test]
fn overlaps_merge_by_severity() {
    let d = detector(&[
        r#"id = "phone.any"
category = "phone"
regex = '\d{3} \d{3}'
digits = [6, 12]
confidence = 0.95"#,
        r#"id = "national_id.x"
category = "national_id"
regex = '\d{3} \d{3} \d{3}'
digits = [9, 9]
confidence = 0.6"#,
    ]);
    let found = d.detect("id 123 456 789 999", &KnownValues::default());
    assert_eq!(found.len(), 1);
    assert_eq!((found[0].start, found[0].end), (3, 18));
    assert_eq!(found[0].category, Category::NationalId);
    assert_eq!(&*found[0].rule_id, "national_id.x");
    assert!(
        d.detect_all("id 123 456 789 999", &KnownValues::default())
            .len()
            >= 2
    );
}

#[test]
fn thresholds_global_and_per_category() {
    let rules = [TICKET];
    let strict = DetectOptions {
        threshold: 0.95,
        ..DetectOptions::default()
    };
    assert!(spans(&detector_with(&rules, "", strict), "TK-1234").is_empty());
    let mut per = DetectOptions::default();
    per.category_thresholds.insert(Category::Secret, 0.95);
    per.category_thresholds.insert(Category::Email, 0.1);
    assert!(spans(&detector_with(&rules, "", per), "TK-1234").is_empty());
    let mut loose = DetectOptions {
        threshold: 0.99,
        ..DetectOptions::default()
    };
    loose.category_thresholds.insert(Category::Secret, 0.5);
    assert_eq!(spans(&detector_with(&rules, "", loose), "TK-1234").len(), 1);
}

#[test]
fn windows_snap_to_char_boundaries() {
    let d = detector(&[
        TICKET,
        r#"id = "phone.six"
category = "phone"
regex = '\d{6}'
digits = [6, 6]
max_len = 6
confidence = 0.9"#,
    ]);
    // Windows start inside `é`; `\b` sees the multibyte neighbours.
    let text = "ééé 123456 éé TK-1234 ñ TK-9999é 日本語TK-1111";
    let got: Vec<&str> = spans(&d, text).iter().map(|s| &text[s.0..s.1]).collect();
    assert_eq!(got, ["123456", "TK-1234"]);
}

#[test]
fn matches_in_overlapping_windows_are_reported_once() {
    let d = detector(&[TICKET]);
    let text = "TK-1234 tk- tk- TK-5678";
    assert_eq!(d.detect_all(text, &KnownValues::default()).len(), 2);
}

/// The engine benchmark's fixture: 1.3 MB of mixed-language ticket text.
fn bench_fixture() -> String {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/benches/data/tickets_mixed.txt"
    );
    std::fs::read_to_string(path).expect("bench fixture")
}

/// Per-rule window statistics over the benchmark fixture (diagnostics only).
#[test]
#[ignore]
fn window_stats_on_fixture() {
    let text = bench_fixture();
    let d = Detector::with_defaults().expect("defaults");
    // Warm the lazy DFAs first (HUSHDESK_COLD=1 measures a fresh detector).
    if std::env::var_os("HUSHDESK_COLD").is_none() {
        d.detect(&text, &KnownValues::default());
    }
    let mut cand = Candidates::default();
    d.prefilter.scan(
        &text,
        &crate::detect::haystack::Haystack::new(&text),
        &mut cand,
    );
    cand.windows.sort_unstable();
    // Per rule: raw windows, merged windows, window bytes, and the time to
    // confirm all of that rule's windows in one call (per-window overheads
    // included; timing windows one by one would round them away).
    let mut stats: std::collections::BTreeMap<u32, (usize, usize, usize, u128)> =
        Default::default();
    let mut i = 0;
    while i < cand.windows.len() {
        let rule = cand.windows[i].rule;
        let first = i;
        while i < cand.windows.len() && cand.windows[i].rule == rule {
            i += 1;
        }
        let batch = &mut cand.windows[first..i];
        let st = stats.entry(rule).or_default();
        st.0 = batch.len();
        let mut end = 0;
        for w in batch.iter() {
            if w.start > end || st.1 == 0 {
                st.1 += 1;
                st.2 += w.end - w.start;
            } else if w.end > end {
                st.2 += w.end - end;
            }
            end = end.max(w.end);
        }
        let t = std::time::Instant::now();
        let mut out = Vec::new();
        crate::detect::confirm::confirm(&d.rules, &text, batch, &mut out);
        st.3 = t.elapsed().as_nanos();
    }
    let mut rows: Vec<_> = stats.into_iter().collect();
    rows.sort_by_key(|r| std::cmp::Reverse(r.1 .3));
    for (rule, (raw, merged, bytes, us)) in rows {
        eprintln!(
            "{:40} raw {raw:7} merged {merged:6} bytes {bytes:9} {:9} us",
            d.rules[rule as usize].id,
            us / 1000
        );
    }
    eprintln!(
        "keywords {} anchored {}",
        cand.keywords.len(),
        cand.anchored.len()
    );
    let t = std::time::Instant::now();
    let mut out = Vec::new();
    let mut anchored = std::mem::take(&mut cand.anchored);
    let mut per: std::collections::BTreeMap<&str, usize> = Default::default();
    for w in &anchored {
        *per.entry(&d.rules[w.rule as usize].id).or_default() += 1;
    }
    let mut per: Vec<_> = per.into_iter().collect();
    per.sort_by_key(|p| std::cmp::Reverse(p.1));
    eprintln!("anchored per rule: {per:?}");
    crate::detect::confirm::confirm_anchored(&d.rules, &text, &mut anchored, &mut out);
    eprintln!(
        "anchored confirm {} us, {} matches",
        t.elapsed().as_micros(),
        out.len()
    );
    // Per rule, slowest first: attempts, matches, time.
    let mut rows = Vec::new();
    for rule in 0..d.rules.len() as u32 {
        let mut batch: Vec<_> = anchored
            .iter()
            .filter(|w| w.rule == rule)
            .copied()
            .collect();
        if batch.is_empty() {
            continue;
        }
        let n = batch.len();
        let mut found = Vec::new();
        let t = std::time::Instant::now();
        crate::detect::confirm::confirm_anchored(&d.rules, &text, &mut batch, &mut found);
        rows.push((
            t.elapsed().as_micros(),
            n,
            found.len(),
            &d.rules[rule as usize].id,
        ));
    }
    rows.sort_by_key(|r| std::cmp::Reverse(r.0));
    for (us, n, found, id) in rows.iter().take(15) {
        eprintln!("anchored {id:40} attempts {n:6} matches {found:5} {us:6} us");
    }
    for r in d.rules.iter().filter(|r| r.filter.is_none()) {
        eprintln!("no filter: {}", r.id);
    }
}

#[test]
fn line_start_rules_run_at_line_starts() {
    // `\n/` straddles the match start: line starts inside a literal count.
    let d = detector(&[r#"id = "person_name.sig"
category = "person_name"
regex = '(?m)^[ \t]*(?:--|/)[ \t]*(?P<value>[A-Z][a-z]+)[ \t]*$'
prefilter = ["--", "\n/"]
confidence = 0.9"#]);
    let text = "hello there\n\n/Anna\nmore -- text\n-- Bob";
    assert_eq!(
        spans(&d, text),
        [
            (14, 18, "person_name.sig".into()),
            (35, 38, "person_name.sig".into())
        ]
    );
}

#[test]
fn line_prefix_rules_run_where_only_skipped_bytes_precede_the_literal() {
    // Tried at a line start only when nothing but `[ \t>*]` stands between
    // it and a `regards` literal: quoted, indented and first-line forms are
    // found; a `regards` inside a sentence is never tried.
    let d = detector(&[r#"id = "person_name.signoff"
category = "person_name"
regex = '(?m)^[ \t>*]*(?i:regards),?\n(?P<value>[A-Z][a-z]+)'
prefilter = ["regards"]
confidence = 0.9"#]);
    let text = "Regards,\nAnna\nx\n> >  regards\nBob\nkind regards,\nCy\n\t* Regards\nDan";
    assert_eq!(
        spans(&d, text),
        [
            (9, 13, "person_name.signoff".into()),
            (29, 32, "person_name.signoff".into()),
            (61, 64, "person_name.signoff".into())
        ]
    );
}

#[test]
fn trigger_phrases_match_across_blank_runs() {
    // Written with single spaces; the text has tabs and double spaces. The
    // regex starts with the phrase, so it runs anchored at it.
    let d = detector(&[r#"id = "person_name.talk"
category = "person_name"
regex = '(?i:(?-u:\b)talk[ \t]+to)[ \t]+(?P<value>[A-Z][a-z]+)'
prefilter = ["talk to"]
confidence = 0.9"#]);
    let text = "please  talk\t\t to  Anna, or talk to Bo";
    assert_eq!(
        spans(&d, text),
        [
            (19, 23, "person_name.talk".into()),
            (36, 38, "person_name.talk".into())
        ]
    );
}

#[test]
fn word_start_rules_skip_literals_inside_words() {
    let d = detector(&[r#"id = "person_name.greet"
category = "person_name"
regex = '(?i:(?-u:\b)(?:hi|hello))[ \t]+(?P<value>[A-Z][a-z]+),'
prefilter = ["hi", "hello"]
confidence = 0.9"#]);
    assert_eq!(
        spans(&d, "this Anna, hi Bob, HELLO Cy,"),
        [
            (14, 17, "person_name.greet".into()),
            (25, 27, "person_name.greet".into())
        ]
    );
}

/// Runs the engine's phases one after another on `text` (without known
/// values and table cells), returning each phase's time and the findings.
fn timed_phases(d: &Detector, text: &str) -> ([std::time::Duration; 5], Vec<Finding>) {
    let t0 = std::time::Instant::now();
    let hay = crate::detect::haystack::Haystack::new(text);
    let mut cand = Candidates::default();
    d.prefilter.scan(text, &hay, &mut cand);
    let t1 = t0.elapsed();
    let mut m = Vec::new();
    confirm(&d.rules, text, &mut cand.windows, &mut m);
    let t2 = t0.elapsed();
    confirm_anchored(&d.rules, text, &mut cand.anchored, &mut m);
    let t3 = t0.elapsed();
    m.sort_unstable();
    m.dedup();
    m.retain(|&(rule, start, end)| d.valid(text, rule, start, end));
    let hits = d.context_hits(text, &hay, &m);
    let t4 = t0.elapsed();
    let f: Vec<_> = m
        .iter()
        .filter_map(|&(r, s, e)| d.finding(text, &hits, r, s, e))
        .collect();
    let f = overlap::resolve(f);
    let t5 = t0.elapsed();
    ([t1, t2 - t1, t3 - t2, t4 - t3, t5 - t4], f)
}

#[test]
#[ignore = "diagnostic: phase timings on the bench fixture"]
fn phase_timings() {
    let text = bench_fixture();
    let d = Detector::with_defaults().expect("defaults");
    let mut best = [std::time::Duration::MAX; 6];
    for _ in 0..8 {
        let ([scan, confirmed, anchored, validated, scored], f) = timed_phases(&d, &text);
        let t = std::time::Instant::now();
        d.detect(&text, &KnownValues::default());
        let whole = t.elapsed();
        for (b, v) in best
            .iter_mut()
            .zip([scan, confirmed, anchored, validated, scored, whole])
        {
            *b = (*b).min(v);
        }
        assert_eq!(f.len(), 2773);
    }
    eprintln!("best of 8: scan {:?} confirm {:?} anchored {:?} validate+context {:?} score+overlap {:?} | detect {:?}", best[0], best[1], best[2], best[3], best[4], best[5]);
    let t = std::time::Instant::now();
    let ac_only = d.prefilter.triggers.as_ref().map(|t| {
        let mut n = 0;
        t.for_each(text.as_bytes(), |_, _, _| n += 1);
        n
    });
    eprintln!("ac only: {:?} {ac_only:?}", t.elapsed());
    let t = std::time::Instant::now();
    let mut n = 0;
    crate::detect::digits::for_each_run(text.as_bytes(), |_| n += 1);
    eprintln!("digit runs only: {:?} {n}", t.elapsed());
    for list in d.prefilter.word_lists() {
        let mut best = std::time::Duration::MAX;
        let mut n = 0;
        for _ in 0..5 {
            let t = std::time::Instant::now();
            n = 0;
            list.scan(&text, |_, _| n += 1);
            best = best.min(t.elapsed());
        }
        eprintln!("word list {} only: {best:?} {n} hits", list.name());
    }
}

#[test]
#[ignore = "diagnostic: literal firing counts"]
fn literal_counts() {
    let text = bench_fixture();
    let d = Detector::with_defaults().expect("defaults");
    let mut counts = vec![0usize; d.prefilter.literal_count()];
    let triggers = d.prefilter.triggers.as_ref().unwrap();
    triggers.for_each(text.as_bytes(), |id, _, _| counts[id as usize] += 1);
    let mut rows: Vec<_> = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| **c > 300)
        .collect();
    rows.sort_by_key(|r| std::cmp::Reverse(*r.1));
    for (id, c) in rows {
        eprintln!("{c:7} {}", d.prefilter.describe(id));
    }
    eprintln!("literals {}", d.prefilter.literal_count());
}

#[test]
#[ignore = "diagnostic: cost per category"]
fn category_costs() {
    let text = bench_fixture();
    let base = crate::pack::PackSet::defaults().unwrap();
    let cats: Vec<Category> = Category::ALL.to_vec();
    let time = |set: &crate::pack::PackSet| {
        let d = Detector::new(set, DetectOptions::default()).unwrap();
        let mut best = std::time::Duration::MAX;
        let mut n = 0;
        for _ in 0..4 {
            let t = std::time::Instant::now();
            n = d.detect(&text, &KnownValues::default()).len();
            best = best.min(t.elapsed());
        }
        (best, n)
    };
    eprintln!("all: {:?}", time(&base));
    for c in cats {
        let others: Vec<String> = base
            .rules()
            .filter(|r| r.category != c)
            .map(|r| format!("{:?}", r.id.to_string()))
            .collect();
        let mut set = base.clone();
        set.add_str(
            "x.toml",
            &format!(
                "[pack]\nname=\"x\"\nversion=1\ndisable=[{}]\n",
                others.join(",")
            ),
        )
        .unwrap();
        eprintln!("only {c:?}: {:?}", time(&set));
    }
}

/// Every match a rule's regex finds scanning the whole text, as
/// `(rule, start, end)` of the finding span.
/// Column rules are left out: their regex alone matches any value, and
/// only the table around it decides (see `table`).
fn full_text_matches(d: &Detector, text: &str) -> std::collections::BTreeSet<(u32, usize, usize)> {
    let packs = crate::pack::PackSet::defaults().expect("defaults");
    let column_rules: std::collections::HashSet<&str> = packs
        .rules()
        .filter(|r| !r.columns.is_empty())
        .map(|r| &*r.id)
        .collect();
    let mut out = std::collections::BTreeSet::new();
    for (i, r) in d.rules.iter().enumerate() {
        let Some(re) = &r.regex else { continue };
        if column_rules.contains(&*r.id) {
            continue;
        }
        for caps in re.captures_iter(text) {
            let span = match r.value_group {
                Some(g) => caps.get_group(g),
                None => caps.get_match().map(|m| m.span()),
            };
            if let Some(s) = span.filter(|s| !s.is_empty()) {
                out.insert((i as u32, s.start, s.end));
            }
        }
    }
    out
}

/// The matches the engine's windows and anchored attempts find.
fn engine_matches(d: &Detector, text: &str) -> std::collections::BTreeSet<(u32, usize, usize)> {
    let hay = crate::detect::haystack::Haystack::new(text);
    let mut cand = Candidates::default();
    d.prefilter.scan(text, &hay, &mut cand);
    let mut m = Vec::new();
    confirm(&d.rules, text, &mut cand.windows, &mut m);
    confirm_anchored(&d.rules, text, &mut cand.anchored, &mut m);
    m.into_iter().collect()
}

/// The prefilter, windows (`max_len`, `reach`) and anchored plans of the
/// default packs lose no match that a whole-text regex scan finds, on a
/// realistic ticket mix.
#[test]
fn windows_lose_no_whole_text_match() {
    let text = bench_fixture();
    // A slice keeps debug builds quick; cut at a line start.
    let cut = if cfg!(debug_assertions) {
        200_000
    } else {
        text.len()
    };
    let cut = text[..cut.min(text.len())]
        .rfind('\n')
        .map_or(text.len(), |i| i + 1);
    let text = &text[..cut];
    let d = Detector::with_defaults().expect("defaults");
    // Compared after validators and allow-lists: a digit range may skip
    // regex matches no validator would accept.
    let valid = |set: std::collections::BTreeSet<(u32, usize, usize)>| {
        set.into_iter()
            .filter(|&(r, s, e)| d.valid(text, r, s, e))
            .collect::<std::collections::BTreeSet<_>>()
    };
    let full = valid(full_text_matches(&d, text));
    let engine = valid(engine_matches(&d, text));
    let lost: Vec<String> = full
        .difference(&engine)
        .map(|&(r, s, e)| format!("{} at {s}..{e}", d.rules[r as usize].id))
        .collect();
    assert!(
        lost.is_empty(),
        "{} lost: {:?}",
        lost.len(),
        &lost[..lost.len().min(20)]
    );
}

/// Trigger literals stay selective on realistic ticket text: no single
/// literal fires more than once per 150 bytes, and all of them together
/// less than once per 25 bytes. A short word as a literal (`to`, `de`, `an`
/// as the first word of a label phrase, `a ` of `a la atención de`) fires
/// every hundred bytes or so on its own and makes every scan slow; such
/// words return when a rule's prefix set outgrows the plan's limits or an
/// author lists them as a `prefilter`.
#[test]
fn trigger_literals_fire_rarely_on_ticket_text() {
    let text = bench_fixture();
    let text = &text[..text.len().min(300_000)];
    let d = Detector::with_defaults().expect("defaults");
    let hay = crate::detect::haystack::Haystack::new(text);
    let mut per_literal = vec![0usize; d.prefilter.literal_count()];
    let hits = d.prefilter.triggers.as_ref().map_or(0, |t| {
        let mut n = 0;
        t.for_each(hay.bytes(), |id, _, _| {
            n += 1;
            per_literal[id as usize] += 1;
        });
        n
    });
    let (busiest, most) = per_literal
        .iter()
        .enumerate()
        .max_by_key(|&(_, c)| *c)
        .map_or((0, 0), |(id, c)| (id, *c));
    assert!(
        most * 150 < text.len(),
        "{most} hits of {} in {} bytes",
        d.prefilter.describe(busiest),
        text.len()
    );
    assert!(
        hits * 25 < text.len(),
        "{hits} trigger hits in {} bytes",
        text.len()
    );
}

#[test]
#[ignore = "diagnostic: trigger automaton cost by literal length"]
/// The library's own overlapping Aho-Corasick search costs about the same
/// whatever the automaton's size: its byte-at-a-time loop sets the price.
/// (The engine's four interleaved walks, `walk`, remove that floor, and then
/// size does matter: on the bench text a 20-literal DFA takes about 1.2 ms,
/// the full trigger set about 3 ms.) Prints, per literal cut length, the
/// patterns, memory, hits and best time of the library's search, then the
/// time with five literals only.
fn trigger_truncation() {
    let text = bench_fixture();
    let d = Detector::with_defaults().expect("defaults");
    let lits: Vec<String> = d
        .prefilter
        .trigger_ids()
        .iter()
        .map(|&id| d.prefilter.literal(id as usize).to_string())
        .collect();
    for cut in [3usize, 4, 5, 6, 8, 12, 64] {
        let mut set: Vec<Vec<u8>> = lits
            .iter()
            .map(|l| l.as_bytes()[..l.len().min(cut)].to_ascii_lowercase())
            .collect();
        set.sort();
        set.dedup();
        for kind in [
            aho_corasick::AhoCorasickKind::DFA,
            aho_corasick::AhoCorasickKind::ContiguousNFA,
        ] {
            let ac = aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .kind(Some(kind))
                .build(&set)
                .unwrap();
            let mut best = std::time::Duration::MAX;
            let mut n = 0;
            for _ in 0..5 {
                let t0 = std::time::Instant::now();
                n = ac.find_overlapping_iter(&text).count();
                best = best.min(t0.elapsed());
            }
            eprintln!(
                "cut {cut:2} {kind:?} patterns {:5} mem {:9} hits {n:7} {best:?}",
                set.len(),
                ac.memory_usage()
            );
        }
    }
    // Floor: a handful of literals.
    let few = ["@", "\n\n", "password", "iban", "born"];
    let ac = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .kind(Some(aho_corasick::AhoCorasickKind::DFA))
        .build(few)
        .unwrap();
    let t0 = std::time::Instant::now();
    let n = ac.find_overlapping_iter(&text).count();
    eprintln!("few: {n} {:?}", t0.elapsed());
}

#[test]
fn run_requires_tries_only_runs_holding_the_separators() {
    let d = detector(&[r#"id = "phone.pair"
category = "phone"
regex = '(?-u:\b)\d{2}-\d{2}'
digits = [4, 6]
run_requires = { "." = 1 }
confidence = 0.9"#]);
    // The first run has no dot, so the rule is never tried there (the
    // second run's window, 17 bytes each side, does not reach it).
    let text = "12-34 and, some lines further down, 56-78.9";
    assert_eq!(spans(&d, text), [(36, 41, "phone.pair".into())]);
}

#[test]
fn reach_sides_bound_the_window_apart() {
    let rule = |reach: &str| {
        format!(
            r##"id = "person_name.after_mark"
category = "person_name"
regex = '[0-9]#[ ]+(?P<value>[A-Z][a-z]+)'
prefilter = ["#"]
max_len = 64
reach = {reach}
confidence = 0.9"##
        )
    };
    let text = "7#   Annabelle";
    // One byte before the mark and 12 after hold the whole match.
    let d = detector(&[&rule("[1, 12]")]);
    assert_eq!(spans(&d, text), [(5, 14, "person_name.after_mark".into())]);
    // Without the digit before the mark the regex cannot match.
    let d = detector(&[&rule("[0, 64]")]);
    assert_eq!(spans(&d, text), []);
}

#[test]
fn unknown_validator_or_word_list_fails_naming_file_and_rule() {
    let cases = [
        (
            "id = \"email.test\"\ncategory = \"email\"\nregex = 'x\\d'\nprefilter = [\"x\"]\nvalidator = \"nope\"\nconfidence = 0.9",
            "unknown validator `nope`",
            "luhn",
        ),
        (
            "id = \"person_name.k\"\ncategory = \"person_name\"\nword_list = \"pet_names\"\nconfidence = 0.9",
            "unknown word_list `pet_names`",
            "given_names",
        ),
    ];
    for (rule, problem, known) in cases {
        let mut set = PackSet::default();
        set.add_str("mine.toml", &pack("mine", &[rule], ""))
            .expect("the pack itself reads");
        let e = Detector::new(&set, DetectOptions::default())
            .expect_err("an unknown name fails")
            .to_string();
        assert!(e.starts_with("mine.toml: rule "), "{e}");
        assert!(e.contains(problem) && e.contains(known), "{e}");
    }
}

/// Phase timings summed over the tickets of the independent corpus, scanned
/// one by one (diagnostics only): where per-call cost goes.
#[test]
#[ignore]
fn ticket_phase_timings() {
    #[derive(serde::Deserialize)]
    struct Line {
        text: String,
        #[serde(default)]
        known: KnownValues,
    }
    let corpus = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/benches/accuracy/independent/corpus.jsonl"
    ))
    .expect("corpus");
    let lines: Vec<Line> = corpus
        .lines()
        .map(|l| serde_json::from_str(l).expect("line"))
        .collect();
    let d = Detector::with_defaults().expect("defaults");
    let mut best = [std::time::Duration::MAX; 7];
    for _ in 0..8 {
        let mut sum = [std::time::Duration::ZERO; 7];
        for line in &lines {
            let text = &line.text;
            let ([scan, confirmed, anchored, validated, scored], f) = timed_phases(&d, text);
            black_box(f);
            let t = std::time::Instant::now();
            black_box(d.detect(text, &KnownValues::default()));
            let plain = t.elapsed();
            let t = std::time::Instant::now();
            black_box(d.detect(text, &line.known));
            let known = t.elapsed();
            for (s, v) in sum
                .iter_mut()
                .zip([scan, confirmed, anchored, validated, scored, plain, known])
            {
                *s += v;
            }
        }
        for (b, s) in best.iter_mut().zip(sum) {
            *b = (*b).min(s);
        }
    }
    let mut build = std::time::Duration::MAX;
    let mut find = std::time::Duration::MAX;
    for _ in 0..8 {
        let (mut b, mut f) = (std::time::Duration::ZERO, std::time::Duration::ZERO);
        for line in &lines {
            let t = std::time::Instant::now();
            let m = KnownMatcher::new(&line.known);
            b += t.elapsed();
            let t = std::time::Instant::now();
            if let Some(m) = m {
                let mut out = Vec::new();
                m.find(&line.text, &mut out);
                black_box(out);
            }
            f += t.elapsed();
        }
        build = build.min(b);
        find = find.min(f);
    }
    eprintln!("known values: build {build:?} find {find:?}");
    let joined: String = lines
        .iter()
        .map(|l| l.text.as_str())
        .collect::<Vec<_>>()
        .join("\n\n");
    let mut whole = std::time::Duration::MAX;
    for _ in 0..8 {
        let t = std::time::Instant::now();
        black_box(d.detect(&joined, &KnownValues::default()));
        whole = whole.min(t.elapsed());
    }
    eprintln!(
        "{} tickets, {} bytes; best of 8 sums: scan {:?} confirm {:?} anchored {:?} validate+context {:?} score+overlap {:?} | detect {:?} | with known values {:?} | all joined {:?}",
        lines.len(), joined.len(), best[0], best[1], best[2], best[3], best[4], best[5], best[6], whole
    );
}

const SIGNED: &str = r#"id = "person_name.signed"
category = "person_name"
regex = '(?m)^Regards,\n(?P<value>[A-Z][a-z]+(?: [A-Z][a-z]+)?)$'
prefilter = ["regards,"]
confidence = 0.8"#;

#[test]
fn a_found_name_is_found_wherever_it_repeats() {
    let d = detector(&[SIGNED]);
    let text = "Ask Kaveh Rahimi or Kaveh.\n\nRegards,\nKaveh Rahimi\n\nKaveh Rahimi\nService Desk | Kundkollen\nKaveh Rahimis files, xKaveh Rahimi";
    let found: Vec<(&str, String)> = spans(&d, text)
        .into_iter()
        .map(|(s, e, rule)| (&text[s..e], rule))
        .collect();
    assert_eq!(
        found,
        [
            ("Kaveh Rahimi", "person_name.repeated".to_string()),
            ("Kaveh Rahimi", "person_name.signed".to_string()),
            ("Kaveh Rahimi", "person_name.repeated".to_string()),
        ],
        "case-exact, word-bounded repeats only; a longer word is not a repeat"
    );
    // A given name that is also a month is not carried into dates.
    let text = "Regards,\nJun\n\nOn Tue, 2 Jun 2026 Jun wrote:";
    let found: Vec<(usize, usize, String)> = spans(&d, text);
    assert_eq!(found.len(), 1, "{found:?}");
}

#[test]
fn extend_lengthens_a_valid_match_the_validator_saw_without_it() {
    let rule = r#"id = "phone.ext_test"
category = "phone"
regex = '\b0[0-9]{2}-[0-9]{7}\b'
digits = [10, 10]
validator = "phone"
extend = '[ ]?\((?:ext|anknytning) [0-9]{1,4}\)'
confidence = 0.9"#;
    let d = detector(&[rule]);
    let text = "Direkt: 073-6870662 (anknytning 219), växel 081-2345678 (ext 12345)";
    let found: Vec<&str> = spans(&d, text)
        .iter()
        .map(|(s, e, _)| &text[*s..*e])
        .collect();
    // The second extension has five digits: not taken, the number still is.
    assert_eq!(found, ["073-6870662 (anknytning 219)", "081-2345678"]);
}
