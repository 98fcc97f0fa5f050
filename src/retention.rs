//! Retention classes: which class a ticket gets and the tag that says so.
//!
//! The classifier is a pure function of what the ticket pipeline already
//! knows: the ticket's metadata ([`TicketMeta`]), the categories of personal
//! data found in it, and its text (for cues such as "delete my data"). It
//! knows no HTTP and no JSON, so it can be tested as a table and reused by
//! the webhook path. The result is a [`Decision`]: the class, the tag to
//! merge into the ticket's `tags`, and the rule that decided, for the audit
//! record.
//!
//! The policy is the operator's `[retention]` section
//! ([`RetentionConfig`]: classes, rules, default class, tag prefix).
//! [`RetentionPolicy::new`] checks it once, when the runtime is assembled
//! (class names, tags, cues, category names) and keeps every rule's
//! categories parsed, so classifying a ticket does no parsing.
//!
//! Every matching rule proposes its class; the class with the highest
//! priority wins (ties: the earlier rule). With no matching rule the
//! default class applies.

use std::collections::HashSet;
use std::fmt;

use unicode_normalization::UnicodeNormalization;

use crate::config::{Condition, RetentionClass, RetentionConfig, RetentionRule};
use crate::detect::Category;

/// Errors in a retention policy, found by [`RetentionPolicy::new`].
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RetentionError {
    /// Two classes share a name.
    #[error("retention class `{0}` is defined twice")]
    DuplicateClass(String),
    /// A class name is empty or has characters other than `[A-Za-z0-9_-]`.
    #[error("retention class name `{0}` must be non-empty and use only A-Z, a-z, 0-9, `_`, `-`")]
    BadClassName(String),
    /// A rule or the default names a class that is not defined.
    #[error("retention rule {rule} names the undefined class `{class}`")]
    UnknownClass {
        /// Which rule (`default_class` for the default).
        rule: String,
        /// The class named.
        class: String,
    },
    /// A class's tag is longer than the helpdesk accepts.
    #[error("retention class `{class}`: tag is {length} characters, at most {max} are allowed")]
    TagTooLong {
        /// The class.
        class: String,
        /// Its tag's length in characters.
        length: usize,
        /// The limit.
        max: usize,
    },
    /// A cue is empty or only whitespace.
    #[error("retention rule {rule} has an empty cue")]
    EmptyCue {
        /// The rule's index or name.
        rule: String,
    },
    /// A rule names a category that does not exist.
    #[error("retention rule {rule} names the unknown category `{category}`")]
    UnknownCategory {
        /// The rule's index or name.
        rule: String,
        /// The name given.
        category: String,
    },
}

/// The longest tag Freshdesk is known to accept, in characters.
pub const MAX_TAG_CHARS: usize = 32;

/// A checked retention policy: the operator's `[retention]` section, with
/// every rule's categories parsed. Built once by [`RetentionPolicy::new`].
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetentionPolicy {
    config: RetentionConfig,
    /// Per rule (same order), the categories of its condition.
    categories: Vec<Vec<Category>>,
}

impl Default for RetentionPolicy {
    /// The built-in policy ([`RetentionConfig::default`]).
    fn default() -> Self {
        match RetentionPolicy::new(RetentionConfig::default()) {
            Ok(policy) => policy,
            Err(e) => unreachable!("the built-in retention policy is valid: {e}"),
        }
    }
}

impl RetentionPolicy {
    /// Checks the policy and parses its categories: unique, well-formed
    /// class names; every rule and the default naming a defined class; tags
    /// within [`MAX_TAG_CHARS`]; no empty cues; known category names.
    pub fn new(config: RetentionConfig) -> Result<RetentionPolicy, RetentionError> {
        let mut seen = HashSet::new();
        for class in &config.classes {
            if class.name.is_empty()
                || !class
                    .name
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
            {
                return Err(RetentionError::BadClassName(class.name.clone()));
            }
            if !seen.insert(class.name.as_str()) {
                return Err(RetentionError::DuplicateClass(class.name.clone()));
            }
            let length = tag_of(&config, class).chars().count();
            if length > MAX_TAG_CHARS {
                return Err(RetentionError::TagTooLong {
                    class: class.name.clone(),
                    length,
                    max: MAX_TAG_CHARS,
                });
            }
        }
        if !seen.contains(config.default_class.as_str()) {
            return Err(RetentionError::UnknownClass {
                rule: "default_class".into(),
                class: config.default_class.clone(),
            });
        }
        let mut categories = Vec::with_capacity(config.rules.len());
        for (index, rule) in config.rules.iter().enumerate() {
            let label = rule_label(index, rule);
            if !seen.contains(rule.class.as_str()) {
                return Err(RetentionError::UnknownClass {
                    rule: label,
                    class: rule.class.clone(),
                });
            }
            if rule.when.cues.iter().any(|c| c.trim().is_empty()) {
                return Err(RetentionError::EmptyCue { rule: label });
            }
            let parsed = rule
                .when
                .categories
                .iter()
                .map(|name| {
                    Category::parse(name).ok_or_else(|| RetentionError::UnknownCategory {
                        rule: label.clone(),
                        category: name.clone(),
                    })
                })
                .collect::<Result<Vec<_>, _>>()?;
            categories.push(parsed);
        }
        Ok(RetentionPolicy { config, categories })
    }

    /// The section the policy was built from.
    pub fn config(&self) -> &RetentionConfig {
        &self.config
    }

    /// The prefix of every class's default tag (and of the tags an update
    /// replaces).
    pub fn tag_prefix(&self) -> &str {
        &self.config.tag_prefix
    }

    /// The class with this name.
    pub fn class(&self, name: &str) -> Option<&RetentionClass> {
        self.config.classes.iter().find(|c| c.name == name)
    }

    /// The tag of a class: its own `tag`, or the prefix and its name.
    pub fn tag_of(&self, class: &RetentionClass) -> String {
        tag_of(&self.config, class)
    }
}

fn tag_of(config: &RetentionConfig, class: &RetentionClass) -> String {
    class
        .tag
        .clone()
        .unwrap_or_else(|| format!("{}{}", config.tag_prefix, class.name))
}

fn rule_label(index: usize, rule: &RetentionRule) -> String {
    match &rule.name {
        Some(name) => format!("#{index} `{name}`"),
        None => format!("#{index}"),
    }
}

/// What the classifier knows about the ticket besides its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct TicketMeta {
    /// The ticket's `type` (`Question`, `Incident`, ...), if known.
    pub ticket_type: Option<String>,
    /// The ticket's `group_id`, if known.
    pub group_id: Option<u64>,
    /// The ticket's `source`, if known.
    pub source: Option<u64>,
}

/// Why a class was chosen.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "by")]
pub enum Reason {
    /// A rule matched.
    Rule {
        /// Its index in the policy's `rules`.
        index: usize,
        /// Its name, if it has one.
        name: Option<String>,
    },
    /// No rule matched.
    Default,
}

impl fmt::Display for Reason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Reason::Rule {
                index,
                name: Some(name),
            } => write!(f, "rule #{index} `{name}`"),
            Reason::Rule { index, name: None } => write!(f, "rule #{index}"),
            Reason::Default => f.write_str("default class"),
        }
    }
}

/// The classifier's answer.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Decision {
    /// The class's name.
    pub class: String,
    /// The tag to set on the ticket.
    pub tag: String,
    /// Why.
    pub reason: Reason,
}

/// Classifies a ticket: among the rules whose condition holds, the one whose
/// class has the highest priority wins (ties: the earlier rule); with none,
/// the default class.
///
/// `texts` are the ticket's free texts (subject, description as plain text,
/// bodies); cues are looked for in each separately.
pub fn classify(
    policy: &RetentionPolicy,
    meta: &TicketMeta,
    categories_found: &[Category],
    texts: &[&str],
) -> Decision {
    let normalised: Vec<String> = texts.iter().map(|t| normalise(t)).collect();
    let mut best: Option<(usize, &RetentionRule, &RetentionClass)> = None;
    let rules = policy.config.rules.iter().zip(&policy.categories);
    for (index, (rule, categories)) in rules.enumerate() {
        let Some(class) = policy.class(&rule.class) else {
            continue;
        };
        if !holds(&rule.when, categories, meta, categories_found, &normalised) {
            continue;
        }
        if best.is_none_or(|(_, _, b)| class.priority > b.priority) {
            best = Some((index, rule, class));
        }
    }
    match best {
        Some((index, rule, class)) => Decision {
            class: class.name.clone(),
            tag: policy.tag_of(class),
            reason: Reason::Rule {
                index,
                name: rule.name.clone(),
            },
        },
        None => {
            let default = &policy.config.default_class;
            Decision {
                class: default.clone(),
                tag: match policy.class(default) {
                    Some(class) => policy.tag_of(class),
                    None => format!("{}{}", policy.config.tag_prefix, default),
                },
                reason: Reason::Default,
            }
        }
    }
}

/// Whether a rule's condition holds; `categories` are its categories,
/// parsed.
fn holds(
    when: &Condition,
    categories: &[Category],
    meta: &TicketMeta,
    categories_found: &[Category],
    texts: &[String],
) -> bool {
    if !categories.is_empty() && !categories.iter().any(|c| categories_found.contains(c)) {
        return false;
    }
    if !when.ticket_type.is_empty()
        && !meta
            .ticket_type
            .as_deref()
            .is_some_and(|t| when.ticket_type.iter().any(|w| w.eq_ignore_ascii_case(t)))
    {
        return false;
    }
    if !when.group_id.is_empty() && !meta.group_id.is_some_and(|g| when.group_id.contains(&g)) {
        return false;
    }
    if !when.source.is_empty() && !meta.source.is_some_and(|s| when.source.contains(&s)) {
        return false;
    }
    if !when.cues.is_empty()
        && !when.cues.iter().any(|cue| {
            let cue = normalise(cue);
            !cue.is_empty() && texts.iter().any(|t| contains_words(t, &cue))
        })
    {
        return false;
    }
    true
}

/// NFC, lower case, whitespace runs collapsed to one space, trimmed.
fn normalise(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.nfc().flat_map(char::to_lowercase) {
        if c.is_whitespace() {
            space = !out.is_empty();
        } else {
            if space {
                out.push(' ');
                space = false;
            }
            out.push(c);
        }
    }
    out
}

/// True when `needle` occurs in `haystack` with a non-alphanumeric character
/// (or the text's edge) on both sides.
fn contains_words(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(start, _)| {
        let before = haystack[..start].chars().next_back();
        let after = haystack[start + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decide(categories: &[Category], texts: &[&str]) -> Decision {
        classify(
            &RetentionPolicy::default(),
            &TicketMeta::default(),
            categories,
            texts,
        )
    }

    #[test]
    fn the_default_policy_is_valid() {
        RetentionPolicy::new(RetentionConfig::default()).expect("default policy is valid");
    }

    #[test]
    fn nothing_found_is_standard() {
        let d = decide(&[], &["My printer is broken"]);
        assert_eq!(d.class, "standard");
        assert_eq!(d.tag, "retention:standard");
        assert_eq!(d.reason, Reason::Default);
        let d = decide(&[Category::Email, Category::PersonName], &["hi"]);
        assert_eq!(d.tag, "retention:standard");
    }

    #[test]
    fn secrets_payment_and_national_ids_are_short() {
        for category in [
            Category::Secret,
            Category::PaymentCard,
            Category::Iban,
            Category::NationalId,
        ] {
            let d = decide(&[Category::Email, category], &[]);
            assert_eq!(d.tag, "retention:30d", "{category}");
        }
        let d = decide(&[Category::Secret], &[]);
        assert_eq!(
            d.reason,
            Reason::Rule {
                index: 1,
                name: Some("secrets_or_payment".into())
            }
        );
        assert_eq!(d.reason.to_string(), "rule #1 `secrets_or_payment`");
    }

    #[test]
    fn health_cues_are_short() {
        assert_eq!(
            decide(&[], &["Attached is my sick note"]).tag,
            "retention:30d"
        );
        assert_eq!(decide(&[], &["Bifogar läkarintyg"]).tag, "retention:30d");
        assert_eq!(
            decide(&[], &["diagnostics of the router"]).tag,
            "retention:standard"
        );
    }

    #[test]
    fn erasure_requests_win_in_every_language() {
        for text in [
            "Please DELETE my data now",
            "I invoke my right to be forgotten.",
            "GDPR  erasure request",
            "Hej, radera mina uppgifter tack",
            "Vänligen radera mitt konto",
            "Bitte um Löschung meiner Daten",
            "Bitte MEINE DATEN LÖSCHEN",
            "Quiero borrar mis datos",
            "Ejerzo mi derecho de supresión",
            "derecho al olvido",
            "right\nto erasure",
        ] {
            let d = decide(&[Category::PaymentCard], &["subject", text]);
            assert_eq!(d.tag, "retention:erasure", "{text}");
            assert_eq!(d.class, "erasure");
        }
    }

    #[test]
    fn cues_match_whole_words_and_normalised_forms() {
        assert_eq!(
            decide(&[], &["undelete my database"]).tag,
            "retention:standard"
        );
        // Decomposed ö (o + combining diaeresis).
        let decomposed = "Lo\u{308}schung meiner Daten";
        assert_eq!(decide(&[], &[decomposed]).tag, "retention:erasure");
        // A cue does not span two texts.
        assert_eq!(
            decide(&[], &["delete my", "data"]).tag,
            "retention:standard"
        );
    }

    #[test]
    fn metadata_conditions_and_priorities() {
        let config: RetentionConfig = toml::from_str(
            r#"
            default_class = "normal"
            [[classes]]
            name = "normal"
            duration = "1y"
            [[classes]]
            name = "billing"
            tag = "keep:billing"
            duration = "7y"
            priority = 10
            [[classes]]
            name = "quick"
            duration = "14d"
            priority = 5
            [[rules]]
            class = "quick"
            when = { source = [7] }
            [[rules]]
            name = "billing-group"
            class = "billing"
            when = { group_id = [42], ticket_type = ["refund"] }
            "#,
        )
        .expect("policy parses");
        let policy = RetentionPolicy::new(config).expect("valid");
        let meta = TicketMeta {
            ticket_type: Some("Refund".into()),
            group_id: Some(42),
            source: Some(7),
        };
        let d = classify(&policy, &meta, &[], &[]);
        assert_eq!(d.class, "billing");
        assert_eq!(d.tag, "keep:billing");
        let chat = TicketMeta {
            source: Some(7),
            ..TicketMeta::default()
        };
        let d = classify(&policy, &chat, &[], &[]);
        assert_eq!(d.tag, "retention:quick");
        assert_eq!(
            d.reason,
            Reason::Rule {
                index: 0,
                name: None
            }
        );
        let d = classify(&policy, &TicketMeta::default(), &[], &[]);
        assert_eq!(d.tag, "retention:normal");
        assert_eq!(
            policy.class("billing").map(|c| c.duration.as_secs()),
            Some(7 * 365 * 86_400)
        );
    }

    #[test]
    fn categories_and_cues_together_must_both_hold() {
        let policy = RetentionPolicy::new(RetentionConfig {
            rules: vec![RetentionRule {
                name: None,
                class: "30d".into(),
                when: Condition {
                    categories: vec!["phone".into()],
                    cues: vec!["call me".into()],
                    ..Condition::default()
                },
            }],
            ..RetentionConfig::default()
        })
        .expect("valid");
        let meta = TicketMeta::default();
        assert_eq!(
            classify(&policy, &meta, &[Category::Phone], &["x"]).class,
            "standard"
        );
        assert_eq!(
            classify(&policy, &meta, &[], &["Call me"]).class,
            "standard"
        );
        assert_eq!(
            classify(&policy, &meta, &[Category::Phone], &["Call me"]).class,
            "30d"
        );
    }

    #[test]
    fn validation_names_the_problem() {
        let check = |p: RetentionConfig| RetentionPolicy::new(p).map(|_| ());
        let mut p = RetentionConfig::default();
        p.rules[0].class = "nope".into();
        assert!(matches!(
            check(p),
            Err(RetentionError::UnknownClass { class, .. }) if class == "nope"
        ));
        let p = RetentionConfig {
            default_class: "gone".into(),
            ..RetentionConfig::default()
        };
        assert!(matches!(check(p), Err(RetentionError::UnknownClass { .. })));
        let mut p = RetentionConfig::default();
        p.classes.push(p.classes[0].clone());
        assert_eq!(
            check(p),
            Err(RetentionError::DuplicateClass("erasure".into()))
        );
        let mut p = RetentionConfig::default();
        p.classes[0].tag = Some("x".repeat(40));
        assert!(matches!(
            check(p),
            Err(RetentionError::TagTooLong { length: 40, .. })
        ));
        let mut p = RetentionConfig::default();
        p.rules[0].when.cues.push("  ".into());
        assert!(matches!(check(p), Err(RetentionError::EmptyCue { .. })));
        let mut p = RetentionConfig::default();
        p.classes[0].name = "has space".into();
        assert!(matches!(check(p), Err(RetentionError::BadClassName(_))));
        let mut p = RetentionConfig::default();
        p.rules[1].when.categories.push("emial".into());
        let error = check(p).expect_err("unknown category");
        assert_eq!(
            error.to_string(),
            "retention rule #1 `secrets_or_payment` names the unknown category `emial`"
        );
    }
}
