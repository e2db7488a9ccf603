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

const WORDS: &[&str] = &[
    "supplier",
    "delivery",
    "schedule",
    "invoice",
    "quarter",
    "review",
    "payment",
    "contract",
    "warranty",
    "service",
    "period",
    "notice",
    "party",
    "agreement",
    "terms",
    "price",
    "order",
    "volume",
    "region",
    "budget",
    "forecast",
    "margin",
    "customer",
    "account",
    "release",
    "within",
    "before",
    "after",
    "under",
    "shall",
    "must",
    "may",
    "each",
    "every",
    "written",
];

/// A sentence of the kind a contract or a report holds (words drawn by a
/// fixed generator, so it packs like prose, not like a repeated line), with
/// an e-mail address now and then.
fn sentence(i: usize) -> String {
    let mut x = (i as u64)
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut s = String::new();
    for _ in 0..14 {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        s.push_str(WORDS[(x >> 33) as usize % WORDS.len()]);
        s.push(' ');
    }
    if i % 20 == 0 {
        s.push_str(&format!("owner{i}@northwind.io "));
    }
    s.push_str(&format!("({}).", x % 100_000));
    s
}

fn package(members: &[(&str, String)]) -> Vec<u8> {
    let members: Vec<(&str, &[u8])> = members.iter().map(|(n, b)| (*n, b.as_bytes())).collect();
    files::archive(&members)
}

/// A Word document of paragraphs until the file is about `bytes` long.
fn docx(bytes: usize) -> Vec<u8> {
    let mut body = String::from("<w:document xmlns:w=\"w\"><w:body>");
    let mut i = 0;
    // Deflate packs this XML about 7 to 1.
    while body.len() < bytes * 7 {
        body.push_str("<w:p><w:r><w:t xml:space=\"preserve\">");
        body.push_str(&sentence(i));
        body.push_str("</w:t></w:r></w:p>");
        i += 1;
    }
    body.push_str("</w:body></w:document>");
    package(&[
        ("[Content_Types].xml", "<Types/>".into()),
        ("word/document.xml", body),
    ])
}

/// An Excel workbook of rows with shared strings until the file is about `bytes` long.
fn xlsx(bytes: usize) -> Vec<u8> {
    let mut shared = String::from("<sst>");
    for i in 0..1000 {
        shared.push_str(&format!("<si><t>{}</t></si>", sentence(i)));
    }
    shared.push_str("</sst>");
    let mut sheet = String::from("<worksheet><sheetData>");
    let mut row = 0usize;
    // About 7.5 to 1: a 10 MB workbook holds a sheet of some 80 MB.
    while sheet.len() < bytes * 15 / 2 {
        row += 1;
        sheet.push_str(&format!(
            "<row r=\"{row}\"><c r=\"A{row}\"><v>{row}</v></c><c r=\"B{row}\" t=\"s\"><v>{}</v></c><c r=\"C{row}\" t=\"inlineStr\"><is><t>customer{row}@fabrikam.com</t></is></c><c r=\"D{row}\"><v>{}.{:02}</v></c></row>",
            row % 1000,
            row * 37 % 10_000,
            row % 100
        ));
    }
    sheet.push_str("</sheetData></worksheet>");
    package(&[
        ("[Content_Types].xml", "<Types/>".into()),
        ("xl/sharedStrings.xml", shared),
        ("xl/worksheets/sheet1.xml", sheet),
    ])
}

/// A PDF of `pages` pages of 45 lines each, as a word processor prints a
/// report (one `Tj` per line, moving down by `Td`), Deflate-compressed.
fn pdf(pages: usize) -> Vec<u8> {
    let contents: Vec<Vec<u8>> = (0..pages)
        .map(|p| {
            let mut page = String::from("BT /F1 11 Tf 72 740 Td 14 TL\n");
            for line in 0..45 {
                let text = sentence(p * 45 + line).replace(['(', ')'], "");
                page.push_str(&format!("({text}) Tj T*\n"));
            }
            page.push_str("ET");
            page.into_bytes()
        })
        .collect();
    let contents: Vec<&[u8]> = contents.iter().map(Vec::as_slice).collect();
    files::pdf_pages(&contents, "", &[])
}

fn benches(c: &mut Criterion) {
    let engine = Engine::builtin();
    let limits = Limits::default();
    let mut g = c.benchmark_group("documents");
    for (name, file) in [
        ("pdf_100_pages", pdf(100)),
        ("docx_5mb", docx(5 << 20)),
        ("xlsx_10mb", xlsx(10 << 20)),
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
