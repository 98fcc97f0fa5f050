//! Normalisation and keyed fingerprints.
//!
//! A fingerprint answers "did we hold this value?" without storing it: it is
//! the hex HMAC-SHA256, under the deployment's key, of the message
//!
//! ```text
//! <category stable name> 0x00 <normalise(category, value)>
//! ```
//!
//! The category is part of the message so that equal digit strings of
//! different kinds (a phone number and an id number) fingerprint differently.
//! Pseudonyms are the first six hex digits of the same digest.
//!
//! **This format is a stable contract**: records written today must match
//! look-ups made later, so any change to [`normalise`] or to the message
//! layout must be versioned. The test `fingerprint_format_is_pinned` locks it.

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;
use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

use crate::detect::Category;

/// Brings a value to its canonical form for fingerprinting, so that spelling
/// variants of the same value fingerprint alike:
///
/// * email: trimmed, lowercased, obfuscations undone
///   (`Jane dot Doe at Example dot org`, `jane[at]example[dot]org` →
///   `jane.doe@example.org`, `jane@example.org`);
/// * phone: digits only (`+46 70-123 45 67` → `46701234567`);
/// * payment card, IBAN, national id: uppercase ASCII letters and digits only;
/// * person name: diacritics folded (NFD, combining marks removed),
///   lowercased, whitespace collapsed (`  Jörg   Müller` → `jorg muller`);
/// * everything else: trimmed.
pub fn normalise(category: Category, value: &str) -> String {
    match category {
        Category::Email => normalise_email(value),
        Category::Phone => value.chars().filter(char::is_ascii_digit).collect(),
        Category::PaymentCard | Category::Iban | Category::NationalId => value
            .chars()
            .filter(char::is_ascii_alphanumeric)
            .map(|c| c.to_ascii_uppercase())
            .collect(),
        Category::PersonName => {
            let folded: String = value.nfd().filter(|c| !is_combining_mark(*c)).collect();
            folded
                .to_lowercase()
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
        }
        _ => value.trim().to_string(),
    }
}

/// Lowercases an email address and undoes common obfuscations.
fn normalise_email(value: &str) -> String {
    let mut text = value.trim().to_lowercase();
    for (open, close) in [("[", "]"), ("(", ")"), ("{", "}"), ("<", ">")] {
        text = text.replace(&format!("{open}at{close}"), " @ ");
        text = text.replace(&format!("{open}dot{close}"), " . ");
    }
    let has_at = text.contains('@');
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        match word {
            "at" if !has_at => out.push('@'),
            "dot" => out.push('.'),
            other => out.push_str(other),
        }
    }
    out
}

/// The hex HMAC-SHA256 fingerprint of a value (see the module docs for the
/// exact message). Stable for the same key, category and normalised value.
pub fn fingerprint(key: &[u8], category: Category, value: &str) -> String {
    hex::encode(digest(key, category, value))
}

/// The raw digest behind [`fingerprint`].
pub(crate) fn digest(key: &[u8], category: Category, value: &str) -> [u8; 32] {
    // HMAC accepts keys of any length, so this cannot fail; an empty MAC is
    // never produced because `new_from_slice` only errs on invalid lengths.
    let mut mac = match Hmac::<Sha256>::new_from_slice(key) {
        Ok(mac) => mac,
        Err(_) => unreachable_key(),
    };
    mac.update(category.as_str().as_bytes());
    mac.update(&[0]);
    mac.update(normalise(category, value).as_bytes());
    let mut out = [0u8; 32];
    out.copy_from_slice(&mac.finalize().into_bytes());
    out
}

#[cold]
fn unreachable_key() -> ! {
    unreachable!("HMAC-SHA256 accepts keys of every length")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn emails_are_trimmed_lowercased_and_deobfuscated() {
        assert_eq!(
            normalise(Category::Email, "  Jane.Doe@Example.ORG "),
            "jane.doe@example.org"
        );
        assert_eq!(
            normalise(Category::Email, "jane dot doe at example dot org"),
            "jane.doe@example.org"
        );
        assert_eq!(
            normalise(Category::Email, "jane[at]example[dot]org"),
            "jane@example.org"
        );
        assert_eq!(
            normalise(Category::Email, "Jane (at) Example (dot) org"),
            "jane@example.org"
        );
        assert_eq!(
            normalise(Category::Email, "jane @ example.org"),
            "jane@example.org"
        );
    }

    #[test]
    fn numbers_keep_alphanumerics_and_phones_digits() {
        assert_eq!(
            normalise(Category::Phone, "+46 (70) 123-45 67"),
            "46701234567"
        );
        assert_eq!(
            normalise(Category::PaymentCard, "4111-1111 1111.1111"),
            "4111111111111111"
        );
        assert_eq!(
            normalise(Category::Iban, "se45 5000 0000 0583 9825 7466"),
            "SE4550000000058398257466"
        );
        assert_eq!(
            normalise(Category::NationalId, "19121212-1212"),
            "191212121212"
        );
    }

    #[test]
    fn names_fold_diacritics_case_and_space() {
        assert_eq!(
            normalise(Category::PersonName, "  Jörg \t Müller "),
            "jorg muller"
        );
        assert_eq!(normalise(Category::PersonName, "ÅSA Öberg"), "asa oberg");
        assert_eq!(normalise(Category::PersonName, "José Núñez"), "jose nunez");
    }

    #[test]
    fn other_categories_are_trimmed() {
        assert_eq!(normalise(Category::IpAddress, " 10.0.0.1\n"), "10.0.0.1");
        assert_eq!(normalise(Category::Secret, " Token "), "Token");
    }

    #[test]
    fn fingerprints_match_across_spellings_and_differ_by_key_and_category() {
        let key = b"0123456789abcdef";
        let a = fingerprint(key, Category::Email, "Jane.Doe@example.org");
        let b = fingerprint(key, Category::Email, "jane dot doe at example dot org");
        assert_eq!(a, b);
        assert_eq!(a.len(), 64);
        assert_ne!(
            a,
            fingerprint(b"another key 1234", Category::Email, "jane.doe@example.org")
        );
        assert_ne!(
            fingerprint(key, Category::Phone, "0701234567"),
            fingerprint(key, Category::NationalId, "0701234567")
        );
    }

    #[test]
    fn fingerprint_format_is_pinned() {
        // HMAC-SHA256(key = "k", message = "email\0jane@example.org").
        let mut mac = Hmac::<Sha256>::new_from_slice(b"k").expect("any key length");
        mac.update(b"email\0jane@example.org");
        let expected = hex::encode(mac.finalize().into_bytes());
        assert_eq!(
            fingerprint(b"k", Category::Email, " JANE@example.org"),
            expected
        );
        assert_eq!(
            expected,
            "9eed18e76265ef0089c2198bec5d883f019e3e9d451417c68bb711ed2a65d7a1"
        );
    }
}
