//! The built-in catalogue meets the accuracy targets on the labelled set in
//! `tests/accuracy/` (see docs/accuracy.md for the full table).

mod support {
    pub mod accuracy;
}
use support::accuracy;

/// Groups that are below their target today, with the reason. Each entry must
/// be explained in docs/accuracy.md; the test fails when one starts to meet the
/// target, so the list cannot go stale.
const BELOW_TARGET: &[(&str, &str)] = &[
    (
        "people-holdout",
        "round 9, written by a sixth writer, who had read nothing of the repository, measured \
         once (precision 0.554, recall 0.719, 33 of 99 public names flagged); not looked at",
    ),
    (
        "hr-holdout",
        "round 8 (fifth writer), measured once: recall 0.700; 0.760 after the name and keyword \
         changes made on the tune part; not looked at",
    ),
    (
        "internal-holdout",
        "round 5 (first measurement: precision 0.957, recall 0.667; 0.875 and 0.848 after marking \
         phrases written by a writer who had not seen the set and a stage-label host pattern)",
    ),
    (
        "phones-holdout",
        "round 5 (first measurement: precision 0.987, recall 0.851); the phone detector has not \
         been changed since, and its misses have not been looked at",
    ),
];

#[test]
fn labelled_set_meets_the_targets() {
    let cases = accuracy::load(&accuracy::cases_path());
    assert!(
        cases.len() >= 2000,
        "the accuracy set must keep at least 2,000 cases, has {}",
        cases.len()
    );
    let ev = accuracy::evaluate(&tiergate::Engine::builtin(), &cases);

    // Every built-in detector has labelled positives.
    let unlabelled: Vec<_> = ev
        .per_detector
        .iter()
        .filter(|(_, c)| c.tp + c.fn_ == 0)
        .map(|(d, _)| d.clone())
        .collect();
    assert!(
        unlabelled.is_empty(),
        "detectors without labelled cases: {unlabelled:?}"
    );

    let mut failures = Vec::new();
    for (group, c) in ev.per_group() {
        let Some((metric, t)) = accuracy::target(&group) else {
            continue;
        };
        let below = BELOW_TARGET.iter().any(|(g, _)| *g == group);
        match (accuracy::meets(&group, &c), below) {
            (true, true) => failures.push(format!(
                "{group} now meets its target: remove it from BELOW_TARGET"
            )),
            (false, false) => failures.push(format!(
                "{group}: {metric} below {t} (precision {:.3}, recall {:.3}, F1 {:.3})",
                c.precision(),
                c.recall(),
                c.f1()
            )),
            _ => {}
        }
    }
    assert!(
        failures.is_empty(),
        "{}\nmisses and false alarms:\n  {}",
        failures.join("\n"),
        ev.problems.join("\n  ")
    );
}
