//! The redaction ledger: an append-only, hash-chained, tamper-evident record
//! of every redaction decision, and the reviewers' tools over it.
//!
//! Reviewers must be able to answer, months later and without ever seeing
//! personal data: what was redacted in ticket N, by which rule and policy
//! version, which retention class it got and why; was this value ever seen
//! and redacted; has anyone altered or deleted entries. So:
//!
//! * **No values.** A record ([`record`]) names where, what kind, by which
//!   rule, how long, and a keyed fingerprint (HMAC-SHA256 under the audit
//!   key, [`AuditKey`]) of the normalised value. Given the key and a value, a
//!   reviewer can find its records ([`query::lookup`]); without the key the
//!   ledger says nothing about values.
//! * **A hash chain.** Each record carries the previous record's hash and
//!   its own, SHA-256 over a byte-exact canonical form (defined in
//!   [`record`]). Editing, deleting or reordering any record breaks the
//!   chain at that point.
//! * **A signed head.** The chain alone cannot show that its newest records
//!   were cut off, so the head (segment, record count, last hash) is kept in
//!   a checkpoint file with an HMAC under the audit key ([`chain`]).
//! * **Segments.** Records go to JSON Lines segment files rotated by size and
//!   age ([`LedgerConfig`]); the chain continues across them, and their
//!   numbers have no gaps, so a missing segment is named as such.
//! * **Durable before answered.** One writer task ([`writer`]) behind a
//!   bounded channel commits records in groups; with the default fsync
//!   policy an append resolves only once its record is on disk. A crash
//!   leaves at most a torn last line, cut off (and reported) on the next
//!   open and reported by [`verify()`] as recoverable, distinct from
//!   tampering.
//!
//! Using it: open a [`Ledger`] with a [`LedgerConfig`] (directory, key,
//! fsync policy, rotation), keep the handle (it is `Clone`), build an
//! [`AuditRecordDraft`] per request and `append` it; serve readiness from
//! [`Ledger::healthy`]. The reviewers' commands (`hushdesk audit …`) are thin
//! wrappers over [`verify()`] and [`query`].
//!
//! The default ledger directory is [`DEFAULT_LEDGER_DIR`]
//! (`./hushdesk-ledger`, relative to the working directory).

use std::path::{Path, PathBuf};
use std::sync::Arc;

pub mod chain;
pub mod export;
pub mod generate;
pub mod key;
pub mod query;
pub mod record;
pub mod time;
pub mod verify;
pub mod writer;

pub use key::{key_from_env_or_file, AuditKey, KEY_ENV};
pub use record::{AuditRecord, AuditRecordDraft, FindingEntry, Outcome, RetentionEntry};
pub use time::Timestamp;
pub use verify::{verify, Problem, ProblemKind, VerifyReport, VerifyStatus};
pub use writer::{FsyncPolicy, Ledger, LedgerConfig, Receipt, Recovery};

/// The ledger directory used when none is configured.
pub const DEFAULT_LEDGER_DIR: &str = "./hushdesk-ledger";

/// Why a ledger operation failed.
#[derive(Debug, thiserror::Error)]
pub enum AuditError {
    /// A file or directory of the ledger could not be read or written.
    #[error("{action} {}", path.display())]
    Io {
        /// What was being done.
        action: &'static str,
        /// The file or directory.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// A batch of records could not be made durable; this record was not
    /// written (the ledger is marked unhealthy until a later batch succeeds).
    #[error("the ledger could not be written ({})", path.display())]
    WriteFailed {
        /// The segment or directory being written.
        path: PathBuf,
        /// The cause, shared by every record of the batch.
        #[source]
        source: Arc<std::io::Error>,
    },
    /// The writer task has stopped (shut down, or it failed); nothing more
    /// can be appended through this handle.
    #[error("the ledger writer has stopped")]
    Closed,
    /// A record could not be serialised.
    #[error("cannot serialise a ledger record")]
    Encode(#[source] serde_json::Error),
    /// No audit key: neither a key file nor `HUSHDESK_AUDIT_KEY` is set.
    #[error("no audit key: set {KEY_ENV} or give a key file")]
    KeyMissing,
    /// The audit key is shorter than the minimum.
    #[error("the audit key must hold at least {min} bytes")]
    KeyTooShort {
        /// The minimum length in bytes.
        min: usize,
    },
    /// The audit key file could not be read.
    #[error("cannot read the audit key file {}", path.display())]
    KeyFile {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: std::io::Error,
    },
    /// The checkpoint file does not parse.
    #[error("the checkpoint {} is malformed", path.display())]
    BadCheckpoint {
        /// The file.
        path: PathBuf,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
    /// The ledger on disk is inconsistent (tampered with, truncated, written
    /// under another key), so the writer refuses to extend it; move it
    /// aside after examining it with `hushdesk audit verify`.
    #[error("the ledger in {} is inconsistent: {detail}", dir.display())]
    Corrupt {
        /// The ledger directory.
        dir: PathBuf,
        /// What is wrong.
        detail: String,
    },
    /// A record does not parse (reading for a query).
    #[error("{}: line {line} is not a ledger record", path.display())]
    Parse {
        /// The segment.
        path: PathBuf,
        /// The line number (from 1).
        line: u64,
        /// The cause.
        #[source]
        source: serde_json::Error,
    },
}

impl AuditError {
    pub(crate) fn io(action: &'static str, path: &Path, source: std::io::Error) -> AuditError {
        AuditError::Io {
            action,
            path: path.to_owned(),
            source,
        }
    }
}
