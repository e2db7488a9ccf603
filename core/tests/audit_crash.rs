//! A writer process killed while appending leaves an audit log whose every
//! complete record verifies; reopening sets a torn last line aside and the
//! chain goes on.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;
use tiergate::audit::{self, AuditContext, AuditEvent, AuditLog, Durability};
use tiergate::Engine;

const WRITER: &str = "TIERGATE_AUDIT_CRASH_WRITER";

/// In the child process: append large records until killed.
fn write_forever(path: &Path) -> ! {
    let engine = Engine::builtin();
    let ctx = AuditContext {
        surface: "crash-test".into(),
        ..Default::default()
    };
    let mut log = AuditLog::open(path, Durability::Buffered).expect("open");
    // ~70 KB justifications make each record one large write(2), which SIGKILL can tear.
    let justification = "the weekly report is fine to share ".repeat(2_000);
    let event = AuditEvent::acknowledgement(&engine, "d-test", Some(&justification), &ctx);
    loop {
        log.append(&event).expect("append");
    }
}

/// A fresh log path in a directory removed when the guard drops.
fn temp_log() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::Builder::new()
        .prefix("tiergate-crash-")
        .tempdir()
        .unwrap();
    let path = dir.path().join("audit.jsonl");
    (dir, path)
}

#[test]
fn a_killed_writer_leaves_a_log_that_verifies() {
    if let Some(path) = std::env::var_os(WRITER) {
        write_forever(Path::new(&path));
    }
    let (_dir, path) = temp_log();
    let mut torn_seen = 0;
    let mut records = 0;
    for round in 0..6 {
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "a_killed_writer_leaves_a_log_that_verifies",
                "--nocapture",
            ])
            .env(WRITER, &path)
            .spawn()
            .expect("spawn the writer");
        // Let it append at least two records, then kill it (SIGKILL) wherever it is.
        let start = std::fs::metadata(&path).map_or(0, |m| m.len());
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while std::fs::metadata(&path).map_or(0, |m| m.len()) < start + 150_000 {
            assert!(
                std::time::Instant::now() < deadline,
                "the writer made no progress"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
        std::thread::sleep(Duration::from_millis(3 * round));
        child.kill().expect("kill the writer");
        child.wait().unwrap();

        let v = audit::verify(&path).unwrap();
        assert_eq!(
            v.problem, None,
            "round {round}: complete records must verify"
        );
        assert!(v.records >= records, "round {round}: records were lost");
        if v.torn_at.is_some() {
            torn_seen += 1;
        }
        // Reopening sets a torn line aside (with a recovery record); the chain is whole again.
        let log = AuditLog::open(&path, Durability::Sync).expect("reopen after the crash");
        records = log.len();
        drop(log);
        assert!(audit::verify(&path).unwrap().is_intact(), "round {round}");
    }
    assert!(
        records >= 18,
        "each round appended at least two records and a recovery at most"
    );
    eprintln!("{records} records over 6 kills; {torn_seen} kills tore a record mid-write");
}

#[test]
fn killing_one_of_several_writers_loses_nothing_else() {
    if let Some(path) = std::env::var_os(WRITER) {
        write_forever(Path::new(&path));
    }
    let (_dir, path) = temp_log();
    let spawn = || {
        Command::new(std::env::current_exe().unwrap())
            .args([
                "--exact",
                "killing_one_of_several_writers_loses_nothing_else",
                "--nocapture",
            ])
            .env(WRITER, &path)
            .spawn()
            .expect("spawn a writer")
    };
    let grows_by = |bytes: u64| {
        let start = std::fs::metadata(&path).map_or(0, |m| m.len());
        let deadline = std::time::Instant::now() + Duration::from_secs(60);
        while std::fs::metadata(&path).map_or(0, |m| m.len()) < start + bytes {
            assert!(
                std::time::Instant::now() < deadline,
                "the writers made no progress"
            );
            std::thread::sleep(Duration::from_millis(2));
        }
    };
    let mut writers: Vec<_> = (0..3).map(|_| spawn()).collect();
    grows_by(300_000);
    // One writer dies wherever it is (holding the lock, mid-write, or idle)…
    writers[0].kill().unwrap();
    writers[0].wait().unwrap();
    let before = audit::verify(&path).unwrap().records;
    // …and the others go on: the lock died with it, a torn line is set aside.
    grows_by(300_000);
    for w in &mut writers[1..] {
        w.kill().unwrap();
        w.wait().unwrap();
    }
    let v = audit::verify(&path).unwrap();
    assert_eq!(v.problem, None, "every complete record verifies");
    assert!(v.records > before, "the other writers kept appending");
    drop(AuditLog::open(&path, Durability::Sync).expect("reopen"));
    assert!(audit::verify(&path).unwrap().is_intact());
}
