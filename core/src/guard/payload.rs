//! The texts of what a host sends to Claude: a Messages request, or message
//! content in a field of the host's own API. Every guard (the Python and Node
//! Anthropic guards, the Express middleware) walks payloads here, so they all
//! check the same strings in the same order.
//!
//! A payload is JSON. Walking it collects its texts in document order;
//! replacing gives a copy in which the i-th text is the i-th replacement and
//! everything else is as it was.

use serde_json::{Map, Value};

/// What a JSON payload is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shape {
    /// A Messages request: its `system` prompt (a string or text blocks) and
    /// the `content` of each of its `messages`.
    Request,
    /// Message content: a string, an array of strings or blocks; text blocks,
    /// tool results (their content, at any depth) and documents with a text
    /// source or a content source.
    Content,
    /// A request when it is an object with `messages` or `system`, content otherwise
    /// (a field of a host's own API that may hold either).
    Field,
}

impl Shape {
    /// The name hosts use: `request`, `content` or `field`.
    pub fn as_str(self) -> &'static str {
        match self {
            Shape::Request => "request",
            Shape::Content => "content",
            Shape::Field => "field",
        }
    }

    /// The shape with this name.
    ///
    /// # Errors
    /// `invalid_argument` for any other name.
    pub fn from_name(name: &str) -> Result<Shape, crate::Error> {
        match name {
            "request" => Ok(Shape::Request),
            "content" => Ok(Shape::Content),
            "field" => Ok(Shape::Field),
            other => Err(crate::Error::new(
                crate::ErrorKind::InvalidArgument,
                format!("shape must be 'request', 'content' or 'field', not '{other}'"),
            )),
        }
    }

    /// `Field` resolved for `value`.
    fn of(self, value: &Value) -> Shape {
        match (self, value) {
            (Shape::Field, Value::Object(o))
                if o.contains_key("messages") || o.contains_key("system") =>
            {
                Shape::Request
            }
            (Shape::Field, _) => Shape::Content,
            (shape, _) => shape,
        }
    }
}

/// The texts of `value`, in document order.
///
/// # Example
/// ```
/// use tiergate::guard::{texts, Shape};
/// let request = serde_json::json!({
///     "model": "claude-test",
///     "system": "Be brief.",
///     "messages": [{"role": "user", "content": [
///         {"type": "text", "text": "Hello"},
///         {"type": "tool_result", "tool_use_id": "t1", "content": "42"}
///     ]}]
/// });
/// assert_eq!(texts(Shape::Request, &request), ["Be brief.", "Hello", "42"]);
/// ```
pub fn texts(shape: Shape, value: &Value) -> Vec<&str> {
    let mut out = Vec::new();
    walk(shape.of(value), value, &mut |s| out.push(s));
    out
}

/// A copy of `value` in which the i-th text (in the order of [`texts`]) is
/// `replacements[i]`; a text without a replacement stays as it was.
///
/// # Example
/// ```
/// use tiergate::guard::{replace_texts, Shape};
/// let content = serde_json::json!([{"type": "text", "text": "mail a@acme.io"}, {"type": "image"}]);
/// let redacted = replace_texts(Shape::Content, &content, &["mail [EMAIL_1]"]);
/// assert_eq!(redacted, serde_json::json!([{"type": "text", "text": "mail [EMAIL_1]"}, {"type": "image"}]));
/// ```
pub fn replace_texts<S: AsRef<str>>(shape: Shape, value: &Value, replacements: &[S]) -> Value {
    let mut copy = value.clone();
    let mut next = replacements.iter();
    walk_mut(shape.of(value), &mut copy, &mut |s| {
        if let Some(r) = next.next() {
            *s = r.as_ref().to_string();
        }
    });
    copy
}

fn walk<'v>(shape: Shape, value: &'v Value, visit: &mut impl FnMut(&'v str)) {
    match shape {
        Shape::Request => {
            let Value::Object(request) = value else {
                return;
            };
            if let Some(system) = request.get("system") {
                content(system, visit);
            }
            if let Some(Value::Array(messages)) = request.get("messages") {
                for message in messages {
                    if let Some(c) = message.as_object().and_then(|m| m.get("content")) {
                        content(c, visit);
                    }
                }
            }
        }
        _ => content(value, visit),
    }
}

/// The texts of message content: strings, arrays, and the text-bearing blocks.
fn content<'v>(value: &'v Value, visit: &mut impl FnMut(&'v str)) {
    match value {
        Value::String(s) => visit(s),
        Value::Array(items) => items.iter().for_each(|v| content(v, visit)),
        Value::Object(block) => {
            let inner = inner_path(block).and_then(|path| {
                let (first, rest) = path.split_first()?;
                rest.iter()
                    .try_fold(block.get(*first)?, |v, key| v.get(*key))
            });
            if let Some(inner) = inner {
                content(inner, visit);
            }
        }
        _ => {}
    }
}

/// Where a block's texts are: `text` of a text block, `content` of a tool
/// result, `data` of a document's text source, `content` of a document's
/// content source. Other blocks (images, tool uses, ...) have none here.
fn inner_path(block: &Map<String, Value>) -> Option<&'static [&'static str]> {
    match block.get("type")?.as_str()? {
        "text" if block.get("text").is_some_and(Value::is_string) => Some(&["text"]),
        "tool_result" => Some(&["content"]),
        "document" => {
            let source = block.get("source")?.as_object()?;
            match source.get("type")?.as_str()? {
                "text" if source.get("data").is_some_and(Value::is_string) => {
                    Some(&["source", "data"])
                }
                "content" => Some(&["source", "content"]),
                _ => None,
            }
        }
        _ => None,
    }
}

fn walk_mut(shape: Shape, value: &mut Value, visit: &mut impl FnMut(&mut String)) {
    match shape {
        Shape::Request => {
            let Value::Object(request) = value else {
                return;
            };
            if let Some(system) = request.get_mut("system") {
                content_mut(system, visit);
            }
            if let Some(Value::Array(messages)) = request.get_mut("messages") {
                for message in messages {
                    if let Some(c) = message.as_object_mut().and_then(|m| m.get_mut("content")) {
                        content_mut(c, visit);
                    }
                }
            }
        }
        _ => content_mut(value, visit),
    }
}

fn content_mut(value: &mut Value, visit: &mut impl FnMut(&mut String)) {
    match value {
        Value::String(s) => visit(s),
        Value::Array(items) => items.iter_mut().for_each(|v| content_mut(v, visit)),
        Value::Object(block) => {
            let inner = inner_path(block).and_then(|path| {
                let (first, rest) = path.split_first()?;
                rest.iter()
                    .try_fold(block.get_mut(*first)?, |v, key| v.get_mut(*key))
            });
            if let Some(inner) = inner {
                content_mut(inner, visit);
            }
        }
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn all(shape: Shape, v: &Value) -> Vec<String> {
        texts(shape, v).into_iter().map(str::to_string).collect()
    }

    #[test]
    fn requests_give_the_system_prompt_and_message_contents_in_order() {
        let request = json!({
            "model": "m",
            "system": [{"type": "text", "text": "sys"}],
            "metadata": {"user_id": "not a text of the prompt"},
            "messages": [
                {"role": "user", "content": "first"},
                {"role": "assistant", "content": [{"type": "text", "text": "second"}, {"type": "tool_use", "input": {"q": "x"}}]},
                {"role": "user", "content": [
                    {"type": "tool_result", "content": [{"type": "text", "text": "third"}]},
                    {"type": "document", "source": {"type": "text", "data": "fourth"}},
                    {"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": "fifth"}]}},
                    {"type": "document", "source": {"type": "base64", "data": "JVBERi0="}},
                    {"type": "image", "source": {"type": "base64", "data": "iVBORw0="}}
                ]},
                "not a message",
                {"role": "user"}
            ]
        });
        assert_eq!(
            all(Shape::Request, &request),
            ["sys", "first", "second", "third", "fourth", "fifth"]
        );
        let replaced = replace_texts(Shape::Request, &request, &["1", "2", "3", "4", "5", "6"]);
        assert_eq!(
            all(Shape::Request, &replaced),
            ["1", "2", "3", "4", "5", "6"]
        );
        // Everything else is as it was.
        assert_eq!(replaced["metadata"], request["metadata"]);
        assert_eq!(
            replaced["messages"][1]["content"][1],
            request["messages"][1]["content"][1]
        );
        assert_eq!(
            replaced["messages"][2]["content"][3],
            request["messages"][2]["content"][3]
        );
        assert_eq!(replaced["messages"][3], "not a message");
    }

    #[test]
    fn fields_are_requests_only_when_they_look_like_one() {
        let request = json!({"messages": [{"role": "user", "content": "hi"}]});
        assert_eq!(all(Shape::Field, &request), ["hi"]);
        let blocks = json!([{"type": "text", "text": "a"}, "b"]);
        assert_eq!(all(Shape::Field, &blocks), ["a", "b"]);
        assert_eq!(all(Shape::Field, &json!("just text")), ["just text"]);
        // Objects that are neither requests nor known blocks have no texts (yet).
        assert!(all(Shape::Field, &json!({"text": "x"})).is_empty());
        assert!(all(Shape::Field, &json!(42)).is_empty());
        assert!(all(Shape::Request, &json!("not an object")).is_empty());
    }

    #[test]
    fn a_short_replacement_list_leaves_the_rest() {
        let v = json!(["a", "b"]);
        assert_eq!(replace_texts(Shape::Content, &v, &["x"]), json!(["x", "b"]));
    }

    #[test]
    fn shapes_have_names() {
        for shape in [Shape::Request, Shape::Content, Shape::Field] {
            assert_eq!(Shape::from_name(shape.as_str()).unwrap(), shape);
        }
        assert_eq!(
            Shape::from_name("body").unwrap_err().code(),
            "invalid_argument"
        );
    }
}
