//! Checksum validators for card, bank and national id numbers.

/// Placeholder until implemented: rejects everything.
pub fn luhn(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn payment_card(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn iban(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn se_personnummer(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn au_tfn(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn au_abn(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn au_medicare(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn uk_nino(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn uk_nhs(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn es_dni(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn es_nie(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn us_ssn(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn de_steuer_id(s: &str) -> bool {
    let _ = s;
    false
}
