//! The cost per byte of inputs built to be slow, against mixed text. Prints
//! milliseconds per MiB for each input class at 1 MiB, and for the classes
//! whose cost could grow with length, at 1, 4 and 16 MiB (flat is the goal):
//!
//! ```text
//! cargo run -q --release -p tiergate --example worst_case -- [MIB...] [CLASS...]
//! ```
//! (defaults: 1, 4 and 16 MiB, every class; a CLASS is part of a name: `base64`).

use std::time::Instant;
use tiergate::Engine;

const MIXED: &str = "Hi team, the customer Jane Roe (jane.roe@acme.io, +44 20 7183 9264) asked about \
invoice 2024-0193. Her card ending 6467 was charged twice. Logs from 81.2.69.160 show the retry. \
Ticket moved to https://acme.atlassian.net/browse/OPS-1182. DB at postgres://svc:S3cr3tPw9@db1.prod.corp:5432/app \
was slow; see the runbook. INTERNAL USE ONLY.\n2024-11-02T10:15:22Z INFO request_id=8f14e45f status=200 bytes=5120 took=34ms\n\
The quarterly planning meeting covered the roadmap for the next release. We agreed to focus on \
reliability, documentation and the onboarding flow for new customers.\n";

/// Pseudo-random letters, digits or base64 characters (a fixed LCG: the same text every run).
fn noise(n: usize, alphabet: &[u8], seed: u64) -> String {
    let mut x = seed;
    (0..n)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            alphabet[(x >> 33) as usize % alphabet.len()] as char
        })
        .collect()
}

fn repeat_to(n: usize, unit: impl Fn(usize) -> String) -> String {
    let mut s = String::with_capacity(n + 64);
    let mut i = 0;
    while s.len() < n {
        s.push_str(&unit(i));
        i += 1;
    }
    s.truncate(n);
    s
}

const LETTERS: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
const ALNUM: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
const BASE64: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+/";

/// Builds an input of `n` bytes.
type Build = Box<dyn Fn(usize) -> String>;

/// The input classes: name and builder.
fn classes() -> Vec<(&'static str, Build)> {
    vec![
        (
            "mixed text",
            Box::new(|n| repeat_to(n, |_| MIXED.to_string())),
        ),
        (
            "ghp_ + 5,000 letters",
            Box::new(|n| repeat_to(n, |i| format!("ghp_{} ", noise(5000, LETTERS, i as u64)))),
        ),
        (
            "sk- + long token",
            Box::new(|n| repeat_to(n, |i| format!("sk-{} ", noise(5000, ALNUM, i as u64)))),
        ),
        (
            "long e-mail local part",
            Box::new(|n| repeat_to(n, |i| format!("{}@acme.io ", noise(5000, ALNUM, i as u64)))),
        ),
        (
            "near-IBANs",
            Box::new(|n| repeat_to(n, |i| format!("GB{:02}NWBK{:014} ", i % 97, i * 7919))),
        ),
        (
            "repeated 10.0.0.",
            Box::new(|n| "10.0.0.".repeat(n / 7 + 1)[..n].to_string()),
        ),
        (
            "digits",
            Box::new(|n| {
                repeat_to(n, |_| {
                    "4539 1488 0343 6467 536-90-4399 10.1.2.3 ".to_string()
                })
            }),
        ),
        ("one base64 blob", Box::new(|n| noise(n, BASE64, 7))),
        (
            "one word of letters",
            Box::new(|n| noise(n, b"abcdefghijklmnopqrstuvwxyz", 7)),
        ),
    ]
}

fn ms_per_mib(engine: &Engine, text: &str) -> f64 {
    // The best of three: the least disturbed by other work on the machine.
    (0..3)
        .map(|_| {
            let start = Instant::now();
            std::hint::black_box(engine.classify(std::hint::black_box(text)));
            start.elapsed().as_secs_f64() * 1000.0 / (text.len() as f64 / (1 << 20) as f64)
        })
        .fold(f64::INFINITY, f64::min)
}

fn main() {
    let (sizes, only): (Vec<String>, Vec<String>) = std::env::args()
        .skip(1)
        .partition(|a| a.parse::<usize>().is_ok());
    let sizes: Vec<usize> = sizes.iter().map(|a| a.parse().unwrap()).collect();
    let sizes = if sizes.is_empty() {
        vec![1, 4, 16]
    } else {
        sizes
    };
    let engine = Engine::builtin();
    let mut mixed = None;
    println!(
        "{:<26}{}",
        "input (ms per MiB)",
        sizes
            .iter()
            .map(|s| format!("{:>10}", format!("{s} MiB")))
            .collect::<String>()
            + "   × mixed"
    );
    for (name, build) in classes() {
        if name != "mixed text"
            && !only.is_empty()
            && !only.iter().any(|o| name.contains(o.as_str()))
        {
            continue;
        }
        let costs: Vec<f64> = sizes
            .iter()
            .map(|&mib| ms_per_mib(&engine, &build(mib << 20)))
            .collect();
        let worst = costs.iter().cloned().fold(0.0, f64::max);
        let base = *mixed.get_or_insert(worst);
        println!(
            "{name:<26}{}{:>10.1}",
            costs
                .iter()
                .map(|c| format!("{c:>10.1}"))
                .collect::<String>(),
            worst / base
        );
    }
}
