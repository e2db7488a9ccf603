//! Decisions: what may happen to a classified text at one destination, and why.
//!
//! The policy's rules give the action (`policy::verdict`); this stage adds
//! the reasons (which detectors caused it), the recommended destinations,
//! whether redaction would help, who to ask, and the message (`phrase`).

mod phrase;

use crate::policy::{verdict, Destination, Escalation, Policy};
use crate::report::{Report, WIRE_VERSION};
use crate::tier::{Action, Tier};
use phrase::{phrase, render};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The answer for one text and one destination.
///
/// Serialises to the versioned wire form (`{"version":1,"destination":...}`).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Decision {
    /// Destination id the decision is for.
    pub destination: String,
    /// The text's tier.
    pub tier: Tier,
    /// What the host must do.
    pub action: Action,
    /// The id of the rule that decided (`sensitive-retained`, `regulation:hipaa`, `no-rule`).
    pub rule: String,
    /// A plain-language explanation. It names detectors, never scanned values.
    pub message: String,
    /// The detectors whose findings caused a non-allow action, most severe first.
    pub reasons: Vec<Reason>,
    /// Destinations (ids, in policy order) where this text may be sent as it is.
    pub recommended: Vec<String>,
    /// Whether redacting the redactable findings would lower the action here.
    pub redaction_available: bool,
    /// Who to ask; present on every non-allow decision when the policy names someone.
    pub escalation: Option<Escalation>,
    /// The policy that decided.
    pub policy: PolicyRef,
    /// Parts of a payload tiergate cannot read (images, PDFs, uploaded
    /// files), for decisions on a whole payload ([`Engine::guard_payload`](crate::Engine::guard_payload)).
    #[serde(default)]
    pub unreadable: Vec<UnreadablePart>,
}

/// A part of a payload tiergate cannot read.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct UnreadablePart {
    /// Where it is (`messages[0].content[1]`).
    pub path: String,
    /// What it is: `image`, `pdf`, `file` (parts of a payload); `binary`,
    /// `too_large`, `not_utf8` (a whole input, [`Engine::decide_unreadable`](crate::Engine::decide_unreadable)).
    pub kind: String,
}

/// Findings of one detector that drove a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reason {
    /// Detector id.
    pub detector: String,
    /// Detector's human name.
    pub name: String,
    /// Category.
    pub category: String,
    /// Tier of these findings.
    pub tier: Tier,
    /// Number of findings.
    pub count: usize,
    /// Regulation tags.
    pub regulations: Vec<String>,
    /// The action these findings alone would cause.
    pub action: Action,
    /// Where in a payload the findings are (`messages[3].content[1].input.query`),
    /// for decisions on a whole payload; never the values.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub paths: Vec<String>,
}

/// Identifies the policy behind a decision.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PolicyRef {
    /// The policy's id.
    pub id: String,
    /// The policy's revision.
    pub revision: String,
}

impl Decision {
    /// The decision as compact JSON in the wire format.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("decision serialises")
    }
}

impl Serialize for Decision {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeStruct;
        let fields = if self.unreadable.is_empty() { 11 } else { 12 };
        let mut st = s.serialize_struct("Decision", fields)?;
        st.serialize_field("version", &WIRE_VERSION)?;
        st.serialize_field("destination", &self.destination)?;
        st.serialize_field("tier", &self.tier)?;
        st.serialize_field("action", &self.action)?;
        st.serialize_field("rule", &self.rule)?;
        st.serialize_field("message", &self.message)?;
        st.serialize_field("reasons", &self.reasons)?;
        st.serialize_field("recommended", &self.recommended)?;
        st.serialize_field("redaction_available", &self.redaction_available)?;
        st.serialize_field("escalation", &self.escalation)?;
        st.serialize_field("policy", &self.policy)?;
        if !self.unreadable.is_empty() {
            st.serialize_field("unreadable", &self.unreadable)?;
        }
        st.end()
    }
}

/// Decides what may happen to a classified text at `dest` under `policy`;
/// `name_of` gives a detector's human name for messages and reasons.
pub(crate) fn decide(
    policy: &Policy,
    report: &Report,
    dest: &Destination,
    name_of: impl Fn(&str) -> String,
) -> Decision {
    let regs = report.regulations();
    let v = verdict(policy, report.tier, &regs, dest);

    let mut reasons: Vec<Reason> = Vec::new();
    if v.action != Action::Allow {
        for (detector, (tier, count, regulations, category)) in group(report) {
            let action = verdict(policy, tier, &regulations, dest).action;
            if action != Action::Allow {
                reasons.push(Reason {
                    detector: detector.to_string(),
                    name: name_of(detector),
                    category: category.to_string(),
                    tier,
                    count,
                    regulations: regulations.iter().map(|s| s.to_string()).collect(),
                    action,
                    paths: Vec::new(),
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

    let recommended = recommend(policy, report.tier, &regs);
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
        phrase(group(report).into_iter().map(|(d, g)| (name_of(d), g.1)))
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
    Decision {
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
        unreadable: Vec::new(),
    }
}

/// `decision` for a payload that also carries `parts` tiergate cannot read:
/// they are listed, and when the policy's `[documents]` action for them
/// (`encrypted`, `over_limit` or `unreadable`, by their kind) is stricter
/// than the decision's, it decides, with a message that names where the
/// parts are.
pub(crate) fn with_unreadable(
    mut decision: Decision,
    parts: Vec<UnreadablePart>,
    policy: &Policy,
    dest: &Destination,
) -> Decision {
    if parts.is_empty() {
        return decision;
    }
    let action = parts
        .iter()
        .map(|p| policy.documents.action_for(&p.kind))
        .max()
        .unwrap_or(Action::Allow);
    if action > decision.action {
        let escalation = (action != Action::Allow)
            .then(|| {
                policy
                    .escalation
                    .as_ref()
                    .map(|e| e.for_tier(decision.tier))
            })
            .flatten();
        decision.message = phrase::unreadable(&parts, action, dest, escalation.as_ref());
        decision.action = action;
        decision.rule = "unreadable-content".to_string();
        decision.escalation = escalation;
    }
    decision.unreadable = parts;
    decision
}

/// Approved destinations, in policy order, where this tier may be sent as it is;
/// if there are none, those where it may be sent after acknowledgement.
fn recommend(policy: &Policy, tier: Tier, regs: &[&str]) -> Vec<String> {
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

/// Groups findings by detector: (detector, tier, count, regulations).
pub(crate) fn group(report: &Report) -> BTreeMap<&str, (Tier, usize, Vec<&str>, &str)> {
    let mut groups: BTreeMap<&str, (Tier, usize, Vec<&str>, &str)> = BTreeMap::new();
    for f in &report.findings {
        let g = groups
            .entry(&f.detector)
            .or_insert((f.tier, 0, Vec::new(), &f.category));
        g.0 = g.0.max(f.tier);
        g.1 += 1;
        for r in &f.regulations {
            if !g.2.contains(&r.as_str()) {
                g.2.push(r);
            }
        }
    }
    groups
}
