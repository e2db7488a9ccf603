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
        "people",
        "the other people the personal sentences name (a cousin, a second parent on a rota) are \
         labelled since round 10: recall 0.901 -> 0.867, mostly lone given \
         names (`my cousin Dana`) the recogniser does not report; every tune sentence is a case since the generators stopped \
         reaching only the first sixteen of each pool: precision 0.960 -> 0.870, recall 0.834; with \
         the public-context words of 27 languages 0.912, 0.831; with the role nouns of 30 \
         languages 0.912, 0.839; with greetings, list items, one given name after a role, 16 \
         more other people labelled 0.915, 0.878; with CLDR's calendar and country words, \
         single words of public events and of things named after someone, a context window in \
         characters, the Arabic nasab 0.950, 0.885 (21 of 519 public names flagged); round 10 moved \
         to tune 0.935, 0.881 (33 of 609 public names flagged, 5.4 %); with form fields without case, \
         Irish particles, Korean roles and closes, offices signing letters, list companions 0.945, \
         0.898 (31 of 609)",
    ),
    (
        "people-holdout",
        "round 11, written by an eighth writer, who had read nothing of the repository, measured \
         once (precision 0.732, recall 0.757, 32 of 99 public names flagged); after this session's \
         rules 0.739, 0.764, 32 of 99; not looked at",
    ),
    (
        "hr-holdout",
        "round 10 (seventh writer, who had read nothing of the repository), measured once: \
         precision 0.951, recall 0.780 (the same after this session's name rules); not looked at",
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
