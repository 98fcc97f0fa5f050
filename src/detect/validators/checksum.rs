//! Checksum validators for card, bank and national id numbers.
//!
//! Every validator takes the matched text as written in a ticket: digits may
//! be grouped by spaces, dashes, dots, slashes or similar separators, which
//! are ignored. Letters are significant and make digit-only validators fail.

/// The decimal digits of `s`, ignoring separators (any character that is not
/// alphanumeric). `None` when `s` holds a letter or no digit at all.
fn digits_of(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if let Some(d) = c.to_digit(10) {
            if !c.is_ascii_digit() {
                return None;
            }
            out.push(d as u8);
        } else if c.is_alphanumeric() {
            return None;
        }
    }
    if out.is_empty() {
        None
    } else {
        Some(out)
    }
}

/// The significant characters of `s`, upper-cased: ASCII letters and digits,
/// with separators (anything not alphanumeric) dropped. `None` when `s` holds
/// a non-ASCII letter or digit.
fn alnum_upper(s: &str) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_uppercase() as u8);
        } else if c.is_alphanumeric() {
            return None;
        }
    }
    Some(out)
}

/// True when every digit is the same (`0000…`, `4444…`).
fn all_same(d: &[u8]) -> bool {
    d.windows(2).all(|w| w[0] == w[1])
}

/// The number formed by a slice of digits (at most 18 of them).
fn number(d: &[u8]) -> u64 {
    d.iter().fold(0u64, |acc, &x| acc * 10 + u64::from(x))
}

/// Luhn checksum over a digit slice (the last digit is the check digit).
fn luhn_digits(d: &[u8]) -> bool {
    if d.len() < 2 {
        return false;
    }
    let sum: u32 = d
        .iter()
        .rev()
        .enumerate()
        .map(|(i, &x)| {
            let x = u32::from(x);
            if i % 2 == 1 {
                let y = x * 2;
                if y > 9 {
                    y - 9
                } else {
                    y
                }
            } else {
                x
            }
        })
        .sum();
    sum % 10 == 0
}

/// Weighted digit sum.
fn weighted(d: &[u8], weights: &[u32]) -> u32 {
    d.iter().zip(weights).map(|(&x, &w)| u32::from(x) * w).sum()
}

/// True when the Gregorian date exists.
pub(crate) fn valid_ymd(year: u32, month: u32, day: u32) -> bool {
    if !(1..=12).contains(&month) || day == 0 {
        return false;
    }
    let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    let max = match month {
        2 if leap => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    };
    day <= max
}

/// Luhn (mod 10) checksum over the digits; separators are ignored.
pub fn luhn(s: &str) -> bool {
    digits_of(s).is_some_and(|d| luhn_digits(&d))
}

/// Payment card number (PAN): 12–19 digits, a current issuer (IIN) range with
/// a length that issuer uses, a valid Luhn check digit, and not a single
/// repeated digit.
pub fn payment_card(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    let len = d.len();
    if !(12..=19).contains(&len) || all_same(&d) || !luhn_digits(&d) {
        return false;
    }
    let p2 = number(&d[..2]);
    let p3 = number(&d[..3]);
    let p4 = number(&d[..4]);
    let lens = |lo: usize, hi: usize| (lo..=hi).contains(&len);
    match d[0] {
        // Visa (13, 16 and 19 digits; Visa Electron 16).
        4 => matches!(len, 13 | 16 | 19),
        // Mastercard 2221–2720, Mir 2200–2204.
        2 => {
            ((2221..=2720).contains(&p4) && len == 16)
                || ((2200..=2204).contains(&p4) && lens(16, 19))
        }
        3 => {
            // American Express.
            if p2 == 34 || p2 == 37 {
                len == 15
            // JCB.
            } else if (3528..=3589).contains(&p4) {
                lens(16, 19)
            // Diners Club (Carte Blanche 300–305, International 36, 38–39, 3095).
            } else if (300..=305).contains(&p3) || p4 == 3095 || p2 == 36 || p2 == 38 || p2 == 39 {
                lens(14, 19)
            } else {
                false
            }
        }
        // Mastercard 51–55, Maestro 50 and 56–59.
        5 => {
            if (51..=55).contains(&p2) {
                len == 16
            } else {
                lens(12, 19)
            }
        }
        6 => {
            // Discover 6011, 644–649, 65 (622126–622925 lies inside UnionPay
            // 62), UnionPay 62: 16–19 digits.
            let discover = p4 == 6011 || (644..=649).contains(&p3) || p2 == 65;
            if discover || p2 == 62 {
                lens(16, 19)
            // Maestro and other debit schemes (60–69).
            } else {
                lens(12, 19)
            }
        }
        // UnionPay / RuPay 81–82.
        8 => (p2 == 81 || p2 == 82) && lens(16, 19),
        // Troy 9792.
        9 => p4 == 9792 && len == 16,
        _ => false,
    }
}

/// IBAN lengths by country code (SWIFT IBAN registry).
const IBAN_LENGTHS: &[(&[u8; 2], usize)] = &[
    (b"AD", 24),
    (b"AE", 23),
    (b"AL", 28),
    (b"AT", 20),
    (b"AZ", 28),
    (b"BA", 20),
    (b"BE", 16),
    (b"BG", 22),
    (b"BH", 22),
    (b"BI", 27),
    (b"BR", 29),
    (b"BY", 28),
    (b"CH", 21),
    (b"CR", 22),
    (b"CY", 28),
    (b"CZ", 24),
    (b"DE", 22),
    (b"DJ", 27),
    (b"DK", 18),
    (b"DO", 28),
    (b"EE", 20),
    (b"EG", 29),
    (b"ES", 24),
    (b"FI", 18),
    (b"FK", 18),
    (b"FO", 18),
    (b"FR", 27),
    (b"GB", 22),
    (b"GE", 22),
    (b"GI", 23),
    (b"GL", 18),
    (b"GR", 27),
    (b"GT", 28),
    (b"HN", 28),
    (b"HR", 21),
    (b"HU", 28),
    (b"IE", 22),
    (b"IL", 23),
    (b"IQ", 23),
    (b"IS", 26),
    (b"IT", 27),
    (b"JO", 30),
    (b"KW", 30),
    (b"KZ", 20),
    (b"LB", 28),
    (b"LC", 32),
    (b"LI", 21),
    (b"LT", 20),
    (b"LU", 20),
    (b"LV", 21),
    (b"LY", 25),
    (b"MC", 27),
    (b"MD", 24),
    (b"ME", 22),
    (b"MK", 19),
    (b"MN", 20),
    (b"MR", 27),
    (b"MT", 31),
    (b"MU", 30),
    (b"NI", 28),
    (b"NL", 18),
    (b"NO", 15),
    (b"OM", 23),
    (b"PK", 24),
    (b"PL", 28),
    (b"PS", 29),
    (b"PT", 25),
    (b"QA", 29),
    (b"RO", 24),
    (b"RS", 22),
    (b"RU", 33),
    (b"SA", 24),
    (b"SC", 31),
    (b"SD", 18),
    (b"SE", 24),
    (b"SI", 19),
    (b"SK", 24),
    (b"SM", 27),
    (b"SO", 23),
    (b"ST", 25),
    (b"SV", 28),
    (b"TL", 23),
    (b"TN", 24),
    (b"TR", 26),
    (b"UA", 29),
    (b"VA", 22),
    (b"VG", 24),
    (b"XK", 20),
    (b"YE", 30),
];

/// International bank account number: a registered country code, that
/// country's length, check digits 02–98 and the ISO 7064 mod-97 check.
/// Accepts the compact and the grouped (spaces every 4) forms, any case.
pub fn iban(s: &str) -> bool {
    let Some(c) = alnum_upper(s) else {
        return false;
    };
    if c.len() < 15 || !c[..2].iter().all(u8::is_ascii_uppercase) {
        return false;
    }
    let Some(&(_, want)) = IBAN_LENGTHS.iter().find(|(cc, _)| cc[..] == c[..2]) else {
        return false;
    };
    if c.len() != want || !c[2..4].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let check = (c[2] - b'0') * 10 + (c[3] - b'0');
    if !(2..=98).contains(&check) {
        return false;
    }
    let mut rem: u32 = 0;
    for &ch in c[4..].iter().chain(&c[..4]) {
        if ch.is_ascii_digit() {
            rem = (rem * 10 + u32::from(ch - b'0')) % 97;
        } else {
            rem = (rem * 100 + u32::from(ch - b'A') + 10) % 97;
        }
    }
    rem == 1
}

/// Swedish personnummer or samordningsnummer (co-ordination number, day + 60):
/// `YYMMDD-NNNC`, `YYMMDD+NNNC`, `YYMMDDNNNC`, `YYYYMMDDNNNC` or
/// `YYYYMMDD-NNNC`; the date must exist and the Luhn check over the 10-digit
/// form must hold.
pub fn se_personnummer(s: &str) -> bool {
    se_id(s).is_some()
}

/// Swedish samordningsnummer only (a personnummer whose day is 61–91).
pub fn se_samordningsnummer(s: &str) -> bool {
    se_id(s) == Some(true)
}

/// Parses a Swedish personal identity number; `Some(true)` for a
/// samordningsnummer, `Some(false)` for a personnummer.
fn se_id(s: &str) -> Option<bool> {
    let t = s.trim();
    if !t
        .chars()
        .all(|c| c.is_ascii_digit() || matches!(c, '-' | '+' | ' '))
    {
        return None;
    }
    let seps = t.chars().filter(|c| !c.is_ascii_digit()).count();
    if seps > 1 {
        return None;
    }
    let d = digits_of(t)?;
    let (year, ten) = match d.len() {
        10 => (None, &d[..]),
        12 => (Some(number(&d[..4]) as u32), &d[2..]),
        _ => return None,
    };
    // The separator, if any, sits just before the last four digits.
    if seps == 1 {
        let pos = t.find(|c: char| !c.is_ascii_digit())?;
        if t.len() - pos - 1 != 4 {
            return None;
        }
    }
    let yy = number(&ten[..2]) as u32;
    let month = number(&ten[2..4]) as u32;
    let mut day = number(&ten[4..6]) as u32;
    let coordination = day > 60;
    if coordination {
        day -= 60;
    }
    let date_ok = match year {
        Some(y) => (1870..=2099).contains(&y) && valid_ymd(y, month, day),
        None => valid_ymd(1900 + yy, month, day) || valid_ymd(2000 + yy, month, day),
    };
    if !date_ok || !luhn_digits(ten) {
        return None;
    }
    Some(coordination)
}

/// Australian tax file number: 9 digits (weights 1,4,3,7,5,8,6,9,10) or the
/// older 8 digits (weights 10,7,8,4,6,3,5,1), weighted sum divisible by 11.
pub fn au_tfn(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    if all_same(&d) {
        return false;
    }
    match d.len() {
        9 => weighted(&d, &[1, 4, 3, 7, 5, 8, 6, 9, 10]) % 11 == 0,
        8 => weighted(&d, &[10, 7, 8, 4, 6, 3, 5, 1]) % 11 == 0,
        _ => false,
    }
}

/// Australian business number: 11 digits; subtract 1 from the first digit,
/// weights 10,1,3,5,7,9,11,13,15,17,19, sum divisible by 89.
pub fn au_abn(s: &str) -> bool {
    let Some(mut d) = digits_of(s) else {
        return false;
    };
    if d.len() != 11 || d[0] == 0 || all_same(&d) {
        return false;
    }
    d[0] -= 1;
    weighted(&d, &[10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]) % 89 == 0
}

/// Australian Medicare card number: 10 digits (11 with the individual
/// reference number), first digit 2–6, check digit (9th) = weighted sum of the
/// first 8 (weights 1,3,7,9,1,3,7,9) mod 10.
pub fn au_medicare(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    if !(d.len() == 10 || d.len() == 11) || !(2..=6).contains(&d[0]) || all_same(&d[..8]) {
        return false;
    }
    if d.len() == 11 && d[10] == 0 {
        return false;
    }
    weighted(&d[..8], &[1, 3, 7, 9, 1, 3, 7, 9]) % 10 == u32::from(d[8])
}

/// UK National Insurance number: two prefix letters (neither D, F, I, Q, U or
/// V; the second not O; not BG, GB, KN, NK, NT, TN or ZZ), six digits and a
/// suffix A–D (the suffix may be left off). Spaces and dashes are ignored.
pub fn uk_nino(s: &str) -> bool {
    let Some(c) = alnum_upper(s) else {
        return false;
    };
    if !(c.len() == 8 || c.len() == 9) {
        return false;
    }
    let (a, b) = (c[0], c[1]);
    let bad = |x: u8| matches!(x, b'D' | b'F' | b'I' | b'Q' | b'U' | b'V');
    if !a.is_ascii_uppercase() || !b.is_ascii_uppercase() || bad(a) || bad(b) || b == b'O' {
        return false;
    }
    if matches!(
        &[a, b],
        b"BG" | b"GB" | b"KN" | b"NK" | b"NT" | b"TN" | b"ZZ"
    ) {
        return false;
    }
    if !c[2..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    c.len() == 8 || matches!(c[8], b'A'..=b'D')
}

/// UK NHS number: 10 digits, mod 11 with weights 10..2 over the first nine;
/// a computed check digit of 10 is invalid; one repeated digit is rejected.
pub fn uk_nhs(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    if d.len() != 10 || all_same(&d) {
        return false;
    }
    let sum = weighted(&d[..9], &[10, 9, 8, 7, 6, 5, 4, 3, 2]);
    let check = match 11 - sum % 11 {
        11 => 0,
        10 => return false,
        c => c,
    };
    check == u32::from(d[9])
}

/// Irish PPS number: 7 digits, a check letter and an optional second
/// letter (`1234567T`, `1234567FA`). The digits weighted 8..2 plus 9 times
/// the second letter's value (`A` = 1, `W` = 0), mod 23, give the check
/// letter (`W` for 0, else `A`..`V`).
pub fn ie_ppsn(s: &str) -> bool {
    let b = s.trim().as_bytes();
    if !(8..=9).contains(&b.len()) || !b[..7].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let d: Vec<u8> = b[..7].iter().map(|x| x - b'0').collect();
    if all_same(&d) {
        return false;
    }
    let letter = |c: u8| c.to_ascii_uppercase();
    let second = match b.get(8).map(|&c| letter(c)) {
        None | Some(b'W') => 0,
        Some(c @ b'A'..=b'Z') => u32::from(c - b'A' + 1),
        Some(_) => return false,
    };
    let sum = weighted(&d, &[8, 7, 6, 5, 4, 3, 2]) + 9 * second;
    let expected = match sum % 23 {
        0 => b'W',
        r => b'A' + (r as u8) - 1,
    };
    letter(b[7]) == expected
}

/// Swiss AHV/AVS number: 13 digits starting `756` (`756.1234.5678.97`),
/// the last an EAN-13 check digit (weights 1 and 3 alternating).
pub fn ch_ahv(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    if d.len() != 13 || d[..3] != [7, 5, 6] {
        return false;
    }
    let sum: u32 = d[..12]
        .iter()
        .enumerate()
        .map(|(i, &x)| u32::from(x) * if i % 2 == 0 { 1 } else { 3 })
        .sum();
    (10 - sum % 10) % 10 == u32::from(d[12])
}

/// Control letters for DNI and NIE, indexed by number mod 23.
const DNI_LETTERS: &[u8; 23] = b"TRWAGMYFPDXBNJZSQVHLCKE";

/// Checks `digits` (8 of them) against the control `letter`.
fn dni_check(digits: &[u8], letter: u8) -> bool {
    digits.len() == 8 && DNI_LETTERS[(number(digits) % 23) as usize] == letter
}

/// Spanish DNI: 8 digits and the control letter
/// `"TRWAGMYFPDXBNJZSQVHLCKE"[n % 23]` (dots, spaces or a dash allowed).
pub fn es_dni(s: &str) -> bool {
    let Some(c) = alnum_upper(s) else {
        return false;
    };
    c.len() == 9 && c[..8].iter().all(u8::is_ascii_digit) && {
        let d: Vec<u8> = c[..8].iter().map(|x| x - b'0').collect();
        !all_same(&d) && dni_check(&d, c[8])
    }
}

/// Spanish NIE: X, Y or Z (read as 0, 1, 2), 7 digits and the DNI control
/// letter.
pub fn es_nie(s: &str) -> bool {
    let Some(c) = alnum_upper(s) else {
        return false;
    };
    if c.len() != 9 || !c[1..8].iter().all(u8::is_ascii_digit) {
        return false;
    }
    let first = match c[0] {
        b'X' => 0,
        b'Y' => 1,
        b'Z' => 2,
        _ => return false,
    };
    let mut d = vec![first];
    d.extend(c[1..8].iter().map(|x| x - b'0'));
    if all_same(&d[1..]) {
        return false;
    }
    dni_check(&d, c[8])
}

/// US social security number: 9 digits; area not 000, 666 or 900–999, group
/// not 00, serial not 0000; well-known published or advertising numbers and
/// one repeated digit are rejected.
pub fn us_ssn(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    if d.len() != 9 || all_same(&d) {
        return false;
    }
    let area = number(&d[..3]);
    let group = number(&d[3..5]);
    let serial = number(&d[5..]);
    if area == 0 || area == 666 || area >= 900 || group == 0 || serial == 0 {
        return false;
    }
    // Woolworth wallet card, Social Security pamphlet sample, the classic
    // sequential placeholder.
    !matches!(number(&d), 78_051_120 | 219_099_999 | 123_456_789)
}

/// German tax identification number (Steuer-ID): 11 digits, first not 0; in
/// the first ten exactly one digit occurs twice or three times (three not all
/// adjacent) and every other at most once; ISO 7064 MOD 11,10 check digit.
pub fn de_steuer_id(s: &str) -> bool {
    let Some(d) = digits_of(s) else {
        return false;
    };
    if d.len() != 11 || d[0] == 0 {
        return false;
    }
    let mut counts = [0u8; 10];
    for &x in &d[..10] {
        counts[usize::from(x)] += 1;
    }
    let multi: Vec<usize> = (0..10).filter(|&i| counts[i] > 1).collect();
    if multi.len() != 1 || counts[multi[0]] > 3 {
        return false;
    }
    if counts[multi[0]] == 3 {
        let rep = multi[0] as u8;
        if d[..10].windows(3).any(|w| w.iter().all(|&x| x == rep)) {
            return false;
        }
    }
    let mut product: u32 = 10;
    for &x in &d[..10] {
        let mut sum = (u32::from(x) + product) % 10;
        if sum == 0 {
            sum = 10;
        }
        product = (sum * 2) % 11;
    }
    let check = match 11 - product {
        10 => 0,
        c => c,
    };
    check == u32::from(d[10])
}

/// A number that passes one of the all-digit national-id checks (SE
/// personnummer or samordningsnummer, AU TFN or Medicare, UK NHS number, US
/// SSN, DE Steuer-ID): for numbers given after a generic identity label
/// (`my ID number is …`), where the kind is not said.
pub fn identity_number(s: &str) -> bool {
    [
        se_personnummer,
        se_samordningsnummer,
        au_tfn,
        au_medicare,
        uk_nhs,
        us_ssn,
        de_steuer_id,
    ]
    .iter()
    .any(|check| check(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn irish_pps_numbers() {
        // Published examples: 1234567T (old format), 1234567FA (new).
        for ok in [
            "1234567T",
            "1234567FA",
            "1234567TW",
            "8866479TA",
            "0849792W",
        ] {
            assert!(ie_ppsn(ok), "{ok}");
        }
        for bad in ["1234567A", "1234567FB", "123456T", "1111111W", "1234567"] {
            assert!(!ie_ppsn(bad), "{bad}");
        }
    }

    #[test]
    fn swiss_ahv_numbers() {
        // The example number the federal social insurance office publishes.
        for ok in ["756.9217.0769.85", "7569217076985", "756 9217 0769 85"] {
            assert!(ch_ahv(ok), "{ok}");
        }
        for bad in ["756.9217.0769.84", "757.9217.0769.85", "756.9217.0769.8"] {
            assert!(!ch_ahv(bad), "{bad}");
        }
    }

    #[test]
    fn identity_number_takes_any_all_digit_national_id() {
        // Steuer-ID, TFN, NHS (spaced and compact), Medicare.
        for ok in [
            "86095742719",
            "123 456 782",
            "943 476 5919",
            "9434765919",
            "2123456701",
        ] {
            assert!(identity_number(ok), "{ok}");
        }
        for bad in ["86095742711", "123456789012345", "0000000000", "12345"] {
            assert!(!identity_number(bad), "{bad}");
        }
    }

    #[test]
    fn luhn_vectors() {
        assert!(luhn("79927398713"));
        assert!(luhn("4111 1111 1111 1111"));
        assert!(luhn("4539-1488-0343-6467"));
        assert!(!luhn("79927398710"));
        assert!(!luhn("4111 1111 1111 1112"));
        assert!(!luhn("4111a1111"));
        assert!(!luhn(""));
        assert!(!luhn("7"));
    }

    #[test]
    fn payment_card_valid() {
        for pan in [
            "4111 1111 1111 1111",     // Visa
            "4012888888881881",        // Visa
            "4222222222222",           // Visa 13
            "4539-1488-0343-6467",     // Visa, dashes
            "5555 5555 5555 4444",     // Mastercard
            "5105105105105100",        // Mastercard
            "2223 0000 4840 0011",     // Mastercard 2-series
            "3782 822463 10005",       // Amex 4-6-5
            "371449635398431",         // Amex
            "6011 1111 1111 1117",     // Discover
            "6011000990139424",        // Discover
            "3530 1113 3330 0000",     // JCB
            "3566002020360505",        // JCB
            "30569309025904",          // Diners 14
            "38520000023237",          // Diners
            "6200 0000 0000 0005",     // UnionPay
            "6759 6498 2643 8453",     // Maestro
            "6304 0000 0000 0000",     // Maestro (Laser)
            "4111 1111 1111 1111 003", // Visa 19, 4-4-4-4-3
        ] {
            assert!(payment_card(pan), "expected valid test PAN #{}", pan.len());
        }
    }

    #[test]
    fn payment_card_invalid() {
        for pan in [
            "4111 1111 1111 1112",   // Luhn
            "5555 5555 5555 4445",   // Luhn
            "0000 0000 0000 0000",   // all same
            "4444 4444 4444 4444",   // all same (Luhn-valid? rejected anyway)
            "1234 5678 9012 3452",   // no issuer
            "7000 0000 0000 0009",   // no issuer
            "378282246310005 1",     // Amex wrong length
            "411111111111",          // too short for Visa
            "4111 1111 1111 1111 1", // Visa 17
            "12345678903",           // too short
            "4111-1111-1111-111x",   // letter
        ] {
            assert!(
                !payment_card(pan),
                "expected invalid test PAN #{}",
                pan.len()
            );
        }
    }

    #[test]
    fn iban_valid() {
        for v in [
            "SE45 5000 0000 0583 9825 7466",
            "DE89 3704 0044 0532 0130 00",
            "DE89370400440532013000",
            "GB29 NWBK 6016 1331 9268 19",
            "GB82 WEST 1234 5698 7654 32",
            "ES91 2100 0418 4502 0005 1332",
            "FR14 2004 1010 0505 0001 3M02 606",
            "NL91 ABNA 0417 1643 00",
            "CH93 0076 2011 6238 5295 7",
            "NO93 8601 1117 947",
            "IT60 X054 2811 1010 0000 0123 456",
            "BE68 5390 0754 7034",
            "AT61 1904 3002 3457 3201",
            "FI21 1234 5600 0007 85",
            "DK50 0040 0440 1162 43",
            "PL61 1090 1014 0000 0712 1981 2874",
            "IE29 AIBK 9311 5212 3456 78",
            "gb29nwbk60161331926819",
        ] {
            assert!(iban(v), "expected valid IBAN of length {}", v.len());
        }
    }

    #[test]
    fn iban_invalid() {
        for v in [
            "GB28 NWBK 6016 1331 9268 19",   // check digits
            "DE89 3704 0044 0532 0130 01",   // mod 97
            "DE89 3704 0044 0532 0130 0",    // length
            "XX89 3704 0044 0532 0130 00",   // country
            "SE45 5000 0000 0583 9825 746",  // length
            "ES91-2100-0418-4502-0005-133X", // mod 97
            "",
            "DE",
        ] {
            assert!(!iban(v), "expected invalid IBAN of length {}", v.len());
        }
    }

    #[test]
    fn se_personnummer_vectors() {
        assert!(se_personnummer("811218-9876"));
        assert!(se_personnummer("8112189876"));
        assert!(se_personnummer("198112189876"));
        assert!(se_personnummer("19811218-9876"));
        assert!(se_personnummer("121212-1212"));
        assert!(se_personnummer("121212+1212"));
        assert!(se_personnummer("640823-3234"));
        assert!(!se_samordningsnummer("640823-3234"));
        // Samordningsnummer: day + 60.
        assert!(se_personnummer("701063-2391"));
        assert!(se_samordningsnummer("701063-2391"));
        assert!(!se_personnummer("811218-9877")); // Luhn
        assert!(!se_personnummer("811318-9876")); // month 13
        assert!(!se_personnummer("810230-9876")); // 30 Feb
        assert!(!se_personnummer("81121-89876")); // separator place
        assert!(!se_personnummer("17811218-9876")); // century out of range
        assert!(!se_personnummer("811218987"));
    }

    #[test]
    fn au_tfn_vectors() {
        assert!(au_tfn("123 456 782"));
        assert!(au_tfn("876 543 210"));
        assert!(au_tfn("123456782"));
        assert!(!au_tfn("123 456 789"));
        assert!(!au_tfn("876 543 211"));
        assert!(!au_tfn("000 000 000"));
        assert!(!au_tfn("12345678201"));
    }

    #[test]
    fn au_tfn_eight_digits() {
        // Build an 8-digit number with a valid check and confirm it passes.
        let mut found = 0;
        for n in 10_000_000u32..10_000_200 {
            let s = n.to_string();
            let d: Vec<u8> = s.bytes().map(|b| b - b'0').collect();
            let ok = weighted(&d, &[10, 7, 8, 4, 6, 3, 5, 1]) % 11 == 0;
            assert_eq!(au_tfn(&s), ok);
            found += usize::from(ok);
        }
        assert!(found > 0);
    }

    #[test]
    fn au_abn_vectors() {
        assert!(au_abn("51 824 753 556"));
        assert!(au_abn("53 004 085 616"));
        assert!(au_abn("33 102 417 032"));
        assert!(!au_abn("51 824 753 557"));
        assert!(!au_abn("01 824 753 556"));
        assert!(!au_abn("5182475355"));
    }

    #[test]
    fn au_medicare_vectors() {
        assert!(au_medicare("2123 45670 1"));
        assert!(au_medicare("2123456701"));
        assert!(au_medicare("2123 45670 1 2"));
        assert!(au_medicare("2428 77813 2"));
        assert!(!au_medicare("2123 45671 1")); // check digit
        assert!(!au_medicare("1123 45670 1")); // first digit
        assert!(!au_medicare("7123 45670 1"));
        assert!(!au_medicare("212345670"));
    }

    #[test]
    fn uk_nino_vectors() {
        assert!(uk_nino("AB123456C"));
        assert!(uk_nino("AB 12 34 56 C"));
        assert!(uk_nino("ab123456d"));
        assert!(uk_nino("JG 10 37 59 A"));
        assert!(uk_nino("AB123456"));
        assert!(!uk_nino("QQ 12 34 56 C")); // Q not allowed
        assert!(!uk_nino("DA123456A"));
        assert!(!uk_nino("AO123456A")); // O second
        assert!(!uk_nino("GB123456A"));
        assert!(!uk_nino("TN123456A"));
        assert!(!uk_nino("ZZ123456A"));
        assert!(!uk_nino("AB123456E")); // suffix
        assert!(!uk_nino("AB12345C"));
    }

    #[test]
    fn uk_nhs_vectors() {
        assert!(uk_nhs("943 476 5919"));
        assert!(uk_nhs("401 023 2137"));
        assert!(uk_nhs("9434765919"));
        assert!(uk_nhs("943-476-5870"));
        assert!(!uk_nhs("943 476 5918"));
        assert!(!uk_nhs("111 111 1111"));
        assert!(!uk_nhs("943476591"));
    }

    #[test]
    fn es_dni_nie_vectors() {
        assert!(es_dni("12345678Z"));
        assert!(es_dni("12.345.678-Z"));
        assert!(es_dni("12345678 z"));
        assert!(es_dni("00000023T"));
        assert!(!es_dni("12345678A"));
        assert!(!es_dni("1234567Z"));
        assert!(!es_dni("X1234567L"));
        assert!(es_nie("X1234567L"));
        assert!(es_nie("Y1234567X"));
        assert!(es_nie("Z1234567R"));
        assert!(es_nie("x-1234567-l"));
        assert!(!es_nie("X1234567A"));
        assert!(!es_nie("A1234567L"));
        assert!(!es_nie("12345678Z"));
    }

    #[test]
    fn us_ssn_vectors() {
        assert!(us_ssn("536-22-1234"));
        assert!(us_ssn("536 22 1234"));
        assert!(us_ssn("536221234"));
        assert!(!us_ssn("000-12-3456"));
        assert!(!us_ssn("666-12-3456"));
        assert!(!us_ssn("900-12-3456"));
        assert!(!us_ssn("987-65-4321"));
        assert!(!us_ssn("123-00-4567"));
        assert!(!us_ssn("123-45-0000"));
        assert!(!us_ssn("078-05-1120"));
        assert!(!us_ssn("219-09-9999"));
        assert!(!us_ssn("123-45-6789"));
        assert!(!us_ssn("111-11-1111"));
        assert!(!us_ssn("536-22-123"));
    }

    #[test]
    fn de_steuer_id_vectors() {
        assert!(de_steuer_id("86095742719"));
        assert!(de_steuer_id("47036892816"));
        assert!(de_steuer_id("65929970489"));
        assert!(de_steuer_id("57549285017"));
        assert!(de_steuer_id("25768131411"));
        assert!(de_steuer_id("86 095 742 719"));
        assert!(!de_steuer_id("86095742711")); // check digit
        assert!(!de_steuer_id("06095742719")); // leading zero
        assert!(!de_steuer_id("12345678901")); // no repeated digit
        assert!(!de_steuer_id("11111111111"));
        assert!(!de_steuer_id("8609574271"));
    }

    #[test]
    fn valid_ymd_rules() {
        assert!(valid_ymd(2000, 2, 29));
        assert!(!valid_ymd(1900, 2, 29));
        assert!(valid_ymd(2024, 2, 29));
        assert!(!valid_ymd(2023, 2, 29));
        assert!(!valid_ymd(2023, 4, 31));
        assert!(!valid_ymd(2023, 0, 1));
    }
}
