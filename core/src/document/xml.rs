//! The text of one XML part: paragraphs and rows on their own lines, cells
//! separated by tabs. Only the five predefined entities and character
//! references are expanded; entities a document declares are dropped, never
//! expanded (no "billion laughs"), and nothing is fetched.

use super::Failure;
use quick_xml::events::{BytesRef, Event};
use quick_xml::Reader;

/// How a part's elements map to lines.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Kind {
    /// Word, PowerPoint, OpenDocument and comments: paragraphs end lines.
    Prose,
    /// An Excel worksheet: rows end lines, cells are separated by tabs,
    /// shared strings are looked up.
    Sheet,
}

/// Elements whose end ends a line (local names, any namespace): paragraphs
/// in Word (`w:p`), DrawingML (`a:p`), OpenDocument (`text:p`, `text:h`),
/// list items, table rows, and the fields of document properties.
const LINE_ENDS: &[&[u8]] = &[
    b"p",
    b"h",
    b"tr",
    b"row",
    b"table-row",
    b"list-item",
    b"title",
    b"subject",
    b"creator",
    b"lastModifiedBy",
    b"description",
    b"keywords",
    b"initial-creator",
    b"author",
];
/// Elements that separate cells, or stand for a tab.
const TABS: &[&[u8]] = &[b"tc", b"table-cell", b"tab", b"c"];
/// Elements that stand for a line break.
const BREAKS: &[&[u8]] = &[b"br", b"cr", b"line-break"];

/// The text of `xml`, at most `cap` bytes. A sheet's cells (where each
/// starts in the text, and its reference) are added to `cells`.
pub(super) fn text(
    xml: &[u8],
    kind: Kind,
    shared: &[String],
    cap: usize,
    cells: &mut Vec<(usize, String)>,
) -> Result<String, Failure> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut out = String::new();
    // Inside `mc:Fallback` (a copy of the text for old readers): skipped.
    let mut fallback = 0usize;
    // The type of the current cell (`s`: the value is a shared string's number).
    let mut shared_cell = false;
    let mut in_value = false;
    // A sheet's header or footer, gathered to strip its formatting codes.
    let mut header: Option<String> = None;
    loop {
        let event = reader.read_event().map_err(|_| Failure::Corrupt)?;
        match event {
            Event::Start(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if name == b"Fallback" {
                    fallback += 1;
                } else if kind == Kind::Sheet && name == b"c" {
                    if let Ok(Some(r)) = e.try_get_attribute(b"r") {
                        cells.push((out.len(), String::from_utf8_lossy(&r.value).into_owned()));
                    }
                    shared_cell = e
                        .try_get_attribute(b"t")
                        .ok()
                        .flatten()
                        .is_some_and(|a| a.value.as_ref() == b"s");
                } else if name == b"v" {
                    in_value = true;
                } else if kind == Kind::Sheet && HEADERS.contains(&name) {
                    header = Some(String::new());
                }
            }
            Event::Empty(e) => {
                let name = e.local_name();
                if fallback == 0 {
                    push_mark(&mut out, name.as_ref(), true);
                }
            }
            Event::End(e) => {
                let name = e.local_name();
                let name = name.as_ref();
                if name == b"Fallback" {
                    fallback = fallback.saturating_sub(1);
                } else if name == b"v" {
                    in_value = false;
                } else if let Some(h) = header.take().filter(|_| HEADERS.contains(&name)) {
                    out.push_str(&header_text(&h));
                    out.push('\n');
                } else if fallback == 0 {
                    push_mark(&mut out, name, false);
                }
            }
            Event::Text(t) if fallback == 0 => {
                let t = t.decode().map_err(|_| Failure::Corrupt)?;
                if let Some(h) = &mut header {
                    h.push_str(&t);
                } else if kind == Kind::Sheet && shared_cell && in_value {
                    let index: usize = t.trim().parse().map_err(|_| Failure::Corrupt)?;
                    out.push_str(shared.get(index).ok_or(Failure::Corrupt)?);
                } else {
                    out.push_str(&t);
                }
            }
            Event::CData(t) if fallback == 0 => {
                out.push_str(&t.decode().map_err(|_| Failure::Corrupt)?);
            }
            Event::GeneralRef(r) if fallback == 0 => {
                push_ref(header.as_mut().unwrap_or(&mut out), &r)?
            }
            Event::Eof => break,
            _ => {}
        }
        if out.len() > cap {
            return Err(Failure::TooLarge);
        }
    }
    Ok(out)
}

/// The values of `attributes` (local names: `id` for `r:id`) on every
/// element named `element` (local name), in document order: how a workbook
/// names its sheets, a presentation orders its slides and a relationship
/// part points at its targets.
pub(super) fn attributes(
    xml: &[u8],
    element: &str,
    attributes: &[&str],
) -> Result<Vec<Vec<Option<String>>>, Failure> {
    let mut reader = Reader::from_reader(xml);
    let mut out = Vec::new();
    loop {
        match reader.read_event().map_err(|_| Failure::Corrupt)? {
            Event::Start(e) | Event::Empty(e) if e.local_name().as_ref() == element.as_bytes() => {
                let mut values = vec![None; attributes.len()];
                for a in e.attributes().flatten() {
                    let key = a.key.local_name();
                    if let Some(i) = attributes.iter().position(|n| n.as_bytes() == key.as_ref()) {
                        values[i] = a.unescape_value().ok().map(|v| v.into_owned());
                    }
                }
                out.push(values);
            }
            Event::Eof => break,
            _ => {}
        }
    }
    Ok(out)
}

/// A sheet's header and footer elements: text with formatting codes.
const HEADERS: &[&[u8]] = &[
    b"oddHeader",
    b"oddFooter",
    b"evenHeader",
    b"evenFooter",
    b"firstHeader",
    b"firstFooter",
];

/// A sheet header's text without its codes: `&L`, `&C`, `&R` start a section
/// (a space here), `&"Arial,Bold"` and `&12` set the font, `&P`, `&A` and the
/// like insert a field; `&&` is an ampersand.
fn header_text(codes: &str) -> String {
    let mut out = String::new();
    let mut chars = codes.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '&' {
            out.push(c);
            continue;
        }
        match chars.next() {
            Some('&') => out.push('&'),
            Some('"') => {
                for c in chars.by_ref() {
                    if c == '"' {
                        break;
                    }
                }
            }
            Some(d) if d.is_ascii_digit() => while chars.next_if(char::is_ascii_digit).is_some() {},
            Some('L' | 'C' | 'R') if !out.is_empty() && !out.ends_with(' ') => out.push(' '),
            _ => {}
        }
    }
    out.trim().to_string()
}

/// The strings of `xl/sharedStrings.xml`, in order (a sheet's cell of type
/// `s` holds the number of one).
pub(super) fn shared_strings(xml: &[u8], cap: usize) -> Result<Vec<String>, Failure> {
    let mut reader = Reader::from_reader(xml);
    reader.config_mut().trim_text(false);
    let mut strings = Vec::new();
    let mut current = String::new();
    let mut total = 0usize;
    let mut in_text = false;
    loop {
        match reader.read_event().map_err(|_| Failure::Corrupt)? {
            Event::Start(e) if e.local_name().as_ref() == b"t" => in_text = true,
            Event::End(e) => match e.local_name().as_ref() {
                b"t" => in_text = false,
                b"si" => {
                    total += current.len();
                    strings.push(std::mem::take(&mut current));
                }
                _ => {}
            },
            Event::Empty(e) if e.local_name().as_ref() == b"si" => strings.push(String::new()),
            Event::Text(t) if in_text => {
                current.push_str(&t.decode().map_err(|_| Failure::Corrupt)?)
            }
            Event::GeneralRef(r) if in_text => push_ref(&mut current, &r)?,
            Event::Eof => break,
            _ => {}
        }
        if total + current.len() > cap {
            return Err(Failure::TooLarge);
        }
    }
    Ok(strings)
}

fn push_mark(out: &mut String, name: &[u8], empty: bool) {
    if BREAKS.contains(&name) || !empty && LINE_ENDS.contains(&name) {
        out.push('\n');
    } else if TABS.contains(&name) {
        out.push('\t');
    } else if empty && name == b"s" {
        // OpenDocument's `text:s`: a run of spaces.
        out.push(' ');
    }
}

/// A character reference or one of the five predefined entities; any other
/// entity is dropped.
fn push_ref(out: &mut String, r: &BytesRef<'_>) -> Result<(), Failure> {
    if let Some(c) = r.resolve_char_ref().map_err(|_| Failure::Corrupt)? {
        out.push(c);
    } else if let Ok(name) = r.decode() {
        if let Some(s) = quick_xml::escape::resolve_predefined_entity(&name) {
            out.push_str(s);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_runs_cells_and_references() {
        let xml = br#"<w:document xmlns:w="w"><w:body><w:p><w:r><w:t>Tomasz Wi</w:t></w:r><w:r><w:t>&#347;niewski &amp; co</w:t></w:r></w:p><w:tbl><w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl><mc:AlternateContent xmlns:mc="mc"><mc:Choice><w:t>x</w:t></mc:Choice><mc:Fallback><w:t>x</w:t></mc:Fallback></mc:AlternateContent></w:body></w:document>"#;
        let t = text(xml, Kind::Prose, &[], 1 << 20, &mut Vec::new()).unwrap();
        assert_eq!(t, "Tomasz Wiśniewski & co\na\n\tb\n\t\nx");
    }

    #[test]
    fn attributes_by_local_name() {
        let workbook = br#"<workbook xmlns:r="r"><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/><sheet name="Old" sheetId="2" state="hidden" r:id="rId2"/></sheets></workbook>"#;
        assert_eq!(
            attributes(workbook, "sheet", &["name", "id", "state"]).unwrap(),
            [
                vec![Some("A & B".into()), Some("rId1".into()), None],
                vec![
                    Some("Old".into()),
                    Some("rId2".into()),
                    Some("hidden".into())
                ],
            ]
        );
        assert_eq!(
            attributes(b"<a><b></a>", "b", &["x"]),
            Err(Failure::Corrupt)
        );
    }

    #[test]
    fn sheet_headers_lose_their_codes() {
        let sheet = br#"<worksheet><headerFooter><oddHeader>&amp;L&amp;"Arial,Bold"&amp;12Confidential&amp;R&amp;P of &amp;N</oddHeader><oddFooter>R&amp;&amp;D</oddFooter></headerFooter></worksheet>"#;
        assert_eq!(
            text(sheet, Kind::Sheet, &[], 1 << 20, &mut Vec::new()).unwrap(),
            "Confidential  of\nR&D\n"
        );
    }

    #[test]
    fn shared_strings_are_looked_up() {
        let shared = shared_strings(
            br#"<sst><si><t>Name</t></si><si><r><t>maria</t></r><r><t>@northwind.io</t></r></si></sst>"#,
            1 << 20,
        )
        .unwrap();
        assert_eq!(shared, ["Name", "maria@northwind.io"]);
        let sheet = br#"<worksheet><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1"><v>42</v></c></row><row r="2"><c r="A2" t="s"><v>1</v></c></row></sheetData></worksheet>"#;
        let mut cells = Vec::new();
        let got = text(sheet, Kind::Sheet, &shared, 1 << 20, &mut cells).unwrap();
        assert_eq!(got, "Name\t42\t\nmaria@northwind.io\t\n");
        assert_eq!(
            cells,
            [(0, "A1".to_string()), (5, "B1".into()), (9, "A2".into())]
        );
        // Where a finding is, its cell.
        let part = super::super::Part {
            location: "sheet".into(),
            text: got,
            cells,
        };
        let at = |needle: &str| part.cell_at(part.text.find(needle).unwrap());
        assert_eq!(at("Name"), Some("A1"));
        assert_eq!(at("42"), Some("B1"));
        assert_eq!(at("northwind"), Some("A2"));
        assert_eq!(part.cell_at(part.text.len() - 1), None, "the line's end");
        let missing =
            br#"<worksheet><sheetData><row><c t="s"><v>9</v></c></row></sheetData></worksheet>"#;
        assert_eq!(
            text(missing, Kind::Sheet, &shared, 1 << 20, &mut Vec::new()),
            Err(Failure::Corrupt)
        );
    }

    #[test]
    fn declared_entities_are_never_expanded() {
        let laughs = br#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><p>&lol3;</p>"#;
        assert_eq!(
            text(laughs, Kind::Prose, &[], 1 << 20, &mut Vec::new()).unwrap(),
            "\n"
        );
    }

    #[test]
    fn malformed_and_oversized() {
        assert_eq!(
            text(b"<p><q></p>", Kind::Prose, &[], 1 << 20, &mut Vec::new()),
            Err(Failure::Corrupt)
        );
        assert_eq!(
            text(b"<p>0123456789</p>", Kind::Prose, &[], 4, &mut Vec::new()),
            Err(Failure::TooLarge)
        );
        // Many cells naming one long shared string stay within the cap.
        let shared = vec!["x".repeat(1000)];
        let sheet = format!(
            "<worksheet><sheetData><row>{}</row></sheetData></worksheet>",
            r#"<c t="s"><v>0</v></c>"#.repeat(10_000)
        );
        assert_eq!(
            text(
                sheet.as_bytes(),
                Kind::Sheet,
                &shared,
                1 << 20,
                &mut Vec::new()
            ),
            Err(Failure::TooLarge)
        );
    }
}
