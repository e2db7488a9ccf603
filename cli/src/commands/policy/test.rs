//! `tiergate policy test`: run test cases against a policy, so it can be changed safely.

use crate::error::core_error;
use crate::load;
use crate::{EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::{Context, Result};
use serde::Deserialize;
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The policy file.
    policy: PathBuf,
    /// The case file.
    cases: PathBuf,
}

/// A file of policy test cases (TOML, or JSON when it ends in .json).
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct CaseFile {
    cases: Vec<Case>,
}

/// One case: a text and what the policy must decide for it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    text: String,
    /// The expected tier, if the case cares.
    tier: Option<String>,
    /// Destination id -> expected action.
    #[serde(default)]
    actions: BTreeMap<String, String>,
    /// Detectors that must be among the findings.
    #[serde(default)]
    detectors: Vec<String>,
}

fn load_cases(path: &Path) -> Result<Vec<Case>> {
    let source =
        std::fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
    let file: CaseFile = if path.extension().is_some_and(|e| e == "json") {
        serde_json::from_str(&source)
            .with_context(|| format!("{}: not a case file", path.display()))?
    } else {
        toml::from_str(&source).with_context(|| format!("{}: not a case file", path.display()))?
    };
    Ok(file.cases)
}

/// `tiergate policy test POLICY CASES`: every case's tier, actions and detectors.
pub fn run(a: &Args, out: &mut impl Write) -> Result<u8> {
    let policy = &a.policy;
    let engine = load::load(policy, None)?.engine;
    let cases = load_cases(&a.cases)?;
    if cases.is_empty() {
        return Err(crate::error::cli(
            "invalid_argument",
            format!("{}: no cases", policy.display()),
        ));
    }
    let mut failed = 0;
    for case in &cases {
        let report = engine.classify(&case.text);
        let mut problems = Vec::new();
        if let Some(tier) = &case.tier {
            if report.tier.as_str() != tier {
                problems.push(format!("tier: expected {tier}, got {}", report.tier));
            }
        }
        for detector in &case.detectors {
            if !report.findings.iter().any(|f| &f.detector == detector) {
                problems.push(format!("detector {detector} not found"));
            }
        }
        for (destination, expected) in &case.actions {
            let decision = engine
                .decide(&report, destination)
                .map_err(|e| core_error(e, None))
                .with_context(|| format!("case `{}`", case.name))?;
            if decision.action.as_str() != expected {
                problems.push(format!(
                    "{destination}: expected {expected}, got {} (rule {})",
                    decision.action, decision.rule
                ));
            }
        }
        if problems.is_empty() {
            writeln!(out, "ok   {}", case.name)?;
        } else {
            failed += 1;
            writeln!(out, "FAIL {}: {}", case.name, problems.join("; "))?;
        }
    }
    writeln!(
        out,
        "{} cases: {} passed, {failed} failed",
        cases.len(),
        cases.len() - failed
    )?;
    Ok(if failed == 0 {
        EXIT_OK
    } else {
        EXIT_NOT_ALLOWED
    })
}
