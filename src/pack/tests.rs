//! Loader error tests: every failure names the file and rule.

use super::*;
use std::ops::Range;

const EXAMPLES: &str = r#"
[rules.examples]
match = ["a [[x1]]", "b [[x2]]", "c [[x3]]"]
no_match = ["d", "e", "f"]
"#;

/// A pack with one rule whose body lines are `body`.
fn pack(name: &str, body: &str) -> String {
    format!("[pack]\nname = \"{name}\"\nversion = 1\n\n[[rules]]\n{body}\n{EXAMPLES}")
}

const GOOD: &str = r#"id = "email.test"
category = "email"
regex = 'x\d'
prefilter = ["x"]
confidence = 0.9"#;

fn load(text: &str) -> Result<PackSet, PackError> {
    let mut set = PackSet::default();
    set.add_str("t.toml", text)?;
    Ok(set)
}

fn err(text: &str) -> String {
    match load(text) {
        Ok(_) => panic!("pack loaded but should fail"),
        Err(e) => e.to_string(),
    }
}

#[test]
fn good_rule_loads_with_info() {
    let set = load(&pack("p", GOOD)).expect("loads");
    let rule = set.rules().next().expect("one rule");
    assert_eq!(&*rule.id, "email.test");
    assert_eq!(rule.kind(), RuleKind::Regex);
    assert_eq!(&*rule.pack, "p");
    // Unicode `\d` may be 4 bytes long.
    assert_eq!(rule.max_len, 5);
}

#[test]
fn header_only_pack_loads() {
    let set = load("[pack]\nname = \"x\"\nversion = 1\n").expect("loads");
    assert_eq!(set.rules().count(), 0);
}

#[test]
fn defaults_load() {
    PackSet::defaults().expect("default packs load");
}

#[test]
fn unknown_rule_key_names_file_and_rule() {
    let e = err(&pack("p", &format!("{GOOD}\nconfidance = 1.0")));
    assert!(
        e.contains("t.toml") && e.contains("email.test") && e.contains("confidance"),
        "{e}"
    );
}

#[test]
fn unknown_top_level_and_header_keys() {
    assert!(err("[pack]\nname = \"x\"\nversion = 1\n[extra]\n").contains("extra"));
    assert!(err("[pack]\nname = \"x\"\nversion = 1\nfoo = 2\n").contains("foo"));
    assert!(err("[pack]\nname = \"x\"\nversion = 2\n").contains("version"));
}

#[test]
fn unknown_category() {
    let e = err(&pack(
        "p",
        &GOOD.replace("category = \"email\"", "category = \"mail\""),
    ));
    assert!(
        e.contains("email.test") && e.contains("unknown category"),
        "{e}"
    );
    // Validator names are the engine's: the loader keeps them as written.
    let named = load(&pack("p", &format!("{GOOD}\nvalidator = \"nope\""))).expect("loads");
    let rule = named.rules().next().expect("one rule");
    assert_eq!(rule.validator.as_deref(), Some("nope"));
}

#[test]
fn bad_regex_and_size_limit() {
    let e = err(&pack("p", &GOOD.replace(r"x\d", "x(")));
    assert!(e.contains("email.test") && e.contains("bad regex"), "{e}");
    let huge = GOOD.replace(r"x\d", r"x\w{500}\w{500}\w{500}");
    let e = err(&pack("p", &huge));
    assert!(e.contains("too large"), "{e}");
}

#[test]
fn duplicate_ids_across_packs() {
    let mut set = PackSet::default();
    set.add_str("a.toml", &pack("a", GOOD)).expect("first");
    let e = set.add_str("b.toml", &pack("b", GOOD)).expect_err("dup");
    assert!(e.to_string().contains("b.toml") && e.to_string().contains("duplicate"));
    // The failed pack left the set unchanged.
    assert_eq!(set.packs().len(), 1);
}

#[test]
fn disable_then_redefine() {
    let mut set = PackSet::default();
    set.add_str("a.toml", &pack("a", GOOD)).expect("first");
    let text =
        pack("b", GOOD).replace("version = 1\n", "version = 1\ndisable = [\"email.test\"]\n");
    set.add_str("b.toml", &text).expect("redefines");
    let rules: Vec<_> = set.rules().map(|r| r.pack.to_string()).collect();
    assert_eq!(rules, ["b"]);
    let e = set
        .add_str(
            "c.toml",
            "[pack]\nname = \"c\"\nversion = 1\ndisable = [\"email.none\"]\n",
        )
        .expect_err("unknown id");
    assert!(e.to_string().contains("email.none"));
}

#[test]
fn regex_needs_prefilter_or_digits() {
    let e = err(&pack("p", &GOOD.replace("prefilter = [\"x\"]", "")));
    assert!(e.contains("prefilter"), "{e}");
    let ok = GOOD.replace("prefilter = [\"x\"]", "digits = [1, 3]");
    load(&pack("p", &ok)).expect("digits is enough");
    let e = err(&pack(
        "p",
        &GOOD.replace("prefilter = [\"x\"]", "digits = [3, 1]"),
    ));
    assert!(e.contains("digits"), "{e}");
}

#[test]
fn run_requires_needs_digits_and_separators() {
    let ok = GOOD.replace(
        "prefilter = [\"x\"]",
        "digits = [4, 12]\nrun_requires = { \".\" = 3, \"-\" = 1 }",
    );
    let set = load(&pack("p", &ok)).expect("separators with counts load");
    let rule = set.rules().next().expect("one rule");
    assert_eq!(rule.run_requires, [(b'-', 1), (b'.', 3)]);
    let e = err(&pack(
        "p",
        &GOOD.replace("confidence", "run_requires = { \".\" = 3 }\nconfidence"),
    ));
    assert!(
        e.contains("only to a rule with `digits`") && e.contains("email.test"),
        "{e}"
    );
    for bad in ["{ \"x\" = 1 }", "{ \"..\" = 1 }", "{ \".\" = 0 }"] {
        let e = err(&pack(
            "p",
            &GOOD.replace(
                "prefilter = [\"x\"]",
                &format!("digits = [4, 12]\nrun_requires = {bad}"),
            ),
        ));
        assert!(e.contains("run_requires"), "{bad}: {e}");
    }
}

#[test]
fn reach_is_one_bound_or_two_sides() {
    let with = |reach: &str| {
        GOOD.replace(
            "prefilter = [\"x\"]",
            &format!("prefilter = [\"x\"]\nreach = {reach}"),
        )
    };
    let set = load(&pack("p", &with("12"))).expect("one bound");
    assert_eq!(set.rules().next().expect("rule").reach, Some((12, 12)));
    let set = load(&pack("p", &with("[48, 120]"))).expect("two sides");
    assert_eq!(set.rules().next().expect("rule").reach, Some((48, 120)));
    let e = err(&pack("p", &with("[1, 70000]")));
    assert!(e.contains("reach") && e.contains("email.test"), "{e}");
    let e = err(&pack("p", &with("[1, 2, 3]")));
    assert!(e.contains("reach") && e.contains("email.test"), "{e}");
}

#[test]
fn columns_rules_take_no_other_trigger() {
    let ok = GOOD.replace("prefilter = [\"x\"]", "columns = [\"first name\"]");
    let set = load(&pack("p", &ok)).expect("columns are enough");
    let rule = set.rules().next().expect("one rule");
    assert_eq!(rule.columns, ["first name"]);
    let e = err(&pack(
        "p",
        &GOOD.replace(
            "prefilter = [\"x\"]",
            "prefilter = [\"x\"]\ncolumns = [\"name\"]",
        ),
    ));
    assert!(e.contains("columns") && e.contains("email.test"), "{e}");
    let e = err(&pack(
        "p",
        &GOOD.replace("prefilter = [\"x\"]", "columns = [\" \"]"),
    ));
    assert!(e.contains("column headers"), "{e}");
}

#[test]
fn word_lists_are_built_in_and_replace_other_triggers() {
    let ok = GOOD.replace("prefilter = [\"x\"]", "word_list = \"given_names\"");
    let set = load(&pack("p", &ok)).expect("a word list is enough");
    let rule = set.rules().next().expect("one rule");
    assert_eq!(rule.word_list.as_deref(), Some("given_names"));
    let e = err(&pack(
        "p",
        &GOOD.replace(
            "prefilter = [\"x\"]",
            "prefilter = [\"x\"]\nword_list = \"given_names\"",
        ),
    ));
    assert!(e.contains("word_list") && e.contains("email.test"), "{e}");
    // Without a regex, a word list alone makes a keyword rule.
    let keywords = "id = \"person_name.k\"\ncategory = \"person_name\"\nword_list = \"given_names\"\nconfidence = 0.9";
    let set = load(&pack("p", keywords)).expect("keyword rule from a word list");
    assert_eq!(
        set.rules().next().map(|r| r.kind()),
        Some(RuleKind::Keywords)
    );
}

#[test]
fn too_few_examples() {
    let text = pack("p", GOOD).replace(r#""c [[x3]]""#, "");
    let e = err(&text.replace(r#""b [[x2]]", "#, r#""b [[x2]]""#));
    assert!(e.contains("at least 3"), "{e}");
    let e = err(&pack("p", GOOD).replace("\"d\"", "\"[[d]]\""));
    assert!(e.contains("markers"), "{e}");
}

#[test]
fn confidence_range_and_id_shape() {
    let e = err(&pack("p", &GOOD.replace("0.9", "1.5")));
    assert!(e.contains("confidence"), "{e}");
    let e = err(&pack("p", &GOOD.replace("email.test", "phone.test")));
    assert!(e.contains("id must be"), "{e}");
}

#[test]
fn allow_pack_and_bad_allow() {
    let set = load(
        "[pack]\nname = \"a\"\nversion = 1\n[[allow]]\nvalues = [\"x@example.com\"]\ncategories = [\"email\"]\n",
    )
    .expect("allow-only pack");
    assert_eq!(set.allow_entries().count(), 1);
    let e = err("[pack]\nname = \"a\"\nversion = 1\n[[allow]]\nregex = ['(']\n");
    assert!(e.contains("allow"), "{e}");
    let e = err(
        "[pack]\nname = \"a\"\nversion = 1\n[[allow]]\nvalues = [\"x\"]\ncategories = [\"nope\"]\n",
    );
    assert!(e.contains("nope"), "{e}");
}

#[test]
fn marker_parsing() {
    assert_eq!(
        parse_marked("a [[bc]] d"),
        Ok(("a bc d".into(), vec![Range { start: 2, end: 4 }]))
    );
    assert_eq!(parse_marked("plain"), Ok(("plain".into(), vec![])));
    assert_eq!(
        parse_marked("[[a]] and [[bc]]"),
        Ok(("a and bc".into(), vec![0..1, 6..8]))
    );
    assert!(parse_marked("a [[b").is_err());
    assert!(parse_marked("a]] b").is_err());
    assert!(parse_marked("[[a [[b]]").is_err());
}

#[test]
fn load_dir_reads_toml_in_name_order() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("b.toml"),
        pack("b", &GOOD.replace("email.test", "email.b")),
    )
    .expect("write");
    std::fs::write(dir.path().join("a.toml"), pack("a", GOOD)).expect("write");
    std::fs::write(dir.path().join("notes.txt"), "ignored").expect("write");
    let mut set = PackSet::default();
    set.load_dir(dir.path()).expect("loads");
    let names: Vec<_> = set.packs().iter().map(|p| p.name.to_string()).collect();
    assert_eq!(names, ["a", "b"]);
}

#[test]
fn rules_use_fragments_of_their_own_and_earlier_packs() {
    let mut set = PackSet::default();
    set.add_str(
        "a.toml",
        "[pack]\nname = \"a\"\nversion = 1\n[fragments]\ndigit = '[0-9]'\n",
    )
    .expect("fragment pack loads");
    let body = GOOD.replace(r"regex = 'x\d'", "regex = '(?x) x (?&two)'");
    let text = pack("b", &body).replace(
        "\n\n[[rules]]",
        "\n[fragments]\ntwo = '(?&digit) ?(?&digit)?'\n\n[[rules]]",
    );
    set.add_str("b.toml", &text).expect("loads");
    let rule = set.rules().next().expect("one rule");
    assert_eq!(
        rule.regex.as_deref(),
        Some("(?x) x (?-x:(?:(?-x:(?:[0-9])) ?(?-x:(?:[0-9]))?))")
    );
    // A later pack may not redefine a fragment.
    let again = "[pack]\nname = \"c\"\nversion = 1\n[fragments]\ndigit = '[0-9]'\n";
    let e = set.add_str("c.toml", again).unwrap_err().to_string();
    assert!(e.contains("c.toml") && e.contains("already defined"), "{e}");
}

#[test]
fn unknown_fragment_names_file_and_rule() {
    let body = GOOD.replace(r"regex = 'x\d'", "regex = 'x(?&digit)'");
    let e = err(&pack("p", &body));
    assert!(
        e.contains("t.toml") && e.contains("email.test") && e.contains("unknown fragment `digit`"),
        "{e}"
    );
}

#[test]
fn bad_extend_regex_names_file_and_rule() {
    let e = err(&pack("p", &format!("{GOOD}\nextend = '(ext'")));
    assert!(
        e.contains("t.toml") && e.contains("email.test") && e.contains("extend: bad regex"),
        "{e}"
    );
}
