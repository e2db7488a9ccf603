//! tiergate for WebAssembly (wasm-bindgen): argument conversion only; all
//! behaviour is in the core.
//!
//! Results are the core's wire JSON turned into plain objects by `JSON.parse`
//! (snake_case fields, `version` first, offsets in UTF-16 code units so
//! `text.slice(f.start, f.end)` is the finding) — the same objects as the Node
//! native module. Errors are `Error`s with the core's stable `code`; an
//! argument of the wrong type is a `TypeError` that never quotes the value.

use js_sys::{Array, Object, Reflect, JSON};
use tiergate::OffsetUnit;
use wasm_bindgen::prelude::*;

/// The wire format's types, one file shared with the Node module.
#[wasm_bindgen(typescript_custom_section)]
const WIRE_TYPES: &'static str = include_str!("../../wire.d.ts");

/// What only this package returns.
#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** The policy's `[client]` settings with defaults filled in. */
export interface ClientSettings {
  on_error: 'block' | 'allow'
  require_justification: boolean
  claude_ai: string
  claude_ai_projects: string
  collector_url: string | null
}

/** The policy's `[documents]` section with defaults filled in. */
export interface DocumentSettings {
  unreadable: Action
  encrypted: Action
  over_limit: Action
  max_file_mb: number
  max_part_mb: number
  max_expanded_mb: number
  max_ratio: number
  max_entries: number
}

/** What the host supplies for an audit record. `time` is RFC 3339 (`new Date().toISOString()`). */
export interface RecordContext {
  decisionId?: string
  time: string
  surface?: string
  actor?: string
}

/** An audit record in the core's format (never text or matched values). */
export interface AuditRecord {
  type: 'decision' | 'acknowledgement'
  decision_id: string
  time: string
  surface: string
  actor?: string
  destination?: string
  tier?: Tier
  action?: Action
  rule?: string
  detectors?: Record<string, number>
  regulations?: string[]
  policy?: { id: string; revision: string; hash: string }
  justification?: string
}

/** The result of `checkRecorded`. */
export interface RecordedCheck {
  report: Report
  decision: Decision
  record: AuditRecord
}

/** The result of `checkDocumentRecorded`. */
export interface RecordedDocumentCheck {
  report: DocumentReport
  decision: Decision
  record: AuditRecord
}
"#;

/// Whether a claude.ai page at `path` is inside a Project (`/project/…`): the
/// rule `Engine.claudeAiDestination` applies, for hosts that map destinations themselves.
#[wasm_bindgen(js_name = isClaudeAiProjectPath)]
pub fn is_claude_ai_project_path(
    #[wasm_bindgen(unchecked_param_type = "string")] path: JsValue,
) -> Result<bool, JsValue> {
    Ok(tiergate::Client::is_project_path(&string("path", &path)?))
}

/// Whether an action lets a text be sent as it is (`allow` and `warn`): the
/// core's rule, for hosts that act on a decision.
#[wasm_bindgen(js_name = permitsSending)]
pub fn permits_sending(
    #[wasm_bindgen(unchecked_param_type = "Action")] action: JsValue,
) -> Result<bool, JsValue> {
    let action: tiergate::Action = string("action", &action)?.parse().map_err(core_error)?;
    Ok(action.permits_sending())
}

/// The tiers' titles for people (`{ public: 'Public', ... }`), as decision
/// messages spell them.
#[wasm_bindgen(js_name = tierTitles, unchecked_return_type = "Record<Tier, string>")]
pub fn tier_titles() -> Result<JsValue, JsValue> {
    let titles: serde_json::Map<String, serde_json::Value> = tiergate::Tier::ALL
        .iter()
        .map(|t| (t.as_str().to_string(), t.title().into()))
        .collect();
    parse(&serde_json::Value::Object(titles).to_string())
}

/// The version of the wire format of every result (`WIRE_VERSION` in the other bindings).
#[wasm_bindgen(js_name = wireVersion)]
pub fn wire_version() -> u32 {
    tiergate::WIRE_VERSION
}

// ---- errors ----------------------------------------------------------------

fn set(target: &JsValue, key: &str, value: &JsValue) {
    // Setting a property on a fresh Error cannot fail.
    let _ = Reflect::set(target, &JsValue::from_str(key), value);
}

/// A core error as a JS `Error` with the core's code and, for policies, line/column/path.
fn core_error(e: tiergate::Error) -> JsValue {
    let err = js_sys::Error::new(&e.to_string());
    err.set_name("TiergateError");
    let value: JsValue = err.into();
    set(&value, "code", &e.code().into());
    if let Some(l) = e.location() {
        set(&value, "line", &(l.line as u32).into());
        set(&value, "column", &(l.column as u32).into());
    }
    if let Some(path) = e.path() {
        set(&value, "path", &path.into());
    }
    value
}

fn invalid_argument(message: &str) -> JsValue {
    core_error(tiergate::Error::new(
        tiergate::ErrorKind::InvalidArgument,
        message,
    ))
}

/// A `TypeError` naming the expected and the actual type, never the value.
fn wrong_type(name: &str, expected: &str, got: &JsValue) -> JsValue {
    type_error(&format!("{name} must be {expected}, not {}", type_of(got)))
}

/// A `TypeError` with the code `invalid_argument`.
fn type_error(message: &str) -> JsValue {
    let err: JsValue = js_sys::TypeError::new(message).into();
    set(
        &err,
        "code",
        &tiergate::ErrorKind::InvalidArgument.code().into(),
    );
    err
}

/// The type of a value as messages name it (`null`, `a number`), never the value.
fn type_of(got: &JsValue) -> String {
    if got.is_null() {
        "null".to_string()
    } else if Array::is_array(got) {
        "an array".to_string()
    } else {
        match got.js_typeof().as_string().as_deref() {
            Some("undefined") => "undefined".to_string(),
            Some(t @ ("object" | "array")) => format!("an {t}"),
            Some(t) => format!("a {t}"),
            None => "an unknown type".to_string(),
        }
    }
}

fn string(name: &str, value: &JsValue) -> Result<String, JsValue> {
    value
        .as_string()
        .ok_or_else(|| wrong_type(name, "a string", value))
}

/// The texts of a batch: an item that is not a string (a missing value in a
/// column: null, undefined, NaN) is what `missing` says (the core's rule): a
/// `TypeError` naming its position and type, or empty text.
fn texts(value: &JsValue, missing: tiergate::BatchErrors) -> Result<Vec<String>, JsValue> {
    if !Array::is_array(value) {
        return Err(wrong_type("texts", "an array of strings", value));
    }
    Array::from(value)
        .iter()
        .enumerate()
        .map(|(i, item)| match item.as_string() {
            Some(text) => Ok(text),
            None => missing
                .not_text(i, &type_of(&item))
                .map_err(|e| type_error(&e.to_string())),
        })
        .collect()
}

/// `classifyMany`'s options: a number (threads, which this build does not
/// use), or `{ threads, errors }`.
fn batch_errors(options: &JsValue) -> Result<tiergate::BatchErrors, JsValue> {
    if options.is_undefined() || options.is_null() || options.as_f64().is_some() {
        return Ok(tiergate::BatchErrors::Strict);
    }
    if !options.is_object() {
        return Err(wrong_type("options", "a number or an object", options));
    }
    let errors = Reflect::get(options, &JsValue::from_str("errors")).unwrap_or(JsValue::UNDEFINED);
    if errors.is_undefined() {
        return Ok(tiergate::BatchErrors::Strict);
    }
    string("options.errors", &errors)?
        .parse()
        .map_err(core_error)
}

/// Reads `{ decisionId, time, surface, actor }`: the fields of an audit record
/// the host supplies (the core cannot read a clock or a random source here).
fn record_context(
    context: &JsValue,
    needs_id: bool,
) -> Result<(tiergate::audit::AuditContext, String, String), JsValue> {
    if !context.is_object() {
        return Err(wrong_type("context", "an object", context));
    }
    let field =
        |key: &str| Reflect::get(context, &JsValue::from_str(key)).unwrap_or(JsValue::UNDEFINED);
    let text = |key: &str, required: bool| -> Result<Option<String>, JsValue> {
        let value = field(key);
        if value.is_undefined() || value.is_null() {
            return if required {
                Err(invalid_argument(&format!("context.{key} is required")))
            } else {
                Ok(None)
            };
        }
        string(&format!("context.{key}"), &value).map(Some)
    };
    let ctx = tiergate::audit::AuditContext {
        surface: text("surface", false)?.unwrap_or_else(|| "wasm".to_string()),
        actor: text("actor", false)?,
        fingerprint_key: None,
    };
    let id = text("decisionId", needs_id)?.unwrap_or_default();
    let time = text("time", true)?.unwrap_or_default();
    Ok((ctx, id, time))
}

/// The bytes of a `Uint8Array` argument.
#[cfg(feature = "documents")]
fn bytes(name: &str, value: &JsValue) -> Result<Vec<u8>, JsValue> {
    Ok(value
        .dyn_ref::<js_sys::Uint8Array>()
        .ok_or_else(|| wrong_type(name, "a Uint8Array", value))?
        .to_vec())
}

/// `options.name` (a file name, only a hint), when it is a string.
#[cfg(feature = "documents")]
fn option_name(options: Option<Object>) -> Option<String> {
    options
        .and_then(|o| Reflect::get(&o, &"name".into()).ok())
        .and_then(|n| n.as_string())
}

/// `{ report, decision, record }` of the `…Recorded` calls.
fn recorded(
    report_json: &str,
    decision: &tiergate::Decision,
    record: &tiergate::audit::AuditEvent,
) -> Result<JsValue, JsValue> {
    let out: JsValue = Object::new().into();
    set(&out, "report", &parse(report_json)?);
    set(&out, "decision", &parse(&decision.to_json())?);
    set(
        &out,
        "record",
        &parse(&serde_json::to_string(record).expect("records serialise"))?,
    );
    Ok(out)
}

fn parse(json: &str) -> Result<JsValue, JsValue> {
    JSON::parse(json)
}

// ---- engine ----------------------------------------------------------------

/// A compiled policy: classify texts and decide where they may go.
/// Compiling takes a few milliseconds: create one engine and reuse it.
#[wasm_bindgen]
pub struct Engine {
    inner: tiergate::Engine,
}

#[wasm_bindgen]
impl Engine {
    /// Compiles a policy: the built-in one when `policy` is omitted or null,
    /// else the policy's TOML or JSON text, or the policy as an object.
    #[wasm_bindgen(constructor)]
    pub fn new(
        #[wasm_bindgen(
            unchecked_param_type = "string | Record<string, unknown> | null | undefined"
        )]
        policy: JsValue,
    ) -> Result<Engine, JsValue> {
        let inner = if policy.is_undefined() || policy.is_null() {
            tiergate::Engine::builtin()
        } else if let Some(text) = policy.as_string() {
            tiergate::Policy::from_text(&text)
                .and_then(tiergate::Engine::new)
                .map_err(core_error)?
        } else if policy.is_object() && !Array::is_array(&policy) {
            let json: String = JSON::stringify(&policy)
                .map_err(|_| core_error(tiergate::Policy::not_json_error()))?
                .into();
            tiergate::Policy::from_json(&json)
                .and_then(tiergate::Engine::new)
                .map_err(core_error)?
        } else {
            return Err(invalid_argument(
                "policy must be omitted, TOML or JSON text, or an object",
            ));
        };
        Ok(Engine { inner })
    }

    /// Compiles a policy only if `signature` (a `tiergate-ed25519-signature:`
    /// line) was made over its exact text with the key of `publicKey`: how the
    /// browser extension loads a policy pushed by an administrator.
    #[wasm_bindgen(js_name = fromSigned)]
    pub fn from_signed(
        #[wasm_bindgen(unchecked_param_type = "string")] policy: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] signature: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] public_key: JsValue,
    ) -> Result<Engine, JsValue> {
        let policy = string("policy", &policy)?;
        let signature = string("signature", &signature)?;
        let public_key = string("publicKey", &public_key)?;
        let inner = tiergate::Policy::from_signed_text(&policy, &signature, &public_key)
            .and_then(tiergate::Engine::new)
            .map_err(core_error)?;
        Ok(Engine { inner })
    }

    /// Finds sensitive data in `text`; never throws for any string.
    #[wasm_bindgen(unchecked_return_type = "Report")]
    pub fn classify(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string("text", &text)?;
        parse(
            &self
                .inner
                .classify(&text)
                .to_json_in(&text, OffsetUnit::Utf16),
        )
    }

    /// Classifies many texts. An item that is not a string (a missing value)
    /// throws a `TypeError` naming its position, or with
    /// `{ errors: 'ignore' }` is classified as empty text. (`threads`, or a
    /// number, is accepted as in Node; this build uses one.)
    #[wasm_bindgen(js_name = classifyMany, unchecked_return_type = "Report[]")]
    pub fn classify_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Array<string | null | undefined>")] texts: JsValue,
        #[wasm_bindgen(
            unchecked_param_type = "number | { threads?: number, errors?: 'strict' | 'ignore' }"
        )]
        options: JsValue,
    ) -> Result<JsValue, JsValue> {
        let texts = self::texts(&texts, batch_errors(&options)?)?;
        let reports = self.inner.classify_many(&texts, 1);
        let wires: Vec<tiergate::ReportWire> = reports
            .iter()
            .zip(&texts)
            .map(|(r, t)| r.to_wire_in(t, OffsetUnit::Utf16))
            .collect();
        parse(&serde_json::to_string(&wires).expect("reports serialise"))
    }

    /// Reads a document (PDF, Word, Excel, PowerPoint, OpenDocument, a ZIP
    /// archive, an e-mail or text) part by part and classifies each part; never throws for any
    /// bytes: what cannot be read is listed in `unreadable`. `options.name`
    /// (a file name) is only a hint.
    #[cfg(feature = "documents")]
    #[wasm_bindgen(js_name = classifyDocument, unchecked_return_type = "DocumentReport")]
    pub fn classify_document(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Uint8Array")] data: JsValue,
        options: Option<Object>,
    ) -> Result<JsValue, JsValue> {
        let data = bytes("data", &data)?;
        let doc = self
            .inner
            .classify_document(&data, option_name(options).as_deref());
        parse(
            &serde_json::to_string(&doc.to_wire_in(OffsetUnit::Utf16)).expect("reports serialise"),
        )
    }

    /// Decides what may happen at `destination` to a document classified by
    /// `classifyDocument` (the report may have gone through JSON): its
    /// findings in every part, and what could not be read as the policy's
    /// `[documents]` section says.
    #[wasm_bindgen(js_name = decideDocument, unchecked_return_type = "Decision")]
    pub fn decide_document(
        &self,
        #[wasm_bindgen(unchecked_param_type = "DocumentReport")] report: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
    ) -> Result<JsValue, JsValue> {
        let destination = string("destination", &destination)?;
        let not_a_report = || {
            invalid_argument(
                "decideDocument() needs a report returned by classifyDocument() (wire format version 1)",
            )
        };
        let json: String = JSON::stringify(&report).map_err(|_| not_a_report())?.into();
        let wire: tiergate::DocumentReportWire =
            serde_json::from_str(&json).map_err(|_| not_a_report())?;
        let decision = self
            .inner
            .decide_document_wire(&wire, &destination)
            .map_err(core_error)?;
        parse(&decision.to_json())
    }

    /// Decides what may happen at `destination` to a text classified by
    /// `classify` (the report may have gone through JSON).
    #[wasm_bindgen(unchecked_return_type = "Decision")]
    pub fn decide(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Report")] report: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
    ) -> Result<JsValue, JsValue> {
        let destination = string("destination", &destination)?;
        // Serde's messages may quote values: say what is wrong in general terms instead.
        let not_a_report = || {
            invalid_argument(
                "decide() needs a report returned by classify() (wire format version 1)",
            )
        };
        let json: String = JSON::stringify(&report).map_err(|_| not_a_report())?.into();
        let wire: tiergate::ReportWire = serde_json::from_str(&json).map_err(|_| not_a_report())?;
        let decision = self
            .inner
            .decide_wire(&wire, &destination)
            .map_err(core_error)?;
        parse(&decision.to_json())
    }

    /// Classifies `text` and decides for `destination` in one call.
    #[wasm_bindgen(unchecked_return_type = "Decision")]
    pub fn check(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string("text", &text)?;
        let destination = string("destination", &destination)?;
        let decision = self.inner.check(&text, &destination).map_err(core_error)?;
        parse(&decision.to_json())
    }

    /// Decides for several texts sent together (the blocks of one request).
    #[wasm_bindgen(js_name = checkMany, unchecked_return_type = "Decision")]
    pub fn check_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[]")] texts: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
    ) -> Result<JsValue, JsValue> {
        let texts = self::texts(&texts, tiergate::BatchErrors::Strict)?;
        let destination = string("destination", &destination)?;
        let decision = self
            .inner
            .check_many(&texts, &destination)
            .map_err(core_error)?;
        parse(&decision.to_json())
    }

    /// Replaces every redactable finding with a typed placeholder (`[EMAIL_1]`).
    pub fn redact(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
    ) -> Result<Redacted, JsValue> {
        let text = string("text", &text)?;
        let inner = self.inner.redact(&text, &self.inner.classify(&text));
        Ok(Redacted { inner })
    }

    /// Redacts several texts with one placeholder numbering.
    #[wasm_bindgen(js_name = redactMany)]
    pub fn redact_many(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[]")] texts: JsValue,
    ) -> Result<RedactedBatch, JsValue> {
        let texts = self::texts(&texts, tiergate::BatchErrors::Strict)?;
        Ok(RedactedBatch {
            inner: tiergate::RedactedBatch::new(self.inner.redact_many(&texts)),
        })
    }

    /// What a client guard does with the texts of one request. `mode` is
    /// `block` (default) or `redact` (redact when that makes the request allowed).
    #[wasm_bindgen(unchecked_return_type = "GuardOutcome<RedactedBatch>")]
    pub fn guard(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string[]")] texts: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
        #[wasm_bindgen(unchecked_param_type = "'block' | 'redact' | null | undefined")]
        mode: JsValue,
    ) -> Result<JsValue, JsValue> {
        let texts = self::texts(&texts, tiergate::BatchErrors::Strict)?;
        let destination = string("destination", &destination)?;
        let mode = match mode.as_string() {
            None if mode.is_undefined() || mode.is_null() => tiergate::GuardMode::Block,
            Some(m) => m.parse().map_err(core_error)?,
            None => return Err(wrong_type("mode", "'block' or 'redact'", &mode)),
        };
        let (name, decision, redacted) = self
            .inner
            .guard(&texts, &destination, mode)
            .map_err(core_error)?
            .into_parts();
        let out: JsValue = Object::new().into();
        set(&out, "outcome", &name.into());
        set(&out, "decision", &parse(&decision.to_json())?);
        if let Some(inner) = redacted {
            set(&out, "redacted", &RedactedBatch { inner }.into());
        }
        Ok(out)
    }

    /// The policy's settings for clients (fail mode, claude.ai destinations,
    /// justification, collector), every default filled in.
    #[wasm_bindgen(getter, unchecked_return_type = "ClientSettings")]
    pub fn client(&self) -> Result<JsValue, JsValue> {
        parse(&self.inner.policy().client.to_json())
    }

    /// The policy's `[documents]` section (what unreadable content means, the
    /// limits on reading a document), every default filled in.
    #[wasm_bindgen(getter, unchecked_return_type = "DocumentSettings")]
    pub fn documents(&self) -> Result<JsValue, JsValue> {
        parse(&serde_json::to_string(&self.inner.policy().documents).expect("settings serialise"))
    }

    /// The destination of a claude.ai page at `path` (`/project/…` is a Project).
    #[wasm_bindgen(js_name = claudeAiDestination)]
    pub fn claude_ai_destination(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] path: JsValue,
    ) -> Result<String, JsValue> {
        let path = string("path", &path)?;
        let client = &self.inner.policy().client;
        Ok(client.claude_ai_destination_for(&path).to_string())
    }

    /// `check` that also returns the report and the audit record of the
    /// decision (the core's record format: tier, action, detector counts,
    /// policy; never the text). `context` gives `decisionId`, `time` (RFC 3339)
    /// and `surface`, optionally `actor`.
    #[wasm_bindgen(js_name = checkRecorded, unchecked_return_type = "RecordedCheck")]
    pub fn check_recorded(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] text: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
        #[wasm_bindgen(unchecked_param_type = "RecordContext")] context: JsValue,
    ) -> Result<JsValue, JsValue> {
        let text = string("text", &text)?;
        let destination = string("destination", &destination)?;
        let (ctx, decision_id, time) = record_context(&context, true)?;
        let report = self.inner.classify(&text);
        let decision = self
            .inner
            .decide(&report, &destination)
            .map_err(core_error)?;
        let record = tiergate::audit::AuditEvent::decision_at(
            decision_id,
            time,
            &self.inner,
            &report,
            &decision,
            None,
            &ctx,
        );
        recorded(
            &report.to_json_in(&text, OffsetUnit::Utf16),
            &decision,
            &record,
        )
    }

    /// `classifyDocument` and `decideDocument` in one call, with the audit
    /// record of the decision (its detector counts are every part's; never
    /// text, values or the file name). `context` as in `checkRecorded`.
    #[cfg(feature = "documents")]
    #[wasm_bindgen(js_name = checkDocumentRecorded, unchecked_return_type = "RecordedDocumentCheck")]
    pub fn check_document_recorded(
        &self,
        #[wasm_bindgen(unchecked_param_type = "Uint8Array")] data: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string")] destination: JsValue,
        #[wasm_bindgen(unchecked_param_type = "RecordContext")] context: JsValue,
        options: Option<Object>,
    ) -> Result<JsValue, JsValue> {
        let data = bytes("data", &data)?;
        let destination = string("destination", &destination)?;
        let (ctx, decision_id, time) = record_context(&context, true)?;
        let doc = self
            .inner
            .classify_document(&data, option_name(options).as_deref());
        let decision = self
            .inner
            .decide_document(&doc, &destination)
            .map_err(core_error)?;
        let record = tiergate::audit::AuditEvent::decision_at(
            decision_id,
            time,
            &self.inner,
            &doc.merged(),
            &decision,
            None,
            &ctx,
        );
        let wire =
            serde_json::to_string(&doc.to_wire_in(OffsetUnit::Utf16)).expect("reports serialise");
        recorded(&wire, &decision, &record)
    }

    /// The audit record of a person confirming decision `decisionId`; the
    /// justification is redacted before it is recorded. `context` as in `checkRecorded`.
    #[wasm_bindgen(js_name = acknowledgementRecord, unchecked_return_type = "AuditRecord")]
    pub fn acknowledgement_record(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] decision_id: JsValue,
        #[wasm_bindgen(unchecked_param_type = "string | null | undefined")] justification: JsValue,
        #[wasm_bindgen(unchecked_param_type = "RecordContext")] context: JsValue,
    ) -> Result<JsValue, JsValue> {
        let decision_id = string("decisionId", &decision_id)?;
        let justification = if justification.is_null() || justification.is_undefined() {
            None
        } else {
            Some(string("justification", &justification)?)
        };
        let (ctx, _, time) = record_context(&context, false)?;
        let record = tiergate::audit::AuditEvent::acknowledgement_at(
            &self.inner,
            &decision_id,
            justification.as_deref(),
            time,
            &ctx,
        );
        parse(&serde_json::to_string(&record).expect("records serialise"))
    }

    /// Destination ids of the policy, in order of preference.
    #[wasm_bindgen(getter)]
    pub fn destinations(&self) -> Vec<String> {
        let policy = self.inner.policy();
        policy.destinations.iter().map(|d| d.id.clone()).collect()
    }

    /// The policy's id.
    #[wasm_bindgen(getter, js_name = policyId)]
    pub fn policy_id(&self) -> String {
        self.inner.policy().id.clone()
    }

    /// The policy's revision.
    #[wasm_bindgen(getter, js_name = policyRevision)]
    pub fn policy_revision(&self) -> String {
        self.inner.policy().revision.clone()
    }

    /// The policy as JSON (the same schema as the TOML).
    #[wasm_bindgen(js_name = policyJson)]
    pub fn policy_json(&self) -> String {
        self.inner.policy().to_json()
    }

    /// The compiled detectors.
    #[wasm_bindgen(unchecked_return_type = "DetectorInfo[]")]
    pub fn detectors(&self) -> Result<JsValue, JsValue> {
        parse(&serde_json::to_string(&self.inner.detectors()).expect("detectors serialise"))
    }
}

// ---- redaction -------------------------------------------------------------

/// A redacted text; `restore` puts the original values back into a reply.
/// `JSON.stringify(redacted)` gives the wire form, without the originals.
#[wasm_bindgen]
pub struct Redacted {
    inner: tiergate::Redacted,
}

#[wasm_bindgen]
impl Redacted {
    /// The text with placeholders such as `[EMAIL_1]`.
    #[wasm_bindgen(getter)]
    pub fn text(&self) -> String {
        self.inner.text().to_string()
    }

    /// The placeholders with UTF-16 offsets into the redacted text. No original values.
    #[wasm_bindgen(getter, unchecked_return_type = "Replacement[]")]
    pub fn replacements(&self) -> Result<JsValue, JsValue> {
        Reflect::get(&self.to_json()?, &"replacements".into())
    }

    /// Replaces every placeholder in `answer` with the original value.
    pub fn restore(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] answer: JsValue,
    ) -> Result<String, JsValue> {
        Ok(self.inner.restore(&string("answer", &answer)?))
    }

    /// The wire form (UTF-16 offsets), without original values.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "RedactedWire")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        parse(&self.inner.to_json_in(OffsetUnit::Utf16))
    }
}

/// Several texts redacted together with one placeholder numbering.
#[wasm_bindgen]
pub struct RedactedBatch {
    inner: tiergate::RedactedBatch,
}

#[wasm_bindgen]
impl RedactedBatch {
    /// The redacted texts, in input order.
    #[wasm_bindgen(getter)]
    pub fn texts(&self) -> Vec<String> {
        self.inner.texts().into_iter().map(str::to_string).collect()
    }

    /// Replaces every placeholder of any of the texts in `answer` with its original value.
    pub fn restore(
        &self,
        #[wasm_bindgen(unchecked_param_type = "string")] answer: JsValue,
    ) -> Result<String, JsValue> {
        Ok(self.inner.restore(&string("answer", &answer)?))
    }

    /// The number of replacements over all texts.
    #[wasm_bindgen(getter, js_name = replacementCount)]
    pub fn replacement_count(&self) -> u32 {
        u32::try_from(self.inner.replacement_count()).unwrap_or(u32::MAX)
    }

    /// The wire form of each text, without original values.
    #[wasm_bindgen(js_name = toJSON, unchecked_return_type = "RedactedWire[]")]
    pub fn to_json(&self) -> Result<JsValue, JsValue> {
        parse(&self.inner.to_json_in(OffsetUnit::Utf16))
    }
}

// ---- functions -------------------------------------------------------------

/// A short masked preview of a value (`j***@a***.io`), safe to display or log.
#[wasm_bindgen]
pub fn mask(
    #[wasm_bindgen(unchecked_param_type = "string")] value: JsValue,
) -> Result<String, JsValue> {
    Ok(tiergate::mask(&string("value", &value)?))
}

/// The commented TOML of the built-in policy.
#[wasm_bindgen(js_name = builtinPolicy)]
pub fn builtin_policy() -> String {
    tiergate::Policy::builtin_source().to_string()
}

/// The randomness getrandom asks for on wasm32-unknown-unknown, which has
/// none of its own (scripts/wasm-cargo selects this custom backend). Only
/// lopdf draws any: checking a PDF's empty user password (revisions 3 and
/// 4) it pads the hash it compares with random bytes it never compares.
/// Nothing in tiergate encrypts or makes secrets, so zeros do.
#[cfg(target_family = "wasm")]
#[unsafe(no_mangle)]
unsafe extern "Rust" fn __getrandom_v03_custom(
    dest: *mut u8,
    len: usize,
) -> Result<(), getrandom::Error> {
    // SAFETY: getrandom passes a buffer of `len` writable bytes.
    unsafe { core::ptr::write_bytes(dest, 0, len) };
    Ok(())
}
