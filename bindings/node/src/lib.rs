//! Node.js bindings for tiergate: argument conversion only; all behaviour is in the core.
//!
//! Results are the core's wire format (snake_case fields, `version` first),
//! serialised by the core and turned into plain objects by V8's `JSON.parse`:
//! every runtime prints the same JSON, and for batches this is about twice as
//! fast as setting properties one napi call at a time. Offsets are UTF-16
//! code units, so `text.slice(f.start, f.end)` is the finding. Errors are JS
//! `Error`s carrying the core's stable `code` (see `errors.rs`).
//!
//! Their TypeScript types come from one file shared with the WebAssembly
//! package, `bindings/wire.d.ts`: the build copies it next to the generated
//! `native.d.ts`, whose header (`dtsHeader` in package.json) imports it.

mod errors;

use napi::bindgen_prelude::{
    AsyncTask, Buffer, Either, Function, FunctionRef, JsObjectValue, JsValue, Object, Unknown,
};
use napi::{Env, ScopedTask, ValueType};
use napi_derive::napi;
use tiergate::OffsetUnit;

use errors::{core, invalid_argument, to_js, BytesArg, CoreResult, StrArg, StrsArg};

/// The version of the wire format of every result.
#[napi]
pub const WIRE_VERSION: u32 = tiergate::WIRE_VERSION;

/// What `Engine.guardPayload` found.
#[napi(object, object_to_js = false, object_from_js = false)]
pub struct GuardedPayload {
    /// As in `GuardOutcome`; for `acknowledge`, send `payload` (when present)
    /// once the person confirms.
    #[napi(ts_type = "'send' | 'send_redacted' | 'acknowledge' | 'refuse'")]
    pub outcome: String,
    #[napi(ts_type = "Decision")]
    pub decision: String,
    /// The texts the decision was made on, in payload order (the redacted ones when they were redacted).
    pub texts: Vec<String>,
    /// When the texts were redacted: the redactions, to restore the reply.
    #[napi(ts_type = "RedactedBatch")]
    pub redacted: Option<String>,
    /// When the texts were redacted, what to send instead: for an object
    /// payload, the members whose texts were redacted (spread them over the
    /// original); otherwise the whole payload.
    #[napi(ts_type = "unknown")]
    pub payload: Option<String>,
}

/// `block` (default) or `redact`, named as the core names them.
fn guard_mode(env: &Env, mode: Option<String>) -> napi::Result<tiergate::GuardMode> {
    mode.map_or(Ok(tiergate::GuardMode::Block), |m| core(env, || m.parse()))
}

/// A JS value as JSON (through `JSON.stringify`); an `invalid_argument`
/// error naming `name` when it is not one (a function, `undefined`, a cycle).
fn json_value(env: &Env, value: Unknown, name: &str) -> napi::Result<serde_json::Value> {
    let not_json = || invalid_argument(env, &format!("{name} must be a JSON value"));
    let json = json_stringify(env, value)
        .map_err(|_| not_json())?
        .ok_or_else(not_json)?;
    serde_json::from_str(&json).map_err(|_| not_json())
}

/// `JSON.stringify(value)`; `None` when it gives `undefined` (a function, `undefined`).
fn json_stringify(env: &Env, value: Unknown) -> napi::Result<Option<String>> {
    let json: Object = env.get_global()?.get_named_property_unchecked("JSON")?;
    let stringify: Function<'_, Unknown, Unknown> =
        json.get_named_property_unchecked("stringify")?;
    let out = stringify.call(value)?;
    if out.get_type()? == ValueType::String {
        Ok(Some(env.from_js_value(out)?))
    } else {
        Ok(None)
    }
}

/// Offsets are sent to JavaScript as numbers; a JS string is shorter than 2^32 units.
fn u32_of(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The wire JSON of a report, with UTF-16 offsets into `text`.
fn report_json(report: &tiergate::Report, text: &str) -> String {
    serde_json::to_string(&report.to_wire_in(text, OffsetUnit::Utf16)).expect("reports serialise")
}

/// The wire JSON of a document's report (UTF-16 offsets into each part).
fn document_json(engine: &tiergate::Engine, data: &[u8], name: Option<&str>) -> String {
    let doc = engine.classify_document(data, name);
    serde_json::to_string(&doc.to_wire_in(OffsetUnit::Utf16)).expect("reports serialise")
}

/// `classifyMany` options (a number instead is `threads`).
#[napi(object)]
pub struct BatchOptions {
    /// Threads to use; 0 or omitted: one per core.
    pub threads: Option<u32>,
    /// An item that is not a string (a missing value): `strict` (the
    /// default) throws a `TypeError` naming its position, `ignore` classifies
    /// it as empty text.
    #[napi(ts_type = "'strict' | 'ignore'")]
    pub errors: Option<String>,
}

/// `classifyMany`'s second argument: threads, or options.
fn batch_options(
    env: &Env,
    options: Option<Either<u32, BatchOptions>>,
) -> napi::Result<(Option<u32>, tiergate::BatchErrors)> {
    match options {
        None => Ok((None, tiergate::BatchErrors::Strict)),
        Some(Either::A(threads)) => Ok((Some(threads), tiergate::BatchErrors::Strict)),
        Some(Either::B(o)) => {
            let errors = match o.errors.as_deref() {
                None => tiergate::BatchErrors::Strict,
                Some(name) => core(env, || name.parse())?,
            };
            Ok((o.threads, errors))
        }
    }
}

/// Options of `classifyDocument`.
#[napi(object)]
pub struct DocumentOptions {
    /// The file's name (`report.pdf`): only a hint, the content decides the format.
    pub name: Option<String>,
}

/// The wire JSON of several reports, as one JSON array.
fn reports_json(engine: &tiergate::Engine, texts: &[String], threads: Option<u32>) -> String {
    let reports = engine.classify_many(texts, threads.unwrap_or(0) as usize);
    let wires: Vec<tiergate::ReportWire> = reports
        .iter()
        .zip(texts)
        .map(|(r, t)| r.to_wire_in(t, OffsetUnit::Utf16))
        .collect();
    serde_json::to_string(&wires).expect("reports serialise")
}

/// V8's `JSON.parse`, looked up once per engine.
type JsonParse = FunctionRef<String, Unknown<'static>>;

fn json_parse_fn(env: &Env) -> napi::Result<Function<'_, String, Unknown<'static>>> {
    let json: Object = env.get_global()?.get_named_property_unchecked("JSON")?;
    json.get_named_property_unchecked("parse")
}

fn json_parse(env: &Env) -> napi::Result<JsonParse> {
    json_parse_fn(env)?.create_ref()
}

/// `JSON.parse(json)` for calls without an engine at hand.
fn parse_json(env: &Env, json: String) -> napi::Result<Unknown<'static>> {
    json_parse_fn(env)?.call(json)
}

/// A compiled policy: classify texts and decide where they may go.
///
/// Compiling takes a few milliseconds: create one engine and reuse it.
#[napi]
pub struct Engine {
    inner: tiergate::Engine,
    parse: JsonParse,
}

#[napi]
impl Engine {
    /// Compiles a policy: the built-in one when `policy` is omitted, else the
    /// policy's TOML or JSON text, or the policy as an object. A file is read
    /// with `Engine.fromPath`.
    #[napi(constructor)]
    pub fn new(
        env: Env,
        #[napi(ts_arg_type = "string | Record<string, unknown> | null")] policy: Option<Unknown>,
    ) -> napi::Result<Engine> {
        let kind = match &policy {
            None => ValueType::Undefined,
            Some(p) => p.get_type()?,
        };
        let policy = match (kind, policy) {
            (ValueType::Undefined | ValueType::Null, _) => None,
            (ValueType::String, Some(p)) => {
                let text: String = env.from_js_value(p)?;
                Some(core(&env, || Ok(tiergate::Policy::from_text(&text)))?)
            }
            (ValueType::Object, Some(p)) => {
                // JSON.stringify throws (catchably) where converting the
                // object field by field would overflow the native stack.
                let json = json_stringify(&env, p).ok().flatten();
                let json = core(&env, || json.ok_or_else(tiergate::Policy::not_json_error))?;
                Some(core(&env, || Ok(tiergate::Policy::from_json(&json)))?)
            }
            _ => {
                return Err(invalid_argument(
                    &env,
                    "policy must be omitted, TOML or JSON text, or an object",
                ))
            }
        };
        let inner = core(&env, || match policy {
            None => Ok(tiergate::Engine::builtin()),
            Some(p) => p.and_then(tiergate::Engine::new),
        })?;
        Ok(Engine {
            inner,
            parse: json_parse(&env)?,
        })
    }

    /// An engine for the policy file at `path` (TOML, or JSON when its text
    /// starts with `{`). A string given to the constructor is always policy
    /// text, never a path.
    #[napi(factory)]
    pub fn from_path(
        env: Env,
        #[napi(ts_arg_type = "string")] path: StrArg,
    ) -> napi::Result<Engine> {
        let path = errors::string(&env, "path", path)?;
        let inner = core(&env, || {
            tiergate::Policy::from_path(&path).and_then(tiergate::Engine::new)
        })?;
        Ok(Engine {
            inner,
            parse: json_parse(&env)?,
        })
    }

    /// An engine for a signed policy: `policy` (TOML or JSON text) is used
    /// only if `signature` (the `.sig` file's text) was made over its exact
    /// text with the secret key of `publicKey`; otherwise a `TiergateError`
    /// with code `policy_signature`.
    #[napi(factory)]
    pub fn from_signed(
        env: Env,
        #[napi(ts_arg_type = "string")] policy: StrArg,
        #[napi(ts_arg_type = "string")] signature: StrArg,
        #[napi(ts_arg_type = "string")] public_key: StrArg,
    ) -> napi::Result<Engine> {
        let policy = errors::string(&env, "policy", policy)?;
        let signature = errors::string(&env, "signature", signature)?;
        let public_key = errors::string(&env, "publicKey", public_key)?;
        let inner = core(&env, || {
            tiergate::Policy::from_signed_text(&policy, &signature, &public_key)
                .and_then(tiergate::Engine::new)
        })?;
        Ok(Engine {
            inner,
            parse: json_parse(&env)?,
        })
    }

    /// Finds sensitive data in `text`; never throws for any string.
    #[napi(ts_return_type = "Report")]
    pub fn classify(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] text: StrArg,
    ) -> napi::Result<Unknown<'static>> {
        let text = errors::string(&env, "text", text)?;
        let json = core(&env, || Ok(report_json(&self.inner.classify(&text), &text)))?;
        self.parse(&env, json)
    }

    /// Classifies many texts on `threads` threads (0 or omitted: one per core;
    /// or `{ threads, errors }`). An item that is not a string (a missing
    /// value) throws a `TypeError` naming its position, or with
    /// `errors: 'ignore'` is classified as empty text.
    /// Blocks the calling thread; see `classifyManyAsync`.
    #[napi(ts_return_type = "Report[]")]
    pub fn classify_many(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Array<string | null | undefined>")] texts: StrsArg,
        options: Option<Either<u32, BatchOptions>>,
    ) -> napi::Result<Unknown<'static>> {
        let (threads, missing) = batch_options(&env, options)?;
        let texts = errors::strings(&env, "texts", texts, missing)?;
        let json = core(&env, || Ok(reports_json(&self.inner, &texts, threads)))?;
        self.parse(&env, json)
    }

    /// `classify` on the libuv thread pool: the event loop stays free.
    #[napi(ts_return_type = "Promise<Report>")]
    pub fn classify_async(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] text: StrArg,
    ) -> napi::Result<AsyncTask<Work>> {
        let text = errors::string(&env, "text", text)?;
        self.work(&env, Job::Classify(text))
    }

    /// `classifyMany` on the libuv thread pool: classification and
    /// serialisation run there; only building the result objects runs on the
    /// main thread.
    #[napi(ts_return_type = "Promise<Report[]>")]
    pub fn classify_many_async(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Array<string | null | undefined>")] texts: StrsArg,
        options: Option<Either<u32, BatchOptions>>,
    ) -> napi::Result<AsyncTask<Work>> {
        let (threads, missing) = batch_options(&env, options)?;
        let texts = errors::strings(&env, "texts", texts, missing)?;
        self.work(&env, Job::ClassifyMany(texts, threads))
    }

    /// Reads a document (PDF, Word, Excel, PowerPoint, OpenDocument, a ZIP
    /// archive, an e-mail or text) part by part and classifies each part; never throws for any bytes:
    /// what cannot be read is listed in `unreadable`. Blocks the calling
    /// thread; see `classifyDocumentAsync`.
    #[napi(ts_return_type = "DocumentReport")]
    pub fn classify_document(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Uint8Array")] data: BytesArg,
        options: Option<DocumentOptions>,
    ) -> napi::Result<Unknown<'static>> {
        let data = errors::bytes(&env, "data", data)?;
        let name = options.and_then(|o| o.name);
        let json = core(&env, || {
            Ok(document_json(&self.inner, &data, name.as_deref()))
        })?;
        self.parse(&env, json)
    }

    /// `classifyDocument` on the libuv thread pool: the event loop stays free.
    #[napi(ts_return_type = "Promise<DocumentReport>")]
    pub fn classify_document_async(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Uint8Array")] data: BytesArg,
        options: Option<DocumentOptions>,
    ) -> napi::Result<AsyncTask<Work>> {
        let data = errors::bytes(&env, "data", data)?.to_vec();
        let name = options.and_then(|o| o.name);
        self.work(&env, Job::ClassifyDocument(data, name))
    }

    /// Decides what may happen at `destination` to a document classified by
    /// `classifyDocument`: its findings in every part, and what could not be
    /// read as the policy's `[documents]` section says.
    #[napi(ts_return_type = "Decision")]
    pub fn decide_document(
        &self,
        env: Env,
        #[napi(ts_arg_type = "DocumentReport")] report: Unknown,
        #[napi(ts_arg_type = "string")] destination: StrArg,
    ) -> napi::Result<Unknown<'static>> {
        let destination = errors::string(&env, "destination", destination)?;
        let wire: tiergate::DocumentReportWire = env.from_js_value(report).map_err(|_| {
            invalid_argument(
                &env,
                "decideDocument() needs a report returned by classifyDocument() (wire format version 1)",
            )
        })?;
        let decision = core(&env, || {
            self.inner.decide_document_wire(&wire, &destination)
        })?;
        self.parse(&env, decision.to_json())
    }

    /// Decides what may happen at `destination` to a text classified by `classify`
    /// (the report may have gone through JSON). Throws `unknown_destination`
    /// for a destination the policy does not define.
    #[napi(ts_return_type = "Decision")]
    pub fn decide(
        &self,
        env: Env,
        #[napi(ts_arg_type = "Report")] report: Unknown,
        #[napi(ts_arg_type = "string")] destination: StrArg,
    ) -> napi::Result<Unknown<'static>> {
        let destination = errors::string(&env, "destination", destination)?;
        // Serde's messages may quote values: say what is wrong in general terms instead.
        let wire: tiergate::ReportWire = env.from_js_value(report).map_err(|_| {
            invalid_argument(
                &env,
                "decide() needs a report returned by classify() (wire format version 1)",
            )
        })?;
        let decision = core(&env, || self.inner.decide_wire(&wire, &destination))?;
        self.parse(&env, decision.to_json())
    }

    /// Classifies `text` and decides for `destination` in one call.
    #[napi(ts_return_type = "Decision")]
    pub fn check(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] text: StrArg,
        #[napi(ts_arg_type = "string")] destination: StrArg,
    ) -> napi::Result<Unknown<'static>> {
        let text = errors::string(&env, "text", text)?;
        let destination = errors::string(&env, "destination", destination)?;
        let decision = core(&env, || self.inner.check(&text, &destination))?;
        self.parse(&env, decision.to_json())
    }

    /// `check` on the libuv thread pool: the event loop stays free.
    #[napi(ts_return_type = "Promise<Decision>")]
    pub fn check_async(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] text: StrArg,
        #[napi(ts_arg_type = "string")] destination: StrArg,
    ) -> napi::Result<AsyncTask<Work>> {
        let text = errors::string(&env, "text", text)?;
        let destination = errors::string(&env, "destination", destination)?;
        self.work(&env, Job::Check(text, destination))
    }

    /// Decides for several texts sent together (the blocks of one request).
    #[napi(ts_return_type = "Decision")]
    pub fn check_many(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string[]")] texts: StrsArg,
        #[napi(ts_arg_type = "string")] destination: StrArg,
    ) -> napi::Result<Unknown<'static>> {
        let texts = errors::strings(&env, "texts", texts, tiergate::BatchErrors::Strict)?;
        let destination = errors::string(&env, "destination", destination)?;
        let decision = core(&env, || self.inner.check_many(&texts, &destination))?;
        self.parse(&env, decision.to_json())
    }

    /// Replaces every redactable finding with a typed placeholder (`[EMAIL_1]`).
    #[napi]
    pub fn redact(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] text: StrArg,
    ) -> napi::Result<Redacted> {
        let text = errors::string(&env, "text", text)?;
        let inner = core(&env, || {
            Ok(self.inner.redact(&text, &self.inner.classify(&text)))
        })?;
        Ok(Redacted { inner })
    }

    /// Redacts several texts with one placeholder numbering.
    #[napi]
    pub fn redact_many(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string[]")] texts: StrsArg,
    ) -> napi::Result<RedactedBatch> {
        let texts = errors::strings(&env, "texts", texts, tiergate::BatchErrors::Strict)?;
        let parts = core(&env, || Ok(self.inner.redact_many(&texts)))?;
        Ok(RedactedBatch {
            inner: tiergate::RedactedBatch::new(parts),
        })
    }

    /// What a client guard does with the texts of one request. `mode` is
    /// `block` (default) or `redact` (redact when that makes the request allowed).
    #[napi(ts_return_type = "GuardOutcome<RedactedBatch>")]
    pub fn guard(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string[]")] texts: StrsArg,
        #[napi(ts_arg_type = "string")] destination: StrArg,
        #[napi(ts_arg_type = "'block' | 'redact'")] mode: Option<String>,
    ) -> napi::Result<Object<'static>> {
        let texts = errors::strings(&env, "texts", texts, tiergate::BatchErrors::Strict)?;
        let destination = errors::string(&env, "destination", destination)?;
        let mode = guard_mode(&env, mode)?;
        let outcome = core(&env, || self.inner.guard(&texts, &destination, mode))?;
        let (name, decision, redacted) = outcome.into_parts();
        let mut out = Object::new(&env)?;
        out.set_named_property("outcome", name)?;
        out.set_named_property("decision", self.parse(&env, decision.to_json())?)?;
        if let Some(parts) = redacted {
            out.set_named_property("redacted", RedactedBatch { inner: parts })?;
        }
        Ok(out)
    }

    /// `guard` for a JSON payload: a Messages request, a Message Batches
    /// request, or any JSON value. Every string, number and boolean in it is
    /// checked; images, PDFs and uploaded files follow the policy's
    /// `[documents] unreadable` action, and the decision lists them with
    /// their paths. When the texts were redacted, `payload` is what to send
    /// instead (after the person confirms, for `acknowledge`): for an object,
    /// the members whose texts were redacted (spread them over the original);
    /// otherwise the whole payload; `redacted` restores the reply. `texts` are
    /// the texts decided on (the redacted ones then).
    #[napi(ts_return_type = "GuardedPayload")]
    pub fn guard_payload(
        &self,
        env: Env,
        payload: Unknown,
        #[napi(ts_arg_type = "string")] destination: StrArg,
        #[napi(ts_arg_type = "'block' | 'redact'")] mode: Option<String>,
    ) -> napi::Result<Object<'static>> {
        let destination = errors::string(&env, "destination", destination)?;
        let mode = guard_mode(&env, mode)?;
        let payload = json_value(&env, payload, "payload")?;
        let guarded = core(&env, || {
            self.inner.guard_payload(&payload, &destination, mode)
        })?;
        let (name, decision, _) = guarded.outcome.into_parts();
        let mut out = Object::new(&env)?;
        out.set_named_property("outcome", name)?;
        out.set_named_property("decision", self.parse(&env, decision.to_json())?)?;
        out.set_named_property("texts", guarded.decided_texts)?;
        if let Some(parts) = guarded.redacted {
            out.set_named_property("redacted", RedactedBatch { inner: parts })?;
        }
        if let Some(payload) = guarded.payload {
            out.set_named_property("payload", self.parse(&env, payload.to_string())?)?;
        }
        Ok(out)
    }

    /// Destination ids of the policy, in order of preference.
    #[napi(getter)]
    pub fn destinations(&self) -> Vec<String> {
        let policy = self.inner.policy();
        policy.destinations.iter().map(|d| d.id.clone()).collect()
    }

    /// The policy's id.
    #[napi(getter)]
    pub fn policy_id(&self) -> String {
        self.inner.policy().id.clone()
    }

    /// The policy's revision.
    #[napi(getter)]
    pub fn policy_revision(&self) -> String {
        self.inner.policy().revision.clone()
    }

    /// The policy as JSON (the same schema as the TOML; `new Engine(JSON.parse(json))` rebuilds it).
    #[napi]
    pub fn policy_json(&self) -> String {
        self.inner.policy().to_json()
    }

    /// The compiled detectors.
    #[napi(ts_return_type = "DetectorInfo[]")]
    pub fn detectors(&self, env: Env) -> napi::Result<Unknown<'static>> {
        let json = serde_json::to_string(&self.inner.detectors()).expect("detectors serialise");
        self.parse(&env, json)
    }
}

impl Engine {
    fn parse(&self, env: &Env, json: String) -> napi::Result<Unknown<'static>> {
        self.parse.borrow_back(env)?.call(json)
    }

    fn work(&self, env: &Env, job: Job) -> napi::Result<AsyncTask<Work>> {
        Ok(AsyncTask::new(Work {
            engine: self.inner.clone(),
            parse: json_parse(env)?,
            job,
        }))
    }
}

/// Work for the libuv thread pool: the engine is shared (an `Arc` inside).
pub enum Job {
    Classify(String),
    ClassifyDocument(Vec<u8>, Option<String>),
    ClassifyMany(Vec<String>, Option<u32>),
    Check(String, String),
}

/// An engine call run by `AsyncTask`: the result's JSON is made on the pool,
/// parsed into objects on the main thread.
pub struct Work {
    engine: tiergate::Engine,
    parse: JsonParse,
    job: Job,
}

impl<'task> ScopedTask<'task> for Work {
    type Output = CoreResult<String>;
    type JsValue = Unknown<'static>;

    fn compute(&mut self) -> napi::Result<CoreResult<String>> {
        let engine = &self.engine;
        Ok(tiergate::contain(|| match &self.job {
            Job::Classify(text) => Ok(report_json(&engine.classify(text), text)),
            Job::ClassifyDocument(data, name) => Ok(document_json(engine, data, name.as_deref())),
            Job::ClassifyMany(texts, threads) => Ok(reports_json(engine, texts, *threads)),
            Job::Check(text, destination) => engine.check(text, destination).map(|d| d.to_json()),
        })
        .and_then(|r| r))
    }

    fn resolve(
        &mut self,
        env: &'task Env,
        output: CoreResult<String>,
    ) -> napi::Result<Unknown<'static>> {
        let json = output.map_err(|e| to_js(env, e))?;
        self.parse.borrow_back(env)?.call(json)
    }
}

/// A redacted text; `restore` puts the original values back into a reply.
///
/// The originals stay inside this object: `JSON.stringify(redacted)` gives the
/// wire form (redacted text and placeholders) without them.
#[napi]
pub struct Redacted {
    inner: tiergate::Redacted,
}

#[napi]
impl Redacted {
    /// The text with placeholders such as `[EMAIL_1]`.
    #[napi(getter)]
    pub fn text(&self) -> String {
        self.inner.text().to_string()
    }

    /// The placeholders, with UTF-16 offsets into the redacted text. No original values.
    #[napi(getter, ts_return_type = "Replacement[]")]
    pub fn replacements(&self, env: Env) -> napi::Result<Unknown<'static>> {
        let wire: Object =
            parse_json(&env, self.inner.to_json_in(OffsetUnit::Utf16))?.coerce_to_object()?;
        wire.get_named_property("replacements")
    }

    /// Replaces every placeholder in `answer` with the original value.
    #[napi]
    pub fn restore(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] answer: StrArg,
    ) -> napi::Result<String> {
        let answer = errors::string(&env, "answer", answer)?;
        core(&env, || Ok(self.inner.restore(&answer)))
    }

    /// The wire form (UTF-16 offsets), without original values.
    #[napi(js_name = "toJSON", ts_return_type = "RedactedWire")]
    pub fn to_json(&self, env: Env) -> napi::Result<Unknown<'static>> {
        parse_json(&env, self.inner.to_json_in(OffsetUnit::Utf16))
    }
}

/// Several texts redacted together with one placeholder numbering.
#[napi]
pub struct RedactedBatch {
    inner: tiergate::RedactedBatch,
}

#[napi]
impl RedactedBatch {
    /// The redacted texts, in input order.
    #[napi(getter)]
    pub fn texts(&self) -> Vec<String> {
        self.inner.texts().into_iter().map(str::to_string).collect()
    }

    /// Replaces every placeholder of any of the texts in `answer` with its original value.
    #[napi]
    pub fn restore(
        &self,
        env: Env,
        #[napi(ts_arg_type = "string")] answer: StrArg,
    ) -> napi::Result<String> {
        let answer = errors::string(&env, "answer", answer)?;
        core(&env, || Ok(self.inner.restore(&answer)))
    }

    /// A restorer for a reply that arrives in pieces (the text deltas of a
    /// stream): `push(chunk)` gives the restored text so far, holding back a
    /// tail that may be the start of a placeholder; `flush()` at the end.
    #[napi]
    pub fn stream_restorer(&self) -> StreamRestorer {
        StreamRestorer {
            inner: self.inner.stream_restorer(),
        }
    }

    /// `streamRestorer` for a tool's input arriving as pieces of JSON text
    /// (`input_json_delta`): restored values are escaped for a JSON string.
    #[napi]
    pub fn json_stream_restorer(&self) -> StreamRestorer {
        StreamRestorer {
            inner: self.inner.json_stream_restorer(),
        }
    }

    /// A copy of `value` (any JSON: a tool's input in a reply) with the
    /// placeholders in every string restored.
    #[napi(ts_return_type = "unknown")]
    pub fn restore_value(&self, env: Env, value: Unknown) -> napi::Result<Unknown<'static>> {
        let value = json_value(&env, value, "value")?;
        let restored = core(&env, || Ok(self.inner.restore_value(&value)))?;
        parse_json(&env, restored.to_string())
    }

    /// The number of replacements over all texts.
    #[napi(getter)]
    pub fn replacement_count(&self) -> u32 {
        u32_of(self.inner.replacement_count())
    }

    /// The wire form of each text, without original values.
    #[napi(js_name = "toJSON", ts_return_type = "RedactedWire[]")]
    pub fn to_json(&self, env: Env) -> napi::Result<Unknown<'static>> {
        parse_json(&env, self.inner.to_json_in(OffsetUnit::Utf16))
    }
}

/// Restores placeholders in a streamed reply; see `RedactedBatch.streamRestorer`.
#[napi]
pub struct StreamRestorer {
    inner: tiergate::StreamRestorer,
}

#[napi]
impl StreamRestorer {
    /// The restored text that can be given out once `chunk` has arrived.
    #[napi]
    pub fn push(
        &mut self,
        env: Env,
        #[napi(ts_arg_type = "string")] chunk: StrArg,
    ) -> napi::Result<String> {
        let chunk = errors::string(&env, "chunk", chunk)?;
        let inner = &mut self.inner;
        core(&env, || Ok(inner.push(&chunk)))
    }

    /// The text held back, restored: call it when the stream ends.
    #[napi]
    pub fn flush(&mut self, env: Env) -> napi::Result<String> {
        let inner = &mut self.inner;
        core(&env, || Ok(inner.flush()))
    }
}

/// Options of an `AuditLog`.
#[napi(object)]
pub struct AuditLogOptions {
    /// Recorded as the surface of every record; default `node`.
    pub surface: Option<String>,
    /// An opaque id of who is acting (never a name or an email).
    pub actor: Option<String>,
    /// An organisation key: records then carry an HMAC-SHA256 fingerprint of the texts.
    #[napi(ts_type = "string | Buffer")]
    pub fingerprint_key: Option<Either<String, Buffer>>,
    /// `fsync` after every record (default true).
    pub durable: Option<bool>,
    /// Go on in a new file `'daily'` (UTC) or at a size (`'100MB'`, `'1GiB'`,
    /// or bytes); the closed file is kept as `path + '.N'`.
    #[napi(ts_type = "string | number")]
    pub rotate: Option<Either<String, f64>>,
}

/// What `verifyAuditLog` found.
#[napi(object, use_nullable = true)]
pub struct AuditVerification {
    /// Records whose chain verifies (before any problem).
    pub records: i64,
    /// Every record verifies and the last line is complete.
    pub intact: bool,
    /// The first broken, missing or edited record.
    pub problem: Option<String>,
    /// Byte offset of an incomplete last line (a write torn by a crash).
    pub torn_at: Option<i64>,
    /// The files read: the rotated ones (`path.N`) and the log.
    pub files: i64,
    /// The first record's sequence number: above 0 when the oldest files were removed.
    pub first: i64,
}

/// An append-only, hash-chained JSON Lines audit log. Records say what was
/// decided about which kind of data under which policy; never the text.
#[napi]
pub struct AuditLog {
    inner: tiergate::audit::AuditLog,
    ctx: tiergate::audit::AuditContext,
    path: String,
}

#[napi]
impl AuditLog {
    /// Opens (or creates) the log at `path`; a torn last line from a crash is
    /// set aside into `path + '.torn'` and noted in the log.
    #[napi(constructor)]
    pub fn new(
        env: Env,
        #[napi(ts_arg_type = "string")] path: StrArg,
        options: Option<AuditLogOptions>,
    ) -> napi::Result<AuditLog> {
        let path = errors::string(&env, "path", path)?;
        let options = options.unwrap_or(AuditLogOptions {
            surface: None,
            actor: None,
            fingerprint_key: None,
            durable: None,
            rotate: None,
        });
        let durability = if options.durable.unwrap_or(true) {
            tiergate::audit::Durability::Sync
        } else {
            tiergate::audit::Durability::Buffered
        };
        let rotation: tiergate::audit::Rotation = match options.rotate {
            None => Default::default(),
            // A whole number of bytes reads as its digits; anything else is refused by the core.
            Some(Either::B(n)) => core(&env, || format!("{n}").parse())?,
            Some(Either::A(s)) => core(&env, || s.parse())?,
        };
        let inner = core(&env, || {
            tiergate::audit::AuditLog::open(&path, durability).map(|l| l.with_rotation(rotation))
        })?;
        Ok(AuditLog {
            inner,
            ctx: tiergate::audit::AuditContext {
                surface: options.surface.unwrap_or_else(|| "node".to_string()),
                actor: options.actor,
                fingerprint_key: options.fingerprint_key.map(|k| match k {
                    Either::A(s) => s.into_bytes(),
                    Either::B(b) => b.to_vec(),
                }),
            },
            path,
        })
    }

    /// Records `decision` for `texts` (a string, or the texts of one request)
    /// and returns its decision id.
    #[napi]
    pub fn record(
        &mut self,
        env: Env,
        engine: &Engine,
        #[napi(ts_arg_type = "string | string[]")] texts: Either<String, StrsArg>,
        #[napi(ts_arg_type = "Decision")] decision: Unknown,
    ) -> napi::Result<String> {
        let texts = match texts {
            Either::A(one) => vec![one],
            Either::B(many) => errors::strings(&env, "texts", many, tiergate::BatchErrors::Strict)?,
        };
        let decision: tiergate::Decision = env.from_js_value(decision).map_err(|_| {
            invalid_argument(
                &env,
                "record() needs a decision returned by check() or decide()",
            )
        })?;
        let ctx = &self.ctx;
        let log = &mut self.inner;
        core(&env, || {
            log.record_decision(&engine.inner, &texts, &decision, ctx)
        })
    }

    /// Records that the person confirmed decision `decisionId`; the
    /// justification is redacted before it is stored.
    #[napi]
    pub fn acknowledge(
        &mut self,
        env: Env,
        engine: &Engine,
        #[napi(ts_arg_type = "string")] decision_id: StrArg,
        justification: Option<String>,
    ) -> napi::Result<()> {
        let decision_id = errors::string(&env, "decisionId", decision_id)?;
        let ctx = &self.ctx;
        let log = &mut self.inner;
        core(&env, || {
            log.record_acknowledgement(&engine.inner, &decision_id, justification.as_deref(), ctx)
        })
    }

    /// The log's path.
    #[napi(getter)]
    pub fn path(&self) -> String {
        self.path.clone()
    }

    /// The number of records.
    #[napi(getter)]
    pub fn length(&self) -> i64 {
        self.inner.len() as i64
    }
}

/// Verifies an audit log's hash chain.
#[napi]
pub fn verify_audit_log(
    env: Env,
    #[napi(ts_arg_type = "string")] path: StrArg,
) -> napi::Result<AuditVerification> {
    let path = errors::string(&env, "path", path)?;
    let v = core(&env, || tiergate::audit::verify(&path))?;
    Ok(AuditVerification {
        records: v.records as i64,
        intact: v.is_intact(),
        problem: v.problem,
        torn_at: v.torn_at.map(|t| t as i64),
        files: v.files as i64,
        first: v.first as i64,
    })
}

/// A short masked preview of a value (`j***@a***.io`), safe to display or log.
#[napi]
pub fn mask(env: Env, #[napi(ts_arg_type = "string")] value: StrArg) -> napi::Result<String> {
    let value = errors::string(&env, "value", value)?;
    core(&env, || Ok(tiergate::mask(&value)))
}

/// The commented TOML of the built-in policy.
#[napi]
pub fn builtin_policy() -> &'static str {
    tiergate::Policy::builtin_source()
}
