//! The policy document: tiers per category, destinations described by their
//! properties, ordered rules, regulations, allowlists and detector settings.
//!
//! A policy is data. [`Policy::builtin`] returns the embedded default
//! (`core/policy/default.toml`), which encodes the four-tier framework.
//!
//! This stage reads and checks the document and applies its rules; it knows
//! nothing of scanning. `schema` holds the types, `pattern` the regex sources,
//! `load` the ways to read a policy, `check` its semantic checks, `lint` the
//! probable mistakes, `rules` the verdict for a tier at a destination.

mod check;
mod extend;
pub(crate) mod lint;
mod load;
pub use extend::MAX_EXTENDS_DEPTH;
pub use load::{MAX_POLICY_BYTES, MAX_POLICY_DEPTH};
mod pattern;
mod rules;
mod schema;

pub(crate) use check::is_identifier;
pub use lint::PolicyWarning;
pub(crate) use load::typed;
pub(crate) use pattern::parse as parse_regex;
pub use pattern::Pattern;
pub(crate) use rules::verdict;
pub(crate) use schema::TomlSource;
pub use schema::{
    Allowlist, Category, Client, Condition, Destination, DetectorSpec, Documents, Escalation,
    OnError, Organisation, PatternSpec, Policy, Regulation, Rule, Settings,
};

use crate::error::{Error, ErrorKind};
use serde::Serialize;
use sha2::{Digest, Sha256};

/// The policy schema version this build reads.
pub const POLICY_SCHEMA: u32 = 1;

pub(crate) const BUILTIN_POLICY_TOML: &str = include_str!("../../policy/default.toml");

/// Which exact policy decided: its id, revision and hash. Audit records carry it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct PolicyStamp {
    /// Policy id.
    pub id: String,
    /// Policy revision.
    pub revision: String,
    /// SHA-256 of the policy's JSON form: which exact policy decided.
    pub hash: String,
}

impl Policy {
    /// The policy in the JSON wire form (same schema as the TOML).
    pub fn to_json(&self) -> String {
        serde_json::to_string_pretty(self).expect("policy serialises")
    }

    /// Looks up a destination by id.
    pub fn destination(&self, id: &str) -> Option<&Destination> {
        self.destinations.iter().find(|d| d.id == id)
    }

    /// Looks up a destination by id.
    ///
    /// # Errors
    /// `unknown_destination`, listing the destinations the policy defines.
    pub(crate) fn require_destination(&self, id: &str) -> Result<&Destination, Error> {
        self.destination(id).ok_or_else(|| {
            let known: Vec<&str> = self.destinations.iter().map(|d| d.id.as_str()).collect();
            Error::new(
                ErrorKind::UnknownDestination,
                format!(
                    "unknown destination `{id}` (this policy defines: {})",
                    known.join(", ")
                ),
            )
        })
    }

    /// The policy's id, revision and the SHA-256 of its JSON form.
    pub fn stamp(&self) -> PolicyStamp {
        let digest = Sha256::digest(self.to_json().as_bytes());
        PolicyStamp {
            id: self.id.clone(),
            revision: self.revision.clone(),
            hash: format!(
                "sha256:{}",
                digest
                    .iter()
                    .map(|b| format!("{b:02x}"))
                    .collect::<String>()
            ),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtin_policy_parses_and_has_the_four_deployments() {
        let p = Policy::builtin();
        let ids: Vec<_> = p.destinations.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "claude-ai",
                "claude-api",
                "claude-projects",
                "claude-enterprise-zdr"
            ]
        );
        assert!(
            p.destination("claude-enterprise-zdr")
                .unwrap()
                .zero_retention
        );
        assert!(p
            .destination("claude-projects")
            .unwrap()
            .retention_days
            .is_none());
    }
}
