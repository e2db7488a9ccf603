//! Redaction with typed, numbered placeholders, and restoring them in a reply.

use crate::error::{Error, ErrorKind};
use crate::offsets::{convert_offsets, OffsetUnit};
use crate::report::{Report, Span, WIRE_VERSION};
use aho_corasick::{AhoCorasick, MatchKind};
use serde::{Deserialize, Serialize};
use serde_json::Value;
use std::collections::{HashMap, HashSet};
use std::sync::{Arc, OnceLock};

/// A redacted text and the mapping back to the original values.
///
/// The mapping holds the original values: keep it on the machine that
/// redacted and use [`Redacted::restore`] on the reply. Its JSON form
/// ([`Redacted::to_json`]) leaves the values out.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Redacted {
    pub(crate) text: String,
    pub(crate) replacements: Vec<Replacement>,
}

/// One replaced finding.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct Replacement {
    /// The placeholder written instead (`[EMAIL_1]`).
    pub placeholder: String,
    /// The detector that found the value.
    pub detector: String,
    /// Where the value was in the original text (UTF-8 bytes).
    #[serde(skip)]
    pub original_span: Span,
    /// Where the placeholder is in the redacted text (UTF-8 bytes).
    #[serde(skip)]
    pub redacted_span: Span,
    #[serde(skip)]
    pub(crate) original: String,
}

impl Replacement {
    /// The original value.
    pub fn original(&self) -> &str {
        &self.original
    }
}

/// Typed, numbered placeholders: the same value always gets the same one,
/// and none is text the request already holds (a literal `[EMAIL_1]` in the
/// input makes the first e-mail address `[EMAIL_2]`), so restoring a reply
/// touches only what was redacted.
struct Placeholders {
    numbers: HashMap<String, usize>,
    assigned: HashMap<(String, String), String>,
    taken: HashSet<String>,
}

impl Placeholders {
    fn new<S: AsRef<str>>(texts: &[S]) -> Placeholders {
        Placeholders {
            numbers: HashMap::new(),
            assigned: HashMap::new(),
            taken: texts
                .iter()
                .flat_map(|t| placeholder_shapes(t.as_ref()))
                .map(str::to_string)
                .collect(),
        }
    }

    fn get(&mut self, label: &str, value: &str) -> String {
        let (numbers, taken) = (&mut self.numbers, &self.taken);
        self.assigned
            .entry((label.to_string(), value.to_string()))
            .or_insert_with(|| {
                let n = numbers.entry(label.to_string()).or_insert(0);
                loop {
                    *n += 1;
                    let placeholder = format!("[{label}_{n}]");
                    if !taken.contains(&placeholder) {
                        return placeholder;
                    }
                }
            })
            .clone()
    }
}

/// Every `[` + letters, digits and `_` + `]` in `text`: what could be read
/// as a placeholder.
fn placeholder_shapes(text: &str) -> impl Iterator<Item = &str> {
    memchr::memchr_iter(b'[', text.as_bytes()).filter_map(move |at| {
        let rest = &text.as_bytes()[at + 1..];
        let len = rest
            .iter()
            .take(MAX_PLACEHOLDER)
            .position(|&b| !(b.is_ascii_alphanumeric() || b == b'_'))?;
        (len > 0 && rest[len] == b']').then(|| &text[at..at + len + 2])
    })
}

/// One value to replace: where, which detector found the value, its label.
struct Cut<'a> {
    start: usize,
    end: usize,
    detector: &'a str,
    label: &'a str,
}

/// Replaces the redactable findings of `reports` in `texts` (the texts of one
/// request, `reports[i]` the report of `texts[i]`) with typed, numbered
/// placeholders; `label_of` gives a detector's label (`EMAIL`).
///
/// Redaction is by value: once a value is a finding anywhere in the request,
/// every occurrence of it in every text is replaced, also where nothing near
/// it made it a finding (a value that starts or ends with a letter only where
/// no letter continues it: `Ann` is not cut out of `Annual`). Findings whose
/// span does not fit their text are skipped.
pub(crate) fn redact_all<S: AsRef<str>>(
    texts: &[S],
    reports: &[Report],
    label_of: impl Fn(&str) -> Option<String>,
) -> Vec<Redacted> {
    // Each value found, once, with the detector and label of its first finding.
    let mut values: Vec<(&str, &str, String)> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    for (text, report) in texts.iter().zip(reports) {
        for f in report.findings.iter().filter(|f| f.redactable) {
            let Some(value) = f.span.slice(text.as_ref()) else {
                continue;
            };
            if value.is_empty() || index.contains_key(value) {
                continue;
            }
            let label = label_of(&f.detector).unwrap_or_else(|| f.detector.to_ascii_uppercase());
            index.insert(value, values.len());
            values.push((value, &f.detector, label));
        }
    }
    let mut placeholders = Placeholders::new(texts);
    if values.is_empty() {
        return texts
            .iter()
            .map(|t| Redacted {
                text: t.as_ref().to_string(),
                replacements: Vec::new(),
            })
            .collect();
    }
    let occurrences = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(values.iter().map(|v| v.0))
        .expect("values are literals of bounded size");
    texts
        .iter()
        .zip(reports)
        .map(|(text, report)| {
            let text = text.as_ref();
            let mut cuts: Vec<Cut> = report
                .findings
                .iter()
                .filter(|f| f.redactable && f.span.slice(text).is_some_and(|v| !v.is_empty()))
                .map(|f| {
                    let (_, detector, label) = &values[index[&text[f.span.start..f.span.end]]];
                    Cut {
                        start: f.span.start,
                        end: f.span.end,
                        detector,
                        label,
                    }
                })
                .collect();
            cuts.extend(
                occurrences
                    .find_iter(text)
                    .filter(|m| whole(text, m.start(), m.end()))
                    .map(|m| {
                        let (_, detector, label) = &values[m.pattern().as_usize()];
                        Cut {
                            start: m.start(),
                            end: m.end(),
                            detector,
                            label,
                        }
                    }),
            );
            // Leftmost first, the longest of those; later overlapping ones go.
            cuts.sort_by_key(|c| (c.start, std::cmp::Reverse(c.end)));
            cut(text, &cuts, &mut placeholders)
        })
        .collect()
}

/// Whether `text[start..end]` is not part of a longer word: a letter at
/// either edge is not continued by another letter.
fn whole(text: &str, start: usize, end: usize) -> bool {
    let letter = |c: Option<char>| c.is_some_and(char::is_alphabetic);
    let joined_before =
        letter(text[start..].chars().next()) && letter(text[..start].chars().next_back());
    let joined_after =
        letter(text[..end].chars().next_back()) && letter(text[end..].chars().next());
    !joined_before && !joined_after
}

fn cut(text: &str, cuts: &[Cut], placeholders: &mut Placeholders) -> Redacted {
    let mut out = String::with_capacity(text.len());
    let mut replacements = Vec::new();
    let mut copied = 0;
    for c in cuts {
        if c.start < copied {
            continue;
        }
        let value = &text[c.start..c.end];
        let placeholder = placeholders.get(c.label, value);
        out.push_str(&text[copied..c.start]);
        let start = out.len();
        out.push_str(&placeholder);
        replacements.push(Replacement {
            placeholder,
            detector: c.detector.to_string(),
            original_span: Span {
                start: c.start,
                end: c.end,
            },
            redacted_span: Span {
                start,
                end: out.len(),
            },
            original: value.to_string(),
        });
        copied = c.end;
    }
    out.push_str(&text[copied..]);
    Redacted {
        text: out,
        replacements,
    }
}

/// The texts of one request redacted together, with one placeholder
/// numbering ([`Engine::redact_many`](crate::Engine::redact_many)); cheap to
/// clone. Bindings hand it to their hosts as one object.
#[derive(Clone, Debug)]
pub struct RedactedBatch {
    parts: Arc<[Redacted]>,
    /// Built on the first restore and shared by clones: a reply is restored
    /// block by block and delta by delta.
    restorer: Arc<OnceLock<Restorer>>,
}

impl PartialEq for RedactedBatch {
    fn eq(&self, other: &RedactedBatch) -> bool {
        self.parts == other.parts
    }
}

impl Eq for RedactedBatch {}

impl RedactedBatch {
    /// The batch of `parts`, in request order.
    pub fn new(parts: Vec<Redacted>) -> RedactedBatch {
        RedactedBatch {
            parts: parts.into(),
            restorer: Arc::default(),
        }
    }

    fn restorer(&self) -> &Restorer {
        self.restorer
            .get_or_init(|| Restorer::new(&self.parts, Escape::None))
    }

    /// Each text's redaction, in request order.
    pub fn parts(&self) -> &[Redacted] {
        &self.parts
    }

    /// The redacted texts, in request order.
    pub fn texts(&self) -> Vec<&str> {
        self.parts.iter().map(Redacted::text).collect()
    }

    /// The number of replacements over all texts.
    pub fn replacement_count(&self) -> usize {
        self.parts.iter().map(|p| p.replacements.len()).sum()
    }

    /// [`Redacted::restore_all`] over the batch.
    pub fn restore(&self, answer: &str) -> String {
        self.restorer().apply(answer)
    }

    /// `value` with the placeholders in every string restored: a tool's input
    /// in a reply (`{"query": "[EMAIL_1]"}`).
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let batch = tiergate::RedactedBatch::new(engine.redact_many(&["mail jane.doe@acme.io"]));
    /// let input = serde_json::json!({"to": ["[EMAIL_1]"], "n": 1});
    /// assert_eq!(batch.restore_value(&input), serde_json::json!({"to": ["jane.doe@acme.io"], "n": 1}));
    /// ```
    pub fn restore_value(&self, value: &Value) -> Value {
        self.restorer().apply_value(value)
    }

    /// The wire form of each text, as one JSON array, with positions in `unit`;
    /// no original values.
    pub fn to_json_in(&self, unit: OffsetUnit) -> String {
        let parts: Vec<String> = self.parts.iter().map(|p| p.to_json_in(unit)).collect();
        format!("[{}]", parts.join(","))
    }

    /// A restorer for a reply to this batch that arrives in pieces.
    pub fn stream_restorer(&self) -> StreamRestorer {
        self.stream_restorer_with(Escape::None)
    }

    fn stream_restorer_with(&self, escape: Escape) -> StreamRestorer {
        StreamRestorer {
            batch: self.clone(),
            pending: String::new(),
            escape,
            restorer: match escape {
                Escape::None => self.restorer().clone(),
                Escape::JsonString => Restorer::new(&self.parts, escape),
            },
        }
    }

    /// A restorer for a tool's input that arrives as pieces of JSON text
    /// (`input_json_delta`): restored values are escaped for a JSON string,
    /// so a value with `"` or `\` keeps the JSON valid.
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let batch = tiergate::RedactedBatch::new(engine.redact_many(&["mail jane.doe@acme.io"]));
    /// let mut json = batch.json_stream_restorer();
    /// let out = json.push(r#"{"to": "[EMAIL"#) + &json.push(r#"_1]"}"#) + &json.flush();
    /// assert_eq!(out, r#"{"to": "jane.doe@acme.io"}"#);
    /// ```
    pub fn json_stream_restorer(&self) -> StreamRestorer {
        self.stream_restorer_with(Escape::JsonString)
    }
}

/// The longest text, `[` included, that can still become a placeholder
/// (`[CREDIT_CARD_12]` is 16).
const MAX_PLACEHOLDER: usize = 64;

/// Restores placeholders in a reply that arrives in pieces (the text deltas
/// of a stream): a tail that may be the start of a placeholder (`[EMA`) is
/// held back until the next piece completes it, so a placeholder cut in two
/// is still restored.
///
/// # Example
/// ```
/// let engine = tiergate::Engine::builtin();
/// let batch = tiergate::RedactedBatch::new(engine.redact_many(&["mail jane.doe@acme.io"]));
/// let mut stream = batch.stream_restorer();
/// assert_eq!(stream.push("Wrote to [EMA"), "Wrote to ");
/// assert_eq!(stream.push("IL_1] today"), "jane.doe@acme.io today");
/// assert_eq!(stream.push("; see [the docs]"), "; see [the docs]");
/// assert_eq!(stream.flush(), "");
/// ```
#[derive(Clone, Debug)]
pub struct StreamRestorer {
    batch: RedactedBatch,
    pending: String,
    escape: Escape,
    /// Built once: a stream calls it for every delta.
    restorer: Restorer,
}

impl PartialEq for StreamRestorer {
    fn eq(&self, other: &StreamRestorer) -> bool {
        (&self.batch, &self.pending, self.escape) == (&other.batch, &other.pending, other.escape)
    }
}

impl Eq for StreamRestorer {}

impl StreamRestorer {
    /// The restored text that can be given out once `chunk` has arrived.
    pub fn push(&mut self, chunk: &str) -> String {
        let mut text = std::mem::take(&mut self.pending);
        text.push_str(chunk);
        if let Some(cut) = text.rfind('[') {
            let tail = &text.as_bytes()[cut + 1..];
            let may_be_placeholder = tail.len() < MAX_PLACEHOLDER
                && tail
                    .iter()
                    .all(|&b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'_');
            if may_be_placeholder {
                self.pending = text.split_off(cut);
            }
        }
        self.restorer.apply(&text)
    }

    /// The text held back, restored: call it when the stream ends.
    pub fn flush(&mut self) -> String {
        self.restorer.apply(&std::mem::take(&mut self.pending))
    }
}

/// How a restored value is written where a placeholder was.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Escape {
    /// As it is (text).
    None,
    /// Escaped for the inside of a JSON string (a tool's input arriving as JSON text).
    JsonString,
}

fn restore(redactions: &[Redacted], answer: &str, escape: Escape) -> String {
    Restorer::new(redactions, escape).apply(answer)
}

/// Every placeholder of some redactions in one automaton, with the value
/// each stands for: restoring is linear in the text and the replacements.
#[derive(Clone, Debug)]
struct Restorer {
    /// None when nothing was replaced.
    automaton: Option<AhoCorasick>,
    values: Vec<String>,
}

impl Restorer {
    fn new(redactions: &[Redacted], escape: Escape) -> Restorer {
        let mut seen: HashSet<&str> = HashSet::new();
        let placeholders: Vec<&Replacement> = redactions
            .iter()
            .flat_map(|r| &r.replacements)
            .filter(|r| seen.insert(r.placeholder.as_str()))
            .collect();
        if placeholders.is_empty() {
            return Restorer {
                automaton: None,
                values: Vec::new(),
            };
        }
        let automaton = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .build(placeholders.iter().map(|p| p.placeholder.as_str()))
            .expect("placeholders are short literals");
        let values = placeholders
            .iter()
            .map(|p| match escape {
                Escape::None => p.original.clone(),
                Escape::JsonString => {
                    let quoted = serde_json::to_string(&p.original).expect("strings serialise");
                    quoted[1..quoted.len() - 1].to_string()
                }
            })
            .collect();
        Restorer {
            automaton: Some(automaton),
            values,
        }
    }

    fn apply(&self, answer: &str) -> String {
        match &self.automaton {
            Some(ac) => ac.replace_all(answer, &self.values),
            None => answer.to_string(),
        }
    }
}

impl Restorer {
    /// `value` with the placeholders in every string restored.
    fn apply_value(&self, value: &Value) -> Value {
        match value {
            Value::String(s) => Value::String(self.apply(s)),
            Value::Array(items) => items.iter().map(|v| self.apply_value(v)).collect(),
            Value::Object(members) => members
                .iter()
                .map(|(k, v)| (k.clone(), self.apply_value(v)))
                .collect(),
            other => other.clone(),
        }
    }
}

/// The kind written in a redaction map, so another JSON file is not taken for one.
const MAP_KIND: &str = "tiergate-redaction-map";
/// The version of the redaction map's form.
const MAP_VERSION: u32 = 1;

/// A redaction map: each placeholder and the value it stands for.
#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MapWire {
    version: u32,
    kind: String,
    replacements: Vec<MapEntry>,
}

#[derive(Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct MapEntry {
    placeholder: String,
    detector: String,
    value: String,
}

#[derive(Serialize)]
struct RedactedWire<'a> {
    version: u32,
    offsets: OffsetUnit,
    text: &'a str,
    replacements: Vec<ReplacementWire<'a>>,
}

#[derive(Serialize)]
struct ReplacementWire<'a> {
    placeholder: &'a str,
    detector: &'a str,
    start: usize,
    end: usize,
}

impl Redacted {
    /// The text with placeholders.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Every replacement in order of position.
    pub fn replacements(&self) -> &[Replacement] {
        &self.replacements
    }

    /// Puts the original values back wherever a placeholder appears in `answer`
    /// (for example Claude's reply to the redacted prompt).
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let text = "Write to jane.doe@acme.io";
    /// let redacted = engine.redact(text, &engine.classify(text));
    /// assert_eq!(redacted.text(), "Write to [EMAIL_1]");
    /// assert_eq!(redacted.restore("Sent to [EMAIL_1]."), "Sent to jane.doe@acme.io.");
    /// ```
    pub fn restore(&self, answer: &str) -> String {
        Redacted::restore_all(std::slice::from_ref(self), answer)
    }

    /// [`Redacted::restore`] for the texts of one [`Engine::redact_many`](crate::Engine::redact_many) call.
    pub fn restore_all(redactions: &[Redacted], answer: &str) -> String {
        restore(redactions, answer, Escape::None)
    }

    /// The redaction map: each placeholder and the original value it stands
    /// for, as JSON, for a reply restored later or elsewhere (`tiergate
    /// redact --map`, then `tiergate restore`). It holds the values: whoever
    /// keeps it must keep it as private as the text.
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let text = "Write to jane.doe@acme.io";
    /// let map = engine.redact(text, &engine.classify(text)).to_map_json();
    /// let back = tiergate::Redacted::from_map_json(&map)?;
    /// assert_eq!(back.restore("Sent to [EMAIL_1]."), "Sent to jane.doe@acme.io.");
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn to_map_json(&self) -> String {
        let mut replacements: Vec<MapEntry> = Vec::new();
        for r in &self.replacements {
            if !replacements.iter().any(|m| m.placeholder == r.placeholder) {
                replacements.push(MapEntry {
                    placeholder: r.placeholder.clone(),
                    detector: r.detector.clone(),
                    value: r.original.clone(),
                });
            }
        }
        let wire = MapWire {
            version: MAP_VERSION,
            kind: MAP_KIND.to_string(),
            replacements,
        };
        serde_json::to_string_pretty(&wire).expect("a map serialises")
    }

    /// A redaction read back from its map ([`Redacted::to_map_json`]): it
    /// restores replies; it has no text.
    ///
    /// # Errors
    /// `invalid_argument` when `json` is not a redaction map of this version.
    /// The message never quotes the map (it holds values).
    pub fn from_map_json(json: &str) -> Result<Redacted, Error> {
        let invalid = |why: &str| {
            Error::new(
                ErrorKind::InvalidArgument,
                format!("not a tiergate redaction map: {why}"),
            )
        };
        let wire: MapWire = serde_json::from_str(json).map_err(|e| {
            invalid(&format!(
                "{:?} error at line {}, column {}",
                e.classify(),
                e.line(),
                e.column()
            ))
        })?;
        if wire.kind != MAP_KIND {
            return Err(invalid(&format!("`kind` is not \"{MAP_KIND}\"")));
        }
        if wire.version != MAP_VERSION {
            return Err(invalid(&format!(
                "version {} (this tiergate reads {MAP_VERSION})",
                wire.version
            )));
        }
        if wire.replacements.iter().any(|m| m.placeholder.is_empty()) {
            return Err(invalid("an empty placeholder"));
        }
        Ok(Redacted {
            text: String::new(),
            replacements: wire
                .replacements
                .into_iter()
                .map(|m| Replacement {
                    placeholder: m.placeholder,
                    detector: m.detector,
                    original_span: Span::default(),
                    redacted_span: Span::default(),
                    original: m.value,
                })
                .collect(),
        })
    }

    /// The wire form: the redacted text and the placeholders with their positions
    /// in the redacted text (UTF-8 bytes). Original values are not included.
    pub fn to_json(&self) -> String {
        self.to_json_in(OffsetUnit::Utf8)
    }

    /// [`Redacted::to_json`] with the positions in `unit` (UTF-16 for
    /// JavaScript, code points for Python).
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let text = "😀 jane.doe@acme.io";
    /// let json = engine.redact(text, &engine.classify(text)).to_json_in(tiergate::OffsetUnit::Utf16);
    /// assert!(json.contains(r#""start":3,"end":12"#));
    /// assert!(!json.contains("jane"));
    /// ```
    pub fn to_json_in(&self, unit: OffsetUnit) -> String {
        let bytes: Vec<usize> = self
            .replacements
            .iter()
            .flat_map(|r| [r.redacted_span.start, r.redacted_span.end])
            .collect();
        let units = convert_offsets(&self.text, &bytes, unit);
        let w = RedactedWire {
            version: WIRE_VERSION,
            offsets: unit,
            text: &self.text,
            replacements: self
                .replacements
                .iter()
                .zip(units.chunks(2))
                .map(|(r, u)| ReplacementWire {
                    placeholder: &r.placeholder,
                    detector: &r.detector,
                    start: u[0],
                    end: u[1],
                })
                .collect(),
        };
        serde_json::to_string(&w).expect("redaction serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_value_with_a_letter_at_an_edge_is_not_cut_out_of_a_longer_word() {
        let text = "Ann, Annual, JoAnn, 4399, 14399";
        let at = |s: &str, n: usize| text.match_indices(s).nth(n).unwrap().0;
        assert!(whole(text, 0, 3));
        assert!(!whole(text, at("Ann", 1), at("Ann", 1) + 3));
        assert!(!whole(text, at("Ann", 2), at("Ann", 2) + 3));
        // Digits are cut wherever they are: a longer number does not hide them.
        assert!(whole(text, at("4399", 1), at("4399", 1) + 4));
    }

    #[test]
    fn placeholder_shapes_are_bracketed_words() {
        let shapes: Vec<&str> = placeholder_shapes("[EMAIL_1] [a b] [] [x_2][SSN_10]").collect();
        assert_eq!(shapes, ["[EMAIL_1]", "[x_2]", "[SSN_10]"]);
    }
}
