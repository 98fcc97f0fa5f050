//! The operators: how one value becomes its replacement.
//!
//! Each operator is a pure function of the value (and, for pseudonyms, the
//! key). [`replace`] picks the operator for an [`Action`] and reports the
//! action actually applied, which differs from the requested one when a
//! category has no partial form, or for secrets, which are always replaced
//! whole.

use crate::detect::Category;

use super::fingerprint::{digest, normalise};
use super::policy::Action;

/// How many trailing letters or digits a partial mask keeps.
const PARTIAL_KEEP: usize = 4;

/// Values with fewer letters and digits than this are masked completely,
/// since keeping four would reveal most of them.
const PARTIAL_MIN_LEN: usize = 8;

/// The mask character.
const MASK: char = '*';

/// Hex digits of the digest shown in a pseudonym.
const PSEUDONYM_HEX: usize = 6;

/// The replacement for `value` under `action`, and the action applied.
pub fn replace(key: &[u8], category: Category, action: Action, value: &str) -> (String, Action) {
    match action {
        Action::Label => (label(category), Action::Label),
        Action::Remove => (String::new(), Action::Remove),
        Action::Pseudonym => (pseudonym(key, category, value), Action::Pseudonym),
        Action::Partial => match partial(category, value) {
            Some(masked) => (masked, Action::Partial),
            None => (label(category), Action::Label),
        },
    }
}

/// `[<category>]`, for example `[payment_card]`.
pub fn label(category: Category) -> String {
    format!("[{category}]")
}

/// `[<category>:<6 hex>]`: the first six hex digits of the value's keyed
/// fingerprint. Stable for the same (normalised) value under the same key.
pub fn pseudonym(key: &[u8], category: Category, value: &str) -> String {
    let digest = digest(key, category, value);
    let mut hex = hex::encode(&digest[..PSEUDONYM_HEX.div_ceil(2)]);
    hex.truncate(PSEUDONYM_HEX);
    format!("[{category}:{hex}]")
}

/// A partial mask, or `None` when the category has no partial form:
///
/// * card, IBAN, phone, national id: every letter and digit but the last four
///   becomes `*`, separators stay (`4111 1111 1111 1111` →
///   `**** **** **** 1111`); values with fewer than eight letters and digits
///   are masked completely;
/// * email: the local part becomes `****`, the domain stays
///   (`****@example.org`); obfuscated forms are normalised first.
pub fn partial(category: Category, value: &str) -> Option<String> {
    match category {
        Category::PaymentCard | Category::Iban | Category::Phone | Category::NationalId => {
            Some(mask_keep_tail(value))
        }
        Category::Email => {
            let normalised = normalise(Category::Email, value);
            let (_, domain) = normalised.rsplit_once('@')?;
            if domain.is_empty() {
                return None;
            }
            Some(format!("****@{domain}"))
        }
        _ => None,
    }
}

fn mask_keep_tail(value: &str) -> String {
    let total = value.chars().filter(|c| c.is_alphanumeric()).count();
    let keep = if total >= PARTIAL_MIN_LEN {
        PARTIAL_KEEP
    } else {
        0
    };
    let mut seen = 0;
    value
        .chars()
        .map(|c| {
            if !c.is_alphanumeric() {
                return c;
            }
            seen += 1;
            if seen > total - keep {
                c
            } else {
                MASK
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &[u8] = b"operator test key";

    #[test]
    fn label_names_the_category() {
        assert_eq!(label(Category::Email), "[email]");
        assert_eq!(label(Category::PaymentCard), "[payment_card]");
        let (out, applied) = replace(KEY, Category::Phone, Action::Label, "070-123 45 67");
        assert_eq!((out.as_str(), applied), ("[phone]", Action::Label));
    }

    #[test]
    fn remove_leaves_nothing() {
        assert_eq!(
            replace(KEY, Category::Email, Action::Remove, "a@b.se"),
            (String::new(), Action::Remove)
        );
    }

    #[test]
    fn partial_keeps_last_four_and_separators() {
        assert_eq!(
            partial(Category::PaymentCard, "4111 1111 1111 1111").as_deref(),
            Some("**** **** **** 1111")
        );
        assert_eq!(
            partial(Category::PaymentCard, "4111-1111-1111-1111").as_deref(),
            Some("****-****-****-1111")
        );
        assert_eq!(
            partial(Category::Iban, "SE45 5000 0000 0583 9825 7466").as_deref(),
            Some("**** **** **** **** **** 7466")
        );
        assert_eq!(
            partial(Category::Phone, "+46 70 123 45 67").as_deref(),
            Some("+** ** *** 45 67")
        );
        assert_eq!(
            partial(Category::NationalId, "19121212-1212").as_deref(),
            Some("********-1212")
        );
    }

    #[test]
    fn partial_masks_short_values_completely() {
        assert_eq!(
            partial(Category::Phone, "112-34").as_deref(),
            Some("***-**")
        );
    }

    #[test]
    fn partial_email_keeps_the_domain() {
        assert_eq!(
            partial(Category::Email, "Jane.Doe@Example.org").as_deref(),
            Some("****@example.org")
        );
        assert_eq!(
            partial(Category::Email, "jane dot doe at example dot org").as_deref(),
            Some("****@example.org")
        );
        assert_eq!(partial(Category::Email, "not an address"), None);
    }

    #[test]
    fn partial_falls_back_to_label() {
        assert_eq!(
            replace(KEY, Category::PersonName, Action::Partial, "Anna Berg"),
            ("[person_name]".to_string(), Action::Label)
        );
        assert_eq!(
            replace(
                KEY,
                Category::Secret,
                Action::Partial,
                "sk_live_0123456789abcdef"
            ),
            ("[secret]".to_string(), Action::Label)
        );
    }

    #[test]
    fn pseudonyms_are_stable_and_keyed() {
        let a = pseudonym(KEY, Category::Email, "jane@example.org");
        assert_eq!(a, pseudonym(KEY, Category::Email, " Jane@Example.org "));
        assert!(a.starts_with("[email:") && a.ends_with(']'));
        assert_eq!(a.len(), "[email:".len() + 6 + 1);
        assert!(a[7..13].bytes().all(|b| b.is_ascii_hexdigit()));
        assert_ne!(
            a,
            pseudonym(b"a different key", Category::Email, "jane@example.org")
        );
        assert_ne!(a, pseudonym(KEY, Category::Email, "john@example.org"));
    }

    #[test]
    fn pseudonym_is_the_fingerprint_prefix() {
        let fp = super::super::fingerprint::fingerprint(KEY, Category::Phone, "070 123 45 67");
        assert_eq!(
            pseudonym(KEY, Category::Phone, "0701234567"),
            format!("[phone:{}]", &fp[..6])
        );
    }
}
