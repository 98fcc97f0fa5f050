//! Named regex fragments: a pack's `[fragments]` table and the `(?&name)`
//! references rules make to them.
//!
//! A fragment is written once and used by many rules (the letters of a
//! name, the particles between its words); changing it changes every rule
//! that refers to it. References are expanded at load, before a regex is
//! compiled: `(?&name)` becomes `(?-x:(?:…))`, so a fragment reads the same
//! in a verbose (`(?x)`) rule as in a plain one. `(?&` is not valid Rust
//! regex syntax, so a reference can never be mistaken for regex text.

use std::collections::BTreeMap;

/// Fragments by name, their own references already expanded.
pub(crate) type Fragments = BTreeMap<String, String>;

/// Expands every `(?&name)` in `pattern` with `fragments`.
pub(crate) fn expand(pattern: &str, fragments: &Fragments) -> Result<String, String> {
    expand_with(pattern, |name| fragments.get(name).map(String::as_str)).map_err(|e| e.message())
}

/// Why a reference could not be expanded.
enum ExpandError {
    /// `(?&` not followed by a name and `)`.
    Malformed(usize),
    /// A name that is not (yet) defined.
    Unknown(String),
}

impl ExpandError {
    fn message(self) -> String {
        match self {
            ExpandError::Malformed(at) => format!(
                "bad fragment reference at byte {at}: expected `(?&name)` with a name of \
                 lower-case letters, digits and `_`"
            ),
            ExpandError::Unknown(name) => format!(
                "unknown fragment `{name}` (a `[fragments]` entry of this pack or of one \
                 loaded before it)"
            ),
        }
    }
}

fn expand_with<'a>(
    pattern: &str,
    lookup: impl Fn(&str) -> Option<&'a str>,
) -> Result<String, ExpandError> {
    let mut out = String::with_capacity(pattern.len());
    let mut rest = pattern;
    while let Some(at) = rest.find("(?&") {
        out.push_str(&rest[..at]);
        let after = &rest[at + 3..];
        let len = after
            .find(|c: char| !(c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_'))
            .unwrap_or(after.len());
        let name = &after[..len];
        if name.is_empty() || !after[len..].starts_with(')') {
            return Err(ExpandError::Malformed(pattern.len() - rest.len() + at));
        }
        let body = lookup(name).ok_or_else(|| ExpandError::Unknown(name.to_string()))?;
        out.push_str("(?-x:(?:");
        out.push_str(body);
        out.push_str("))");
        rest = &after[len + 1..];
    }
    out.push_str(rest);
    Ok(out)
}

/// Reads a pack's `[fragments]` table: names to regex text. A fragment may
/// refer to fragments of packs loaded before (`earlier`) and to others of
/// the same table; a name may be defined only once in a pack set, and each
/// fragment must parse as a regex on its own.
pub(crate) fn parse(value: Option<toml::Value>, earlier: &Fragments) -> Result<Fragments, String> {
    let table = match value {
        None => return Ok(Fragments::new()),
        Some(toml::Value::Table(t)) => t,
        Some(_) => return Err("`fragments` must be a table of `name = 'regex'`".into()),
    };
    let mut pending: BTreeMap<String, String> = BTreeMap::new();
    for (name, value) in table {
        let valid_name = name.starts_with(|c: char| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
        if !valid_name {
            return Err(format!(
                "fragment name `{name}`: use lower-case ASCII letters, digits and `_`, \
                 starting with a letter"
            ));
        }
        if earlier.contains_key(&name) {
            return Err(format!(
                "fragment `{name}` is already defined by a pack loaded before"
            ));
        }
        let toml::Value::String(text) = value else {
            return Err(format!("fragment `{name}` must be a string"));
        };
        pending.insert(name, text);
    }
    // Expand in rounds: each round resolves the fragments whose references
    // are all known; a round without progress means an unknown name or a cycle.
    let mut done = Fragments::new();
    while !pending.is_empty() {
        let mut progressed = false;
        let mut still = BTreeMap::new();
        for (name, text) in pending {
            let lookup = |n: &str| earlier.get(n).or_else(|| done.get(n)).map(String::as_str);
            match expand_with(&text, lookup) {
                Ok(body) => {
                    regex_syntax::ParserBuilder::new()
                        .build()
                        .parse(&body)
                        .map_err(|e| format!("fragment `{name}`: bad regex: {e}"))?;
                    done.insert(name, body);
                    progressed = true;
                }
                Err(ExpandError::Malformed(at)) => {
                    return Err(format!(
                        "fragment `{name}`: {}",
                        ExpandError::Malformed(at).message()
                    ))
                }
                Err(ExpandError::Unknown(_)) => {
                    still.insert(name, text);
                }
            }
        }
        if !progressed {
            let names: Vec<&str> = still.keys().map(String::as_str).collect();
            return Err(format!(
                "fragments {} refer to an unknown fragment or to each other in a cycle",
                names.join(", ")
            ));
        }
        pending = still;
    }
    Ok(done)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(text: &str) -> Option<toml::Value> {
        let t: toml::Table = toml::from_str(text).unwrap();
        Some(toml::Value::Table(t))
    }

    #[test]
    fn references_expand_in_a_group_that_reads_the_same_in_verbose_rules() {
        let f = parse(
            table("up = '[A-Z]'\nword = '(?&up)[a-z]+'"),
            &Fragments::new(),
        )
        .unwrap();
        assert_eq!(f["word"], "(?-x:(?:[A-Z]))[a-z]+");
        let re = expand(r"(?x) \b (?&word) \  (?&word)", &f).unwrap();
        let re = regex::Regex::new(&re).unwrap();
        assert!(re.is_match("Ann Lee"));
        assert!(!re.is_match("ann Lee"));
    }

    #[test]
    fn fragments_of_earlier_packs_are_usable_and_cannot_be_redefined() {
        let earlier = parse(table("up = '[A-Z]'"), &Fragments::new()).unwrap();
        let later = parse(table("word = '(?&up)[a-z]+'"), &earlier).unwrap();
        assert_eq!(later["word"], "(?-x:(?:[A-Z]))[a-z]+");
        let e = parse(table("up = '[A-Z]'"), &earlier).unwrap_err();
        assert!(e.contains("already defined"), "{e}");
    }

    #[test]
    fn unknown_names_cycles_bad_names_and_bad_regexes_fail() {
        let none = Fragments::new();
        let e = expand("(?&nope)", &none).unwrap_err();
        assert!(e.contains("unknown fragment `nope`"), "{e}");
        let e = expand("a(?&Bad)", &none).unwrap_err();
        assert!(e.contains("bad fragment reference at byte 1"), "{e}");
        let e = parse(table("a = '(?&b)'\nb = '(?&a)'"), &none).unwrap_err();
        assert!(e.contains("fragments a, b"), "{e}");
        let e = parse(table("Up = 'x'"), &none).unwrap_err();
        assert!(e.contains("fragment name `Up`"), "{e}");
        let e = parse(table("open = '(ab'"), &none).unwrap_err();
        assert!(e.contains("fragment `open`: bad regex"), "{e}");
        let e = parse(table("n = 3"), &none).unwrap_err();
        assert!(e.contains("must be a string"), "{e}");
    }

    #[test]
    fn a_pattern_without_references_is_unchanged() {
        let p = r"(?P<value>\d{3}) [(?]";
        assert_eq!(expand(p, &Fragments::new()).unwrap(), p);
    }
}
