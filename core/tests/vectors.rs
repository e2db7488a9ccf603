//! Runs every shared test vector in `tests/vectors/` through the native core.
//! The format is specified in `tests/README.md`.

use serde::Deserialize;
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use tiergate::{Engine, Policy};

#[derive(Deserialize)]
struct Index {
    files: BTreeMap<String, usize>,
    total: usize,
}

#[derive(Deserialize)]
struct File {
    group: String,
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    #[serde(default)]
    input: String,
    #[serde(default)]
    destination: Option<String>,
    tier: Option<String>,
    action: Option<String>,
    #[serde(default)]
    findings: Vec<ExpectedFinding>,
    policy: Option<String>,
    policy_inline: Option<String>,
    redacted: Option<String>,
    error: Option<String>,
}

#[derive(Deserialize, Debug, PartialEq)]
struct ExpectedFinding {
    detector: String,
    start: usize,
    end: usize,
    text: String,
}

/// Cases this runtime skips, with the reason. Expected to stay empty.
const SKIP: &[(&str, &str)] = &[];

fn dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors")
}

fn run_case(case: &Case, engines: &mut HashMap<String, Engine>) -> Result<(), String> {
    if let Some(code) = &case.error {
        let result = match &case.policy_inline {
            Some(src) => Policy::from_toml(src).and_then(Engine::new).map(|_| ()),
            None => Engine::builtin()
                .check(&case.input, case.destination.as_deref().unwrap_or(""))
                .map(|_| ()),
        };
        return match result {
            Err(e) if e.code() == code => Ok(()),
            Err(e) => Err(format!("expected error {code}, got {} ({e})", e.code())),
            Ok(()) => Err(format!("expected error {code}, got success")),
        };
    }
    let engine = match &case.policy {
        None => Engine::builtin(),
        Some(p) => engines
            .entry(p.clone())
            .or_insert_with(|| {
                let policy =
                    Policy::from_path(dir().join(p)).unwrap_or_else(|e| panic!("{p}: {e}"));
                Engine::new(policy).unwrap_or_else(|e| panic!("{p}: {e}"))
            })
            .clone(),
    };
    let report = engine.classify(&case.input);
    let got: Vec<ExpectedFinding> = report
        .findings
        .iter()
        .map(|f| ExpectedFinding {
            detector: f.detector.clone(),
            start: f.span.start,
            end: f.span.end,
            text: case.input[f.span.start..f.span.end].to_string(),
        })
        .collect();
    let mut problems = Vec::new();
    if got != case.findings {
        problems.push(format!(
            "findings:\n      want {:?}\n      got  {:?}",
            case.findings, got
        ));
    }
    if Some(report.tier.as_str()) != case.tier.as_deref() {
        problems.push(format!("tier: want {:?}, got {}", case.tier, report.tier));
    }
    let dest = case.destination.as_deref().unwrap_or("claude-ai");
    match engine.decide(&report, dest) {
        Ok(d) if Some(d.action.as_str()) == case.action.as_deref() => {}
        Ok(d) => problems.push(format!(
            "action at {dest}: want {:?}, got {} ({})",
            case.action, d.action, d.rule
        )),
        Err(e) => problems.push(format!("decide failed: {e}")),
    }
    if let Some(want) = &case.redacted {
        let r = engine.redact(&case.input, &report);
        if r.text() != want {
            problems.push(format!("redacted: want {want:?}, got {:?}", r.text()));
        }
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n    "))
    }
}

#[test]
fn shared_vectors() {
    let index: Index =
        serde_json::from_str(&std::fs::read_to_string(dir().join("index.json")).unwrap()).unwrap();
    // Every vector file on disk is listed in the index, so none is skipped silently.
    let mut on_disk: Vec<String> = std::fs::read_dir(dir())
        .unwrap()
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".json") && n != "index.json")
        .collect();
    on_disk.sort();
    assert_eq!(
        on_disk,
        index.files.keys().cloned().collect::<Vec<_>>(),
        "index.json and tests/vectors disagree"
    );

    let mut engines = HashMap::new();
    let (mut ran, mut skipped, mut failures) = (0, 0, Vec::new());
    for (name, count) in &index.files {
        let file: File = serde_json::from_str(&std::fs::read_to_string(dir().join(name)).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        assert_eq!(
            file.cases.len(),
            *count,
            "{name}: case count differs from index.json"
        );
        for case in &file.cases {
            let id = format!("{}/{}", file.group, case.name);
            if SKIP.iter().any(|(s, _)| *s == id) {
                skipped += 1;
                continue;
            }
            ran += 1;
            if let Err(why) = run_case(case, &mut engines) {
                failures.push(format!("{id}: {why}"));
            }
        }
    }
    assert!(
        SKIP.is_empty(),
        "skips must be justified and rare: {SKIP:?}"
    );
    assert_eq!(
        ran + skipped,
        index.total,
        "ran {ran} + skipped {skipped} of {} cases",
        index.total
    );
    assert!(
        index.total >= 200,
        "the vectors must keep at least 200 cases"
    );
    assert!(
        failures.is_empty(),
        "{} of {ran} vectors failed:\n  {}",
        failures.len(),
        failures.join("\n  ")
    );
}
