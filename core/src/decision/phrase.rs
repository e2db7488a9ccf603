//! Phrasing: decision messages from the policy's templates. Values come from
//! the policy and the detector names only, never from the scanned text.

use super::UnreadablePart;
use crate::policy::{Destination, Escalation};
use crate::tier::{Action, Tier};

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

/// The message for a payload whose unreadable parts decide: what they are
/// and where, never their content.
pub(super) fn unreadable(
    parts: &[UnreadablePart],
    action: Action,
    dest: &Destination,
    escalation: Option<&Escalation>,
) -> String {
    let noun = |kind: &str| match kind {
        "image" => "an image",
        "pdf" => "a PDF",
        "file" => "a file uploaded earlier",
        "binary" => "a binary file",
        "too_large" => "a file over the size limit",
        "not_utf8" => "bytes that are not UTF-8 text",
        "encrypted" => "a password-protected file",
        "corrupt" => "a damaged file",
        "unsupported" => "a format tiergate does not read",
        "bomb" => "a file that expands far beyond any real document",
        _ => "content",
    };
    let listed: Vec<String> = parts
        .iter()
        .map(|p| match p.path.as_str() {
            "" => noun(&p.kind).to_string(),
            path => format!("{} at {path}", noun(&p.kind)),
        })
        .collect();
    let what = if parts.len() > 3 {
        format!("{} and {} more", listed[..3].join(", "), parts.len() - 3)
    } else {
        listed.join(", ")
    };
    let ask = match action {
        Action::Block => format!(
            "The policy does not let content it cannot check go to {}.",
            dest.name
        ),
        Action::Acknowledge => format!(
            "Confirm it holds no sensitive data before it goes to {}.",
            dest.name
        ),
        _ => format!(
            "Make sure it holds no sensitive data before it goes to {}.",
            dest.name
        ),
    };
    let esc = escalation.map_or(String::new(), Escalation::sentence);
    format!("tiergate could not read everything here: {what}. {ask} {esc}")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}
