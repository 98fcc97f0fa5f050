//! The categories of personal data: the vocabulary of the pack format
//! (`category = "email"`), of `scan` output and of the ledger.

use std::fmt;

/// What kind of personal data a finding is. The order of the variants is the
/// severity order used to resolve overlapping findings (most severe first).
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, serde::Serialize, serde::Deserialize,
)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Credentials: API keys, tokens, passwords, private keys, signed URLs.
    Secret,
    /// Government identifiers (personnummer, SSN, NINO, TFN, DNI, ...).
    NationalId,
    /// Payment card numbers (PAN).
    PaymentCard,
    /// International bank account numbers.
    Iban,
    /// Email addresses, including obfuscated forms.
    Email,
    /// Telephone numbers.
    Phone,
    /// IPv4 and IPv6 addresses.
    IpAddress,
    /// Dates of birth (dates in a birth context only).
    DateOfBirth,
    /// Names of people.
    PersonName,
    /// Street addresses.
    PostalAddress,
}

impl Category {
    /// Every category, most severe first.
    pub const ALL: [Category; 10] = [
        Category::Secret,
        Category::NationalId,
        Category::PaymentCard,
        Category::Iban,
        Category::Email,
        Category::Phone,
        Category::IpAddress,
        Category::DateOfBirth,
        Category::PersonName,
        Category::PostalAddress,
    ];

    /// The stable name used in pack files, `scan` output and the ledger.
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Secret => "secret",
            Category::NationalId => "national_id",
            Category::PaymentCard => "payment_card",
            Category::Iban => "iban",
            Category::Email => "email",
            Category::Phone => "phone",
            Category::IpAddress => "ip_address",
            Category::DateOfBirth => "date_of_birth",
            Category::PersonName => "person_name",
            Category::PostalAddress => "postal_address",
        }
    }

    /// Parses a stable name (see [`Category::as_str`]).
    pub fn parse(name: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// Severity rank: lower is more severe. Used to pick one category when
    /// findings overlap.
    pub fn rank(self) -> u8 {
        self as u8
    }
}

impl fmt::Display for Category {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
