//! Documents: extraction alone and extraction with classification, on a
//! 100-page text PDF, a Word file of about 5 MB and an Excel file of about
//! 10 MB, made here (the layout the producers write; the sizes are of the
//! files).
//!
//! `cargo bench -p tiergate --bench documents`

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use std::hint::black_box;
use tiergate::document::{extract, Limits};
use tiergate::Engine;

#[path = "../tests/support/files.rs"]
mod files;

fn benches(c: &mut Criterion) {
    let engine = Engine::builtin();
    let limits = Limits::default();
    let mut g = c.benchmark_group("documents");
    for (name, file) in [
        ("pdf_100_pages", files::pdf_report(100)),
        ("docx_5mb", files::docx(5 << 20)),
        ("xlsx_10mb", files::xlsx(10 << 20)),
    ] {
        let doc = extract(&file, None, &limits);
        let text: usize = doc.parts.iter().map(|p| p.text.len()).sum();
        eprintln!(
            "{name}: file {} bytes, {} parts, {} bytes of text, unreadable {:?}",
            file.len(),
            doc.parts.len(),
            text,
            doc.unreadable
        );
        g.throughput(Throughput::Bytes(file.len() as u64));
        g.bench_function(format!("{name}/extract"), |b| {
            b.iter(|| extract(black_box(&file), None, &limits))
        });
        g.bench_function(format!("{name}/classify_document"), |b| {
            b.iter(|| engine.classify_document(black_box(&file), None))
        });
    }
    g.finish();
}

criterion_group! {
    name = documents;
    config = Criterion::default().sample_size(10).warm_up_time(std::time::Duration::from_millis(500)).measurement_time(std::time::Duration::from_secs(5));
    targets = benches
}
criterion_main!(documents);
