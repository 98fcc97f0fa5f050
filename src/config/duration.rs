//! Durations in the config file: `"500ms"`, `"10s"`, `"2m"`, `"1h"`.
//!
//! A tiny parser of its own rather than a dependency: one number and one
//! unit is all the config needs, and the error message can say exactly that.

use std::fmt;
use std::time::Duration;

/// A duration written as a number and a unit (`ms`, `s`, `m`, `h`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct ConfigDuration(pub Duration);

/// Why a duration string was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a duration: write a whole number and a unit (ms, s, m, h), e.g. `10s`")]
pub struct DurationError(pub String);

impl ConfigDuration {
    /// A duration of `secs` seconds.
    pub const fn from_secs(secs: u64) -> ConfigDuration {
        ConfigDuration(Duration::from_secs(secs))
    }

    /// A duration of `ms` milliseconds.
    pub const fn from_millis(ms: u64) -> ConfigDuration {
        ConfigDuration(Duration::from_millis(ms))
    }

    /// Parses `500ms`, `10s`, `2m`, `1h`.
    pub fn parse(text: &str) -> Result<ConfigDuration, DurationError> {
        let bad = || DurationError(text.to_string());
        let text = text.trim();
        let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (digits, unit) = text.split_at(split);
        if digits.is_empty() {
            return Err(bad());
        }
        let n: u64 = digits.parse().map_err(|_| bad())?;
        let per_ms: u64 = match unit.trim() {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            _ => return Err(bad()),
        };
        let ms = n.checked_mul(per_ms).ok_or_else(bad)?;
        Ok(ConfigDuration(Duration::from_millis(ms)))
    }

    /// The duration.
    pub fn get(self) -> Duration {
        self.0
    }
}

impl fmt::Display for ConfigDuration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let ms = self.0.as_millis();
        if ms % 3_600_000 == 0 && ms > 0 {
            write!(f, "{}h", ms / 3_600_000)
        } else if ms % 60_000 == 0 && ms > 0 {
            write!(f, "{}m", ms / 60_000)
        } else if ms % 1_000 == 0 {
            write!(f, "{}s", ms / 1_000)
        } else {
            write!(f, "{ms}ms")
        }
    }
}

impl serde::Serialize for ConfigDuration {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for ConfigDuration {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        ConfigDuration::parse(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_each_unit_and_refuses_the_rest() {
        assert_eq!(
            ConfigDuration::parse("500ms"),
            Ok(ConfigDuration::from_millis(500))
        );
        assert_eq!(
            ConfigDuration::parse("10s"),
            Ok(ConfigDuration::from_secs(10))
        );
        assert_eq!(
            ConfigDuration::parse("2m"),
            Ok(ConfigDuration::from_secs(120))
        );
        assert_eq!(
            ConfigDuration::parse("1h"),
            Ok(ConfigDuration::from_secs(3600))
        );
        for bad in ["", "10", "s", "1.5s", "-1s", "10 sec", "10d"] {
            assert!(ConfigDuration::parse(bad).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn displays_in_the_largest_whole_unit() {
        for text in ["500ms", "10s", "2m", "1h", "0s"] {
            assert_eq!(
                ConfigDuration::parse(text).map(|d| d.to_string()),
                Ok(text.to_string())
            );
        }
    }
}
