//! PDF: the text layer of each page, read from the content streams with
//! lopdf's parser and font encodings, laid out in lines and words here.
//!
//! lopdf decompresses some streams itself while it loads a file (object and
//! cross-reference streams) and while it reads a font's `ToUnicode` map, with
//! no limit. So before lopdf sees a file, every stream in it is inflated once
//! under the limits with nothing kept ([`check_streams`]); page contents are
//! decompressed here under the same limits, whatever the filters (Deflate,
//! LZW, ASCII85 and ASCIIHex, in any chain).
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
            Ok(page) if !page.text.trim().is_empty() => {
                doc.parts.push(Part::new(location, page.text))
            }
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
        doc.parts.push(Part::new("properties", text));
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
        let read = decode(
            &stream.content,
            &filters(stream)?,
            cap,
            self.limits.max_ratio,
            true,
        );
        self.left = self.left.saturating_sub(read.expanded);
        match read.result {
            Ok(bytes) if bytes.len() as u64 <= cap => Ok(bytes),
            Ok(_) => Err(Failure::TooLarge),
            Err(reason) => Err(reason),
        }
    }
}

/// A stream filter this reader decodes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Filter {
    Flate,
    /// `early`: the code width grows one code early (`/EarlyChange 1`, the default).
    Lzw {
        early: bool,
    },
    Ascii85,
    AsciiHex,
}

impl Filter {
    /// The filter a name stands for (full or abbreviated, as in inline images).
    fn named(name: &[u8], early: bool) -> Option<Filter> {
        Some(match name {
            b"FlateDecode" | b"Fl" => Filter::Flate,
            b"LZWDecode" | b"LZW" => Filter::Lzw { early },
            b"ASCII85Decode" | b"A85" => Filter::Ascii85,
            b"ASCIIHexDecode" | b"AHx" => Filter::AsciiHex,
            _ => return None,
        })
    }
}

/// A stream's filters, in decoding order; one this reader does not decode
/// makes it [`Failure::Unsupported`].
fn filters(stream: &Stream) -> Result<Vec<Filter>, Failure> {
    if stream.dict.get(b"Filter").is_err() {
        return Ok(Vec::new());
    }
    let early = match stream.dict.get(b"DecodeParms") {
        Ok(Object::Dictionary(d)) => d.get(b"EarlyChange").and_then(Object::as_i64).ok(),
        Ok(Object::Array(a)) => a.iter().find_map(|p| {
            p.as_dict()
                .and_then(|d| d.get(b"EarlyChange"))
                .and_then(Object::as_i64)
                .ok()
        }),
        _ => None,
    } != Some(0);
    stream
        .filters()
        .map_err(|_| Failure::Corrupt)?
        .into_iter()
        .map(|name| Filter::named(name, early).ok_or(Failure::Unsupported))
        .collect()
}

/// The filters named after `/Filter` in a dictionary's source (one name or
/// an array of names); `None` when it names none, or one this reader does
/// not decode.
fn raw_filters(dict: &[u8]) -> Option<Vec<Filter>> {
    let at = memchr::memmem::find(dict, b"/Filter")? + b"/Filter".len();
    let rest = dict[at..].trim_ascii_start();
    let names = match rest.first()? {
        b'[' => &rest[1..rest.iter().position(|&b| b == b']')?],
        b'/' => {
            let end = rest[1..]
                .iter()
                .position(|b| b.is_ascii_whitespace() || b"/[]<>()".contains(b))
                .map_or(rest.len(), |i| i + 1);
            &rest[..end]
        }
        _ => return None,
    };
    let early = !has(dict, b"/EarlyChange 0");
    names
        .split(|&b| b == b'/')
        .map(<[u8]>::trim_ascii)
        .filter(|n| !n.is_empty())
        .map(|n| Filter::named(n, early))
        .collect::<Option<Vec<_>>>()
        .filter(|f| !f.is_empty())
}

/// `data` through `filters` in order, each stage within `cap` and, for the
/// two that decompress, `max_ratio`; `expanded` is the last stage's output.
/// With `keep` false the last stage's bytes are only counted.
fn decode(data: &[u8], filters: &[Filter], cap: u64, max_ratio: u64, keep: bool) -> super::Bounded {
    let Some((last, first)) = filters.split_last() else {
        return super::Bounded {
            expanded: data.len() as u64,
            result: Ok(if keep { data.to_vec() } else { Vec::new() }),
        };
    };
    let mut owned = None;
    for &filter in first {
        let input: &[u8] = owned.as_deref().unwrap_or(data);
        match stage(input, filter, cap, max_ratio, true).result {
            Ok(out) => owned = Some(out),
            Err(reason) => {
                return super::Bounded {
                    expanded: 0,
                    result: Err(reason),
                }
            }
        }
    }
    stage(
        owned.as_deref().unwrap_or(data),
        *last,
        cap,
        max_ratio,
        keep,
    )
}

/// One filter's output, as [`decode`] says.
fn stage(data: &[u8], filter: Filter, cap: u64, max_ratio: u64, keep: bool) -> super::Bounded {
    let text = |result: Result<Vec<u8>, Failure>| {
        let result = result.and_then(|out| match out.len() as u64 > cap {
            true => Err(Failure::TooLarge),
            false => Ok(out),
        });
        super::Bounded {
            expanded: result.as_ref().map_or(0, |out| out.len() as u64),
            result: result.map(|out| if keep { out } else { Vec::new() }),
        }
    };
    match filter {
        Filter::Flate => inflate(data, cap, max_ratio, keep),
        Filter::Lzw { early } => lzw(data, early, cap, max_ratio, keep),
        Filter::Ascii85 => text(ascii85(data)),
        Filter::AsciiHex => text(ascii_hex(data)),
    }
}

/// LZW data (PDF's: most significant bit first, 8-bit symbols) decoded
/// within `cap` and `max_ratio` as [`read_bounded`] does; data without its
/// end code ends where it stops.
fn lzw(data: &[u8], early: bool, cap: u64, max_ratio: u64, keep: bool) -> super::Bounded {
    use weezl::{decode::Decoder, BitOrder, LzwStatus};
    let mut decoder = if early {
        Decoder::with_tiff_size_switch(BitOrder::Msb, 8)
    } else {
        Decoder::new(BitOrder::Msb, 8)
    };
    let (mut out, mut chunk) = (Vec::new(), vec![0u8; 64 << 10]);
    let (mut consumed, mut expanded) = (0usize, 0u64);
    let result = loop {
        let step = decoder.decode_bytes(&data[consumed..], &mut chunk);
        consumed += step.consumed_in;
        expanded += step.consumed_out as u64;
        if keep {
            out.extend_from_slice(&chunk[..step.consumed_out]);
        }
        if expanded > cap {
            break Err(Failure::TooLarge);
        }
        if expanded > 1 << 20 && expanded / (consumed as u64).max(1) > max_ratio {
            break Err(Failure::Bomb);
        }
        match step.status {
            Ok(LzwStatus::Done) => break Ok(()),
            Ok(LzwStatus::NoProgress) => break Ok(()),
            Ok(LzwStatus::Ok) if consumed >= data.len() && step.consumed_out == 0 => break Ok(()),
            Ok(LzwStatus::Ok) => {}
            Err(_) => break Err(Failure::Corrupt),
        }
    };
    super::Bounded {
        expanded,
        result: result.map(|()| out),
    }
}

/// ASCII85 (`<~` optional, `~>` ends it; `z` four zero bytes; white space
/// ignored). Never longer than four bytes per input byte.
fn ascii85(data: &[u8]) -> Result<Vec<u8>, Failure> {
    let data = data.trim_ascii_start();
    let data = data.strip_prefix(b"<~").unwrap_or(data);
    let end = memchr::memmem::find(data, b"~>").unwrap_or(data.len());
    let mut out = Vec::with_capacity(end / 5 * 4 + 4);
    let (mut group, mut n) = (0u64, 0usize);
    for &b in &data[..end] {
        match b {
            b'z' if n == 0 => out.extend([0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(b - b'!');
                n += 1;
                if n == 5 {
                    let word = u32::try_from(group).map_err(|_| Failure::Corrupt)?;
                    out.extend(word.to_be_bytes());
                    (group, n) = (0, 0);
                }
            }
            b if b.is_ascii_whitespace() || b == 0 => {}
            _ => return Err(Failure::Corrupt),
        }
    }
    match n {
        0 => {}
        1 => return Err(Failure::Corrupt),
        _ => {
            // Padded with `u` (84), the last group gives n - 1 bytes.
            for _ in n..5 {
                group = group * 85 + 84;
            }
            let word = u32::try_from(group).map_err(|_| Failure::Corrupt)?;
            out.extend(&word.to_be_bytes()[..n - 1]);
        }
    }
    Ok(out)
}

/// ASCIIHex (`>` ends it; white space ignored; an odd last digit is
/// followed by 0).
fn ascii_hex(data: &[u8]) -> Result<Vec<u8>, Failure> {
    let end = memchr::memchr(b'>', data).unwrap_or(data.len());
    let mut out = Vec::with_capacity(end / 2 + 1);
    let mut high: Option<u8> = None;
    for &b in &data[..end] {
        let digit = match b {
            b'0'..=b'9' => b - b'0',
            b'a'..=b'f' => b - b'a' + 10,
            b'A'..=b'F' => b - b'A' + 10,
            b if b.is_ascii_whitespace() || b == 0 => continue,
            _ => return Err(Failure::Corrupt),
        };
        match high.take() {
            Some(h) => out.push(h << 4 | digit),
            None => high = Some(digit),
        }
    }
    out.extend(high.map(|h| h << 4));
    Ok(out)
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
        let Ok(filters) = filters(stream) else {
            continue; // nothing here decodes it
        };
        let read = decode(&stream.content, &filters, cap, limits.max_ratio, false);
        if let Err(reason @ (Failure::TooLarge | Failure::Bomb)) = read.result {
            return Err(reason);
        }
        spent.set(spent.get() + read.expanded);
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
        let cap = limits
            .max_part
            .min(limits.max_expanded.saturating_sub(*expanded));
        // The filters the dictionary names; without a known chain, Deflate
        // is tried (what lopdf might inflate).
        let read = match raw_filters(dict) {
            Some(filters) => {
                let end = memchr::memmem::find(data, b"endstream").unwrap_or(data.len());
                decode(&data[..end], &filters, cap, limits.max_ratio, false)
            }
            None => inflate(data, cap, limits.max_ratio, false),
        };
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

#[cfg(test)]
mod filter_tests {
    use super::*;
    use flate2::{write::ZlibEncoder, Compression};
    use std::io::Write;

    fn deflated(data: &[u8]) -> Vec<u8> {
        let mut z = ZlibEncoder::new(Vec::new(), Compression::best());
        z.write_all(data).unwrap();
        z.finish().unwrap()
    }

    fn lzw(data: &[u8]) -> Vec<u8> {
        weezl::encode::Encoder::with_tiff_size_switch(weezl::BitOrder::Msb, 8)
            .encode(data)
            .unwrap()
    }

    /// ASCII85 as PDF writes it (`z` for zero groups, `~>` at the end).
    fn a85(data: &[u8]) -> Vec<u8> {
        let mut out = Vec::new();
        for chunk in data.chunks(4) {
            let mut word = [0u8; 4];
            word[..chunk.len()].copy_from_slice(chunk);
            let mut n = u32::from_be_bytes(word);
            if n == 0 && chunk.len() == 4 {
                out.push(b'z');
                continue;
            }
            let mut digits = [0u8; 5];
            for d in digits.iter_mut().rev() {
                *d = (n % 85) as u8 + b'!';
                n /= 85;
            }
            out.extend(&digits[..chunk.len() + 1]);
        }
        out.extend(b"~>");
        out
    }

    fn hex(data: &[u8]) -> Vec<u8> {
        let mut out: Vec<u8> = data
            .iter()
            .flat_map(|b| format!("{b:02X} ").into_bytes())
            .collect();
        out.push(b'>');
        out
    }

    /// A one-page PDF whose content stream is `content` under `filter`.
    fn page(filter: &str, content: &[u8]) -> Vec<u8> {
        let mut pdf = b"%PDF-1.4\n".to_vec();
        let objects: [Vec<u8>; 5] = [
            b"<< /Type /Catalog /Pages 2 0 R >>".to_vec(),
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_vec(),
            b"<< /Type /Page /Parent 2 0 R /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>".to_vec(),
            [
                format!("<< /Length {} {filter} >>\nstream\n", content.len()).as_bytes(),
                content,
                b"\nendstream",
            ]
            .concat(),
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_vec(),
        ];
        let mut offsets = Vec::new();
        for (i, object) in objects.iter().enumerate() {
            offsets.push(pdf.len());
            pdf.extend(format!("{} 0 obj\n", i + 1).as_bytes());
            pdf.extend(object);
            pdf.extend(b"\nendobj\n");
        }
        let xref = pdf.len();
        pdf.extend(format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes());
        for o in offsets {
            pdf.extend(format!("{o:010} 00000 n \n").as_bytes());
        }
        pdf.extend(
            format!(
                "trailer << /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
                objects.len() + 1
            )
            .as_bytes(),
        );
        pdf
    }

    fn read(pdf: &[u8]) -> Document {
        extract(pdf, &Limits::default(), &Cell::new(0))
    }

    #[test]
    fn every_filter_and_chain_reads_the_page() {
        let content: &[u8] = b"BT /F1 12 Tf 72 700 Td (SSN 536-90-4399) Tj ET";
        for (filter, data) in [
            ("/Filter /LZWDecode", lzw(content)),
            ("/Filter /ASCII85Decode", a85(content)),
            ("/Filter /ASCIIHexDecode", hex(content)),
            (
                "/Filter [/ASCII85Decode /FlateDecode]",
                a85(&deflated(content)),
            ),
            ("/Filter [/AHx /LZW]", hex(&lzw(content))),
        ] {
            let doc = read(&page(filter, &data));
            assert!(doc.unreadable.is_empty(), "{filter}: {:?}", doc.unreadable);
            assert!(doc.parts[0].text.contains("SSN 536-90-4399"), "{filter}");
        }
    }

    #[test]
    fn filters_decode_as_specified() {
        assert_eq!(ascii85(b"<~87cURD]i,\"Ebo80~>").unwrap(), b"Hello World!");
        assert_eq!(ascii85(b"z!!~>").unwrap(), [0, 0, 0, 0, 0]);
        assert_eq!(ascii85(b"!~>"), Err(Failure::Corrupt), "one digit left");
        assert_eq!(ascii85(b"s8W-\"~>"), Err(Failure::Corrupt), "over 2^32");
        assert_eq!(ascii_hex(b"48 65 6C\n6c6F 7>").unwrap(), b"Hellop");
        assert_eq!(ascii_hex(b"4G>"), Err(Failure::Corrupt));
        assert_eq!(
            raw_filters(b"<< /Length 9 /Filter [ /A85 /FlateDecode ] >>"),
            Some(vec![Filter::Ascii85, Filter::Flate])
        );
        assert_eq!(
            raw_filters(b"<< /Filter/LZWDecode/DecodeParms << /EarlyChange 0 >> >>"),
            Some(vec![Filter::Lzw { early: false }])
        );
        assert_eq!(raw_filters(b"<< /Filter /DCTDecode >>"), None);
        assert_eq!(raw_filters(b"<< /Length 3 >>"), None);
    }

    #[test]
    fn lzw_and_chains_are_bounded_like_deflate() {
        // 8 MiB of one byte: LZW reaches a ratio of hundreds.
        let zeros = vec![b' '; 8 << 20];
        let packed = lzw(&zeros);
        assert!(packed.len() < (8 << 20) / 200, "{}", packed.len());
        let doc = read(&page("/Filter /LZWDecode", &packed));
        assert_eq!(doc.unreadable[0].reason, Failure::Bomb);
        assert_eq!(
            doc.unreadable[0].location, "",
            "caught before lopdf loads it"
        );
        // Deflate under ASCII85: the same check.
        let doc = read(&page("/Filter [/A85 /Fl]", &a85(&deflated(&zeros))));
        assert_eq!(doc.unreadable[0].reason, Failure::Bomb);
        let read = decode(
            &packed,
            &[Filter::Lzw { early: true }],
            1 << 20,
            u64::MAX,
            true,
        );
        assert_eq!(read.result, Err(Failure::TooLarge));
        assert!(read.expanded <= (1 << 20) + (64 << 10));
    }
}
