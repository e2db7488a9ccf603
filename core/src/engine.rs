//! The engine: a policy with its detectors compiled, shared cheaply between threads.

use crate::decision::{group, render, Decision, PolicyRef, Reason};
use crate::detect::{DetectorInfo, Scanner};
use crate::error::{Error, ErrorKind};
use crate::policy::{verdict, Destination, Policy, PolicyStamp};
use crate::redact::{Redacted, Replacement};
use crate::report::{Finding, Report, ReportWire, Span};
use crate::tier::{Action, Tier};
use std::collections::HashMap;
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
        self.inner.policy.destination(id).ok_or_else(|| {
            let known: Vec<&str> = self
                .inner
                .policy
                .destinations
                .iter()
                .map(|d| d.id.as_str())
                .collect();
            Error::new(
                ErrorKind::UnknownDestination,
                format!(
                    "unknown destination `{id}` (this policy defines: {})",
                    known.join(", ")
                ),
            )
        })
    }

    /// Decides what may happen to a classified text at `destination`.
    ///
    /// # Errors
    /// `unknown_destination` when the policy does not define `destination`.
    pub fn decide(&self, report: &Report, destination: &str) -> Result<Decision, Error> {
        let policy = &self.inner.policy;
        let dest = self.destination(destination)?;
        let regs = report.regulations();
        let v = verdict(policy, report.tier, &regs, dest);

        let mut reasons: Vec<Reason> = Vec::new();
        if v.action != Action::Allow {
            for (detector, (tier, count, regulations, category)) in group(report) {
                let action = verdict(policy, tier, &regulations, dest).action;
                if action != Action::Allow {
                    reasons.push(Reason {
                        detector: detector.to_string(),
                        name: self.detector_name(detector),
                        category: category.to_string(),
                        tier,
                        count,
                        regulations: regulations.iter().map(|s| s.to_string()).collect(),
                        action,
                    });
                }
            }
            reasons.sort_by(|a, b| {
                b.action
                    .cmp(&a.action)
                    .then(b.tier.cmp(&a.tier))
                    .then(a.detector.cmp(&b.detector))
            });
        }

        let recommended = self.recommend(report.tier, &regs);
        let residual = Report {
            findings: report
                .findings
                .iter()
                .filter(|f| !f.redactable)
                .cloned()
                .collect(),
            ..Report::default()
        };
        let residual_tier = residual
            .findings
            .iter()
            .map(|f| f.tier)
            .max()
            .unwrap_or(Tier::Public);
        let redaction_available =
            verdict(policy, residual_tier, &residual.regulations(), dest).action < v.action;

        let findings_phrase = if reasons.is_empty() {
            phrase(
                group(report)
                    .into_iter()
                    .map(|(d, g)| (self.detector_name(d), g.1)),
            )
        } else {
            phrase(reasons.iter().map(|r| (r.name.clone(), r.count)))
        };
        let recommended_phrase = if recommended.is_empty() {
            "no Claude deployment".to_string()
        } else {
            recommended
                .iter()
                .filter_map(|id| policy.destination(id).map(|d| d.name.clone()))
                .collect::<Vec<_>>()
                .join(" or ")
        };
        let escalation = (v.action != Action::Allow)
            .then(|| policy.escalation.as_ref().map(|e| e.for_tier(report.tier)))
            .flatten();
        let message = render(
            v.template,
            report.tier,
            dest,
            &findings_phrase,
            &recommended_phrase,
            escalation.as_ref(),
        );
        Ok(Decision {
            destination: dest.id.clone(),
            tier: report.tier,
            action: v.action,
            rule: v.rule.into_owned(),
            message,
            reasons,
            recommended,
            redaction_available,
            escalation,
            policy: PolicyRef {
                id: policy.id.clone(),
                revision: policy.revision.clone(),
            },
        })
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

    /// Approved destinations, in policy order, where this tier may be sent as it is;
    /// if there are none, those where it may be sent after acknowledgement.
    fn recommend(&self, tier: Tier, regs: &[&str]) -> Vec<String> {
        let policy = &self.inner.policy;
        let actions: Vec<(&Destination, Action)> = policy
            .destinations
            .iter()
            .filter(|d| d.approved)
            .map(|d| (d, verdict(policy, tier, regs, d).action))
            .collect();
        let pick = |ok: fn(Action) -> bool| -> Vec<String> {
            actions
                .iter()
                .filter(|(_, a)| ok(*a))
                .map(|(d, _)| d.id.clone())
                .collect()
        };
        let sendable = pick(Action::permits_sending);
        if sendable.is_empty() {
            pick(|a| a == Action::Acknowledge)
        } else {
            sendable
        }
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

    /// Replaces every redactable finding with a typed, numbered placeholder.
    ///
    /// The same value always gets the same placeholder (`[EMAIL_1]` twice).
    /// Findings whose span does not fit `text` are skipped, so a report
    /// from another text can never cause a panic.
    pub fn redact(&self, text: &str, report: &Report) -> Redacted {
        self.redact_with(text, report, &mut Placeholders::default())
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
        let mut placeholders = Placeholders::default();
        texts
            .iter()
            .map(|t| {
                let t = t.as_ref();
                self.redact_with(t, &self.classify(t), &mut placeholders)
            })
            .collect()
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
        let mut all = Report::default();
        for t in texts {
            let r = self.classify(t.as_ref());
            all.tier = all.tier.max(r.tier);
            all.findings.extend(r.findings);
        }
        self.decide(&all, destination)
    }

    /// Decides what a client guard does with the texts of one request.
    ///
    /// Allow and warn send as they are. A `redact` action from the policy, or
    /// any other action in [`GuardMode::Redact`] when redaction lowers it,
    /// sends the redacted texts if they are then allowed. Acknowledge asks the
    /// user; everything else is refused. Every host's guard maps the outcome to
    /// its idiom, so all of them behave the same.
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    ///
    /// # Example
    /// ```
    /// use tiergate::{Engine, GuardMode, GuardOutcome};
    /// let engine = Engine::builtin();
    /// match engine.guard(&["mail jane.doe@acme.io"], "claude-api", GuardMode::Redact)? {
    ///     GuardOutcome::SendRedacted { redactions, .. } => assert_eq!(redactions[0].text(), "mail [EMAIL_1]"),
    ///     other => panic!("{other:?}"),
    /// }
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn guard<S: AsRef<str>>(
        &self,
        texts: &[S],
        destination: &str,
        mode: GuardMode,
    ) -> Result<GuardOutcome, Error> {
        let decision = self.check_many(texts, destination)?;
        if decision.action.permits_sending() {
            return Ok(GuardOutcome::Send { decision });
        }
        let wants_redaction = decision.action == Action::Redact
            || (mode == GuardMode::Redact && decision.redaction_available);
        let decision = if wants_redaction {
            let redactions = self.redact_many(texts);
            let redacted: Vec<&str> = redactions.iter().map(Redacted::text).collect();
            let after = self.check_many(&redacted, destination)?;
            if after.action.permits_sending() {
                return Ok(GuardOutcome::SendRedacted {
                    decision: after,
                    redactions,
                });
            }
            after
        } else {
            decision
        };
        Ok(if decision.action == Action::Acknowledge {
            GuardOutcome::Acknowledge { decision }
        } else {
            GuardOutcome::Refuse { decision }
        })
    }

    fn redact_with(
        &self,
        text: &str,
        report: &Report,
        placeholders: &mut Placeholders,
    ) -> Redacted {
        let mut out = String::with_capacity(text.len());
        let mut replacements = Vec::new();
        let mut copied = 0;
        let mut findings: Vec<&Finding> = report.findings.iter().filter(|f| f.redactable).collect();
        findings.sort_by_key(|f| (f.span.start, f.span.end));
        for f in findings {
            let Some(value) = f.span.slice(text) else {
                continue;
            };
            if f.span.start < copied {
                continue;
            }
            let label = self
                .info(&f.detector)
                .map_or_else(|| f.detector.to_ascii_uppercase(), |d| d.label.clone());
            let placeholder = placeholders.get(&label, value);
            out.push_str(&text[copied..f.span.start]);
            let start = out.len();
            out.push_str(&placeholder);
            replacements.push(Replacement {
                placeholder,
                detector: f.detector.clone(),
                original_span: f.span,
                redacted_span: Span {
                    start,
                    end: out.len(),
                },
                original: value.to_string(),
            });
            copied = f.span.end;
        }
        out.push_str(&text[copied..]);
        Redacted {
            text: out,
            replacements,
        }
    }
}

/// How a client guard treats text the policy does not allow as it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum GuardMode {
    /// Refuse (unless the policy itself says `redact`).
    #[default]
    Block,
    /// Redact when that makes the request allowed.
    Redact,
}

/// What a client guard does with one request; see [`Engine::guard`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum GuardOutcome {
    /// Send the request as it is.
    Send {
        /// The decision (allow or warn).
        decision: Decision,
    },
    /// Send the redacted texts, then restore the reply with [`Redacted::restore_all`].
    SendRedacted {
        /// The decision for the redacted texts.
        decision: Decision,
        /// The redacted texts, in input order.
        redactions: Vec<Redacted>,
    },
    /// Send only if the user confirms `decision.message`.
    Acknowledge {
        /// The decision (acknowledge).
        decision: Decision,
    },
    /// Do not send.
    Refuse {
        /// Why.
        decision: Decision,
    },
}

/// Typed, numbered placeholders: the same value always gets the same one.
#[derive(Default)]
struct Placeholders {
    numbers: HashMap<String, usize>,
    assigned: HashMap<(String, String), String>,
}

impl Placeholders {
    fn get(&mut self, label: &str, value: &str) -> String {
        let numbers = &mut self.numbers;
        self.assigned
            .entry((label.to_string(), value.to_string()))
            .or_insert_with(|| {
                let n = numbers.entry(label.to_string()).or_insert(0);
                *n += 1;
                format!("[{label}_{n}]")
            })
            .clone()
    }
}

/// "Email address (2), Phone number".
fn phrase(items: impl Iterator<Item = (String, usize)>) -> String {
    items
        .map(|(name, n)| if n > 1 { format!("{name} ×{n}") } else { name })
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::BUILTIN_POLICY_TOML;

    fn assert_send_sync<T: Send + Sync + Clone>() {}

    #[test]
    fn engine_is_send_sync_clone() {
        assert_send_sync::<Engine>();
    }

    #[test]
    fn unknown_destination_is_an_error_with_code() {
        let e = Engine::builtin();
        let err = e.check("hello", "chatgpt").unwrap_err();
        assert_eq!(err.code(), "unknown_destination");
        assert!(err.message().contains("claude-ai"));
    }

    #[test]
    fn the_matrix_of_the_seed_framework() {
        let e = Engine::builtin();
        let cases = [
            (
                "Summarise our public blog post about gardening.",
                Tier::Public,
                ["allow", "allow", "allow", "allow"],
            ),
            (
                "INTERNAL USE ONLY: the onboarding checklist",
                Tier::Internal,
                ["warn", "warn", "acknowledge", "allow"],
            ),
            (
                "Customer email: jane.doe@acme.io",
                Tier::Sensitive,
                ["block", "block", "block", "allow"],
            ),
            (
                "key AKIAZ7Q3L5X9M2B4C6D8 leaked",
                Tier::Restricted,
                ["block", "block", "block", "block"],
            ),
        ];
        for (text, tier, actions) in cases {
            let r = e.classify(text);
            assert_eq!(r.tier, tier, "{text}");
            for (dest, want) in [
                "claude-ai",
                "claude-api",
                "claude-projects",
                "claude-enterprise-zdr",
            ]
            .iter()
            .zip(actions)
            {
                let d = e.decide(&r, dest).unwrap();
                assert_eq!(d.action.as_str(), want, "{text} -> {dest}: {}", d.message);
            }
        }
    }

    #[test]
    fn decisions_explain_without_leaking_values() {
        let e = Engine::builtin();
        let text = "Email jane.doe@acme.io and john@acme.io, SSN 536-90-4399";
        let d = e.check(text, "claude-ai").unwrap();
        assert_eq!(d.action, Action::Block);
        assert_eq!(d.rule, "restricted-never");
        assert!(d.redaction_available);
        assert!(d.recommended.is_empty());
        assert_eq!(d.reasons[0].detector, "us_ssn");
        assert_eq!(
            d.reasons
                .iter()
                .find(|r| r.detector == "email")
                .unwrap()
                .count,
            2
        );
        assert!(d.message.contains("Restricted"), "{}", d.message);
        for secret in ["jane.doe", "acme.io", "536-90-4399"] {
            assert!(!d.message.contains(secret) && !d.to_json().contains(secret));
        }
        assert!(d.escalation.is_some());
        let v: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
        assert_eq!(v["version"], 1);
        assert_eq!(v["action"], "block");
        let back: Decision = serde_json::from_str(&d.to_json()).unwrap();
        assert_eq!(back, d);
    }

    #[test]
    fn escalation_text_per_tier_reaches_messages_and_decisions() {
        let src = BUILTIN_POLICY_TOML.replacen(
            "[escalation]\ncontact = \"your data-protection team (set escalation.contact in the policy)\"",
            "[escalation]\ncontact = \"privacy@acme.example\"\nurl = \"https://acme.example/ai\"\n\
             text = \"Questions: {contact}.\"\n\
             [escalation.tiers]\nrestricted = \"Never paste this; call {contact} or see {url}.\"",
            1,
        );
        let engine = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
        let restricted = engine.check("SSN 536-90-4399", "claude-ai").unwrap();
        assert!(restricted.message.ends_with(
            "Never paste this; call privacy@acme.example or see https://acme.example/ai."
        ));
        let esc = restricted.escalation.clone().unwrap();
        assert_eq!(
            esc.text.as_deref(),
            Some("Never paste this; call {contact} or see {url}.")
        );
        assert!(
            esc.tiers.is_empty(),
            "a decision carries only its tier's text"
        );
        let sensitive = engine.check("mail jane.doe@acme.io", "claude-ai").unwrap();
        let esc = sensitive.escalation.unwrap();
        assert_eq!(esc.sentence(), "Questions: privacy@acme.example.");
        let allowed = engine.check("hello", "claude-ai").unwrap();
        assert_eq!(allowed.escalation, None);
    }

    #[test]
    fn markings_are_not_redactable() {
        let e = Engine::builtin();
        let d = e
            .check(
                "PRIVILEGED & CONFIDENTIAL - contact jane.doe@acme.io",
                "claude-enterprise-zdr",
            )
            .unwrap();
        assert_eq!(d.action, Action::Block);
        assert!(!d.redaction_available);
        let d = e.check("contact jane.doe@acme.io", "claude-ai").unwrap();
        assert!(d.redaction_available);
    }

    #[test]
    fn hipaa_needs_a_baa() {
        let src = Policy::builtin_source()
            .replace("agreements = [\"dpa\", \"baa\"]", "agreements = [\"dpa\"]");
        let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
        let d = e
            .check("MRN: 00482913 for the patient", "claude-enterprise-zdr")
            .unwrap();
        assert_eq!(d.action, Action::Block);
        assert_eq!(d.rule, "regulation:hipaa");
        assert!(d.message.contains("Business Associate Agreement"));
        let d = Engine::builtin()
            .check("MRN: 00482913 for the patient", "claude-enterprise-zdr")
            .unwrap();
        assert_eq!(d.action, Action::Allow);
    }

    #[test]
    fn redaction_numbers_placeholders_and_restores() {
        let e = Engine::builtin();
        let text = "a@acme.io, b@acme.io, a@acme.io; call (415) 867-5309";
        let r = e.redact(text, &e.classify(text));
        assert_eq!(r.text(), "[EMAIL_1], [EMAIL_2], [EMAIL_1]; call [PHONE_1]");
        assert_eq!(r.replacements().len(), 4);
        assert_eq!(
            r.restore("to [EMAIL_2] and [PHONE_1]"),
            "to b@acme.io and (415) 867-5309"
        );
        assert!(!r.to_json().contains("acme"));
        // The redacted text is public.
        assert_eq!(e.classify(r.text()).tier, Tier::Public);
    }

    #[test]
    fn classify_many_matches_classify_in_order() {
        let e = Engine::builtin();
        let texts: Vec<String> = (0..500)
            .map(|i| match i % 3 {
                0 => format!("row {i}: nothing here"),
                1 => format!("row {i}: mail user{i}@acme.io"),
                _ => format!("row {i}: SSN 536-90-4399"),
            })
            .collect();
        let many = e.classify_many(&texts, 2);
        assert_eq!(many.len(), texts.len());
        for (t, r) in texts.iter().zip(&many) {
            assert_eq!(&e.classify(t), r);
        }
        assert!(e.classify_many(&Vec::<String>::new(), 0).is_empty());
    }

    #[test]
    fn batches_decide_together_and_share_placeholders() {
        let e = Engine::builtin();
        let d = e
            .check_many(
                &["system prompt", "INTERNAL USE ONLY", "mail a@acme.io"],
                "claude-ai",
            )
            .unwrap();
        assert_eq!((d.tier, d.action), (Tier::Sensitive, Action::Block));
        assert_eq!(d.reasons.len(), 2);
        assert_eq!(
            e.check_many(&["fine", "also fine"], "claude-ai")
                .unwrap()
                .action,
            Action::Allow
        );
        assert!(e.check_many(&["x"], "nowhere").is_err());
        let parts = e.redact_many(&["a@acme.io", "b@acme.io a@acme.io"]);
        assert_eq!(parts[0].text(), "[EMAIL_1]");
        assert_eq!(parts[1].text(), "[EMAIL_2] [EMAIL_1]");
        assert_eq!(
            Redacted::restore_all(&parts, "[EMAIL_2]/[EMAIL_1]"),
            "b@acme.io/a@acme.io"
        );
    }

    #[test]
    fn guard_outcomes() {
        let e = Engine::builtin();
        let send = e
            .guard(&["gardening tips"], "claude-api", GuardMode::Block)
            .unwrap();
        assert!(matches!(send, GuardOutcome::Send { .. }));
        let refuse = e
            .guard(&["mail a@acme.io"], "claude-api", GuardMode::Block)
            .unwrap();
        assert!(
            matches!(refuse, GuardOutcome::Refuse { ref decision } if decision.action == Action::Block)
        );
        let redacted = e
            .guard(&["hi", "mail a@acme.io"], "claude-api", GuardMode::Redact)
            .unwrap();
        match redacted {
            GuardOutcome::SendRedacted {
                decision,
                redactions,
            } => {
                assert_eq!(decision.action, Action::Allow);
                assert_eq!(redactions[1].text(), "mail [EMAIL_1]");
            }
            other => panic!("{other:?}"),
        }
        let marking = e
            .guard(
                &["PRIVILEGED & CONFIDENTIAL"],
                "claude-api",
                GuardMode::Redact,
            )
            .unwrap();
        assert!(matches!(marking, GuardOutcome::Refuse { .. }));
        let ack = e
            .guard(&["INTERNAL USE ONLY"], "claude-projects", GuardMode::Redact)
            .unwrap();
        assert!(matches!(ack, GuardOutcome::Acknowledge { .. }));
        assert!(e.guard(&["x"], "nowhere", GuardMode::Block).is_err());
    }

    #[test]
    fn engine_errors_point_at_the_detector() {
        let src = format!("{BUILTIN_POLICY_TOML}\n[detectors.codename]\ncategory = \"nope\"\nkeywords = [\"Bluebird\"]\n");
        let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap_err();
        assert_eq!(e.code(), "policy_invalid");
        assert_eq!(e.path(), Some("detectors.codename.category"));
        let loc = e.location().expect("located");
        assert!(
            src.lines()
                .nth(loc.line - 1)
                .unwrap()
                .starts_with("category = \"nope\""),
            "{e}"
        );
    }

    #[test]
    fn redact_ignores_a_report_from_another_text() {
        let e = Engine::builtin();
        let report = e.classify("a long text with jane.doe@acme.io in it");
        let r = e.redact("short", &report);
        assert_eq!(r.text(), "short");
    }
}
