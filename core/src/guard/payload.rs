//! The parts of what a host sends to Claude: a Messages request, a batch of
//! them, or any JSON a host's own API carries. Every guard (the Python and
//! Node Anthropic guards, the Express middleware) walks payloads here, so they
//! all check the same strings in the same order.
//!
//! Nothing is skipped because its shape is unknown: every string, number and
//! boolean anywhere in the payload is a text to check (`model`, tool inputs
//! at any depth, tool descriptions and schemas, `metadata`, fields the API
//! adds tomorrow). Content that is not text — an image or a PDF sent as
//! base64, a file uploaded earlier and named by its id — is an *unreadable*
//! part: the policy's `[documents] unreadable` action decides what it means.
//! Each part has a path (`messages[3].content[1].input.query`) that
//! decisions report, never its value.

use serde_json::{Map, Value};
use std::borrow::Cow;

/// One part of a payload.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Part<'v> {
    /// Where it is: `system`, `messages[3].content[1].input.query`, `tools[0]["input schema"]`.
    /// An object's key has the path of its member.
    pub path: String,
    /// What it is.
    pub content: PartContent<'v>,
    /// The key of the member the value belongs to (directly, or through
    /// arrays): context for the value, as `card` is for `4539148803436467`.
    pub key: Option<&'v str>,
    /// Whether the part is an object's key rather than a value.
    pub is_key: bool,
    /// The JSON pointer of the value (of the object, for a key), to replace it.
    pointer: String,
}

/// What a part of a payload holds.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PartContent<'v> {
    /// A string, or the JSON text of a number or boolean.
    Text(Cow<'v, str>),
    /// Content tiergate cannot read, by kind: `image`, `pdf`, `file`.
    Unreadable(&'static str),
}

impl Part<'_> {
    /// The text of a text part.
    pub fn text(&self) -> Option<&str> {
        match &self.content {
            PartContent::Text(t) => Some(t),
            PartContent::Unreadable(_) => None,
        }
    }
}

/// Every part of `value`, in a stable order: array items in order, object
/// members by key, each key before its value.
///
/// # Example
/// ```
/// use tiergate::guard::{parts, PartContent};
/// let request = serde_json::json!({
///     "model": "claude-test",
///     "messages": [{"role": "user", "content": [
///         {"type": "text", "text": "Hello"},
///         {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0="}}
///     ]}]
/// });
/// let found = parts(&request);
/// assert!(found.iter().any(|p| p.path == "model" && p.text() == Some("claude-test") && !p.is_key));
/// assert!(found.iter().any(|p| p.path == "messages[0].content[0].text" && p.text() == Some("Hello")));
/// let image = found.iter().find(|p| p.content == PartContent::Unreadable("image")).unwrap();
/// assert_eq!(image.path, "messages[0].content[1]");
/// ```
pub fn parts(value: &Value) -> Vec<Part<'_>> {
    let mut walker = Walker::default();
    walker.value(value, None);
    walker.out
}

/// The texts of `value`, in the order of [`parts`].
pub fn texts(value: &Value) -> Vec<Cow<'_, str>> {
    parts(value)
        .into_iter()
        .filter_map(|p| match p.content {
            PartContent::Text(t) => Some(t),
            PartContent::Unreadable(_) => None,
        })
        .collect()
}

/// A copy of `value` in which the i-th text (in the order of [`texts`]) is
/// `replacements[i]` wherever it differs: a replaced number or boolean
/// becomes a string, a replaced key renames its member.
///
/// # Example
/// ```
/// use tiergate::guard::{replace_texts, texts};
/// let content = serde_json::json!([{"type": "text", "text": "mail a@acme.io"}]);
/// // Keys count too: `text`, its value, `type`, its value.
/// assert_eq!(texts(&content), ["text", "mail a@acme.io", "type", "text"]);
/// let redacted = replace_texts(&content, &["text", "mail [EMAIL_1]", "type", "text"]);
/// assert_eq!(redacted, serde_json::json!([{"type": "text", "text": "mail [EMAIL_1]"}]));
/// ```
pub fn replace_texts<S: AsRef<str>>(value: &Value, replacements: &[S]) -> Value {
    let mut copy = value.clone();
    let mut renames = Vec::new();
    let text_parts = parts(value).into_iter().filter(|p| p.text().is_some());
    for (part, new) in text_parts.zip(replacements) {
        let new = new.as_ref();
        if part.text() == Some(new) {
            continue;
        }
        if part.is_key {
            renames.push((
                part.pointer,
                part.key.unwrap_or_default().to_string(),
                new.to_string(),
            ));
        } else if let Some(slot) = copy.pointer_mut(&part.pointer) {
            *slot = Value::String(new.to_string());
        }
    }
    // Keys last, deepest first, so no pointer crosses a renamed member.
    renames.sort_by_key(|(pointer, _, _)| std::cmp::Reverse(pointer.len()));
    for (pointer, old, new) in renames {
        if let Some(Value::Object(object)) = copy.pointer_mut(&pointer) {
            if let Some(member) = object.remove(&old) {
                object.insert(new, member);
            }
        }
    }
    copy
}

/// Walks a JSON value, keeping the path and JSON pointer of where it is.
#[derive(Default)]
struct Walker<'v> {
    path: String,
    pointer: String,
    out: Vec<Part<'v>>,
}

impl<'v> Walker<'v> {
    fn push(&mut self, content: PartContent<'v>, key: Option<&'v str>, is_key: bool) {
        self.out.push(Part {
            path: self.path.clone(),
            content,
            key,
            is_key,
            pointer: self.pointer.clone(),
        });
    }

    /// `value`, the value of member `key` (or an item of its array).
    fn value(&mut self, value: &'v Value, key: Option<&'v str>) {
        match value {
            Value::Null => {}
            Value::String(s) => self.push(PartContent::Text(Cow::Borrowed(s)), key, false),
            Value::Number(n) => self.push(PartContent::Text(Cow::Owned(n.to_string())), key, false),
            Value::Bool(b) => {
                let text = if *b { "true" } else { "false" };
                self.push(PartContent::Text(Cow::Borrowed(text)), key, false);
            }
            Value::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let mark = self.enter(&format!("[{i}]"), &i.to_string());
                    self.value(item, key);
                    self.leave(mark);
                }
            }
            Value::Object(members) => self.object(members, &[]),
        }
    }

    /// The members of an object, except those named in `skip`.
    fn object(&mut self, members: &'v Map<String, Value>, skip: &[&str]) {
        if let Some(kind) = unreadable(members) {
            self.push(PartContent::Unreadable(kind), None, false);
        }
        let binary = binary_source(members);
        for (key, member) in members.iter().filter(|(k, _)| !skip.contains(&k.as_str())) {
            let object_pointer = self.pointer.clone();
            let mark = self.enter_key(key);
            self.out.push(Part {
                path: self.path.clone(),
                content: PartContent::Text(Cow::Borrowed(key)),
                key: Some(key),
                is_key: true,
                pointer: object_pointer,
            });
            match member {
                // The base64 payload itself is not text; the source's other fields are.
                Value::Object(source) if binary && key == "source" => {
                    self.object(source, &["data"])
                }
                _ => self.value(member, Some(key)),
            }
            self.leave(mark);
        }
    }

    fn enter_key(&mut self, key: &str) -> (usize, usize) {
        let plain = !key.is_empty()
            && key
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-')
            && !key.as_bytes()[0].is_ascii_digit();
        let segment = if plain {
            if self.path.is_empty() {
                key.to_string()
            } else {
                format!(".{key}")
            }
        } else {
            serde_json::to_string(&[key]).unwrap_or_default()
        };
        self.enter(&segment, &key.replace('~', "~0").replace('/', "~1"))
    }

    fn enter(&mut self, path: &str, pointer: &str) -> (usize, usize) {
        let mark = (self.path.len(), self.pointer.len());
        self.path.push_str(path);
        self.pointer.push('/');
        self.pointer.push_str(pointer);
        mark
    }

    fn leave(&mut self, (path, pointer): (usize, usize)) {
        self.path.truncate(path);
        self.pointer.truncate(pointer);
    }
}

/// A block whose `source` carries base64 data (an image or a document).
fn binary_source(block: &Map<String, Value>) -> bool {
    block.get("source").and_then(|s| s.get("type")) == Some(&Value::from("base64"))
        && matches!(
            block.get("type").and_then(Value::as_str),
            Some("image" | "document")
        )
}

/// What a block holds that tiergate cannot read: an image or a PDF sent as
/// base64, a file uploaded earlier and named by its id.
fn unreadable(block: &Map<String, Value>) -> Option<&'static str> {
    let kind = block.get("type").and_then(Value::as_str)?;
    let source = block
        .get("source")
        .and_then(|s| s.get("type"))
        .and_then(Value::as_str);
    match (kind, source) {
        ("image", Some("base64")) => Some("image"),
        ("document", Some("base64")) => Some("pdf"),
        ("image" | "document", Some("file")) | ("container_upload", _) => Some("file"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    /// The value parts (not keys) as (path, text).
    fn texts_at(v: &Value) -> Vec<(String, String)> {
        parts(v)
            .into_iter()
            .filter(|p| !p.is_key)
            .filter_map(|p| p.text().map(|t| (p.path.clone(), t.to_string())))
            .collect()
    }

    #[test]
    fn every_string_number_and_boolean_is_a_text_with_its_path() {
        let request = json!({
            "model": "m",
            "max_tokens": 10,
            "stream": true,
            "system": [{"type": "text", "text": "sys"}],
            "metadata": {"user_id": "u-1"},
            "tools": [{"name": "lookup", "description": "finds", "input_schema": {"type": "object", "properties": {"q": {"type": "string", "enum": ["a"]}}}}],
            "messages": [
                {"role": "assistant", "content": [{"type": "tool_use", "id": "t1", "name": "lookup", "input": {"q": {"deep": ["x", 7]}}}]},
                {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": "found"}]}]}
            ],
            "stop_sequences": ["END"],
            "a key": null
        });
        let got = texts_at(&request);
        let has = |path: &str, text: &str| got.iter().any(|(p, t)| p == path && t == text);
        assert!(has("model", "m") && has("max_tokens", "10") && has("stream", "true"));
        assert!(has("system[0].text", "sys"));
        assert!(has("metadata.user_id", "u-1"));
        assert!(has("tools[0].description", "finds"));
        assert!(has("tools[0].input_schema.properties.q.enum[0]", "a"));
        assert!(has("messages[0].content[0].input.q.deep[0]", "x"));
        assert!(has("messages[0].content[0].input.q.deep[1]", "7"));
        assert!(has("messages[1].content[0].content[0].text", "found"));
        assert!(has("stop_sequences[0]", "END"));
        assert!(
            !got.iter().any(|(p, _)| p.contains("a key")),
            "null has no text"
        );
        // A stable order: array items in order, object members by key.
        let first = |prefix: &str| got.iter().position(|(p, _)| p.starts_with(prefix)).unwrap();
        assert!(first("messages[0]") < first("messages[1]"));
        assert!(first("max_tokens") < first("messages") && first("messages") < first("system"));
        // Keys are parts too, before their values, and values know their key.
        let all = parts(&request);
        let key = all
            .iter()
            .position(|p| p.is_key && p.text() == Some("a key"))
            .unwrap();
        assert_eq!(all[key].path, r#"["a key"]"#);
        let deep = all.iter().find(|p| p.text() == Some("7")).unwrap();
        assert_eq!(
            deep.key,
            Some("deep"),
            "array items carry their member's key"
        );
        assert_eq!(
            all.iter()
                .find(|p| p.text() == Some("m") && !p.is_key)
                .unwrap()
                .key,
            Some("model")
        );
    }

    #[test]
    fn binary_content_is_unreadable_and_not_scanned() {
        let content = json!([
            {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}},
            {"type": "document", "title": "Q3 plan", "source": {"type": "base64", "media_type": "application/pdf", "data": "JVBERi0="}},
            {"type": "image", "source": {"type": "url", "url": "https://acme.example/a.png"}},
            {"type": "document", "source": {"type": "file", "file_id": "file_01"}},
            {"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": "plain words"}}
        ]);
        let all = parts(&content);
        let unreadable: Vec<(&str, &str)> = all
            .iter()
            .filter_map(|p| match p.content {
                PartContent::Unreadable(k) => Some((p.path.as_str(), k)),
                PartContent::Text(_) => None,
            })
            .collect();
        assert_eq!(
            unreadable,
            [("[0]", "image"), ("[1]", "pdf"), ("[3]", "file")]
        );
        let got = texts_at(&content);
        assert!(
            !got.iter()
                .any(|(_, t)| t == "iVBORw0KGgo=" || t == "JVBERi0="),
            "base64 data is not text"
        );
        assert!(got
            .iter()
            .any(|(p, t)| p == "[0].source.media_type" && t == "image/png"));
        assert!(got.iter().any(|(p, t)| p == "[1].title" && t == "Q3 plan"));
        assert!(got
            .iter()
            .any(|(p, t)| p == "[2].source.url" && t.ends_with("a.png")));
        assert!(got
            .iter()
            .any(|(p, t)| p == "[4].source.data" && t == "plain words"));
    }

    #[test]
    fn replacing_keeps_everything_else_and_finds_the_texts_again() {
        let v = json!({"a": ["x", {"b/c": "y", "n": 536904399}], "z": "keep"});
        let all = texts(&v);
        assert_eq!(all, ["a", "x", "b/c", "y", "n", "536904399", "z", "keep"]);
        let replaced = replace_texts(&v, &["a", "x", "b/c", "[Y]", "n", "[N]", "z", "keep"]);
        assert_eq!(
            replaced,
            json!({"a": ["x", {"b/c": "[Y]", "n": "[N]"}], "z": "keep"})
        );
        assert_eq!(
            texts(&replaced),
            ["a", "x", "b/c", "[Y]", "n", "[N]", "z", "keep"]
        );
        // A short replacement list leaves the rest.
        assert_eq!(replace_texts(&json!(["a", "b"]), &["x"]), json!(["x", "b"]));
    }

    #[test]
    fn a_replaced_key_renames_its_member_wherever_it_is() {
        let v = json!({"jane@acme.io": {"bob@acme.io": "v"}, "k": 1});
        assert_eq!(texts(&v), ["jane@acme.io", "bob@acme.io", "v", "k", "1"]);
        let replaced = replace_texts(&v, &["[EMAIL_1]", "[EMAIL_2]", "v", "k", "1"]);
        assert_eq!(replaced, json!({"[EMAIL_1]": {"[EMAIL_2]": "v"}, "k": 1}));
    }

    #[test]
    fn paths_quote_keys_that_are_not_identifiers() {
        let v = json!({"ok_key": {"two words": {"9lives": "v"}}});
        let value = parts(&v).into_iter().find(|p| !p.is_key).unwrap();
        assert_eq!(value.path, r#"ok_key["two words"]["9lives"]"#);
        assert_eq!(parts(&json!("top"))[0].path, "");
        assert_eq!(parts(&json!([[1]]))[0].path, "[0][0]");
    }
}
