//! Semantic checks of a parsed policy that need no detector compilation:
//! ids, references between items, message templates, the client section.

use super::{Policy, POLICY_SCHEMA};
use crate::error::Error;
use crate::tier::Action;
use std::collections::BTreeSet;

impl Policy {
    /// Consistency checks that need no detector compilation.
    pub(super) fn check(&self) -> Result<(), Error> {
        if self.schema != POLICY_SCHEMA {
            return Err(Error::invalid(
                "schema",
                format!(
                    "unsupported policy schema {} (this build reads {POLICY_SCHEMA})",
                    self.schema
                ),
            ));
        }
        if self.id.trim().is_empty() {
            return Err(Error::invalid("id", "policy id must not be empty"));
        }
        if self.destinations.is_empty() {
            return Err(Error::invalid(
                "destinations",
                "a policy needs at least one destination",
            ));
        }
        let mut seen = BTreeSet::new();
        for (i, d) in self.destinations.iter().enumerate() {
            let path = format!("destinations[{i}]");
            if !is_identifier(&d.id) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "destination id `{}` must be lowercase letters, digits, `-` or `_`",
                        d.id
                    ),
                ));
            }
            if !seen.insert(d.id.as_str()) {
                return Err(Error::invalid(
                    path,
                    format!("destination `{}` is defined twice", d.id),
                ));
            }
            if d.zero_retention && d.retention_days.is_some_and(|n| n > 0) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "destination `{}` has zero_retention but retention_days > 0",
                        d.id
                    ),
                ));
            }
        }
        let mut rule_ids = BTreeSet::new();
        for (i, r) in self.rules.iter().enumerate() {
            let path = format!("rules[{i}]");
            if !rule_ids.insert(r.id.as_str()) {
                return Err(Error::invalid(
                    path,
                    format!("rule `{}` is defined twice", r.id),
                ));
            }
            for id in r.when.destinations.iter().flatten() {
                if self.destination(id).is_none() {
                    return Err(Error::invalid(
                        path,
                        format!("rule `{}` names unknown destination `{id}`", r.id),
                    ));
                }
            }
            check_template(&r.message)
                .map_err(|m| Error::invalid(format!("rules[{i}].message"), m))?;
        }
        for (i, d) in self.organisation.domains.iter().enumerate() {
            let labels: Vec<&str> = d.split('.').collect();
            let label_ok = |l: &&str| {
                !l.is_empty()
                    && l.len() <= 63
                    && !l.starts_with('-')
                    && !l.ends_with('-')
                    && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            };
            if labels.len() < 2 || !labels.iter().all(label_ok) {
                return Err(Error::invalid(
                    format!("organisation.domains[{i}]"),
                    format!("`{d}` is not a domain name like `fabrikam.com`"),
                ));
            }
        }
        for (i, c) in self.organisation.codenames.iter().enumerate() {
            if c.trim().is_empty() {
                return Err(Error::invalid(
                    format!("organisation.codenames[{i}]"),
                    "codenames must not be empty",
                ));
            }
        }
        for (name, c) in &self.categories {
            if !is_identifier(name) {
                return Err(Error::invalid(
                    format!("categories.{name}"),
                    format!("category name `{name}` must be lowercase letters, digits, `-` or `_`"),
                ));
            }
            self.check_regulations(&c.regulations, &format!("categories.{name}.regulations"))?;
        }
        for (name, r) in &self.regulations {
            check_template(&r.message)
                .map_err(|m| Error::invalid(format!("regulations.{name}.message"), m))?;
        }
        let docs = &self.documents;
        for (key, action) in [
            ("unreadable", docs.unreadable),
            ("encrypted", docs.encrypted),
            ("over_limit", docs.over_limit),
        ] {
            if action == Action::Redact {
                return Err(Error::invalid(
                    format!("documents.{key}"),
                    "content tiergate cannot read cannot be redacted: use allow, warn, acknowledge or block",
                ));
            }
        }
        for (key, value) in [
            ("max_file_mb", docs.max_file_mb),
            ("max_part_mb", docs.max_part_mb),
            ("max_expanded_mb", docs.max_expanded_mb),
            ("max_ratio", docs.max_ratio),
            ("max_entries", docs.max_entries as u64),
        ] {
            if value == 0 {
                return Err(Error::invalid(
                    format!("documents.{key}"),
                    "must be at least 1 (a limit of 0 would read nothing)",
                ));
            }
        }
        self.check_client()
    }

    fn check_client(&self) -> Result<(), Error> {
        let named = [
            ("client.claude_ai", &self.client.claude_ai),
            ("client.claude_ai_projects", &self.client.claude_ai_projects),
            ("client.claude_code", &self.client.claude_code),
        ];
        for (path, id) in named {
            if let Some(id) = id.as_deref().filter(|id| self.destination(id).is_none()) {
                return Err(Error::invalid(
                    path,
                    format!(
                        "unknown destination `{id}` (defined: {})",
                        self.destination_ids()
                    ),
                ));
            }
        }
        if let Some(url) = &self.client.collector_url {
            let loopback = ["http://127.0.0.1", "http://localhost", "http://[::1]"];
            let ok = url.starts_with("https://")
                || loopback.iter().any(|p| {
                    url.strip_prefix(p)
                        .is_some_and(|rest| rest.is_empty() || rest.starts_with([':', '/']))
                });
            if !ok {
                return Err(Error::invalid(
                    "client.collector_url",
                    "collector_url must start with https:// (or http:// to a loopback address)",
                ));
            }
        }
        Ok(())
    }

    fn destination_ids(&self) -> String {
        self.destinations
            .iter()
            .map(|d| d.id.as_str())
            .collect::<Vec<_>>()
            .join(", ")
    }

    pub(crate) fn check_regulations(&self, tags: &[String], path: &str) -> Result<(), Error> {
        match tags.iter().find(|t| !self.regulations.contains_key(*t)) {
            Some(t) => Err(Error::invalid(
                path,
                format!(
                    "unknown regulation `{t}` (defined: {})",
                    self.regulations
                        .keys()
                        .cloned()
                        .collect::<Vec<_>>()
                        .join(", ")
                ),
            )),
            None => Ok(()),
        }
    }
}

const TEMPLATE_FIELDS: [&str; 6] = [
    "tier",
    "destination",
    "retention",
    "findings",
    "recommended",
    "escalation",
];

fn check_template(t: &str) -> Result<(), String> {
    let mut rest = t;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        let close = after.find('}').ok_or("unclosed `{` in message template")?;
        let field = &after[..close];
        if !TEMPLATE_FIELDS.contains(&field) {
            return Err(format!(
                "unknown placeholder `{{{field}}}` in message template (known: {})",
                TEMPLATE_FIELDS.join(", ")
            ));
        }
        rest = &after[close + 1..];
    }
    Ok(())
}

pub(crate) fn is_identifier(s: &str) -> bool {
    !s.is_empty()
        && s.bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::super::{Client, OnError, BUILTIN_POLICY_TOML};
    use super::*;
    use crate::error::ErrorKind;

    #[test]
    fn semantic_errors_point_at_the_item() {
        let src = BUILTIN_POLICY_TOML.replacen("id = \"claude-api\"", "id = \"claude-ai\"", 1);
        let e = Policy::from_toml(&src).unwrap_err();
        assert_eq!(e.code(), "policy_invalid");
        assert!(e.message().contains("defined twice"), "{e}");
        let loc = e.location().expect("located");
        assert!(src
            .lines()
            .nth(loc.line - 1)
            .unwrap()
            .contains("[[destinations]]"));

        let e = Policy::from_toml(&BUILTIN_POLICY_TOML.replacen("schema = 1", "schema = 9", 1))
            .unwrap_err();
        assert!(e.message().contains("unsupported policy schema 9"));
    }

    #[test]
    fn unknown_template_placeholder_is_rejected() {
        assert!(check_template("a {tier} b").is_ok());
        assert!(check_template("a {text} b").unwrap_err().contains("{text}"));
        assert!(check_template("a {tier").is_err());
    }

    #[test]
    fn client_section_maps_claude_ai_and_is_checked() {
        let builtin = Policy::builtin();
        assert_eq!(builtin.client.on_error, OnError::Block);
        assert_eq!(
            builtin.client.claude_ai_destination_for("/chat/1"),
            "claude-ai"
        );
        assert_eq!(
            builtin.client.claude_ai_destination_for("/project/1"),
            "claude-projects"
        );
        assert_eq!(
            builtin.client.claude_ai_destination_for("/projects"),
            "claude-ai"
        );

        let zdr = BUILTIN_POLICY_TOML
            .replace(
                "claude_ai = \"claude-ai\"",
                "claude_ai = \"claude-enterprise-zdr\"",
            )
            .replace("on_error = \"block\"", "on_error = \"allow\"")
            .replace(
                "require_justification = false",
                "require_justification = true",
            );
        let p = Policy::from_toml(&zdr).unwrap();
        assert_eq!(
            p.client.claude_ai_destination_for("/new"),
            "claude-enterprise-zdr"
        );
        assert_eq!(p.client.on_error, OnError::Allow);
        assert!(p.client.require_justification);
        // The JSON form carries it, so every binding reads the same settings.
        assert_eq!(Policy::from_json(&p.to_json()).unwrap().client, p.client);
        assert_eq!(
            Client::default().to_json(),
            r#"{"claude_ai":"claude-ai","claude_ai_projects":"claude-projects","collector_url":null,"on_error":"block","require_justification":false}"#
        );

        let unknown =
            BUILTIN_POLICY_TOML.replace("claude_ai = \"claude-ai\"", "claude_ai = \"claude-zdr\"");
        let err = Policy::from_toml(&unknown).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::PolicyInvalid);
        assert_eq!(err.path(), Some("client.claude_ai"));
        assert!(
            err.message().contains("unknown destination `claude-zdr`"),
            "{err}"
        );
        assert!(err.location().is_some(), "points at the line");

        for (url, ok) in [
            ("https://audit.example/t", true),
            ("http://127.0.0.1:8080/t", true),
            ("http://localhost/t", true),
            ("http://localhost.evil.example/t", false),
            ("http://audit.example/t", false),
            ("ftp://x", false),
        ] {
            let src = format!("{BUILTIN_POLICY_TOML}collector_url = \"{url}\"\n");
            assert_eq!(Policy::from_toml(&src).is_ok(), ok, "{url}");
        }

        // A policy without the default destinations still loads, with a warning.
        let mut custom = Policy::builtin();
        custom.client = Client::default();
        custom.destinations.retain(|d| d.id == "claude-api");
        custom
            .rules
            .iter_mut()
            .for_each(|r| r.when.destinations = None);
        let warnings = custom.warnings();
        assert!(
            warnings
                .iter()
                .any(|w| w.path == "client.claude_ai" && w.message.contains("will block sending")),
            "{warnings:?}"
        );
    }
}
