//! Structural validators: tokens, addresses, dates, phone numbers.

/// Placeholder until implemented: rejects everything.
pub fn jwt(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn ipv4(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn ipv6(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn date(s: &str) -> bool {
    let _ = s;
    false
}

/// Placeholder until implemented: rejects everything.
pub fn phone(s: &str) -> bool {
    let _ = s;
    false
}
