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
        "round 11, written by an eighth writer, who had read nothing of the repository, measured \
         once (precision 0.732, recall 0.757, 32 of 99 public names flagged); after that session's \
         rules 0.739, 0.764, 32 of 99; after joined Hebrew and Arabic prepositions and the \
         other forms and areas of public words 0.743, 0.764, 30 of 99; with the personal \
         words of 30 languages 0.745, 0.770; not looked at",
    ),
    (
        "hr-holdout",
        "round 10 (seventh writer, who had read nothing of the repository), measured once: \
         precision 0.951, recall 0.780 (the same after the name rules of two sessions and a \
         blind writer's 1,049 other forms and paraphrases of the HR keywords); not looked at",
    ),
    (
        "phones-holdout",
        "round 7 (a writer who had read nothing of the repository), measured once: precision \
         1.000, recall 0.874 (the same after a span of years stopped counting); not looked at",
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
