//! RTF: the visible text of a Rich Text Format file, place by place.
//!
//! The reader is a single pass over the bytes with an explicit stack of group states (no
//! recursion), so it runs in time linear in the input and never overflows the Rust stack.
//! Text is collected per "place" (body, headers and footers, footnotes, comments, properties).
//!
//! Choices beyond the RTF specification:
//! - Comment author names (`\atnauthor`) go to "comments", each on its own line before the comment
//!   text; the author initials (`\atnid`) are skipped.
//! - Hidden text (`\v`) is read like any other text (a scanner for personal data wants it).
//! - `{\upr{ansi}{\*\ud{unicode}}}` reads only the Unicode alternative.
//! - Shape text (`\shptxt`) is read; the shape's fallback picture (`\shprslt`) is skipped.
//! - A UTF-8 byte order mark before `{\rtf` is tolerated.
//! - Leading whitespace of each place and of each footnote, comment, header or property entry is
//!   dropped, as is trailing whitespace of each place.

use super::{Document, Failure, Format, Limits, Part};
use encoding_rs::{Encoding, UTF_16BE, UTF_16LE, WINDOWS_1252};
use std::collections::HashMap;

/// Why an RTF file could not be read.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Error {
    Corrupt,
    TooLarge,
}

const PLACES: [&str; 5] = [
    "body",
    "headers and footers",
    "footnotes",
    "comments",
    "properties",
];
const BODY: usize = 0;
const HEADERS: usize = 1;
const FOOTNOTES: usize = 2;
const COMMENTS: usize = 3;
const PROPERTIES: usize = 4;

/// The parts of an RTF file (`body`, `headers and footers`, `footnotes`,
/// `comments`, `properties`), at most [`Limits::max_part`] bytes of text.
pub(super) fn extract(bytes: &[u8], limits: &Limits) -> Document {
    let cap = usize::try_from(limits.max_part.min(limits.max_expanded)).unwrap_or(usize::MAX);
    match read(bytes, cap) {
        Ok(places) => Document {
            format: Format::Rtf,
            parts: places
                .into_iter()
                .map(|(location, text)| Part::new(location, text))
                .collect(),
            unreadable: Vec::new(),
        },
        Err(Error::Corrupt) => Document::unreadable(Format::Rtf, Failure::Corrupt),
        Err(Error::TooLarge) => Document::unreadable(Format::Rtf, Failure::TooLarge),
    }
}

/// Deepest allowed group nesting (the outer `{\rtf` group counts as 1).
const MAX_DEPTH: usize = 512;

/// The text of an RTF file, place by place: ("body", ...), ("headers and footers", ...),
/// ("footnotes", ...), ("comments", ...), ("properties", ...) -- in that order, each only if it has
/// non-whitespace text. Paragraphs and table rows on their own lines, table cells separated by tabs.
/// `max_output` bounds the bytes of text produced (over it: Err(TooLarge)).
pub(super) fn read(bytes: &[u8], max_output: usize) -> Result<Vec<(&'static str, String)>, Error> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let start = bytes
        .iter()
        .position(|b| !b.is_ascii_whitespace())
        .unwrap_or(bytes.len());
    let data = &bytes[start..];
    if !data.starts_with(b"{\\rtf") {
        return Err(Error::Corrupt);
    }
    let mut reader = Reader::new(max_output);
    reader.run(data)?;
    Ok(reader.into_places())
}

/// What the text of a group is for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Dest {
    /// Visible text, collected into the group's place.
    Text,
    /// Ignored entirely (only `\bin` and `\ud` are still looked at).
    Skip,
    /// The font table: `\fN`, `\fcharsetN` and `\cpgN` are recorded, text is ignored.
    FontTable,
    /// The `\info` group: only the property sub-destinations produce text.
    Info,
}

/// How the bytes of `\'hh` escapes and raw 8-bit characters are decoded.
#[derive(Clone, Copy, Debug)]
enum Charset {
    /// The document code page (`\ansicpgN`).
    Document,
    /// A symbol font: the bytes are glyph numbers, not text.
    Symbol,
    Encoding(&'static Encoding),
}

#[derive(Clone, Copy, Debug)]
struct Group {
    dest: Dest,
    place: usize,
    /// Fallback characters to skip after `\uN` (`\ucN`).
    uc: u32,
    /// Current font (`\fN`); `None` means the default font (`\deffN`).
    font: Option<i32>,
    /// `\*` was seen and no control word has followed yet.
    star: bool,
    /// This is a `\upr` group: its child groups are skipped unless they are `\ud`.
    upr: bool,
    /// Child of a `\upr` group: what `\ud` restores.
    upr_alt: Option<(Dest, usize)>,
}

const ROOT: Group = Group {
    dest: Dest::Text,
    place: BODY,
    uc: 1,
    font: None,
    star: false,
    upr: false,
    upr_alt: None,
};

struct Reader {
    stack: Vec<Group>,
    out: [String; 5],
    /// No text has been put into the place since it was (re)entered: drop leading whitespace.
    fresh: [bool; 5],
    total: usize,
    max_output: usize,
    /// Undecoded bytes from consecutive `\'hh` escapes and raw 8-bit characters.
    pending: Vec<u8>,
    /// A high surrogate from `\uN` waiting for its low half, with the place it belongs to.
    high_surrogate: Option<(usize, u16)>,
    /// Fallback characters still to skip after `\uN`.
    skip: u32,
    document_encoding: &'static Encoding,
    /// Font number -> (charset, set by `\cpgN`).
    fonts: HashMap<i32, (Charset, bool)>,
    default_font: Option<i32>,
    /// The font being defined in the font table.
    defining_font: Option<i32>,
}

impl Reader {
    fn new(max_output: usize) -> Self {
        Reader {
            stack: Vec::new(),
            out: Default::default(),
            fresh: [true; 5],
            total: 0,
            max_output,
            pending: Vec::new(),
            high_surrogate: None,
            skip: 0,
            document_encoding: WINDOWS_1252,
            fonts: HashMap::new(),
            default_font: None,
            defining_font: None,
        }
    }

    fn top(&self) -> Group {
        self.stack.last().copied().unwrap_or(ROOT)
    }

    fn top_mut(&mut self) -> &mut Group {
        if self.stack.is_empty() {
            self.stack.push(ROOT);
        }
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    /// Reads `data`, which starts with `{\rtf`.
    fn run(&mut self, data: &[u8]) -> Result<(), Error> {
        let len = data.len();
        let mut i = 0;
        while i < len {
            let b = data[i];
            match b {
                b'{' => {
                    self.flush()?;
                    self.skip = 0;
                    if self.stack.len() >= MAX_DEPTH {
                        return Err(Error::Corrupt);
                    }
                    let parent = self.top();
                    let mut child = parent;
                    child.star = false;
                    child.upr = false;
                    child.upr_alt = None;
                    if parent.upr && !self.stack.is_empty() {
                        child.upr_alt = Some((parent.dest, parent.place));
                        child.dest = Dest::Skip;
                    }
                    self.stack.push(child);
                    i += 1;
                }
                b'}' => {
                    self.flush()?;
                    self.skip = 0;
                    self.stack.pop();
                    if self.stack.is_empty() {
                        // The outer group is closed: whatever follows is not part of the document.
                        return self.finish();
                    }
                    i += 1;
                }
                b'\\' => i = self.control(data, i)?,
                // RTF line breaks are not text.
                b'\r' | b'\n' => i += 1,
                _ => {
                    if self.skip > 0 {
                        self.skip -= 1;
                    } else {
                        self.literal(b)?;
                    }
                    i += 1;
                }
            }
        }
        // Truncated file: keep what was read.
        self.finish()
    }

    /// Handles the control word or symbol at `data[i] == b'\\'`; returns where reading resumes.
    fn control(&mut self, data: &[u8], i: usize) -> Result<usize, Error> {
        let len = data.len();
        let Some(&c) = data.get(i + 1) else {
            return Ok(len);
        };
        if c.is_ascii_alphabetic() {
            let start = i + 1;
            let mut j = start;
            while j < len && data[j].is_ascii_alphabetic() {
                j += 1;
            }
            let word = &data[start..j];
            let mut negative = false;
            if j + 1 < len && data[j] == b'-' && data[j + 1].is_ascii_digit() {
                negative = true;
                j += 1;
            }
            let mut value: Option<i64> = None;
            while j < len && data[j].is_ascii_digit() {
                let digit = i64::from(data[j] - b'0');
                let v = value.unwrap_or(0).saturating_mul(10).saturating_add(digit);
                value = Some(v.min(1 << 40));
                j += 1;
            }
            if j < len && data[j] == b' ' {
                j += 1;
            }
            let param = value.map(|v| {
                let v = if negative { -v } else { v };
                v.clamp(i64::from(i32::MIN), i64::from(i32::MAX)) as i32
            });
            if word == b"bin" {
                // Binary data: never text, whatever the destination.
                self.flush()?;
                if self.skip > 0 {
                    self.skip -= 1;
                }
                let n = usize::try_from(param.unwrap_or(0)).unwrap_or(0);
                return Ok(j.saturating_add(n).min(len));
            }
            if self.skip > 0 {
                self.skip -= 1;
                return Ok(j);
            }
            self.control_word(word, param)?;
            return Ok(j);
        }
        if c == b'\'' {
            let Some(high) = data.get(i + 2).and_then(|&h| hex_value(h)) else {
                // A malformed escape: ignore the `\'`.
                if self.skip > 0 {
                    self.skip -= 1;
                }
                return Ok(i + 2);
            };
            let (byte, next) = match data.get(i + 3).and_then(|&h| hex_value(h)) {
                Some(low) => (high * 16 + low, i + 4),
                None => (high, i + 3),
            };
            if self.skip > 0 {
                self.skip -= 1;
            } else {
                self.byte(byte)?;
            }
            return Ok(next);
        }
        // A control symbol.
        if self.skip > 0 {
            self.skip -= 1;
            return Ok(i + 2);
        }
        match c {
            // Literal characters; they may be the trail byte of a double-byte character.
            b'{' | b'}' | b'\\' => self.literal(c)?,
            b'~' => {
                self.flush()?;
                self.text(" ")?;
            }
            b'_' => {
                self.flush()?;
                self.text("-")?;
            }
            b'*' => self.top_mut().star = true,
            // `\` before a line break is the same as `\par`.
            b'\r' | b'\n' => {
                self.flush()?;
                self.text("\n")?;
            }
            // `\-` (optional hyphen), `\|`, `\:` and anything unknown: nothing to show.
            _ => {}
        }
        Ok(i + 2)
    }

    fn control_word(&mut self, word: &[u8], param: Option<i32>) -> Result<(), Error> {
        self.flush()?;
        let top = self.top_mut();
        let star = std::mem::replace(&mut top.star, false);
        let dest = top.dest;
        if dest == Dest::Skip {
            if word == b"ud" {
                if let Some((dest, place)) = top.upr_alt {
                    top.dest = dest;
                    top.place = place;
                }
            }
            return Ok(());
        }
        if is_skipped_destination(word) {
            top.dest = Dest::Skip;
            return Ok(());
        }
        // Destinations understood here (so not skipped when marked with `\*`).
        match word {
            b"fonttbl" => {
                top.dest = Dest::FontTable;
                self.defining_font = None;
                return Ok(());
            }
            b"info" => {
                top.dest = Dest::Info;
                return Ok(());
            }
            b"upr" => {
                top.upr = true;
                return Ok(());
            }
            b"ud" => {
                if let Some((dest, place)) = top.upr_alt {
                    top.dest = dest;
                    top.place = place;
                }
                return Ok(());
            }
            b"header" | b"headerl" | b"headerr" | b"headerf" | b"footer" | b"footerl"
            | b"footerr" | b"footerf" => {
                if dest == Dest::Text {
                    return self.enter_place(HEADERS);
                }
                return Ok(());
            }
            b"footnote" => {
                if dest == Dest::Text {
                    return self.enter_place(FOOTNOTES);
                }
                return Ok(());
            }
            b"annotation" | b"atnauthor" => {
                if dest == Dest::Text {
                    return self.enter_place(COMMENTS);
                }
                return Ok(());
            }
            b"title" | b"subject" | b"author" | b"operator" | b"keywords" | b"comment"
            | b"doccomm" | b"company" | b"manager" | b"category"
                if dest == Dest::Info =>
            {
                return self.enter_place(PROPERTIES);
            }
            b"shpinst" | b"shptxt" | b"fldrslt" => return Ok(()),
            _ => {}
        }
        if star {
            // An ignorable destination that is not understood.
            top.dest = Dest::Skip;
            return Ok(());
        }
        match dest {
            Dest::Text => self.text_word(word, param),
            Dest::FontTable => {
                self.font_table_word(word, param);
                Ok(())
            }
            Dest::Info | Dest::Skip => Ok(()),
        }
    }

    fn text_word(&mut self, word: &[u8], param: Option<i32>) -> Result<(), Error> {
        let s = match word {
            b"par" | b"line" | b"sect" | b"page" | b"row" | b"nestrow" => "\n",
            b"tab" | b"cell" | b"nestcell" => "\t",
            b"emdash" => "\u{2014}",
            b"endash" => "\u{2013}",
            b"lquote" => "\u{2018}",
            b"rquote" => "\u{2019}",
            b"ldblquote" => "\u{201C}",
            b"rdblquote" => "\u{201D}",
            b"bullet" => "\u{2022}",
            b"enspace" | b"emspace" | b"qmspace" => " ",
            b"u" => {
                if let Some(n) = param {
                    self.unicode(n)?;
                }
                return Ok(());
            }
            b"uc" => {
                self.top_mut().uc = u32::try_from(param.unwrap_or(1)).unwrap_or(0);
                return Ok(());
            }
            b"f" => {
                if param.is_some() {
                    self.top_mut().font = param;
                }
                return Ok(());
            }
            b"plain" => {
                self.top_mut().font = None;
                return Ok(());
            }
            b"deff" => {
                self.default_font = param;
                return Ok(());
            }
            b"ansicpg" => {
                if let Some(encoding) = param.and_then(code_page_encoding) {
                    self.document_encoding = encoding;
                }
                return Ok(());
            }
            b"ansi" => {
                self.document_encoding = WINDOWS_1252;
                return Ok(());
            }
            b"mac" => {
                if let Some(encoding) = code_page_encoding(10000) {
                    self.document_encoding = encoding;
                }
                return Ok(());
            }
            _ => return Ok(()),
        };
        self.text(s)
    }

    fn font_table_word(&mut self, word: &[u8], param: Option<i32>) {
        let Some(n) = param else {
            return;
        };
        match word {
            b"f" => self.defining_font = Some(n),
            b"fcharset" => {
                if let Some(font) = self.defining_font {
                    let by_cpg = matches!(self.fonts.get(&font), Some((_, true)));
                    if !by_cpg {
                        self.fonts.insert(font, (charset_of(n), false));
                    }
                }
            }
            b"cpg" => {
                if let (Some(font), Some(encoding)) = (self.defining_font, code_page_encoding(n)) {
                    self.fonts.insert(font, (Charset::Encoding(encoding), true));
                }
            }
            _ => {}
        }
    }

    /// `\uN`: one UTF-16 code unit, then `\ucN` fallback characters to skip.
    fn unicode(&mut self, n: i32) -> Result<(), Error> {
        let top = self.top();
        self.skip = top.uc;
        let unit = if n < 0 {
            i64::from(n) + 65536
        } else {
            i64::from(n)
        };
        match unit {
            0 => Ok(()),
            0xD800..=0xDBFF => {
                if let Some((place, _)) = self.high_surrogate.take() {
                    self.push(place, "\u{FFFD}")?;
                }
                self.high_surrogate = Some((top.place, unit as u16));
                Ok(())
            }
            0xDC00..=0xDFFF => match self.high_surrogate.take() {
                Some((_, high)) => {
                    let code =
                        0x10000 + ((u32::from(high) - 0xD800) << 10) + (unit as u32 - 0xDC00);
                    let c = char::from_u32(code).unwrap_or('\u{FFFD}');
                    self.text(c.encode_utf8(&mut [0; 4]))
                }
                None => self.text("\u{FFFD}"),
            },
            _ => {
                // Some writers put code points above U+FFFF in one `\u`: accept them.
                let c = u32::try_from(unit)
                    .ok()
                    .and_then(char::from_u32)
                    .unwrap_or('\u{FFFD}');
                self.text(c.encode_utf8(&mut [0; 4]))
            }
        }
    }

    /// A literal byte of the document text.
    fn literal(&mut self, b: u8) -> Result<(), Error> {
        if self.top().dest != Dest::Text {
            return Ok(());
        }
        if b >= 0x80 {
            return self.byte(b);
        }
        if b == b'\t' {
            self.flush()?;
            return self.text("\t");
        }
        if b < 0x20 || b == 0x7F {
            return Ok(());
        }
        if !self.pending.is_empty() {
            // Possibly the trail byte of a double-byte character: decode with what precedes it.
            self.pending.push(b);
            return Ok(());
        }
        self.text(char::from(b).encode_utf8(&mut [0; 4]))
    }

    /// A byte in the current code page (from `\'hh` or a raw 8-bit character).
    fn byte(&mut self, b: u8) -> Result<(), Error> {
        if self.top().dest != Dest::Text {
            return Ok(());
        }
        if b < 0x20 || b == 0x7F {
            // Control characters are not text (and never part of a multi-byte character).
            if b == b'\t' {
                self.flush()?;
                return self.text("\t");
            }
            return Ok(());
        }
        if let Charset::Symbol = self.charset() {
            return Ok(());
        }
        self.pending.push(b);
        Ok(())
    }

    fn charset(&self) -> Charset {
        let font = self.top().font.or(self.default_font);
        match font.and_then(|f| self.fonts.get(&f)) {
            Some(&(charset, _)) => charset,
            None => Charset::Document,
        }
    }

    /// Decodes the pending bytes (all in the current group's code page) into text.
    fn flush(&mut self) -> Result<(), Error> {
        if self.pending.is_empty() {
            return Ok(());
        }
        let encoding = match self.charset() {
            Charset::Document => self.document_encoding,
            Charset::Encoding(encoding) => encoding,
            Charset::Symbol => {
                self.pending.clear();
                return Ok(());
            }
        };
        let mut bytes = std::mem::take(&mut self.pending);
        let result = {
            let (decoded, _) = encoding.decode_without_bom_handling(&bytes);
            self.text(&decoded)
        };
        bytes.clear();
        self.pending = bytes;
        result
    }

    /// Text for the current group's place (if the group is visible text).
    fn text(&mut self, s: &str) -> Result<(), Error> {
        let top = self.top();
        if top.dest != Dest::Text || s.is_empty() {
            return Ok(());
        }
        if let Some((place, _)) = self.high_surrogate.take() {
            self.push(place, "\u{FFFD}")?;
        }
        self.push(top.place, s)
    }

    fn push(&mut self, place: usize, s: &str) -> Result<(), Error> {
        let s = if self.fresh[place] {
            let rest = s.trim_start();
            if rest.is_empty() {
                return Ok(());
            }
            self.fresh[place] = false;
            rest
        } else {
            s
        };
        self.total = self.total.saturating_add(s.len());
        if self.total > self.max_output {
            return Err(Error::TooLarge);
        }
        self.out[place].push_str(s);
        Ok(())
    }

    /// The current group's text goes to `place`, starting on a new line there.
    fn enter_place(&mut self, place: usize) -> Result<(), Error> {
        let top = self.top_mut();
        top.dest = Dest::Text;
        top.place = place;
        if !self.out[place].is_empty() && !self.out[place].ends_with('\n') {
            self.push(place, "\n")?;
        }
        self.fresh[place] = true;
        Ok(())
    }

    fn finish(&mut self) -> Result<(), Error> {
        self.flush()?;
        if let Some((place, _)) = self.high_surrogate.take() {
            self.push(place, "\u{FFFD}")?;
        }
        Ok(())
    }

    fn into_places(self) -> Vec<(&'static str, String)> {
        let mut places = Vec::new();
        for (name, mut text) in PLACES.into_iter().zip(self.out) {
            let end = text.trim_end().len();
            text.truncate(end);
            if !text.is_empty() {
                places.push((name, text));
            }
        }
        places
    }
}

/// Destinations whose groups hold no visible text.
fn is_skipped_destination(word: &[u8]) -> bool {
    matches!(
        word,
        b"colortbl"
            | b"stylesheet"
            | b"listtable"
            | b"listoverridetable"
            | b"revtbl"
            | b"rsidtbl"
            | b"pict"
            | b"objdata"
            | b"themedata"
            | b"colorschememapping"
            | b"datastore"
            | b"latentstyles"
            | b"generator"
            | b"xmlnstbl"
            | b"mmathPr"
            | b"fldinst"
            | b"bkmkstart"
            | b"bkmkend"
            | b"pgdsctbl"
            | b"listtext"
            | b"pntext"
            | b"pn"
            | b"atnid"
            | b"atndate"
            | b"atnref"
            | b"atnicn"
            | b"atnparent"
            | b"atntime"
            | b"xe"
            | b"tc"
            | b"tcn"
            | b"nonshppict"
            | b"shprslt"
            | b"sp"
            | b"nonesttables"
            | b"ftnsep"
            | b"ftnsepc"
            | b"aftnsep"
            | b"aftnsepc"
            | b"filetbl"
            | b"template"
            | b"userprops"
            | b"docvar"
            | b"falt"
            | b"panose"
            | b"fontemb"
            | b"fontfile"
            | b"objclass"
            | b"objname"
            | b"objalias"
            | b"objsect"
            | b"objtime"
            | b"datafield"
            | b"formfield"
            | b"hlinkbase"
            | b"keycode"
            | b"password"
            | b"passwordhash"
            | b"protusertbl"
            | b"wgrffmtfilter"
    )
}

/// The charset of a font (`\fcharsetN`).
fn charset_of(fcharset: i32) -> Charset {
    let code_page = match fcharset {
        2 => return Charset::Symbol,
        77 => 10000,
        128 => 932,
        129 => 949,
        130 => 1361,
        134 => 936,
        136 => 950,
        161 => 1253,
        162 => 1254,
        163 => 1258,
        177 => 1255,
        178 => 1256,
        186 => 1257,
        204 => 1251,
        222 => 874,
        238 => 1250,
        _ => return Charset::Document,
    };
    match code_page_encoding(code_page) {
        Some(encoding) => Charset::Encoding(encoding),
        None => Charset::Document,
    }
}

/// The encoding of a Windows code page, if it is a byte-oriented one encoding_rs knows.
fn code_page_encoding(code_page: i32) -> Option<&'static Encoding> {
    let encoding = codepage::to_encoding_no_replacement(u16::try_from(code_page).ok()?)?;
    if encoding == UTF_16LE || encoding == UTF_16BE {
        None
    } else {
        Some(encoding)
    }
}

fn hex_value(b: u8) -> Option<u8> {
    match b {
        b'0'..=b'9' => Some(b - b'0'),
        b'a'..=b'f' => Some(b - b'a' + 10),
        b'A'..=b'F' => Some(b - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BIG: usize = 1 << 20;

    fn places(rtf: &[u8]) -> Vec<(&'static str, String)> {
        read(rtf, BIG).expect("readable")
    }

    fn place(rtf: &[u8], name: &str) -> String {
        places(rtf)
            .into_iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t)
            .unwrap_or_default()
    }

    fn body(rtf: &[u8]) -> String {
        place(rtf, "body")
    }

    #[test]
    fn plain_paragraphs() {
        assert_eq!(
            places(b"{\\rtf1\\ansi Hello\\par World}"),
            vec![("body", "Hello\nWorld".to_string())]
        );
        assert_eq!(body(b"{\\rtf1 a\\line b\\sect c\\page d}"), "a\nb\nc\nd");
        assert_eq!(body(b"{\\rtf1 a\\tab b}"), "a\tb");
    }

    #[test]
    fn control_word_delimiters_and_parameters() {
        // One space is the delimiter, a second one is text.
        assert_eq!(body(b"{\\rtf1 x{\\b  bold}\\b0 x}"), "x boldx");
        assert_eq!(body(b"{\\rtf1 a{\\b  b}}"), "a b");
        assert_eq!(body(b"{\\rtf1 a\\li-360 b}"), "ab");
        // `-` not followed by a digit is text.
        assert_eq!(body(b"{\\rtf1 a\\line-b}"), "a\n-b");
        // Digits end the word; what follows is text.
        assert_eq!(body(b"{\\rtf1 \\fs24x}"), "x");
    }

    #[test]
    fn control_symbols() {
        assert_eq!(
            body(b"{\\rtf1 a\\{b\\}c\\\\d\\~e\\_f\\-g}"),
            "a{b}c\\d e-fg"
        );
        // `\` before a line break is a paragraph.
        assert_eq!(body(b"{\\rtf1 a\\\nb}"), "a\nb");
    }

    #[test]
    fn special_characters() {
        assert_eq!(
            body(b"{\\rtf1 \\emdash\\endash\\lquote\\rquote\\ldblquote\\rdblquote\\bullet}"),
            "\u{2014}\u{2013}\u{2018}\u{2019}\u{201C}\u{201D}\u{2022}"
        );
    }

    #[test]
    fn raw_line_breaks_are_not_text() {
        assert_eq!(body(b"{\\rtf1 ab\r\ncd\nef\rg}"), "abcdefg");
    }

    #[test]
    fn hex_escapes_in_document_code_page() {
        assert_eq!(body(b"{\\rtf1\\ansi\\ansicpg1252 caf\\'e9}"), "caf\u{e9}");
        assert_eq!(body(b"{\\rtf1\\ansi caf\\'E9}"), "caf\u{e9}");
        assert_eq!(
            body(b"{\\rtf1\\ansi\\ansicpg1251 \\'cf\\'f0\\'e8\\'e2\\'e5\\'f2}"),
            "\u{41f}\u{440}\u{438}\u{432}\u{435}\u{442}"
        );
        // Raw 8-bit bytes are read the same way.
        assert_eq!(body(b"{\\rtf1\\ansi caf\xe9}"), "caf\u{e9}");
        assert_eq!(
            body(b"{\\rtf1\\ansi\\ansicpg1251 \xcf\xf0\xe8}"),
            "\u{41f}\u{440}\u{438}"
        );
        // Default is 1252; 0x80 is the euro sign there.
        assert_eq!(body(b"{\\rtf1 \\'80}"), "\u{20ac}");
        // A malformed escape does not panic and loses nothing else.
        assert_eq!(body(b"{\\rtf1 a\\'zz b}"), "azz b");
        assert_eq!(body(b"{\\rtf1 a\\'4}"), "a");
        assert_eq!(body(b"{\\rtf1 a\\'09b\\'00c}"), "a\tbc");
    }

    #[test]
    fn font_charsets() {
        let fonts =
            b"{\\fonttbl{\\f0\\fswiss\\fcharset0 Arial;}{\\f1\\fnil\\fcharset128 MS Mincho;}\
{\\f2\\fcharset2 Symbol;}{\\f3\\fcharset161 Greek;}{\\f4\\fcharset77 Mac;}{\\f5\\fcharset204 Cyr;}\
{\\f6\\fcharset134 SimSun;}{\\f7\\fcharset999 Odd;}}";
        let doc = |text: &[u8]| -> String {
            let mut v = b"{\\rtf1\\ansi\\ansicpg1252\\deff0".to_vec();
            v.extend_from_slice(fonts);
            v.extend_from_slice(text);
            v.push(b'}');
            body(&v)
        };
        // Shift-JIS: one character in two escapes.
        assert_eq!(doc(b"\\f0 a{\\f1 \\'82\\'a0}b"), "a\u{3042}b");
        // The same bytes in the document code page are two characters.
        assert_eq!(doc(b"\\f0 {\\'82\\'a0}x"), "\u{201a}\u{a0}x");
        // Shift-JIS with an ASCII trail byte (0x83 0x41 is katakana a).
        assert_eq!(doc(b"{\\f1 \\'83A}"), "\u{30a2}");
        // Raw bytes in a double-byte font.
        assert_eq!(doc(b"{\\f1 \x82\xa0}"), "\u{3042}");
        // GBK.
        assert_eq!(doc(b"{\\f6 \\'d6\\'d0}"), "\u{4e2d}");
        // Symbol font: nothing.
        assert_eq!(doc(b"a{\\f2 \\'b7}b"), "ab");
        assert_eq!(doc(b"\\f3 \\'d3"), "\u{3a3}");
        assert_eq!(doc(b"\\f4 \\'8e"), "\u{e9}");
        assert_eq!(doc(b"\\f5 \\'cf"), "\u{41f}");
        // Unknown charset: document code page.
        assert_eq!(doc(b"\\f7 \\'e9"), "\u{e9}");
        // The font only applies inside its group.
        assert_eq!(doc(b"{\\f5 \\'cf}\\'cf"), "\u{41f}\u{cf}");
        // \plain goes back to the default font.
        assert_eq!(doc(b"\\f5\\'cf\\plain\\'cf"), "\u{41f}\u{cf}");
        // Unknown font number: document code page.
        assert_eq!(doc(b"\\f42 \\'e9"), "\u{e9}");
    }

    #[test]
    fn default_font_and_charset_zero() {
        // \deff names a Cyrillic font: text without \f uses it.
        assert_eq!(
            body(b"{\\rtf1\\ansi\\deff1{\\fonttbl{\\f1\\fcharset204 X;}}\\'cf}"),
            "\u{41f}"
        );
        // Charset 0 follows the document code page.
        assert_eq!(
            body(b"{\\rtf1\\ansi\\ansicpg1251{\\fonttbl{\\f0\\fcharset0 X;}}\\f0\\'cf}"),
            "\u{41f}"
        );
        // A font table without inner groups.
        assert_eq!(
            body(b"{\\rtf1{\\fonttbl\\f0\\fcharset0 A;\\f1\\fcharset161 B;}\\f1\\'d3}"),
            "\u{3a3}"
        );
        // \cpg in the font table wins over \fcharset.
        assert_eq!(
            body(b"{\\rtf1{\\fonttbl{\\f1\\cpg1251\\fcharset0 A;}}\\f1\\'cf}"),
            "\u{41f}"
        );
    }

    #[test]
    fn unicode_escapes_and_fallback() {
        assert_eq!(body(b"{\\rtf1 caf\\u233?s}"), "caf\u{e9}s");
        assert_eq!(body(b"{\\rtf1 caf\\u233\\'e9s}"), "caf\u{e9}s");
        assert_eq!(body(b"{\\rtf1\\uc0 caf\\u233 s}"), "caf\u{e9}s");
        assert_eq!(body(b"{\\rtf1\\uc2 caf\\u233\\'3f\\'3fs}"), "caf\u{e9}s");
        assert_eq!(body(b"{\\rtf1\\uc2 \\u233 abc}"), "\u{e9}c");
        // Negative values are N + 65536.
        assert_eq!(body(b"{\\rtf1 \\u-3913?}"), "\u{f0b7}");
        // \uc is scoped to its group.
        assert_eq!(
            body(b"{\\rtf1 {\\uc2 \\u233 ab}\\u233 cd}"),
            "\u{e9}\u{e9}d"
        );
        // A group brace ends the skipping.
        assert_eq!(body(b"{\\rtf1\\uc5 \\u233{x}y}"), "\u{e9}xy");
        // A control word counts as one skipped character.
        assert_eq!(body(b"{\\rtf1 \\u233\\par x}"), "\u{e9}x");
        // Raw line breaks do not count.
        assert_eq!(body(b"{\\rtf1 \\u233\r\n?x}"), "\u{e9}x");
    }

    #[test]
    fn surrogate_pairs() {
        assert_eq!(body(b"{\\rtf1 a\\u-10179?\\u-8704?b}"), "a\u{1f600}b");
        assert_eq!(body(b"{\\rtf1 \\u55357?\\u56832?}"), "\u{1f600}");
        // Lone halves.
        assert_eq!(body(b"{\\rtf1 \\u55357?x}"), "\u{fffd}x");
        assert_eq!(body(b"{\\rtf1 x\\u56832?}"), "x\u{fffd}");
        assert_eq!(body(b"{\\rtf1 x\\u55357?}"), "x\u{fffd}");
        assert_eq!(
            body(b"{\\rtf1 \\u55357?\\u55357?\\u56832?}"),
            "\u{fffd}\u{1f600}"
        );
    }

    #[test]
    fn binary_data_is_skipped() {
        // The binary bytes contain braces and backslashes.
        assert_eq!(body(b"{\\rtf1 a{\\pict\\bin6 }}{{\\x}c}"), "ac");
        assert_eq!(body(b"{\\rtf1 a\\bin3 {{{b}"), "ab");
        // Longer than the input: everything after is gone, and no panic.
        assert_eq!(body(b"{\\rtf1 a\\bin99999 xyz}"), "a");
        assert_eq!(body(b"{\\rtf1 a\\bin-5 b}"), "ab");
    }

    #[test]
    fn skipped_destinations() {
        let rtf =
            b"{\\rtf1\\ansi{\\fonttbl{\\f0\\fswiss Arial;}}{\\colortbl;\\red0\\green0\\blue0;}\
{\\stylesheet{\\s0 Normal;}}{\\*\\generator Writer;}{\\info{\\creatim\\yr2024}}\
{\\*\\unknown secret {nested secret} more}{\\*\\bkmkstart bm}{\\*\\bkmkend bm}\
{\\*\\listtable{\\list x}}{\\listtext 1.\\tab}{\\*\\themedata 0123}{\\*\\datastore 0105}\
{\\*\\latentstyles{\\lsdlockedexcept x}}{\\*\\rsidtbl \\rsid1}{\\*\\xmlnstbl {\\xmlns1 http://x}}\
{\\*\\pgdsctbl{\\pgdsc0{\\header hidden}Default;}}{\\*\\mmathPr\\mdispDef1}\
Visible {\\field{\\*\\fldinst HYPERLINK \"mailto:hidden@example.com\"}{\\fldrslt link}} text\
{\\object{\\*\\objdata 0102}{\\result shown}}{\\pict 89504e47}}";
        assert_eq!(
            places(rtf),
            vec![("body", "Visible link textshown".to_string())]
        );
        // Without \* an unknown destination is read.
        assert_eq!(body(b"{\\rtf1 {\\unknown kept}}"), "kept");
    }

    #[test]
    fn places_are_separated() {
        let rtf = b"{\\rtf1\\ansi{\\info{\\title My Title}{\\author Jane Doe}{\\operator J. Doe}\
{\\creatim\\yr2024\\mo1}{\\version3}{\\edmins5}{\\*\\company ACME}{\\keywords a, b}}\
{\\header For internal use only\\par}{\\footerl Page\\par}\
Body one{\\footnote\\pard First note}. Body two{\\*\\footnote \\chftn Second note}.\\par\
{\\*\\atnid JD}{\\*\\atnauthor Jane}\\chatn{\\*\\annotation{\\*\\atndate 123} A comment}End.}";
        assert_eq!(
            places(rtf),
            vec![
                ("body", "Body one. Body two.\nEnd.".to_string()),
                (
                    "headers and footers",
                    "For internal use only\nPage".to_string()
                ),
                ("footnotes", "First note\nSecond note".to_string()),
                ("comments", "Jane\nA comment".to_string()),
                (
                    "properties",
                    "My Title\nJane Doe\nJ. Doe\nACME\na, b".to_string()
                ),
            ]
        );
    }

    #[test]
    fn nested_places_return_to_outer_place() {
        let rtf = b"{\\rtf1 {\\header Head{\\footnote Note} er}body}";
        assert_eq!(
            places(rtf),
            vec![
                ("body", "body".to_string()),
                ("headers and footers", "Head er".to_string()),
                ("footnotes", "Note".to_string()),
            ]
        );
    }

    #[test]
    fn whitespace_only_places_are_left_out() {
        let rtf = b"{\\rtf1 {\\header   \\par\\tab}{\\footnote \\chftn }text}";
        assert_eq!(places(rtf), vec![("body", "text".to_string())]);
        assert_eq!(places(b"{\\rtf1 \\par }"), vec![]);
    }

    #[test]
    fn upr_reads_the_unicode_alternative() {
        let rtf = b"{\\rtf1{\\info{\\upr{\\title Caf\\'e9 ansi}{\\*\\ud{\\title Caf\\u233 ?}}}}x}";
        assert_eq!(place(rtf, "properties"), "Caf\u{e9}");
    }

    #[test]
    fn tables() {
        let rtf = b"{\\rtf1\\trowd\\cellx1000\\cellx2000\\intbl A1\\cell B1\\cell\\row\
\\trowd\\cellx1000\\cellx2000\\intbl A2\\cell B2\\cell\\row\\pard After\\par}";
        assert_eq!(body(rtf), "A1\tB1\t\nA2\tB2\t\nAfter");
    }

    #[test]
    fn depth_limit() {
        let mut ok = b"{\\rtf1 ".to_vec();
        ok.extend(std::iter::repeat_n(b'{', MAX_DEPTH - 1));
        ok.extend_from_slice(b"deep");
        ok.extend(std::iter::repeat_n(b'}', MAX_DEPTH));
        assert_eq!(body(&ok), "deep");
        let mut too_deep = b"{\\rtf1 ".to_vec();
        too_deep.extend(std::iter::repeat_n(b'{', MAX_DEPTH));
        too_deep.extend_from_slice(b"deep");
        assert_eq!(read(&too_deep, BIG), Err(Error::Corrupt));
        // Deep nesting that keeps closing is fine however long the file.
        let mut wide = b"{\\rtf1 ".to_vec();
        for _ in 0..10_000 {
            wide.extend_from_slice(b"{{x}}");
        }
        wide.push(b'}');
        assert_eq!(body(&wide).len(), 10_000);
    }

    #[test]
    fn output_limit() {
        let rtf = b"{\\rtf1 hello world}";
        assert_eq!(read(rtf, 5), Err(Error::TooLarge));
        assert_eq!(read(rtf, 10), Err(Error::TooLarge));
        assert_eq!(read(rtf, 11), Ok(vec![("body", "hello world".to_string())]));
        assert_eq!(read(b"{\\rtf1 }", 0), Ok(vec![]));
        // Multi-byte characters count in bytes.
        assert_eq!(read(b"{\\rtf1 \\u233?}", 1), Err(Error::TooLarge));
        assert_eq!(
            read(b"{\\rtf1 \\u233?}", 2),
            Ok(vec![("body", "\u{e9}".to_string())])
        );
    }

    #[test]
    fn not_rtf() {
        assert_eq!(read(b"", BIG), Err(Error::Corrupt));
        assert_eq!(read(b"hello", BIG), Err(Error::Corrupt));
        assert_eq!(read(b"{\\rtx1 hello}", BIG), Err(Error::Corrupt));
        assert_eq!(read(b"x{\\rtf1 hello}", BIG), Err(Error::Corrupt));
        assert_eq!(read(b"{\\rt", BIG), Err(Error::Corrupt));
        assert_eq!(body(b" \r\n\t{\\rtf1 hello}"), "hello");
        assert_eq!(body(b"\xEF\xBB\xBF{\\rtf1 hello}"), "hello");
    }

    #[test]
    fn truncated_file_gives_partial_text() {
        assert_eq!(body(b"{\\rtf1 Hello {\\b wor"), "Hello wor");
        assert_eq!(body(b"{\\rtf1 caf\\'e"), "caf");
        assert_eq!(body(b"{\\rtf1 Hello\\"), "Hello");
        assert_eq!(body(b"{\\rtf1 Hello\\u"), "Hello");
        assert_eq!(body(b"{\\rtf1"), "");
    }

    #[test]
    fn text_after_the_document_is_ignored() {
        assert_eq!(body(b"{\\rtf1 a}b{\\rtf1 c}"), "a");
    }

    #[test]
    fn long_words_and_numbers_are_linear() {
        let mut rtf = b"{\\rtf1 a\\".to_vec();
        rtf.extend(std::iter::repeat_n(b'x', 1_000_000));
        rtf.extend(std::iter::repeat_n(b'9', 1_000_000));
        rtf.extend_from_slice(b" b\\u");
        rtf.extend(std::iter::repeat_n(b'9', 1_000_000));
        rtf.extend_from_slice(b"c}");
        assert_eq!(body(&rtf), "ab\u{fffd}");
        let mut bytes = b"{\\rtf1\\ansicpg932 ".to_vec();
        for _ in 0..200_000 {
            bytes.extend_from_slice(b"\\'82\\'a0");
        }
        bytes.push(b'}');
        assert_eq!(body(&bytes).chars().count(), 200_000);
    }

    /// Each value of a LibreOffice document must come out in its place (and only there).
    fn assert_has(places: &[(&'static str, String)], name: &str, needle: &str) {
        let text = places
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, t)| t.as_str())
            .unwrap_or("");
        assert!(text.contains(needle), "{name:?} lacks {needle:?}: {text:?}");
    }

    #[test]
    fn libreoffice_from_html() {
        // LibreOffice 7.4.7.2: soffice --headless --infilter="HTML (StarWriter)" --convert-to rtf page.html
        let out = places(include_bytes!("testdata/page.rtf"));
        let names: Vec<&str> = out.iter().map(|(n, _)| *n).collect();
        assert_eq!(names, ["body", "footnotes", "properties"]);
        assert_eq!(
            out[0].1,
            "Please contact Maria Okafor at maria.okafor@northwind.io or call +49 151 28374619 \
today. Thanks.\n\
Reviewed by Tomasz Wi\u{15b}niewski and \u{3a3}\u{3c9}\u{3ba}\u{3c1}\u{3ac}\u{3c4}\u{3b7}\u{3c2} \
\u{3a0}\u{3b1}\u{3c0}\u{3b1}\u{3b4}\u{3cc}\u{3c0}\u{3bf}\u{3c5}\u{3bb}\u{3bf}\u{3c2}.\n\
Name\tPhone\t\n\
\u{3a3}\u{3c9}\u{3ba}\u{3c1}\u{3ac}\u{3c4}\u{3b7}\u{3c2} \
\u{3a0}\u{3b1}\u{3c0}\u{3b1}\u{3b4}\u{3cc}\u{3c0}\u{3bf}\u{3c5}\u{3bb}\u{3bf}\u{3c2}\t+30 210 5550123\t\n\
Na\u{ef}ve caf\u{e9} \u{2013} \u{201c}quoted\u{201d} end."
        );
        assert_eq!(
            out[1].1,
            "Source: HR database, extract by Tomasz Wi\u{15b}niewski."
        );
        assert_eq!(
            out[2].1,
            "Quarterly contact list\ncontacts, northwind\nTomasz Wi\u{15b}niewski"
        );
    }

    #[test]
    fn libreoffice_from_odt() {
        // LibreOffice 7.4.7.2: soffice --headless --convert-to rtf full.fodt
        let out = places(include_bytes!("testdata/full.rtf"));
        let names: Vec<&str> = out.iter().map(|(n, _)| *n).collect();
        assert_eq!(
            names,
            [
                "body",
                "headers and footers",
                "footnotes",
                "comments",
                "properties"
            ]
        );
        let greek = "\u{3a3}\u{3c9}\u{3ba}\u{3c1}\u{3ac}\u{3c4}\u{3b7}\u{3c2} \
\u{3a0}\u{3b1}\u{3c0}\u{3b1}\u{3b4}\u{3cc}\u{3c0}\u{3bf}\u{3c5}\u{3bb}\u{3bf}\u{3c2}";
        assert_eq!(
            out[0].1,
            format!(
                "Customer: Maria Okafor, e-mail maria.okafor@northwind.io, phone +49 151 28374619 \
and more.\n\
Account manager: Tomasz Wi\u{15b}niewski, deputy: {greek}.\n\
Maria Okafor\tmaria.okafor@northwind.io\t\n\
Tomasz Wi\u{15b}niewski\t+49 151 28374619\t\n\
\u{396} \u{17b}\u{f3}\u{142}\u{107} \u{2014} end."
            )
        );
        // LibreOffice writes the header twice (page style table and section); only one is read.
        assert_eq!(out[1].1, "For internal use only\nNorthwind Traders GmbH");
        assert_eq!(out[2].1, "Verified by phone on 2024-03-01.");
        assert_eq!(
            out[3].1,
            "Reviewer\nCheck the Greek spelling with \u{3a3}\u{3c9}\u{3ba}\u{3c1}\u{3ac}\u{3c4}\u{3b7}\u{3c2}."
        );
        assert_has(&out, "properties", "Customer record");
        assert_has(&out, "properties", "Onboarding");
        assert_has(&out, "properties", "Tomasz Wi\u{15b}niewski");
        assert_has(&out, "properties", greek);
        assert_has(&out, "properties", "personal data");
        assert_has(&out, "properties", "Contains contact details");
        // No private value leaks into the wrong place.
        assert!(!out[0].1.contains("internal use"));
        assert!(!out[0].1.contains("Verified"));
        assert!(!out[0].1.contains("Reviewer"));
    }

    /// Small deterministic xorshift generator.
    struct XorShift(u64);

    impl XorShift {
        fn next(&mut self) -> u64 {
            let mut x = self.0;
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            self.0 = x;
            x
        }

        fn below(&mut self, n: usize) -> usize {
            (self.next() % n as u64) as usize
        }
    }

    #[test]
    fn random_rtfish_input_never_panics_and_respects_the_limit() {
        const FRAGMENTS: [&[u8]; 24] = [
            b"{",
            b"}",
            b"\\",
            b"\\'",
            b"\\u-",
            b"\\bin99999",
            b"\\uc5",
            b"\\uc0 ",
            b"\\*",
            b"\\fonttbl",
            b"\\f1",
            b"\\fcharset128",
            b"\\footnote ",
            b"\\info",
            b"\\title ",
            b"\\upr",
            b"\\ud",
            b"\\par ",
            b"\\u55357 ",
            b"\\'82\\'a0",
            b"0123456789",
            b"abc xyz",
            b" ",
            b"\r\n",
        ];
        let mut rng = XorShift(0x9E37_79B9_7F4A_7C15);
        let mut input = Vec::new();
        for _ in 0..20_000 {
            input.clear();
            if rng.below(10) != 0 {
                input.extend_from_slice(b"{\\rtf1");
            }
            let pieces = rng.below(60);
            for _ in 0..pieces {
                match rng.below(4) {
                    0 => input.push(0x80 + rng.below(0x80) as u8),
                    1 => input.push(b"0123456789abcdefxyz"[rng.below(19)]),
                    _ => input.extend_from_slice(FRAGMENTS[rng.below(FRAGMENTS.len())]),
                }
            }
            let max_output = rng.below(64);
            if let Ok(places) = read(&input, max_output) {
                let total: usize = places.iter().map(|(_, t)| t.len()).sum();
                assert!(total <= max_output, "{total} > {max_output} for {input:?}");
                assert!(places.iter().all(|(_, t)| !t.trim().is_empty()));
            }
        }
    }
}
