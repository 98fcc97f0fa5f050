//! Structural validators: tokens, addresses, dates, phone numbers.

use base64::Engine as _;

use super::checksum::valid_ymd;

/// JSON Web Token: three base64url parts separated by dots (the signature may
/// be empty for unsigned tokens) whose header decodes to a JSON object with an
/// `alg` key.
pub fn jwt(s: &str) -> bool {
    let mut parts = s.trim().split('.');
    let (Some(header), Some(payload), Some(sig), None) =
        (parts.next(), parts.next(), parts.next(), parts.next())
    else {
        return false;
    };
    let b64url = |p: &str| {
        p.bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_' || b == b'=')
    };
    if header.is_empty() || payload.is_empty() || ![header, payload, sig].iter().all(|p| b64url(p))
    {
        return false;
    }
    let engine = base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let Ok(bytes) = engine.decode(header.trim_end_matches('=')) else {
        return false;
    };
    matches!(
        serde_json::from_slice::<serde_json::Value>(&bytes),
        Ok(serde_json::Value::Object(map)) if map.contains_key("alg")
    )
}

/// IPv4 address in dotted-quad form: four decimal octets 0–255, no leading
/// zeros (`01` is rejected, `0` is fine).
pub fn ipv4(s: &str) -> bool {
    let parts: Vec<&str> = s.split('.').collect();
    parts.len() == 4
        && parts.iter().all(|p| {
            !p.is_empty()
                && p.len() <= 3
                && p.bytes().all(|b| b.is_ascii_digit())
                && (p.len() == 1 || !p.starts_with('0'))
                && p.parse::<u16>().is_ok_and(|n| n <= 255)
        })
}

/// IPv6 address in full or compressed form (optionally in brackets), without
/// a zone index.
pub fn ipv6(s: &str) -> bool {
    let t = s.trim();
    let t = t
        .strip_prefix('[')
        .and_then(|x| x.strip_suffix(']'))
        .unwrap_or(t);
    t.contains(':') && t.parse::<std::net::Ipv6Addr>().is_ok()
}

/// Month names and abbreviations in English, German, Spanish and Swedish.
const MONTHS: &[(&str, u32)] = &[
    ("january", 1),
    ("jan", 1),
    ("januar", 1),
    ("jänner", 1),
    ("januari", 1),
    ("enero", 1),
    ("ene", 1),
    ("february", 2),
    ("feb", 2),
    ("februar", 2),
    ("februari", 2),
    ("febrero", 2),
    ("march", 3),
    ("mar", 3),
    ("märz", 3),
    ("maerz", 3),
    ("mär", 3),
    ("mrz", 3),
    ("mars", 3),
    ("marzo", 3),
    ("april", 4),
    ("apr", 4),
    ("abril", 4),
    ("abr", 4),
    ("may", 5),
    ("mai", 5),
    ("maj", 5),
    ("mayo", 5),
    ("june", 6),
    ("jun", 6),
    ("juni", 6),
    ("junio", 6),
    ("july", 7),
    ("jul", 7),
    ("juli", 7),
    ("julio", 7),
    ("august", 8),
    ("aug", 8),
    ("augusti", 8),
    ("agosto", 8),
    ("ago", 8),
    ("september", 9),
    ("sep", 9),
    ("sept", 9),
    ("septiembre", 9),
    ("setiembre", 9),
    ("set", 9),
    ("october", 10),
    ("oct", 10),
    ("oktober", 10),
    ("okt", 10),
    ("octubre", 10),
    ("november", 11),
    ("nov", 11),
    ("noviembre", 11),
    ("december", 12),
    ("dec", 12),
    ("dezember", 12),
    ("dez", 12),
    ("diciembre", 12),
    ("dic", 12),
];

/// Month number for a (lower-case) month name.
pub(super) fn month_number(word: &str) -> Option<u32> {
    MONTHS.iter().find(|(n, _)| *n == word).map(|(_, m)| *m)
}

/// A day-of-month token: `12`, `12th`, `1st`, `2nd`, `3rd` (already without
/// a trailing dot).
fn day_number(tok: &str) -> Option<u32> {
    let digits = tok
        .strip_suffix("st")
        .or_else(|| tok.strip_suffix("nd"))
        .or_else(|| tok.strip_suffix("rd"))
        .or_else(|| tok.strip_suffix("th"))
        .or_else(|| tok.strip_suffix(":e"))
        .or_else(|| tok.strip_suffix(":a"))
        .unwrap_or(tok);
    if digits.is_empty() || digits.len() > 2 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// A four-digit year in the accepted range.
fn year_number(tok: &str) -> Option<u32> {
    if tok.len() != 4 || !tok.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    tok.parse().ok().filter(|y| (1900..=2030).contains(y))
}

/// The candidate years for a year token: a four-digit year in range, or a
/// two-digit year (`85`), read as 19yy or 20yy (at most 2030).
fn years(tok: &str) -> [Option<u32>; 2] {
    if tok.len() == 2 && tok.bytes().all(|b| b.is_ascii_digit()) {
        let yy: u32 = tok.parse().unwrap_or(0);
        return [Some(1900 + yy), Some(2000 + yy).filter(|y| *y <= 2030)];
    }
    [year_number(tok), None]
}

/// Some reading of the year token gives a real date.
fn real_any(year: &str, m: u32, d: u32) -> bool {
    years(year).iter().flatten().any(|&y| real(y, m, d))
}

/// True for a real date with a year 1900–2030.
fn real(y: u32, m: u32, d: u32) -> bool {
    (1900..=2030).contains(&y) && valid_ymd(y, m, d)
}

/// A real calendar date (year 1900–2030) in a common written form:
/// `1985-03-12`, `12.03.1985`, `12/03/1985`, `03/12/1985` (accepted when
/// either day/month or month/day order gives a real date), `19850312`,
/// `12 March 1985`, `March 12, 1985`, `12. März 1985`, `12 de marzo de 1985`,
/// `12 mars 1985`, `12-Mar-1985`, Swedish `4/3 1954`, and day-month dates
/// with a two-digit year (`12/03/85`, `12-Mar-85`, `Mar 12 '85`: read as
/// 19yy or 20yy). Year-first dates need four digits (`85-03-12` is not one).
pub fn date(s: &str) -> bool {
    let t = s.trim();
    if t.is_empty() {
        return false;
    }
    if t.bytes().all(|b| b.is_ascii_digit()) {
        return match t.len() {
            8 => numeric_ymd(&t[..4], &t[4..6], &t[6..]),
            // `YYMMDD` (Swedish, the date part of a personnummer) or `DDMMYY`.
            6 => {
                let (a, m, b) = (&t[..2], &t[2..4], &t[4..]);
                match (day_number(m), day_number(a), day_number(b)) {
                    (Some(m), Some(d1), Some(d2)) => real_any(a, m, d2) || real_any(b, m, d1),
                    _ => false,
                }
            }
            _ => false,
        };
    }
    if t.bytes()
        .all(|b| b.is_ascii_digit() || matches!(b, b'-' | b'/' | b'.'))
    {
        return numeric_date(t);
    }
    // Swedish `4/3 1954`: day/month, a space, then the year.
    if let Some((dm, y)) = t.split_once(' ') {
        if let Some((a, b)) = dm.split_once('/') {
            if y.len() == 4 && [a, b].iter().all(|p| (1..=2).contains(&p.len())) {
                return numeric_ymd(y, b, a) || numeric_ymd(y, a, b);
            }
        }
    }
    textual_date(t)
}

/// `YYYY`, `MM`, `DD` strings (1–2 digit month and day) form a real date.
fn numeric_ymd(y: &str, m: &str, d: &str) -> bool {
    match (year_number(y), day_number(m), day_number(d)) {
        (Some(y), Some(m), Some(d)) => real(y, m, d),
        _ => false,
    }
}

/// Dates written with digits and one kind of separator.
fn numeric_date(t: &str) -> bool {
    let sep = match t.bytes().find(|b| !b.is_ascii_digit()) {
        Some(b) => b as char,
        None => return false,
    };
    let parts: Vec<&str> = t.split(sep).collect();
    if parts.len() != 3 || parts.iter().any(|p| p.contains(['-', '/', '.'])) {
        return false;
    }
    let (a, b, c) = (parts[0], parts[1], parts[2]);
    if a.len() == 4 {
        return numeric_ymd(a, b, c);
    }
    if !matches!(c.len(), 2 | 4) || a.len() > 2 || b.len() > 2 {
        return false;
    }
    // DD.MM.YYYY, DD/MM/YYYY, DD-MM-YYYY or MM/DD/YYYY; also with a
    // two-digit year (DD.MM.YY).
    match (day_number(a), day_number(b)) {
        (Some(a), Some(b)) => real_any(c, b, a) || real_any(c, a, b),
        _ => false,
    }
}

/// Dates with a month name.
fn textual_date(t: &str) -> bool {
    let lower = t.to_lowercase();
    let cleaned: String = lower
        .chars()
        .map(|c| {
            if matches!(c, ',' | '.' | '/' | '-' | '\'') {
                ' '
            } else {
                c
            }
        })
        .collect();
    let toks: Vec<&str> = cleaned
        .split_whitespace()
        .filter(|w| !matches!(*w, "de" | "del" | "den" | "the" | "of" | "am"))
        .collect();
    if toks.len() != 3 {
        return false;
    }
    // 12 March 1985 / 12. März 1985 / 12 de marzo de 1985 / 12 mars 1985.
    // Also 12-Mar-85 (two-digit year).
    if let (Some(d), Some(m)) = (day_number(toks[0]), month_number(toks[1])) {
        return real_any(toks[2], m, d);
    }
    // March 12, 1985.
    if let (Some(m), Some(d)) = (month_number(toks[0]), day_number(toks[1])) {
        return real_any(toks[2], m, d);
    }
    // 1985 March 12.
    if let (Some(y), Some(m), Some(d)) = (
        year_number(toks[0]),
        month_number(toks[1]),
        day_number(toks[2]),
    ) {
        return real(y, m, d);
    }
    false
}

/// Plausible telephone number: digits with the usual separators (spaces,
/// `-`, `.`, `/`, parentheses, a leading `+` or `(+`), 7–15 digits, not one
/// repeated digit.
pub fn phone(s: &str) -> bool {
    let t = s.trim();
    // `+46 70 ...`, or the country code in brackets: `(+46) 70 ...`.
    let body = t
        .strip_prefix("(+")
        .or_else(|| t.strip_prefix('+'))
        .unwrap_or(t);
    let mut digits = Vec::with_capacity(body.len());
    for c in body.chars() {
        match c {
            '0'..='9' => digits.push(c as u8),
            ' ' | '\u{a0}' | '\u{202f}' | '-' | '.' | '/' | '(' | ')' => {}
            _ => return false,
        }
    }
    (7..=15).contains(&digits.len()) && !digits.windows(2).all(|w| w[0] == w[1])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn jwt_vectors() {
        // The jwt.io sample token.
        let tok = "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.\
                   eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.\
                   SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c";
        assert!(jwt(tok));
        // Unsigned token, empty signature.
        assert!(jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0."));
        // Header without alg: {"typ":"JWT"}.
        assert!(!jwt("eyJ0eXAiOiJKV1QifQ.eyJzdWIiOiJ4In0.c2ln"));
        // Header not JSON.
        assert!(!jwt("aGVsbG8.eyJzdWIiOiJ4In0.c2ln"));
        // Two parts, four parts, bad characters.
        assert!(!jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0"));
        assert!(!jwt("eyJhbGciOiJub25lIn0.eyJzdWIiOiJ4In0.a.b"));
        assert!(!jwt("eyJhbGciOiJub25lIn0.eyJzd!WIiOiJ4In0.abc"));
        assert!(!jwt("www.example.com"));
    }

    #[test]
    fn ipv4_vectors() {
        for ok in ["192.168.1.1", "0.0.0.0", "255.255.255.255", "10.0.0.254"] {
            assert!(ipv4(ok), "{ok}");
        }
        for bad in [
            "256.1.1.1",
            "1.2.3",
            "1.2.3.4.5",
            "01.2.3.4",
            "1.2.3.04",
            "1..3.4",
            "a.b.c.d",
            "1.2.3.4 ",
            "1000.1.1.1",
        ] {
            assert!(!ipv4(bad), "{bad}");
        }
    }

    #[test]
    fn ipv6_vectors() {
        for ok in [
            "2001:db8::1",
            "2001:0db8:85a3:0000:0000:8a2e:0370:7334",
            "::1",
            "fe80::1ff:fe23:4567:890a",
            "[2001:db8::1]",
            "::ffff:192.0.2.1",
        ] {
            assert!(ipv6(ok), "{ok}");
        }
        for bad in [
            "fe80::1%eth0",
            "2001:db8:::1",
            "12:34:56",
            "1.2.3.4",
            "2001:db8::g",
            "14:22:05",
        ] {
            assert!(!ipv6(bad), "{bad}");
        }
    }

    #[test]
    fn date_valid() {
        for ok in [
            "1985-03-12",
            "12.03.1985",
            "12/03/1985",
            "03/12/1985",
            "03/25/1985",
            "25/03/1985",
            "12-03-1985",
            "19850312",
            "1.3.1985",
            "12 March 1985",
            "12 Mar 1985",
            "March 12, 1985",
            "March 12th, 1985",
            "12th of March 1985",
            "12. März 1985",
            "12 de marzo de 1985",
            "12 mars 1985",
            "den 12 mars 1985",
            "29 February 2000",
            "1 januari 2030",
            "4/3 1954",
            "26/10 1980",
            "12/03/85",
            "12.3.85",
            "29.02.84",
            "12-Mar-1985",
            "12-mar-85",
            "Mar 12 '85",
            "3 de mayo del 1985",
            "880214",
            "250885",
        ] {
            assert!(date(ok), "{ok}");
        }
    }

    #[test]
    fn date_invalid() {
        for bad in [
            "1985-13-12",
            "31.04.1985",
            "13/13/1985",
            "29 February 1900",
            "30 February 2000",
            "12 Foo 1985",
            "12 March 1850",
            "12.03.2031",
            "19851312",
            "881314",
            "123456",
            "2.14.3",
            "1985-03-12-01",
            "12/03-1985",
            "12 March",
            "",
            "85-03-12",
            "13/13/85",
            "31.04.85",
            "12/03/985",
            "4/3 85",
            "4/3  1954",
            "12/03/1985 14",
        ] {
            assert!(!date(bad), "{bad}");
        }
    }

    #[test]
    fn phone_vectors() {
        for ok in [
            "+44 (0)20 7946 0958",
            "0046 70 123 45 67",
            "04 1234 5678",
            "(02) 9123 4567",
            "070-123 45 67",
            "030/1234567",
            "(415) 555-0132",
            "415.555.0132",
            "+1 415 555 0132",
            "5550132",
            "(+34) 736 229 883",
        ] {
            assert!(phone(ok), "{ok}");
        }
        for bad in [
            "555 013",
            "1234 5678 9012 3456",
            "111 111 1111",
            "+44 20 7946 0958 x12",
            "415+555+0132",
            "(+34)",
            "2024-03-12 14:22:05",
            "",
        ] {
            assert!(!phone(bad), "{bad}");
        }
    }
}
