//! PDF: the text layer of each page, read from the content streams with
//! lopdf's parser and font encodings, laid out in lines and words here.
//!
//! lopdf decompresses some streams itself while it loads a file (object and
//! cross-reference streams) and while it reads a font's `ToUnicode` map, with
//! no limit. So before lopdf sees a file, every stream in it is inflated once
//! under the limits with nothing kept ([`check_streams`]); page contents are
//! decompressed here under the same limits. Filters that could expand without
//! a bound we check (LZW, and Deflate hidden under ASCII encodings) make the
//! file unsupported.
//!
//! An encrypted file whose user password is empty (one that opens without
//! a password but restricts copying or printing: an owner password only) is
//! read: lopdf decrypts it while loading. Its streams cannot be inflated
//! before that, so the check is split: object streams, which lopdf inflates
//! while loading, must be small enough that even Deflate's largest ratio
//! (1032:1) keeps them within the limits, and every other stream is checked
//! once decrypted, before anything reads it. A file that needs a password
//! is [`Failure::Encrypted`].

use super::{read_bounded, Document, Failure, Format, Limits, Part, Unreadable};
use flate2::read::{DeflateDecoder, ZlibDecoder};
use lopdf::content::Content;
use lopdf::{Dictionary, Encoding, Object, ObjectId, Stream};
use std::cell::Cell;
use std::collections::{BTreeMap, HashSet};

/// How deep form XObjects may nest (a form drawing a form ...).
const MAX_FORM_DEPTH: usize = 8;

/// A PDF's text, page by page; what it expands to is added to `spent`.
pub(super) fn extract(bytes: &[u8], limits: &Limits, spent: &Cell<u64>) -> Document {
    let encrypted = memchr::memmem::find(bytes, b"/Encrypt").is_some();
    if let Err(reason) = check_streams(bytes, limits, spent, encrypted) {
        return Document::unreadable(Format::Pdf, reason);
    }
    let pdf = match lopdf::Document::load_mem(bytes) {
        Ok(pdf) => pdf,
        Err(_) if encrypted => return Document::unreadable(Format::Pdf, Failure::Encrypted),
        Err(_) => return Document::unreadable(Format::Pdf, Failure::Corrupt),
    };
    if encrypted {
        // Still encrypted: the empty password did not open it.
        if pdf.is_encrypted() || pdf.encryption_state.is_none() {
            return Document::unreadable(Format::Pdf, Failure::Encrypted);
        }
        if let Err(reason) = check_decrypted(&pdf, limits, spent) {
            return Document::unreadable(Format::Pdf, reason);
        }
    }
    let mut doc = Document {
        format: Format::Pdf,
        parts: Vec::new(),
        unreadable: Vec::new(),
    };
    let pages = pdf.get_pages();
    if pages.len() > limits.max_entries {
        return Document::unreadable(Format::Pdf, Failure::TooLarge);
    }
    let mut budget = Budget {
        left: limits.max_expanded.saturating_sub(spent.get()),
        limits,
    };
    let before = budget.left;
    for (number, id) in pages {
        let location = format!("page {number}");
        match page_text(&pdf, id, &mut budget) {
            Ok(page) if !page.text.trim().is_empty() => doc.parts.push(Part {
                location,
                text: page.text,
            }),
            Ok(page) if page.images => doc.unreadable.push(Unreadable {
                location,
                reason: Failure::Image,
            }),
            Ok(_) => {}
            Err(reason) => doc.unreadable.push(Unreadable { location, reason }),
        }
        if budget.left == 0 {
            doc.unreadable.push(Unreadable {
                location: String::new(),
                reason: Failure::TooLarge,
            });
            break;
        }
    }
    spent.set(spent.get() + (before - budget.left));
    if let Some(text) = properties(&pdf) {
        doc.parts.push(Part {
            location: "properties".into(),
            text,
        });
    }
    doc
}

/// The work left: bytes of content streams the rest of the file may expand to.
struct Budget<'a> {
    left: u64,
    limits: &'a Limits,
}

impl Budget<'_> {
    /// The decompressed bytes of a content stream, counted against the budget.
    fn content(&mut self, stream: &Stream) -> Result<Vec<u8>, Failure> {
        let cap = self.limits.max_part.min(self.left);
        let (expanded, result) = match filters(stream)?.as_slice() {
            [] => (stream.content.len() as u64, Ok(stream.content.clone())),
            [b"FlateDecode"] => {
                let read = inflate(&stream.content, cap, self.limits.max_ratio, true);
                (read.expanded, read.result)
            }
            _ => return Err(Failure::Unsupported),
        };
        self.left = self.left.saturating_sub(expanded);
        match result {
            Ok(bytes) if bytes.len() as u64 <= cap => Ok(bytes),
            Ok(_) => Err(Failure::TooLarge),
            Err(reason) => Err(reason),
        }
    }
}

/// A stream's filters, in decoding order.
fn filters(stream: &Stream) -> Result<Vec<&[u8]>, Failure> {
    match stream.dict.get(b"Filter") {
        Err(_) => Ok(Vec::new()),
        Ok(_) => stream.filters().map_err(|_| Failure::Corrupt),
    }
}

/// Zlib data inflated under the limits; like lopdf, raw Deflate after the
/// two header bytes when the zlib header is wrong.
fn inflate(data: &[u8], cap: u64, max_ratio: u64, keep: bool) -> super::Bounded {
    let mut zlib = ZlibDecoder::new(data);
    let read = read_bounded(&mut zlib, cap, max_ratio, |d| d.total_in(), keep);
    if read.expanded > 0 || data.len() <= 2 {
        return read;
    }
    let mut raw = DeflateDecoder::new(&data[2..]);
    read_bounded(&mut raw, cap, max_ratio, |d| d.total_in(), keep)
}

/// Checks every stream of the file before lopdf loads it: each inflates
/// within [`Limits::max_part`] and the ratio, all within
/// [`Limits::max_expanded`]. Images are not counted (nothing here
/// decompresses them; a scan of a blank page compresses a thousandfold).
///
/// In an `encrypted` file only cross-reference streams (never encrypted)
/// are inflated; an object stream counts as 1032 times its size, Deflate's
/// largest ratio, and one that could exceed the limits so makes the file
/// [`Failure::Encrypted`] (it cannot be checked before lopdf inflates it);
/// the rest waits for [`check_decrypted`].
fn check_streams(
    bytes: &[u8],
    limits: &Limits,
    spent: &Cell<u64>,
    encrypted: bool,
) -> Result<(), Failure> {
    let mut expanded = spent.get();
    let result = inflate_all(bytes, limits, &mut expanded, encrypted);
    spent.set(expanded);
    result
}

/// Deflate's largest ratio of output to input: a run of 258 bytes from one
/// code of 2 bits, in bytes.
const DEFLATE_MAX_RATIO: u64 = 1032;

/// [`check_streams`] for a file lopdf has decrypted: every stream but
/// pictures and the object and cross-reference streams counted before
/// loading, inflated once with nothing kept.
fn check_decrypted(
    pdf: &lopdf::Document,
    limits: &Limits,
    spent: &Cell<u64>,
) -> Result<(), Failure> {
    for object in pdf.objects.values() {
        let Ok(stream) = object.as_stream() else {
            continue;
        };
        let dict = &stream.dict;
        let is = |key: &[u8], value: &[u8]| {
            dict.get(key)
                .and_then(Object::as_name)
                .is_ok_and(|n| n == value)
        };
        if is(b"Subtype", b"Image") || is(b"Type", b"ObjStm") || is(b"Type", b"XRef") {
            continue;
        }
        let cap = limits
            .max_part
            .min(limits.max_expanded.saturating_sub(spent.get()));
        let expanded = match filters(stream)?.as_slice() {
            [] => stream.content.len() as u64,
            [b"FlateDecode"] => {
                let read = inflate(&stream.content, cap, limits.max_ratio, false);
                if let Err(reason @ (Failure::TooLarge | Failure::Bomb)) = read.result {
                    return Err(reason);
                }
                read.expanded
            }
            _ => return Err(Failure::Unsupported),
        };
        spent.set(spent.get() + expanded);
        if spent.get() > limits.max_expanded {
            return Err(Failure::TooLarge);
        }
    }
    Ok(())
}

/// [`check_streams`]' inflating; `expanded` counts.
fn inflate_all(
    bytes: &[u8],
    limits: &Limits,
    expanded: &mut u64,
    encrypted: bool,
) -> Result<(), Failure> {
    let mut from = 0;
    while let Some(at) = memchr::memmem::find(&bytes[from..], b"stream") {
        let at = from + at;
        from = at + b"stream".len();
        if bytes[..at].ends_with(b"end") {
            continue;
        }
        let data = match &bytes[from..] {
            [b'\r', b'\n', ..] => &bytes[from + 2..],
            [b'\n' | b'\r', ..] => &bytes[from + 1..],
            _ => continue,
        };
        let dict = stream_dict(&bytes[..at]);
        let structural = [&b"/ObjStm"[..], b"/XRef"].iter().any(|t| has(dict, t));
        if has(dict, b"/Image") && !structural {
            continue;
        }
        if encrypted && !has(dict, b"/XRef") {
            if has(dict, b"/ObjStm") {
                let end = memchr::memmem::find(data, b"endstream").unwrap_or(data.len());
                let size = data[..end].strip_suffix(b"\n").unwrap_or(&data[..end]);
                let size = size.strip_suffix(b"\r").unwrap_or(size).len();
                let worst = (size as u64).saturating_mul(DEFLATE_MAX_RATIO);
                *expanded = expanded.saturating_add(worst);
                let flate_only = has(dict, b"/FlateDecode") && !has(dict, b"/LZW");
                if !flate_only || worst > limits.max_part || *expanded > limits.max_expanded {
                    return Err(Failure::Encrypted);
                }
            }
            continue;
        }
        if [&b"/LZW"[..], b"/ASCII85", b"/A85", b"/ASCIIHex", b"/AHx"]
            .iter()
            .any(|f| has(dict, f))
        {
            return Err(Failure::Unsupported);
        }
        let cap = limits
            .max_part
            .min(limits.max_expanded.saturating_sub(*expanded));
        let read = inflate(data, cap, limits.max_ratio, false);
        *expanded += read.expanded;
        match read.result {
            Err(reason @ (Failure::TooLarge | Failure::Bomb)) => return Err(reason),
            _ if *expanded > limits.max_expanded => return Err(Failure::TooLarge),
            _ => {}
        }
    }
    Ok(())
}

/// The dictionary before a `stream` keyword: back to its object's `obj`
/// (at most 64 KiB).
fn stream_dict(before: &[u8]) -> &[u8] {
    let window = &before[before.len().saturating_sub(64 << 10)..];
    match memchr::memmem::rfind(window, b"obj") {
        Some(i) => &window[i..],
        None => window,
    }
}

fn has(haystack: &[u8], needle: &[u8]) -> bool {
    memchr::memmem::find(haystack, needle).is_some()
}

/// The text of one page, and whether it draws images.
struct Page {
    text: String,
    images: bool,
}

fn page_text(pdf: &lopdf::Document, id: ObjectId, budget: &mut Budget) -> Result<Page, Failure> {
    let page = pdf.get_dictionary(id).map_err(|_| Failure::Corrupt)?;
    let fonts = pdf.get_page_fonts(id).unwrap_or_default();
    let (resources, inherited) = pdf.get_page_resources(id).unwrap_or_default();
    let resources =
        resources.or_else(|| inherited.first().and_then(|r| pdf.get_dictionary(*r).ok()));
    let mut content = Vec::new();
    let streams: Vec<&Object> = match page.get(b"Contents") {
        Ok(Object::Array(items)) => items.iter().collect(),
        Ok(one) => vec![one],
        Err(_) => Vec::new(),
    };
    for item in streams {
        let Ok((_, Object::Stream(stream))) = pdf.dereference(item) else {
            continue;
        };
        content.extend(budget.content(stream)?);
        content.push(b'\n');
    }
    let mut layout = Layout {
        pdf,
        text: String::new(),
        cap: usize::try_from(budget.limits.max_part).unwrap_or(usize::MAX),
        images: false,
        last_y: None,
        seen: HashSet::new(),
    };
    layout.run(
        &content,
        &encodings(pdf, &fonts, budget),
        resources,
        budget,
        0,
    )?;
    Ok(Page {
        text: layout.text,
        images: layout.images,
    })
}

/// Each font's encoding, by resource name. A `ToUnicode` map is checked
/// under the limits before lopdf reads it.
fn encodings<'a>(
    pdf: &'a lopdf::Document,
    fonts: &BTreeMap<Vec<u8>, &'a Dictionary>,
    budget: &mut Budget,
) -> BTreeMap<Vec<u8>, Encoding<'a>> {
    fonts
        .iter()
        .filter(|(_, font)| match font.get_deref(b"ToUnicode", pdf) {
            Ok(Object::Stream(map)) => budget.content(map).is_ok(),
            _ => true,
        })
        .filter_map(|(name, font)| Some((name.clone(), font.get_font_encoding(pdf).ok()?)))
        .collect()
}

/// Text operators to lines and words.
struct Layout<'a> {
    pdf: &'a lopdf::Document,
    text: String,
    cap: usize,
    images: bool,
    /// Where the last text shown starts its line (text space, y).
    last_y: Option<f32>,
    /// Form XObjects drawn on this page already (each is read once).
    seen: HashSet<ObjectId>,
}

/// What to put before the next text shown.
#[derive(Clone, Copy, PartialEq)]
enum Gap {
    None,
    Space,
    Line,
}

impl Layout<'_> {
    fn run(
        &mut self,
        content: &[u8],
        encodings: &BTreeMap<Vec<u8>, Encoding>,
        resources: Option<&Dictionary>,
        budget: &mut Budget,
        depth: usize,
    ) -> Result<(), Failure> {
        let (kept, images) = text_statements(content);
        self.images |= images;
        let ops = Content::decode(&kept).map_err(|_| Failure::Corrupt)?;
        let mut font: Option<&Encoding> = None;
        let mut gap = Gap::None;
        // The text line matrix (a b c d e f); only where lines start matters.
        let mut line = [1.0, 0.0, 0.0, 1.0, 0.0, 0.0f32];
        for op in &ops.operations {
            let args = &op.operands;
            let moved_to = match op.operator.as_str() {
                "BT" => Some([1.0, 0.0, 0.0, 1.0, 0.0, 0.0]),
                "Tm" => {
                    let m: Vec<f32> = args.iter().filter_map(number).collect();
                    <[f32; 6]>::try_from(m).ok()
                }
                "Td" | "TD" => {
                    match (args.first().and_then(number), args.get(1).and_then(number)) {
                        (Some(x), Some(y)) => {
                            let [a, b, c, d, e, f] = line;
                            Some([a, b, c, d, x * a + y * c + e, x * b + y * d + f])
                        }
                        _ => None,
                    }
                }
                _ => None,
            };
            if let Some(next) = moved_to {
                line = next;
                gap = gap.max_space();
            }
            // Text shown on another line than the last starts a new one.
            let shows = matches!(op.operator.as_str(), "Tj" | "TJ" | "'" | "\"");
            if shows && self.last_y.is_some_and(|y| (line[5] - y).abs() > 0.5) {
                gap = Gap::Line;
            }
            match op.operator.as_str() {
                "Tf" => {
                    font = args
                        .first()
                        .and_then(|n| n.as_name().ok())
                        .and_then(|n| encodings.get(n));
                }
                "T*" => gap = Gap::Line,
                "Tj" => self.show(font, args.first(), &mut gap, line[5]),
                "'" | "\"" => {
                    gap = Gap::Line;
                    self.show(font, args.last(), &mut gap, line[5]);
                }
                "TJ" => {
                    for item in args
                        .first()
                        .and_then(|a| a.as_array().ok())
                        .into_iter()
                        .flatten()
                    {
                        match number(item) {
                            // A shift of a fifth of an em or more is a word gap.
                            Some(shift) if shift < -200.0 => gap = gap.max_space(),
                            Some(_) => {}
                            None => self.show(font, Some(item), &mut gap, line[5]),
                        }
                    }
                }
                "Do" => {
                    let name = args.first().and_then(|n| n.as_name().ok());
                    self.draw(name, resources, budget, depth)?;
                }
                _ => {}
            }
            if self.text.len() > self.cap {
                return Err(Failure::TooLarge);
            }
        }
        Ok(())
    }

    /// Shows a string in the current font on the line at `y`.
    fn show(&mut self, font: Option<&Encoding>, string: Option<&Object>, gap: &mut Gap, y: f32) {
        let Some(Object::String(bytes, _)) = string else {
            return;
        };
        let decoded = match font {
            Some(encoding) => lopdf::Document::decode_text(encoding, bytes).ok(),
            None => None,
        };
        // Without a known encoding, bytes as Latin-1 (what most simple fonts are).
        let decoded = decoded.unwrap_or_else(|| bytes.iter().map(|&b| char::from(b)).collect());
        if decoded.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            match *gap {
                Gap::Line if !self.text.ends_with('\n') => self.text.push('\n'),
                Gap::Space if !self.text.ends_with(char::is_whitespace) => self.text.push(' '),
                _ => {}
            }
        }
        *gap = Gap::None;
        self.last_y = Some(y);
        self.text.extend(decoded.chars().filter(|c| *c != '\0'));
    }

    /// `Do`: a form XObject's text, read once per page; an image noted.
    fn draw(
        &mut self,
        name: Option<&[u8]>,
        resources: Option<&Dictionary>,
        budget: &mut Budget,
        depth: usize,
    ) -> Result<(), Failure> {
        let pdf = self.pdf;
        let object = resources
            .and_then(|r| r.get_deref(b"XObject", pdf).ok())
            .and_then(|x| x.as_dict().ok())
            .zip(name)
            .and_then(|(x, name)| x.get(name).ok());
        let Some(Object::Reference(id)) = object else {
            return Ok(());
        };
        let Ok(Object::Stream(form)) = pdf.get_object(*id) else {
            return Ok(());
        };
        match form.dict.get(b"Subtype").and_then(Object::as_name) {
            Ok(b"Image") => self.images = true,
            Ok(b"Form") if depth < MAX_FORM_DEPTH && self.seen.insert(*id) => {
                let content = budget.content(form)?;
                let own = form
                    .dict
                    .get_deref(b"Resources", pdf)
                    .and_then(Object::as_dict)
                    .ok();
                let fonts = own
                    .and_then(|r| r.get_deref(b"Font", pdf).ok())
                    .and_then(|f| f.as_dict().ok())
                    .map(|fonts| {
                        fonts
                            .iter()
                            .filter_map(|(n, f)| {
                                Some((n.clone(), pdf.dereference(f).ok()?.1.as_dict().ok()?))
                            })
                            .collect()
                    })
                    .unwrap_or_default();
                let encodings = encodings(pdf, &fonts, budget);
                self.run(&content, &encodings, own.or(resources), budget, depth + 1)?;
            }
            _ => {}
        }
        Ok(())
    }
}

/// The statements of a content stream that matter for its text: every one
/// inside `BT` … `ET`, and `Tf` and `Do` outside; and whether it holds an
/// inline image. A page of drawing (a map, a plot) is mostly paths, which
/// lopdf would parse into objects many times their size; they are skipped
/// here with a lexer that only tells tokens apart.
fn text_statements(content: &[u8]) -> (Vec<u8>, bool) {
    let is_space = |b: u8| matches!(b, b'\0' | b'\t' | b'\n' | b'\x0C' | b'\r' | b' ');
    let is_delimiter = |b: u8| b"()<>[]{}/%".contains(&b);
    let mut kept = Vec::new();
    let mut images = false;
    let (mut in_text, mut statement, mut i) = (false, 0, 0);
    while i < content.len() {
        let b = content[i];
        match b {
            _ if is_space(b) => i += 1,
            b'%' => {
                while i < content.len() && !matches!(content[i], b'\r' | b'\n') {
                    i += 1;
                }
            }
            b'(' => {
                // A literal string: balanced parentheses, `\` escapes the next byte.
                let mut depth = 0usize;
                while i < content.len() {
                    match content[i] {
                        b'\\' => i += 1,
                        b'(' => depth += 1,
                        b')' => {
                            depth -= 1;
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                    i += 1;
                }
                i = (i + 1).min(content.len());
            }
            b'<' if content.get(i + 1) == Some(&b'<') => i += 2,
            b'>' if content.get(i + 1) == Some(&b'>') => i += 2,
            b'<' => {
                i += memchr::memchr(b'>', &content[i..]).map_or(content.len() - i, |n| n + 1);
            }
            b'/' => {
                i += 1;
                while i < content.len() && !is_space(content[i]) && !is_delimiter(content[i]) {
                    i += 1;
                }
            }
            _ if is_delimiter(b) => i += 1,
            _ => {
                let start = i;
                while i < content.len() && !is_space(content[i]) && !is_delimiter(content[i]) {
                    i += 1;
                }
                let token = &content[start..i];
                let operand = token[0].is_ascii_digit()
                    || matches!(token[0], b'+' | b'-' | b'.')
                    || matches!(token, b"true" | b"false" | b"null");
                if operand {
                    continue;
                }
                let keep = match token {
                    b"BT" => {
                        in_text = true;
                        true
                    }
                    b"ET" => std::mem::replace(&mut in_text, false),
                    b"BI" => {
                        // An inline image: its data runs from `ID` to `EI`
                        // and may hold any bytes.
                        images = true;
                        i = inline_image_end(content, i);
                        false
                    }
                    _ => in_text || matches!(token, b"Tf" | b"Do"),
                };
                if keep {
                    kept.extend_from_slice(&content[statement..i]);
                    kept.push(b'\n');
                }
                statement = i;
            }
        }
    }
    (kept, images)
}

/// Where an inline image that starts at `from` (after `BI`) ends: after an
/// `EI` with white space (or the end) on both sides, past its `ID`.
fn inline_image_end(content: &[u8], from: usize) -> usize {
    let space = |b: Option<&u8>| b.is_none_or(|b| b.is_ascii_whitespace());
    let Some(data) = memchr::memmem::find(&content[from..], b"ID").map(|n| from + n + 2) else {
        return content.len();
    };
    let mut at = data;
    while let Some(n) = memchr::memmem::find(&content[at..], b"EI") {
        let end = at + n;
        if space(content.get(end.wrapping_sub(1))) && space(content.get(end + 2)) {
            return end + 2;
        }
        at = end + 2;
    }
    content.len()
}

impl Gap {
    fn max_space(self) -> Gap {
        if self == Gap::None {
            Gap::Space
        } else {
            self
        }
    }
}

fn number(object: &Object) -> Option<f32> {
    match object {
        Object::Integer(i) => Some(*i as f32),
        Object::Real(r) => Some(*r),
        _ => None,
    }
}

/// The document information dictionary (author, title, subject, keywords)
/// as lines `Key: value`.
fn properties(pdf: &lopdf::Document) -> Option<String> {
    let info = pdf.trailer.get_deref(b"Info", pdf).ok()?.as_dict().ok()?;
    let lines: Vec<String> = ["Title", "Author", "Subject", "Keywords"]
        .iter()
        .filter_map(|key| {
            let value = info.get_deref(key.as_bytes(), pdf).ok()?;
            let text = lopdf::decode_text_string(value).ok()?;
            (!text.trim().is_empty()).then(|| format!("{key}: {text}"))
        })
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use flate2::{write::ZlibEncoder, Compression};
    use lopdf::{dictionary, EncryptionState, EncryptionVersion, Permissions};
    use std::io::Write;

    /// A one-page PDF drawing `content` (inflated from Deflate when
    /// `deflated`), encrypted with RC4 (128 bits) and `user_password`.
    fn encrypted(content: &[u8], deflated: bool, user_password: &str) -> Vec<u8> {
        let mut doc = lopdf::Document::with_version("1.5");
        let pages = doc.new_object_id();
        let font = doc.add_object(dictionary! {
            "Type" => "Font", "Subtype" => "Type1", "BaseFont" => "Helvetica",
        });
        let stream = if deflated {
            let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
            z.write_all(content).unwrap();
            Stream::new(
                dictionary! { "Filter" => "FlateDecode" },
                z.finish().unwrap(),
            )
        } else {
            Stream::new(dictionary! {}, content.to_vec())
        };
        let contents = doc.add_object(stream);
        let page = doc.add_object(dictionary! {
            "Type" => "Page", "Parent" => pages, "Contents" => contents,
            "Resources" => dictionary! { "Font" => dictionary! { "F1" => font } },
        });
        doc.objects.insert(
            pages,
            Object::Dictionary(
                dictionary! { "Type" => "Pages", "Kids" => vec![page.into()], "Count" => 1 },
            ),
        );
        let catalog = doc.add_object(dictionary! { "Type" => "Catalog", "Pages" => pages });
        doc.trailer.set("Root", catalog);
        doc.trailer.set(
            "ID",
            Object::Array(vec![
                Object::string_literal(b"0123456789abcdef".to_vec()),
                Object::string_literal(b"0123456789abcdef".to_vec()),
            ]),
        );
        let state = EncryptionState::try_from(EncryptionVersion::V2 {
            document: &doc,
            owner_password: "owner-secret",
            user_password,
            key_length: 128,
            permissions: Permissions::PRINTABLE,
        })
        .unwrap();
        doc.encrypt(&state).unwrap();
        let mut bytes = Vec::new();
        doc.save_to(&mut bytes).unwrap();
        assert!(has(&bytes, b"/Encrypt"));
        bytes
    }

    fn read(bytes: &[u8], limits: &Limits) -> Document {
        extract(bytes, limits, &Cell::new(0))
    }

    #[test]
    fn an_owner_password_alone_does_not_stop_reading() {
        let bytes = encrypted(b"BT /F1 12 Tf (SSN 536-90-4399) Tj ET", true, "");
        assert!(!has(&bytes, b"536-90"), "the content is encrypted");
        let doc = read(&bytes, &Limits::default());
        assert!(doc.unreadable.is_empty(), "{:?}", doc.unreadable);
        assert_eq!(doc.parts[0].location, "page 1");
        assert!(doc.parts[0].text.contains("SSN 536-90-4399"));
        // A password to open it: not read.
        let bytes = encrypted(b"BT /F1 12 Tf (SSN 536-90-4399) Tj ET", true, "open-secret");
        let doc = read(&bytes, &Limits::default());
        assert!(doc.parts.is_empty());
        assert_eq!(doc.unreadable[0].reason, Failure::Encrypted);
    }

    #[test]
    fn decrypted_streams_are_checked_before_anything_reads_them() {
        // 2 MiB of spaces deflate to some 2 KiB: a ratio far over 200.
        let spaces = vec![b' '; 2 << 20];
        let doc = read(&encrypted(&spaces, true, ""), &Limits::default());
        assert!(doc.parts.is_empty());
        assert_eq!(doc.unreadable[0].location, "");
        assert_eq!(doc.unreadable[0].reason, Failure::Bomb);
        let small = Limits {
            max_expanded: 1 << 20,
            ..Limits::default()
        };
        let stored = encrypted(&spaces, false, "");
        assert_eq!(
            read(&stored, &small).unreadable[0].reason,
            Failure::TooLarge
        );
    }

    #[test]
    fn an_encrypted_object_stream_counts_as_deflate_s_largest_ratio() {
        let limits = Limits::default();
        let stream = |size: usize| {
            let mut pdf = b"%PDF-1.5\n1 0 obj << /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n".to_vec();
            pdf.extend(std::iter::repeat_n(b'x', size));
            pdf.extend(b"\nendstream endobj\ntrailer << /Encrypt 2 0 R >>");
            pdf
        };
        let largest = (limits.max_part / DEFLATE_MAX_RATIO) as usize;
        let check = |pdf: &[u8]| check_streams(pdf, &limits, &Cell::new(0), true);
        assert_eq!(check(&stream(largest)), Ok(()));
        assert_eq!(check(&stream(largest + 1)), Err(Failure::Encrypted));
        // Unencrypted, the same bytes are inflated (and are not Deflate).
        assert_eq!(
            check_streams(&stream(largest + 1), &limits, &Cell::new(0), false),
            Ok(())
        );
    }
}
