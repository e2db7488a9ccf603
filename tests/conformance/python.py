"""Conformance runner for the Python module: one canonical JSON line per shared
vector (format in hosts/wasmtime/examples/conformance.rs). Code-point offsets are
converted to UTF-8 bytes; results are otherwise the module's own JSON.

`python.py documents`: one line per shared document fixture (tests/documents),
offsets converted to UTF-16 code units (the unit of the document comparison)."""

import json
import pathlib
import sys

import tiergate

VECTORS = pathlib.Path(__file__).resolve().parents[1] / "vectors"


def cases():
    index = json.loads((VECTORS / "index.json").read_text(encoding="utf-8"))
    out = []
    for name in index["files"]:
        doc = json.loads((VECTORS / name).read_text(encoding="utf-8"))
        out += [(f"{doc['group']}/{c['name']}", c) for c in doc["cases"]]
    assert len(out) == index["total"], "index.json total"
    return out


def to_utf8(report, text):
    if report["offsets"] == "utf8":
        return report
    if report["offsets"] != "code_point":
        raise ValueError(report["offsets"])
    size = lambda cp: len(text[:cp].encode("utf-8"))  # noqa: E731
    findings = [{**f, "start": size(f["start"]), "end": size(f["end"])} for f in report["findings"]]
    return {**report, "offsets": "utf8", "findings": findings}


def documents():
    folder = VECTORS.parent / "documents"
    engine = tiergate.Engine()
    lines = []
    for name in json.loads((folder / "expected.json").read_text(encoding="utf-8")):
        doc = engine.classify_document(folder / name)
        wire = doc.to_dict()
        for part, native in zip(wire["parts"], doc.parts):
            text = native.report.text
            units = lambda cp: len(text[:cp].encode("utf-16-le")) // 2  # noqa: E731
            report = part["report"]
            report["offsets"] = "utf16"
            report["findings"] = [{**f, "start": units(f["start"]), "end": units(f["end"])} for f in report["findings"]]
        decision = json.loads(engine.decide_document(doc, "claude-projects").to_json())
        lines.append(json.dumps({"case": f"documents/{name}", "document": wire, "decision": decision}, ensure_ascii=False))
    sys.stdout.write("\n".join(lines) + "\n")


def main():
    if sys.argv[1:] == ["documents"]:
        documents()
        return
    engines = {}
    lines = []
    for case_id, c in cases():
        text = c.get("input", "")
        if "error" in c:
            code = "none"
            try:
                if "policy_inline" in c:
                    tiergate.Engine(c["policy_inline"])
                else:
                    tiergate.Engine().check(text, c["destination"])
            except tiergate.TiergateError as e:
                code = e.code
            lines.append(json.dumps({"case": case_id, "error": code}, ensure_ascii=False))
            continue
        policy = c.get("policy")
        if policy not in engines:
            engines[policy] = tiergate.Engine((VECTORS / policy).read_text(encoding="utf-8")) if policy else tiergate.Engine()
        engine = engines[policy]
        report = engine.classify(text)
        decision = engine.decide(report, c["destination"])
        lines.append(
            json.dumps(
                {
                    "case": case_id,
                    "report": to_utf8(json.loads(report.to_json()), text),
                    "decision": json.loads(decision.to_json()),
                    "redacted": engine.redact(text).text,
                },
                ensure_ascii=False,
            )
        )
    sys.stdout.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
