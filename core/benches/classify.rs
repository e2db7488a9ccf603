//! Throughput of classification on realistic and adversarial inputs.
//!
//! `cargo bench -p tiergate --bench classify`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use tiergate::{Engine, Policy};

const PROSE: &str = "The quarterly planning meeting covered the roadmap for the next release. \
We agreed to focus on reliability, documentation and the onboarding flow for new customers. \
Several teams raised concerns about the deadline, so the scope was reduced to the three most \
requested features. The design review is scheduled for next Tuesday afternoon in the large room. \
Please read the attached proposal before then and leave comments in the document. ";

const MIXED: &str = "Hi team, the customer Jane Roe (jane.roe@acme.io, +44 20 7183 9264) asked about \
invoice 2024-0193. Her card ending 6467 was charged twice. Logs from 81.2.69.160 show the retry. \
Ticket moved to https://acme.atlassian.net/browse/OPS-1182. DB at postgres://svc:S3cr3tPw9@db1.prod.corp:5432/app \
was slow; see the runbook. INTERNAL USE ONLY.\n2024-11-02T10:15:22Z INFO request_id=8f14e45f status=200 bytes=5120 took=34ms\n\
fn main() { let total: u64 = items.iter().map(|i| i.price * 3).sum(); println!(\"{total}\"); }\n";

fn build(n: usize, unit: &str) -> String {
    let mut s = unit.repeat(n / unit.len() + 1);
    let mut end = n;
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    s.truncate(end);
    s
}

/// The texts of `tests/accuracy/cases.jsonl`.
fn accuracy_texts() -> Vec<String> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/accuracy/cases.jsonl");
    let jsonl = std::fs::read_to_string(path).expect("tests/accuracy/cases.jsonl is readable");
    jsonl
        .lines()
        .map(|line| {
            let case: serde_json::Value = serde_json::from_str(line).expect("a JSON case");
            case["text"].as_str().expect("a text field").to_string()
        })
        .collect()
}

fn benches(c: &mut Criterion) {
    let engine = Engine::new(Policy::builtin()).unwrap();

    let mut g = c.benchmark_group("classify");
    let prompt_4k = build(
        4096,
        &format!("{PROSE}{PROSE}{PROSE}Contact jane.roe@acme.io. "),
    );
    g.throughput(Throughput::Bytes(prompt_4k.len() as u64));
    g.bench_function("prompt_4k", |b| {
        b.iter(|| engine.classify(black_box(&prompt_4k)))
    });

    let prose_1m = build(1 << 20, PROSE);
    g.throughput(Throughput::Bytes(prose_1m.len() as u64));
    g.bench_function("prose_1m", |b| {
        b.iter(|| engine.classify(black_box(&prose_1m)))
    });

    let mixed_1m = build(1 << 20, &format!("{PROSE}{MIXED}"));
    g.throughput(Throughput::Bytes(mixed_1m.len() as u64));
    g.bench_function("mixed_1m", |b| {
        b.iter(|| engine.classify(black_box(&mixed_1m)))
    });

    // Adversarial: every position starts a candidate for several numeric detectors.
    let digits_1m = build(1 << 20, "4539 1488 0343 6467 536-90-4399 10.1.2.3 ");
    g.throughput(Throughput::Bytes(digits_1m.len() as u64));
    g.bench_function("worst_digits_1m", |b| {
        b.iter(|| engine.classify(black_box(&digits_1m)))
    });

    // Adversarial: context words everywhere, non-ASCII normalisation on every line.
    let unicode_1m = build(
        1 << 20,
        "patient account phone ssn ５３６\u{200B}９０ 日本語のテキスト ",
    );
    g.throughput(Throughput::Bytes(unicode_1m.len() as u64));
    g.bench_function("worst_unicode_1m", |b| {
        b.iter(|| engine.classify(black_box(&unicode_1m)))
    });

    // Adversarial: one word of a million letters (a PDF's text without its
    // spaces, a blob); context words occur all along it. Was quadratic (11 s
    // for 2 MiB) until context-word endings were looked at five letters deep.
    let mut x = 7u64;
    let word_1m: String = (0..1 << 20)
        .map(|_| {
            x = x
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            char::from(b'a' + (x >> 59) as u8 % 26)
        })
        .collect();
    g.throughput(Throughput::Bytes(word_1m.len() as u64));
    g.bench_function("worst_word_1m", |b| {
        b.iter(|| engine.classify(black_box(&word_1m)))
    });
    g.finish();

    // Realistic variety: the 4,043 short texts of the labelled accuracy set
    // (prompts, tickets, logs, configs in many languages), classified one after
    // another by one engine. Repeating one input keeps a lazy DFA's cache warm;
    // varied inputs are what a long-running engine sees, and where a regex set
    // whose cache thrashes loses an order of magnitude.
    let cases = accuracy_texts();
    let mut g = c.benchmark_group("varied");
    g.throughput(Throughput::Bytes(
        cases.iter().map(|t| t.len() as u64).sum::<u64>(),
    ));
    g.bench_function("accuracy_set", |b| {
        b.iter(|| {
            for text in &cases {
                black_box(engine.classify(black_box(text)));
            }
        })
    });
    g.finish();

    c.bench_function("engine_build", |b| {
        b.iter(|| Engine::new(black_box(Policy::builtin())).unwrap())
    });

    // Restoring a reply to a text with many values: linear in the reply and
    // the replacements (it was quadratic in the replacements).
    let mut g = c.benchmark_group("restore");
    for n in [20_000, 80_000] {
        let text: String = (0..n).map(|i| format!("mail u{i}@acme.io\n")).collect();
        let redacted = engine.redact(&text, &engine.classify(&text));
        assert_eq!(redacted.replacements().len(), n);
        let reply = redacted.text().to_string();
        g.throughput(Throughput::Elements(n as u64));
        g.bench_function(format!("{}k_values", n / 1000), |b| {
            b.iter(|| black_box(redacted.restore(black_box(&reply))))
        });
    }
    g.finish();
}

criterion_group! {
    name = classify;
    config = Criterion::default().sample_size(20).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(2));
    targets = benches
}
criterion_main!(classify);
