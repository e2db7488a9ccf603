//! The engine's behaviour through its public API: the decision matrix of the
//! framework, messages without values, escalation, regulations, redaction,
//! batches and errors that point at the policy.

use tiergate::{Action, Decision, Engine, Policy, Redacted, Tier};

/// Each finding of `text`: its detector and the text it covers.
fn findings(e: &Engine, text: &str) -> Vec<(String, String)> {
    e.classify(text)
        .findings
        .iter()
        .map(|f| {
            (
                f.detector.clone(),
                text[f.span.start..f.span.end].to_string(),
            )
        })
        .collect()
}

/// The text each finding of `detector` in `text` covers.
fn found_by(e: &Engine, text: &str, detector: &str) -> Vec<String> {
    findings(e, text)
        .into_iter()
        .filter(|(d, _)| d == detector)
        .map(|(_, t)| t)
        .collect()
}

#[test]
fn unknown_destination_is_an_error_with_code() {
    let e = Engine::builtin();
    let err = e.check("hello", "chatgpt").unwrap_err();
    assert_eq!(err.code(), "unknown_destination");
    assert!(err.message().contains("claude-ai"));
}

#[test]
fn the_matrix_of_the_seed_framework() {
    let e = Engine::builtin();
    let cases = [
        (
            "Summarise our public blog post about gardening.",
            Tier::Public,
            ["allow", "allow", "allow", "allow"],
        ),
        (
            "INTERNAL USE ONLY: the onboarding checklist",
            Tier::Internal,
            ["warn", "warn", "acknowledge", "allow"],
        ),
        (
            "Customer email: jane.doe@acme.io",
            Tier::Sensitive,
            ["block", "block", "block", "allow"],
        ),
        (
            "key AKIAZ7Q3L5X9M2B4C6D8 leaked",
            Tier::Restricted,
            ["block", "block", "block", "block"],
        ),
    ];
    for (text, tier, actions) in cases {
        let r = e.classify(text);
        assert_eq!(r.tier, tier, "{text}");
        for (dest, want) in [
            "claude-ai",
            "claude-api",
            "claude-projects",
            "claude-enterprise-zdr",
        ]
        .iter()
        .zip(actions)
        {
            let d = e.decide(&r, dest).unwrap();
            assert_eq!(d.action.as_str(), want, "{text} -> {dest}: {}", d.message);
        }
    }
}

#[test]
fn decisions_explain_without_leaking_values() {
    let e = Engine::builtin();
    let text = "Email jane.doe@acme.io and john@acme.io, SSN 536-90-4399";
    let d = e.check(text, "claude-ai").unwrap();
    assert_eq!(d.action, Action::Block);
    assert_eq!(d.rule, "restricted-never");
    assert!(d.redaction_available);
    assert!(d.recommended.is_empty());
    assert_eq!(d.reasons[0].detector, "us_ssn");
    assert_eq!(
        d.reasons
            .iter()
            .find(|r| r.detector == "email")
            .unwrap()
            .count,
        2
    );
    assert!(d.message.contains("Restricted"), "{}", d.message);
    for secret in ["jane.doe", "acme.io", "536-90-4399"] {
        assert!(!d.message.contains(secret) && !d.to_json().contains(secret));
    }
    // The built-in policy names no one to ask, so no hint meant for an
    // administrator reaches the person who is blocked.
    assert_eq!(d.escalation, None);
    assert!(!d.message.contains("escalation"), "{}", d.message);
    assert!(d.message.ends_with("deployment."), "{}", d.message);
    let v: serde_json::Value = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["action"], "block");
    let back: Decision = serde_json::from_str(&d.to_json()).unwrap();
    assert_eq!(back, d);
}

#[test]
fn escalation_text_per_tier_reaches_messages_and_decisions() {
    let src = "extends = \"builtin\"\nid = \"acme\"\nrevision = \"1\"\n\
         [escalation]\ncontact = \"privacy@acme.example\"\nurl = \"https://acme.example/ai\"\n\
         text = \"Questions: {contact}.\"\n\
         [escalation.tiers]\nrestricted = \"Never paste this; call {contact} or see {url}.\"";
    let engine = Engine::new(Policy::from_toml(src).unwrap()).unwrap();
    let restricted = engine.check("SSN 536-90-4399", "claude-ai").unwrap();
    assert!(restricted
        .message
        .ends_with("Never paste this; call privacy@acme.example or see https://acme.example/ai."));
    let esc = restricted.escalation.clone().unwrap();
    assert_eq!(
        esc.text.as_deref(),
        Some("Never paste this; call {contact} or see {url}.")
    );
    assert!(
        esc.tiers.is_empty(),
        "a decision carries only its tier's text"
    );
    let sensitive = engine.check("mail jane.doe@acme.io", "claude-ai").unwrap();
    let esc = sensitive.escalation.unwrap();
    assert_eq!(esc.sentence(), "Questions: privacy@acme.example.");
    let allowed = engine.check("hello", "claude-ai").unwrap();
    assert_eq!(allowed.escalation, None);
}

#[test]
fn markings_are_not_redactable() {
    let e = Engine::builtin();
    let d = e
        .check(
            "PRIVILEGED & CONFIDENTIAL - contact jane.doe@acme.io",
            "claude-enterprise-zdr",
        )
        .unwrap();
    assert_eq!(d.action, Action::Block);
    assert!(!d.redaction_available);
    let d = e.check("contact jane.doe@acme.io", "claude-ai").unwrap();
    assert!(d.redaction_available);
}

#[test]
fn hipaa_needs_a_baa() {
    let src = Policy::builtin_source()
        .replace("agreements = [\"dpa\", \"baa\"]", "agreements = [\"dpa\"]");
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
    let d = e
        .check("MRN: 00482913 for the patient", "claude-enterprise-zdr")
        .unwrap();
    assert_eq!(d.action, Action::Block);
    assert_eq!(d.rule, "regulation:hipaa");
    assert!(d.message.contains("Business Associate Agreement"));
    let d = Engine::builtin()
        .check("MRN: 00482913 for the patient", "claude-enterprise-zdr")
        .unwrap();
    assert_eq!(d.action, Action::Allow);
}

#[test]
fn redaction_numbers_placeholders_and_restores() {
    let e = Engine::builtin();
    let text = "a@acme.io, b@acme.io, a@acme.io; call (415) 867-5309";
    let r = e.redact(text, &e.classify(text));
    assert_eq!(r.text(), "[EMAIL_1], [EMAIL_2], [EMAIL_1]; call [PHONE_1]");
    assert_eq!(r.replacements().len(), 4);
    assert_eq!(
        r.restore("to [EMAIL_2] and [PHONE_1]"),
        "to b@acme.io and (415) 867-5309"
    );
    assert!(!r.to_json().contains("acme"));
    // The redacted text is public.
    assert_eq!(e.classify(r.text()).tier, Tier::Public);
}

#[test]
fn classify_many_matches_classify_in_order() {
    let e = Engine::builtin();
    let texts: Vec<String> = (0..500)
        .map(|i| match i % 3 {
            0 => format!("row {i}: nothing here"),
            1 => format!("row {i}: mail user{i}@acme.io"),
            _ => format!("row {i}: SSN 536-90-4399"),
        })
        .collect();
    let many = e.classify_many(&texts, 2);
    assert_eq!(many.len(), texts.len());
    for (t, r) in texts.iter().zip(&many) {
        assert_eq!(&e.classify(t), r);
    }
    assert!(e.classify_many(&Vec::<String>::new(), 0).is_empty());
}

#[test]
fn batches_decide_together_and_share_placeholders() {
    let e = Engine::builtin();
    let d = e
        .check_many(
            &["system prompt", "INTERNAL USE ONLY", "mail a@acme.io"],
            "claude-ai",
        )
        .unwrap();
    assert_eq!((d.tier, d.action), (Tier::Sensitive, Action::Block));
    assert_eq!(d.reasons.len(), 2);
    assert_eq!(
        e.check_many(&["fine", "also fine"], "claude-ai")
            .unwrap()
            .action,
        Action::Allow
    );
    assert!(e.check_many(&["x"], "nowhere").is_err());
    let parts = e.redact_many(&["a@acme.io", "b@acme.io a@acme.io"]);
    assert_eq!(parts[0].text(), "[EMAIL_1]");
    assert_eq!(parts[1].text(), "[EMAIL_2] [EMAIL_1]");
    assert_eq!(
        Redacted::restore_all(&parts, "[EMAIL_2]/[EMAIL_1]"),
        "b@acme.io/a@acme.io"
    );
}

#[test]
fn engine_errors_point_at_the_detector() {
    let src = format!(
        "{}\n[detectors.codename]\ncategory = \"nope\"\nkeywords = [\"Bluebird\"]\n",
        Policy::builtin_source()
    );
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap_err();
    assert_eq!(e.code(), "policy_invalid");
    assert_eq!(e.path(), Some("detectors.codename.category"));
    let loc = e.location().expect("located");
    assert!(
        src.lines()
            .nth(loc.line - 1)
            .unwrap()
            .starts_with("category = \"nope\""),
        "{e}"
    );
}

#[test]
fn redact_ignores_a_report_from_another_text() {
    let e = Engine::builtin();
    let report = e.classify("a long text with jane.doe@acme.io in it");
    let r = e.redact("short", &report);
    assert_eq!(r.text(), "short");
}

#[test]
fn a_batch_restores_streams_and_serialises_without_values() {
    let e = Engine::builtin();
    let batch = tiergate::RedactedBatch::new(e.redact_many(&["mail a@acme.io", "😀 b@acme.io"]));
    assert_eq!(batch.texts(), ["mail [EMAIL_1]", "😀 [EMAIL_2]"]);
    assert_eq!(batch.replacement_count(), 2);
    assert_eq!(batch.restore("[EMAIL_2]+[EMAIL_1]"), "b@acme.io+a@acme.io");
    let json = batch.to_json_in(tiergate::OffsetUnit::Utf16);
    assert!(!json.contains("acme"), "{json}");
    let wire: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(
        wire[1]["replacements"][0]["start"], 3,
        "UTF-16: the emoji is two units"
    );
    let mut stream = batch.stream_restorer();
    let pieces = ["to [EM", "AIL_1] and [", "EMAIL_2", "] [x", "]"];
    let restored: String = pieces.iter().map(|p| stream.push(p)).collect();
    assert_eq!(restored + &stream.flush(), "to a@acme.io and b@acme.io [x]");
}

#[test]
fn an_audit_record_of_a_payload_decision_says_where_never_what() {
    let tmp = tempfile::Builder::new()
        .prefix("tiergate-audit-paths-")
        .tempdir()
        .unwrap();
    let dir = tmp.path();
    let path = dir.join("audit.jsonl");
    let e = Engine::builtin();
    let request = serde_json::json!({"messages": [{"role": "user", "content": [
        {"type": "text", "text": "mail jane.doe@acme.io"},
        {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}
    ]}]});
    let g = e
        .guard_payload(&request, "claude-api", tiergate::GuardMode::Block)
        .unwrap();
    let mut log =
        tiergate::audit::AuditLog::open(&path, tiergate::audit::Durability::Buffered).unwrap();
    let ctx = tiergate::audit::AuditContext {
        surface: "test".into(),
        ..Default::default()
    };
    log.record_decision(&e, &g.decided_texts, g.outcome.decision(), &ctx)
        .unwrap();
    drop(log);
    let line = std::fs::read_to_string(&path).unwrap();
    let record: serde_json::Value = serde_json::from_str(line.trim()).unwrap();
    assert_eq!(
        record["paths"]["email"],
        serde_json::json!(["messages[0].content[0].text"])
    );
    assert_eq!(record["unreadable"][0]["kind"], "image");
    assert!(!line.contains("jane.doe") && !line.contains("iVBORw0KGgo"));
    assert!(tiergate::audit::verify(&path).unwrap().is_intact());
}

#[test]
fn a_report_edited_on_its_way_back_cannot_lower_the_decision() {
    let e = Engine::builtin();
    let honest = e.check("SSN 536-90-4399", "claude-ai").unwrap();
    assert_eq!(honest.action, Action::Block);
    let mut wire = serde_json::to_value(e.classify("SSN 536-90-4399").to_wire()).unwrap();
    // The report's tier, then the finding's tier, category and regulations too.
    wire["tier"] = "public".into();
    let edited: tiergate::ReportWire = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(e.decide_wire(&edited, "claude-ai").unwrap(), honest);
    wire["findings"][0]["tier"] = "public".into();
    wire["findings"][0]["category"] = "other".into();
    wire["findings"][0]["regulations"] = serde_json::json!([]);
    let edited: tiergate::ReportWire = serde_json::from_value(wire.clone()).unwrap();
    assert_eq!(e.decide_wire(&edited, "claude-ai").unwrap(), honest);
    // A detector this engine does not have keeps the tier it came with, and
    // the report's tier is at least that.
    wire["findings"][0]["detector"] = "someone_elses".into();
    wire["findings"][0]["tier"] = "sensitive".into();
    let edited: tiergate::ReportWire = serde_json::from_value(wire).unwrap();
    let d = e.decide_wire(&edited, "claude-ai").unwrap();
    assert_eq!((d.tier, d.action), (Tier::Sensitive, Action::Block));
}

#[test]
fn redaction_is_by_value_across_a_request_and_placeholders_never_collide() {
    let e = Engine::builtin();
    let label = e
        .detectors()
        .into_iter()
        .find(|d| d.id == "bank_account")
        .unwrap()
        .label;
    // The second text has the number without the words that make it a
    // finding, and holds a literal placeholder of the first number's form.
    let literal = format!("[{label}_1]");
    let texts = [
        "Account number: 40817263915".to_string(),
        format!(
            "Wire to 40817263915 today (see {literal} in the template); 408172639150 is another."
        ),
    ];
    assert!(e.classify(&texts[1]).findings.is_empty());
    let parts = e.redact_many(&texts);
    let second = format!("[{label}_2]");
    assert_eq!(parts[0].text(), format!("Account number: {second}"));
    assert_eq!(
        parts[1].text(),
        format!("Wire to {second} today (see {literal} in the template); {second}0 is another.")
    );
    for (part, text) in parts.iter().zip(&texts) {
        assert_eq!(Redacted::restore_all(&parts, part.text()), *text);
    }
    // One text alone: the same value later in it goes too.
    let text = "Account number: 40817263915. Again: 40817263915.";
    let r = e.redact(text, &e.classify(text));
    assert_eq!(
        r.text().matches(&format!("[{label}_1]")).count(),
        2,
        "{}",
        r.text()
    );
}

#[test]
fn personnel_matters_are_sensitive_only_about_a_person() {
    let e = Engine::builtin();
    let about =
        e.classify("Please draft a written warning for Tomasz Wiśniewski about repeated lateness.");
    assert_eq!(about.tier, Tier::Sensitive);
    let hr = about
        .findings
        .iter()
        .find(|f| f.detector == "hr_record")
        .expect("an HR finding");
    assert_eq!(hr.category, "hr");
    assert_eq!(hr.regulations, ["gdpr"]);
    // The same words about nobody: HR policy text stays public.
    let policy = e.classify("Our policy: a written warning follows two late arrivals; sick leave over three days needs a note.");
    assert!(
        policy.findings.iter().all(|f| f.detector != "hr_record"),
        "{:?}",
        policy.findings
    );
    assert_eq!(policy.tier, Tier::Public);
    // A personnel number identifies the person as well as a name does.
    let numbered = e.classify("Employee ID: 483920 is on maternity leave until June.");
    assert!(numbered.findings.iter().any(|f| f.detector == "hr_record"));
}

#[test]
fn words_ambiguous_alone_are_a_personnel_matter_in_pairs() {
    let e = Engine::builtin();
    let hr = |text: &str| -> Vec<String> {
        let r = e.classify(text);
        r.findings
            .iter()
            .filter(|f| f.detector == "hr_record")
            .map(|f| text[f.span.start..f.span.end].to_string())
            .collect()
    };
    // Two different words of the paired list in one sentence about a person.
    let both = "Can you check that the raise for Tomasz Wiśniewski hit payroll last month?";
    assert_eq!(hr(both), ["raise", "payroll"]);
    // One alone is not a matter, nor one word twice (`reference`, `references`).
    assert!(hr("Can you raise a ticket for Tomasz Wiśniewski about the broken screen?").is_empty());
    assert!(
        hr("Tomasz Wiśniewski updated the reference docs and fixed two references.").is_empty()
    );
    // Nor two in different sentences.
    assert!(hr("Tomasz Wiśniewski asked about the raise. Payroll runs on Friday.").is_empty());
    // An acronym of the list counts only in capitals: `pip` installs packages.
    let caps = "Draft a PIP for Tomasz Wiśniewski with weekly check-ins with his line manager.";
    assert_eq!(hr(caps), ["PIP", "line manager"]);
    let lower = "Tomasz Wiśniewski asked how to pip install the package his line manager sent.";
    assert!(hr(lower).is_empty(), "{:?}", hr(lower));
    // About nobody, still nothing.
    assert!(hr("Reminder: the raise is processed through payroll in April.").is_empty());
    // A longer paired phrase never hides an ordinary keyword inside it:
    // `工资条` ("payslip") is paired, `工资` ("pay") a keyword.
    assert_eq!(hr("张伟的工资条上多扣了一笔社保。"), ["工资"]);
    // One word inflected is one word, not a pair (`премия`, `премию`).
    assert!(hr("Тимур Макаров спросил про премию; премия будет в марте.").is_empty());
    assert!(!hr("Тимур Макаров спросил про премию; оклад будет в марте.").is_empty());
}

#[test]
fn a_policy_detector_of_paired_keywords_only() {
    let src = format!(
        "{}\n[detectors.pay_pairs]\ncategory = \"hr\"\npaired_keywords = [\"bonus\", \"payslip\", \"PAYE\"]\n",
        Policy::builtin_source()
    );
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
    let found = |text: &str| {
        e.classify(text)
            .findings
            .iter()
            .filter(|f| f.detector == "pay_pairs")
            .count()
    };
    assert_eq!(found("The bonus is on the payslip."), 2);
    assert_eq!(found("The bonus is paid in March."), 0);
    assert_eq!(found("The bonus shows under PAYE."), 2);
    assert_eq!(found("The bonus shows under paye."), 0);
}

#[test]
fn requires_nearby_must_name_a_detector() {
    let src = format!(
        "{}\n[detectors.bonus_terms]\ncategory = \"hr\"\nkeywords = [\"bonus\"]\nrequires_nearby = [\"person_nam\"]\n",
        Policy::builtin_source()
    );
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap_err();
    assert_eq!(e.code(), "policy_invalid");
    assert_eq!(e.path(), Some("detectors.bonus_terms.requires_nearby[0]"));
    assert!(e.message().contains("person_nam"), "{e}");
}

#[test]
fn a_policy_written_before_a_category_existed_still_loads() {
    // The policy names every category it knew, not `hr`: the built-in HR
    // detector takes the built-in policy's `hr` category.
    let mut policy = Policy::builtin();
    policy.categories.remove("hr");
    let e = Engine::new(policy).expect("loads");
    let r =
        e.classify("Please draft a written warning for Tomasz Wiśniewski about repeated lateness.");
    let hr = r
        .findings
        .iter()
        .find(|f| f.detector == "hr_record")
        .expect("found");
    assert_eq!(hr.tier, Tier::Sensitive);
    // A custom detector must still name a category the policy defines.
    let src = format!(
        "{}\n[detectors.pay_terms]\ncategory = \"payroll\"\nkeywords = [\"payslip\"]\n",
        Policy::builtin_source()
    );
    let err = Engine::new(Policy::from_toml(&src).unwrap()).unwrap_err();
    assert_eq!(err.path(), Some("detectors.pay_terms.category"));
}

#[test]
fn the_organisations_domains_and_codenames_are_internal() {
    let src = format!(
        "{}\n[organisation]\ndomains = [\"fabrikam-tools.com\", \"fabrikam.net\"]\ncodenames = [\"Bluebird\", \"Project Kestrel\"]\n",
        Policy::builtin_source()
    );
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
    let found = |text: &str| findings(&e, text);
    assert_eq!(
        found("open https://jira.fabrikam-tools.com/browse/OPS-12 and check"),
        [(
            "org_host".into(),
            "https://jira.fabrikam-tools.com/browse/OPS-12".into()
        )]
    );
    assert_eq!(
        found("ssh to build-7.dev.fabrikam.net:2222"),
        [("org_host".into(), "build-7.dev.fabrikam.net:2222".into())]
    );
    assert_eq!(e.classify("Bluebird ships in May").tier, Tier::Internal);
    // The public face, other organisations, an ordinary bluebird, an address.
    for text in [
        "see www.fabrikam.net for the press kit",
        "fabrikam-tools.com is our homepage",
        "docs.fabrikam-tools.org is someone else's",
        "a bluebird sat on the fence",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    assert_eq!(
        found("write to jane@mail.fabrikam.net")[0].0,
        "email",
        "an address stays an address"
    );
    // A domain that is not one is a policy error that points at it.
    let bad = format!(
        "{}\n[organisation]\ndomains = [\"fabrikam\"]\n",
        Policy::builtin_source()
    );
    let err = Policy::from_toml(&bad)
        .and_then(Engine::new)
        .expect_err("not a domain");
    assert_eq!(err.path(), Some("organisation.domains[0]"));
}

#[test]
fn keywords_ignore_case_in_every_script_unless_asked_not_to() {
    let src = format!(
        "{}\n[detectors.stamp]\ncategory = \"internal_marking\"\nkeywords = [\"сводка по складу\", \"Straße gesperrt\"]\n\
         [detectors.codeword]\ncategory = \"codename\"\ncase_sensitive = true\nkeywords = [\"Ökosystem\"]\n",
        Policy::builtin_source()
    );
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
    let found = |text: &str, detector: &str| found_by(&e, text, detector);
    for stamp in ["Сводка по складу", "СВОДКА ПО СКЛАДУ"] {
        assert_eq!(found(&format!("{stamp}: план"), "stamp"), [stamp]);
    }
    assert_eq!(found("STRASSE gesperrt", "stamp"), Vec::<String>::new());
    assert_eq!(found("STRAßE GESPERRT heute", "stamp"), ["STRAßE GESPERRT"]);
    assert_eq!(found("das Ökosystem", "codeword"), ["Ökosystem"]);
    assert_eq!(found("das ökosystem", "codeword"), Vec::<String>::new());
    // A stem takes any ending, and only an ending: the word is found whole.
    let src = format!(
        "{}\n[detectors.reprimand]\ncategory = \"internal_marking\"\nkeywords = [\"nagan*\", \"на больничн*\"]\n",
        Policy::builtin_source()
    );
    let stems = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
    let spans = |text: &str| found_by(&stems, text, "reprimand");
    assert_eq!(spans("dostał naganę za spóźnienia"), ["naganę"]);
    assert_eq!(spans("Nagany, dwie."), ["Nagany"]);
    assert_eq!(spans("Он на больничном с понедельника"), ["на больничном"]);
    assert_eq!(spans("bez nagan"), ["nagan"]);
    assert_eq!(spans("zanagana"), Vec::<String>::new());
}

#[test]
fn context_words_match_in_any_case_in_every_script() {
    let e = Engine::builtin();
    // The built-in phone words are written in lower case; a form's label is
    // capitalised or in capitals.
    for label in [
        "телефон",
        "Телефон",
        "ТЕЛЕФОН",
        "Τηλέφωνο",
        "ΤΗΛΈΦΩΝΟ",
        "Điện thoại",
    ] {
        let text = format!("{label}: 210 7782432");
        assert_eq!(found_by(&e, &text, "phone"), ["210 7782432"], "{label}");
    }
    // A policy's own word, written capitalised, matches in lower case too.
    let src = format!(
        "{}\n[detectors.ticket]\ncategory = \"internal_marking\"\nrequires_context = true\n\
         context = [\"Заявка\"]\n[[detectors.ticket.patterns]]\nregex = '\\bT-\\d{{4}}\\b'\nscore = 0.8\n",
        Policy::builtin_source()
    );
    let e = Engine::new(Policy::from_toml(&src).unwrap()).unwrap();
    for text in ["заявка T-4821", "Заявка T-4821", "ЗАЯВКА T-4821"] {
        assert_eq!(found_by(&e, text, "ticket"), ["T-4821"], "{text}");
    }
    assert_eq!(found_by(&e, "билет T-4821", "ticket"), Vec::<String>::new());
}

#[test]
fn a_personnel_matter_makes_name_shaped_words_a_person() {
    let e = Engine::builtin();
    let found = |text: &str| findings(&e, text);
    // Two words the lexicon knows only as surnames: not a name alone...
    assert_eq!(found("Mauritz Berglund får en ny cykel."), []);
    // ...but a pay rise in the same sentence is about a person.
    let text = "Mauritz Berglund får en löneförhöjning från och med april.";
    assert_eq!(
        found(text),
        [
            ("person_name".into(), "Mauritz Berglund".into()),
            ("hr_record".into(), "löneförhöjning".into())
        ]
    );
    assert_eq!(e.classify(text).tier, Tier::Sensitive);
    // In Devanagari, a given name the lexicon knows and another word
    // (`आभा`, "radiance", is also a word), not a verb and its auxiliary.
    let offer = "कृपया आभा जयरामन के लिए एक ऑफ़र लेटर ड्राफ़्ट करें।";
    assert!(found(offer).contains(&("person_name".into(), "आभा जयरामन".into())));
    let gave = "कृपया ललित के लिए रेफरेंस लेटर तैयार कर दें, उन्होंने इस्तीफा दिया था।";
    assert_eq!(found(gave), []);
    // A sentence further off, or title-case words the lexicon does not know
    // as names, are not enough (a personal word in the next sentence, or
    // within the context window, is: the pay rise is then a note about the
    // name).
    assert_eq!(
        found("Mauritz Berglund. Kontoret stänger på fredag och öppnar igen på måndag. Löneförhöjning ges i april."),
        []
    );
    assert_eq!(
        found("Parental Leave Policy: parental leave is 16 weeks."),
        []
    );
    // Two capitalised words the lexicon knows neither of, in the sentence
    // of a personnel matter, are the person it is about; nouns (German
    // capitalises them) and a law's name with a suffix are not.
    let text = "Temistocle Mercati-Pigafetta rientra dal congedo di maternità a settembre.";
    assert_eq!(
        found(text),
        [
            ("person_name".into(), "Temistocle Mercati-Pigafetta".into()),
            ("hr_record".into(), "congedo di maternità".into())
        ]
    );
    assert_eq!(
        found("Temistocle Mercati-Pigafetta rientra a settembre."),
        []
    );
    for text in [
        "Wie lange ist die Kündigungsfrist nach fünf Jahren Betriebszugehörigkeit?",
        "İş Kanunu'na göre kıdem tazminatı ne kadar?",
    ] {
        assert!(
            !found(text).iter().any(|f| f.0 == "person_name"),
            "{text}: {:?}",
            found(text)
        );
    }
    // A name-shaped pair scored too low to report (`दिया है`, "has given")
    // does not stand in for the person the matter is about.
    let text = "मधुर सक्सेना ने आज इस्तीफ़ा दे दिया है";
    assert_eq!(
        found(text),
        [
            ("person_name".into(), "मधुर सक्सेना".into()),
            ("hr_record".into(), "इस्तीफ़ा".into())
        ]
    );
}

#[test]
fn warming_up_changes_no_result() {
    let text = "Mauritz Berglund får en löneförhöjning; call +44 20 7183 9264, \
                ssh to jira.staging.wingtip-tools.net, Anschrift: Musterstraße 12, 10115 Berlin";
    let cold = Engine::new(Policy::builtin()).unwrap();
    let warm = Engine::new(Policy::builtin()).unwrap();
    warm.warm_up();
    assert_eq!(warm.classify(text), cold.classify(text));
    assert!(warm.classify(text).findings.len() >= 4);
}

#[test]
fn an_area_code_before_a_slash_is_part_of_the_number() {
    let e = Engine::builtin();
    // Hungarian and Central European writing: the area code, bracketed or
    // a single digit after the trunk prefix, then a slash.
    for (text, number) in [
        ("Hívjon a 06-1/457 3921 számon.", "06-1/457 3921"),
        ("Tel.: (30)/669-1476", "(30)/669-1476"),
        ("Telefon: (06)/30-418-2957", "(06)/30-418-2957"),
    ] {
        assert_eq!(found_by(&e, text, "phone"), [number], "{text}");
    }
    // Dates and references with slashes stay what they are.
    for text in ["Telefon: 2024/11/15", "Bescheid vom 06/1/2024"] {
        assert!(found_by(&e, text, "phone").is_empty(), "{text}");
    }
}

#[test]
fn what_a_number_is_for_makes_it_one_to_call() {
    let e = Engine::builtin();
    // Grouped without a trunk prefix, a number needs a word saying it is
    // one to call: a phone word, a line, or what it is for.
    for text in [
        "Lost property office: 612 483 907",
        "Direct line 612 483 907, mornings only.",
        "Cambio de cita: 612 483 907",
        "Bei Rückfragen: 0612483907",
        "师傅周四上门，如果家里没人请打612483907。",
    ] {
        assert_eq!(found_by(&e, text, "phone").len(), 1, "{text}");
    }
    for text in ["Total: 612 483 907", "Room 612 483 907"] {
        assert!(found_by(&e, text, "phone").is_empty(), "{text}");
    }
}

#[test]
fn a_number_just_after_a_persons_name_is_theirs() {
    let e = Engine::builtin();
    // No phone word: the name before the number says whose it is, the
    // recogniser's (`Kari Nilsen`, on the line above) or one word written as
    // a given name or a surname (`Ana`, `Γιώργος`, `Rui`).
    for (text, number) in [
        ("Falar com a Ana: 964 766 143", "964 766 143"),
        ("Πληροφορίες: Γιώργος 210 178 3479", "210 178 3479"),
        ("Vakt i helgen: Kari Nilsen\n74548308", "74548308"),
        ("Interessados: Rui, (351) 914366979", "(351) 914366979"),
        // A table's cells, and an e-mail address, which is its owner's name
        // as far as the number after it goes (a contact row).
        ("| Ana Lima | 964 766 143 |", "964 766 143"),
        ("ana.lima@exemplo.pt 964 766 143", "964 766 143"),
        ("lea.martin@exemple.fr;0142685300", "0142685300"),
    ] {
        assert_eq!(found_by(&e, text, "phone"), [number], "{text}");
    }
    // A word that is also a name and a word, a lowercase one, or a name
    // further away says nothing.
    for text in [
        "Batch Office 4158675309 finished.",
        "falar com a ana 964 766 143",
        "Ana came by. Total 964 766 143",
        // After an address, an id that is not written as a phone number, and
        // anything after an address the e-mail detector does not keep.
        "alice@acme.io,964766143,active",
        "noreply@github.com 964 766 143",
    ] {
        assert!(found_by(&e, text, "phone").is_empty(), "{text}");
    }
    // A policy can switch it off.
    let src = "extends = \"builtin\"\nid = \"acme\"\nrevision = \"1\"\n\
         [detectors.phone]\ncontext_after_name = false\n";
    let off = Engine::new(Policy::from_toml(src).unwrap()).unwrap();
    assert!(found_by(&off, "Falar com a Ana: 964 766 143", "phone").is_empty());
}
