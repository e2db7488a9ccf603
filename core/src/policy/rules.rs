//! The policy's rules applied: which action a tier, a set of regulation tags
//! and a destination get, and which rule (or regulation) decided it.

use super::{Condition, Destination, Policy};
use crate::tier::{Action, Tier};
use std::borrow::Cow;

/// The outcome of the rules for one tier, set of regulations and destination.
pub(crate) struct Verdict<'p> {
    pub action: Action,
    pub rule: Cow<'p, str>,
    pub template: &'p str,
}

const NO_RULE: &str =
    "No rule of the policy covers {tier} data for {destination}, so it is blocked. {escalation}";

/// Applies the rules and regulations of `policy`.
pub(crate) fn verdict<'p>(
    policy: &'p Policy,
    tier: Tier,
    regulations: &[&str],
    dest: &Destination,
) -> Verdict<'p> {
    let mut v = policy
        .rules
        .iter()
        .find(|r| (r.tiers.is_empty() || r.tiers.contains(&tier)) && r.when.matches(dest))
        .map_or(
            Verdict {
                action: Action::Block,
                rule: Cow::Borrowed("no-rule"),
                template: NO_RULE,
            },
            |r| Verdict {
                action: r.action,
                rule: Cow::Borrowed(&r.id),
                template: &r.message,
            },
        );
    for name in regulations {
        let Some(reg) = policy.regulations.get(*name) else {
            continue;
        };
        let missing = reg.requires.iter().any(|a| !dest.agreements.contains(a));
        if missing && reg.action > v.action {
            v = Verdict {
                action: reg.action,
                rule: Cow::Owned(format!("regulation:{name}")),
                template: &reg.message,
            };
        }
    }
    v
}

impl Condition {
    pub(crate) fn matches(&self, d: &Destination) -> bool {
        fn ok(want: Option<bool>, have: bool) -> bool {
            want.is_none_or(|w| w == have)
        }
        ok(self.zero_retention, d.zero_retention)
            && ok(self.persistent, d.persistent)
            && ok(self.human_review, d.human_review)
            && ok(self.approved, d.approved)
            && self
                .destinations
                .as_ref()
                .is_none_or(|ids| ids.contains(&d.id))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn condition_matches_destination_properties() {
        let p = Policy::builtin();
        let zdr = p.destination("claude-enterprise-zdr").unwrap();
        let web = p.destination("claude-ai").unwrap();
        let c = Condition {
            zero_retention: Some(true),
            ..Condition::default()
        };
        assert!(c.matches(zdr) && !c.matches(web));
        let c = Condition {
            destinations: Some(vec!["claude-ai".into()]),
            ..Condition::default()
        };
        assert!(c.matches(web) && !c.matches(zdr));
        assert_eq!(web.retention_phrase(), "for 30 days");
        assert_eq!(zdr.retention_phrase(), "not at all");
    }
}
