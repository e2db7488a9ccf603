//! Documents from real producers (tests/documents/make.py: python-docx,
//! openpyxl, python-pptx, odfpy): every known value is found in the part it
//! was written to; hostile and damaged files are unreadable with their code.
#![cfg(feature = "documents")]

use std::io::Write;
use std::path::Path;
use tiergate::document::{extract, Failure, Format, Limits};
use tiergate::{Action, Engine, Tier};

fn fixtures() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../tests/documents"))
}

fn read(name: &str) -> Vec<u8> {
    std::fs::read(fixtures().join(name)).unwrap()
}

#[test]
fn every_known_value_is_found_in_its_part() {
    let engine = Engine::builtin();
    let expected: serde_json::Value =
        serde_json::from_slice(&std::fs::read(fixtures().join("expected.json")).unwrap()).unwrap();
    let expected = expected.as_object().unwrap();
    assert_eq!(expected.len(), 5);
    for (file, values) in expected {
        let report = engine.classify_document(&read(file), Some(file));
        let doc = extract(&read(file), None, &Limits::default());
        let text_of = |part: &str| {
            doc.parts
                .iter()
                .find(|q| q.location == part)
                .map_or("", |q| q.text.as_str())
        };
        assert!(
            report.unreadable.is_empty(),
            "{file}: {:?}",
            report.unreadable
        );
        let values = values.as_array().unwrap();
        for v in values {
            let (detector, value, part) = (
                v["detector"].as_str().unwrap(),
                v["value"].as_str().unwrap(),
                v["part"].as_str().unwrap(),
            );
            let text = text_of(part);
            let found = report.parts.iter().any(|p| {
                p.location == part
                    && p.report
                        .findings
                        .iter()
                        .any(|f| f.detector == detector && text[f.span.start..f.span.end] == *value)
            });
            assert!(found, "{file}: {detector} {value:?} in {part}");
        }
        if values.is_empty() {
            assert_eq!(report.tier, Tier::Public, "{file}");
            let decision = engine.decide_document(&report, "claude-projects").unwrap();
            assert_eq!(decision.action, Action::Allow, "{file}");
        } else {
            assert!(report.tier >= Tier::Sensitive, "{file}");
            let decision = engine.decide_document(&report, "claude-projects").unwrap();
            assert_eq!(decision.action, Action::Block, "{file}");
        }
    }
}

#[test]
fn formats_are_read_from_the_content_not_the_name() {
    for (file, format) in [
        ("letter.docx", Format::Docx),
        ("customers.xlsx", Format::Xlsx),
        ("deck.pptx", Format::Pptx),
        ("memo.odt", Format::OpenDocument),
    ] {
        let doc = extract(&read(file), Some("upload.bin"), &Limits::default());
        assert_eq!(doc.format, format, "{file}");
    }
    // Limits without bounds read the same parts.
    let unbounded = Limits {
        max_part: u64::MAX,
        max_expanded: u64::MAX,
        ..Limits::default()
    };
    assert_eq!(
        extract(&read("letter.docx"), None, &unbounded),
        extract(&read("letter.docx"), None, &Limits::default())
    );
    // The hidden sheet and the speaker notes are read too.
    let sheets = extract(&read("customers.xlsx"), None, &Limits::default());
    assert!(sheets
        .parts
        .iter()
        .any(|p| p.location == "xl/worksheets/sheet2.xml" && p.text.contains("Old record")));
}

/// A ZIP archive with the given members, compressed with Deflate.
fn archive(members: &[(&str, &[u8])]) -> Vec<u8> {
    let mut out = std::io::Cursor::new(Vec::new());
    {
        let mut zip = zip::ZipWriter::new(&mut out);
        let options = zip::write::SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated);
        for (name, bytes) in members {
            zip.start_file(*name, options).unwrap();
            zip.write_all(bytes).unwrap();
        }
        zip.finish().unwrap();
    }
    out.into_inner()
}

#[test]
fn hostile_and_damaged_files_are_unreadable_with_their_code() {
    let limits = Limits::default();
    let types: &[u8] = b"<Types/>";
    // A compression bomb: 8 MiB of one byte, a few kilobytes packed.
    let body = format!(
        "<w:document><w:p><w:t>{}</w:t></w:p></w:document>",
        "a".repeat(8 << 20)
    );
    let bomb = archive(&[
        ("[Content_Types].xml", types),
        ("word/document.xml", body.as_bytes()),
    ]);
    assert!(bomb.len() < 100_000);
    let doc = extract(&bomb, None, &limits);
    assert_eq!(doc.format, Format::Docx);
    assert_eq!(doc.unreadable[0].location, "word/document.xml");
    assert_eq!(doc.unreadable[0].reason, Failure::Bomb);
    assert_eq!(doc.unreadable[0].reason.code(), "bomb");

    // A part over the size limit, and too many members.
    let small = Limits {
        max_part: 1000,
        ..Limits::default()
    };
    let doc = extract(&read("letter.docx"), None, &small);
    assert!(doc
        .unreadable
        .iter()
        .any(|u| u.location == "word/document.xml" && u.reason == Failure::TooLarge));
    let few = Limits {
        max_entries: 3,
        ..Limits::default()
    };
    assert_eq!(
        extract(&read("deck.pptx"), None, &few).unreadable[0].reason,
        Failure::TooLarge
    );

    // Truncated: the central directory is gone.
    let whole = read("letter.docx");
    let doc = extract(&whole[..whole.len() / 2], None, &limits);
    assert_eq!(doc.unreadable[0].reason, Failure::Corrupt);

    // A member that is not XML.
    let broken = archive(&[
        ("[Content_Types].xml", types),
        ("word/document.xml", b"<w:p><w:t>a</w:p>"),
    ]);
    let doc = extract(&broken, None, &limits);
    assert_eq!(doc.unreadable[0].reason, Failure::Corrupt);

    // A plain ZIP archive is not read yet.
    let plain = archive(&[("notes.txt", b"SSN 536-90-4399")]);
    assert_eq!(
        extract(&plain, None, &limits).unreadable[0].reason,
        Failure::Unsupported
    );

    // What cannot be read is decided by the policy's `[documents] unreadable`.
    let engine = Engine::builtin();
    let report = engine.classify_document(&bomb, Some("bomb.docx"));
    let decision = engine.decide_document(&report, "claude-ai").unwrap();
    assert_eq!(decision.action, Action::Acknowledge);
    assert_eq!(decision.unreadable[0].kind, "bomb");
    assert_eq!(decision.unreadable[0].path, "word/document.xml");
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(64))]

    /// Damaged packages (bytes overwritten anywhere, or cut short) never
    /// panic: each is read, or unreadable with a code.
    #[test]
    fn damaged_packages_never_panic(
        flips in proptest::collection::vec((0usize..40_000, proptest::num::u8::ANY), 1..8),
        cut in 0usize..40_000,
    ) {
        for file in ["letter.docx", "customers.xlsx", "memo.odt"] {
            let mut bytes = read(file);
            for &(at, b) in &flips {
                let at = at % bytes.len();
                bytes[at] = b;
            }
            let doc = extract(&bytes, None, &Limits::default());
            proptest::prop_assert!(!doc.parts.is_empty() || !doc.unreadable.is_empty() || doc.format != Format::Other);
            let short = &bytes[..cut % bytes.len()];
            let doc = extract(short, None, &Limits::default());
            for u in &doc.unreadable {
                proptest::prop_assert!(!u.reason.code().is_empty());
            }
        }
    }
}
