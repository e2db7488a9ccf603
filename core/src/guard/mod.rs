//! Client guards: what a host in front of Claude does with one request.
//!
//! [`Engine::guard`] decides for the texts of a request together and says
//! whether to send them as they are, send them redacted, ask the user, or
//! refuse. [`Engine::guard_payload`] does the same for a JSON payload (a
//! Messages request, or content in a field of the host's API), walking it
//! with [`texts`] and rebuilding it with [`replace_texts`]. Every host's guard
//! (the Python and Node Anthropic guards, the Express middleware, the browser
//! extension) maps the outcome to its idiom; a streamed reply is restored with
//! [`StreamRestorer`](crate::StreamRestorer).

mod payload;

pub use payload::{replace_texts, texts, Shape};

use crate::decision::Decision;
use crate::engine::Engine;
use crate::error::{Error, ErrorKind};
use crate::redact::{Redacted, RedactedBatch};
use crate::tier::Action;
use serde_json::Value;
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

    /// [`Engine::guard`] for the texts of a JSON payload of `shape`; for
    /// `send_redacted`, the payload rebuilt with the redacted texts.
    ///
    /// # Errors
    /// `unknown_destination` as [`Engine::decide`].
    ///
    /// # Example
    /// ```
    /// use tiergate::guard::Shape;
    /// use tiergate::{Engine, GuardMode};
    /// let request = serde_json::json!({
    ///     "model": "claude-test",
    ///     "messages": [{"role": "user", "content": "mail jane.doe@acme.io"}]
    /// });
    /// let guarded = Engine::builtin().guard_payload(Shape::Request, &request, "claude-api", GuardMode::Redact)?;
    /// assert_eq!(guarded.outcome.name(), "send_redacted");
    /// let changed = guarded.payload.unwrap();
    /// assert_eq!(changed["messages"][0]["content"], "mail [EMAIL_1]");
    /// assert!(changed.get("model").is_none(), "only what changed");
    /// assert_eq!(guarded.decided_texts, ["mail [EMAIL_1]"]);
    /// # Ok::<(), tiergate::Error>(())
    /// ```
    pub fn guard_payload(
        &self,
        shape: Shape,
        payload: &Value,
        destination: &str,
        mode: GuardMode,
    ) -> Result<GuardedPayload, Error> {
        let found = texts(shape, payload);
        let outcome = self.guard(&found, destination, mode)?;
        let (decided_texts, payload) = match &outcome {
            GuardOutcome::SendRedacted { redactions, .. } => {
                let redacted: Vec<&str> = redactions.iter().map(Redacted::text).collect();
                let rebuilt = match (payload, replace_texts(shape, payload, &redacted)) {
                    // Only the members that changed: the host sets them over its own
                    // object, so what the walker never reads stays as the host had it.
                    (Value::Object(before), Value::Object(after)) => Value::Object(
                        after
                            .into_iter()
                            .filter(|(k, v)| before.get(k) != Some(v))
                            .collect(),
                    ),
                    (_, after) => after,
                };
                (
                    redacted.iter().map(|t| t.to_string()).collect(),
                    Some(rebuilt),
                )
            }
            _ => (found.iter().map(|t| t.to_string()).collect(), None),
        };
        Ok(GuardedPayload {
            outcome,
            decided_texts,
            payload,
        })
    }
}

/// What [`Engine::guard_payload`] found.
#[derive(Clone, Debug, PartialEq)]
pub struct GuardedPayload {
    /// What to do with the payload.
    pub outcome: GuardOutcome,
    /// The texts the decision was made on, in payload order: the redacted
    /// ones for `send_redacted` (what an audit record should fingerprint).
    pub decided_texts: Vec<String>,
    /// For `send_redacted`, what to send instead. For an object payload (a
    /// Messages request), only its members that hold redacted texts, to set
    /// over the host's own object, so what the walker never reads (request
    /// options, SDK helpers) passes as the host had it; for any other payload,
    /// the whole payload rebuilt.
    pub payload: Option<Value>,
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
}
