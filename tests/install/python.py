"""Run by tests/install/python.sh in a clean room: the installed wheel, no
source tree, no Rust toolchain. Classifies, decides, redacts, and refuses a
request through the Anthropic guard before anything leaves the machine."""

import pathlib
import shutil

import anthropic
import tiergate
import tiergate.anthropic

here = pathlib.Path(tiergate.__file__).resolve()
assert "site-packages" in here.parts, f"tiergate comes from {here}, not an installed wheel"
for tool in ("cargo", "rustc", "maturin"):
    assert shutil.which(tool) is None, f"{tool} is on the PATH of the clean room"

engine = tiergate.Engine()
text = "Mail jane.doe@acme.io about the refund; SSN 536-90-4399."
report = engine.classify(text)
assert report.tier == "restricted", report.tier
assert sorted(text[f.start:f.end] for f in report.findings) == ["536-90-4399", "jane.doe@acme.io"]
assert engine.decide(report, "claude-ai").action == "block"
assert engine.decide(engine.classify("Lunch at noon?"), "claude-ai").action == "allow"
redacted = engine.redact(text)
assert "jane.doe" not in redacted.text and "536-90" not in redacted.text, redacted.text
assert redacted.restore(redacted.text) == text

# The guard refuses before the request is made: the client points at a closed port.
client = tiergate.anthropic.guard(
    anthropic.Anthropic(api_key="k", base_url="http://127.0.0.1:9", max_retries=0),
    destination="claude-api",
)
try:
    client.messages.create(model="m", max_tokens=8, messages=[{"role": "user", "content": text}])
except tiergate.PolicyViolation as refused:
    assert refused.decision.action == "block"
else:
    raise AssertionError("the guard let a restricted prompt through")
# The wheel carries tiergate's licence and those of the crates compiled into it.
from importlib.metadata import distribution

licences = {p.name for p in distribution("tiergate").files if "licenses" in p.parts}
assert {"LICENSE", "THIRD-PARTY-LICENSES.txt"} <= licences, licences
print(f"clean room: tiergate {tiergate.__version__} from the wheel: ok")
