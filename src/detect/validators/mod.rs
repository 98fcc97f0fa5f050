//! Named validators that pack rules refer to by `validator = "name"`.
//!
//! A validator gets the matched text (or the `value` capture group) and says
//! whether it is a real instance: a checksum, a structural rule, a decode.
//! Validators never log or keep their input.

mod checksum;
mod names;
mod text;

pub use checksum::*;
pub use names::{
    any_case_full_name, calendar_word, capitalised_full_name, full_name, given_name,
    initial_surname, lowercase_full_name, lowercase_name, surname_first_name, uppercase_name,
    word_list, WORD_LISTS,
};
pub use text::*;

/// A validator: matched text in, verdict out.
pub type ValidatorFn = fn(&str) -> bool;

/// Every validator a pack may name, with its function.
pub const VALIDATORS: &[(&str, ValidatorFn)] = &[
    ("luhn", luhn),
    ("payment_card", payment_card),
    ("iban", iban),
    ("se_personnummer", se_personnummer),
    ("se_samordningsnummer", se_samordningsnummer),
    ("au_tfn", au_tfn),
    ("au_abn", au_abn),
    ("au_medicare", au_medicare),
    ("uk_nino", uk_nino),
    ("uk_nhs", uk_nhs),
    ("es_dni", es_dni),
    ("es_nie", es_nie),
    ("us_ssn", us_ssn),
    ("de_steuer_id", de_steuer_id),
    ("ie_ppsn", ie_ppsn),
    ("ch_ahv", ch_ahv),
    ("identity_number", identity_number),
    ("jwt", jwt),
    ("ipv4", ipv4),
    ("ipv6", ipv6),
    ("date", date),
    ("phone", phone),
    ("given_name", given_name),
    ("full_name", full_name),
    ("lowercase_name", lowercase_name),
    ("lowercase_full_name", lowercase_full_name),
    ("any_case_full_name", any_case_full_name),
    ("surname_first_name", surname_first_name),
    ("capitalised_full_name", capitalised_full_name),
    ("uppercase_name", uppercase_name),
    ("initial_surname", initial_surname),
];

/// Looks a validator up by name.
pub fn lookup(name: &str) -> Option<ValidatorFn> {
    VALIDATORS.iter().find(|(n, _)| *n == name).map(|(_, f)| *f)
}
