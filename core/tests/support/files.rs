//! Small files built in code for the document tests and benchmark: ZIP
//! packages and PDFs with exactly the structure a case needs (hostile ones
//! included), next to the fixtures real producers wrote (tests/documents/).

// Shared by the documents test and benchmark; each uses only part of it.
#![allow(dead_code)]

use std::io::Write;

/// A ZIP archive with the given members, compressed with Deflate.
pub fn archive(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in members {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out.into_inner()
}

/// Zlib-compressed bytes (a PDF's `FlateDecode`).
pub fn deflate(bytes: &[u8]) -> Vec<u8> {
    let mut z = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    z.write_all(bytes).unwrap();
    z.finish().unwrap()
}

/// A stream object: its dictionary entries (`/Length` added) and data.
pub fn stream(dict: &str, data: &[u8]) -> Vec<u8> {
    let mut out = format!("<< {dict} /Length {} >>\nstream\n", data.len()).into_bytes();
    out.extend_from_slice(data);
    out.extend_from_slice(b"\nendstream");
    out
}

/// A PDF of the given objects, numbered from 1, with a cross-reference
/// table; object 1 must be the catalogue. `trailer` adds trailer entries.
pub fn pdf(objects: &[Vec<u8>], trailer: &str) -> Vec<u8> {
    let mut out = b"%PDF-1.7\n%\xE2\xE3\xCF\xD3\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n", i + 1).as_bytes());
        out.extend_from_slice(object);
        out.extend_from_slice(b"\nendobj\n");
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R {trailer} >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

/// A PDF of pages, each drawn by its content stream (Deflate-compressed)
/// in Helvetica (`/F1`); `extra` objects follow, numbered from `4 + 2 * pages`.
pub fn pdf_pages(contents: &[&[u8]], resources: &str, extra: &[Vec<u8>]) -> Vec<u8> {
    let n = contents.len();
    let kids: Vec<String> = (0..n).map(|i| format!("{} 0 R", 4 + 2 * i)).collect();
    let mut objects = vec![
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        format!("<< /Type /Pages /Kids [{}] /Count {n} >>", kids.join(" ")).into_bytes(),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
            .to_vec(),
    ];
    for (i, content) in contents.iter().enumerate() {
        objects.push(
            format!(
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] \
                 /Resources << /Font << /F1 3 0 R >> {resources} >> /Contents {} 0 R >>",
                5 + 2 * i
            )
            .into_bytes(),
        );
        objects.push(stream("/Filter /FlateDecode", &deflate(content)));
    }
    objects.extend_from_slice(extra);
    pdf(&objects, "")
}

// ---- large documents of the kind people write (benchmarks, fuel calibration) ----

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
// `is_multiple_of` is newer than the core's rust-version (1.85); the
// wasmtime host, which includes this file, has a newer one, so its clippy
// asks for it.
#[allow(clippy::manual_is_multiple_of)]
pub fn sentence(i: usize) -> String {
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
    archive(&members)
}

/// A Word document of paragraphs until the file is about `bytes` long.
pub fn docx(bytes: usize) -> Vec<u8> {
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
pub fn xlsx(bytes: usize) -> Vec<u8> {
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
pub fn pdf_report(pages: usize) -> Vec<u8> {
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
    pdf_pages(&contents, "", &[])
}
