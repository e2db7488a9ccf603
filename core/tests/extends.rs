//! Policies that extend the built-in policy or a file: what an administrator
//! writes is only what changes, and the result decides like the whole policy.

use std::path::Path;
use tiergate::{Action, Engine, ErrorKind, Policy, Tier};

/// What an administrator writes: one custom detector, one setting, one
/// destination turned off, one rule of their own, their contact.
const ACME: &str = r#"
extends = "builtin"
id = "acme"
revision = "2026.12.03"

[escalation]
contact = "privacy@acme.example"

[categories.ticket]
tier = "internal"
description = "ACME support tickets"

[detectors.acme_ticket]
name = "ACME ticket"
category = "ticket"
patterns = [{ regex = '\bACME-\d{5}\b', score = 0.9 }]
example = "see ACME-12345"

[[destinations]]
id = "claude-ai"
approved = false

[[rules]]
id = "acme-internal-api"
tiers = ["internal"]
when = { destinations = ["claude-api"] }
action = "acknowledge"
message = "Internal data ({findings}): confirm before it goes to {destination}. {escalation}"
"#;

#[test]
fn a_policy_lists_only_what_it_changes() {
    let policy = Policy::from_toml(ACME).unwrap();
    let builtin = Policy::builtin();
    assert_eq!(policy.id, "acme");
    assert_eq!(policy.revision, "2026.12.03");
    assert_eq!(policy.categories.len(), builtin.categories.len() + 1);
    assert_eq!(
        policy.categories["health"], builtin.categories["health"],
        "inherited"
    );
    assert_eq!(policy.destinations.len(), builtin.destinations.len());
    assert!(!policy.destination("claude-ai").unwrap().approved);
    assert_eq!(
        policy.destination("claude-ai").unwrap().retention_days,
        builtin.destination("claude-ai").unwrap().retention_days,
        "the other fields of a changed destination stay"
    );
    assert_eq!(
        policy.rules[0].id, "acme-internal-api",
        "new rules come first"
    );
    assert_eq!(policy.rules.len(), builtin.rules.len() + 1);

    let engine = Engine::new(policy).unwrap();
    let report = engine.classify("Please look at ACME-12345 before Friday.");
    assert_eq!(report.tier, Tier::Internal);
    assert_eq!(report.findings[0].detector, "acme_ticket");
    let api = engine.decide(&report, "claude-api").unwrap();
    assert_eq!(api.action, Action::Acknowledge, "the added rule decides");
    assert!(
        api.message.contains("privacy@acme.example"),
        "{}",
        api.message
    );
    let web = engine.decide(&report, "claude-ai").unwrap();
    assert_eq!(web.action, Action::Block, "claude.ai is not approved here");
    // Everything else is the built-in policy's.
    let mail = engine.check("write to jane.doe@northwind-traders.com", "claude-api");
    assert_eq!(mail.unwrap().action, Action::Block);
}

#[test]
fn the_same_policy_in_json_and_its_resolved_form_agree() {
    let toml = Policy::from_toml(ACME).unwrap();
    let as_json = serde_json::json!({
        "extends": "builtin", "id": "acme", "revision": "2026.12.03",
        "escalation": {"contact": "privacy@acme.example"},
        "categories": {"ticket": {"tier": "internal", "description": "ACME support tickets"}},
        "detectors": {"acme_ticket": {"name": "ACME ticket", "category": "ticket",
            "patterns": [{"regex": "\\bACME-\\d{5}\\b", "score": 0.9}], "example": "see ACME-12345"}},
        "destinations": [{"id": "claude-ai", "approved": false}],
        "rules": [{"id": "acme-internal-api", "tiers": ["internal"], "when": {"destinations": ["claude-api"]},
            "action": "acknowledge",
            "message": "Internal data ({findings}): confirm before it goes to {destination}. {escalation}"}]
    });
    let json = Policy::from_json(&as_json.to_string()).unwrap();
    assert_eq!(json, toml);
    // The resolved form is a whole policy: it loads without the built-in one
    // and has the same stamp (what audit records name).
    let resolved = Policy::from_json(&toml.to_json()).unwrap();
    assert_eq!(resolved.stamp(), toml.stamp());
}

#[test]
fn extending_needs_its_own_name_and_a_known_base() {
    let unnamed = "extends = \"builtin\"\n[settings]\nmin_score = 0.6\n";
    let err = Policy::from_toml(unnamed).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::PolicyInvalid);
    assert!(err.message().contains("its own `id`"), "{err}");
    let file = "extends = \"base.toml\"\nid = \"x\"\nrevision = \"1\"\n";
    let err = Policy::from_toml(file).unwrap_err();
    assert!(err.message().contains("from its file"), "{err}");
    // A mistake in what the policy adds is reported as in any policy.
    let bad = ACME.replace("score = 0.9", "score = 9.0");
    assert!(Policy::from_toml(&bad).is_err());
    let bad_rule = ACME.replace("action = \"acknowledge\"", "action = \"maybe\"");
    let err = Policy::from_toml(&bad_rule).unwrap_err();
    assert_eq!(err.kind(), ErrorKind::PolicyParse);
    assert_eq!(err.path(), Some("rules[0].action"), "{err:?}");
}

fn write(dir: &Path, name: &str, text: &str) {
    std::fs::write(dir.join(name), text).unwrap();
}

#[test]
fn files_extend_files_relative_to_each_other_with_a_bound_and_no_cycle() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir(d.join("teams")).unwrap();
    write(d, "acme.toml", ACME);
    write(
        d,
        "teams/legal.toml",
        "extends = \"../acme.toml\"\nid = \"acme-legal\"\nrevision = \"3\"\n[settings]\nmin_score = 0.7\n",
    );
    let mut seen = Vec::new();
    let legal = Policy::from_path_verified(d.join("teams/legal.toml"), |path, text| {
        seen.push((path.file_name().unwrap().to_owned(), text.len()));
        Ok(())
    })
    .unwrap();
    assert_eq!(legal.id, "acme-legal");
    assert_eq!(legal.settings.min_score.hundredths(), 70);
    assert!(
        legal.detectors.contains_key("acme_ticket"),
        "from acme.toml"
    );
    assert_eq!(seen.len(), 2, "every file is shown to verify: {seen:?}");

    // A refusal from `verify` (a bad signature) stops the load.
    let refused = Policy::from_path_verified(d.join("teams/legal.toml"), |path, _| {
        if path.ends_with("acme.toml") {
            Err(tiergate::Error::new(
                ErrorKind::PolicySignature,
                "not signed",
            ))
        } else {
            Ok(())
        }
    });
    assert_eq!(refused.unwrap_err().kind(), ErrorKind::PolicySignature);

    // A cycle, and a chain longer than the bound.
    write(
        d,
        "a.toml",
        "extends = \"b.toml\"\nid = \"a\"\nrevision = \"1\"\n",
    );
    write(
        d,
        "b.toml",
        "extends = \"a.toml\"\nid = \"b\"\nrevision = \"1\"\n",
    );
    let err = Policy::from_path(d.join("a.toml")).unwrap_err();
    assert!(err.message().contains("extends itself"), "{err}");
    for i in 0..=tiergate::MAX_EXTENDS_DEPTH + 1 {
        let base = if i == 0 {
            "builtin".to_string()
        } else {
            format!("p{}.toml", i - 1)
        };
        write(
            d,
            &format!("p{i}.toml"),
            &format!("extends = \"{base}\"\nid = \"p{i}\"\nrevision = \"1\"\n"),
        );
    }
    // p0 extends the built-in policy; pN is a chain of N + 1 files.
    let deep = tiergate::MAX_EXTENDS_DEPTH;
    let err = Policy::from_path(d.join(format!("p{deep}.toml"))).unwrap_err();
    assert!(err.message().contains("extend each other"), "{err}");
    let ok = Policy::from_path(d.join(format!("p{}.toml", deep - 1))).unwrap();
    assert_eq!(ok.id, format!("p{}", deep - 1));

    // A mistake in an extended file names that file.
    write(
        d,
        "broken.toml",
        "id = \"x\"\nrevision = \"1\"\nschema = [\n",
    );
    write(
        d,
        "top.toml",
        "extends = \"broken.toml\"\nid = \"t\"\nrevision = \"1\"\n",
    );
    let err = Policy::from_path(d.join("top.toml")).unwrap_err();
    assert!(err.message().contains("broken.toml"), "{err}");
}
