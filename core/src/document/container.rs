//! ZIP packages: Office Open XML (`.docx`, `.xlsx`, `.pptx`) and
//! OpenDocument. Every member is checked against the limits before it is
//! decompressed (declared sizes, ratio, count) and read with a hard cap (a
//! member may lie about its size), so a bomb costs at most the caps.

use super::xml::{self, Kind};
use super::{Document, Failure, Format, Limits, Part, Unreadable};
use std::io::Cursor;
use zip::result::ZipError;
use zip::ZipArchive;

/// Parts of an archive read at all; the rest (styles, themes, settings,
/// relationships, images) hold no text people wrote.
fn text_part(format: Format, name: &str) -> Option<Kind> {
    let xml = name.ends_with(".xml");
    let under = |dir: &str| xml && name.starts_with(dir);
    match format {
        Format::Docx => {
            let holds_text = name.strip_prefix("word/").is_some_and(|file| {
                [
                    "document",
                    "header",
                    "footer",
                    "comments",
                    "footnotes",
                    "endnotes",
                ]
                .iter()
                .any(|p| file.starts_with(p) && !file.contains('/'))
            });
            (holds_text && xml || name == "docProps/core.xml").then_some(Kind::Prose)
        }
        Format::Xlsx => {
            if under("xl/worksheets/") && !name["xl/worksheets/".len()..].contains('/') {
                Some(Kind::Sheet)
            } else if under("xl/comments") || name == "docProps/core.xml" {
                Some(Kind::Prose)
            } else {
                None
            }
        }
        Format::Pptx => (under("ppt/slides/")
            || under("ppt/notesSlides/")
            || under("ppt/comments/")
            || name == "docProps/core.xml")
            .then_some(Kind::Prose)
            .filter(|_| !name.contains("/_rels/")),
        Format::OpenDocument => {
            matches!(name, "content.xml" | "styles.xml" | "meta.xml").then_some(Kind::Prose)
        }
        Format::Pdf | Format::Text | Format::Other => None,
    }
}

pub(super) fn extract(bytes: &[u8], limits: &Limits) -> Document {
    let mut archive = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(a) => a,
        Err(e) => return Document::unreadable(Format::Other, reason(&e)),
    };
    if archive.len() > limits.max_entries {
        return Document::unreadable(Format::Other, Failure::TooLarge);
    }
    let names: Vec<String> = archive.file_names().map(str::to_owned).collect();
    let has = |n: &str| names.iter().any(|x| x == n);
    let format = if has("[Content_Types].xml") {
        if names.iter().any(|n| n.starts_with("word/")) {
            Format::Docx
        } else if names.iter().any(|n| n.starts_with("xl/")) {
            Format::Xlsx
        } else if names.iter().any(|n| n.starts_with("ppt/")) {
            Format::Pptx
        } else {
            Format::Other
        }
    } else if has("mimetype")
        && ["content.xml", "styles.xml", "meta.xml"]
            .iter()
            .any(|n| has(n))
    {
        Format::OpenDocument
    } else {
        Format::Other
    };
    if format == Format::Other {
        // A plain ZIP archive: reading its members is for a later version.
        return Document::unreadable(Format::Other, Failure::Unsupported);
    }
    let mut doc = Document {
        format,
        parts: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut expanded = 0u64;
    // Shared strings first: sheets refer to them by number.
    let shared = match read_member(&mut archive, "xl/sharedStrings.xml", limits, &mut expanded) {
        Some(Ok(bytes)) => xml::shared_strings(&bytes, cap(limits)),
        Some(Err(reason)) => Err(reason),
        None => Ok(Vec::new()),
    };
    let shared = shared.unwrap_or_else(|reason| {
        doc.unreadable.push(Unreadable {
            location: "xl/sharedStrings.xml".into(),
            reason,
        });
        Vec::new()
    });
    let mut order: Vec<&String> = names.iter().collect();
    // Archive order is the producer's; sort so slides and sheets come in number order.
    order.sort_by_key(|a| natural(a));
    for name in order {
        let Some(kind) = text_part(format, name) else {
            continue;
        };
        let text = match read_member(&mut archive, name, limits, &mut expanded) {
            Some(Ok(bytes)) => xml::text(&bytes, kind, &shared, cap(limits)),
            Some(Err(reason)) => Err(reason),
            None => continue,
        };
        match text {
            Ok(text) if !text.trim().is_empty() => doc.parts.push(Part {
                location: name.clone(),
                text,
            }),
            Ok(_) => {}
            Err(reason) => doc.unreadable.push(Unreadable {
                location: name.clone(),
                reason,
            }),
        }
        if expanded > limits.max_expanded {
            doc.unreadable.push(Unreadable {
                location: String::new(),
                reason: Failure::TooLarge,
            });
            break;
        }
    }
    doc
}

/// The most text one part may give: shared strings can repeat one long
/// string in every cell, so the text is capped apart from the bytes read.
fn cap(limits: &Limits) -> usize {
    usize::try_from(limits.max_part).unwrap_or(usize::MAX)
}

/// A key that sorts `slide10.xml` after `slide9.xml`.
fn natural(name: &str) -> (String, u64, String) {
    let digits_at = name
        .char_indices()
        .rev()
        .skip_while(|(_, c)| !c.is_ascii_digit())
        .take_while(|(_, c)| c.is_ascii_digit())
        .last()
        .map(|(i, _)| i);
    match digits_at {
        Some(i) => {
            let end = name[i..]
                .find(|c: char| !c.is_ascii_digit())
                .map_or(name.len(), |k| i + k);
            let n = name[i..end].parse().unwrap_or(u64::MAX);
            (name[..i].to_string(), n, name[end..].to_string())
        }
        None => (name.to_string(), 0, String::new()),
    }
}

/// The bytes of one member, within the limits; `None` when there is no such member.
fn read_member(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    name: &str,
    limits: &Limits,
    expanded: &mut u64,
) -> Option<Result<Vec<u8>, Failure>> {
    let mut file = match archive.by_name(name) {
        Ok(f) => f,
        Err(ZipError::FileNotFound) => return None,
        Err(e) => return Some(Err(reason(&e))),
    };
    if file.encrypted() {
        return Some(Err(Failure::Encrypted));
    }
    let declared = file.size();
    let packed = file.compressed_size().max(1);
    if declared > limits.max_part {
        return Some(Err(Failure::TooLarge));
    }
    if declared > 1 << 20 && declared / packed > limits.max_ratio {
        return Some(Err(Failure::Bomb));
    }
    // The declared size may be a lie: read with a hard cap.
    let cap = limits
        .max_part
        .min(limits.max_expanded.saturating_sub(*expanded));
    let read = super::read_bounded(&mut file, cap, limits.max_ratio, |_| packed, true);
    *expanded += read.expanded;
    Some(read.result)
}

fn reason(e: &ZipError) -> Failure {
    match e {
        ZipError::UnsupportedArchive(msg) if msg.contains("ncrypt") || msg.contains("assword") => {
            Failure::Encrypted
        }
        ZipError::UnsupportedArchive(_) => Failure::Unsupported,
        _ => Failure::Corrupt,
    }
}
