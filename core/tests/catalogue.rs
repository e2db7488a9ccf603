//! The built-in catalogue documents itself and is covered: every detector has
//! an example it finds and at least one shared vector that expects it.

use std::collections::BTreeSet;
use std::path::Path;
use tiergate::Engine;

#[test]
fn every_builtin_detector_finds_its_example() {
    let engine = Engine::builtin();
    let mut problems = Vec::new();
    for d in engine.detectors() {
        let Some(example) = &d.example else {
            problems.push(format!("{}: no example", d.id));
            continue;
        };
        let report = engine.classify(example);
        if !report.findings.iter().any(|f| f.detector == d.id) {
            let got: Vec<_> = report.findings.iter().map(|f| &f.detector).collect();
            problems.push(format!(
                "{}: its example is not found (found {got:?})",
                d.id
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn every_builtin_detector_has_a_shared_vector() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/vectors");
    let mut expected = BTreeSet::new();
    for entry in std::fs::read_dir(&dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "json") {
            continue;
        }
        let v: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for case in v["cases"].as_array().into_iter().flatten() {
            for f in case["findings"].as_array().into_iter().flatten() {
                expected.insert(f["detector"].as_str().unwrap().to_string());
            }
        }
    }
    let missing: Vec<String> = Engine::builtin()
        .detectors()
        .into_iter()
        .map(|d| d.id)
        .filter(|id| !expected.contains(id))
        .collect();
    assert!(
        missing.is_empty(),
        "detectors without a vector: {missing:?}"
    );
}
