//! HTML: the text a browser shows, and the text it does not show but that
//! goes wherever the file goes.
//!
//! html5gum's WHATWG tokenizer reads the markup (character references
//! decoded, `<script>` and `<style>` read as raw text, errors recovered from
//! as a browser does). The `body` part is the rendered text: tags gone,
//! white space collapsed outside `<pre>` and `<textarea>`, blocks and `<br>`
//! on their own lines, table cells separated by tabs, so a value split by
//! tags (`Tomasz <b>Wiśniewski</b>`) or written with references
//! (`maria&#46;okafor@…`) reads as one. The `markup` part is everything
//! else a reader of the file gets: comments, scripts, styles, templates and
//! the attribute values that carry words or addresses (`title`, `alt`,
//! `value`, `content`, `href`, `data-*`, …), one per line.

use super::{Document, Failure, Format, Limits, Part};
use html5gum::{DefaultEmitter, Token, Tokenizer};

/// Elements whose start or end ends a line.
const BLOCKS: &[&[u8]] = &[
    b"address",
    b"article",
    b"aside",
    b"blockquote",
    b"caption",
    b"dd",
    b"details",
    b"div",
    b"dl",
    b"dt",
    b"fieldset",
    b"figcaption",
    b"figure",
    b"footer",
    b"form",
    b"h1",
    b"h2",
    b"h3",
    b"h4",
    b"h5",
    b"h6",
    b"header",
    b"hr",
    b"legend",
    b"li",
    b"main",
    b"nav",
    b"ol",
    b"option",
    b"p",
    b"pre",
    b"section",
    b"summary",
    b"table",
    b"textarea",
    b"title",
    b"tr",
    b"ul",
];

/// Attributes whose values are words or addresses a reader of the file
/// gets (besides `data-*`).
const WORDS: &[&[u8]] = &[
    b"abbr",
    b"action",
    b"alt",
    b"aria-description",
    b"aria-label",
    b"cite",
    b"content",
    b"href",
    b"label",
    b"placeholder",
    b"src",
    b"title",
    b"value",
];

/// The `body` and `markup` parts of an HTML file.
pub(super) fn extract(bytes: &[u8], limits: &Limits) -> Document {
    let source = decode(bytes);
    match read(&source, limits.max_part.min(limits.max_expanded)) {
        Ok(parts) => Document {
            format: Format::Html,
            parts,
            unreadable: Vec::new(),
        },
        Err(reason) => Document::unreadable(Format::Html, reason),
    }
}

/// The file's text: UTF-8 when it is, else in the character set its
/// `<meta charset>` names (windows-1252, the WHATWG default, without one).
fn decode(bytes: &[u8]) -> std::borrow::Cow<'_, str> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    if let Ok(text) = std::str::from_utf8(bytes) {
        return text.into();
    }
    let head = &bytes[..bytes.len().min(1024)];
    let label = memchr::memmem::find(&head.to_ascii_lowercase(), b"charset=").map(|at| {
        let value = &head[at + 8..];
        let value = value.strip_prefix(b"\"").unwrap_or(value);
        let end = value
            .iter()
            .position(|b| matches!(b, b'"' | b'\'' | b';' | b'>' | b' ' | b'/'))
            .unwrap_or(value.len());
        &value[..end]
    });
    let encoding = label
        .and_then(encoding_rs::Encoding::for_label)
        .unwrap_or(encoding_rs::WINDOWS_1252);
    encoding.decode_without_bom_handling(bytes).0
}

/// Rendered text and markup, built token by token.
#[derive(Default)]
struct Text {
    body: String,
    markup: String,
    /// White space seen since the last word (outside `<pre>`).
    space: bool,
    /// Inside `<pre>` or `<textarea>`: white space kept.
    pre: usize,
    /// Inside `<template>`: text goes to the markup.
    template: usize,
    /// Inside `<script>` or `<style>`: their text goes to the markup.
    raw: bool,
}

impl Text {
    fn word(&mut self, text: &str) {
        if self.raw || self.template > 0 {
            self.note(text);
            return;
        }
        if self.pre > 0 {
            self.body.push_str(text);
            return;
        }
        for c in text.chars() {
            if c.is_ascii_whitespace() {
                self.space = true;
                continue;
            }
            if self.space && !self.body.is_empty() && !self.body.ends_with(['\n', '\t', ' ']) {
                self.body.push(' ');
            }
            self.space = false;
            self.body.push(c);
        }
    }

    /// Ends the line, unless it is empty.
    fn line(&mut self) {
        let trimmed = self.body.trim_end_matches(' ').len();
        self.body.truncate(trimmed);
        if !self.body.is_empty() && !self.body.ends_with('\n') {
            self.body.push('\n');
        }
        self.space = false;
    }

    fn note(&mut self, text: &str) {
        let text = text.trim();
        if !text.is_empty() {
            self.markup.push_str(text);
            self.markup.push('\n');
        }
    }
}

fn read(source: &str, cap: u64) -> Result<Vec<Part>, Failure> {
    let mut emitter = DefaultEmitter::default();
    emitter.naively_switch_states(true);
    let mut text = Text::default();
    for token in Tokenizer::new_with_emitter(source, emitter) {
        let Ok(token) = token;
        match token {
            Token::StartTag(tag) => {
                let name = tag.name.as_slice();
                for (attribute, value) in &tag.attributes {
                    if WORDS.contains(&attribute.as_slice()) || attribute.starts_with(b"data-") {
                        text.note(&String::from_utf8_lossy(&value.value));
                    }
                }
                match name {
                    b"br" => {
                        text.body.push('\n');
                        text.space = false;
                    }
                    b"td" | b"th" => {
                        if !text.body.is_empty() && !text.body.ends_with(['\n', '\t']) {
                            text.body.push('\t');
                        }
                        text.space = false;
                    }
                    b"script" | b"style" => text.raw = !tag.self_closing,
                    b"template" => text.template += 1,
                    _ => {}
                }
                if matches!(name, b"pre" | b"textarea" | b"listing") {
                    text.pre += 1;
                }
                if BLOCKS.contains(&name) {
                    text.line();
                }
            }
            Token::EndTag(tag) => {
                let name = tag.name.as_slice();
                match name {
                    b"script" | b"style" => text.raw = false,
                    b"template" => text.template = text.template.saturating_sub(1),
                    b"pre" | b"textarea" | b"listing" => text.pre = text.pre.saturating_sub(1),
                    _ => {}
                }
                if BLOCKS.contains(&name) {
                    text.line();
                }
            }
            Token::String(s) => text.word(&String::from_utf8_lossy(&s.value)),
            Token::Comment(c) => text.note(&String::from_utf8_lossy(&c.value)),
            Token::Doctype(_) | Token::Error(_) => {}
        }
        if (text.body.len() + text.markup.len()) as u64 > cap {
            return Err(Failure::TooLarge);
        }
    }
    text.line();
    Ok([("body", text.body), ("markup", text.markup)]
        .into_iter()
        .filter(|(_, t)| !t.trim().is_empty())
        .map(|(location, text)| Part::new(location, text))
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(html: &str) -> Vec<(String, String)> {
        extract(html.as_bytes(), &Limits::default())
            .parts
            .into_iter()
            .map(|p| (p.location, p.text))
            .collect()
    }

    #[test]
    fn the_rendered_text_joins_what_tags_split() {
        let got = parts(
            "<!DOCTYPE html><html><head><title>Refund</title></head><body>\n\
             <p>Please call Tomasz <b>Wi&#347;niewski</b>   back;\n his e-mail is \
             maria&#46;okafor@northwind&period;io.</p><table><tr><th>Contact<th>Mobile</tr>\
             <tr><td>Customer</td><td>+49&nbsp;151 28374619</td></tr></table>\
             line one<br>line two<pre>  kept   as\n  is</pre></body></html>",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "body");
        assert_eq!(
            got[0].1,
            "Refund\nPlease call Tomasz Wiśniewski back; his e-mail is maria.okafor@northwind.io.\n\
             Contact\tMobile\nCustomer\t+49\u{a0}151 28374619\nline one\nline two\n  kept   as\n  is\n"
        );
    }

    #[test]
    fn what_the_page_does_not_show_is_markup() {
        let got = parts(
            "<html><head><meta name=author content='Jane Roe'>\
             <script>const key = 'sk-ant-api03-x';</script><style>p{color:red}</style></head>\
             <body><!-- ask 536-90-4399 --><a href='mailto:jane@roe.example' title='Jane'>mail</a>\
             <input type=hidden value='ID 42'><img alt='Photo of Jane' src=x.png>\
             <div data-owner='J. Roe' class=x>shown</div><template><p>later</p></template></body></html>",
        );
        assert_eq!(got[0], ("body".into(), "mail\nshown\n".into()));
        assert_eq!(got[1].0, "markup");
        let markup = &got[1].1;
        for value in [
            "Jane Roe",
            "const key = 'sk-ant-api03-x';",
            "p{color:red}",
            "ask 536-90-4399",
            "mailto:jane@roe.example",
            "ID 42",
            "Photo of Jane",
            "J. Roe",
            "later",
        ] {
            assert!(markup.lines().any(|l| l == value), "{value} in {markup:?}");
        }
        assert!(!markup.contains("shown"), "{markup:?}");
    }

    #[test]
    fn sniffing_follows_whatwg() {
        use crate::document::looks_like_html as sniff;
        for html in [
            &b"<!DOCTYPE html>"[..],
            b"\xEF\xBB\xBF  \n<HTML lang=en>",
            b"<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
            b"<p>hi</p>",
            b"<!-- x -->",
        ] {
            assert!(sniff(html), "{}", String::from_utf8_lossy(html));
        }
        for text in [
            &b"<pre>"[..],
            b"<html",
            b"a <p> b",
            b"<abbr>",
            b"<?xml version=\"1.0\"?><root/>",
        ] {
            assert!(!sniff(text), "{}", String::from_utf8_lossy(text));
        }
    }

    #[test]
    fn a_declared_charset_decodes_the_file() {
        let mut html = b"<html><head><meta charset=\"iso-8859-2\"></head><body>Wi".to_vec();
        html.extend([0xB6]); // ś in ISO 8859-2
        html.extend(b"niewski</body></html>");
        assert_eq!(parts_of(&html), "Wiśniewski\n");
        let latin = b"<p>Caf\xE9</p>";
        assert_eq!(parts_of(latin), "Café\n");
    }

    fn parts_of(bytes: &[u8]) -> String {
        extract(bytes, &Limits::default()).parts[0].text.clone()
    }

    #[test]
    fn a_part_over_the_limit_is_too_large() {
        let html = format!("<p>{}</p>", "word ".repeat(1000));
        let small = Limits {
            max_part: 100,
            ..Limits::default()
        };
        let doc = extract(html.as_bytes(), &small);
        assert!(doc.parts.is_empty());
        assert_eq!(doc.unreadable[0].reason, Failure::TooLarge);
    }
}
