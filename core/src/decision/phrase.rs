//! Phrasing: decision messages from the policy's templates. Values come from
//! the policy and the detector names only, never from the scanned text.

use crate::policy::{Destination, Escalation};
use crate::tier::Tier;

/// Fills a message template. Values come from the policy and the detector
/// names only, never from the scanned text.
pub(super) fn render(
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

/// "Email address (2), Phone number".
pub(super) fn phrase(items: impl Iterator<Item = (String, usize)>) -> String {
    items
        .map(|(name, n)| if n > 1 { format!("{name} ×{n}") } else { name })
        .collect::<Vec<_>>()
        .join(", ")
}
