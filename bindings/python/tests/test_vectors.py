"""Runs every shared vector in tests/vectors through the Python module."""

import json
import pathlib

import pytest

import tiergate

VECTORS = pathlib.Path(__file__).resolve().parents[3] / "tests" / "vectors"
INDEX = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))

# group/name -> reason. Expected to stay empty.
SKIP: dict = {}


def load_cases():
    on_disk = sorted(p.name for p in VECTORS.glob("*.json") if p.name != "index.json")
    assert on_disk == sorted(INDEX["files"]), "index.json and tests/vectors disagree"
    cases = []
    for name, count in sorted(INDEX["files"].items()):
        doc = json.loads((VECTORS / name).read_text(encoding="utf-8"))
        assert len(doc["cases"]) == count, f"{name}: case count differs from index.json"
        cases += [(f"{doc['group']}/{c['name']}", c) for c in doc["cases"]]
    return cases


CASES = load_cases()
_engines: dict = {}


def engine_for(policy):
    if policy is None:
        return tiergate.Engine()
    if policy not in _engines:
        _engines[policy] = tiergate.Engine(VECTORS / policy)
    return _engines[policy]


def code_points(text: str, byte_offset: int) -> int:
    return len(text.encode("utf-8")[:byte_offset].decode("utf-8"))


def test_all_cases_are_collected():
    assert len(CASES) == INDEX["total"] >= 200
    assert not SKIP, f"skips must be justified and rare: {SKIP}"


@pytest.mark.parametrize("case_id,case", CASES, ids=[c[0] for c in CASES])
def test_vector(case_id, case):
    if case_id in SKIP:
        pytest.skip(SKIP[case_id])
    text = case.get("input", "")
    if "error" in case:
        with pytest.raises(tiergate.TiergateError) as raised:
            if "policy_inline" in case:
                tiergate.Engine(case["policy_inline"])
            else:
                tiergate.Engine().check(text, case["destination"])
        assert raised.value.code == case["error"]
        return
    engine = engine_for(case.get("policy"))
    report = engine.classify(text)
    got = [(f.detector, f.start, f.end, f.text) for f in report.findings]
    want = [
        (f["detector"], code_points(text, f["start"]), code_points(text, f["end"]), f["text"])
        for f in case["findings"]
    ]
    assert got == want
    for f in report.findings:
        assert text[f.start : f.end] == f.text
    assert report.tier == case["tier"]
    assert engine.decide(report, case["destination"]).action == case["action"]
    if "redacted" in case:
        assert engine.redact(text).text == case["redacted"]
