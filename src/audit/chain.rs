//! The ledger's files: segments, the head checkpoint, and finding the end
//! of the chain on open.
//!
//! A ledger directory holds:
//!
//! * `segment-00000001.jsonl`, `segment-00000002.jsonl`, …: append-only JSON
//!   Lines, one record per line (see [`super::record`] for a line's exact
//!   bytes). Numbers start at 1 and have no gaps; the chain continues from
//!   the last record of one segment to the first of the next.
//! * `checkpoint.json`: the head, `{"v":1,"segment":S,"records":N,
//!   "hash":H,"mac":M}`, where `N` is the number of records (the last
//!   record's `seq` + 1), `H` that record's hash ([`GENESIS`] when `N` is 0),
//!   `S` the segment being written, and `M` the hex HMAC-SHA256 under the
//!   audit key of the bytes `hushdesk-ledger-checkpoint-v1`, 0x00, `S` in
//!   decimal, 0x00, `N` in decimal, 0x00, `H`. Deleting the newest records
//!   leaves the checkpoint ahead of the data, which verification reports as
//!   truncation; forging a new checkpoint needs the key. It is replaced
//!   atomically: written to `checkpoint.json.tmp`, synced, renamed over the
//!   old one, and the directory synced.
//!
//! The checkpoint is written after the records it covers are durable, so a
//! crash leaves it behind the data (harmless), never ahead of it (which
//! would look like tampering). A crash can leave a torn last line (no
//! final `\n`): [`find_tail`] reports it and, when asked, cuts it off.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use super::key::AuditKey;
use super::record::{hex_matches, line_hashes, line_seq, AuditRecord, GENESIS};
use super::time::Timestamp;
use super::AuditError;

/// The checkpoint's file name.
pub const CHECKPOINT_FILE: &str = "checkpoint.json";
/// The temporary file a new checkpoint is written to before the rename.
pub const CHECKPOINT_TMP: &str = "checkpoint.json.tmp";
const CHECKPOINT_DOMAIN: &[u8] = b"hushdesk-ledger-checkpoint-v1";

/// The file name of segment `number`.
pub fn segment_name(number: u64) -> String {
    format!("segment-{number:08}.jsonl")
}

/// The number of a segment file name, if it is one.
pub fn parse_segment_name(name: &str) -> Option<u64> {
    let digits = name.strip_prefix("segment-")?.strip_suffix(".jsonl")?;
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    digits.parse().ok()
}

/// The segments in `dir`, by number.
pub fn list_segments(dir: &Path) -> Result<Vec<(u64, PathBuf)>, AuditError> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| AuditError::io("reading directory", dir, e))?;
    let mut out = Vec::new();
    for entry in entries {
        let entry = entry.map_err(|e| AuditError::io("reading directory", dir, e))?;
        if let Some(n) = entry.file_name().to_str().and_then(parse_segment_name) {
            out.push((n, entry.path()));
        }
    }
    out.sort_unstable_by_key(|(n, _)| *n);
    Ok(out)
}

/// Reads a whole file.
pub fn read_file(path: &Path) -> Result<Vec<u8>, AuditError> {
    std::fs::read(path).map_err(|e| AuditError::io("reading", path, e))
}

/// Syncs a directory, so that renames and new files in it are durable.
pub fn sync_dir(dir: &Path) -> std::io::Result<()> {
    File::open(dir)?.sync_all()
}

/// The signed head of the ledger (see the module docs).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Checkpoint {
    /// Format version (1).
    pub v: u32,
    /// The segment being written.
    pub segment: u64,
    /// How many records the ledger holds.
    pub records: u64,
    /// The last record's hash ([`GENESIS`] when there is none).
    pub hash: String,
    /// Hex HMAC-SHA256 under the audit key.
    pub mac: String,
}

impl Checkpoint {
    /// A checkpoint signed with `key`.
    pub fn new(key: &AuditKey, segment: u64, records: u64, hash: &str) -> Checkpoint {
        Checkpoint {
            v: 1,
            segment,
            records,
            hash: hash.to_string(),
            mac: key.mac_hex(&Checkpoint::message(segment, records, hash)),
        }
    }

    fn message(segment: u64, records: u64, hash: &str) -> Vec<u8> {
        let mut m = CHECKPOINT_DOMAIN.to_vec();
        m.push(0);
        m.extend_from_slice(segment.to_string().as_bytes());
        m.push(0);
        m.extend_from_slice(records.to_string().as_bytes());
        m.push(0);
        m.extend_from_slice(hash.as_bytes());
        m
    }

    /// True when the MAC matches under `key`.
    pub fn mac_valid(&self, key: &AuditKey) -> bool {
        let expected = key.mac_hex(&Checkpoint::message(self.segment, self.records, &self.hash));
        // Constant-time comparison is not needed: the MAC is not a secret
        // the comparison could leak, the key is.
        expected == self.mac
    }

    /// Reads `dir`'s checkpoint; `None` when there is none.
    pub fn read(dir: &Path) -> Result<Option<Checkpoint>, AuditError> {
        let path = dir.join(CHECKPOINT_FILE);
        let bytes = match std::fs::read(&path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(e) => return Err(AuditError::io("reading", &path, e)),
        };
        serde_json::from_slice(&bytes)
            .map(Some)
            .map_err(|source| AuditError::BadCheckpoint { path, source })
    }

    /// Replaces `dir`'s checkpoint atomically (temp file, rename, directory
    /// sync; without the syncs when `sync` is false).
    pub fn write(&self, dir: &Path, sync: bool) -> Result<(), AuditError> {
        let tmp = dir.join(CHECKPOINT_TMP);
        let mut bytes = serde_json::to_vec(self).map_err(AuditError::Encode)?;
        bytes.push(b'\n');
        let mut file = File::create(&tmp).map_err(|e| AuditError::io("creating", &tmp, e))?;
        file.write_all(&bytes)
            .map_err(|e| AuditError::io("writing", &tmp, e))?;
        if sync {
            file.sync_all()
                .map_err(|e| AuditError::io("syncing", &tmp, e))?;
        }
        drop(file);
        let path = dir.join(CHECKPOINT_FILE);
        std::fs::rename(&tmp, &path).map_err(|e| AuditError::io("renaming", &path, e))?;
        if sync {
            sync_dir(dir).map_err(|e| AuditError::io("syncing directory", dir, e))?;
        }
        Ok(())
    }
}

/// A torn last line: bytes after the last `\n` of the newest segment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TornTail {
    /// The segment's number.
    pub segment: u64,
    /// Where the complete lines end (the file's length after repair).
    pub offset: u64,
    /// How many bytes the torn line holds.
    pub bytes: u64,
}

/// The end of the chain.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tail {
    /// The newest segment's number (0 when there is no segment).
    pub segment: u64,
    /// Its length in complete lines' bytes.
    pub segment_len: u64,
    /// The time of its first record, if it has one.
    pub segment_started: Option<Timestamp>,
    /// How many records the ledger holds (the next `seq`).
    pub records: u64,
    /// The last record's hash ([`GENESIS`] when there is none).
    pub hash: String,
    /// A torn last line, if one was found.
    pub torn: Option<TornTail>,
}

/// Finds the end of the chain in `dir`: the newest segment and the last
/// complete record. A torn last line is reported, and cut off when `repair`
/// is set. The last record's own hash must hold; a bad complete line is
/// not a crash artefact and is an error.
pub fn find_tail(dir: &Path, repair: bool) -> Result<Tail, AuditError> {
    let segments = list_segments(dir)?;
    let Some((newest, newest_path)) = segments.last().cloned() else {
        return Ok(Tail {
            segment: 0,
            segment_len: 0,
            segment_started: None,
            records: 0,
            hash: GENESIS.to_string(),
            torn: None,
        });
    };
    let mut data = read_file(&newest_path)?;
    let complete = data.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let torn = (complete < data.len()).then(|| TornTail {
        segment: newest,
        offset: complete as u64,
        bytes: (data.len() - complete) as u64,
    });
    if torn.is_some() && repair {
        let file = OpenOptions::new()
            .write(true)
            .open(&newest_path)
            .map_err(|e| AuditError::io("opening", &newest_path, e))?;
        file.set_len(complete as u64)
            .and_then(|()| file.sync_all())
            .map_err(|e| AuditError::io("truncating the torn tail of", &newest_path, e))?;
    }
    data.truncate(complete);
    let segment_started = match data.split(|&b| b == b'\n').next() {
        Some(first) if !first.is_empty() => Some(
            AuditRecord::decode(first)
                .map_err(|_| corrupt(dir, &newest_path, "its first record does not parse"))?
                .time,
        ),
        _ => None,
    };
    let mut last_line = last_complete_line(&data).map(<[u8]>::to_vec);
    let mut last_path = newest_path.clone();
    for (_, path) in segments.iter().rev().skip(1) {
        if last_line.is_some() {
            break;
        }
        let older = read_file(path)?;
        last_line = last_complete_line(&older).map(<[u8]>::to_vec);
        last_path.clone_from(path);
    }
    let (records, hash) = match last_line {
        None => (0, GENESIS.to_string()),
        Some(line) => {
            let Some((claimed, actual)) = line_hashes(&line) else {
                return Err(corrupt(dir, &last_path, "its last line is malformed"));
            };
            if !hex_matches(claimed, &actual) {
                return Err(corrupt(
                    dir,
                    &last_path,
                    "its last record's hash does not match",
                ));
            }
            let seq = line_seq(&line)
                .ok_or_else(|| corrupt(dir, &last_path, "its last record has no seq"))?;
            (seq + 1, String::from_utf8_lossy(claimed).into_owned())
        }
    };
    Ok(Tail {
        segment: newest,
        segment_len: complete as u64,
        segment_started,
        records,
        hash,
        torn,
    })
}

fn last_complete_line(data: &[u8]) -> Option<&[u8]> {
    let body = data.strip_suffix(b"\n")?;
    let start = body.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    Some(&body[start..])
}

fn corrupt(dir: &Path, path: &Path, what: &str) -> AuditError {
    AuditError::Corrupt {
        dir: dir.to_owned(),
        detail: format!(
            "{} {what}; run `hushdesk audit verify`",
            path.file_name()
                .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key() -> AuditKey {
        AuditKey::new(b"chain test key 0123456789".to_vec()).expect("key")
    }

    #[test]
    fn segment_names_round_trip() {
        assert_eq!(segment_name(7), "segment-00000007.jsonl");
        assert_eq!(parse_segment_name("segment-00000007.jsonl"), Some(7));
        assert_eq!(parse_segment_name("segment-.jsonl"), None);
        assert_eq!(parse_segment_name("checkpoint.json"), None);
    }

    #[test]
    fn checkpoints_are_signed_and_written_atomically() {
        let dir = tempfile::tempdir().expect("temp dir");
        let cp = Checkpoint::new(&key(), 3, 10, GENESIS);
        cp.write(dir.path(), true).expect("writes");
        let read = Checkpoint::read(dir.path())
            .expect("reads")
            .expect("present");
        assert_eq!(read, cp);
        assert!(read.mac_valid(&key()));
        let mut forged = read.clone();
        forged.records = 9;
        assert!(!forged.mac_valid(&key()));
        assert!(!read.mac_valid(&AuditKey::new(b"another key 0123456".to_vec()).expect("key")));
        assert!(!dir.path().join(CHECKPOINT_TMP).exists());
    }

    #[test]
    fn an_empty_directory_has_an_empty_tail() {
        let dir = tempfile::tempdir().expect("temp dir");
        let tail = find_tail(dir.path(), false).expect("tail");
        assert_eq!((tail.segment, tail.records), (0, 0));
        assert_eq!(tail.hash, GENESIS);
    }
}
