//! Decisions: what may happen to a classified text at one destination, and why.

use crate::policy::{Destination, Escalation};
use crate::report::{Report, WIRE_VERSION};
use crate::tier::{Action, Tier};
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
        let mut st = s.serialize_struct("Decision", 11)?;
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
        st.end()
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

/// Fills a message template. Values come from the policy and the detector
/// names only, never from the scanned text.
pub(crate) fn render(
    template: &str,
    tier: Tier,
    dest: &Destination,
    findings: &str,
    recommended: &str,
    escalation: Option<&Escalation>,
) -> String {
    let template = if template.is_empty() {
        default_template(tier)
    } else {
        template
    };
    let esc = escalation.map_or(String::new(), Escalation::sentence);
    let out = template
        .replace("{tier}", tier.title())
        .replace("{destination}", &dest.name)
        .replace("{retention}", &dest.retention_phrase())
        .replace("{findings}", findings)
        .replace("{recommended}", recommended)
        .replace("{escalation}", &esc);
    out.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn default_template(tier: Tier) -> &'static str {
    match tier {
        Tier::Public => "No sensitive data found.",
        _ => "This text contains {tier} data ({findings}) for {destination}. {escalation}",
    }
}
