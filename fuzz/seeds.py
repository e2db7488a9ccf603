#!/usr/bin/env python3
"""Writes the starting inputs of each fuzz harness into DIR/TARGET/: the shared
vectors' texts, the built-in and test policies, the signed test policy, a
report in wire form. Seeds only start the search; libFuzzer mutates from them."""

import hashlib
import io
import json
import pathlib
import sys
import zipfile
import zlib

ROOT = pathlib.Path(__file__).resolve().parents[1]


def write(out, target, data):
    d = out / target
    d.mkdir(parents=True, exist_ok=True)
    (d / hashlib.sha1(data).hexdigest()).write_bytes(data)


def main(out):
    out = pathlib.Path(out)
    for path in sorted((ROOT / "tests/vectors").glob("*.json")):
        if path.name == "index.json":
            continue
        for case in json.loads(path.read_text())["cases"]:
            if "input" not in case:
                continue
            text = case["input"].encode()
            for target in ["classify", "redact", "abi"]:
                write(out, target, text)
    policies = [ROOT / "core/policy/default.toml", *sorted((ROOT / "tests/vectors/policies").glob("*.toml"))]
    for p in policies:
        write(out, "policy", p.read_bytes())
    signing = ROOT / "tests/signing"
    write(
        out,
        "signed_policy",
        (signing / "policy.toml").read_bytes() + b"\0" + (signing / "policy.toml.sig").read_bytes().strip()
        + b"\0" + (signing / "org.pub").read_bytes().strip(),
    )
    finding = {"detector": "us_ssn", "category": "government_id", "tier": "restricted", "score": 0.95,
               "start": 4, "end": 15, "regulations": ["gdpr"], "redactable": True}
    report = {"version": 1, "offsets": "utf8", "tier": "restricted", "findings": [finding]}
    write(out, "decide", json.dumps(report).encode())
    write(out, "abi", json.dumps(report).encode() + b"\0claude-ai")
    write(out, "audit_verify", b"")
    for path in sorted((ROOT / "tests/documents").iterdir()):
        if path.suffix in (".docx", ".xlsx", ".pptx", ".odt", ".pdf", ".zip", ".eml"):
            write(out, "document", path.read_bytes())
            write(out, "document_limits", path.read_bytes())
    for bomb in bombs():
        write(out, "document_limits", bomb)


def zipped(members):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for name, data in members:
            z.writestr(name, data)
    return buf.getvalue()


def bombs():
    """Small files that inflate to far more than document_limits allows (8 MiB a part)."""
    zeros = b"\0" * (8 << 20)
    prose = b"Mail jane.doe@acme.io about the refund. " * (200 << 10)
    yield zipped([("a.txt", zeros)])
    yield zipped([("inner.zip", zipped([(f"{i}.txt", prose) for i in range(4)]))])
    yield zipped([("[Content_Types].xml", b"<Types/>"), ("word/document.xml", b"<w:document>" + prose + b"</w:document>")])
    stream = zlib.compress(b"BT (" + prose + b") Tj ET", 9)
    yield (b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
           b"2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
           b"3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n"
           b"4 0 obj << /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >> stream\n"
           + stream + b"\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")


if __name__ == "__main__":
    main(sys.argv[1])
