"""The Python surface: offsets, errors, equality, policies, batches, redaction."""

import doctest
import json
import pathlib

import pytest

import tiergate

ROOT = pathlib.Path(__file__).resolve().parents[3]


@pytest.fixture(scope="module")
def engine():
    return tiergate.Engine()


def test_module_docstring_examples_run():
    failures, tried = doctest.testmod(tiergate, raise_on_error=False)
    assert tried >= 8 and failures == 0


@pytest.mark.parametrize(
    "prefix",
    ["", "😀😀 ", "日本語のテキスト ", "e\u0301e\u0301 ", "🇬🇧 👩‍👩‍👧 ", "\u200b\u00a0"],
)
def test_code_point_offsets_slice_the_finding(engine, prefix):
    text = f"{prefix}mail jane.doe@acme.io or call (415) 867-5309 😀 done"
    report = engine.classify(text)
    assert [f.detector for f in report.findings] == ["email", "phone"]
    for f in report.findings:
        assert text[f.start : f.end] == f.text
    d = report.to_dict()
    assert d["offsets"] == "code_point"
    assert [text[x["start"] : x["end"]] for x in d["findings"]] == ["jane.doe@acme.io", "(415) 867-5309"]


def test_a_lone_surrogate_neither_raises_nor_hides_a_value(engine):
    # Python strings may hold lone surrogates; each is read as U+FFFD (as
    # JavaScript runtimes read one), which cannot split a value.
    text = "🙂 SSN 536-90-\ud8004399, mail jane\udfff.doe@acme.io"
    report = engine.classify(text)
    assert [f.detector for f in report.findings] == ["us_ssn", "email"]
    assert [text[f.start : f.end] for f in report.findings] == ["536-90-\ud8004399", "jane\udfff.doe@acme.io"]
    assert report.findings[0].text == "536-90-\ufffd4399"
    assert engine.check(text, "claude-ai").action == "block"
    assert "\ud800" not in str(engine.redact(text)) and "4399" not in str(engine.redact(text))
    outcome, *_ = engine.guard_payload({"messages": [{"role": "user", "content": text}]}, "claude-ai")
    assert outcome == "refuse"


def test_report_is_a_real_value(engine):
    a = engine.classify("SSN 536-90-4399")
    b = engine.classify("SSN 536-90-4399")
    assert a == b and a != engine.classify("nothing")
    assert len(a) == 1
    assert repr(a) == "Report(tier='restricted', findings=['us_ssn'])"
    f = a.findings[0]
    assert "536-90-4399" not in repr(f), "repr masks values"
    assert f.score == pytest.approx(0.95), "0.6 for the shape + 0.35 for the word SSN"
    assert f.regulations == ["gdpr"] and f.redactable
    assert json.loads(a.to_json()) == a.to_dict()
    assert a.to_dict()["version"] == tiergate.WIRE_VERSION


def test_decision(engine):
    d = engine.check("Customer jane.doe@acme.io", "claude-ai")
    assert (d.action, d.tier, d.rule, d.allowed) == ("block", "sensitive", "sensitive-retained", False)
    assert d.recommended == ["claude-enterprise-zdr"]
    assert d.redaction_available
    assert d.reasons[0]["detector"] == "email"
    assert "jane" not in d.message and "jane" not in d.to_json()
    assert d.to_dict()["version"] == 1
    assert d == engine.decide(engine.classify("Customer jane.doe@acme.io"), "claude-ai")
    assert "action='block'" in repr(d)
    assert engine.check("hello", "claude-ai").allowed


def test_errors_have_codes_and_host_types(engine):
    with pytest.raises(tiergate.UnknownDestinationError) as e:
        engine.check("x", "chatgpt")
    assert e.value.code == "unknown_destination" and isinstance(e.value, ValueError)
    assert "claude-ai" in str(e.value)

    with pytest.raises(tiergate.PolicyError) as e:
        tiergate.Engine("schema = 1\nid = [\n")
    assert e.value.code == "policy_parse" and e.value.line == 2 and isinstance(e.value, ValueError)

    with pytest.raises(tiergate.PolicyIOError) as e:
        tiergate.Engine(ROOT / "no-such-policy.toml")
    assert e.value.code == "io" and isinstance(e.value, OSError)

    with pytest.raises(tiergate.InvalidArgumentError) as e:
        tiergate.Engine(42)
    assert e.value.code == "invalid_argument"


def test_a_policy_nested_too_deeply_is_a_policy_parse_error_the_same_as_in_text():
    deep = {}
    for _ in range(20_000):
        deep = {"a": deep}
    cyclic = {"id": "x"}
    cyclic["self"] = cyclic
    nested = 1
    for _ in range(40):
        nested = [nested]
    for policy in [deep, cyclic, {"schema": 1, "id": nested}, json.dumps({"schema": 1, "id": nested})]:
        with pytest.raises(tiergate.PolicyError) as e:
            tiergate.Engine(policy)
        assert e.value.code == "policy_parse" and "nested more than 32 deep" in str(e.value)


def test_policy_arguments(engine, tmp_path):
    source = tiergate.builtin_policy()
    from_text = tiergate.Engine(source)
    assert from_text.policy_id == engine.policy_id == "tiergate-builtin"
    from_path = tiergate.Engine(ROOT / "tests/vectors/policies/codenames.toml")
    assert from_path.destinations == ["claude-api", "gateway"]
    assert tiergate.Engine.from_path(str(ROOT / "tests/vectors/policies/codenames.toml")).policy_id == "test-codenames"
    assert tiergate.Engine.from_path(ROOT / "tests/vectors/policies/codenames.toml").policy_id == "test-codenames"
    # A str is always policy text, as in every runtime: a file name in a str is not read.
    with pytest.raises(tiergate.PolicyError) as e:
        tiergate.Engine(str(ROOT / "tests/vectors/policies/codenames.toml"))
    assert e.value.code == "policy_parse"
    with pytest.raises(tiergate.PolicyIOError) as e:
        tiergate.Engine.from_path(ROOT / "tests/vectors/policies/missing.toml")
    assert e.value.code == "io"
    # A policy extending another file, relative to it; as text it cannot find the file.
    team = tmp_path / "team.toml"
    team.write_text(f'extends = "{ROOT / "tests/vectors/policies/extends-builtin.toml"}"\nid = "team"\nrevision = "2"\n')
    extended = tiergate.Engine.from_path(team)
    assert extended.policy_id == "team"
    assert extended.check("Please close TCK-004211 today.", "claude-api").action == "acknowledge"
    with pytest.raises(tiergate.PolicyError) as e:
        tiergate.Engine(team.read_text())
    assert e.value.code == "policy_invalid"
    assert any(d["id"] == "email" and d["tier"] == "sensitive" for d in engine.detectors())
    policy_dict = {
        "schema": 1,
        "id": "from-dict",
        "revision": "1",
        "categories": {"contact": {"tier": "sensitive"}},
        "destinations": [
            {"id": "d", "name": "D", "zero_retention": False, "human_review": False, "persistent": False}
        ],
        "rules": [{"id": "all", "action": "warn"}],
        "settings": {"builtin_detectors": False},
        "detectors": {"email": {"category": "contact", "patterns": [{"regex": "[a-z]+@[a-z]+\\.io", "score": 0.9}]}},
    }
    e2 = tiergate.Engine(policy_dict)
    assert e2.policy_id == "from-dict"
    assert e2.check("x@y.io", "d").action == "warn"


def test_classify_many_matches_classify(engine):
    texts = [f"row {i}: " + ("mail a{}@acme.io".format(i) if i % 2 else "nothing") for i in range(300)]
    many = engine.classify_many(texts, threads=2)
    assert [r.tier for r in many] == [engine.classify(t).tier for t in texts]
    assert many == [engine.classify(t) for t in texts]
    assert engine.classify_many(iter(["SSN 536-90-4399"]))[0].tier == "restricted"
    assert engine.classify_many([]) == []
    # A missing value in a column (pandas gives NaN, a float, or None) names
    # its row and type, with the stable code, never the value.
    for missing in [float("nan"), None, 3]:
        with pytest.raises(tiergate.InvalidArgumentError) as e:
            engine.classify_many(["ok", "jane.doe@acme.io", missing])
        assert e.value.code == "invalid_argument"
        assert "texts[2]" in str(e.value) and 'errors = "ignore"' in str(e.value)
        assert "jane" not in str(e.value)
        # errors="ignore": a missing value is empty text, the others as they are.
        reports = engine.classify_many(["ok", "jane.doe@acme.io", missing], errors="ignore")
        assert [r.tier for r in reports] == ["public", "sensitive", "public"]
        assert reports[2] == engine.classify("")
    with pytest.raises(tiergate.InvalidArgumentError, match="'strict' or 'ignore'"):
        engine.classify_many(["ok"], errors="skip")


def test_redaction_round_trip(engine):
    text = "Mr. John Smith 😀 wrote from jane.doe@acme.io and jane.doe@acme.io"
    r = engine.redact(text)
    assert r.text == "Mr. [NAME_1] 😀 wrote from [EMAIL_1] and [EMAIL_1]"
    assert [x["placeholder"] for x in r.replacements] == ["[NAME_1]", "[EMAIL_1]", "[EMAIL_1]"]
    for x in r.replacements:
        assert r.text[x["start"] : x["end"]] == x["placeholder"]
    assert r.restore("Dear [NAME_1], noted [EMAIL_1].") == "Dear John Smith, noted jane.doe@acme.io."
    assert "jane" not in repr(r)


def test_large_input_is_classified(engine):
    text = "lorem ipsum " * 20000 + "SSN 536-90-4399"
    report = engine.classify(text)
    assert report.tier == "restricted"
    f = report.findings[0]
    assert text[f.start : f.end] == "536-90-4399"


def test_jupyter_html_masks_and_escapes(engine):
    text = "<script>alert(1)</script> Dear Ms. Okafor, mail jane.doe@acme.io"
    page = engine.classify(text)._repr_html_()
    assert "SENSITIVE" in page and "2 findings" in page
    assert "j***@a***.io" in page and "jane.doe@acme.io" not in page and "Okafor" not in page
    assert "<script>" not in page and "&lt;script&gt;" in page
    d = engine.check(text, "claude-ai")._repr_html_()
    assert "BLOCK" in d and "claude-enterprise-zdr" in d and "jane" not in d
    assert tiergate.mask("4526 0181 5908 3012") == "**** **** **** 3012"


def test_guard_outcomes_come_from_the_core(engine):
    outcome, decision, batch = engine.guard(["gardening tips"], "claude-api")
    assert (outcome, decision.action, batch) == ("send", "allow", None)
    outcome, decision, batch = engine.guard(["hi", "mail a@acme.io"], "claude-api", mode="redact")
    assert outcome == "send_redacted" and batch.texts == ["hi", "mail [EMAIL_1]"]
    assert batch.restore("to [EMAIL_1]") == "to a@acme.io"
    assert engine.guard(["mail a@acme.io"], "claude-api")[0] == "refuse"
    assert engine.guard(["INTERNAL USE ONLY"], "claude-projects")[0] == "acknowledge"
    with pytest.raises(tiergate.InvalidArgumentError):
        engine.guard([], "claude-api", mode="maybe")
