//! Python bindings for tiergate: argument conversion only; all behaviour is in the core.

mod errors;

use pyo3::prelude::*;
use pyo3::types::{PyByteArray, PyBytes, PyDict, PyList, PyMemoryView, PyString};
use std::sync::Mutex;
use tiergate::{convert_offsets, OffsetUnit};

/// Texts longer than this are classified with the GIL released.
const DETACH_ABOVE: usize = 16 * 1024;

/// A Python-style repr of a string (single quotes), for `__repr__`.
fn pyrepr(s: &str) -> String {
    format!(
        "'{}'",
        s.replace('\\', "\\\\")
            .replace('\'', "\\'")
            .replace('\n', "\\n")
    )
}

/// Python-style repr of a list of strings.
fn pyrepr_list<'a>(items: impl Iterator<Item = &'a str>) -> String {
    format!("[{}]", items.map(pyrepr).collect::<Vec<_>>().join(", "))
}

/// A Python value as JSON (through `json.dumps`, without NaN or infinities);
/// an `InvalidArgumentError` naming `name` when it is not JSON-serialisable.
fn py_to_json(py: Python<'_>, value: &Bound<'_, PyAny>, name: &str) -> PyResult<serde_json::Value> {
    let kwargs = PyDict::new(py);
    kwargs.set_item("allow_nan", false)?;
    // Unescaped, so a lone surrogate reaches `Text` (and becomes U+FFFD)
    // rather than an escape JSON parsers reject.
    kwargs.set_item("ensure_ascii", false)?;
    let Text(json) = py
        .import("json")?
        .call_method("dumps", (value,), Some(&kwargs))
        .and_then(|j| j.extract())
        .map_err(|e| {
            // json's own message names the type (`Object of type Timeout ...`), never the value.
            let why = e.value(py).to_string();
            errors::invalid_argument(py, &format!("{name} must be JSON-serialisable: {why}"))
        })?;
    serde_json::from_str(&json)
        .map_err(|_| errors::invalid_argument(py, &format!("{name} must be JSON-serialisable")))
}

/// A `str` argument. Python allows lone surrogates, which UTF-8 cannot
/// carry: each is read as U+FFFD, by the core's rule
/// ([`tiergate::text_from_surrogates`]), as the JavaScript runtimes read one.
struct Text(String);

impl FromPyObject<'_, '_> for Text {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> PyResult<Text> {
        let s = obj.cast::<PyString>()?.to_owned();
        if let Ok(text) = s.to_cow() {
            return Ok(Text(text.into_owned()));
        }
        let bytes: Vec<u8> = s
            .call_method1("encode", ("utf-8", "surrogatepass"))?
            .extract()?;
        Ok(Text(tiergate::text_from_surrogates(bytes)))
    }
}

/// A document argument: `bytes` (or `bytearray`, `memoryview`), or a path
/// (`str` or `os.PathLike`) whose file is read, its name kept as the hint.
struct DocumentBytes {
    bytes: Vec<u8>,
    name: Option<String>,
}

impl FromPyObject<'_, '_> for DocumentBytes {
    type Error = PyErr;

    fn extract(obj: Borrowed<'_, '_, PyAny>) -> PyResult<DocumentBytes> {
        let py = obj.py();
        let bytes = |b: &Bound<'_, PyBytes>| DocumentBytes {
            bytes: b.as_bytes().to_vec(),
            name: None,
        };
        if let Ok(b) = obj.cast::<PyBytes>() {
            return Ok(bytes(&b));
        }
        if obj.is_instance_of::<PyByteArray>() || obj.is_instance_of::<PyMemoryView>() {
            let copied = py.get_type::<PyBytes>().call1((obj,))?;
            return Ok(bytes(copied.cast::<PyBytes>()?));
        }
        let path: std::path::PathBuf = py
            .import("os")?
            .call_method1("fspath", (obj,))
            .and_then(|p| p.extract())
            .map_err(|_| {
                errors::invalid_argument(
                    py,
                    "data must be bytes (or bytearray, memoryview) or a path (str or os.PathLike)",
                )
            })?;
        let bytes = py.detach(|| std::fs::read(&path))?;
        Ok(DocumentBytes {
            bytes,
            name: path.file_name().and_then(|n| n.to_str()).map(str::to_owned),
        })
    }
}

/// Parses a JSON string with Python's `json` module (keeps the core's wire format exact).
fn json_to_py<'py>(py: Python<'py>, json: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (json,))
}

/// A compiled policy: classify texts and decide where they may go.
#[pyclass(frozen, module = "tiergate", name = "Engine")]
struct Engine {
    inner: tiergate::Engine,
}

/// One piece of sensitive data. `start`/`end` are code-point offsets:
/// `text[finding.start:finding.end] == finding.text`.
#[pyclass(frozen, module = "tiergate", name = "Finding", eq)]
#[derive(Clone, PartialEq)]
struct Finding {
    #[pyo3(get)]
    detector: String,
    #[pyo3(get)]
    category: String,
    #[pyo3(get)]
    tier: String,
    #[pyo3(get)]
    score: f64,
    #[pyo3(get)]
    start: usize,
    #[pyo3(get)]
    end: usize,
    #[pyo3(get)]
    text: String,
    #[pyo3(get)]
    regulations: Vec<String>,
    #[pyo3(get)]
    redactable: bool,
    /// The spreadsheet cell (`"C4"`) of a finding in a document's sheet, else `None`.
    #[pyo3(get)]
    cell: Option<String>,
}

#[pymethods]
impl Finding {
    fn __repr__(&self) -> String {
        format!(
            "Finding(detector={}, tier={}, start={}, end={}, text={})",
            pyrepr(&self.detector),
            pyrepr(&self.tier),
            self.start,
            self.end,
            pyrepr(&tiergate::mask(&self.text))
        )
    }
}

/// The result of classifying one text: its tier and findings.
#[pyclass(frozen, module = "tiergate", name = "Report")]
struct Report {
    inner: tiergate::Report,
    text: String,
    findings: Vec<Finding>,
}

impl Report {
    fn new(inner: tiergate::Report, text: String) -> Report {
        let bytes: Vec<usize> = inner
            .findings
            .iter()
            .flat_map(|f| [f.span.start, f.span.end])
            .collect();
        let cps = convert_offsets(&text, &bytes, OffsetUnit::CodePoint);
        let findings = inner
            .findings
            .iter()
            .zip(cps.chunks(2))
            .map(|(f, cp)| Finding {
                detector: f.detector.clone(),
                category: f.category.clone(),
                tier: f.tier.as_str().to_string(),
                score: f.score.as_f64(),
                start: cp[0],
                end: cp[1],
                text: f.span.slice(&text).unwrap_or_default().to_string(),
                regulations: f.regulations.clone(),
                redactable: f.redactable,
                cell: f.cell.clone(),
            })
            .collect();
        Report {
            inner,
            text,
            findings,
        }
    }

    fn wire_json(&self) -> String {
        serde_json::to_string(&self.inner.to_wire_in(&self.text, OffsetUnit::CodePoint))
            .expect("a report always serialises")
    }
}

#[pymethods]
impl Report {
    /// The highest tier among the findings (`"public"` when there are none).
    #[getter]
    fn tier(&self) -> &'static str {
        self.inner.tier.as_str()
    }

    /// The findings, in order of position.
    #[getter]
    fn findings(&self) -> Vec<Finding> {
        self.findings.clone()
    }

    /// The classified text.
    #[getter]
    fn text(&self) -> &str {
        &self.text
    }

    /// The report in the core's wire format, with code-point offsets.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.wire_json())
    }

    /// The report as JSON in the core's wire format, with code-point offsets.
    fn to_json(&self) -> String {
        self.wire_json()
    }

    fn __len__(&self) -> usize {
        self.findings.len()
    }

    /// Jupyter rendering: tier badge and the text with masked, highlighted findings.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("tiergate._html")?
            .call_method1("report", (slf,))
    }

    fn __eq__(&self, other: PyRef<'_, Report>) -> bool {
        self.inner == other.inner && self.text == other.text
    }

    fn __repr__(&self) -> String {
        format!(
            "Report(tier={}, findings={})",
            pyrepr(self.inner.tier.as_str()),
            pyrepr_list(self.findings.iter().map(|f| f.detector.as_str()))
        )
    }
}

/// One part of a document (a page, a sheet, a slide, a header) and its report.
#[pyclass(frozen, module = "tiergate", name = "DocumentPart")]
struct DocumentPart {
    location: String,
    report: Py<Report>,
}

#[pymethods]
impl DocumentPart {
    /// Where the part is (`page 2`, `body`, `sheet "Archive" (hidden)`, `notes of slide 3`).
    #[getter]
    fn location(&self) -> &str {
        &self.location
    }
    /// The part's report; its findings' offsets are into `report.text`.
    #[getter]
    fn report(&self, py: Python<'_>) -> Py<Report> {
        self.report.clone_ref(py)
    }
    fn __repr__(&self) -> String {
        format!(
            "DocumentPart(location={}, tier={})",
            pyrepr(&self.location),
            pyrepr(self.report.get().inner.tier.as_str())
        )
    }
    fn __eq__(&self, other: PyRef<'_, DocumentPart>) -> bool {
        self.location == other.location
            && self.report.get().inner == other.report.get().inner
            && self.report.get().text == other.report.get().text
    }
}

/// What a document holds, part by part, and what could not be read.
#[pyclass(frozen, module = "tiergate", name = "DocumentReport")]
struct DocumentReport {
    inner: tiergate::DocumentReport,
    parts: Vec<Py<DocumentPart>>,
}

impl DocumentReport {
    fn new(py: Python<'_>, inner: tiergate::DocumentReport) -> PyResult<DocumentReport> {
        let parts = inner
            .parts
            .iter()
            .map(|p| {
                let report = Py::new(py, Report::new(p.report.clone(), p.text.clone()))?;
                Py::new(
                    py,
                    DocumentPart {
                        location: p.location.clone(),
                        report,
                    },
                )
            })
            .collect::<PyResult<_>>()?;
        Ok(DocumentReport { inner, parts })
    }

    fn wire_json(&self) -> String {
        serde_json::to_string(&self.inner.to_wire_in(OffsetUnit::CodePoint))
            .expect("a document report always serialises")
    }
}

#[pymethods]
impl DocumentReport {
    /// What the file is: `"pdf"`, `"docx"`, `"xlsx"`, `"pptx"`, `"open_document"`, `"archive"`, `"email"`, `"html"`, `"rtf"`, `"text"` or `"other"`.
    #[getter]
    fn format(&self) -> &'static str {
        self.inner.format.as_str()
    }
    /// The highest tier of any part (`"public"` when nothing was found).
    #[getter]
    fn tier(&self) -> &'static str {
        self.inner.tier.as_str()
    }
    /// The parts that hold text, in document order.
    #[getter]
    fn parts(&self, py: Python<'_>) -> Vec<Py<DocumentPart>> {
        self.parts.iter().map(|p| p.clone_ref(py)).collect()
    }
    /// What could not be read (`[{"location": "page 3", "reason": "image"}]`).
    #[getter]
    fn unreadable<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(
            py,
            &serde_json::to_string(&self.inner.unreadable).expect("parts serialise"),
        )
    }
    /// The document report in the core's wire format, with code-point offsets.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.wire_json())
    }
    /// The document report as JSON in the core's wire format, with code-point offsets.
    fn to_json(&self) -> String {
        self.wire_json()
    }
    fn __eq__(&self, other: PyRef<'_, DocumentReport>) -> bool {
        self.inner == other.inner
    }
    fn __repr__(&self) -> String {
        format!(
            "DocumentReport(format={}, tier={}, parts={}, unreadable={})",
            pyrepr(self.inner.format.as_str()),
            pyrepr(self.inner.tier.as_str()),
            pyrepr_list(self.inner.parts.iter().map(|p| p.location.as_str())),
            pyrepr_list(self.inner.unreadable.iter().map(|u| u.reason.code()))
        )
    }
}

/// What may happen to a text at one destination, and why.
#[pyclass(frozen, module = "tiergate", name = "Decision")]
struct Decision {
    inner: tiergate::Decision,
}

#[pymethods]
impl Decision {
    /// Destination id.
    #[getter]
    fn destination(&self) -> &str {
        &self.inner.destination
    }
    /// The text's tier.
    #[getter]
    fn tier(&self) -> &'static str {
        self.inner.tier.as_str()
    }
    /// `"allow"`, `"warn"`, `"acknowledge"`, `"redact"` or `"block"`.
    #[getter]
    fn action(&self) -> &'static str {
        self.inner.action.as_str()
    }
    /// Whether the text may be sent as it is (allow or warn).
    #[getter]
    fn allowed(&self) -> bool {
        self.inner.action.permits_sending()
    }
    /// Id of the policy rule that decided.
    #[getter]
    fn rule(&self) -> &str {
        &self.inner.rule
    }
    /// Plain-language explanation (names detectors, never values).
    #[getter]
    fn message(&self) -> &str {
        &self.inner.message
    }
    /// Destination ids where the text may be sent as it is.
    #[getter]
    fn recommended(&self) -> Vec<String> {
        self.inner.recommended.clone()
    }
    /// Whether redacting would lower the action here.
    #[getter]
    fn redaction_available(&self) -> bool {
        self.inner.redaction_available
    }
    /// The detectors that caused a non-allow action (wire-format dicts).
    #[getter]
    fn reasons<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(
            py,
            &serde_json::to_string(&self.inner.reasons).expect("reasons serialise"),
        )
    }
    /// The parts of a payload tiergate cannot read (`[{"path": ..., "kind": "image"}]`).
    #[getter]
    fn unreadable<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(
            py,
            &serde_json::to_string(&self.inner.unreadable).expect("parts serialise"),
        )
    }
    /// Who to ask (`{"contact": ..., "url": ...}`), or None.
    #[getter]
    fn escalation<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(
            py,
            &serde_json::to_string(&self.inner.escalation).expect("escalation serialises"),
        )
    }
    /// The decision in the core's wire format.
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(py, &self.inner.to_json())
    }
    /// The decision as JSON in the core's wire format.
    fn to_json(&self) -> String {
        self.inner.to_json()
    }
    /// Jupyter rendering: action badge, message and recommendation.
    fn _repr_html_<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        slf.py()
            .import("tiergate._html")?
            .call_method1("decision", (slf,))
    }
    fn __eq__(&self, other: PyRef<'_, Decision>) -> bool {
        self.inner == other.inner
    }
    fn __repr__(&self) -> String {
        format!(
            "Decision(destination={}, tier={}, action={}, rule={})",
            pyrepr(&self.inner.destination),
            pyrepr(self.inner.tier.as_str()),
            pyrepr(self.inner.action.as_str()),
            pyrepr(&self.inner.rule)
        )
    }
}

/// A redacted text; `restore` puts the original values back into a reply.
#[pyclass(frozen, module = "tiergate", name = "Redacted")]
struct Redacted {
    inner: tiergate::Redacted,
}

#[pymethods]
impl Redacted {
    /// The text with placeholders such as `[EMAIL_1]`.
    #[getter]
    fn text(&self) -> &str {
        self.inner.text()
    }
    /// One dict per replacement: placeholder, detector, and code-point
    /// `start`/`end` in the redacted text. Original values are not included.
    #[getter]
    fn replacements<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyList>> {
        let text = self.inner.text();
        let rs = self.inner.replacements();
        let bytes: Vec<usize> = rs
            .iter()
            .flat_map(|r| [r.redacted_span.start, r.redacted_span.end])
            .collect();
        let cps = convert_offsets(text, &bytes, OffsetUnit::CodePoint);
        let list = PyList::empty(py);
        for (r, cp) in rs.iter().zip(cps.chunks(2)) {
            let d = PyDict::new(py);
            d.set_item("placeholder", &r.placeholder)?;
            d.set_item("detector", &r.detector)?;
            d.set_item("start", cp[0])?;
            d.set_item("end", cp[1])?;
            list.append(d)?;
        }
        Ok(list)
    }
    /// Replaces every placeholder in `answer` with the original value.
    fn restore(&self, answer: Text) -> String {
        self.inner.restore(&answer.0)
    }
    fn __str__(&self) -> &str {
        self.inner.text()
    }
    fn __repr__(&self) -> String {
        format!("Redacted(replacements={})", self.inner.replacements().len())
    }
}

/// Several texts redacted together with one placeholder numbering.
#[pyclass(frozen, module = "tiergate", name = "RedactedBatch")]
struct RedactedBatch {
    inner: tiergate::RedactedBatch,
}

#[pymethods]
impl RedactedBatch {
    /// The redacted texts, in input order.
    #[getter]
    fn texts(&self) -> Vec<&str> {
        self.inner.texts()
    }
    /// Replaces every placeholder of any of the texts in `answer` with its original value.
    fn restore(&self, answer: Text) -> String {
        self.inner.restore(&answer.0)
    }
    /// A restorer for a reply that arrives in pieces (the text deltas of a
    /// stream): `push(chunk)` gives the restored text so far, holding back a
    /// tail that may be the start of a placeholder; `flush()` at the end.
    fn stream_restorer(&self) -> StreamRestorer {
        StreamRestorer {
            inner: Mutex::new(self.inner.stream_restorer()),
        }
    }
    /// `stream_restorer` for a tool's input arriving as pieces of JSON text
    /// (`input_json_delta`): restored values are escaped for a JSON string.
    fn json_stream_restorer(&self) -> StreamRestorer {
        StreamRestorer {
            inner: Mutex::new(self.inner.json_stream_restorer()),
        }
    }
    /// A copy of `value` (any JSON: a tool's input in a reply) with the
    /// placeholders in every string restored.
    fn restore_value<'py>(
        &self,
        py: Python<'py>,
        value: &Bound<'py, PyAny>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let value = py_to_json(py, value, "value")?;
        json_to_py(py, &self.inner.restore_value(&value).to_string())
    }
    fn __len__(&self) -> usize {
        self.inner.parts().len()
    }
    fn __repr__(&self) -> String {
        format!(
            "RedactedBatch(texts={}, replacements={})",
            self.inner.parts().len(),
            self.inner.replacement_count()
        )
    }
}

/// Restores placeholders in a streamed reply; see `RedactedBatch.stream_restorer`.
#[pyclass(frozen, module = "tiergate", name = "StreamRestorer")]
struct StreamRestorer {
    inner: Mutex<tiergate::StreamRestorer>,
}

#[pymethods]
impl StreamRestorer {
    /// The restored text that can be given out once `chunk` has arrived.
    fn push(&self, chunk: Text) -> String {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.push(&chunk.0)
    }
    /// The text held back, restored: call it when the stream ends.
    fn flush(&self) -> String {
        let mut inner = self.inner.lock().unwrap_or_else(|p| p.into_inner());
        inner.flush()
    }
}

/// Extracts a list of str from any iterable of str. An item that is not a
/// str (a pandas column's missing value is a float NaN, or None) is what
/// `missing` says (the core's rule): an `InvalidArgumentError` that names its
/// position and type, never its value, or empty text.
fn texts_of(texts: &Bound<'_, PyAny>, missing: tiergate::BatchErrors) -> PyResult<Vec<String>> {
    let py = texts.py();
    texts
        .try_iter()?
        .enumerate()
        .map(|(i, t)| {
            let t = t?;
            if !t.is_instance_of::<PyString>() {
                let kind = t
                    .get_type()
                    .name()
                    .map_or_else(|_| "?".to_string(), |n| n.to_string());
                return errors::core(py, || missing.not_text(i, &kind));
            }
            Ok(t.extract::<Text>()?.0)
        })
        .collect()
}

/// Reads the `policy` argument: None (built-in), a dict, TOML/JSON text, or
/// a path (`os.PathLike`). A `str` is always policy text, as in every other
/// runtime; a file named by a `str` is read with `Engine.from_path`.
fn load_policy(
    py: Python<'_>,
    policy: Option<&Bound<'_, PyAny>>,
) -> PyResult<Option<tiergate::Policy>> {
    let Some(policy) = policy.filter(|p| !p.is_none()) else {
        return Ok(None);
    };
    let to_err = |e| errors::to_py(py, e);
    if policy.is_instance_of::<PyDict>() {
        // json.dumps raises (RecursionError, ValueError, TypeError) on what
        // JSON cannot hold; every runtime gives the core's error for that.
        let json: String = py
            .import("json")?
            .call_method1("dumps", (policy,))
            .and_then(|j| j.extract())
            .map_err(|_| to_err(tiergate::Policy::not_json_error()))?;
        return tiergate::Policy::from_json(&json).map(Some).map_err(to_err);
    }
    if policy.is_instance_of::<PyString>() {
        let text: String = policy.extract()?;
        return tiergate::Policy::from_text(&text).map(Some).map_err(to_err);
    }
    if let Ok(path) = py.import("os")?.call_method1("fspath", (policy,)) {
        let path: std::path::PathBuf = path.extract()?;
        return tiergate::Policy::from_path(path).map(Some).map_err(to_err);
    }
    Err(errors::invalid_argument(
        py,
        "policy must be None, a dict, TOML/JSON text, or a path (os.PathLike)",
    ))
}

#[pymethods]
impl Engine {
    /// Compiles a policy: None for the built-in one, a dict, the policy's
    /// TOML or JSON text (`str`), or a path (`pathlib.Path`, any
    /// `os.PathLike`). A `str` is never taken for a path: use `from_path`.
    #[new]
    #[pyo3(signature = (policy=None))]
    fn new(py: Python<'_>, policy: Option<&Bound<'_, PyAny>>) -> PyResult<Engine> {
        let policy = load_policy(py, policy)?;
        let inner = errors::core(py, || match policy {
            None => Ok(tiergate::Engine::builtin()),
            Some(p) => tiergate::Engine::new(p),
        })?;
        Ok(Engine { inner })
    }

    /// An engine for the policy file at `path` (`str` or `os.PathLike`;
    /// TOML, or JSON when its text starts with `{`).
    #[staticmethod]
    fn from_path(py: Python<'_>, path: std::path::PathBuf) -> PyResult<Engine> {
        let inner = errors::core(py, || {
            tiergate::Policy::from_path(&path).and_then(tiergate::Engine::new)
        })?;
        Ok(Engine { inner })
    }

    /// An engine for a signed policy: `policy` (TOML or JSON text) is used only
    /// if `signature` (the `.sig` file's text) was made over its exact text with
    /// the secret key of `public_key`; otherwise `PolicyError` with code
    /// `policy_signature`.
    #[staticmethod]
    fn from_signed(
        py: Python<'_>,
        policy: &str,
        signature: &str,
        public_key: &str,
    ) -> PyResult<Engine> {
        let inner = errors::core(py, || {
            tiergate::Policy::from_signed_text(policy, signature, public_key)
                .and_then(tiergate::Engine::new)
        })?;
        Ok(Engine { inner })
    }

    /// Finds sensitive data in `text`; never raises for any text.
    fn classify(&self, py: Python<'_>, text: Text) -> PyResult<Report> {
        let text = text.0;
        let classify = || tiergate::contain(|| self.inner.classify(&text));
        let report = if text.len() > DETACH_ABOVE {
            py.detach(classify)
        } else {
            classify()
        };
        let report = report.map_err(|e| errors::to_py(py, e))?;
        Ok(Report::new(report, text))
    }

    /// Classifies many texts (any iterable of str, e.g. a pandas Series) with
    /// the GIL released, on `threads` threads (0: one per core). An item that
    /// is not a str (a missing value: None, NaN) raises `InvalidArgumentError`
    /// with its position, or with `errors="ignore"` is classified as empty text.
    #[pyo3(signature = (texts, threads=0, errors="strict"))]
    fn classify_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        threads: usize,
        errors: &str,
    ) -> PyResult<Vec<Report>> {
        let errors = errors::core(py, || errors.parse::<tiergate::BatchErrors>())?;
        let texts = texts_of(texts, errors)?;
        // Offsets are converted with the GIL released too; only wrapping the
        // results in Python objects needs it.
        let reports = py.detach(|| {
            tiergate::contain(|| {
                let reports = self.inner.classify_many(&texts, threads);
                reports
                    .into_iter()
                    .zip(texts)
                    .map(|(r, t)| Report::new(r, t))
                    .collect()
            })
        });
        reports.map_err(|e| errors::to_py(py, e))
    }

    /// Decides what may happen to a classified text at `destination`.
    fn decide(
        &self,
        py: Python<'_>,
        report: PyRef<'_, Report>,
        destination: &str,
    ) -> PyResult<Decision> {
        let inner = errors::core(py, || self.inner.decide(&report.inner, destination))?;
        Ok(Decision { inner })
    }

    /// Reads a document (PDF, Word, Excel, PowerPoint, OpenDocument, a ZIP
    /// archive, an e-mail or text; `bytes` or a path) part by part and classifies each part, with the GIL
    /// released. Never raises for any bytes: what cannot be read is listed in
    /// `unreadable`. `name` (a file name) is only a hint.
    #[pyo3(signature = (data, name=None))]
    fn classify_document(
        &self,
        py: Python<'_>,
        data: DocumentBytes,
        name: Option<String>,
    ) -> PyResult<DocumentReport> {
        let name = name.or(data.name);
        let doc = py
            .detach(|| {
                tiergate::contain(|| self.inner.classify_document(&data.bytes, name.as_deref()))
            })
            .map_err(|e| errors::to_py(py, e))?;
        DocumentReport::new(py, doc)
    }

    /// Decides what may happen to a classified document at `destination`:
    /// its findings in every part, and what could not be read as the
    /// policy's `[documents]` section says.
    fn decide_document(
        &self,
        py: Python<'_>,
        report: PyRef<'_, DocumentReport>,
        destination: &str,
    ) -> PyResult<Decision> {
        let inner = errors::core(py, || {
            self.inner.decide_document(&report.inner, destination)
        })?;
        Ok(Decision { inner })
    }

    /// Classifies `text` and decides for `destination` in one call.
    fn check(&self, py: Python<'_>, text: Text, destination: &str) -> PyResult<Decision> {
        let inner = errors::core(py, || self.inner.check(&text.0, destination))?;
        Ok(Decision { inner })
    }

    /// Replaces every redactable finding with a typed placeholder (`[EMAIL_1]`).
    fn redact(&self, py: Python<'_>, text: Text) -> PyResult<Redacted> {
        let text = text.0;
        let inner = errors::core(py, || {
            Ok(self.inner.redact(&text, &self.inner.classify(&text)))
        })?;
        Ok(Redacted { inner })
    }

    /// Decides for several texts sent together (the blocks of one request).
    fn check_many(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        destination: &str,
    ) -> PyResult<Decision> {
        let texts = texts_of(texts, tiergate::BatchErrors::Strict)?;
        let inner = errors::core(py, || self.inner.check_many(&texts, destination))?;
        Ok(Decision { inner })
    }

    /// Redacts several texts with one placeholder numbering; `restore` on the result.
    fn redact_many(&self, py: Python<'_>, texts: &Bound<'_, PyAny>) -> PyResult<RedactedBatch> {
        let texts = texts_of(texts, tiergate::BatchErrors::Strict)?;
        let parts = errors::core(py, || Ok(self.inner.redact_many(&texts)))?;
        Ok(RedactedBatch {
            inner: tiergate::RedactedBatch::new(parts),
        })
    }

    /// What a client guard does with the texts of one request: returns
    /// `(outcome, decision, batch)` with outcome `"send"`, `"send_redacted"`
    /// (send `batch.texts`, restore the reply with `batch.restore`),
    /// `"acknowledge"` (send only if the user confirms) or `"refuse"`.
    #[pyo3(signature = (texts, destination, mode="block"))]
    fn guard(
        &self,
        py: Python<'_>,
        texts: &Bound<'_, PyAny>,
        destination: &str,
        mode: &str,
    ) -> PyResult<(&'static str, Decision, Option<RedactedBatch>)> {
        let mode = errors::core(py, || mode.parse::<tiergate::GuardMode>())?;
        let texts = texts_of(texts, tiergate::BatchErrors::Strict)?;
        let outcome = errors::core(py, || self.inner.guard(&texts, destination, mode))?;
        let (name, decision, redacted) = outcome.into_parts();
        Ok((
            name,
            Decision { inner: decision },
            redacted.map(|inner| RedactedBatch { inner }),
        ))
    }

    /// `guard` for a JSON-serialisable payload: a Messages request, a Message
    /// Batches request, or any JSON value. Every string, number and boolean in
    /// it is checked (keys too); images, PDFs and uploaded files follow the
    /// policy's `[documents] unreadable` action and are listed in the
    /// decision. Returns `(outcome, decision, batch, payload, texts)`: when the
    /// texts were redacted, `payload` is what to send instead (after the
    /// person confirms, for `"acknowledge"`; for a dict, the members whose
    /// texts were redacted, to merge over the original; otherwise the whole
    /// payload) and `batch` restores the reply, else both are None; `texts`
    /// are the texts decided on (the redacted ones then).
    #[pyo3(signature = (payload, destination, mode="block"))]
    #[allow(clippy::type_complexity)] // the tuple is the Python API
    fn guard_payload<'py>(
        &self,
        py: Python<'py>,
        payload: &Bound<'py, PyAny>,
        destination: &str,
        mode: &str,
    ) -> PyResult<(
        &'static str,
        Decision,
        Option<RedactedBatch>,
        Option<Bound<'py, PyAny>>,
        Vec<String>,
    )> {
        let mode = errors::core(py, || mode.parse::<tiergate::GuardMode>())?;
        let payload = py_to_json(py, payload, "payload")?;
        let guarded = errors::core(py, || self.inner.guard_payload(&payload, destination, mode))?;
        let (name, decision, _) = guarded.outcome.into_parts();
        let redacted = guarded.redacted;
        let payload = guarded
            .payload
            .map(|p| json_to_py(py, &p.to_string()))
            .transpose()?;
        Ok((
            name,
            Decision { inner: decision },
            redacted.map(|inner| RedactedBatch { inner }),
            payload,
            guarded.decided_texts,
        ))
    }

    /// Destination ids of the policy, in order of preference.
    #[getter]
    fn destinations(&self) -> Vec<String> {
        self.inner
            .policy()
            .destinations
            .iter()
            .map(|d| d.id.clone())
            .collect()
    }

    /// The policy's id.
    #[getter]
    fn policy_id(&self) -> &str {
        &self.inner.policy().id
    }

    /// The policy's revision.
    #[getter]
    fn policy_revision(&self) -> &str {
        &self.inner.policy().revision
    }

    /// The compiled detectors as dicts (id, name, category, tier, label, ...).
    fn detectors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_to_py(
            py,
            &serde_json::to_string(&self.inner.detectors()).expect("detectors serialise"),
        )
    }

    fn __repr__(&self) -> String {
        let p = self.inner.policy();
        format!(
            "Engine(policy={}, revision={})",
            pyrepr(&p.id),
            pyrepr(&p.revision)
        )
    }
}

/// An append-only, hash-chained JSON Lines audit log. Records say what was
/// decided about which kind of data under which policy; never the text.
#[pyclass(frozen, module = "tiergate", name = "AuditLog")]
struct AuditLog {
    inner: std::sync::Mutex<tiergate::audit::AuditLog>,
    ctx: tiergate::audit::AuditContext,
    path: String,
}

impl AuditLog {
    fn log(&self) -> std::sync::MutexGuard<'_, tiergate::audit::AuditLog> {
        // A panic while holding the lock cannot leave a half-written record
        // behind in memory: keep using the log.
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// When an audit log goes on in a new file: `"daily"`, a size, or bytes.
#[derive(FromPyObject)]
enum Rotate {
    Bytes(u64),
    Text(String),
}

#[pymethods]
impl AuditLog {
    /// Opens (or creates) the log at `path`. `surface` and `actor` (an opaque
    /// id, never a name or an email) go into every record; with
    /// `fingerprint_key` (bytes), records carry an HMAC-SHA256 of the texts.
    /// `durable=False` skips the fsync after each record. `rotate` goes on in
    /// a new file `"daily"` (UTC) or at a size (`"100MB"`, `"1GiB"`, or bytes
    /// as an int); the closed file is kept as `path.N`.
    #[new]
    #[pyo3(signature = (path, *, surface="python", actor=None, fingerprint_key=None, durable=true, rotate=None))]
    fn new(
        py: Python<'_>,
        path: std::path::PathBuf,
        surface: &str,
        actor: Option<String>,
        fingerprint_key: Option<&[u8]>,
        durable: bool,
        rotate: Option<Rotate>,
    ) -> PyResult<AuditLog> {
        let durability = if durable {
            tiergate::audit::Durability::Sync
        } else {
            tiergate::audit::Durability::Buffered
        };
        let rotation: tiergate::audit::Rotation = match rotate {
            None => Default::default(),
            Some(Rotate::Bytes(n)) => errors::core(py, || n.to_string().parse())?,
            Some(Rotate::Text(s)) => errors::core(py, || s.parse())?,
        };
        let inner = errors::core(py, || {
            tiergate::audit::AuditLog::open(&path, durability).map(|l| l.with_rotation(rotation))
        })?;
        Ok(AuditLog {
            inner: std::sync::Mutex::new(inner),
            ctx: tiergate::audit::AuditContext {
                surface: surface.to_string(),
                actor,
                fingerprint_key: fingerprint_key.map(<[u8]>::to_vec),
            },
            path: path.display().to_string(),
        })
    }

    /// Records `decision` for `texts` (a str, or the texts of one request)
    /// and returns its decision id.
    fn record(
        &self,
        py: Python<'_>,
        engine: PyRef<'_, Engine>,
        texts: &Bound<'_, PyAny>,
        decision: PyRef<'_, Decision>,
    ) -> PyResult<String> {
        let texts = match texts.extract::<Text>() {
            Ok(Text(one)) => vec![one],
            Err(_) => texts_of(texts, tiergate::BatchErrors::Strict)?,
        };
        // With the GIL released: the append may wait for another writer's
        // lock and for the disk.
        let (engine, decision) = (&engine.inner, &decision.inner);
        py.detach(|| {
            tiergate::contain(|| {
                self.log()
                    .record_decision(engine, &texts, decision, &self.ctx)
            })
        })
        .and_then(|r| r)
        .map_err(|e| errors::to_py(py, e))
    }

    /// Records that the person confirmed decision `decision_id`; the
    /// justification is redacted before it is stored.
    #[pyo3(signature = (engine, decision_id, justification=None))]
    fn acknowledge(
        &self,
        py: Python<'_>,
        engine: PyRef<'_, Engine>,
        decision_id: &str,
        justification: Option<Text>,
    ) -> PyResult<()> {
        let engine = &engine.inner;
        py.detach(|| {
            tiergate::contain(|| {
                self.log().record_acknowledgement(
                    engine,
                    decision_id,
                    justification.as_ref().map(|t| t.0.as_str()),
                    &self.ctx,
                )
            })
        })
        .and_then(|r| r)
        .map_err(|e| errors::to_py(py, e))
    }

    /// The log's path.
    #[getter]
    fn path(&self) -> &str {
        &self.path
    }

    fn __len__(&self) -> usize {
        self.log().len() as usize
    }

    fn __repr__(&self) -> String {
        format!(
            "AuditLog({}, records={})",
            pyrepr(&self.path),
            self.log().len()
        )
    }
}

/// Verifies an audit log's hash chain, its rotated files (`path.N`) with
/// it: a dict with `records` (how many verify), `intact`, `problem` (the
/// first broken, missing or edited record, or None), `torn_at` (byte offset
/// of an incomplete last line, or None), `files` (how many were read) and
/// `first` (the first record's sequence number: above 0 when the oldest
/// files were removed).
#[pyfunction]
fn verify_audit_log<'py>(
    py: Python<'py>,
    path: std::path::PathBuf,
) -> PyResult<Bound<'py, PyDict>> {
    let v = errors::core(py, || tiergate::audit::verify(&path))?;
    let d = PyDict::new(py);
    d.set_item("records", v.records)?;
    d.set_item("intact", v.is_intact())?;
    d.set_item("problem", v.problem.clone())?;
    d.set_item("torn_at", v.torn_at)?;
    d.set_item("files", v.files)?;
    d.set_item("first", v.first)?;
    Ok(d)
}

/// A short masked preview of a value (`j***@a***.io`), safe to display or log.
#[pyfunction]
fn mask(value: &str) -> String {
    tiergate::mask(value)
}

/// The commented TOML of the built-in policy.
#[pyfunction]
fn builtin_policy() -> &'static str {
    tiergate::Policy::builtin_source()
}

#[pymodule]
fn _tiergate(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Engine>()?;
    m.add_class::<Report>()?;
    m.add_class::<Finding>()?;
    m.add_class::<Decision>()?;
    m.add_class::<DocumentReport>()?;
    m.add_class::<DocumentPart>()?;
    m.add_class::<Redacted>()?;
    m.add_class::<RedactedBatch>()?;
    m.add_class::<StreamRestorer>()?;
    m.add_class::<AuditLog>()?;
    m.add_function(wrap_pyfunction!(verify_audit_log, m)?)?;
    m.add_function(wrap_pyfunction!(builtin_policy, m)?)?;
    m.add_function(wrap_pyfunction!(mask, m)?)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    m.add("WIRE_VERSION", tiergate::WIRE_VERSION)?;
    Ok(())
}
