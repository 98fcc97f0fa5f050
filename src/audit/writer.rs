//! The ledger writer: one task, a bounded channel, group commit.
//!
//! [`Ledger::open`] finds the end of the chain (cutting off a torn last
//! line, and refusing a ledger whose checkpoint is ahead of its data or
//! signed under another key), then spawns the writer task. Appenders send
//! drafts through a bounded channel (a full channel makes `append` wait:
//! back-pressure, never an unbounded queue). The task takes whatever is
//! queued (up to [`LedgerConfig::max_batch`]), gives each record its `seq`
//! and `prev`, writes the batch with one `write`, and then, by the
//! [`FsyncPolicy`]:
//!
//! * `EveryBatch` (default): syncs the segment, then writes the signed
//!   checkpoint (synced, renamed, directory synced), and only then answers
//!   the batch's appenders. An acknowledged record is on disk *and* covered
//!   by the checkpoint, so it can neither be lost in a crash nor be cut off
//!   unnoticed.
//! * `Interval(d)`: answers after the write (the data is in the operating
//!   system's cache: a process crash loses nothing, a power failure up to
//!   `d` of records); every `d` it syncs the segment and writes the
//!   checkpoint.
//! * `Never`: answers after the write, never syncs; the checkpoint is
//!   rewritten after every batch without syncing. After a power failure the
//!   checkpoint may be ahead of the data, which verification reports as
//!   truncation. For tests and benchmarks.
//!
//! A failed write (disk full, permissions, the directory gone) is rolled
//! back to the last complete record, logged, fails every append of the
//! batch with [`AuditError::WriteFailed`] and makes [`Ledger::healthy`]
//! false until a later batch fully succeeds. What to do about it (refuse
//! requests with 503, or carry on) is the caller's decision.
//!
//! Segments rotate at the start of a batch once the current one has reached
//! [`LedgerConfig::max_segment_bytes`] or is older than
//! [`LedgerConfig::max_segment_age`] (so a segment may exceed the size by
//! at most one batch). One process writes a ledger directory at a time.

use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::{mpsc, oneshot};
use tokio::task::JoinHandle;

use super::chain::{find_tail, segment_name, sync_dir, Checkpoint, TornTail};
use super::key::AuditKey;
use super::record::AuditRecordDraft;
use super::time::Timestamp;
use super::AuditError;

/// Default segment size before rotation: 64 MiB.
pub const DEFAULT_MAX_SEGMENT_BYTES: u64 = 64 * 1024 * 1024;
/// Default segment age before rotation: one day.
pub const DEFAULT_MAX_SEGMENT_AGE: Duration = Duration::from_secs(24 * 3600);
/// Default capacity of the append channel.
pub const DEFAULT_CHANNEL_CAPACITY: usize = 4096;
/// Default largest group commit.
pub const DEFAULT_MAX_BATCH: usize = 512;

/// When the writer syncs to disk (see the module docs).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum FsyncPolicy {
    /// Sync data and checkpoint before answering each batch (default).
    #[default]
    EveryBatch,
    /// Answer after the write; sync and checkpoint at this interval.
    Interval(Duration),
    /// Never sync (tests and benchmarks only).
    Never,
}

/// Where and how the ledger is written.
#[derive(Debug, Clone)]
pub struct LedgerConfig {
    /// The ledger directory (created if missing). Default
    /// [`super::DEFAULT_LEDGER_DIR`].
    pub dir: PathBuf,
    /// The audit key: fingerprints are expected under it, and it signs the
    /// checkpoint.
    pub key: AuditKey,
    /// When to sync. Default: every batch.
    pub fsync: FsyncPolicy,
    /// Rotate once a segment holds this many bytes. Default 64 MiB.
    pub max_segment_bytes: u64,
    /// Rotate once a segment's first record is this old. Default one day.
    pub max_segment_age: Duration,
    /// Appends queued before `append` waits. Default 4096.
    pub channel_capacity: usize,
    /// Most records per group commit. Default 512.
    pub max_batch: usize,
}

impl LedgerConfig {
    /// The defaults for a directory and key.
    pub fn new(dir: impl Into<PathBuf>, key: AuditKey) -> LedgerConfig {
        LedgerConfig {
            dir: dir.into(),
            key,
            fsync: FsyncPolicy::default(),
            max_segment_bytes: DEFAULT_MAX_SEGMENT_BYTES,
            max_segment_age: DEFAULT_MAX_SEGMENT_AGE,
            channel_capacity: DEFAULT_CHANNEL_CAPACITY,
            max_batch: DEFAULT_MAX_BATCH,
        }
    }
}

/// Where an appended record went.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Receipt {
    /// Its sequence number.
    pub seq: u64,
    /// Its hash.
    pub hash: String,
    /// The segment holding it.
    pub segment: u64,
}

/// What opening the ledger found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Records already in the ledger.
    pub records: u64,
    /// The segment writing continues in.
    pub segment: u64,
    /// A torn last line left by a crash, which was cut off.
    pub torn_tail: Option<TornTail>,
}

/// A handle on the ledger writer. Cheap to clone; every clone feeds the same
/// task. The task stops after [`Ledger::shutdown`] or once every handle is
/// dropped, syncing and checkpointing first.
#[derive(Clone, Debug)]
pub struct Ledger {
    tx: mpsc::Sender<Msg>,
    shared: Arc<Shared>,
}

#[derive(Debug)]
struct Shared {
    healthy: AtomicBool,
    recovery: Recovery,
    dir: PathBuf,
}

type Reply = oneshot::Sender<Result<Receipt, AuditError>>;

#[derive(Debug)]
enum Msg {
    Append(Box<AuditRecordDraft>, Reply),
    Shutdown(oneshot::Sender<()>),
}

impl Ledger {
    /// Opens (or creates) the ledger and spawns its writer task on the
    /// current tokio runtime. Blocks while it reads the newest segment.
    /// Fails when the directory cannot be used or the ledger on disk is
    /// inconsistent ([`AuditError::Corrupt`]).
    pub fn open(config: LedgerConfig) -> Result<(Ledger, JoinHandle<()>), AuditError> {
        let (mut state, recovery) = WriterState::open(&config)?;
        let shared = Arc::new(Shared {
            healthy: AtomicBool::new(true),
            recovery,
            dir: config.dir.clone(),
        });
        state.shared = Some(shared.clone());
        let (tx, rx) = mpsc::channel(config.channel_capacity.max(1));
        let task = tokio::spawn(run(state, rx, shared.clone(), config.max_batch.max(1)));
        Ok((Ledger { tx, shared }, task))
    }

    /// Appends a record. Resolves once it is written as the fsync policy
    /// promises (durable and checkpointed, by default). On error the record
    /// is not guaranteed to be in the ledger.
    pub async fn append(&self, draft: AuditRecordDraft) -> Result<Receipt, AuditError> {
        let (reply, answer) = oneshot::channel();
        self.tx
            .send(Msg::Append(Box::new(draft), reply))
            .await
            .map_err(|_| AuditError::Closed)?;
        answer.await.map_err(|_| AuditError::Closed)?
    }

    /// False after a failed write (until a batch succeeds again) or once
    /// the writer has stopped. For readiness probes.
    pub fn healthy(&self) -> bool {
        self.shared.healthy.load(Ordering::Relaxed) && !self.tx.is_closed()
    }

    /// What opening the ledger found (records, segment, torn tail).
    pub fn recovery(&self) -> &Recovery {
        &self.shared.recovery
    }

    /// The ledger directory.
    pub fn dir(&self) -> &Path {
        &self.shared.dir
    }

    /// Stops the writer after the appends already queued, syncing and
    /// checkpointing. Later appends fail with [`AuditError::Closed`].
    pub async fn shutdown(&self) {
        let (reply, done) = oneshot::channel();
        if self.tx.send(Msg::Shutdown(reply)).await.is_ok() {
            let _ = done.await;
        }
    }
}

async fn run(
    mut state: WriterState,
    mut rx: mpsc::Receiver<Msg>,
    shared: Arc<Shared>,
    max_batch: usize,
) {
    let mut ticker = match state.fsync {
        FsyncPolicy::Interval(every) => {
            Some(tokio::time::interval(every.max(Duration::from_millis(1))))
        }
        _ => None,
    };
    let mut shutdown = None;
    loop {
        let msg = match ticker.as_mut() {
            Some(ticker) => tokio::select! {
                msg = rx.recv() => msg,
                _ = ticker.tick() => {
                    match blocking(state, WriterState::flush).await {
                        Some(s) => state = s,
                        None => return fail(&shared),
                    }
                    continue;
                }
            },
            None => rx.recv().await,
        };
        let mut batch = Vec::new();
        match msg {
            None => break,
            Some(Msg::Shutdown(reply)) => {
                shutdown = Some(reply);
                break;
            }
            Some(Msg::Append(draft, reply)) => batch.push((*draft, reply)),
        }
        while batch.len() < max_batch {
            match rx.try_recv() {
                Ok(Msg::Append(draft, reply)) => batch.push((*draft, reply)),
                Ok(Msg::Shutdown(reply)) => {
                    shutdown = Some(reply);
                    break;
                }
                Err(_) => break,
            }
        }
        match blocking(state, move |s| s.write_batch(batch)).await {
            Some(s) => state = s,
            None => return fail(&shared),
        }
        if shutdown.is_some() {
            break;
        }
    }
    // Appends still queued are answered `Closed` when their replies drop.
    rx.close();
    if blocking(state, WriterState::flush).await.is_none() {
        fail(&shared);
    }
    if let Some(reply) = shutdown {
        let _ = reply.send(());
    }
}

fn fail(shared: &Shared) {
    shared.healthy.store(false, Ordering::Relaxed);
    tracing::error!("ledger writer stopped unexpectedly");
}

/// Runs `f` on the writer state on a blocking thread; `None` if it panicked.
async fn blocking(
    mut state: WriterState,
    f: impl FnOnce(&mut WriterState) + Send + 'static,
) -> Option<WriterState> {
    tokio::task::spawn_blocking(move || {
        f(&mut state);
        state
    })
    .await
    .ok()
}

/// The writer's files and chain position. Lives on the writer task.
struct WriterState {
    dir: PathBuf,
    key: AuditKey,
    fsync: FsyncPolicy,
    max_segment_bytes: u64,
    max_segment_age_ms: i64,
    segment: u64,
    path: PathBuf,
    file: File,
    segment_len: u64,
    segment_started: Option<Timestamp>,
    records: u64,
    hash: String,
    checkpointed: Option<(u64, u64)>,
    unsynced: bool,
    buf: Vec<u8>,
    shared: Option<Arc<Shared>>,
}

impl WriterState {
    fn open(config: &LedgerConfig) -> Result<(WriterState, Recovery), AuditError> {
        let dir = config.dir.clone();
        std::fs::create_dir_all(&dir).map_err(|e| AuditError::io("creating", &dir, e))?;
        let tail = find_tail(&dir, true)?;
        if let Some(torn) = &tail.torn {
            tracing::warn!(
                segment = torn.segment,
                bytes = torn.bytes,
                "ledger: cut off a torn last line left by an interrupted write"
            );
        }
        check_checkpoint(&dir, &config.key, &tail)?;
        let segment = tail.segment.max(1);
        let path = dir.join(segment_name(segment));
        let file = OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .map_err(|e| AuditError::io("opening", &path, e))?;
        if tail.segment == 0 {
            sync_dir(&dir).map_err(|e| AuditError::io("syncing directory", &dir, e))?;
        }
        let mut state = WriterState {
            dir,
            key: config.key.clone(),
            fsync: config.fsync,
            max_segment_bytes: config.max_segment_bytes.max(1),
            max_segment_age_ms: i64::try_from(config.max_segment_age.as_millis())
                .unwrap_or(i64::MAX),
            segment,
            path,
            file,
            segment_len: tail.segment_len,
            segment_started: tail.segment_started,
            records: tail.records,
            hash: tail.hash,
            checkpointed: None,
            unsynced: false,
            buf: Vec::new(),
            shared: None,
        };
        state.checkpoint(true)?;
        let recovery = Recovery {
            records: state.records,
            segment,
            torn_tail: tail.torn,
        };
        tracing::info!(records = state.records, segment, "ledger opened");
        Ok((state, recovery))
    }

    /// Writes one batch and answers its appenders.
    fn write_batch(&mut self, batch: Vec<(AuditRecordDraft, Reply)>) {
        let (drafts, replies): (Vec<_>, Vec<_>) = batch.into_iter().unzip();
        match self.try_write(drafts) {
            Ok(receipts) => {
                // Health first: an appender that sees its receipt must also
                // see the ledger healthy again (the failure path below does
                // the same the other way round).
                self.set_healthy(true, None);
                for (reply, receipt) in replies.into_iter().zip(receipts) {
                    let _ = reply.send(receipt);
                }
            }
            Err((path, source)) => {
                let source = Arc::new(source);
                self.set_healthy(false, Some((&path, &source)));
                for reply in replies {
                    let _ = reply.send(Err(AuditError::WriteFailed {
                        path: path.clone(),
                        source: source.clone(),
                    }));
                }
            }
        }
    }

    /// Rotates if due, encodes and writes the batch, syncs and checkpoints
    /// per policy. On failure the segment is cut back to its last complete
    /// record (when the data itself failed) and nothing is acknowledged.
    #[allow(clippy::type_complexity)]
    fn try_write(
        &mut self,
        drafts: Vec<AuditRecordDraft>,
    ) -> Result<Vec<Result<Receipt, AuditError>>, (PathBuf, std::io::Error)> {
        self.rotate_if_due()?;
        self.buf.clear();
        let mut receipts = Vec::with_capacity(drafts.len());
        let (mut seq, mut prev) = (self.records, self.hash.clone());
        for draft in drafts {
            let start = self.buf.len();
            let mut record = draft.into_record(seq, prev.clone());
            match record.encode_into(&mut self.buf) {
                Ok(()) => {
                    receipts.push(Ok(Receipt {
                        seq,
                        hash: record.hash.clone(),
                        segment: self.segment,
                    }));
                    prev = record.hash;
                    seq += 1;
                }
                Err(e) => {
                    self.buf.truncate(start);
                    receipts.push(Err(e));
                }
            }
        }
        if self.buf.is_empty() {
            return Ok(receipts);
        }
        let written = self
            .file
            .write_all(&self.buf)
            .and_then(|()| match self.fsync {
                FsyncPolicy::EveryBatch => self.file.sync_data(),
                _ => Ok(()),
            });
        if let Err(e) = written {
            if let Err(cut) = self.file.set_len(self.segment_len) {
                tracing::error!(error = %cut, "ledger: cannot cut back a failed write");
            }
            return Err((self.path.clone(), e));
        }
        if self.segment_len == 0 {
            self.segment_started = Some(Timestamp::now());
        }
        self.segment_len += self.buf.len() as u64;
        self.records = seq;
        self.hash = prev;
        self.unsynced = self.fsync != FsyncPolicy::EveryBatch;
        match self.fsync {
            FsyncPolicy::EveryBatch => self.checkpoint(true).map_err(split)?,
            FsyncPolicy::Never => self.checkpoint(false).map_err(split)?,
            FsyncPolicy::Interval(_) => {}
        }
        Ok(receipts)
    }

    fn rotate_if_due(&mut self) -> Result<(), (PathBuf, std::io::Error)> {
        let too_big = self.segment_len >= self.max_segment_bytes;
        let too_old = self
            .segment_started
            .is_some_and(|t| Timestamp::now().0.saturating_sub(t.0) >= self.max_segment_age_ms);
        if self.segment_len == 0 || !(too_big || too_old) {
            return Ok(());
        }
        if self.fsync != FsyncPolicy::Never {
            self.file.sync_data().map_err(|e| (self.path.clone(), e))?;
        }
        let next = self.segment + 1;
        let path = self.dir.join(segment_name(next));
        let file = OpenOptions::new()
            .create_new(true)
            .append(true)
            .open(&path)
            .map_err(|e| (path.clone(), e))?;
        if self.fsync != FsyncPolicy::Never {
            sync_dir(&self.dir).map_err(|e| (self.dir.clone(), e))?;
        }
        tracing::info!(segment = next, "ledger: new segment");
        self.segment = next;
        self.path = path;
        self.file = file;
        self.segment_len = 0;
        self.segment_started = None;
        Ok(())
    }

    /// Syncs outstanding data and checkpoints it (interval ticks and
    /// shutdown).
    fn flush(&mut self) {
        if !self.unsynced && self.checkpointed == Some((self.segment, self.records)) {
            return;
        }
        let result = self
            .file
            .sync_data()
            .map_err(|e| (self.path.clone(), e))
            .and_then(|()| self.checkpoint(true).map_err(split));
        match result {
            Ok(()) => {
                self.unsynced = false;
                self.set_healthy(true, None);
            }
            Err((path, e)) => self.set_healthy(false, Some((&path, &Arc::new(e)))),
        }
    }

    fn checkpoint(&mut self, sync: bool) -> Result<(), AuditError> {
        Checkpoint::new(&self.key, self.segment, self.records, &self.hash)
            .write(&self.dir, sync)?;
        self.checkpointed = Some((self.segment, self.records));
        Ok(())
    }

    fn set_healthy(&mut self, healthy: bool, error: Option<(&Path, &Arc<std::io::Error>)>) {
        let Some(shared) = &self.shared else { return };
        let was = shared.healthy.swap(healthy, Ordering::Relaxed);
        match error {
            Some((path, e)) if was => {
                tracing::error!(path = %path.display(), error = %e, "ledger write failed; ledger unhealthy")
            }
            Some((path, e)) => {
                tracing::debug!(path = %path.display(), error = %e, "ledger write failed again")
            }
            None if !was => tracing::info!("ledger writable again"),
            None => {}
        }
    }
}

/// An error's path and I/O cause, for [`AuditError::WriteFailed`].
fn split(error: AuditError) -> (PathBuf, std::io::Error) {
    match error {
        AuditError::Io { path, source, .. } => (path, source),
        other => (PathBuf::new(), std::io::Error::other(other.to_string())),
    }
}

/// Refuses to extend a ledger whose checkpoint does not fit its data.
fn check_checkpoint(
    dir: &Path,
    key: &AuditKey,
    tail: &super::chain::Tail,
) -> Result<(), AuditError> {
    let corrupt = |detail: String| AuditError::Corrupt {
        dir: dir.to_owned(),
        detail,
    };
    let Some(cp) = Checkpoint::read(dir)? else {
        if tail.records > 0 {
            return Err(corrupt(format!(
                "{} records but no checkpoint",
                tail.records
            )));
        }
        return Ok(());
    };
    if !cp.mac_valid(key) {
        return Err(corrupt(
            "the checkpoint's MAC does not match: another audit key, or the checkpoint was altered"
                .into(),
        ));
    }
    if cp.segment > tail.segment.max(1) {
        return Err(corrupt(format!(
            "the checkpoint names segment {} but the newest is {}: a segment is missing",
            cp.segment, tail.segment
        )));
    }
    if cp.records > tail.records {
        return Err(corrupt(format!(
            "the checkpoint covers {} records but {} are present: records were removed",
            cp.records, tail.records
        )));
    }
    if cp.records == tail.records && cp.hash != tail.hash {
        return Err(corrupt(
            "the last record's hash differs from the checkpoint".into(),
        ));
    }
    Ok(())
}
