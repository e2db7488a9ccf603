#!/usr/bin/env python3
"""Writes the starting inputs of each fuzz harness into DIR/TARGET/: the shared
vectors' texts, the built-in and test policies, the signed test policy, a
report in wire form. Seeds only start the search; libFuzzer mutates from them."""

import hashlib
import json
import pathlib
import sys

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


if __name__ == "__main__":
    main(sys.argv[1])
