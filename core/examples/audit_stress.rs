//! Many processes appending to one audit log, then the cost of an append as
//! the log grows. Prints appends per second, whether the chain is intact and
//! the exact record count, then microseconds per append at 1k and at 100k
//! records:
//!
//! ```text
//! cargo run -q --release -p tiergate --example audit_stress -- [WRITERS] [APPENDS] [sync|buffered]
//! ```
//! (defaults: 4 writer processes × 2,000 appends, `sync`: an fsync per record).

use std::path::Path;
use std::process::Command;
use std::time::Instant;
use tiergate::audit::{self, AuditContext, AuditEvent, AuditLog, Durability};
use tiergate::Engine;

fn event(engine: &Engine) -> AuditEvent {
    let text = "Customer jane.doe@acme.io asks about her refund";
    let report = engine.classify(text);
    let decision = engine
        .decide(&report, "claude-ai")
        .expect("built-in destination");
    let ctx = AuditContext {
        surface: "stress".into(),
        ..Default::default()
    };
    AuditEvent::decision(engine, &report, &decision, Some(text), &ctx)
}

fn durability(name: &str) -> Durability {
    match name {
        "buffered" => Durability::Buffered,
        _ => Durability::Sync,
    }
}

/// Appends `n` records as one writer (a child process).
fn write(path: &Path, n: usize, durability: Durability) {
    let engine = Engine::builtin();
    let event = event(&engine);
    let mut log = AuditLog::open(path, durability).expect("open");
    for _ in 0..n {
        log.append(&event).expect("append");
    }
}

/// Microseconds per append over `n` appends to the log at `path`.
fn per_append(path: &Path, n: usize, durability: Durability) -> f64 {
    let engine = Engine::builtin();
    let event = event(&engine);
    let start = Instant::now();
    let mut log = AuditLog::open(path, durability).expect("open");
    for _ in 0..n {
        log.append(&event).expect("append");
    }
    start.elapsed().as_secs_f64() * 1e6 / n as f64
}

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--child") {
        write(
            Path::new(&args[1]),
            args[2].parse().unwrap(),
            durability(&args[3]),
        );
        return;
    }
    let writers: usize = args.first().map_or(4, |a| a.parse().expect("WRITERS"));
    let appends: usize = args.get(1).map_or(2_000, |a| a.parse().expect("APPENDS"));
    let mode = args.get(2).map_or("sync", String::as_str).to_string();
    let dir = tempfile_dir();
    let path = dir.join("audit.jsonl");

    let start = Instant::now();
    let children: Vec<_> = (0..writers)
        .map(|_| {
            Command::new(std::env::current_exe().unwrap())
                .args([
                    "--child",
                    path.to_str().unwrap(),
                    &appends.to_string(),
                    &mode,
                ])
                .spawn()
                .expect("spawn a writer")
        })
        .collect();
    for mut child in children {
        assert!(child.wait().unwrap().success(), "a writer failed");
    }
    let secs = start.elapsed().as_secs_f64();
    let v = audit::verify(&path).expect("verify");
    let want = (writers * appends) as u64;
    println!(
        "{writers} processes x {appends} appends ({mode}): {} records (expected {want}), intact: {}, {:.0} appends/s",
        v.records,
        v.is_intact(),
        v.records as f64 / secs
    );

    // The cost of an append at 1k and at 100k records (buffered, so the
    // disk's fsync does not hide it).
    let small = dir.join("small.jsonl");
    write(&small, 1_000, Durability::Buffered);
    let big = dir.join("big.jsonl");
    write(&big, 100_000, Durability::Buffered);
    let size = std::fs::metadata(&big).unwrap().len();
    println!(
        "one writer, buffered: {:.1} µs per append at 1k records, {:.1} µs at 100k records ({:.1} MB)",
        per_append(&small, 1_000, Durability::Buffered),
        per_append(&big, 1_000, Durability::Buffered),
        size as f64 / 1e6
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A fresh directory under the system's temporary one.
fn tempfile_dir() -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("tiergate-audit-stress-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}
