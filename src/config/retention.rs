//! `[retention]`: retention classes, the rules that choose one, and the tag
//! prefix.
//!
//! ```toml
//! [retention]
//! default_class = "standard"
//!
//! [[retention.classes]]
//! name = "30d"
//! duration = "30d"
//! priority = 50
//!
//! [[retention.rules]]
//! class = "30d"
//! when = { categories = ["secret", "payment_card"] }
//! ```

use std::fmt;

/// Why a retention duration string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "bad retention duration `{0}`: expected a number and a unit (s, m, h, d, w, y), e.g. `30d`"
)]
pub struct RetentionDurationError(pub String);

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
    pub fn parse(text: &str) -> Result<RetentionDuration, RetentionDurationError> {
        let bad = || RetentionDurationError(text.to_string());
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
    /// Any of these categories was found in the ticket (category names:
    /// `secret`, `national_id`, `payment_card`, `iban`, `email`, `phone`,
    /// `ip_address`, `date_of_birth`, `person_name`, `postal_address`).
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub categories: Vec<String>,
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
    let names = |list: &[&str]| list.iter().map(|c| c.to_string()).collect();
    vec![
        rule(
            "erasure_request",
            "erasure",
            Condition {
                cues: names(ERASURE_CUES),
                ..Condition::default()
            },
        ),
        rule(
            "secrets_or_payment",
            "30d",
            Condition {
                categories: names(&["secret", "payment_card", "iban"]),
                ..Condition::default()
            },
        ),
        rule(
            "national_id",
            "30d",
            Condition {
                categories: names(&["national_id"]),
                ..Condition::default()
            },
        ),
        rule(
            "health",
            "30d",
            Condition {
                cues: names(HEALTH_CUES),
                ..Condition::default()
            },
        ),
    ]
}

/// `[retention]`: the retention policy's classes, rules and default class.
///
/// Every matching rule proposes its class; the class with the highest
/// priority wins (ties: the earlier rule). With no matching rule the default
/// class applies. The built-in default ([`RetentionConfig::default`]): an
/// erasure request (cues in [`ERASURE_CUES`]) → `retention:erasure`;
/// secrets, payment cards, IBANs, national ids or health cues
/// ([`HEALTH_CUES`]) → `retention:30d`; otherwise `retention:standard`.
///
/// Class names, tags, cues and category names are checked when the runtime
/// is assembled (errors: `retention: invalid policy`).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RetentionConfig {
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

impl Default for RetentionConfig {
    fn default() -> Self {
        RetentionConfig {
            tag_prefix: default_tag_prefix(),
            default_class: default_class_name(),
            classes: default_classes(),
            rules: default_rules(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
        let p: RetentionConfig = toml::from_str("").expect("empty is the default");
        assert_eq!(p, RetentionConfig::default());
        assert!(toml::from_str::<RetentionConfig>("colour = 1").is_err());
        assert!(toml::from_str::<RetentionConfig>(
            "[[rules]]\nclass = \"30d\"\nwhen = { categoriez = [] }"
        )
        .is_err());
        let error =
            toml::from_str::<RetentionConfig>("[[classes]]\nname = \"x\"\nduration = \"soon\"")
                .expect_err("bad duration")
                .to_string();
        assert!(
            error.contains("bad retention duration `soon`: expected a number and a unit"),
            "{error}"
        );
        let round = toml::to_string(&RetentionConfig::default()).expect("serialises");
        let back: RetentionConfig = toml::from_str(&round).expect("parses back");
        assert_eq!(back, RetentionConfig::default());
    }
}
