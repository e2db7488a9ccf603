//! Documents to text: the parts of a file people upload (PDF, Word, Excel and
//! PowerPoint files, OpenDocument, ZIP archives and EPUB books member by
//! member, plain text), each with the place it comes
//! from, under limits that bound memory and work. The stage before `detect`:
//! [`Engine::classify_document`](crate::Engine::classify_document) classifies
//! each part.
//!
//! Extraction never fails: what cannot be read (a format not supported yet,
//! a corrupt or encrypted file, a part over a limit, a compression bomb)
//! is reported as [`Unreadable`] with a stable [`Failure`] code, next to the
//! parts that could be read. Nothing of a document's content appears in a
//! reason.
//!
//! ```
//! use tiergate::document::{extract, Failure, Limits};
//!
//! let doc = extract(b"Contact: maria.okafor@northwind.io", Some("note.txt"), &Limits::default());
//! assert_eq!(doc.parts[0].text, "Contact: maria.okafor@northwind.io");
//! let legacy = extract(b"\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", Some("old.doc"), &Limits::default());
//! assert_eq!(legacy.unreadable[0].reason, Failure::Unsupported);
//! ```
//!
//! The types and [`is_document`] are always built; reading (`extract`) needs
//! the `documents` feature (on by default; off in the WebAssembly builds).

#[cfg(feature = "documents")]
mod container;
#[cfg(feature = "documents")]
mod html;
#[cfg(feature = "documents")]
mod mail;
#[cfg(feature = "documents")]
mod pdf;
#[cfg(feature = "documents")]
mod rtf;
#[cfg(feature = "documents")]
mod xml;

use serde::{Deserialize, Serialize};
#[cfg(feature = "documents")]
use std::cell::Cell;
#[cfg(feature = "documents")]
use std::io::Read;

/// Bounds on the work and memory one document may take. The defaults fit
/// documents people attach to a prompt or a Project (tens of megabytes; a
/// 10 MB workbook of data expands to some 80 MB).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// The largest file read at all, in bytes.
    pub max_input: usize,
    /// The most bytes a file may expand to, all its parts, and the members
    /// of archives in it at any depth, together (a PDF's streams count twice:
    /// every one is inflated once to check it before its pages are read).
    pub max_expanded: u64,
    /// The most bytes one part of an archive may expand to.
    pub max_part: u64,
    /// The highest ratio of expanded to compressed size for a part larger
    /// than 1 MiB (a compression bomb has thousands).
    pub max_ratio: u64,
    /// The most entries an archive may hold.
    pub max_entries: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_input: 64 << 20,
            max_expanded: 512 << 20,
            // A 10 MB workbook of data holds a sheet of some 80 MB of XML.
            max_part: 128 << 20,
            max_ratio: 200,
            max_entries: 10_000,
        }
    }
}

/// What a file is, read from its content (the name only breaks ties).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Format {
    /// A Word document (`.docx`, Office Open XML).
    Docx,
    /// An Excel workbook (`.xlsx`).
    Xlsx,
    /// A PowerPoint presentation (`.pptx`).
    Pptx,
    /// OpenDocument text, spreadsheet or presentation (`.odt`, `.ods`, `.odp`).
    OpenDocument,
    /// A PDF file: the text layer of each page.
    Pdf,
    /// A ZIP archive (or an EPUB book): each member read as a file of its
    /// own, its parts named `member` or `member: place`.
    Archive,
    /// An e-mail message (`.eml`): `headers`, `body`, and each attachment
    /// read as a file of its own (`attachment report.pdf: page 2`).
    Email,
    /// An HTML page: `body`, the text a browser shows, and `markup`,
    /// what it does not show (comments, scripts, attribute values).
    Html,
    /// A Rich Text Format file: `body`, `headers and footers`, `footnotes`,
    /// `comments` and `properties`.
    Rtf,
    /// UTF-8 text (plain text, CSV, JSON, XML).
    Text,
    /// Anything else; the document has one [`Unreadable`] entry saying why.
    Other,
}

impl Format {
    /// The stable snake_case name (`pdf`, `docx`, `xlsx`, `pptx`,
    /// `open_document`, `archive`, `email`, `html`, `rtf`, `text`, `other`), as in the wire format.
    pub fn as_str(self) -> &'static str {
        match self {
            Format::Docx => "docx",
            Format::Xlsx => "xlsx",
            Format::Pptx => "pptx",
            Format::OpenDocument => "open_document",
            Format::Pdf => "pdf",
            Format::Archive => "archive",
            Format::Email => "email",
            Format::Html => "html",
            Format::Rtf => "rtf",
            Format::Text => "text",
            Format::Other => "other",
        }
    }
}

/// Text from one place of a document.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Part {
    /// Where the text comes from, as people name it: `page 2`, `body`,
    /// `header 1`, `comments`, `sheet "Archive" (hidden)`, `slide 3`, `notes
    /// of slide 3`, `properties` (an archive member the package does not
    /// name keeps its path), or
    /// empty for a text file.
    pub location: String,
    /// The text, paragraphs and rows on their own lines, cells separated by tabs.
    pub text: String,
    /// For a sheet: where each cell's text starts in [`Part::text`] (UTF-8
    /// bytes, ascending) and the cell's reference (`C4`); empty otherwise.
    #[serde(skip)]
    pub cells: Vec<(usize, String)>,
}

impl Part {
    /// A part without cells.
    pub fn new(location: impl Into<String>, text: impl Into<String>) -> Part {
        Part {
            location: location.into(),
            text: text.into(),
            cells: Vec::new(),
        }
    }

    /// The reference of the cell whose text holds byte `offset` of
    /// [`Part::text`], for a sheet.
    pub fn cell_at(&self, offset: usize) -> Option<&str> {
        let i = self.cells.partition_point(|(start, _)| *start <= offset);
        let (start, cell) = self.cells.get(i.checked_sub(1)?)?;
        // Not past the cell's end (its tab or line end).
        let end = self.text[*start..]
            .find(['\t', '\n'])
            .map_or(self.text.len(), |e| start + e);
        (offset < end.max(start + 1)).then_some(cell.as_str())
    }
}

/// Why a document, or one part of it, could not be read. Its code is the
/// `kind` of the part in a decision ([`crate::UnreadablePart`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Failure {
    /// A format not read yet (legacy Office files, images, plain archives).
    Unsupported,
    /// The file or an archive member is damaged or not what it claims.
    Corrupt,
    /// Password-protected.
    Encrypted,
    /// Over [`Limits::max_input`], [`Limits::max_part`],
    /// [`Limits::max_expanded`] or [`Limits::max_entries`].
    TooLarge,
    /// Expands far more than any real document ([`Limits::max_ratio`]).
    Bomb,
    /// A page that is a picture (a scan): its text cannot be read without OCR.
    Image,
}

impl Failure {
    /// The stable snake_case code (`unsupported`, `corrupt`, `encrypted`,
    /// `too_large`, `bomb`).
    pub fn code(self) -> &'static str {
        match self {
            Failure::Unsupported => "unsupported",
            Failure::Corrupt => "corrupt",
            Failure::Encrypted => "encrypted",
            Failure::TooLarge => "too_large",
            Failure::Bomb => "bomb",
            Failure::Image => "image",
        }
    }
}

/// A place that could not be read, and why.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Unreadable {
    /// The place, named as [`Part::location`] is, or empty for the whole file.
    pub location: String,
    /// Why.
    pub reason: Failure,
}

/// The text of a document, part by part.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Document {
    /// What the file is.
    pub format: Format,
    /// The parts that hold text, in archive order.
    pub parts: Vec<Part>,
    /// What could not be read; empty when everything was.
    pub unreadable: Vec<Unreadable>,
}

impl Document {
    /// Reads `bytes`, a file inside this one (an archive member, an
    /// attachment) called `name`, as a file of its own one level deeper, and
    /// adds its parts and what it could not read, named `name` or `name:
    /// place`. Pictures and fonts are skipped, as in an Office file.
    #[cfg(feature = "documents")]
    fn add_inner(
        &mut self,
        name: &str,
        bytes: &[u8],
        limits: &Limits,
        depth: usize,
        spent: &Cell<u64>,
    ) {
        if is_media(bytes) {
            return;
        }
        let inner = extract_nested(bytes, limits, depth + 1, spent);
        let place = |location: &str| match location {
            "" => name.to_string(),
            location => format!("{name}: {location}"),
        };
        self.parts.extend(
            inner
                .parts
                .into_iter()
                .filter(|p| !p.text.trim().is_empty())
                .map(|p| Part {
                    location: place(&p.location),
                    ..p
                }),
        );
        self.unreadable
            .extend(inner.unreadable.into_iter().map(|u| Unreadable {
                location: place(&u.location),
                reason: u.reason,
            }));
    }

    #[cfg(feature = "documents")]
    fn unreadable(format: Format, reason: Failure) -> Document {
        Document {
            format,
            parts: Vec::new(),
            unreadable: vec![Unreadable {
                location: String::new(),
                reason,
            }],
        }
    }
}

#[cfg(feature = "documents")]
/// The text of a document, read from `bytes`; `name` (a file name) is only
/// a hint. Never panics, never fails: see [`Document::unreadable`](Document).
pub fn extract(bytes: &[u8], name: Option<&str>, limits: &Limits) -> Document {
    let _ = name;
    extract_nested(bytes, limits, 0, &Cell::new(0))
}

#[cfg(feature = "documents")]
/// How deep archives may nest (a ZIP in a ZIP in a ZIP): deeper is a
/// [`Failure::Bomb`] (`42.zip` nests five levels of sixteen).
const MAX_NESTING: usize = 3;

#[cfg(feature = "documents")]
/// [`extract`] of a file found `depth` archives deep. `spent` is what the
/// whole file has expanded to so far (decompressed bytes, counted against
/// [`Limits::max_expanded`]), shared by every archive member at every depth.
fn extract_nested(bytes: &[u8], limits: &Limits, depth: usize, spent: &Cell<u64>) -> Document {
    if bytes.len() > limits.max_input {
        return Document::unreadable(Format::Other, Failure::TooLarge);
    }
    if bytes.starts_with(b"PK\x03\x04") || bytes.starts_with(b"PK\x05\x06") {
        return container::extract(bytes, limits, depth, spent);
    }
    // Compound files: legacy Office documents and every password-protected
    // Office Open XML file (its package is encrypted inside one).
    if bytes.starts_with(&COMPOUND_FILE) {
        let encrypted = contains_utf16(bytes, "EncryptedPackage");
        return Document::unreadable(
            Format::Other,
            if encrypted {
                Failure::Encrypted
            } else {
                Failure::Unsupported
            },
        );
    }
    if bytes.starts_with(b"%PDF-") {
        return pdf::extract(bytes, limits, spent);
    }
    if looks_like_mail(bytes) {
        return mail::extract(bytes, limits, depth, spent);
    }
    if looks_like_html(bytes) {
        return html::extract(bytes, limits);
    }
    if looks_like_rtf(bytes) {
        return rtf::extract(bytes, limits);
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(text) {
        Ok(text) if !text.contains('\0') => Document {
            format: Format::Text,
            parts: vec![Part::new("", text)],
            unreadable: Vec::new(),
        },
        _ => Document::unreadable(Format::Other, Failure::Unsupported),
    }
}

/// Whether `bytes` are a document to extract text from (a PDF, or a ZIP
/// package or compound file such as Word, Excel, PowerPoint or
/// OpenDocument) rather than text: the file's first bytes decide, not its name.
pub fn is_document(bytes: &[u8]) -> bool {
    [&b"PK\x03\x04"[..], b"PK\x05\x06", b"%PDF-", &COMPOUND_FILE]
        .iter()
        .any(|magic| bytes.starts_with(magic))
        || looks_like_mail(bytes)
        || looks_like_html(bytes)
        || looks_like_rtf(bytes)
}

/// Whether `bytes` are an RTF file: `{\rtf` first (after a byte order mark
/// or white space).
fn looks_like_rtf(bytes: &[u8]) -> bool {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes.iter().position(|b| !b.is_ascii_whitespace());
    start.is_some_and(|i| bytes[i..].starts_with(b"{\\rtf"))
}

/// Whether `bytes` start like an e-mail message: header fields up to the
/// first blank line, among them `From:` and one of `Date:`, `Subject:`,
/// `Message-ID:` or `MIME-Version:`, or both `MIME-Version:` and
/// `Content-Type:` (an mbox file's `From ` line first is allowed).
fn looks_like_mail(bytes: &[u8]) -> bool {
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(16 << 10)]);
    let (mut from, mut other, mut mime, mut content_type) = (false, false, false, false);
    for (i, line) in head.lines().enumerate() {
        if line.is_empty() {
            break;
        }
        if line.starts_with([' ', '\t']) || (i == 0 && line.starts_with("From ")) {
            continue; // a folded field goes on
        }
        let Some((name, _)) = line.split_once(':') else {
            return false;
        };
        if name.is_empty() || !name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
            return false;
        }
        match name.to_ascii_lowercase().as_str() {
            "from" => from = true,
            "mime-version" => (other, mime) = (true, true),
            "content-type" => content_type = true,
            "date" | "subject" | "message-id" => other = true,
            _ => {}
        }
    }
    from && other || mime && content_type
}

#[cfg(feature = "documents")]
/// Pictures (PNG, JPEG, GIF, WebP) and fonts (TrueType, OpenType, WOFF), by
/// their first bytes.
fn is_media(bytes: &[u8]) -> bool {
    const MAGIC: [&[u8]; 8] = [
        b"\x89PNG",
        b"\xFF\xD8\xFF",
        b"GIF8",
        b"\x00\x01\x00\x00",
        b"OTTO",
        b"wOFF",
        b"wOF2",
        b"true",
    ];
    MAGIC.iter().any(|m| bytes.starts_with(m))
        || (bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WEBP"))
}

/// Whether `bytes` start as an HTML document does, by the WHATWG MIME
/// sniffing rules (after white space and a byte order mark: `<!DOCTYPE
/// HTML`, `<html`, `<head`, `<body`, `<p`, `<div`, `<table`, `<!--`, …
/// then a space or `>`), an XML declaration allowed first (XHTML).
fn looks_like_html(bytes: &[u8]) -> bool {
    const PATTERNS: [&[u8]; 17] = [
        b"<!doctype html",
        b"<html",
        b"<head",
        b"<script",
        b"<iframe",
        b"<h1",
        b"<div",
        b"<font",
        b"<table",
        b"<a",
        b"<style",
        b"<title",
        b"<b",
        b"<body",
        b"<br",
        b"<p",
        b"<!--",
    ];
    let mut rest = skip_space(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes));
    if rest.starts_with(b"<?xml") {
        match memchr::memmem::find(rest, b"?>") {
            Some(end) => rest = skip_space(&rest[end + 2..]),
            None => return false,
        }
    }
    PATTERNS.iter().any(|p| {
        rest.len() > p.len()
            && rest[..p.len()].eq_ignore_ascii_case(p)
            && matches!(rest[p.len()], b' ' | b'>')
    })
}

fn skip_space(bytes: &[u8]) -> &[u8] {
    let start = bytes
        .iter()
        .position(|b| !matches!(b, b'\t' | b'\n' | b'\x0C' | b'\r' | b' '))
        .unwrap_or(bytes.len());
    &bytes[start..]
}

/// The first bytes of a compound file (legacy Office, encrypted Office Open XML).
const COMPOUND_FILE: [u8; 8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];

#[cfg(feature = "documents")]
/// What [`read_bounded`] read: how many bytes came out, and the bytes or why
/// reading stopped.
struct Bounded {
    expanded: u64,
    result: Result<Vec<u8>, Failure>,
}

#[cfg(feature = "documents")]
/// Reads a decompressing `reader` to its end, at most `cap` bytes (one past
/// it to know), in chunks, stopping as soon as the output is over `max_ratio`
/// times what `packed` says was consumed (for outputs over 1 MiB): a bomb
/// costs at most the ratio times its packed size, not the cap. With `keep`
/// false only the count is kept.
fn read_bounded<R: Read>(
    reader: &mut R,
    cap: u64,
    max_ratio: u64,
    packed: impl Fn(&R) -> u64,
    keep: bool,
) -> Bounded {
    let mut out = Vec::new();
    let mut expanded = 0u64;
    let mut chunk = [0u8; 64 << 10];
    let result = loop {
        let want = chunk
            .len()
            .min(usize::try_from(cap.saturating_add(1) - expanded).unwrap_or(usize::MAX));
        let n = match reader.read(&mut chunk[..want]) {
            Ok(0) => break Ok(()),
            Ok(n) => n,
            Err(_) => break Err(Failure::Corrupt),
        };
        expanded += n as u64;
        if keep {
            out.extend_from_slice(&chunk[..n]);
        }
        if expanded > cap {
            break Err(Failure::TooLarge);
        }
        if expanded > 1 << 20 && expanded / packed(reader).max(1) > max_ratio {
            break Err(Failure::Bomb);
        }
    };
    Bounded {
        expanded,
        result: result.map(|()| out),
    }
}

#[cfg(feature = "documents")]
/// Whether `bytes` hold `name` in UTF-16LE (a stream name in a compound file).
fn contains_utf16(bytes: &[u8], name: &str) -> bool {
    let wide: Vec<u8> = name.encode_utf16().flat_map(u16::to_le_bytes).collect();
    memchr::memmem::find(bytes, &wide).is_some()
}

#[cfg(all(test, feature = "documents"))]
mod tests {
    use super::*;

    #[test]
    fn format_names_are_the_wire_names() {
        for f in [
            Format::Docx,
            Format::Xlsx,
            Format::Pptx,
            Format::OpenDocument,
            Format::Pdf,
            Format::Archive,
            Format::Email,
            Format::Html,
            Format::Rtf,
            Format::Text,
            Format::Other,
        ] {
            assert_eq!(serde_json::to_value(f).unwrap(), f.as_str());
        }
    }

    #[test]
    fn text_and_what_is_not_read_yet() {
        let limits = Limits::default();
        let doc = extract("\u{feff}Name: Jane".as_bytes(), None, &limits);
        assert_eq!(doc.format, Format::Text);
        assert_eq!(doc.parts[0].text, "Name: Jane");
        for (bytes, reason) in [
            (&b"%PDF-1.7\n%\xE2\xE3"[..], Failure::Corrupt),
            (&b"%PDF-1.4\n1 0 obj <<>> endobj"[..], Failure::Corrupt),
            (&b"\x89PNG\r\n\x1a\n\0\0"[..], Failure::Unsupported),
            (
                &[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0][..],
                Failure::Unsupported,
            ),
        ] {
            let doc = extract(bytes, None, &limits);
            assert!(doc.parts.is_empty());
            assert_eq!(doc.unreadable[0].reason, reason);
        }
        let mut encrypted = vec![0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1];
        encrypted.extend("EncryptedPackage".encode_utf16().flat_map(u16::to_le_bytes));
        assert_eq!(
            extract(&encrypted, None, &limits).unreadable[0].reason,
            Failure::Encrypted
        );
        let small = Limits {
            max_input: 4,
            ..Limits::default()
        };
        assert_eq!(
            extract(b"hello", None, &small).unreadable[0].reason,
            Failure::TooLarge
        );
    }
}
