//! [`AuditKey`]: the key behind fingerprints and the checkpoint MAC.
//!
//! The audit key is separate from the pseudonym key: pseudonyms appear in
//! tickets, fingerprints only in the ledger, and a reviewer who can look up
//! values in the ledger needs no power over what tickets show. It must stay
//! the same for the ledger's whole life, or look-ups of old records fail and
//! old checkpoints no longer verify, so there is no random fallback.

use std::path::Path;
use std::sync::Arc;

use hmac::{Hmac, KeyInit, Mac};
use sha2::Sha256;

use super::AuditError;

/// Environment variable holding the audit key (used when no key file is
/// given).
pub const KEY_ENV: &str = "HUSHDESK_AUDIT_KEY";

/// The shortest audit key accepted, in bytes.
pub const MIN_KEY_BYTES: usize = 16;

/// The audit key. Cheap to clone; `Debug` never shows it.
#[derive(Clone)]
pub struct AuditKey(Arc<[u8]>);

impl std::fmt::Debug for AuditKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("AuditKey(<redacted>)")
    }
}

impl AuditKey {
    /// A key from raw bytes (at least [`MIN_KEY_BYTES`]).
    pub fn new(bytes: impl Into<Vec<u8>>) -> Result<AuditKey, AuditError> {
        let bytes = bytes.into();
        if bytes.len() < MIN_KEY_BYTES {
            return Err(AuditError::KeyTooShort { min: MIN_KEY_BYTES });
        }
        Ok(AuditKey(bytes.into()))
    }

    /// A key from the contents of a key file: the text's bytes with trailing
    /// line breaks removed.
    pub fn from_file_contents(text: &str) -> Result<AuditKey, AuditError> {
        AuditKey::new(text.trim_end_matches(['\r', '\n']).as_bytes())
    }

    /// The key's bytes (for [`crate::redact::Redactor::with_fingerprint_key`]).
    pub fn as_bytes(&self) -> &[u8] {
        &self.0
    }

    /// Hex HMAC-SHA256 of `message` under the key.
    pub(crate) fn mac_hex(&self, message: &[u8]) -> String {
        let mut mac = match Hmac::<Sha256>::new_from_slice(&self.0) {
            Ok(mac) => mac,
            Err(_) => unreachable!("HMAC-SHA256 accepts keys of every length"),
        };
        mac.update(message);
        hex::encode(mac.finalize().into_bytes())
    }
}

/// Reads the audit key the way every command does: from `file` when given
/// (its text, trailing line breaks removed), otherwise from the
/// `HUSHDESK_AUDIT_KEY` environment variable.
pub fn key_from_env_or_file(file: Option<&Path>) -> Result<AuditKey, AuditError> {
    match file {
        Some(path) => {
            let text = std::fs::read_to_string(path).map_err(|source| AuditError::KeyFile {
                path: path.to_owned(),
                source,
            })?;
            AuditKey::from_file_contents(&text)
        }
        None => match std::env::var(KEY_ENV) {
            Ok(text) => AuditKey::new(text.into_bytes()),
            Err(_) => Err(AuditError::KeyMissing),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn short_keys_are_refused_and_debug_hides_the_key() {
        assert!(matches!(
            AuditKey::new(b"short".to_vec()),
            Err(AuditError::KeyTooShort { .. })
        ));
        let key =
            AuditKey::from_file_contents("an audit key of some length\n").expect("long enough");
        assert_eq!(key.as_bytes(), b"an audit key of some length");
        assert!(!format!("{key:?}").contains("audit key of"));
    }

    #[test]
    fn reads_key_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("audit.key");
        std::fs::write(&path, "0123456789abcdef0123\r\n").expect("write");
        let key = key_from_env_or_file(Some(&path)).expect("key");
        assert_eq!(key.as_bytes(), b"0123456789abcdef0123");
        assert!(matches!(
            key_from_env_or_file(Some(&dir.path().join("missing"))),
            Err(AuditError::KeyFile { .. })
        ));
    }
}
