//! Reads documents the way `classify_document` does and prints, per file,
//! its format, parts, characters of text, what could not be read and the
//! time taken; then the totals. A robustness run over a corpus (never the
//! text itself unless `--text` is given):
//!
//! ```text
//! find /usr/share -name '*.pdf' -o -name '*.od[tsp]' | xargs \
//!     cargo run -q --release -p tiergate --example extract --
//! cargo run -q --release -p tiergate --example extract -- --text tests/documents/report.pdf
//! ```

use std::time::{Duration, Instant};
use tiergate::document::{extract, Limits};

fn main() {
    let mut show_text = false;
    let mut files = Vec::new();
    for arg in std::env::args().skip(1) {
        if arg == "--text" {
            show_text = true;
        } else {
            files.push(arg);
        }
    }
    if files.is_empty() {
        eprintln!("usage: extract [--text] FILE...");
        std::process::exit(2);
    }
    let limits = Limits::default();
    let (mut total, mut slowest) = (Duration::ZERO, (Duration::ZERO, String::new()));
    let (mut read, mut unread) = (0usize, 0usize);
    for path in &files {
        let bytes = match std::fs::read(path) {
            Ok(bytes) => bytes,
            Err(e) => {
                eprintln!("{path}: {e}");
                continue;
            }
        };
        let start = Instant::now();
        let doc = extract(&bytes, Some(path), &limits);
        let took = start.elapsed();
        total += took;
        if took > slowest.0 {
            slowest = (took, path.clone());
        }
        if doc.unreadable.is_empty() {
            read += 1;
        } else {
            unread += 1;
        }
        let chars: usize = doc.parts.iter().map(|p| p.text.chars().count()).sum();
        let why: Vec<String> = doc
            .unreadable
            .iter()
            .map(|u| format!("{} ({})", u.location, u.reason.code()))
            .collect();
        println!(
            "{path}: {} {} parts, {chars} characters, {took:.2?}{}",
            doc.format.as_str(),
            doc.parts.len(),
            if why.is_empty() {
                String::new()
            } else {
                format!(", not read: {}", why.join(", "))
            }
        );
        if show_text {
            for part in &doc.parts {
                println!("--- {}\n{}", part.location, part.text);
            }
        }
    }
    println!(
        "{} files: {read} read whole, {unread} with places not read; {total:.2?} in all, slowest {:.2?} ({})",
        read + unread,
        slowest.0,
        slowest.1
    );
}
