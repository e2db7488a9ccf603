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
         characters, the Arabic nasab 0.950, 0.885 (21 of 519 public names flagged: that target is met)",
    ),
    (
        "people-holdout",
        "round 10, written by a seventh writer, who had read nothing of the repository, measured \
         once (precision 0.752, recall 0.824, 24 of 99 public names flagged); after the public-context \
         words 0.800, 0.824, 15 of 99; after the role nouns 0.811, 0.853, 14 of 99; after \
         greetings, list items, roles before one given name 0.816, 0.892, 15 of 99; after \
         public-event and thing words, a context window in characters 0.867, 0.892, 7 of 99; not \
         looked at",
    ),
    (
        "hr-holdout",
        "round 9 (sixth writer, who had read nothing of the repository), measured once: precision \
         0.921, recall 0.700 (the same after 1,090 more phrases from two other writers); not looked \
         at",
    ),
    (
        "internal-holdout",
        "round 6 (a writer who had read nothing of the repository), measured once: precision \
         0.806, recall 0.758 (0.962, 0.758 since a second finding inside one labelled marking \
         is no false alarm; 0.963, 0.788 after 397 marking phrases from another writer); not looked at",
    ),
    (
        "phones-holdout",
        "round 6 (a writer who had read nothing of the repository), measured once: precision \
         0.986, recall 0.816; after 1,351 phone words from another writer 0.986, 0.839; not \
         looked at",
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
