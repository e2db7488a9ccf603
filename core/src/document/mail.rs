//! E-mail (`.eml`, RFC 5322 with MIME): the addresses and subject, the text
//! of the body (HTML bodies as text), and every attachment read as a file of
//! its own, a forwarded message included. Parsing is mail-parser's; the
//! decoded bodies and attachments count against `max_expanded`.

use super::{Document, Failure, Format, Limits, Part, Unreadable};
use mail_parser::{Address, Message, MessageParser, MimeHeaders, PartType};
use std::cell::Cell;

/// A message found `depth` archives or messages deep; its decoded parts are
/// added to `spent`.
pub(super) fn extract(bytes: &[u8], limits: &Limits, depth: usize, spent: &Cell<u64>) -> Document {
    if depth >= super::MAX_NESTING {
        // Forwarded in a message in a message ...: as deep as archives may nest.
        return Document::unreadable(Format::Email, Failure::Bomb);
    }
    // mail-parser indexes `parts[0]` in its header accessors: a message
    // without parts is damaged, never asked for headers.
    let Some(message) = MessageParser::default()
        .parse(bytes)
        .filter(|m| !m.parts.is_empty())
    else {
        return Document::unreadable(Format::Email, Failure::Corrupt);
    };
    let mut doc = Document {
        format: Format::Email,
        parts: Vec::new(),
        unreadable: Vec::new(),
    };
    let headers = headers(&message);
    if !headers.trim().is_empty() {
        doc.parts.push(Part::new("headers", headers));
    }
    let mut body = String::new();
    let texts = message.text_body_count().max(message.html_body_count());
    for i in 0..texts {
        if let Some(text) = message.body_text(i) {
            spend(spent, text.len());
            body.push_str(&text);
            body.push('\n');
        }
    }
    if !body.trim().is_empty() {
        doc.parts.push(Part::new("body", body));
    }
    if message.attachment_count() > limits.max_entries {
        doc.unreadable.push(Unreadable {
            location: String::new(),
            reason: Failure::TooLarge,
        });
        return doc;
    }
    for n in 0..message.attachment_count() {
        // By position (checked), not mail-parser's iterator (indexed).
        let Some(attachment) = u32::try_from(n).ok().and_then(|n| message.attachment(n)) else {
            continue;
        };
        let name = attachment.attachment_name().map_or_else(
            || format!("attachment {}", n + 1),
            |name| format!("attachment {name}"),
        );
        // A forwarded message without parts: `contents` would index `parts[0]`.
        if matches!(&attachment.body, PartType::Message(m) if m.parts.is_empty()) {
            doc.unreadable.push(Unreadable {
                location: name,
                reason: Failure::Corrupt,
            });
            continue;
        }
        let contents = attachment.contents();
        spend(spent, contents.len());
        if spent.get() > limits.max_expanded {
            doc.unreadable.push(Unreadable {
                location: name,
                reason: Failure::TooLarge,
            });
            break;
        }
        doc.add_inner(&name, contents, limits, depth, spent);
    }
    doc
}

fn spend(spent: &Cell<u64>, bytes: usize) {
    spent.set(spent.get().saturating_add(bytes as u64));
}

/// `From:`, `To:`, `Cc:`, `Reply-To:` (decoded names and addresses) and
/// `Subject:`, one field a line.
fn headers(message: &Message<'_>) -> String {
    let mut out = String::new();
    let fields: [(&str, Option<&Address<'_>>); 4] = [
        ("From", message.from()),
        ("To", message.to()),
        ("Cc", message.cc()),
        ("Reply-To", message.reply_to()),
    ];
    for (field, address) in fields {
        let Some(address) = address else { continue };
        let people: Vec<String> = address
            .iter()
            .map(|a| match (a.name(), a.address()) {
                (Some(name), Some(address)) => format!("{name} <{address}>"),
                (Some(one), None) | (None, Some(one)) => one.to_string(),
                (None, None) => String::new(),
            })
            .filter(|p| !p.is_empty())
            .collect();
        if !people.is_empty() {
            out.push_str(&format!("{field}: {}\n", people.join(", ")));
        }
    }
    if let Some(subject) = message.subject() {
        out.push_str(&format!("Subject: {subject}\n"));
    }
    out
}
