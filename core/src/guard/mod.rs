//! Client guards: what a host in front of Claude does with one request.
//!
//! [`Engine::guard`] decides for the texts of a request together and says
//! whether to send them as they are, send them redacted, ask the user, or
//! refuse. [`Engine::guard_payload`] does the same for a JSON payload (a
//! Messages request, a batch of them, a field of the host's own API),
//! walking every part of it ([`parts`]) and rebuilding it with
//! [`replace_texts`]. Every host's guard
//! (the Python and Node Anthropic guards, the Express middleware, the browser
//! extension) maps the outcome to its idiom; a streamed reply is restored with
//! [`StreamRestorer`](crate::StreamRestorer).

mod payload;

pub use payload::{parts, replace_texts, texts, Part, PartContent};

use crate::decision::{with_unreadable, Decision, UnreadablePart};
use crate::engine::Engine;
use crate::error::{Error, ErrorKind};
use crate::redact::{Redacted, RedactedBatch};
use crate::report::Report;
use crate::tier::Action;
use serde_json::Value;
use std::collections::HashMap;
use std::fmt;
use std::str::FromStr;

impl Engine {
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
        let contexts = vec![""; texts.len()];
        Ok(self
            .guard_texts(texts, &contexts, destination, mode)?
            .outcome)
    }

    /// [`Engine::guard`] for texts each read after its context (see
    /// [`Engine::classify_in_context`]), with the report of each text the
    /// outcome was decided on and, when that was the redacted texts, the
    /// redactions (also for `acknowledge` and `refuse`).
    fn guard_texts<S: AsRef<str>>(
        &self,
        texts: &[S],
        contexts: &[&str],
        destination: &str,
        mode: GuardMode,
    ) -> Result<Guarded, Error> {
        self.destination(destination)?;
        // A request repeats its keys and values (`type`, `text`, `user`, a
        // system prompt resent every turn) many times: each distinct text, in
        // its context, is classified once.
        let classify = |texts: &mut dyn Iterator<Item = &str>| -> Vec<Report> {
            let mut seen: HashMap<(&str, &str), Report> = HashMap::new();
            texts
                .zip(contexts)
                .map(|(t, c)| {
                    seen.entry((c, t))
                        .or_insert_with(|| self.classify_in_context(c, t))
                        .clone()
                })
                .collect()
        };
        let reports = classify(&mut texts.iter().map(AsRef::as_ref));
        let decision = self.decide(&Report::combined(&reports), destination)?;
        if decision.action.permits_sending() {
            let outcome = GuardOutcome::Send { decision };
            return Ok(Guarded {
                outcome,
                reports,
                redactions: None,
            });
        }
        let wants_redaction = decision.action == Action::Redact
            || (mode == GuardMode::Redact && decision.redaction_available);
        let (decision, reports, redactions) = if wants_redaction {
            let redactions = self.redact_reports(texts, &reports);
            let after = classify(&mut redactions.iter().map(Redacted::text));
            let decision = self.decide(&Report::combined(&after), destination)?;
            if decision.action.permits_sending() {
                let outcome = GuardOutcome::SendRedacted {
                    decision,
                    redactions,
                };
                return Ok(Guarded {
                    outcome,
                    reports: after,
                    redactions: None,
                });
            }
            (decision, after, Some(redactions))
        } else {
            (decision, reports, None)
        };
        let outcome = if decision.action == Action::Acknowledge {
            GuardOutcome::Acknowledge { decision }
        } else {
            GuardOutcome::Refuse { decision }
        };
        Ok(Guarded {
            outcome,
            reports,
            redactions,
        })
    }

    /// [`Engine::guard`] for a JSON payload: a Messages request, a Message
    /// Batches request, or any JSON a host's API carries. Every string,
    /// number and boolean in it is checked ([`parts`]); images, PDFs and
    /// uploaded files, which tiergate cannot read, follow the policy's
    /// `[documents] unreadable` action. The decision's reasons say where their
    /// findings are, and it lists the unreadable parts.
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    ///
    /// # Example
    /// ```
    /// use tiergate::{Engine, GuardMode};
    /// let request = serde_json::json!({
    ///     "model": "claude-test",
    ///     "tools": [{"name": "crm", "description": "Looks people up", "input_schema": {"type": "object"}}],
    ///     "messages": [{"role": "assistant", "content": [
    ///         {"type": "tool_use", "id": "t1", "name": "crm", "input": {"query": "jane.doe@acme.io"}}
    ///     ]}]
    /// });
    /// let engine = Engine::builtin();
    /// let blocked = engine.guard_payload(&request, "claude-api", GuardMode::Block)?;
    /// assert_eq!(blocked.outcome.name(), "refuse");
    /// assert_eq!(blocked.outcome.decision().reasons[0].paths, ["messages[0].content[0].input.query"]);
    /// let redacted = engine.guard_payload(&request, "claude-api", GuardMode::Redact)?;
    /// let changed = redacted.payload.unwrap();
    /// assert_eq!(changed["messages"][0]["content"][0]["input"]["query"], "[EMAIL_1]");
    /// assert!(changed.get("model").is_none(), "only the members that changed");
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn guard_payload(
        &self,
        payload: &Value,
        destination: &str,
        mode: GuardMode,
    ) -> Result<GuardedPayload, Error> {
        let found = parts(payload);
        let (mut texts, mut paths, mut unreadable) = (Vec::new(), Vec::new(), Vec::new());
        let contexts: Vec<String> = found
            .iter()
            .filter(|p| p.text().is_some())
            .map(|p| match p.key {
                Some(key) if !p.is_key => key_context(key),
                _ => String::new(),
            })
            .collect();
        for part in &found {
            match &part.content {
                PartContent::Text(t) => {
                    texts.push(t.as_ref());
                    paths.push(part.path.as_str());
                }
                PartContent::Unreadable(kind) => unreadable.push(UnreadablePart {
                    path: part.path.clone(),
                    kind: kind.to_string(),
                }),
            }
        }
        let contexts: Vec<&str> = contexts.iter().map(String::as_str).collect();
        let guarded = self.guard_texts(&texts, &contexts, destination, mode)?;
        let (name, mut decision, batch) = guarded.outcome.into_parts();
        // Redacted texts that still need the person's confirmation are what is
        // sent once they confirm, never the originals.
        let redacted = batch.or(guarded.redactions.map(RedactedBatch::new));
        for reason in &mut decision.reasons {
            reason.paths = guarded
                .reports
                .iter()
                .zip(&paths)
                .filter(|(r, _)| r.findings.iter().any(|f| f.detector == reason.detector))
                .map(|(_, p)| p.to_string())
                .collect();
        }
        let dest = self.destination(destination)?;
        let decision = with_unreadable(decision, unreadable, self.policy(), dest);
        // The unreadable parts can make the outcome stricter, never looser.
        let outcome = match (name, decision.action) {
            (_, Action::Block) | ("refuse", _) => GuardOutcome::Refuse { decision },
            (_, Action::Acknowledge) | ("acknowledge", _) => GuardOutcome::Acknowledge { decision },
            _ => match &redacted {
                Some(batch) => GuardOutcome::SendRedacted {
                    decision,
                    redactions: batch.parts().to_vec(),
                },
                None => GuardOutcome::Send { decision },
            },
        };
        let decided_texts: Vec<String> = match &redacted {
            Some(batch) => batch.texts().iter().map(|t| t.to_string()).collect(),
            None => texts.iter().map(|t| t.to_string()).collect(),
        };
        // Nothing is sent on `refuse`, so there is nothing to send instead.
        let redacted = redacted.filter(|_| outcome.name() != "refuse");
        let payload = match &redacted {
            Some(batch) => {
                let rebuilt = match (payload, replace_texts(payload, &batch.texts())) {
                    // Only the members that changed: the host sets them over its own
                    // object, so what the walker never changes stays as the host had it.
                    (Value::Object(before), Value::Object(after)) => Value::Object(
                        after
                            .into_iter()
                            .filter(|(k, v)| before.get(k) != Some(v))
                            .collect(),
                    ),
                    (_, after) => after,
                };
                Some(rebuilt)
            }
            None => None,
        };
        Ok(GuardedPayload {
            outcome,
            decided_texts,
            payload,
            redacted,
        })
    }
}

/// A member's key as words before its value: `card_number`, `cardNumber`
/// and `card-number` all read `card number: `, so a detector's context words
/// (`card`) count for the value.
fn key_context(key: &str) -> String {
    let mut words = String::with_capacity(key.len() + 2);
    let mut previous = ' ';
    for c in key.chars() {
        if matches!(c, '_' | '-' | '.') {
            words.push(' ');
        } else {
            if c.is_uppercase() && previous.is_lowercase() {
                words.push(' ');
            }
            words.push(c);
        }
        previous = c;
    }
    words.push_str(": ");
    words
}

/// What [`Engine::guard_texts`] found: the outcome, the reports it was
/// decided on and, when those are of redacted texts the outcome does not
/// carry (`acknowledge`, `refuse`), the redactions.
struct Guarded {
    outcome: GuardOutcome,
    reports: Vec<Report>,
    redactions: Option<Vec<Redacted>>,
}

/// What [`Engine::guard_payload`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct GuardedPayload {
    /// What to do with the payload.
    pub outcome: GuardOutcome,
    /// The texts the decision was made on, in the order of [`parts`]: the redacted
    /// ones when the texts were redacted (what an audit record should fingerprint).
    pub decided_texts: Vec<String>,
    /// When the texts were redacted, what to send instead (after the person
    /// confirms, if the outcome is `acknowledge`). For an object payload (a
    /// Messages request), only its members that hold redacted texts, to set
    /// over the host's own object, so what the walker never changes (request
    /// options, SDK helpers) passes as the host had it; for any other payload,
    /// the whole payload rebuilt.
    pub payload: Option<Value>,
    /// When the texts were redacted, the redactions, to restore the reply
    /// (none on `refuse`: nothing is sent).
    pub redacted: Option<RedactedBatch>,
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

impl GuardMode {
    /// The name hosts use: `block` or `redact`.
    pub fn as_str(self) -> &'static str {
        match self {
            GuardMode::Block => "block",
            GuardMode::Redact => "redact",
        }
    }
}

impl fmt::Display for GuardMode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for GuardMode {
    type Err = Error;

    /// `block` or `redact`.
    ///
    /// # Errors
    /// `invalid_argument` for any other name.
    fn from_str(s: &str) -> Result<GuardMode, Error> {
        match s {
            "block" => Ok(GuardMode::Block),
            "redact" => Ok(GuardMode::Redact),
            other => Err(Error::new(
                ErrorKind::InvalidArgument,
                format!("mode must be 'block' or 'redact', not '{other}'"),
            )),
        }
    }
}

impl GuardOutcome {
    /// The outcome's name hosts use: `send`, `send_redacted`, `acknowledge` or `refuse`.
    pub fn name(&self) -> &'static str {
        match self {
            GuardOutcome::Send { .. } => "send",
            GuardOutcome::SendRedacted { .. } => "send_redacted",
            GuardOutcome::Acknowledge { .. } => "acknowledge",
            GuardOutcome::Refuse { .. } => "refuse",
        }
    }

    /// The decision behind the outcome.
    pub fn decision(&self) -> &Decision {
        match self {
            GuardOutcome::Send { decision }
            | GuardOutcome::SendRedacted { decision, .. }
            | GuardOutcome::Acknowledge { decision }
            | GuardOutcome::Refuse { decision } => decision,
        }
    }

    /// The outcome as its name, its decision and, for `send_redacted`, the
    /// redacted texts: the parts every binding hands to its host.
    pub fn into_parts(self) -> (&'static str, Decision, Option<RedactedBatch>) {
        let name = self.name();
        match self {
            GuardOutcome::SendRedacted {
                decision,
                redactions,
            } => (name, decision, Some(RedactedBatch::new(redactions))),
            GuardOutcome::Send { decision }
            | GuardOutcome::Acknowledge { decision }
            | GuardOutcome::Refuse { decision } => (name, decision, None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::policy::Policy;

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
    fn modes_and_outcomes_have_the_names_hosts_use() {
        for mode in [GuardMode::Block, GuardMode::Redact] {
            assert_eq!(mode.as_str().parse::<GuardMode>().unwrap(), mode);
        }
        let err = "Redact".parse::<GuardMode>().unwrap_err();
        assert_eq!(err.code(), "invalid_argument");
        assert!(err.message().contains("'block' or 'redact'"));
        let e = Engine::builtin();
        let (name, decision, redacted) = e
            .guard(&["mail a@acme.io"], "claude-api", GuardMode::Redact)
            .unwrap()
            .into_parts();
        assert_eq!((name, decision.action), ("send_redacted", Action::Allow));
        assert_eq!(redacted.unwrap().texts(), ["mail [EMAIL_1]"]);
        let refuse = e
            .guard(&["mail a@acme.io"], "claude-api", GuardMode::Block)
            .unwrap();
        assert_eq!(refuse.name(), "refuse");
        assert_eq!(refuse.decision().action, Action::Block);
    }

    fn image() -> serde_json::Value {
        serde_json::json!({"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}})
    }

    #[test]
    fn unreadable_parts_follow_the_policy_and_are_named_by_path() {
        let with_contact = "extends = \"builtin\"\nid = \"acme\"\nrevision = \"1\"\n\
                            [escalation]\ncontact = \"privacy@acme.example\"\n";
        let e = Engine::new(crate::Policy::from_toml(with_contact).unwrap()).unwrap();
        let request = serde_json::json!({"messages": [{"role": "user", "content": [{"type": "text", "text": "what is this?"}, image()]}]});
        let g = e
            .guard_payload(&request, "claude-api", GuardMode::Block)
            .unwrap();
        let d = g.outcome.decision();
        assert_eq!(
            (g.outcome.name(), d.action),
            ("acknowledge", Action::Acknowledge)
        );
        assert_eq!(d.rule, "unreadable-content");
        assert_eq!(
            d.unreadable,
            [UnreadablePart {
                path: "messages[0].content[1]".into(),
                kind: "image".into()
            }]
        );
        assert!(
            d.message.contains("an image at messages[0].content[1]"),
            "{}",
            d.message
        );
        assert_eq!(
            d.escalation.as_ref().map(|e| e.contact.as_str()),
            Some("privacy@acme.example")
        );
        // Stricter text decisions stay, and still list the part.
        let secret = serde_json::json!({"messages": [{"role": "user", "content": [{"type": "text", "text": "SSN 536-90-4399"}, image()]}]});
        let g = e
            .guard_payload(&secret, "claude-api", GuardMode::Block)
            .unwrap();
        assert_eq!(
            (g.outcome.name(), g.outcome.decision().rule.as_str()),
            ("refuse", "restricted-never")
        );
        assert_eq!(g.outcome.decision().unreadable.len(), 1);

        let with = |action: &str| {
            let src = Policy::builtin_source().replace(
                "unreadable = \"acknowledge\"",
                &format!("unreadable = \"{action}\""),
            );
            Policy::from_toml(&src).and_then(Engine::new)
        };
        let block = with("block").unwrap();
        assert_eq!(
            block
                .guard_payload(&request, "claude-api", GuardMode::Block)
                .unwrap()
                .outcome
                .name(),
            "refuse"
        );
        let allow = with("allow").unwrap();
        let g = allow
            .guard_payload(&request, "claude-api", GuardMode::Block)
            .unwrap();
        assert_eq!(
            (g.outcome.name(), g.outcome.decision().rule.as_str()),
            ("send", "public-anywhere")
        );
        assert_eq!(
            g.outcome.decision().unreadable.len(),
            1,
            "listed even when allowed"
        );
        let err = with("redact").unwrap_err();
        assert_eq!(
            (err.code(), err.path()),
            ("policy_invalid", Some("documents.unreadable"))
        );
    }

    #[test]
    fn redacted_text_with_an_image_asks_first_and_keeps_the_redaction() {
        let e = Engine::builtin();
        let request = serde_json::json!({"model": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": "mail jane.doe@acme.io"}, image()]}]});
        let g = e
            .guard_payload(&request, "claude-api", GuardMode::Redact)
            .unwrap();
        assert_eq!(g.outcome.name(), "acknowledge");
        let payload = g.payload.unwrap();
        assert_eq!(
            payload["messages"][0]["content"][0]["text"],
            "mail [EMAIL_1]"
        );
        assert_eq!(
            payload["messages"][0]["content"][1],
            image(),
            "the image is sent as it was"
        );
        assert!(payload.get("model").is_none());
        assert_eq!(
            g.redacted.unwrap().restore("to [EMAIL_1]"),
            "to jane.doe@acme.io"
        );
        assert!(g.decided_texts.iter().any(|t| t == "mail [EMAIL_1]"));
    }

    #[test]
    fn redaction_that_still_needs_confirmation_sends_the_redacted_texts() {
        let e = Engine::builtin();
        let text = "INTERNAL USE ONLY: mail jane.doe@acme.io";
        let request = serde_json::json!({"messages": [{"role": "user", "content": text}]});
        let g = e
            .guard_payload(&request, "claude-projects", GuardMode::Redact)
            .unwrap();
        assert_eq!(g.outcome.name(), "acknowledge");
        let payload = g
            .payload
            .expect("the redacted payload to send once confirmed");
        let sent = payload["messages"][0]["content"].as_str().unwrap();
        assert!(
            sent.contains("[EMAIL_1]") && !sent.contains("jane.doe"),
            "{sent}"
        );
        assert_eq!(g.redacted.unwrap().restore("[EMAIL_1]"), "jane.doe@acme.io");
        assert!(g.decided_texts.iter().any(|t| t == sent));
        assert!(!g.decided_texts.iter().any(|t| t.contains("jane.doe")));
        // The same request is refused in block mode, with nothing to send instead.
        let g = e
            .guard_payload(&request, "claude-projects", GuardMode::Block)
            .unwrap();
        assert_eq!(g.outcome.name(), "refuse");
        assert!(g.payload.is_none() && g.redacted.is_none());
    }

    #[test]
    fn batches_tools_and_metadata_are_checked_with_their_paths() {
        let e = Engine::builtin();
        let batch = serde_json::json!({"requests": [
            {"custom_id": "a", "params": {"model": "m", "max_tokens": 5, "messages": [{"role": "user", "content": "hello"}]}},
            {"custom_id": "b", "params": {"model": "m", "max_tokens": 5,
                "tools": [{"name": "t", "description": "Ask jane.doe@acme.io", "input_schema": {"type": "object"}}],
                "metadata": {"user_id": "536-90-4399"},
                "messages": [{"role": "user", "content": "hi"}]}}
        ]});
        let g = e
            .guard_payload(&batch, "claude-api", GuardMode::Block)
            .unwrap();
        let d = g.outcome.decision();
        assert_eq!(g.outcome.name(), "refuse");
        let at = |detector: &str| {
            d.reasons
                .iter()
                .find(|r| r.detector == detector)
                .map(|r| r.paths.clone())
        };
        assert_eq!(
            at("us_ssn").unwrap(),
            ["requests[1].params.metadata.user_id"]
        );
        assert_eq!(
            at("email").unwrap(),
            ["requests[1].params.tools[0].description"]
        );
        assert!(!d.to_json().contains("536-90-4399") && !d.to_json().contains("jane.doe"));
        let clean = e
            .guard_payload(
                &serde_json::json!({"requests": []}),
                "claude-api",
                GuardMode::Block,
            )
            .unwrap();
        assert_eq!(clean.outcome.name(), "send");
    }

    #[test]
    fn a_member_key_is_context_for_its_value_and_is_checked_itself() {
        let e = Engine::builtin();
        // A bare 16-digit number is no card; under a key that says so, it is.
        let bare = serde_json::json!({"input": {"ref": 4539148803436467_u64}});
        assert_eq!(
            e.guard_payload(&bare, "claude-api", GuardMode::Block)
                .unwrap()
                .outcome
                .name(),
            "send"
        );
        for key in ["card_number", "cardNumber", "card-number"] {
            let v = serde_json::json!({"input": {key: 4539148803436467_u64}});
            let g = e.guard_payload(&v, "claude-api", GuardMode::Block).unwrap();
            let d = g.outcome.decision();
            assert_eq!(d.reasons[0].detector, "payment_card", "{key}");
            assert_eq!(d.reasons[0].paths, [format!("input.{key}")]);
        }
        // A key is a text too; redacted, the member is renamed.
        let keyed = serde_json::json!({"metadata": {"jane.doe@acme.io": "owner"}});
        let g = e
            .guard_payload(&keyed, "claude-api", GuardMode::Redact)
            .unwrap();
        assert_eq!(g.outcome.name(), "send_redacted");
        assert_eq!(
            g.payload.unwrap(),
            serde_json::json!({"metadata": {"[EMAIL_1]": "owner"}})
        );
        assert_eq!(key_context("cardNumber"), "card Number: ");
    }
}
