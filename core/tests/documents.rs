//! Documents from real producers (tests/documents/make.py: python-docx,
//! openpyxl, python-pptx, odfpy, LibreOffice): every known value is found in
//! the part it was written to; hostile and damaged files (built in
//! support/files.rs) are unreadable with their code.
#![cfg(feature = "documents")]

mod support {
    pub mod files;
}
use std::path::Path;
use support::files::{archive, deflate, pdf, pdf_pages, stream};
use tiergate::document::{extract, Failure, Format, Limits, Unreadable};
use tiergate::{Action, Engine, Policy, Tier};

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
    assert_eq!(expected.len(), 15);
    for (file, values) in expected {
        let report = engine.classify_document(&read(file), Some(file));
        let doc = extract(&read(file), None, &Limits::default());
        let text_of = |part: &str| {
            doc.parts
                .iter()
                .find(|q| q.location == part)
                .map_or("", |q| q.text.as_str())
        };
        // The scan is a picture: nothing to find, and unreadable as such;
        // so is a file that needs a password to open.
        let pictures = file.as_str() == "scan.pdf";
        let locked = file.as_str() == "locked.pdf";
        assert_eq!(
            report.unreadable.is_empty(),
            !pictures && !locked,
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
            let cell = v.get("cell").and_then(|c| c.as_str());
            let text = text_of(part);
            let found = report.parts.iter().any(|p| {
                p.location == part
                    && p.report.findings.iter().any(|f| {
                        f.detector == detector
                            && text[f.span.start..f.span.end] == *value
                            && f.cell.as_deref() == cell
                    })
            });
            assert!(found, "{file}: {detector} {value:?} in {part} {cell:?}");
        }
        // Through JSON and back (what a binding gives and takes), the
        // document decides the same.
        let json = serde_json::to_string(&report.to_wire_in(tiergate::OffsetUnit::Utf16)).unwrap();
        let wire: tiergate::DocumentReportWire = serde_json::from_str(&json).unwrap();
        for dest in ["claude-ai", "claude-projects", "claude-enterprise-zdr"] {
            assert_eq!(
                engine.decide_document_wire(&wire, dest).unwrap(),
                engine.decide_document(&report, dest).unwrap(),
                "{file} {dest}"
            );
        }
        if locked {
            assert_eq!(
                report.unreadable,
                [Unreadable {
                    location: String::new(),
                    reason: Failure::Encrypted
                }]
            );
            let decision = engine.decide_document(&report, "claude-projects").unwrap();
            assert_eq!(decision.action, Action::Block, "{file}");
        } else if pictures {
            assert_eq!(report.unreadable[0].reason, Failure::Image);
            assert_eq!(report.unreadable[0].location, "page 1");
            let decision = engine.decide_document(&report, "claude-projects").unwrap();
            assert_eq!(decision.action, Action::Acknowledge, "{file}");
        } else if values.is_empty() {
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
        ("report.pdf", Format::Pdf),
        ("roster.xlsx", Format::Xlsx),
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
        .any(|p| p.location == "sheet \"Archive\" (hidden)" && p.text.contains("Old record")));
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
    assert_eq!(doc.unreadable[0].location, "body");
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
        .any(|u| u.location == "body" && u.reason == Failure::TooLarge));
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

    // What cannot be read is decided by the policy's `[documents]`: a bomb
    // is over a limit (`over_limit`, block).
    let engine = Engine::builtin();
    let report = engine.classify_document(&bomb, Some("bomb.docx"));
    let decision = engine.decide_document(&report, "claude-ai").unwrap();
    assert_eq!(decision.action, Action::Block);
    assert_eq!(decision.unreadable[0].kind, "bomb");
    assert_eq!(decision.unreadable[0].path, "body");
}

#[test]
fn archives_are_read_member_by_member_and_nest_three_deep() {
    let limits = Limits::default();
    let letter = read("letter.docx");
    let png: &[u8] = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR";
    let inner = archive(&[("deep/notes.txt", b"SSN 536-90-4399")]);
    let zip = archive(&[
        ("b/letter.docx", letter.as_slice()),
        ("a.txt", b"Mail maria.okafor@northwind.io"),
        ("photo.png", png),
        ("empty/", b""),
        ("inner.zip", inner.as_slice()),
        ("old.doc", b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"),
    ]);
    let doc = extract(&zip, Some("bundle.zip"), &limits);
    assert_eq!(doc.format, Format::Archive);
    let places: Vec<&str> = doc.parts.iter().map(|p| p.location.as_str()).collect();
    // Name order; a document's parts named inside its member; the picture skipped.
    assert_eq!(
        places,
        [
            "a.txt",
            "b/letter.docx: body",
            "b/letter.docx: comments",
            "b/letter.docx: header 1",
            "b/letter.docx: properties",
            "inner.zip: deep/notes.txt"
        ]
    );
    assert_eq!(doc.unreadable.len(), 1, "{:?}", doc.unreadable);
    assert_eq!(doc.unreadable[0].location, "old.doc");
    assert_eq!(doc.unreadable[0].reason, Failure::Unsupported);

    let engine = Engine::builtin();
    let report = engine.classify_document(&zip, None);
    let ssn_in = |place: &str| {
        report.parts.iter().any(|p| {
            p.location == place && p.report.findings.iter().any(|f| f.detector == "us_ssn")
        })
    };
    assert!(ssn_in("b/letter.docx: comments"));
    assert!(ssn_in("inner.zip: deep/notes.txt"));
    assert_eq!(report.tier, Tier::Restricted);

    // An EPUB book is an archive of XHTML chapters, each read as HTML.
    let epub = archive(&[
        ("mimetype", b"application/epub+zip"),
        (
            "OEBPS/chapter1.xhtml",
            b"<html><body><p>Write to maria.okafor@northwind.io</p></body></html>",
        ),
        ("OEBPS/cover.jpg", b"\xFF\xD8\xFF\xE0"),
    ]);
    let report = engine.classify_document(&epub, Some("book.epub"));
    assert!(report.unreadable.is_empty(), "{:?}", report.unreadable);
    assert!(report
        .parts
        .iter()
        .any(|p| p.location == "OEBPS/chapter1.xhtml: body"
            && p.report.findings.iter().any(|f| f.detector == "email")));

    // Nested deeper than three archives: a bomb (42.zip nests five), named
    // where it starts; the text above it is still read.
    let mut nested = archive(&[("notes.txt", b"SSN 536-90-4399")]);
    for level in ["d.zip", "c.zip", "b.zip"] {
        nested = archive(&[(level, nested.as_slice()), ("readme.txt", b"hello")]);
    }
    let doc = extract(&nested, None, &limits);
    assert_eq!(doc.parts.len(), 3, "{:?}", doc.parts);
    assert_eq!(doc.unreadable.len(), 1);
    assert_eq!(doc.unreadable[0].location, "b.zip: c.zip: d.zip");
    assert_eq!(doc.unreadable[0].reason, Failure::Bomb);

    // The members' text counts against `max_expanded` across the archive.
    let chapter = "All quiet on the western front. ".repeat(4096);
    let many: Vec<(String, &[u8])> = (0..8)
        .map(|i| (format!("part{i}.txt"), chapter.as_bytes()))
        .collect();
    let many: Vec<(&str, &[u8])> = many.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let tight = Limits {
        max_expanded: 3 * chapter.len() as u64,
        ..Limits::default()
    };
    let doc = extract(&archive(&many), None, &tight);
    assert!(doc.parts.len() < 8, "{} parts", doc.parts.len());
    assert_eq!(doc.unreadable.last().unwrap().reason, Failure::TooLarge);

    // ... at every depth: what nested archives expand to is counted once
    // for the whole file (small zips of large text cannot each spend it).
    let inner = archive(&[("chapter.txt", chapter.as_bytes())]);
    assert!(inner.len() * 20 < chapter.len());
    let outer: Vec<(String, &[u8])> = (0..8)
        .map(|i| (format!("volume{i}.zip"), inner.as_slice()))
        .collect();
    let outer: Vec<(&str, &[u8])> = outer.iter().map(|(n, b)| (n.as_str(), *b)).collect();
    let doc = extract(&archive(&outer), None, &tight);
    assert!(doc.parts.len() <= 3, "{} parts", doc.parts.len());
    assert!(doc.unreadable.iter().any(|u| u.reason == Failure::TooLarge));
}

#[test]
fn e_mail_is_read_with_its_attachments_and_bounded() {
    let limits = Limits::default();
    let doc = extract(&read("message.eml"), None, &limits);
    assert_eq!(doc.format, Format::Email);
    assert!(doc.unreadable.is_empty(), "{:?}", doc.unreadable);
    let places: Vec<&str> = doc.parts.iter().map(|p| p.location.as_str()).collect();
    assert_eq!(
        &places[..3],
        ["headers", "body", "attachment letter.docx: body"]
    );
    assert!(places.contains(&"attachment 2: body"), "{places:?}");
    // Decoded: RFC 2047 names, quoted-printable bodies; the HTML
    // alternative is not read twice.
    assert!(doc.parts[0].text.contains("From: Tomasz Wiśniewski <"));
    assert_eq!(doc.parts[1].text.matches("+49 151 28374619").count(), 1);

    // Text that only starts like a message is text; a message needs From
    // and a date, subject, id or MIME version.
    for text in [
        &b"From: me\nThanks for the notes."[..],
        b"Subject: hello\nDate: today\n\nbody",
        b"Dear team, From: the board",
    ] {
        assert_eq!(extract(text, None, &limits).format, Format::Text);
    }

    // A message forwarded inside a message inside a message ...: as deep as
    // archives may nest, then a bomb.
    let mut nested = b"From: a@example.com\r\nSubject: 0\r\n\r\nSSN 536-90-4399\r\n".to_vec();
    for level in 1..=4 {
        let mut outer = format!(
            "From: a@example.com\r\nSubject: {level}\r\nMIME-Version: 1.0\r\n\
             Content-Type: multipart/mixed; boundary=\"b{level}\"\r\n\r\n\
             --b{level}\r\nContent-Type: text/plain\r\n\r\nlevel {level}\r\n\
             --b{level}\r\nContent-Type: message/rfc822\r\n\r\n"
        )
        .into_bytes();
        outer.extend_from_slice(&nested);
        outer.extend_from_slice(format!("\r\n--b{level}--\r\n").as_bytes());
        nested = outer;
    }
    let doc = extract(&nested, None, &limits);
    assert_eq!(doc.unreadable.len(), 1, "{:?}", doc.unreadable);
    assert_eq!(doc.unreadable[0].reason, Failure::Bomb);
    assert_eq!(
        doc.unreadable[0].location,
        "attachment 1: attachment 1: attachment 1"
    );

    // A forwarded message that is not one (mail-parser gives a message with
    // no parts, which its accessors would index: found on its own corpus).
    let broken = b"From: a@example.com\r\nSubject: notes\r\n\
        Content-Type: multipart/mixed; boundary=\"X\"\r\n\r\n\
        --X\r\nContent-Type: text/plain\r\n\r\nSee attached.\r\n\
        --X\r\nContent-Type: message/rfc822\r\n\
        Content-Disposition: attachment; filename=\"old.eml\"\r\n\r\n\
        no headers here at all\r\n--X--\r\n";
    let doc = extract(broken, None, &limits);
    assert_eq!(doc.format, Format::Email);
    assert!(doc.parts.iter().any(|p| p.location == "body"));
    assert_eq!(doc.unreadable.len(), 1, "{:?}", doc.unreadable);
    assert_eq!(doc.unreadable[0].location, "attachment old.eml");
    assert_eq!(doc.unreadable[0].reason, Failure::Corrupt);

    // More attachments than `max_entries`.
    let few = Limits {
        max_entries: 1,
        ..Limits::default()
    };
    let doc = extract(&read("message.eml"), None, &few);
    assert_eq!(doc.unreadable[0].reason, Failure::TooLarge);
}

#[test]
fn pdf_text_is_read_page_by_page_in_lines_and_words() {
    let limits = Limits::default();
    let doc = extract(
        &pdf_pages(
            &[
                b"BT /F1 12 Tf 72 700 Td (Quarterly plan) Tj ET",
                // Lines by moves down, words by kerning in a TJ array and by
                // a move along the line; a string after a line break (').
                b"BT /F1 12 Tf 72 700 Td [(Reply)-250(to)] TJ 0 -14 Td (SSN) Tj                   40 0 Td (536-90-4399) Tj (today.) ' ET",
            ],
            "",
            &[],
        ),
        None,
        &limits,
    );
    assert_eq!(doc.format, Format::Pdf);
    assert!(doc.unreadable.is_empty(), "{:?}", doc.unreadable);
    assert_eq!(doc.parts.len(), 2);
    assert_eq!(doc.parts[0].location, "page 1");
    assert_eq!(doc.parts[0].text, "Quarterly plan");
    assert_eq!(doc.parts[1].location, "page 2");
    assert_eq!(doc.parts[1].text, "Reply to\nSSN 536-90-4399\ntoday.");
    let report = Engine::builtin().classify_document(
        &pdf_pages(
            &[b"BT /F1 12 Tf 72 700 Td (SSN 536-90-4399) Tj ET"],
            "",
            &[],
        ),
        Some("form.pdf"),
    );
    assert_eq!(report.tier, Tier::Restricted);
    assert_eq!(report.parts[0].location, "page 1");
}

#[test]
fn hostile_pdfs_are_unreadable_with_their_code() {
    let limits = Limits::default();
    let unreadable = |bytes: &[u8]| {
        let doc = extract(bytes, None, &limits);
        assert_eq!(doc.format, Format::Pdf);
        doc.unreadable
            .iter()
            .map(|u| (u.location.clone(), u.reason))
            .collect::<Vec<_>>()
    };
    // A page of 8 MiB of spaces, a few kilobytes packed: a bomb, found
    // before the file is parsed.
    let spaces = vec![b' '; 8 << 20];
    let bomb = pdf_pages(&[&spaces], "", &[]);
    assert!(bomb.len() < 100_000);
    assert_eq!(unreadable(&bomb), [(String::new(), Failure::Bomb)]);
    // The same stream labelled as an image (which the first check skips) and
    // drawn as the page's content: caught where the page is read.
    let objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".to_vec(),
        stream("/Subtype /Image /Filter /FlateDecode", &deflate(&spaces)),
    ];
    assert_eq!(
        unreadable(&pdf(&objects, "")),
        [("page 1".to_string(), Failure::Bomb)]
    );
    // Encrypted.
    let locked = pdf_pages(&[b"BT (x) Tj ET"], "", &[]);
    let locked =
        String::from_utf8_lossy(&locked).replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 3 0 R");
    assert_eq!(
        unreadable(locked.as_bytes()),
        [(String::new(), Failure::Encrypted)]
    );
    // A filter not read here (run-length): that page is unsupported.
    let objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
        b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R >>".to_vec(),
        stream("/Filter /RunLengthDecode", b"\x02BT \x80"),
    ];
    assert_eq!(
        unreadable(&pdf(&objects, "")),
        [("page 1".to_string(), Failure::Unsupported)]
    );
    // A form that draws itself: read once, no endless loop.
    let form = stream(
        "/Type /XObject /Subtype /Form /BBox [0 0 100 100] \
         /Resources << /Font << /F1 3 0 R >> /XObject << /X1 6 0 R >> >>",
        b"/X1 Do BT /F1 12 Tf (SSN 536-90-4399) Tj ET /X1 Do",
    );
    let looped = pdf_pages(&[b"/X1 Do /X1 Do"], "/XObject << /X1 6 0 R >>", &[form]);
    let doc = extract(&looped, None, &limits);
    assert!(doc.unreadable.is_empty(), "{:?}", doc.unreadable);
    assert_eq!(doc.parts[0].text, "SSN 536-90-4399");
    // Truncated and damaged files: unreadable or partly read, never a panic.
    let report = read("report.pdf");
    for cut in [0, 9, 100, report.len() / 2, report.len() - 10] {
        let doc = extract(&report[..cut], None, &limits);
        assert!(
            !doc.parts.is_empty() || !doc.unreadable.is_empty(),
            "cut at {cut}"
        );
    }
    // Fewer pages allowed than the file has.
    let few = Limits {
        max_entries: 1,
        ..Limits::default()
    };
    assert_eq!(
        extract(&read("report.pdf"), None, &few).unreadable[0].reason,
        Failure::TooLarge
    );
}

/// The policy's `[documents]` sets the limits and what content that cannot
/// be read means: a scanned page asks for acknowledgement, a file over a
/// limit or password-protected is blocked (the built-in defaults), each
/// changeable.
#[test]
fn the_policy_sets_limits_and_what_unread_content_means() {
    let engine = |edit: &dyn Fn(&str) -> String| {
        Engine::new(Policy::from_toml(&edit(Policy::builtin_source())).unwrap()).unwrap()
    };
    let decide = |engine: &Engine, bytes: &[u8]| {
        let report = engine.classify_document(bytes, None);
        engine
            .decide_document(&report, "claude-enterprise-zdr")
            .unwrap()
    };
    let builtin = Engine::builtin();
    let clean = read("clean.docx");
    assert_eq!(decide(&builtin, &clean).action, Action::Allow);
    assert_eq!(
        decide(&builtin, &read("scan.pdf")).action,
        Action::Acknowledge
    );
    // One page's content may expand to 1 MiB at most: 2 MiB of text is over.
    let tight = engine(&|p| p.replace("max_part_mb = 128", "max_part_mb = 1"));
    // Letters that do not compress much (a bomb would be caught as such).
    let mut x = 1u64;
    let mut content = b"BT /F1 12 Tf (".to_vec();
    content.extend((0..2 << 20).map(|_| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        b'a' + (x >> 59) as u8 % 26
    }));
    content.extend_from_slice(b") Tj ET");
    let long = pdf_pages(&[&content], "", &[]);
    let decision = decide(&tight, &long);
    assert_eq!(decision.action, Action::Block);
    assert_eq!(decision.unreadable[0].kind, "too_large");
    assert!(extract(&long, None, &Limits::default())
        .unreadable
        .is_empty());
    let small = engine(&|p| p.replace("max_file_mb = 64", "max_file_mb = 1"));
    assert_eq!(decide(&small, &long).unreadable[0].kind, "too_large");
    assert_eq!(decide(&small, &clean).action, Action::Allow);
    // Encrypted: blocked, unless the policy says otherwise.
    let locked = String::from_utf8_lossy(&pdf_pages(&[b"BT (x) Tj ET"], "", &[]))
        .replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 3 0 R");
    assert_eq!(decide(&builtin, locked.as_bytes()).action, Action::Block);
    let lenient = engine(&|p| p.replace("encrypted = \"block\"", "encrypted = \"warn\""));
    assert_eq!(decide(&lenient, locked.as_bytes()).action, Action::Warn);
    // A limit of 0 and a redact action are refused with the key's path.
    for (from, to, key) in [
        ("max_ratio = 200", "max_ratio = 0", "documents.max_ratio"),
        (
            "over_limit = \"block\"",
            "over_limit = \"redact\"",
            "documents.over_limit",
        ),
    ] {
        let err = Policy::from_toml(&Policy::builtin_source().replace(from, to)).unwrap_err();
        assert!(err.to_string().contains(key), "{err}");
    }
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
        for file in ["letter.docx", "customers.xlsx", "memo.odt", "report.pdf"] {
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
