//! ZIP packages: Office Open XML (`.docx`, `.xlsx`, `.pptx`) and
//! OpenDocument, and plain archives (EPUB books too), whose members are read
//! as files of their own. Every member is checked against the limits before
//! it is decompressed (declared sizes, ratio, count) and read with a hard cap
//! (a member may lie about its size), so a bomb costs at most the caps.

use super::xml::{self, Kind};
use super::{Document, Failure, Format, Limits, Part, Unreadable};
use std::cell::Cell;
use std::collections::HashMap;
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
        Format::Pdf
        | Format::Archive
        | Format::Email
        | Format::Html
        | Format::Rtf
        | Format::Text
        | Format::Other => None,
    }
}

/// A ZIP package or archive found `depth` archives deep; what it expands to
/// is added to `spent`.
pub(super) fn extract(bytes: &[u8], limits: &Limits, depth: usize, spent: &Cell<u64>) -> Document {
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
        return members(&mut archive, &names, limits, depth, spent);
    }
    let mut doc = Document {
        format,
        parts: Vec::new(),
        unreadable: Vec::new(),
    };
    let mut expanded = spent.get();
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
    let places = places(&mut archive, format, &names, limits, &mut expanded);
    let place = |name: &str| {
        places
            .get(name)
            .cloned()
            .unwrap_or_else(|| name.to_string())
    };
    let mut order: Vec<&String> = names.iter().collect();
    // Archive order is the producer's: the body, slides and sheets first (in
    // number order), then notes, comments, headers, and the properties last.
    let rank = |name: &str| match name {
        "word/document.xml" | "content.xml" => 0,
        _ if name.starts_with("ppt/slides/") || name.starts_with("xl/worksheets/") => 0,
        "docProps/core.xml" | "meta.xml" => 2,
        _ => 1,
    };
    order.sort_by_key(|a| (rank(a), natural(a)));
    for name in order {
        let Some(kind) = text_part(format, name) else {
            continue;
        };
        let mut cells = Vec::new();
        let text = match read_member(&mut archive, name, limits, &mut expanded) {
            Some(Ok(bytes)) => xml::text(&bytes, kind, &shared, cap(limits), &mut cells),
            Some(Err(reason)) => Err(reason),
            None => continue,
        };
        match text {
            Ok(text) if !text.trim().is_empty() => doc.parts.push(Part {
                location: place(name),
                text,
                cells,
            }),
            Ok(_) => {}
            Err(reason) => doc.unreadable.push(Unreadable {
                location: place(name),
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
    spent.set(expanded);
    doc
}

/// A plain archive: each member (in name order) read as a file of its own,
/// its parts and unreadable places named `member` or `member: place`.
/// Archives nest at most [`super::MAX_NESTING`] deep. Every byte a member
/// expands to, at any depth, counts against the one `max_expanded` (`spent`).
fn members(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    names: &[String],
    limits: &Limits,
    depth: usize,
    spent: &Cell<u64>,
) -> Document {
    let mut doc = Document {
        format: Format::Archive,
        parts: Vec::new(),
        unreadable: Vec::new(),
    };
    if depth >= super::MAX_NESTING {
        doc.unreadable.push(Unreadable {
            location: String::new(),
            reason: Failure::Bomb,
        });
        return doc;
    }
    let mut order: Vec<&String> = names.iter().filter(|n| !n.ends_with('/')).collect();
    order.sort_by_key(|n| natural(n));
    for name in order {
        let mut expanded = spent.get();
        let read = read_member(archive, name, limits, &mut expanded);
        spent.set(expanded);
        let bytes = match read {
            Some(Ok(bytes)) => bytes,
            Some(Err(reason)) => {
                doc.unreadable.push(Unreadable {
                    location: name.clone(),
                    reason,
                });
                continue;
            }
            None => continue,
        };
        doc.add_inner(name, &bytes, limits, depth, spent);
        if spent.get() >= limits.max_expanded {
            doc.unreadable.push(Unreadable {
                location: String::new(),
                reason: Failure::TooLarge,
            });
            break;
        }
    }
    doc
}

/// What people call each text part (member name to place): `body`,
/// `header 1`, `comments`, `properties`; `sheet "Customers"` and
/// `sheet "Archive" (hidden)` by the workbook's names; `slide 2` and `notes
/// of slide 2` in the presentation's order. A member the package does not
/// name keeps its path.
fn places(
    archive: &mut ZipArchive<Cursor<&[u8]>>,
    format: Format,
    names: &[String],
    limits: &Limits,
    expanded: &mut u64,
) -> HashMap<String, String> {
    let mut places = HashMap::new();
    let mut member = Member {
        archive,
        limits,
        expanded,
    };
    for name in names {
        let file = name.rsplit('/').next().unwrap_or(name);
        let number = file
            .trim_end_matches(".xml")
            .trim_start_matches(|c: char| c.is_ascii_alphabetic());
        let place = match (format, name.as_str()) {
            (_, "docProps/core.xml") | (Format::OpenDocument, "meta.xml") => {
                "properties".to_string()
            }
            (Format::Docx, "word/document.xml") | (Format::OpenDocument, "content.xml") => {
                "body".to_string()
            }
            (Format::OpenDocument, "styles.xml") => "headers and footers".to_string(),
            (Format::Docx, _) if name.starts_with("word/header") => format!("header {number}"),
            (Format::Docx, _) if name.starts_with("word/footer") => format!("footer {number}"),
            (Format::Docx, "word/comments.xml") | (Format::Pptx, _)
                if file.starts_with("comment") =>
            {
                "comments".to_string()
            }
            (Format::Docx, "word/footnotes.xml") => "footnotes".to_string(),
            (Format::Docx, "word/endnotes.xml") => "endnotes".to_string(),
            (Format::Xlsx, _) if name.starts_with("xl/comments") => "comments".to_string(),
            _ => continue,
        };
        places.insert(name.clone(), place);
    }
    match format {
        Format::Xlsx => {
            let targets = member.targets("xl/_rels/workbook.xml.rels", "xl/");
            for a in member.attributes("xl/workbook.xml", "sheet", &["name", "id", "state"]) {
                let (Some(name), Some(member)) =
                    (&a[0], a[1].as_ref().and_then(|id| targets.get(id)))
                else {
                    continue;
                };
                let hidden = if a[2].as_deref().is_some_and(|s| s != "visible") {
                    " (hidden)"
                } else {
                    ""
                };
                places.insert(member.clone(), format!("sheet \"{name}\"{hidden}"));
            }
        }
        Format::Pptx => {
            let targets = member.targets("ppt/_rels/presentation.xml.rels", "ppt/");
            let mut slides = HashMap::new();
            let order = member.attributes("ppt/presentation.xml", "sldId", &["id"]);
            for (i, a) in order.into_iter().enumerate() {
                if let Some(member) = a[0].as_ref().and_then(|id| targets.get(id)) {
                    slides.insert(member.clone(), i + 1);
                    places.insert(member.clone(), format!("slide {}", i + 1));
                }
            }
            for name in names
                .iter()
                .filter(|n| n.starts_with("ppt/notesSlides/notesSlide"))
            {
                let file = &name["ppt/notesSlides/".len()..];
                let rels = format!("ppt/notesSlides/_rels/{file}.rels");
                let slide = member
                    .targets(&rels, "ppt/notesSlides/")
                    .into_values()
                    .find_map(|member| slides.get(&member).copied());
                if let Some(n) = slide {
                    places.insert(name.clone(), format!("notes of slide {n}"));
                }
            }
        }
        _ => {}
    }
    places
}

/// Reads small members that name or order the parts (within the limits).
struct Member<'a, 'b> {
    archive: &'a mut ZipArchive<Cursor<&'b [u8]>>,
    limits: &'a Limits,
    expanded: &'a mut u64,
}

impl Member<'_, '_> {
    /// The `attributes` of every `element` in member `name` (none when it is
    /// missing or unreadable: the places are then the paths).
    fn attributes(
        &mut self,
        name: &str,
        element: &str,
        attributes: &[&str],
    ) -> Vec<Vec<Option<String>>> {
        match read_member(self.archive, name, self.limits, self.expanded) {
            Some(Ok(bytes)) => xml::attributes(&bytes, element, attributes).unwrap_or_default(),
            _ => Vec::new(),
        }
    }

    /// A relationship part: id to the member it points at (targets are
    /// relative to `base`, the folder of the part the relationships belong to).
    fn targets(&mut self, rels: &str, base: &str) -> HashMap<String, String> {
        self.attributes(rels, "Relationship", &["Id", "Target"])
            .into_iter()
            .filter_map(|mut a| Some((a[0].take()?, resolve(base, a[1].as_deref()?))))
            .collect()
    }
}

/// A relationship's target as a member name: `worksheets/sheet1.xml` from
/// `xl/` is `xl/worksheets/sheet1.xml`; `../slides/slide1.xml` from
/// `ppt/notesSlides/` is `ppt/slides/slide1.xml`; `/xl/...` is absolute.
fn resolve(base: &str, target: &str) -> String {
    if let Some(absolute) = target.strip_prefix('/') {
        return absolute.to_string();
    }
    let mut parts: Vec<&str> = base.split('/').filter(|p| !p.is_empty()).collect();
    for piece in target.split('/') {
        match piece {
            ".." => {
                parts.pop();
            }
            "." | "" => {}
            _ => parts.push(piece),
        }
    }
    parts.join("/")
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
