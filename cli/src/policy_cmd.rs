//! `tiergate policy test` and `tiergate policy diff`: change a policy safely.

use crate::output::LineIndex;
use crate::scan::{collect_files, read_text, NotText};
use crate::{core_error, EXIT_NOT_ALLOWED, EXIT_OK};
use anyhow::{Context, Result};
use indicatif::{ProgressBar, ProgressStyle};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use tiergate::{mask, Decision, Engine, Policy, Report};

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

fn load_policy(path: &Path) -> Result<Engine> {
    let policy = Policy::from_path(path).map_err(|e| core_error(e, Some(path)))?;
    Engine::new(policy).map_err(|e| core_error(e, Some(path)))
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
pub fn test(policy: &Path, cases: &Path, out: &mut impl Write) -> Result<u8> {
    let engine = load_policy(policy)?;
    let cases = load_cases(cases)?;
    if cases.is_empty() {
        anyhow::bail!("{}: no cases", policy.display());
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

/// One file's tier and actions under both policies.
struct Compared {
    path: String,
    old: (Report, Vec<Decision>),
    new: (Report, Vec<Decision>),
    text_lines: Vec<(String, (usize, usize), String)>,
}

#[derive(Serialize, Default)]
struct Change {
    files: usize,
    examples: Vec<String>,
}

#[derive(Serialize)]
struct DiffSummary {
    files: usize,
    skipped: usize,
    /// `old -> new` tier transitions.
    tiers: BTreeMap<String, Change>,
    /// destination -> `old -> new` action transitions.
    actions: BTreeMap<String, BTreeMap<String, Change>>,
}

const EXAMPLES: usize = 3;

/// Where a detector first fires in a file, with the value masked.
fn example(c: &Compared, detector: &str) -> String {
    c.text_lines
        .iter()
        .find(|(d, _, _)| d == detector)
        .map_or_else(
            || c.path.clone(),
            |(d, (line, col), masked)| format!("{}:{line}:{col} {d} {masked}", c.path),
        )
}

/// `tiergate policy diff OLD NEW --corpus DIR`: how tiers and actions would change.
pub fn diff(
    old: &Path,
    new: &Path,
    corpus: &[PathBuf],
    json: bool,
    out: &mut impl Write,
) -> Result<u8> {
    let old_engine = load_policy(old)?;
    let new_engine = load_policy(new)?;
    let destinations: Vec<String> = new_engine
        .policy()
        .destinations
        .iter()
        .filter(|d| old_engine.policy().destination(&d.id).is_some())
        .map(|d| d.id.clone())
        .collect();
    for p in corpus {
        if !p.exists() {
            anyhow::bail!("{}: no such file or folder", p.display());
        }
    }
    let files = collect_files(corpus, false, false);
    let bar = ProgressBar::new(files.len() as u64);
    bar.set_style(
        ProgressStyle::with_template("{spinner} comparing {pos}/{len} files [{bar:30}] {eta}")
            .expect("valid template")
            .progress_chars("=> "),
    );
    let decide = |engine: &Engine, text: &str| {
        let report = engine.classify(text);
        let decisions = destinations
            .iter()
            .filter_map(|d| engine.decide(&report, d).ok())
            .collect::<Vec<_>>();
        (report, decisions)
    };
    let mut summary = DiffSummary {
        files: 0,
        skipped: 0,
        tiers: BTreeMap::new(),
        actions: BTreeMap::new(),
    };
    for path in &files {
        bar.inc(1);
        let text = match read_text(path, 32 << 20) {
            Ok(text) => text,
            Err(NotText::Skipped(_) | NotText::Failed(_)) => {
                summary.skipped += 1;
                continue;
            }
        };
        summary.files += 1;
        let lines = LineIndex::new(&text);
        let old_result = decide(&old_engine, &text);
        let new_result = decide(&new_engine, &text);
        let mut text_lines = Vec::new();
        for f in old_result.0.findings.iter().chain(&new_result.0.findings) {
            let value = f.span.slice(&text).unwrap_or_default();
            text_lines.push((
                f.detector.clone(),
                lines.line_col(f.span.start),
                mask(value),
            ));
        }
        let c = Compared {
            path: path.display().to_string(),
            old: old_result,
            new: new_result,
            text_lines,
        };
        if c.old.0.tier != c.new.0.tier {
            let key = format!("{} -> {}", c.old.0.tier, c.new.0.tier);
            let change = summary.tiers.entry(key).or_default();
            change.files += 1;
            if change.examples.len() < EXAMPLES {
                let driver = c
                    .new
                    .0
                    .findings
                    .iter()
                    .chain(&c.old.0.findings)
                    .max_by_key(|f| f.tier);
                change
                    .examples
                    .push(driver.map_or_else(|| c.path.clone(), |f| example(&c, &f.detector)));
            }
        }
        for (o, n) in c.old.1.iter().zip(&c.new.1) {
            if o.action == n.action {
                continue;
            }
            let key = format!("{} -> {}", o.action, n.action);
            let change = summary
                .actions
                .entry(n.destination.clone())
                .or_default()
                .entry(key)
                .or_default();
            change.files += 1;
            if change.examples.len() < EXAMPLES {
                // The detectors behind the stricter of the two decisions explain the change.
                let stricter = if n.action > o.action { n } else { o };
                change.examples.push(
                    stricter
                        .reasons
                        .first()
                        .map_or_else(|| c.path.clone(), |r| example(&c, &r.detector)),
                );
            }
        }
    }
    bar.finish_and_clear();
    if json {
        serde_json::to_writer_pretty(&mut *out, &summary)?;
        writeln!(out)?;
        return Ok(EXIT_OK);
    }
    let (o, n) = (old_engine.policy(), new_engine.policy());
    writeln!(
        out,
        "{} files compared ({} skipped): `{}` {} -> `{}` {}",
        summary.files, summary.skipped, o.id, o.revision, n.id, n.revision
    )?;
    if summary.tiers.is_empty() && summary.actions.is_empty() {
        writeln!(out, "no tier or action changes")?;
        return Ok(EXIT_OK);
    }
    for (key, change) in &summary.tiers {
        writeln!(out, "tier {key}: {} files", change.files)?;
        for e in &change.examples {
            writeln!(out, "    {e}")?;
        }
    }
    for (destination, changes) in &summary.actions {
        for (key, change) in changes {
            writeln!(out, "{destination}: {key}: {} files", change.files)?;
            for e in &change.examples {
                writeln!(out, "    {e}")?;
            }
        }
    }
    Ok(EXIT_OK)
}
