//! [`Timestamp`]: UTC instants with millisecond precision, written in one
//! fixed-width RFC 3339 form (`2024-05-01T12:00:00.123Z`) so that records
//! sort and compare as text, and parsed from the forms reviewers type
//! (`2024-05-01`, `2024-05-01T12:00:00Z`, `2024-05-01T12:00:00.5Z`).

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Milliseconds per day.
const DAY_MS: i64 = 86_400_000;

/// A UTC instant, in milliseconds since the Unix epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The current time.
    pub fn now() -> Timestamp {
        Timestamp::from_system(SystemTime::now())
    }

    /// A [`SystemTime`] as a timestamp (instants before 1970 become 1970).
    pub fn from_system(time: SystemTime) -> Timestamp {
        let ms = time
            .duration_since(UNIX_EPOCH)
            .unwrap_or(Duration::ZERO)
            .as_millis();
        Timestamp(i64::try_from(ms).unwrap_or(i64::MAX))
    }

    /// Milliseconds since the Unix epoch.
    pub fn as_millis(self) -> i64 {
        self.0
    }

    /// The calendar day, `YYYY-MM-DD`.
    pub fn day(self) -> String {
        let (y, m, d) = civil_from_days(self.0.div_euclid(DAY_MS));
        format!("{y:04}-{m:02}-{d:02}")
    }

    /// Parses `YYYY-MM-DD` (midnight UTC) or `YYYY-MM-DDTHH:MM:SS[.f…]Z`
    /// (`Z` or `+00:00`; a space instead of `T` is accepted). Returns `None`
    /// for anything else.
    pub fn parse(text: &str) -> Option<Timestamp> {
        let text = text.trim();
        let b = text.as_bytes();
        if b.len() < 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])?;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        if !(1..=12).contains(&month) || !(1..=days_in_month(year, month)).contains(&day) {
            return None;
        }
        let days = days_from_civil(year, month, day);
        if b.len() == 10 {
            return Some(Timestamp(days * DAY_MS));
        }
        let rest = &b[10..];
        if rest.len() < 10 || !(rest[0] == b'T' || rest[0] == b't' || rest[0] == b' ') {
            return None;
        }
        if rest[3] != b':' || rest[6] != b':' {
            return None;
        }
        let (h, mi, s) = (
            digits(&rest[1..3])?,
            digits(&rest[4..6])?,
            digits(&rest[7..9])?,
        );
        if h > 23 || mi > 59 || s > 60 {
            return None;
        }
        let mut tail = &rest[9..];
        let mut ms = 0i64;
        if let Some((&b'.', frac)) = tail.split_first() {
            let n = frac.iter().take_while(|c| c.is_ascii_digit()).count();
            if n == 0 {
                return None;
            }
            for (i, c) in frac[..n].iter().take(3).enumerate() {
                ms += i64::from(c - b'0') * [100, 10, 1][i];
            }
            tail = &frac[n..];
        }
        if !(tail == b"Z" || tail == b"z" || tail == b"+00:00") {
            return None;
        }
        Some(Timestamp(
            days * DAY_MS + ((h * 60 + mi) * 60 + s) * 1000 + ms,
        ))
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let days = self.0.div_euclid(DAY_MS);
        let ms_of_day = self.0.rem_euclid(DAY_MS);
        let (y, m, d) = civil_from_days(days);
        let secs = ms_of_day / 1000;
        write!(
            f,
            "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}.{:03}Z",
            secs / 3600,
            secs / 60 % 60,
            secs % 60,
            ms_of_day % 1000
        )
    }
}

impl serde::Serialize for Timestamp {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> serde::Deserialize<'de> for Timestamp {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = <std::borrow::Cow<'de, str>>::deserialize(deserializer)?;
        Timestamp::parse(&text)
            .ok_or_else(|| serde::de::Error::custom("expected an RFC 3339 UTC timestamp"))
    }
}

fn digits(bytes: &[u8]) -> Option<i64> {
    let mut n = 0i64;
    for &c in bytes {
        if !c.is_ascii_digit() {
            return None;
        }
        n = n * 10 + i64::from(c - b'0');
    }
    Some(n)
}

fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

fn days_in_month(y: i64, m: i64) -> i64 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

/// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's
/// algorithm).
fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day number (inverse of [`days_from_civil`]).
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_fixed_width_utc() {
        assert_eq!(Timestamp(0).to_string(), "1970-01-01T00:00:00.000Z");
        assert_eq!(
            Timestamp(1_714_564_800_123).to_string(),
            "2024-05-01T12:00:00.123Z"
        );
        assert_eq!(Timestamp(951_782_400_000).day(), "2000-02-29");
    }

    #[test]
    fn parses_what_it_writes_and_what_people_type() {
        for ms in [0, 1_714_564_800_123, 951_782_400_000, 4_102_444_799_999] {
            let t = Timestamp(ms);
            assert_eq!(Timestamp::parse(&t.to_string()), Some(t));
        }
        assert_eq!(
            Timestamp::parse("2024-05-01"),
            Some(Timestamp(1_714_521_600_000))
        );
        assert_eq!(
            Timestamp::parse("2024-05-01T12:00:00Z"),
            Some(Timestamp(1_714_564_800_000))
        );
        assert_eq!(
            Timestamp::parse("2024-05-01 12:00:00.5+00:00"),
            Some(Timestamp(1_714_564_800_500))
        );
        for bad in [
            "",
            "2024-13-01",
            "2023-02-29",
            "2024-05-01T25:00:00Z",
            "yesterday",
        ] {
            assert_eq!(Timestamp::parse(bad), None, "{bad}");
        }
    }
}
