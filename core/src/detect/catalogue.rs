//! The built-in detector catalogue (`core/policy/detectors.toml`): detectors
//! as data, in the policy's own schema, merged with a policy's overrides when
//! an engine is built.

use crate::policy::{typed, DetectorSpec, POLICY_SCHEMA};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::sync::OnceLock;

const BUILTIN_DETECTORS_TOML: &str = include_str!("../../policy/detectors.toml");

/// The built-in detector catalogue (`core/policy/detectors.toml`).
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct Catalogue {
    /// Schema version of the catalogue file; must be [`POLICY_SCHEMA`].
    pub schema: u32,
    pub detectors: BTreeMap<String, DetectorSpec>,
}

pub(crate) fn builtin_catalogue() -> &'static Catalogue {
    static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
    CATALOGUE.get_or_init(|| {
        // The catalogue is compiled into the binary and covered by tests;
        // failing here is a build defect, not a user error.
        let catalogue: Catalogue = toml::from_str(BUILTIN_DETECTORS_TOML)
            .map_err(|e: toml::de::Error| e.message().to_string())
            .and_then(|v| typed(v).map_err(|(path, message)| format!("{message} at {path}")))
            .unwrap_or_else(|e| panic!("built-in detector catalogue is invalid: {e}"));
        assert_eq!(catalogue.schema, POLICY_SCHEMA, "built-in catalogue schema");
        catalogue
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn catalogue_has_the_policy_schema() {
        assert_eq!(builtin_catalogue().schema, POLICY_SCHEMA);
        assert!(builtin_catalogue().detectors.len() >= 40);
    }

    #[test]
    fn every_word_of_the_catalogue_is_listed_once() {
        // The lint a policy's own detectors get (`policy check`).
        let warnings: Vec<_> = builtin_catalogue()
            .detectors
            .iter()
            .flat_map(|(id, spec)| {
                crate::policy::lint::keyword_warnings(&format!("detectors.{id}"), spec)
            })
            .collect();
        assert!(warnings.is_empty(), "{warnings:?}");
    }
}
