//! Content-free audit records in a hash-chained JSON Lines file.
//!
//! Every record is one line of JSON. Its last field is `hash`: the SHA-256 of
//! the line's bytes up to that field (with the closing brace), and every record
//! names the previous record's hash in `prev` and counts up in `seq`. Deleting,
//! editing or reordering a record breaks the chain at that record; a write torn
//! by a crash leaves an incomplete last line, which [`verify`] reports and
//! [`AuditLog::open`] sets aside (into `FILE.torn`) before appending again.
//!
//! A log may be rotated ([`Rotation`]: by size or by UTC day): the file is
//! renamed to `FILE.N` (`N`, twelve digits, the sequence number of its first
//! record) and the chain goes on in a new `FILE`, whose first record is a
//! `segment` record naming the one before. [`verify`] checks the segments and
//! the current file as one chain; segments removed from the start (a
//! retention policy) are reported, not an error.
//!
//! Records never contain scanned text or matched values: detector ids with
//! counts, tiers, actions, policy id/revision/hash, an opaque actor id and,
//! optionally, a keyed fingerprint of the prompt (HMAC-SHA256 with an
//! organisation key) so duplicates can be correlated without storing text.

use crate::decision::{Decision, UnreadablePart};
use crate::engine::Engine;
use crate::error::{Error, ErrorKind};
pub use crate::policy::PolicyStamp;
use crate::report::Report;
use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::{Digest, Sha256};
use std::collections::BTreeMap;
use std::fs::{File, OpenOptions};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// The version of the audit record format.
pub const AUDIT_VERSION: u32 = 1;

/// The hash of "no previous record", for the first record of a file.
const GENESIS: &str = "sha256:0000000000000000000000000000000000000000000000000000000000000000";

/// When appended records reach the disk.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Durability {
    /// `fsync` after every record: a record reported written survives a power loss.
    #[default]
    Sync,
    /// Hand records to the operating system only: survives a crash of the
    /// process, not of the machine. Much faster.
    Buffered,
}

/// When a log goes on in a new file (see the module's documentation). The
/// default never rotates.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Rotation {
    /// A file holding this many bytes or more is closed before the next record.
    pub max_bytes: Option<u64>,
    /// The first record of a UTC day starts a new file.
    pub daily: bool,
}

impl std::str::FromStr for Rotation {
    type Err = Error;

    /// `daily`, `never`, or a size: `1048576`, `64KiB`, `100MB`, `1GiB`
    /// (`KB`/`MB`/`GB` are powers of 1000, `KiB`/`MiB`/`GiB` of 1024), at
    /// least 1 KiB.
    fn from_str(s: &str) -> Result<Rotation, Error> {
        let bad = || {
            Error::new(
                ErrorKind::InvalidArgument,
                format!(
                    "rotation {s:?}: expected `daily`, `never` or a size such as `100MB` or `1GiB`"
                ),
            )
        };
        let s = s.trim();
        if s.eq_ignore_ascii_case("never") {
            return Ok(Rotation::default());
        }
        if s.eq_ignore_ascii_case("daily") {
            return Ok(Rotation {
                max_bytes: None,
                daily: true,
            });
        }
        let digits = s.find(|c: char| !c.is_ascii_digit()).unwrap_or(s.len());
        let number: u64 = s[..digits].parse().map_err(|_| bad())?;
        let unit: u64 = match s[digits..].trim().to_ascii_lowercase().as_str() {
            "" | "b" => 1,
            "kb" => 1_000,
            "mb" => 1_000_000,
            "gb" => 1_000_000_000,
            "kib" => 1 << 10,
            "mib" => 1 << 20,
            "gib" => 1 << 30,
            _ => return Err(bad()),
        };
        match number.checked_mul(unit) {
            Some(bytes) if bytes >= 1 << 10 => Ok(Rotation {
                max_bytes: Some(bytes),
                daily: false,
            }),
            _ => Err(bad()),
        }
    }
}

/// What [`Rotation::from_str`](std::str::FromStr) reads back: `daily`, a
/// number of bytes, or `never` (daily wins when both are set).
impl std::fmt::Display for Rotation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match (self.daily, self.max_bytes) {
            (true, _) => f.write_str("daily"),
            (false, Some(bytes)) => write!(f, "{bytes}"),
            (false, None) => f.write_str("never"),
        }
    }
}

/// Who and where, for a decision record. Nothing here may contain scanned text.
#[derive(Clone, Debug, Default)]
pub struct AuditContext {
    /// The surface that decided: `cli`, `python`, `node`, `wasm`, `extension`.
    pub surface: String,
    /// An opaque actor id supplied by the host (never a name or an email, by convention).
    pub actor: Option<String>,
    /// An organisation key for [`fingerprint`]; without it no fingerprint is recorded.
    pub fingerprint_key: Option<Vec<u8>>,
}

/// A keyed fingerprint of a text: `hmac-sha256:` and 64 hex digits. The same
/// text and key give the same fingerprint; without the key it reveals nothing.
pub fn fingerprint(key: &[u8], text: &str) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes keys of any length");
    mac.update(text.as_bytes());
    format!("hmac-sha256:{}", hex(&mac.finalize().into_bytes()))
}

fn sha256(bytes: &[u8]) -> String {
    format!("sha256:{}", hex(&Sha256::digest(bytes)))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// A new decision id: unique in practice, and derived from nothing secret.
pub fn new_decision_id() -> String {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let nanos = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos());
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let seed = format!("{nanos}:{}:{n}", std::process::id());
    let digest = Sha256::digest(seed.as_bytes());
    format!("d-{}", &hex(&digest)[..24])
}

/// RFC 3339 UTC time with milliseconds (`2026-11-27T00:45:12.345Z`).
pub fn utc_now() -> String {
    let d = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default();
    rfc3339(d.as_secs(), d.subsec_millis())
}

fn rfc3339(secs: u64, millis: u32) -> String {
    // Civil date from days since 1970-01-01 (Howard Hinnant's algorithm).
    let days = (secs / 86_400) as i64;
    let rem = secs % 86_400;
    let z = days + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}.{millis:03}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

/// What one record says, before the chain fields are added.
#[derive(Clone, Debug, PartialEq, Serialize)]
#[serde(tag = "type", rename_all = "snake_case")]
// Events are made one at a time and written at once; boxing the big variant buys nothing.
#[allow(clippy::large_enum_variant)]
pub enum AuditEvent {
    /// A decision for one text (or the texts of one request) and one destination.
    Decision {
        /// Id of this decision (acknowledgements refer to it).
        decision_id: String,
        /// RFC 3339 UTC time.
        time: String,
        /// `cli`, `python`, `node`, `wasm`, `extension`, ...
        surface: String,
        /// Opaque actor id from the host.
        #[serde(skip_serializing_if = "Option::is_none")]
        actor: Option<String>,
        /// Destination id.
        destination: String,
        /// Tier of the text.
        tier: String,
        /// Action decided.
        action: String,
        /// Rule that decided.
        rule: String,
        /// Detector ids with the number of findings.
        detectors: BTreeMap<String, usize>,
        /// Regulation tags of the findings.
        regulations: Vec<String>,
        /// The policy that decided.
        policy: PolicyStamp,
        /// Keyed fingerprint of the text, when the host has an organisation key.
        #[serde(skip_serializing_if = "Option::is_none")]
        fingerprint: Option<String>,
        /// For a decision on a whole payload: where each detector's findings
        /// are (`messages[3].content[1].input.query`), never the values.
        #[serde(skip_serializing_if = "BTreeMap::is_empty")]
        paths: BTreeMap<String, Vec<String>>,
        /// For a decision on a whole payload: the parts tiergate cannot read.
        #[serde(skip_serializing_if = "Vec::is_empty")]
        unreadable: Vec<UnreadablePart>,
    },
    /// A person confirmed an `acknowledge` decision.
    Acknowledgement {
        /// The decision acknowledged.
        decision_id: String,
        /// RFC 3339 UTC time.
        time: String,
        /// Surface.
        surface: String,
        /// Opaque actor id.
        #[serde(skip_serializing_if = "Option::is_none")]
        actor: Option<String>,
        /// The justification typed by the person, with sensitive data redacted.
        #[serde(skip_serializing_if = "Option::is_none")]
        justification: Option<String>,
    },
    /// The writer found a torn last line when opening the log and set it aside.
    Recovery {
        /// RFC 3339 UTC time.
        time: String,
        /// Bytes moved from the end of the log into `FILE.torn`.
        torn_bytes: u64,
    },
    /// The first record of a file after a rotation: the chain goes on from
    /// the last record of `previous`.
    Segment {
        /// RFC 3339 UTC time.
        time: String,
        /// The file name the closed file was given (`audit.jsonl.000000004212`).
        previous: String,
    },
}

impl AuditEvent {
    /// A decision event. `text` is used only for the keyed fingerprint (when
    /// `ctx` has a key) and never stored.
    pub fn decision(
        engine: &Engine,
        report: &Report,
        decision: &Decision,
        text: Option<&str>,
        ctx: &AuditContext,
    ) -> AuditEvent {
        AuditEvent::decision_at(
            new_decision_id(),
            utc_now(),
            engine,
            report,
            decision,
            text,
            ctx,
        )
    }

    /// [`AuditEvent::decision`] with the id and time chosen by the host: for
    /// hosts whose clock the core cannot read (WebAssembly in a browser).
    pub fn decision_at(
        decision_id: String,
        time: String,
        engine: &Engine,
        report: &Report,
        decision: &Decision,
        text: Option<&str>,
        ctx: &AuditContext,
    ) -> AuditEvent {
        let mut detectors = BTreeMap::new();
        for f in &report.findings {
            *detectors.entry(f.detector.clone()).or_insert(0) += 1;
        }
        AuditEvent::Decision {
            decision_id,
            time,
            surface: ctx.surface.clone(),
            actor: ctx.actor.clone(),
            destination: decision.destination.clone(),
            tier: decision.tier.as_str().to_string(),
            action: decision.action.as_str().to_string(),
            rule: decision.rule.clone(),
            detectors,
            regulations: report.regulations().iter().map(|s| s.to_string()).collect(),
            policy: engine.policy_stamp(),
            fingerprint: match (&ctx.fingerprint_key, text) {
                (Some(key), Some(text)) => Some(fingerprint(key, text)),
                _ => None,
            },
            paths: decision
                .reasons
                .iter()
                .filter(|r| !r.paths.is_empty())
                .map(|r| (r.detector.clone(), r.paths.clone()))
                .collect(),
            unreadable: decision.unreadable.clone(),
        }
    }

    /// An acknowledgement event. The justification is redacted with `engine`
    /// before it is recorded, so sensitive data typed into it is not stored.
    pub fn acknowledgement(
        engine: &Engine,
        decision_id: &str,
        justification: Option<&str>,
        ctx: &AuditContext,
    ) -> AuditEvent {
        AuditEvent::acknowledgement_at(engine, decision_id, justification, utc_now(), ctx)
    }

    /// [`AuditEvent::acknowledgement`] at a time chosen by the host.
    pub fn acknowledgement_at(
        engine: &Engine,
        decision_id: &str,
        justification: Option<&str>,
        time: String,
        ctx: &AuditContext,
    ) -> AuditEvent {
        AuditEvent::Acknowledgement {
            decision_id: decision_id.to_string(),
            time,
            surface: ctx.surface.clone(),
            actor: ctx.actor.clone(),
            justification: justification
                .map(|j| engine.redact(j, &engine.classify(j)).text().to_string()),
        }
    }
}

#[derive(Serialize)]
struct Record<'a> {
    version: u32,
    seq: u64,
    prev: &'a str,
    #[serde(flatten)]
    event: &'a AuditEvent,
}

/// Appends records to a hash-chained JSON Lines audit log.
///
/// Any number of writers — threads with their own `AuditLog`, processes —
/// may append to one file: each append takes an exclusive advisory lock on
/// the file (`flock` on Unix, `LockFileEx` on Windows), reads where the chain
/// ends from the file's last record (never the whole log) when another
/// writer has appended since, writes its record and lets go. Appending costs
/// the same at ten records and at a million.
#[derive(Debug)]
pub struct AuditLog {
    path: PathBuf,
    file: File,
    durability: Durability,
    next_seq: u64,
    last_hash: String,
    /// The file's length after this writer's last look at it: when it has
    /// changed, another writer appended and the chain's end is read again.
    known_len: u64,
    rotation: Rotation,
    /// The UTC day (`2026-12-03`) of the last record, for daily rotation.
    last_day: Option<String>,
    lock_wait: Duration,
}

fn io_error(path: &Path, what: &str, e: std::io::Error) -> Error {
    Error::new(
        ErrorKind::Io,
        format!("audit log {}: {what}: {e}", path.display()),
    )
}

/// The file beside a log that names its last record, `{"seq":N,"hash":"…"}`,
/// rewritten (through a rename) after every append: records deleted from the
/// end of the log are found by comparing the two.
fn head_path(path: &Path) -> PathBuf {
    let mut head = path.as_os_str().to_owned();
    head.push(".head");
    PathBuf::from(head)
}

/// How far back from the end of a log the last record is looked for.
const TAIL_WINDOW: u64 = 1 << 16;

/// Where a log's chain ends, read from its last bytes.
#[derive(Debug, PartialEq, Eq)]
struct Tail {
    next_seq: u64,
    last_hash: String,
    /// Where a last line without its newline (a write cut short) starts.
    torn_at: Option<u64>,
    /// Whether a record was found (else the chain starts at `GENESIS`).
    found: bool,
    /// Whether the bytes hold a complete line at all.
    lines: bool,
    /// The UTC day of the last record's `time`.
    day: Option<String>,
}

/// The end of the chain in `bytes`, the last `bytes.len()` bytes of a file of
/// `len` bytes: the last line that reads as a record gives the next sequence
/// number and the hash to chain to. A log whose end was edited or damaged
/// stays appendable (`verify` reports where its chain breaks); with no record
/// in the window, the chain starts again from the beginning.
fn tail_of(bytes: &[u8], len: u64) -> Tail {
    let start = len - bytes.len() as u64;
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
    let torn_at = (complete < bytes.len()).then_some(start + complete as u64);
    // Unless the window starts the file, its first line may be cut: skip it.
    let first = if start == 0 {
        0
    } else {
        bytes[..complete]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(complete, |i| i + 1)
    };
    let record = bytes[first..complete]
        .split(|&b| b == b'\n')
        .rev()
        .filter(|line| !line.is_empty())
        .find_map(|line| {
            let value: serde_json::Value = serde_json::from_slice(line).ok()?;
            let seq = value.get("seq")?.as_u64()?;
            let day = value
                .get("time")
                .and_then(serde_json::Value::as_str)
                .map(day_of);
            Some((seq, sha256_of_body(line)?, day))
        });
    let found = record.is_some();
    let (next_seq, last_hash, day) = match record {
        Some((seq, hash, day)) => (seq + 1, hash, day),
        None => (0, GENESIS.to_string(), None),
    };
    Tail {
        next_seq,
        last_hash,
        torn_at,
        found,
        lines: complete > 0,
        day,
    }
}

/// The day of an RFC 3339 time: `2026-12-03`.
fn day_of(time: &str) -> String {
    time.chars().take(10).collect()
}

/// The file beside a log that writers lock: opened afresh for every append
/// (a descriptor inherited across `fork` would be shared, and so would its
/// lock), and never the log itself (Windows' locks are mandatory: readers of
/// the log would fail while a writer appends).
fn lock_path(path: &Path) -> PathBuf {
    let mut lock = path.as_os_str().to_owned();
    lock.push(".lock");
    PathBuf::from(lock)
}

/// `buf.len()` bytes of `file` from `offset`, without moving a file position
/// another process may share.
fn read_at(file: &File, buf: &mut [u8], offset: u64) -> std::io::Result<()> {
    #[cfg(unix)]
    {
        std::os::unix::fs::FileExt::read_exact_at(file, buf, offset)
    }
    #[cfg(windows)]
    {
        let mut done = 0;
        while done < buf.len() {
            match std::os::windows::fs::FileExt::seek_read(
                file,
                &mut buf[done..],
                offset + done as u64,
            )? {
                0 => return Err(std::io::ErrorKind::UnexpectedEof.into()),
                n => done += n,
            }
        }
        Ok(())
    }
    #[cfg(not(any(unix, windows)))]
    {
        use std::io::{Read, Seek, SeekFrom};
        let mut file = file;
        file.seek(SeekFrom::Start(offset))?;
        file.read_exact(buf)
    }
}

/// The exclusive lock of an audit log, held until dropped.
struct Locked(#[allow(dead_code)] File);

impl Locked {
    /// Waits for the lock at most `wait`: a writer that holds it that long
    /// is stopped (a suspended process, a hung disk), and a caller that must
    /// not hang (a hook, a request handler) gets an error instead.
    fn new(log: &Path, wait: Duration) -> Result<Locked, Error> {
        let path = lock_path(log);
        let file = OpenOptions::new()
            .read(true)
            .write(true)
            .create(true)
            .truncate(false)
            .open(&path)
            .map_err(|e| io_error(&path, "cannot open the lock file", e))?;
        #[cfg(not(target_family = "wasm"))]
        {
            use std::time::Instant;
            let deadline = Instant::now() + wait;
            // Appends hold the lock for a write and an fsync (0.1–0.2 ms
            // here): poll often at first, then less.
            let mut pause = Duration::from_micros(50);
            loop {
                match fs4::FileExt::try_lock(&file) {
                    Ok(()) => break,
                    Err(fs4::TryLockError::WouldBlock) if Instant::now() < deadline => {
                        std::thread::sleep(pause);
                        pause = (pause * 2).min(Duration::from_millis(5));
                    }
                    Err(fs4::TryLockError::WouldBlock) => {
                        return Err(Error::new(
                            ErrorKind::Io,
                            format!(
                                "audit log {}: another writer has held its lock for {:.1} s (a stopped process?); nothing was recorded",
                                log.display(),
                                wait.as_secs_f64()
                            ),
                        ))
                    }
                    Err(fs4::TryLockError::Error(e)) => return Err(io_error(&path, "cannot lock", e)),
                }
            }
        }
        #[cfg(target_family = "wasm")]
        let _ = wait;
        // Closing the file lets go of the lock.
        Ok(Locked(file))
    }
}

/// How long an append waits for another writer's lock by default.
pub const LOCK_WAIT: Duration = Duration::from_secs(10);

impl AuditLog {
    /// Opens (or creates) the log at `path` for appending, reading only its
    /// end. A torn last line (a crash during a write) is moved to `path.torn`
    /// and a `recovery` record notes it. A log edited or damaged before its
    /// end is still appended to: `tiergate audit verify` reports where the
    /// chain breaks.
    ///
    /// # Errors
    /// `io` when the file cannot be opened, locked, read or written.
    pub fn open(path: impl AsRef<Path>, durability: Durability) -> Result<AuditLog, Error> {
        let path = path.as_ref().to_path_buf();
        let file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&path)
            .map_err(|e| io_error(&path, "cannot open", e))?;
        let mut log = AuditLog {
            path,
            file,
            durability,
            next_seq: 0,
            last_hash: GENESIS.to_string(),
            known_len: u64::MAX,
            rotation: Rotation::default(),
            last_day: None,
            lock_wait: LOCK_WAIT,
        };
        let _lock = Locked::new(&log.path, log.lock_wait)?;
        log.catch_up()?;
        Ok(log)
    }

    /// The log, rotated as `rotation` says from its next record on. Every
    /// writer of one log should rotate alike; a writer that does not still
    /// follows the others into the new file.
    #[must_use]
    pub fn with_rotation(mut self, rotation: Rotation) -> AuditLog {
        self.rotation = rotation;
        self
    }

    /// The log, waiting at most `wait` for another writer's lock before an
    /// append fails with `io` ([`LOCK_WAIT`] by default).
    #[must_use]
    pub fn with_lock_wait(mut self, wait: Duration) -> AuditLog {
        self.lock_wait = wait;
        self
    }

    /// Under the lock: when another writer rotated the log (the path names
    /// another file than this writer's), appends go to the new file.
    fn follow_rotation(&mut self) -> Result<(), Error> {
        #[cfg(not(target_family = "wasm"))]
        {
            let same = match same_file::Handle::from_path(&self.path) {
                Ok(current) => {
                    let ours = self
                        .file
                        .try_clone()
                        .and_then(same_file::Handle::from_file)
                        .map_err(|e| io_error(&self.path, "cannot read", e))?;
                    current == ours
                }
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => false,
                Err(e) => return Err(io_error(&self.path, "cannot open", e)),
            };
            if !same {
                self.reopen()?;
            }
        }
        Ok(())
    }

    fn reopen(&mut self) -> Result<(), Error> {
        self.file = OpenOptions::new()
            .read(true)
            .append(true)
            .create(true)
            .open(&self.path)
            .map_err(|e| io_error(&self.path, "cannot open", e))?;
        self.known_len = u64::MAX;
        Ok(())
    }

    /// Under the lock, at the chain's end: whether this record starts a new file.
    fn rotation_due(&self) -> bool {
        if self.known_len == 0 {
            return false;
        }
        let full = self
            .rotation
            .max_bytes
            .is_some_and(|max| self.known_len >= max);
        let new_day = self.rotation.daily
            && self
                .last_day
                .as_ref()
                .is_some_and(|day| *day != day_of(&utc_now()));
        full || new_day
    }

    /// Under the lock: renames the file to `FILE.N` and starts the new file
    /// with a `segment` record that goes on from the chain's end.
    fn rotate(&mut self) -> Result<(), Error> {
        let first = self.first_seq()?.unwrap_or(self.next_seq);
        let name = self
            .path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        let mut segment = self.path.with_file_name(format!("{name}.{first:012}"));
        let mut n = 0;
        while segment.exists() {
            n += 1;
            segment = self.path.with_file_name(format!("{name}.{first:012}-{n}"));
        }
        std::fs::rename(&self.path, &segment)
            .map_err(|e| io_error(&self.path, "cannot rotate", e))?;
        self.reopen()?;
        self.known_len = 0;
        let previous = segment
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        self.write(&AuditEvent::Segment {
            time: utc_now(),
            previous,
        })
        .map(drop)
    }

    /// The sequence number of the file's first record, if it reads as one.
    fn first_seq(&self) -> Result<Option<u64>, Error> {
        let len = self.known_len;
        let mut window = len.min(4096);
        loop {
            let mut bytes = vec![0; window as usize];
            read_at(&self.file, &mut bytes, 0)
                .map_err(|e| io_error(&self.path, "cannot read", e))?;
            if let Some(end) = bytes.iter().position(|&b| b == b'\n') {
                let value: Option<serde_json::Value> = serde_json::from_slice(&bytes[..end]).ok();
                return Ok(value.and_then(|v| v.get("seq")?.as_u64()));
            }
            if window == len {
                return Ok(None);
            }
            window = window.saturating_mul(16).min(len);
        }
    }

    /// Under the lock: where the chain ends now, and a torn line set aside.
    fn catch_up(&mut self) -> Result<(), Error> {
        let len = self
            .file
            .metadata()
            .map_err(|e| io_error(&self.path, "cannot read", e))?
            .len();
        if len == self.known_len {
            return Ok(());
        }
        // Records are small: the last one is near the end. Look further back
        // only when none is found there (a record over the window, damage).
        let mut window = len.min(TAIL_WINDOW);
        let (bytes, tail) = loop {
            let mut bytes = vec![0; window as usize];
            read_at(&self.file, &mut bytes, len - window)
                .map_err(|e| io_error(&self.path, "cannot read", e))?;
            let tail = tail_of(&bytes, len);
            if tail.found || window == len {
                break (bytes, tail);
            }
            window = window.saturating_mul(16).min(len);
        };
        if !tail.found && tail.lines {
            // Lines, none of them a record: not a log. Do not touch it.
            return Err(Error::new(
                ErrorKind::Io,
                format!(
                    "audit log {}: not an audit log (no record in it); name a new file or an existing log",
                    self.path.display()
                ),
            ));
        }
        self.next_seq = tail.next_seq;
        self.last_hash = tail.last_hash;
        self.last_day = tail.day;
        self.known_len = len;
        if let Some(torn_at) = tail.torn_at {
            let torn = &bytes[(torn_at - (len - window)) as usize..];
            // A record cut short starts as every record does; anything else
            // is not this log's, and is left alone.
            const START: &[u8] = b"{\"version\":";
            let n = torn.len().min(START.len());
            if torn[..n] != START[..n] {
                return Err(Error::new(
                    ErrorKind::Io,
                    format!(
                        "audit log {}: its last line is not an audit record (check it with `tiergate audit verify`)",
                        self.path.display()
                    ),
                ));
            }
            self.set_aside(torn, torn_at)?;
        }
        Ok(())
    }

    /// Under the lock: moves a torn last line to `path.torn` and records it.
    fn set_aside(&mut self, torn: &[u8], keep: u64) -> Result<(), Error> {
        let mut aside = self.path.clone().into_os_string();
        aside.push(".torn");
        let aside = PathBuf::from(aside);
        let mut out = OpenOptions::new()
            .append(true)
            .create(true)
            .open(&aside)
            .map_err(|e| io_error(&aside, "cannot write", e))?;
        out.write_all(torn)
            .and_then(|()| out.write_all(b"\n"))
            .and_then(|()| out.sync_all())
            .map_err(|e| io_error(&aside, "cannot write", e))?;
        // Through a handle of its own: Windows refuses `set_len` on one
        // opened for appending.
        OpenOptions::new()
            .write(true)
            .open(&self.path)
            .and_then(|f| f.set_len(keep))
            .map_err(|e| io_error(&self.path, "cannot truncate the torn line", e))?;
        self.known_len = keep;
        self.write(&AuditEvent::Recovery {
            time: utc_now(),
            torn_bytes: torn.len() as u64,
        })
        .map(drop)
    }

    /// Appends one record and returns its hash.
    ///
    /// # Errors
    /// `io` when the file cannot be locked, read or written (or synced, with
    /// [`Durability::Sync`]).
    pub fn append(&mut self, event: &AuditEvent) -> Result<String, Error> {
        let _lock = Locked::new(&self.path, self.lock_wait)?;
        self.follow_rotation()?;
        self.catch_up()?;
        if self.rotation_due() {
            self.rotate()?;
        }
        self.write(event)
    }

    /// Under the lock, at the chain's end: writes one record.
    fn write(&mut self, event: &AuditEvent) -> Result<String, Error> {
        let record = Record {
            version: AUDIT_VERSION,
            seq: self.next_seq,
            prev: &self.last_hash,
            event,
        };
        let body = serde_json::to_string(&record).expect("audit records serialise");
        let hash = sha256(body.as_bytes());
        let mut line = body;
        line.pop(); // the closing brace
        line.push_str(&format!(",\"hash\":\"{hash}\"}}\n"));
        self.file
            .write_all(line.as_bytes())
            .map_err(|e| io_error(&self.path, "cannot append", e))?;
        if self.durability == Durability::Sync {
            self.file
                .sync_data()
                .map_err(|e| io_error(&self.path, "cannot sync", e))?;
        }
        // The head, after the record: a crash of the process between the two
        // leaves the head behind the log, which verify accepts. Best effort:
        // the record is written, and reporting a failure here would make a
        // caller write it again.
        let head = head_path(&self.path);
        let mut tmp = head.clone().into_os_string();
        tmp.push(".tmp");
        let head_line = format!("{{\"seq\":{},\"hash\":\"{hash}\"}}\n", self.next_seq);
        let _ = std::fs::write(&tmp, head_line).and_then(|()| std::fs::rename(&tmp, &head));
        self.next_seq += 1;
        self.last_hash = hash.clone();
        self.known_len += line.len() as u64;
        self.last_day = Some(day_of(&utc_now()));
        Ok(hash)
    }

    /// Records the decision for the texts of one request (a prompt, or the
    /// blocks of one API call) and returns the new decision id. The texts are
    /// classified again for the detector counts and, with a key in `ctx`,
    /// fingerprinted; they are not stored.
    ///
    /// # Errors
    /// `io` as [`AuditLog::append`].
    pub fn record_decision<S: AsRef<str>>(
        &mut self,
        engine: &Engine,
        texts: &[S],
        decision: &Decision,
        ctx: &AuditContext,
    ) -> Result<String, Error> {
        let reports: Vec<Report> = texts.iter().map(|t| engine.classify(t.as_ref())).collect();
        let all = Report::combined(&reports);
        let joined = texts
            .iter()
            .map(AsRef::as_ref)
            .collect::<Vec<_>>()
            .join("\u{0}");
        let id = new_decision_id();
        let event = AuditEvent::decision_at(
            id.clone(),
            utc_now(),
            engine,
            &all,
            decision,
            Some(&joined),
            ctx,
        );
        self.append(&event)?;
        Ok(id)
    }

    /// Records that a person confirmed decision `decision_id`; the
    /// justification is redacted before it is stored.
    ///
    /// # Errors
    /// `io` as [`AuditLog::append`].
    pub fn record_acknowledgement(
        &mut self,
        engine: &Engine,
        decision_id: &str,
        justification: Option<&str>,
        ctx: &AuditContext,
    ) -> Result<(), Error> {
        let event = AuditEvent::acknowledgement(engine, decision_id, justification, ctx);
        self.append(&event).map(drop)
    }

    /// The number of records in the log when this writer last looked (its
    /// open or its last append): the sequence number its next record gets
    /// unless another writer appends first.
    pub fn len(&self) -> u64 {
        self.next_seq
    }

    /// Whether the log has no records.
    pub fn is_empty(&self) -> bool {
        self.next_seq == 0
    }
}

/// What [`verify`] found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Verification {
    /// Records whose chain verifies (before any problem).
    pub records: u64,
    /// The hash of the last verified record.
    pub last_hash: String,
    /// The first broken, missing or edited record, if any (line numbers are 1-based).
    pub problem: Option<String>,
    /// Byte offset of an incomplete last line (a write torn by a crash), if any.
    pub torn_at: Option<usize>,
    /// The sequence number of the first record verified: above 0 when the
    /// files before it were removed (rotated segments past their retention).
    pub first: u64,
    /// The files verified: the rotated segments and the log.
    pub files: u64,
}

impl Verification {
    /// Whether every record verifies and the last line is complete.
    pub fn is_intact(&self) -> bool {
        self.problem.is_none() && self.torn_at.is_none()
    }
}

/// The rotated segments of the log at `path`, oldest first: `FILE.N` beside
/// it, `N` twelve digits (and `-K` if that name was taken).
fn segments(path: &Path) -> Result<Vec<PathBuf>, Error> {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return Ok(Vec::new());
    };
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(io_error(dir, "cannot list", e)),
    };
    let mut found: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .and_then(|n| n.strip_prefix(name.as_str())?.strip_prefix('.'))
                .is_some_and(|n| {
                    let (seq, rest) = n.split_at(n.len().min(12));
                    seq.len() == 12
                        && seq.bytes().all(|b| b.is_ascii_digit())
                        && (rest.is_empty()
                            || rest.strip_prefix('-').is_some_and(|k| {
                                !k.is_empty() && k.bytes().all(|b| b.is_ascii_digit())
                            }))
                })
        })
        .collect();
    found.sort();
    Ok(found)
}

/// Verifies the chain of an audit log file and of its rotated segments.
///
/// # Errors
/// `io` when a file cannot be read.
pub fn verify(path: impl AsRef<Path>) -> Result<Verification, Error> {
    let path = path.as_ref();
    // The head first: it names a record already in the log, so a writer
    // appending meanwhile cannot make a whole log look cut.
    let head = match std::fs::read(head_path(path)) {
        Ok(bytes) => Some(bytes),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io_error(&head_path(path), "cannot read", e)),
    };
    let mut files = segments(path)?;
    files.push(path.to_path_buf());
    let named = files.len() > 1;
    let mut chain = Chain::default();
    let mut v = Verification {
        records: 0,
        last_hash: GENESIS.to_string(),
        problem: None,
        torn_at: None,
        first: 0,
        files: 0,
    };
    let mut last_first = 0;
    let mut bytes = Vec::new();
    for (i, file) in files.iter().enumerate() {
        bytes = std::fs::read(file).map_err(|e| io_error(file, "cannot read", e))?;
        last_first = chain.next_seq;
        let found = chain.verify(&bytes, i == 0);
        v.files += 1;
        if i == 0 {
            v.first = chain.first;
        }
        let last = i + 1 == files.len();
        let problem = match found {
            Err(problem) => Some(problem),
            Ok(Some(_)) if !last => Some("its last line is incomplete".to_string()),
            Ok(torn) => {
                v.torn_at = torn;
                None
            }
        };
        if let Some(problem) = problem {
            let name = file.file_name().unwrap_or_default().to_string_lossy();
            v.problem = Some(if named {
                format!("{name}: {problem}")
            } else {
                problem
            });
            break;
        }
    }
    v.records = chain.next_seq - chain.first;
    v.last_hash = chain.last_hash;
    // Fewer records than the head names, or another record under its
    // number: the log's end was removed.
    if let (None, Some(head)) = (&v.problem, head) {
        v.problem = check_head(&bytes, last_first, &head, chain.next_seq);
    }
    Ok(v)
}

/// What is wrong with a log whose head file says `head`, if anything:
/// `bytes` are the current file's, whose first record is `first`, and the
/// chain verified up to `next_seq`.
fn check_head(bytes: &[u8], first: u64, head: &[u8], next_seq: u64) -> Option<String> {
    let unreadable = || Some("the head file (.head) is not readable".to_string());
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(head) else {
        return unreadable();
    };
    let (Some(seq), Some(hash)) = (
        value.get("seq").and_then(serde_json::Value::as_u64),
        value.get("hash").and_then(serde_json::Value::as_str),
    ) else {
        return unreadable();
    };
    if seq >= next_seq {
        return Some(format!(
            "records {next_seq} to {seq} were removed from the end (the head file names record {seq})"
        ));
    }
    // A head behind the log (a writer stopped between record and head)
    // may name a record of an earlier file: not checked.
    let line = bytes
        .split(|&b| b == b'\n')
        .nth(usize::try_from(seq.checked_sub(first)?).ok()?)?;
    (sha256_of_body(line).as_deref() != Some(hash)).then(|| {
        format!("record {seq} is not the one the head file names (the end of the log was replaced)")
    })
}

/// Where a chain being verified stands.
#[derive(Debug)]
struct Chain {
    /// The sequence number of the first record verified.
    first: u64,
    next_seq: u64,
    last_hash: String,
}

impl Default for Chain {
    fn default() -> Chain {
        Chain {
            first: 0,
            next_seq: 0,
            last_hash: GENESIS.to_string(),
        }
    }
}

impl Chain {
    /// Verifies the records of one file going on from here: the offset of a
    /// torn last line if any, or the first problem. The first file verified
    /// may start with a `segment` record (the files before it removed).
    fn verify(&mut self, bytes: &[u8], first_file: bool) -> Result<Option<usize>, String> {
        let mut start = 0;
        let mut line_no = 0;
        while start < bytes.len() {
            line_no += 1;
            let Some(len) = bytes[start..].iter().position(|&b| b == b'\n') else {
                // No newline: the last write was torn.
                return Ok(Some(start));
            };
            let line = &bytes[start..start + len];
            if first_file && line_no == 1 {
                if let Some((seq, prev)) = segment_start(line) {
                    (self.first, self.next_seq, self.last_hash) = (seq, seq, prev);
                }
            }
            check_line(line, self.next_seq, &self.last_hash).map_err(|problem| {
                format!("record {} (line {line_no}): {problem}", self.next_seq)
            })?;
            self.last_hash = sha256_of_body(line).unwrap_or_default();
            self.next_seq += 1;
            start += len + 1;
        }
        Ok(None)
    }
}

/// The sequence number and `prev` of a `segment` record.
fn segment_start(line: &[u8]) -> Option<(u64, String)> {
    let value: serde_json::Value = serde_json::from_slice(line).ok()?;
    if value.get("type")?.as_str()? != "segment" {
        return None;
    }
    Some((
        value.get("seq")?.as_u64()?,
        value.get("prev")?.as_str()?.to_string(),
    ))
}

/// [`verify`] for one file's bytes read some other way (object storage, a
/// pipe): never fails, never panics; a problem is in the result. A file that
/// starts with a `segment` record is verified from there.
pub fn verify_bytes(bytes: &[u8]) -> Verification {
    let mut chain = Chain::default();
    let found = chain.verify(bytes, true);
    let (problem, torn_at) = match found {
        Ok(torn) => (None, torn),
        Err(problem) => (Some(problem), None),
    };
    Verification {
        records: chain.next_seq - chain.first,
        last_hash: chain.last_hash,
        problem,
        torn_at,
        first: chain.first,
        files: 1,
    }
}

const HASH_FIELD: &[u8] = b",\"hash\":\"";

/// The hash a line must carry: SHA-256 of the line up to `,"hash":"` plus `}`.
fn sha256_of_body(line: &[u8]) -> Option<String> {
    let at = line
        .windows(HASH_FIELD.len())
        .rposition(|w| w == HASH_FIELD)?;
    let mut body = line[..at].to_vec();
    body.push(b'}');
    Some(sha256(&body))
}

fn check_line(line: &[u8], seq: u64, prev: &str) -> Result<(), String> {
    let value: serde_json::Value =
        serde_json::from_slice(line).map_err(|_| "not a JSON record".to_string())?;
    let field = |name: &str| value.get(name);
    if field("version").and_then(serde_json::Value::as_u64) != Some(u64::from(AUDIT_VERSION)) {
        return Err(format!("not an audit record of version {AUDIT_VERSION}"));
    }
    let got_seq = field("seq").and_then(serde_json::Value::as_u64);
    if got_seq != Some(seq) {
        return Err(match got_seq {
            Some(s) if s > seq => format!("records {seq} to {} are missing", s - 1),
            Some(s) => format!(
                "sequence number {s} where {seq} was expected (a record was repeated or reordered)"
            ),
            None => "no sequence number".to_string(),
        });
    }
    if field("prev").and_then(serde_json::Value::as_str) != Some(prev) {
        return Err(
            "its `prev` is not the hash of the record before it (a record was removed or replaced)"
                .to_string(),
        );
    }
    let claimed = field("hash").and_then(serde_json::Value::as_str);
    let actual = sha256_of_body(line);
    if claimed.is_none() || claimed.map(str::to_string) != actual {
        return Err("its hash does not match its content (the record was edited)".to_string());
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::Instant;

    /// A log path in a directory removed when the guard drops.
    fn temp(name: &str) -> (tempfile::TempDir, PathBuf) {
        let dir = tempfile::Builder::new()
            .prefix(&format!("tiergate-audit-{name}-"))
            .tempdir()
            .unwrap();
        let path = dir.path().join("audit.jsonl");
        (dir, path)
    }

    fn event(engine: &Engine, text: &str, ctx: &AuditContext) -> AuditEvent {
        let report = engine.classify(text);
        let decision = engine.decide(&report, "claude-ai").unwrap();
        AuditEvent::decision(engine, &report, &decision, Some(text), ctx)
    }

    /// A new log of `records` decision records.
    fn log_of(name: &str, records: usize) -> (tempfile::TempDir, PathBuf) {
        let engine = Engine::builtin();
        let (dir, path) = temp(name);
        let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
        for i in 0..records {
            log.append(&event(
                &engine,
                &format!("text {i}"),
                &AuditContext::default(),
            ))
            .unwrap();
        }
        (dir, path)
    }

    #[test]
    fn dates_are_rfc3339_utc() {
        assert_eq!(rfc3339(0, 0), "1970-01-01T00:00:00.000Z");
        assert_eq!(rfc3339(951_782_400, 5), "2000-02-29T00:00:00.005Z");
        // checked with `date -u -d @1795740312`
        assert_eq!(rfc3339(1_795_740_312, 345), "2026-11-27T00:45:12.345Z");
    }

    #[test]
    fn a_chain_verifies_and_reopens() {
        let engine = Engine::builtin();
        let ctx = AuditContext {
            surface: "test".into(),
            ..Default::default()
        };
        let (_dir, path) = temp("chain");
        let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
        for text in ["hello", "mail jane.doe@acme.io", "SSN 536-90-4399"] {
            log.append(&event(&engine, text, &ctx)).unwrap();
        }
        drop(log);
        let mut log = AuditLog::open(&path, Durability::Sync).unwrap();
        assert_eq!(log.len(), 3);
        log.append(&event(&engine, "again", &ctx)).unwrap();
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        assert_eq!(v.records, 4);
    }

    #[test]
    fn records_hold_no_scanned_text() {
        let engine = Engine::builtin();
        let ctx = AuditContext {
            surface: "test".into(),
            actor: Some("u-1".into()),
            fingerprint_key: Some(b"org key".to_vec()),
        };
        let (_dir, path) = temp("canary");
        let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
        let canary = "Patient CANARY-7f3a jane.doe@acme.io SSN 536-90-4399";
        log.append(&event(&engine, canary, &ctx)).unwrap();
        let ack = AuditEvent::acknowledgement(
            &engine,
            "d-1",
            Some("ok, it is for jane.doe@acme.io"),
            &ctx,
        );
        log.append(&ack).unwrap();
        let text = std::fs::read_to_string(&path).unwrap();
        for needle in ["CANARY", "jane.doe", "536-90", "Patient"] {
            assert!(!text.contains(needle), "{needle} leaked into {text}");
        }
        assert!(text.contains("\"us_ssn\":1") && text.contains("[EMAIL_1]"));
        assert!(text.contains(&fingerprint(b"org key", canary)));
    }

    #[test]
    fn edits_deletions_and_reorders_are_found() {
        let (_dir, path) = log_of("tamper", 4);
        let good = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = good.lines().collect();

        let edited = good.replacen("\"allow\"", "\"block\"", 1);
        let v = verify_bytes(edited.as_bytes());
        assert_eq!(v.records, 0);
        assert!(v.problem.unwrap().contains("edited"));

        let deleted = format!("{}\n{}\n{}\n", lines[0], lines[2], lines[3]);
        let v = verify_bytes(deleted.as_bytes());
        assert_eq!(v.records, 1);
        assert!(v
            .problem
            .unwrap()
            .contains("record 1 (line 2): records 1 to 1 are missing"));

        let swapped = format!("{}\n{}\n{}\n{}\n", lines[0], lines[2], lines[1], lines[3]);
        assert_eq!(verify_bytes(swapped.as_bytes()).records, 1);

        // An edited log is still appended to (the tool stays usable), and
        // the edit is still found.
        std::fs::write(&path, &edited).unwrap();
        let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
        assert_eq!(log.len(), 4, "the chain goes on from the last record");
        log.append(&AuditEvent::Recovery {
            time: utc_now(),
            torn_bytes: 0,
        })
        .unwrap();
        let v = verify(&path).unwrap();
        assert_eq!(v.records, 0);
        assert!(v.problem.unwrap().contains("edited"));
    }

    #[test]
    fn a_file_that_is_not_a_log_is_left_alone() {
        let (_dir, path) = temp("notes");
        for content in ["my notes\nsecond line\n", "no newline at all"] {
            std::fs::write(&path, content).unwrap();
            let err = AuditLog::open(&path, Durability::Buffered).unwrap_err();
            assert_eq!(err.code(), "io");
            assert_eq!(
                std::fs::read_to_string(&path).unwrap(),
                content,
                "untouched"
            );
        }
    }

    #[test]
    fn a_last_record_longer_than_the_window_is_found() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = temp("long");
        let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
        log.append(&event(&engine, "hello", &ctx)).unwrap();
        let long = "a justification ".repeat(2 * TAIL_WINDOW as usize / 16);
        log.append(&AuditEvent::acknowledgement(
            &engine,
            "d-1",
            Some(&long),
            &ctx,
        ))
        .unwrap();
        drop(log);
        let mut other = AuditLog::open(&path, Durability::Buffered).unwrap();
        assert_eq!(other.len(), 2);
        other.append(&event(&engine, "after", &ctx)).unwrap();
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        assert_eq!(v.records, 3);
    }

    #[test]
    fn records_removed_from_the_end_are_found() {
        let (_dir, path) = log_of("head", 4);
        assert!(verify(&path).unwrap().is_intact());
        let text = std::fs::read_to_string(&path).unwrap();
        let lines: Vec<&str> = text.lines().collect();
        std::fs::write(&path, format!("{}\n{}\n", lines[0], lines[1])).unwrap();
        let v = verify(&path).unwrap();
        assert_eq!(v.records, 2);
        assert_eq!(
            v.problem.as_deref(),
            Some("records 2 to 3 were removed from the end (the head file names record 3)")
        );
        // The bytes alone cannot tell: the chain they hold is whole.
        assert!(verify_bytes(&std::fs::read(&path).unwrap()).is_intact());
    }

    #[test]
    fn the_chain_end_is_read_from_the_last_record() {
        let (_dir, path) = log_of("tail", 3);
        let bytes = std::fs::read(&path).unwrap();
        let whole = verify_bytes(&bytes);
        let len = bytes.len() as u64;
        let tail = tail_of(&bytes, len);
        assert_eq!((tail.next_seq, &tail.last_hash), (3, &whole.last_hash));
        assert_eq!(tail.torn_at, None);
        // Only the last bytes of the file, the first line cut: the same end.
        assert_eq!(tail_of(&bytes[10..], len), tail);
        // A torn last line is found, and the chain ends before it.
        let mut torn = bytes.clone();
        torn.extend_from_slice(b"{\"version\":1,\"se");
        let t = tail_of(&torn, torn.len() as u64);
        assert_eq!((t.next_seq, t.torn_at), (3, Some(len)));
        // Garbage after the records: the chain goes on from the last record.
        let mut junk = bytes.clone();
        junk.extend_from_slice(b"not a record\n");
        assert_eq!(tail_of(&junk, junk.len() as u64).next_seq, 3);
        // Nothing: the chain starts.
        let empty = tail_of(b"", 0);
        assert_eq!((empty.next_seq, empty.last_hash.as_str()), (0, GENESIS));
    }

    #[test]
    fn many_writers_keep_one_chain() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = temp("writers");
        let event = event(&engine, "mail jane.doe@acme.io", &ctx);
        // Each writer opens the file itself, as separate processes do.
        std::thread::scope(|s| {
            for _ in 0..4 {
                s.spawn(|| {
                    let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
                    for _ in 0..250 {
                        log.append(&event).unwrap();
                    }
                });
            }
        });
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        assert_eq!(v.records, 1000);
    }

    #[test]
    fn a_torn_last_line_is_reported_and_set_aside() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = log_of("torn", 3);
        let mut bytes = std::fs::read(&path).unwrap();
        let whole = bytes.len();
        bytes.extend_from_slice(b"{\"version\":1,\"seq\":3,\"prev\":\"sha2");
        std::fs::write(&path, &bytes).unwrap();

        let v = verify(&path).unwrap();
        assert_eq!(
            (v.records, v.torn_at, v.problem.clone()),
            (3, Some(whole), None)
        );
        assert!(!v.is_intact());

        let mut log = AuditLog::open(&path, Durability::Sync).unwrap();
        assert_eq!(log.len(), 4, "three records and the recovery record");
        log.append(&event(&engine, "after", &ctx)).unwrap();
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        let aside = std::fs::read_to_string(format!("{}.torn", path.display())).unwrap();
        assert!(aside.starts_with("{\"version\":1,\"seq\":3"));
        assert!(std::fs::read_to_string(&path)
            .unwrap()
            .contains("\"type\":\"recovery\""));
    }

    fn rotated(max_bytes: u64) -> Rotation {
        Rotation {
            max_bytes: Some(max_bytes),
            daily: false,
        }
    }

    /// The records of every file of a log, oldest first, as (file, type).
    fn types(path: &Path) -> Vec<(String, String)> {
        let mut files = segments(path).unwrap();
        files.push(path.to_path_buf());
        files
            .iter()
            .flat_map(|f| {
                let name = f.file_name().unwrap().to_string_lossy().into_owned();
                std::fs::read_to_string(f)
                    .unwrap()
                    .lines()
                    .map(|l| {
                        let v: serde_json::Value = serde_json::from_str(l).unwrap();
                        (name.clone(), v["type"].as_str().unwrap().to_string())
                    })
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn rotations_are_read_from_text() {
        let size = |s: &str| s.parse::<Rotation>().map(|r| (r.max_bytes, r.daily));
        assert_eq!(size("daily").unwrap(), (None, true));
        assert_eq!(size("100MB").unwrap(), (Some(100_000_000), false));
        assert_eq!(size("64 KiB").unwrap(), (Some(65_536), false));
        assert_eq!(size("1GiB").unwrap(), (Some(1 << 30), false));
        assert_eq!(size("4096").unwrap(), (Some(4096), false));
        assert_eq!(size("never").unwrap(), (None, false));
        for text in ["daily", "never", "2048"] {
            assert_eq!(text.parse::<Rotation>().unwrap().to_string(), text);
        }
        for bad in [
            "",
            "weekly",
            "10",
            "1.5GB",
            "-1MB",
            "99999999999999999999GB",
            "MB",
        ] {
            let err = bad.parse::<Rotation>().unwrap_err();
            assert_eq!(err.code(), "invalid_argument", "{bad}");
        }
    }

    #[test]
    fn a_log_rotated_by_size_is_one_chain() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = temp("size");
        let mut log = AuditLog::open(&path, Durability::Buffered)
            .unwrap()
            .with_rotation(rotated(2048));
        for i in 0..30 {
            log.append(&event(&engine, &format!("text {i}"), &ctx))
                .unwrap();
        }
        let segments = segments(&path).unwrap();
        assert!(segments.len() >= 5, "{segments:?}");
        for s in &segments {
            let len = std::fs::metadata(s).unwrap().len();
            assert!((2048..2048 + 1024).contains(&len), "{s:?}: {len} bytes");
        }
        let records = types(&path);
        let decisions = records.iter().filter(|r| r.1 == "decision").count();
        let links = records.iter().filter(|r| r.1 == "segment").count();
        assert_eq!((decisions, links), (30, segments.len()));
        // Every file after the first starts with the link to the one before.
        let names: Vec<String> = segments
            .iter()
            .map(|s| s.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let firsts: Vec<&(String, String)> = records
            .iter()
            .enumerate()
            .filter(|(i, r)| *i == 0 || records[i - 1].0 != r.0)
            .map(|(_, r)| r)
            .collect();
        assert_eq!(firsts[0], &(names[0].clone(), "decision".to_string()));
        assert!(firsts[1..].iter().all(|r| r.1 == "segment"));
        assert_eq!(names[0], "audit.jsonl.000000000000");
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        assert_eq!(
            (v.records, v.first, v.files),
            (records.len() as u64, 0, names.len() as u64 + 1)
        );
        assert_eq!(log.len(), records.len() as u64);

        // The oldest segment removed (retention): the rest verifies from its first record.
        std::fs::remove_file(&segments[0]).unwrap();
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        assert!(
            v.first > 0 && v.first + v.records == records.len() as u64,
            "{v:?}"
        );
        // One removed from the middle: the chain breaks there.
        std::fs::remove_file(&segments[2]).unwrap();
        let v = verify(&path).unwrap();
        let problem = v.problem.unwrap();
        assert!(
            problem.starts_with(&format!("{}: record ", names[3])),
            "{problem}"
        );
        assert!(problem.contains("are missing"), "{problem}");
    }

    #[test]
    fn writers_follow_a_rotation_made_by_another() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = temp("follow");
        let event = event(&engine, "mail jane.doe@acme.io", &ctx);
        // Two writers rotate, two do not: all of them write into whatever
        // file the log's name holds, and the chain stays whole.
        std::thread::scope(|s| {
            for w in 0..4 {
                let path = &path;
                let event = &event;
                s.spawn(move || {
                    let mut log = AuditLog::open(path, Durability::Buffered).unwrap();
                    if w % 2 == 0 {
                        log = log.with_rotation(rotated(4096));
                    }
                    for _ in 0..100 {
                        log.append(event).unwrap();
                    }
                });
            }
        });
        let v = verify(&path).unwrap();
        assert!(v.is_intact(), "{v:?}");
        let records = types(&path);
        assert_eq!(records.iter().filter(|r| r.1 == "decision").count(), 400);
        assert!(segments(&path).unwrap().len() > 10);
        assert_eq!(v.records, records.len() as u64);
    }

    #[test]
    fn a_new_day_starts_a_new_file() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = temp("daily");
        let mut log = AuditLog::open(&path, Durability::Buffered).unwrap();
        log.append(&AuditEvent::Recovery {
            time: "2000-01-01T00:00:00.000Z".to_string(),
            torn_bytes: 0,
        })
        .unwrap();
        drop(log);
        let mut log = AuditLog::open(&path, Durability::Buffered)
            .unwrap()
            .with_rotation("daily".parse().unwrap());
        log.append(&event(&engine, "today", &ctx)).unwrap();
        log.append(&event(&engine, "today again", &ctx)).unwrap();
        let records = types(&path);
        assert_eq!(
            records.iter().map(|r| r.1.as_str()).collect::<Vec<_>>(),
            ["recovery", "segment", "decision", "decision"]
        );
        assert_eq!(segments(&path).unwrap().len(), 1);
        assert!(verify(&path).unwrap().is_intact());
    }

    #[test]
    fn only_segment_names_are_segments() {
        let (dir, path) = log_of("names", 1);
        for name in [
            "audit.jsonl.000000000007",
            "audit.jsonl.000000000007-1",
            "audit.jsonl.lock",
            "audit.jsonl.head",
            "audit.jsonl.torn",
            "audit.jsonl.0007",
            "audit.jsonl.000000000007-",
            "audit.jsonl.000000000007.bak",
            "other.jsonl.000000000001",
        ] {
            std::fs::write(dir.path().join(name), "").unwrap();
        }
        let names: Vec<String> = segments(&path)
            .unwrap()
            .iter()
            .map(|s| s.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(
            names,
            ["audit.jsonl.000000000007", "audit.jsonl.000000000007-1"]
        );
    }

    #[test]
    fn a_writer_that_keeps_the_lock_makes_appends_fail_not_hang() {
        let engine = Engine::builtin();
        let ctx = AuditContext::default();
        let (_dir, path) = log_of("stuck", 1);
        let mut log = AuditLog::open(&path, Durability::Buffered)
            .unwrap()
            .with_lock_wait(Duration::from_millis(200));
        // Another writer, stopped while it holds the lock.
        let holder = File::options()
            .read(true)
            .write(true)
            .open(lock_path(&path))
            .unwrap();
        fs4::FileExt::lock(&holder).unwrap();
        let start = Instant::now();
        let err = log.append(&event(&engine, "hello", &ctx)).unwrap_err();
        let waited = start.elapsed();
        assert_eq!(err.code(), "io");
        assert!(err.message().contains("held its lock for 0.2 s"), "{err}");
        assert!(waited >= Duration::from_millis(200), "{waited:?}");
        assert_eq!(verify(&path).unwrap().records, 1, "nothing written");
        drop(holder);
        log.append(&event(&engine, "hello", &ctx)).unwrap();
        assert_eq!(verify(&path).unwrap().records, 2);
    }
}
