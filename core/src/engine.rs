//! The engine: a policy with its detectors compiled, shared cheaply between
//! threads. A facade, like `regex::Regex` over `regex-automata`: each method
//! hands its work to the stage that owns it (detect, decision, redact) and
//! turns detector indices into findings.

use crate::decision::{self, Decision};
use crate::detect::{DetectorInfo, Scanner};
#[cfg(feature = "documents")]
use crate::document;
use crate::document::{Format, Unreadable};
use crate::error::Error;
use crate::policy::{Destination, Policy, PolicyStamp};
use crate::redact::{self, Redacted};
use crate::report::{Finding, Report, ReportWire, Span};
use crate::tier::Tier;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::sync::{Arc, OnceLock};

/// A compiled policy. Build it once, use it from any thread; clones share everything.
#[derive(Clone)]
pub struct Engine {
    inner: Arc<Inner>,
}

struct Inner {
    policy: Policy,
    scanner: Scanner,
    stamp: OnceLock<PolicyStamp>,
}

impl fmt::Debug for Engine {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Engine")
            .field("policy", &self.inner.policy.id)
            .field("revision", &self.inner.policy.revision)
            .field("detectors", &self.inner.scanner.detectors.len())
            .finish()
    }
}

impl Engine {
    /// Compiles every detector of `policy` once.
    ///
    /// # Errors
    /// `policy_invalid` when a detector refers to an unknown category or
    /// regulation, a regex does not compile, or a detector is incomplete.
    ///
    /// # Example
    /// ```
    /// use tiergate::{Engine, Policy, Tier, Action};
    /// let engine = Engine::new(Policy::builtin())?;
    /// let report = engine.classify("Reach me at jane.doe@acme.io");
    /// assert_eq!(report.tier, Tier::Sensitive);
    /// let decision = engine.decide(&report, "claude-ai")?;
    /// assert_eq!(decision.action, Action::Block);
    /// assert_eq!(decision.recommended, ["claude-enterprise-zdr"]);
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn new(policy: Policy) -> Result<Engine, Error> {
        let scanner = Scanner::build(&policy).map_err(|e| policy.locate(e))?;
        Ok(Engine {
            inner: Arc::new(Inner {
                policy,
                scanner,
                stamp: OnceLock::new(),
            }),
        })
    }

    /// Builds now the automaton states that a first text would build, by
    /// classifying every detector's example once. The regexes build their
    /// states lazily, on the first text that needs them, so a fresh
    /// engine's first call on a text with many kinds of data costs several
    /// times a later call. A host that bounds each call (the plain-ABI
    /// module under a fuel budget: about 470 M fuel against 220 M for 37
    /// KiB of every kind, before it called this) or keeps a latency target
    /// for the first request calls it once after [`Engine::new`]; it costs
    /// about 70 ms here, so a command that classifies one text skips it.
    /// Results never depend on it.
    pub fn warm_up(&self) {
        self.inner.scanner.warm_up();
    }

    /// The engine for the built-in policy, compiled once per process.
    pub fn builtin() -> Engine {
        static BUILTIN: OnceLock<Engine> = OnceLock::new();
        BUILTIN
            .get_or_init(|| Engine::new(Policy::builtin()).expect("built-in policy compiles"))
            .clone()
    }

    /// The policy this engine enforces.
    pub fn policy(&self) -> &Policy {
        &self.inner.policy
    }

    /// The policy's id, revision and hash (SHA-256 of its JSON form), as
    /// audit records name it: which exact policy decided.
    pub fn policy_stamp(&self) -> PolicyStamp {
        self.inner
            .stamp
            .get_or_init(|| self.inner.policy.stamp())
            .clone()
    }

    /// The compiled detectors, sorted by id.
    pub fn detectors(&self) -> Vec<DetectorInfo> {
        self.inner
            .scanner
            .detectors
            .iter()
            .map(|d| d.info.clone())
            .collect()
    }

    /// Finds sensitive data in `text` and gives the text its tier.
    ///
    /// Infallible and deterministic; linear in the length of the text.
    pub fn classify(&self, text: &str) -> Report {
        let scanner = &self.inner.scanner;
        let findings: Vec<Finding> = scanner
            .scan(text)
            .into_iter()
            .map(|h| {
                let d = &scanner.detectors[h.detector].info;
                Finding {
                    detector: d.id.clone(),
                    category: d.category.clone(),
                    tier: d.tier,
                    score: h.score,
                    span: Span {
                        start: h.start,
                        end: h.end,
                    },
                    regulations: d.regulations.clone(),
                    redactable: d.redactable,
                    cell: None,
                }
            })
            .collect();
        let tier = findings
            .iter()
            .map(|f| f.tier)
            .max()
            .unwrap_or(Tier::Public);
        Report { tier, findings }
    }

    /// [`Engine::classify`] for `text` read after `context` (the key of the
    /// JSON member it is the value of, `card number: `): context words there
    /// count, findings are only those in `text`, with offsets into `text`.
    pub(crate) fn classify_in_context(&self, context: &str, text: &str) -> Report {
        if context.is_empty() {
            return self.classify(text);
        }
        let mut report = self.classify(&format!("{context}{text}"));
        let n = context.len();
        report.findings.retain(|f| f.span.start >= n);
        for f in &mut report.findings {
            f.span.start -= n;
            f.span.end -= n;
        }
        report.tier = report
            .findings
            .iter()
            .map(|f| f.tier)
            .max()
            .unwrap_or(Tier::Public);
        report
    }

    /// Classifies many texts on up to `threads` threads (0: one per core).
    ///
    /// Reports come back in input order and equal what [`Engine::classify`]
    /// gives for each text.
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let reports = engine.classify_many(&["hello", "mail jane.doe@acme.io"], 2);
    /// assert_eq!(reports[1].tier, tiergate::Tier::Sensitive);
    /// ```
    pub fn classify_many<S: AsRef<str> + Sync>(&self, texts: &[S], threads: usize) -> Vec<Report> {
        let threads = match threads {
            0 => std::thread::available_parallelism().map_or(1, |n| n.get()),
            n => n,
        }
        .min(texts.len())
        .max(1);
        if threads == 1 {
            return texts.iter().map(|t| self.classify(t.as_ref())).collect();
        }
        // Work is handed out in small batches so one long text does not stall a thread.
        let next = std::sync::atomic::AtomicUsize::new(0);
        let batch = (texts.len() / (threads * 8)).clamp(1, 256);
        let mut parts: Vec<Vec<(usize, Report)>> = std::thread::scope(|s| {
            let workers: Vec<_> = (0..threads)
                .map(|_| {
                    s.spawn(|| {
                        crate::error::mark_inside();
                        let mut out = Vec::new();
                        loop {
                            let start = next.fetch_add(batch, std::sync::atomic::Ordering::Relaxed);
                            if start >= texts.len() {
                                break out;
                            }
                            for (i, t) in texts.iter().enumerate().skip(start).take(batch) {
                                out.push((i, self.classify(t.as_ref())));
                            }
                        }
                    })
                })
                .collect();
            workers
                .into_iter()
                .map(|w| w.join().unwrap_or_else(|p| std::panic::resume_unwind(p)))
                .collect()
        });
        let mut all: Vec<(usize, Report)> = parts.drain(..).flatten().collect();
        all.sort_unstable_by_key(|(i, _)| *i);
        all.into_iter().map(|(_, r)| r).collect()
    }

    /// Looks up a destination of the policy.
    ///
    /// # Errors
    /// `unknown_destination`, listing the destinations the policy defines.
    pub fn destination(&self, id: &str) -> Result<&Destination, Error> {
        self.inner.policy.require_destination(id)
    }

    /// Decides what may happen to a classified text at `destination`.
    ///
    /// # Errors
    /// `unknown_destination` when the policy does not define `destination`.
    ///
    /// The report is not taken at its word: each finding of a detector this
    /// engine has counts with that detector's tier, category, regulations and
    /// redactability, and the report's tier is at least its findings' highest,
    /// so a report edited on its way back (a JSON tier of `public` over an
    /// SSN) cannot lower the decision.
    pub fn decide(&self, report: &Report, destination: &str) -> Result<Decision, Error> {
        let dest = self.destination(destination)?;
        let report = self.vouched(report);
        Ok(decision::decide(&self.inner.policy, &report, dest, |id| {
            self.detector_name(id)
        }))
    }

    /// Finds sensitive data in a document (Word, Excel, PowerPoint,
    /// OpenDocument or UTF-8 text, read from its content; `name` is only a
    /// hint): every part is classified on its own, and what could not be read
    /// (a PDF, an encrypted file, a part over the limits, a compression bomb)
    /// is listed. Infallible; the limits are [`document::Limits::default`].
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let report = engine.classify_document(b"SSN 536-90-4399", Some("notes.txt"));
    /// assert_eq!(report.tier, tiergate::Tier::Restricted);
    /// let decision = engine.decide_document(&report, "claude-projects")?;
    /// assert_eq!(decision.action, tiergate::Action::Block);
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    #[cfg(feature = "documents")]
    pub fn classify_document(&self, bytes: &[u8], name: Option<&str>) -> DocumentReport {
        let doc = document::extract(bytes, name, &self.inner.policy.documents.limits());
        let parts: Vec<PartReport> = doc
            .parts
            .into_iter()
            .map(|p| {
                let mut report = self.classify(&p.text);
                for f in &mut report.findings {
                    f.cell = p.cell_at(f.span.start).map(str::to_string);
                }
                PartReport {
                    report,
                    location: p.location,
                    text: p.text,
                }
            })
            .collect();
        DocumentReport {
            format: doc.format,
            tier: parts
                .iter()
                .map(|p| p.report.tier)
                .max()
                .unwrap_or(Tier::Public),
            parts,
            unreadable: doc.unreadable,
        }
    }

    /// The decision for a document `destination` would receive: its findings
    /// in every part decide as in [`Engine::decide`], and a part that could
    /// not be read counts as [`Engine::decide_unreadable`] does (its kind is
    /// the failure's code: `unsupported`, `corrupt`, `encrypted`,
    /// `too_large`, `bomb`).
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    #[cfg(feature = "documents")]
    pub fn decide_document(
        &self,
        report: &DocumentReport,
        destination: &str,
    ) -> Result<Decision, Error> {
        self.decide_parts(&report.merged(), &report.unreadable, destination)
    }

    /// [`Engine::decide_document`] for a document report in its wire form
    /// (one that went through JSON or a JavaScript object and came back).
    /// Offsets are not used.
    ///
    /// # Errors
    /// `invalid_argument` for a wire version this engine does not know;
    /// `unknown_destination` as [`Engine::decide`].
    pub fn decide_document_wire(
        &self,
        report: &DocumentReportWire,
        destination: &str,
    ) -> Result<Decision, Error> {
        let mut all = Report {
            tier: report.tier,
            findings: Vec::new(),
        };
        for part in &report.parts {
            part.report.check_version()?;
            let part = part.report.to_report_unplaced();
            all.tier = all.tier.max(part.tier);
            all.findings.extend(part.findings);
        }
        self.decide_parts(&all, &report.unreadable, destination)
    }

    /// The decision for a document's findings (`all`, every part's) and the
    /// places in it that could not be read.
    fn decide_parts(
        &self,
        all: &Report,
        unreadable: &[Unreadable],
        destination: &str,
    ) -> Result<Decision, Error> {
        let dest = self.destination(destination)?;
        let all = self.vouched(all);
        let policy = &self.inner.policy;
        let decision = decision::decide(policy, &all, dest, |id| self.detector_name(id));
        let unreadable = unreadable
            .iter()
            .map(|u| decision::UnreadablePart {
                path: u.location.clone(),
                kind: u.reason.code().to_string(),
            })
            .collect();
        Ok(decision::with_unreadable(
            decision, unreadable, policy, dest,
        ))
    }

    /// The decision for an input that could not be read at all: `kind` is
    /// `binary`, `too_large` or `not_utf8` (or a payload part's kind). Nothing
    /// in it was checked, so the policy's `[documents]` action for the kind
    /// decides (`over_limit` for `too_large`, block in the built-in policy;
    /// `unreadable` for the others, acknowledge; allow only by choice), and
    /// the decision lists it.
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let d = engine.decide_unreadable("binary", "claude-ai")?;
    /// assert_eq!(d.action, tiergate::Action::Acknowledge);
    /// assert_eq!(d.rule, "unreadable-content");
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn decide_unreadable(&self, kind: &str, destination: &str) -> Result<Decision, Error> {
        let dest = self.destination(destination)?;
        let policy = &self.inner.policy;
        let nothing = decision::decide(policy, &Report::default(), dest, |id| {
            self.detector_name(id)
        });
        let part = decision::UnreadablePart {
            path: String::new(),
            kind: kind.to_string(),
        };
        Ok(decision::with_unreadable(nothing, vec![part], policy, dest))
    }

    /// `report` as this engine writes it (see [`Engine::decide`]); borrowed
    /// when it already is.
    fn vouched<'r>(&self, report: &'r Report) -> std::borrow::Cow<'r, Report> {
        let as_written = |f: &Finding, d: &DetectorInfo| {
            f.tier == d.tier
                && f.category == d.category
                && f.regulations == d.regulations
                && f.redactable == d.redactable
        };
        let highest = |findings: &[Finding]| findings.iter().map(|f| f.tier).max();
        if report.tier >= highest(&report.findings).unwrap_or(Tier::Public)
            && report
                .findings
                .iter()
                .all(|f| self.info(&f.detector).is_none_or(|d| as_written(f, d)))
        {
            return std::borrow::Cow::Borrowed(report);
        }
        let mut fixed = report.clone();
        for f in &mut fixed.findings {
            if let Some(d) = self.info(&f.detector) {
                f.tier = d.tier;
                f.category.clone_from(&d.category);
                f.regulations.clone_from(&d.regulations);
                f.redactable = d.redactable;
            }
        }
        fixed.tier = fixed
            .tier
            .max(highest(&fixed.findings).unwrap_or(Tier::Public));
        std::borrow::Cow::Owned(fixed)
    }

    /// [`Engine::decide`] for a report in its wire form (a report that went
    /// through JSON or a JavaScript object and came back). Only the tiers,
    /// detectors, categories, regulations and redactability count; offsets are
    /// not used, in whatever unit they are.
    ///
    /// # Errors
    /// `invalid_argument` for a wire version this engine does not know;
    /// `unknown_destination` as [`Engine::decide`].
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let wire = engine.classify("mail jane.doe@acme.io").to_wire();
    /// let decision = engine.decide_wire(&wire, "claude-api")?;
    /// assert_eq!(decision, engine.check("mail jane.doe@acme.io", "claude-api")?);
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn decide_wire(&self, report: &ReportWire, destination: &str) -> Result<Decision, Error> {
        report.check_version()?;
        self.decide(&report.to_report_unplaced(), destination)
    }

    /// Classifies `text` and decides for `destination` in one call.
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    pub fn check(&self, text: &str, destination: &str) -> Result<Decision, Error> {
        self.destination(destination)?;
        self.decide(&self.classify(text), destination)
    }

    /// Decides for several texts sent together (the blocks of one request):
    /// the decision for all their findings at once.
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    pub fn check_many<S: AsRef<str>>(
        &self,
        texts: &[S],
        destination: &str,
    ) -> Result<Decision, Error> {
        self.destination(destination)?;
        let reports: Vec<Report> = texts.iter().map(|t| self.classify(t.as_ref())).collect();
        self.decide(&Report::combined(&reports), destination)
    }

    /// Replaces every redactable finding with a typed, numbered placeholder.
    ///
    /// The same value always gets the same placeholder (`[EMAIL_1]` twice).
    /// Findings whose span does not fit `text` are skipped, so a report
    /// from another text can never cause a panic.
    pub fn redact(&self, text: &str, report: &Report) -> Redacted {
        let mut one =
            redact::redact_all(&[text], std::slice::from_ref(report), |id| self.label(id));
        one.pop().expect("one text in, one out")
    }

    /// Classifies and redacts several texts (the blocks of one request) with
    /// one placeholder numbering: the same value is `[EMAIL_1]` in every text.
    ///
    /// Restore a reply with [`Redacted::restore_all`].
    ///
    /// # Example
    /// ```
    /// let engine = tiergate::Engine::builtin();
    /// let parts = engine.redact_many(&["from a@acme.io", "cc b@acme.io and a@acme.io"]);
    /// assert_eq!(parts[1].text(), "cc [EMAIL_2] and [EMAIL_1]");
    /// let reply = "Wrote to [EMAIL_1] and [EMAIL_2].";
    /// assert_eq!(tiergate::Redacted::restore_all(&parts, reply), "Wrote to a@acme.io and b@acme.io.");
    /// ```
    pub fn redact_many<S: AsRef<str>>(&self, texts: &[S]) -> Vec<Redacted> {
        let reports: Vec<Report> = texts.iter().map(|t| self.classify(t.as_ref())).collect();
        self.redact_reports(texts, &reports)
    }

    /// [`Engine::redact_many`] for texts already classified (`reports[i]` is
    /// the report of `texts[i]`).
    pub(crate) fn redact_reports<S: AsRef<str>>(
        &self,
        texts: &[S],
        reports: &[Report],
    ) -> Vec<Redacted> {
        redact::redact_all(texts, reports, |id| self.label(id))
    }

    /// A compiled detector's facts by id (detectors are sorted by id).
    fn info(&self, id: &str) -> Option<&DetectorInfo> {
        let ds = &self.inner.scanner.detectors;
        ds.binary_search_by(|d| d.info.id.as_str().cmp(id))
            .ok()
            .map(|i| &ds[i].info)
    }

    fn detector_name(&self, id: &str) -> String {
        self.info(id)
            .map_or_else(|| id.to_string(), |d| d.name.clone())
    }

    /// A detector's placeholder label (`EMAIL`).
    fn label(&self, id: &str) -> Option<String> {
        self.info(id).map(|d| d.label.clone())
    }
}

/// What a batch does with an item that is not text: a column's missing
/// value (`None` or `NaN` in pandas, `null` or `undefined` in JavaScript).
/// Every runtime's `classify_many` takes it as `errors`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum BatchErrors {
    /// An `invalid_argument` error naming the item's position and type, never its value.
    #[default]
    Strict,
    /// The item is classified as empty text: public, no findings.
    Ignore,
}

impl BatchErrors {
    /// The text to classify for item `index`, which is not text but a `kind`
    /// (the runtime's name of its type: `NoneType`, `float`, `null`).
    ///
    /// # Errors
    /// `invalid_argument` when strict.
    ///
    /// # Example
    /// ```
    /// use tiergate::BatchErrors;
    /// assert_eq!(BatchErrors::Ignore.not_text(3, "NoneType").unwrap(), "");
    /// let err = BatchErrors::Strict.not_text(3, "NoneType").unwrap_err();
    /// assert!(err.to_string().starts_with("texts[3] is NoneType, not text"));
    /// assert_eq!("ignore".parse::<BatchErrors>().unwrap(), BatchErrors::Ignore);
    /// assert_eq!("skip".parse::<BatchErrors>().unwrap_err().code(), "invalid_argument");
    /// ```
    pub fn not_text(self, index: usize, kind: &str) -> Result<String, Error> {
        match self {
            BatchErrors::Ignore => Ok(String::new()),
            BatchErrors::Strict => Err(Error::new(
                crate::ErrorKind::InvalidArgument,
                format!(
                    "texts[{index}] is {kind}, not text (a missing value?): fill or drop missing \
                     values first (classify_many reads them as empty text with errors = \"ignore\")"
                ),
            )),
        }
    }

    /// The name hosts use: `strict` or `ignore`.
    pub fn as_str(self) -> &'static str {
        match self {
            BatchErrors::Strict => "strict",
            BatchErrors::Ignore => "ignore",
        }
    }
}

impl std::str::FromStr for BatchErrors {
    type Err = Error;

    /// `strict` or `ignore`.
    ///
    /// # Errors
    /// `invalid_argument` for any other name.
    fn from_str(s: &str) -> Result<BatchErrors, Error> {
        match s {
            "strict" => Ok(BatchErrors::Strict),
            "ignore" => Ok(BatchErrors::Ignore),
            other => Err(Error::new(
                crate::ErrorKind::InvalidArgument,
                format!("errors must be 'strict' or 'ignore', not '{other}'"),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn assert_send_sync<T: Send + Sync + Clone>() {}

    #[test]
    fn engine_is_send_sync_clone() {
        assert_send_sync::<Engine>();
    }
}

/// What [`Engine::classify_document`] found: each part's report, where the
/// part is, and what could not be read.
#[cfg(feature = "documents")]
#[derive(Clone, Debug, PartialEq)]
pub struct DocumentReport {
    /// What the file is.
    pub format: Format,
    /// The highest tier of any part; public when nothing was found.
    pub tier: Tier,
    /// The parts that hold text, each with its own report (offsets are into
    /// the part's text).
    pub parts: Vec<PartReport>,
    /// What could not be read.
    pub unreadable: Vec<Unreadable>,
}

/// One part of a [`DocumentReport`].
#[cfg(feature = "documents")]
#[derive(Clone, Debug, PartialEq)]
pub struct PartReport {
    /// Where the part is in the document (`page 2`, `body`, `sheet "Archive" (hidden)`).
    pub location: String,
    /// What was found in its text.
    pub report: Report,
    /// The part's text: the findings' offsets are into it.
    pub text: String,
}

/// The wire form of a [`DocumentReport`] (`Engine::classify_document` in
/// every runtime): the format, the highest tier, each part's text and report
/// under its location (offsets into that text, in the runtime's unit), and
/// what could not be read. The CLI's JSON leaves the text out.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)] // documented in the README's wire format section
pub struct DocumentReportWire {
    pub version: u32,
    pub format: Format,
    pub tier: Tier,
    pub parts: Vec<PartWire>,
    pub unreadable: Vec<Unreadable>,
}

/// One part of a [`DocumentReportWire`].
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
#[allow(missing_docs)]
pub struct PartWire {
    pub location: String,
    /// The part's text, which the findings' offsets index (absent in the
    /// CLI's output, which never prints a document's text).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
    pub report: ReportWire,
}

#[cfg(feature = "documents")]
impl DocumentReportWire {
    /// The report back from its wire form with UTF-8 offsets and each part's
    /// text (how the WebAssembly policy module returns it).
    ///
    /// # Errors
    /// `invalid_argument` as [`ReportWire::to_report`], or when a part has
    /// no text.
    pub fn to_report(&self) -> Result<DocumentReport, Error> {
        let parts = self
            .parts
            .iter()
            .map(|p| {
                let text = p.text.clone().ok_or_else(|| {
                    Error::new(
                        crate::ErrorKind::InvalidArgument,
                        format!("document part `{}` has no text", p.location),
                    )
                })?;
                Ok(PartReport {
                    location: p.location.clone(),
                    report: p.report.to_report()?,
                    text,
                })
            })
            .collect::<Result<_, Error>>()?;
        Ok(DocumentReport {
            format: self.format,
            tier: self.tier,
            parts,
            unreadable: self.unreadable.clone(),
        })
    }
}

#[cfg(feature = "documents")]
impl DocumentReport {
    /// The wire form, offsets in `unit` for each part's text.
    pub fn to_wire_in(&self, unit: crate::OffsetUnit) -> DocumentReportWire {
        DocumentReportWire {
            version: crate::report::WIRE_VERSION,
            format: self.format,
            tier: self.tier,
            parts: self
                .parts
                .iter()
                .map(|p| PartWire {
                    location: p.location.clone(),
                    text: Some(p.text.clone()),
                    report: p.report.to_wire_in(&p.text, unit),
                })
                .collect(),
            unreadable: self.unreadable.clone(),
        }
    }

    /// Every part's findings in one report (their offsets are each into
    /// their own part): what a decision or an audit record needs.
    pub fn merged(&self) -> Report {
        Report {
            tier: self.tier,
            findings: self
                .parts
                .iter()
                .flat_map(|p| p.report.findings.iter().cloned())
                .collect(),
        }
    }
}
