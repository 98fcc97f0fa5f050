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
//! A [`RetentionPolicy`] is read from TOML:
//!
//! ```toml
//! default_class = "standard"
//!
//! [[classes]]
//! name = "30d"
//! duration = "30d"
//! priority = 50
//!
//! [[rules]]
//! class = "30d"
//! when = { categories = ["secret", "payment_card"] }
//! ```
//!
//! Every matching rule proposes its class; the class with the highest
//! priority wins (ties: the earlier rule). With no matching rule the
//! default class applies.

use std::collections::HashSet;
use std::fmt;

use unicode_normalization::UnicodeNormalization;

use crate::detect::Category;

/// Errors in a retention policy, found by [`RetentionPolicy::validate`].
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
    /// A duration string could not be read.
    #[error(
        "bad retention duration `{0}`: expected a number and a unit (s, m, h, d, w, y), e.g. `30d`"
    )]
    BadDuration(String),
}

/// The longest tag Freshdesk is known to accept, in characters.
pub const MAX_TAG_CHARS: usize = 32;

/// A retention duration such as `30d`, kept in seconds. Units: `s`, `m`,
/// `h`, `d`, `w`, `y` (365 days).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RetentionDuration {
    secs: u64,
    unit: char,
    count: u64,
}

impl RetentionDuration {
    /// Parses `30d`, `12h`, `1y`, ...
    pub fn parse(text: &str) -> Result<RetentionDuration, RetentionError> {
        let bad = || RetentionError::BadDuration(text.to_string());
        let unit = text.chars().last().ok_or_else(bad)?;
        let digits = &text[..text.len() - unit.len_utf8()];
        if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return Err(bad());
        }
        let count: u64 = digits.parse().map_err(|_| bad())?;
        let per = match unit {
            's' => 1,
            'm' => 60,
            'h' => 3_600,
            'd' => 86_400,
            'w' => 7 * 86_400,
            'y' => 365 * 86_400,
            _ => return Err(bad()),
        };
        let secs = count.checked_mul(per).ok_or_else(bad)?;
        Ok(RetentionDuration { secs, unit, count })
    }

    /// The duration in seconds.
    pub fn as_secs(&self) -> u64 {
        self.secs
    }

    /// The duration as a [`std::time::Duration`].
    pub fn as_duration(&self) -> std::time::Duration {
        std::time::Duration::from_secs(self.secs)
    }
}

impl fmt::Display for RetentionDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}{}", self.count, self.unit)
    }
}

impl serde::Serialize for RetentionDuration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for RetentionDuration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        RetentionDuration::parse(&text).map_err(serde::de::Error::custom)
    }
}

/// A retention class.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionClass {
    /// Stable name (`30d`, `erasure`, `standard`), used by rules and in the
    /// audit record.
    pub name: String,
    /// The tag set on the ticket. Default: the policy's `tag_prefix`
    /// followed by the name (`retention:30d`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tag: Option<String>,
    /// How long tickets of this class are kept. Informational for the
    /// helpdesk side (the tag carries the class); used by deletion jobs.
    pub duration: RetentionDuration,
    /// Higher wins when several classes match. Default: 0.
    #[serde(default)]
    pub priority: i32,
}

/// When a rule applies. Every condition given must hold (AND); within a
/// list any entry may match (OR). An empty `when` always matches.
#[derive(Debug, Clone, Default, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default, deny_unknown_fields)]
pub struct Condition {
    /// Any of these categories was found in the ticket.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<Category>,
    /// Any of these text cues occurs in the ticket's text: case-insensitive,
    /// Unicode-normalised, whitespace-collapsed, and bounded by non-letters
    /// on both sides (so `gdpr` does not match inside a longer word).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub cues: Vec<String>,
    /// The ticket's `type` is one of these (case-insensitive).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub ticket_type: Vec<String>,
    /// The ticket's `group_id` is one of these.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub group_id: Vec<u64>,
    /// The ticket's `source` is one of these (1 email, 2 portal, 3 phone,
    /// 7 chat, 9 feedback widget, 10 outbound email).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub source: Vec<u64>,
}

/// A rule: when its condition holds, it proposes its class.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionRule {
    /// Optional name, shown in the decision's reason. Default: none (the
    /// rule's index is shown).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// The class this rule proposes.
    pub class: String,
    /// The condition. Default: always.
    #[serde(default)]
    pub when: Condition,
}

fn default_tag_prefix() -> String {
    "retention:".to_string()
}

fn default_class_name() -> String {
    "standard".to_string()
}

fn default_classes() -> Vec<RetentionClass> {
    let class = |name: &str, duration: &str, priority| RetentionClass {
        name: name.to_string(),
        tag: None,
        duration: RetentionDuration::parse(duration).expect("built-in durations are valid"),
        priority,
    };
    vec![
        class("erasure", "30d", 100),
        class("30d", "30d", 50),
        class("standard", "365d", 0),
    ]
}

/// Cues of a request to erase personal data, in English, Swedish, German
/// and Spanish.
pub const ERASURE_CUES: &[&str] = &[
    "delete my data",
    "delete my account",
    "delete my personal data",
    "erase my data",
    "right to erasure",
    "right to be forgotten",
    "gdpr erasure",
    "radera mina uppgifter",
    "radera mina personuppgifter",
    "radera mitt konto",
    "löschung meiner daten",
    "meine daten löschen",
    "mein konto löschen",
    "recht auf vergessenwerden",
    "borrar mis datos",
    "eliminar mis datos",
    "derecho de supresión",
    "derecho al olvido",
];

/// Cues of health information, in English, Swedish, German and Spanish.
pub const HEALTH_CUES: &[&str] = &[
    "medical record",
    "medical certificate",
    "diagnosis",
    "prescription",
    "sick leave",
    "sick note",
    "läkarintyg",
    "sjukskrivning",
    "sjukskriven",
    "diagnos",
    "journalanteckning",
    "krankschreibung",
    "arbeitsunfähigkeitsbescheinigung",
    "diagnose",
    "ärztliches attest",
    "baja médica",
    "diagnóstico",
    "historia clínica",
    "receta médica",
];

fn default_rules() -> Vec<RetentionRule> {
    let rule = |name: &str, class: &str, when: Condition| RetentionRule {
        name: Some(name.to_string()),
        class: class.to_string(),
        when,
    };
    let cues = |list: &[&str]| list.iter().map(|c| c.to_string()).collect();
    vec![
        rule(
            "erasure_request",
            "erasure",
            Condition {
                cues: cues(ERASURE_CUES),
                ..Condition::default()
            },
        ),
        rule(
            "secrets_or_payment",
            "30d",
            Condition {
                categories: vec![Category::Secret, Category::PaymentCard, Category::Iban],
                ..Condition::default()
            },
        ),
        rule(
            "national_id",
            "30d",
            Condition {
                categories: vec![Category::NationalId],
                ..Condition::default()
            },
        ),
        rule(
            "health",
            "30d",
            Condition {
                cues: cues(HEALTH_CUES),
                ..Condition::default()
            },
        ),
    ]
}

/// The retention policy: classes, rules and the default class.
///
/// The built-in default ([`RetentionPolicy::default`]): an erasure request
/// (cues in [`ERASURE_CUES`]) → `retention:erasure`; secrets, payment cards,
/// IBANs, national ids or health cues ([`HEALTH_CUES`]) → `retention:30d`;
/// otherwise `retention:standard`.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionPolicy {
    /// Prefix of every class's default tag; also the prefix whose earlier
    /// tags are replaced on the ticket. Default: `retention:`.
    #[serde(default = "default_tag_prefix")]
    pub tag_prefix: String,
    /// The class when no rule matches. Default: `standard`.
    #[serde(default = "default_class_name")]
    pub default_class: String,
    /// The classes. Default: `erasure` (30d, priority 100), `30d` (30d,
    /// priority 50), `standard` (365d, priority 0).
    #[serde(default = "default_classes")]
    pub classes: Vec<RetentionClass>,
    /// The rules, in order. Default: see the type's docs.
    #[serde(default = "default_rules")]
    pub rules: Vec<RetentionRule>,
}

impl Default for RetentionPolicy {
    fn default() -> Self {
        RetentionPolicy {
            tag_prefix: default_tag_prefix(),
            default_class: default_class_name(),
            classes: default_classes(),
            rules: default_rules(),
        }
    }
}

impl RetentionPolicy {
    /// Checks the policy: unique, well-formed class names; every rule and
    /// the default naming a defined class; tags within
    /// [`MAX_TAG_CHARS`]; no empty cues.
    pub fn validate(&self) -> Result<(), RetentionError> {
        let mut seen = HashSet::new();
        for class in &self.classes {
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
            let length = self.tag_of(class).chars().count();
            if length > MAX_TAG_CHARS {
                return Err(RetentionError::TagTooLong {
                    class: class.name.clone(),
                    length,
                    max: MAX_TAG_CHARS,
                });
            }
        }
        if !seen.contains(self.default_class.as_str()) {
            return Err(RetentionError::UnknownClass {
                rule: "default_class".into(),
                class: self.default_class.clone(),
            });
        }
        for (index, rule) in self.rules.iter().enumerate() {
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
        }
        Ok(())
    }

    /// The class with this name.
    pub fn class(&self, name: &str) -> Option<&RetentionClass> {
        self.classes.iter().find(|c| c.name == name)
    }

    /// The tag of a class: its own `tag`, or the prefix and its name.
    pub fn tag_of(&self, class: &RetentionClass) -> String {
        class
            .tag
            .clone()
            .unwrap_or_else(|| format!("{}{}", self.tag_prefix, class.name))
    }
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
/// bodies); cues are looked for in each separately. A rule naming an
/// undefined class is skipped (see [`RetentionPolicy::validate`]). If the
/// default class is undefined too, its name is used with the prefix.
pub fn classify(
    policy: &RetentionPolicy,
    meta: &TicketMeta,
    categories_found: &[Category],
    texts: &[&str],
) -> Decision {
    let normalised: Vec<String> = texts.iter().map(|t| normalise(t)).collect();
    let mut best: Option<(usize, &RetentionRule, &RetentionClass)> = None;
    for (index, rule) in policy.rules.iter().enumerate() {
        let Some(class) = policy.class(&rule.class) else {
            continue;
        };
        if !holds(&rule.when, meta, categories_found, &normalised) {
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
        None => Decision {
            class: policy.default_class.clone(),
            tag: match policy.class(&policy.default_class) {
                Some(class) => policy.tag_of(class),
                None => format!("{}{}", policy.tag_prefix, policy.default_class),
            },
            reason: Reason::Default,
        },
    }
}

fn holds(
    when: &Condition,
    meta: &TicketMeta,
    categories_found: &[Category],
    texts: &[String],
) -> bool {
    if !when.categories.is_empty() && !when.categories.iter().any(|c| categories_found.contains(c))
    {
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
        RetentionPolicy::default()
            .validate()
            .expect("default policy is valid");
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
        let policy: RetentionPolicy = toml::from_str(
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
        policy.validate().expect("valid");
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
        let policy = RetentionPolicy {
            rules: vec![RetentionRule {
                name: None,
                class: "30d".into(),
                when: Condition {
                    categories: vec![Category::Phone],
                    cues: vec!["call me".into()],
                    ..Condition::default()
                },
            }],
            ..RetentionPolicy::default()
        };
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
        let mut p = RetentionPolicy::default();
        p.rules[0].class = "nope".into();
        assert!(matches!(
            p.validate(),
            Err(RetentionError::UnknownClass { class, .. }) if class == "nope"
        ));
        let p = RetentionPolicy {
            default_class: "gone".into(),
            ..RetentionPolicy::default()
        };
        assert!(matches!(
            p.validate(),
            Err(RetentionError::UnknownClass { .. })
        ));
        let mut p = RetentionPolicy::default();
        p.classes.push(p.classes[0].clone());
        assert_eq!(
            p.validate(),
            Err(RetentionError::DuplicateClass("erasure".into()))
        );
        let mut p = RetentionPolicy::default();
        p.classes[0].tag = Some("x".repeat(40));
        assert!(matches!(
            p.validate(),
            Err(RetentionError::TagTooLong { length: 40, .. })
        ));
        let mut p = RetentionPolicy::default();
        p.rules[0].when.cues.push("  ".into());
        assert!(matches!(p.validate(), Err(RetentionError::EmptyCue { .. })));
        let mut p = RetentionPolicy::default();
        p.classes[0].name = "has space".into();
        assert!(matches!(p.validate(), Err(RetentionError::BadClassName(_))));
    }

    #[test]
    fn durations_parse_and_print() {
        for (text, secs) in [
            ("30d", 30 * 86_400),
            ("12h", 43_200),
            ("2w", 1_209_600),
            ("1y", 31_536_000),
            ("90s", 90),
        ] {
            let d = RetentionDuration::parse(text).expect("parses");
            assert_eq!(d.as_secs(), secs);
            assert_eq!(d.to_string(), text);
        }
        for bad in ["", "d", "30", "30x", "-1d", "1.5d", "99999999999999999999y"] {
            assert!(RetentionDuration::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn toml_is_strict_and_defaults_fill_in() {
        let p: RetentionPolicy = toml::from_str("").expect("empty is the default");
        assert_eq!(p, RetentionPolicy::default());
        assert!(toml::from_str::<RetentionPolicy>("colour = 1").is_err());
        assert!(toml::from_str::<RetentionPolicy>(
            "[[rules]]\nclass = \"30d\"\nwhen = { categoriez = [] }"
        )
        .is_err());
        assert!(toml::from_str::<RetentionPolicy>(
            "[[classes]]\nname = \"x\"\nduration = \"soon\""
        )
        .is_err());
        let round = toml::to_string(&RetentionPolicy::default()).expect("serialises");
        let back: RetentionPolicy = toml::from_str(&round).expect("parses back");
        assert_eq!(back, RetentionPolicy::default());
    }
}
