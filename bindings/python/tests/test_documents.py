"""Documents from Python: bytes or a path in, each part's report with
code-point offsets out, the same decisions as the core; hostile bytes never
raise. The fixtures are the shared ones in tests/documents/ (real producers:
python-docx, openpyxl, python-pptx, odfpy, LibreOffice)."""

import json
import pathlib

import pytest

import tiergate

ROOT = pathlib.Path(__file__).resolve().parents[3]
FIXTURES = ROOT / "tests" / "documents"
EXPECTED = json.loads((FIXTURES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def engine():
    return tiergate.Engine()


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_known_value_is_found_in_its_part(engine, name):
    doc = engine.classify_document(FIXTURES / name)
    for want in EXPECTED[name]:
        part = next(p for p in doc.parts if p.location == want["part"])
        text = part.report.text
        # Code-point offsets: Python slicing returns the value.
        assert any(
            f.detector == want["detector"]
            and text[f.start : f.end] == want["value"] == f.text
            and f.cell == want.get("cell")
            for f in part.report.findings
        ), (name, want)
    wire = doc.to_dict()
    assert wire["version"] == tiergate.WIRE_VERSION
    assert wire["format"] == doc.format
    assert [p["location"] for p in wire["parts"]] == [p.location for p in doc.parts]
    assert [p["text"] for p in wire["parts"]] == [p.report.text for p in doc.parts]
    for p in wire["parts"]:
        assert p["report"]["offsets"] == "code_point"


def test_bytes_paths_and_names_read_the_same(engine):
    path = FIXTURES / "report.pdf"
    data = path.read_bytes()
    by_path = engine.classify_document(path)
    assert by_path.format == "pdf"
    assert by_path.tier == "restricted"
    for same in (data, bytearray(data), memoryview(data), str(path)):
        assert engine.classify_document(same) == by_path
    assert engine.classify_document(data, name="upload.bin") == by_path
    assert "page 2" in repr(by_path)


def test_decisions_follow_the_policy(engine):
    report = engine.classify_document(FIXTURES / "roster.xlsx")
    assert engine.decide_document(report, "claude-projects").action == "block"
    clean = engine.classify_document(FIXTURES / "clean.docx")
    assert clean.tier == "public"
    assert engine.decide_document(clean, "claude-projects").allowed
    scan = engine.classify_document(FIXTURES / "scan.pdf")
    assert scan.unreadable == [{"location": "page 1", "reason": "image"}]
    decision = engine.decide_document(scan, "claude-projects")
    assert decision.action == "acknowledge"
    assert decision.unreadable == [{"path": "page 1", "kind": "image"}]
    with pytest.raises(tiergate.UnknownDestinationError):
        engine.decide_document(report, "chatgpt")


@pytest.mark.parametrize(
    "data, reason",
    [
        (b"%PDF-1.7\n", "corrupt"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 64, "unsupported"),
        (b"PK\x03\x04" + b"\xff" * 64, "corrupt"),
    ],
)
def test_hostile_bytes_are_unreadable_not_errors(engine, data, reason):
    doc = engine.classify_document(data)
    assert doc.parts == []
    assert doc.unreadable[0]["reason"] == reason


def test_bad_arguments_say_what_to_pass(engine, tmp_path):
    with pytest.raises(tiergate.InvalidArgumentError, match="bytes"):
        engine.classify_document(12)
    with pytest.raises(FileNotFoundError):
        engine.classify_document(tmp_path / "missing.pdf")
