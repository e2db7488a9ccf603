//! Lints: things in a valid policy that are probably mistakes.

use super::{rules::verdict, OnError, Policy};
use crate::tier::Tier;

/// A probable mistake in a valid policy; see [`Policy::warnings`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PolicyWarning {
    /// The dotted path of the policy item (`rules.3`, `destinations.claude-ai`).
    pub path: String,
    /// What looks wrong. Never contains scanned text.
    pub message: String,
}

impl Policy {
    /// Things in a valid policy that are probably mistakes: rules that never
    /// decide (earlier rules cover every tier and destination they match),
    /// and approved destinations where not even public text may go. (Unknown
    /// destinations or categories are errors, not warnings), and no
    /// escalation contact (people who are warned or blocked are not told
    /// whom to ask). `tiergate policy check` prints them.
    ///
    /// # Example
    /// ```
    /// // The built-in policy names no one to ask: that is for you to fill in.
    /// let warnings = tiergate::Policy::builtin().warnings();
    /// assert_eq!(warnings.len(), 1);
    /// assert_eq!(warnings[0].path, "escalation.contact");
    /// ```
    pub fn warnings(&self) -> Vec<PolicyWarning> {
        let mut warnings = Vec::new();
        let mut used = vec![false; self.rules.len()];
        for dest in &self.destinations {
            for tier in Tier::ALL {
                if let Some(i) = self.rules.iter().position(|r| {
                    (r.tiers.is_empty() || r.tiers.contains(&tier)) && r.when.matches(dest)
                }) {
                    used[i] = true;
                }
            }
            let public = verdict(self, Tier::Public, &[], dest).action;
            if dest.approved && !public.permits_sending() {
                warnings.push(PolicyWarning {
                    path: format!("destinations.{}", dest.id),
                    message: format!(
                        "destination `{}` is approved but not even public text may be sent there (it gets `{public}`)",
                        dest.id
                    ),
                });
            }
        }
        for (i, rule) in self.rules.iter().enumerate() {
            let path = format!("rules.{i}");
            // A rule that matches no destination yet (`approved = false` while all
            // are approved) is a safeguard, not a mistake; a shadowed one is.
            let matches_any = self.destinations.iter().any(|d| rule.when.matches(d));
            if !used[i] && matches_any {
                warnings.push(PolicyWarning {
                    path,
                    message: format!(
                        "rule `{}` never decides: earlier rules cover every tier and destination it matches",
                        rule.id
                    ),
                });
            }
        }
        if self
            .escalation
            .as_ref()
            .is_none_or(|e| e.contact.trim().is_empty())
        {
            warnings.push(PolicyWarning {
                path: "escalation.contact".to_string(),
                message: "no escalation contact: people who are warned or blocked are not told whom to ask \
                          (add `[escalation]` with `contact = \"privacy@your.example\"`)"
                    .to_string(),
            });
        }
        let client = &self.client;
        for (path, id) in [
            ("client.claude_ai", client.claude_ai_destination()),
            (
                "client.claude_ai_projects",
                client.claude_ai_projects_destination(),
            ),
            ("client.claude_code", client.claude_code_destination()),
        ] {
            if self.destination(id).is_none() {
                let client_name = if path == "client.claude_code" {
                    "the Claude Code hook cannot decide"
                } else {
                    "the browser extension cannot decide on claude.ai"
                };
                warnings.push(PolicyWarning {
                    path: path.to_string(),
                    message: format!(
                        "no destination `{id}`: {client_name} and will {} (set {path})",
                        match client.on_error {
                            OnError::Block => "block sending",
                            OnError::Allow => "let text through unchecked",
                        }
                    ),
                });
            }
        }
        for (id, spec) in &self.detectors {
            warnings.extend(keyword_warnings(&format!("detectors.{id}"), spec));
        }
        warnings
    }
}

/// Probable mistakes in one detector's word lists: a word listed twice (in
/// any case, unless the detector is case-sensitive), a paired word that is
/// also an ordinary keyword (it counts alone), and paired words that can
/// never pair (one word, no keywords). Resolving the detector tolerates all
/// three; the built-in catalogue has none (tested in `detect::catalogue`).
pub(crate) fn keyword_warnings(path: &str, spec: &super::DetectorSpec) -> Vec<PolicyWarning> {
    let mut warnings = Vec::new();
    let key = |w: &String| {
        if spec.case_sensitive == Some(true) {
            w.trim().to_string()
        } else {
            w.trim().to_lowercase()
        }
    };
    let some = |words: &[&String]| {
        let shown: Vec<String> = words
            .iter()
            .take(3)
            .map(|w| format!("`{}`", w.trim()))
            .collect();
        let more = if words.len() > 3 { ", ..." } else { "" };
        format!("{}{more}", shown.join(", "))
    };
    let keywords = spec.keywords.as_deref().unwrap_or_default();
    let paired = spec.paired_keywords.as_deref().unwrap_or_default();
    let mut seen = std::collections::HashSet::new();
    for (field, list) in [("keywords", keywords), ("paired_keywords", paired)] {
        let repeated: Vec<&String> = list.iter().filter(|w| !seen.insert(key(w))).collect();
        if !repeated.is_empty() {
            let what = if field == "paired_keywords" {
                "listed twice or also in `keywords`, where they count alone"
            } else {
                "listed twice"
            };
            warnings.push(PolicyWarning {
                path: format!("{path}.{field}"),
                message: format!(
                    "{} of `{field}` {what} ({}): remove the repeats",
                    repeated.len(),
                    some(&repeated)
                ),
            });
        }
    }
    let distinct: std::collections::HashSet<String> = paired.iter().map(key).collect();
    if keywords.is_empty() && distinct.len() == 1 {
        warnings.push(PolicyWarning {
            path: format!("{path}.paired_keywords"),
            message: "one paired word and no keywords never match: a paired word counts only \
                      beside another match of its detector (add words, or make it a keyword)"
                .to_string(),
        });
    }
    warnings
}

#[cfg(test)]
mod tests {
    use super::super::BUILTIN_POLICY_TOML;
    use super::*;

    fn paths_and_messages(policy: &Policy) -> Vec<(String, String)> {
        policy
            .warnings()
            .into_iter()
            .map(|w| (w.path, w.message))
            .collect()
    }

    #[test]
    fn warnings_name_shadowed_rules_and_closed_destinations() {
        let src = BUILTIN_POLICY_TOML.replacen(
            "[[rules]]",
            "[escalation]\ncontact = \"privacy@acme.example\"\n\n[[rules]]",
            1,
        );
        let src = src.replacen(
            "[[rules]]",
            "[[rules]]\nid = \"lockdown\"\nwhen = { destinations = [\"claude-ai\"] }\naction = \"block\"\n\n[[rules]]",
            1,
        ) + "\n[[rules]]\nid = \"late\"\ntiers = [\"public\"]\naction = \"warn\"\n";
        let policy = Policy::from_toml(&src).unwrap();
        let warnings = paths_and_messages(&policy);
        let has =
            |path: &str, words: &str| warnings.iter().any(|(p, m)| p == path && m.contains(words));
        assert!(
            has("destinations.claude-ai", "not even public text"),
            "{warnings:?}"
        );
        let last = format!("rules.{}", policy.rules.len() - 1);
        assert!(has(&last, "rule `late` never decides"), "{warnings:?}");
        assert_eq!(warnings.len(), 2, "{warnings:?}");
    }

    #[test]
    fn warnings_name_repeated_and_lonely_keywords() {
        let src = format!(
            "{BUILTIN_POLICY_TOML}\n[escalation]\ncontact = \"privacy@acme.example\"\n\n\
             [detectors.pay]\ncategory = \"hr\"\nkeywords = [\"payslip\", \"Payslip\"]\n\
             paired_keywords = [\"bonus\", \"payslip\", \"raise\"]\n\n\
             [detectors.lonely]\ncategory = \"hr\"\npaired_keywords = [\"bonus\", \"Bonus\"]\n"
        );
        let policy = Policy::from_toml(&src).unwrap();
        let warnings = paths_and_messages(&policy);
        let has =
            |path: &str, words: &str| warnings.iter().any(|(p, m)| p == path && m.contains(words));
        assert!(
            has(
                "detectors.pay.keywords",
                "1 of `keywords` listed twice (`Payslip`)"
            ),
            "{warnings:?}"
        );
        assert!(
            has("detectors.pay.paired_keywords", "(`payslip`)"),
            "{warnings:?}"
        );
        assert!(
            has("detectors.lonely.paired_keywords", "`Bonus`"),
            "{warnings:?}"
        );
        assert!(
            has("detectors.lonely.paired_keywords", "never match"),
            "{warnings:?}"
        );
        assert_eq!(warnings.len(), 4, "{warnings:?}");
    }
}
