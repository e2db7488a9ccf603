"""What a release's folder holds (scripts/package into DIST): every package, nothing
unexpected, SHA256SUMS over each file, and the SBOM naming each package's files by
those same hashes.

  python tests/install/dist.py DIST VERSION
"""

import hashlib
import json
import sys
from pathlib import Path

dist, version = Path(sys.argv[1]), sys.argv[2]
want = {
    f"tiergate-{version}-cp39-abi3-manylinux2014_x86_64.manylinux_2_17_x86_64.whl",
    f"tiergate-{version}.tar.gz",
    f"tiergate-{version}.tgz",
    f"tiergate-linux-x64-gnu-{version}.tgz",
    f"tiergate-wasm-{version}.tgz",
    f"tiergate-extension-{version}.zip",
    f"tiergate-extension-{version}.crx",
    "updates.xml",
    "extension-id.txt",
    f"tiergate-{version}-x86_64-unknown-linux-gnu.tar.gz",
    f"tiergate-{version}.cdx.json",
}
files = {p.name for p in dist.iterdir() if p.is_file()} - {"SHA256SUMS"}
assert files == want, f"missing {sorted(want - files)}, unexpected {sorted(files - want)}"

sums = {}
for line in (dist / "SHA256SUMS").read_text().splitlines():
    digest, name = line.split(maxsplit=1)
    sums[name] = digest
assert set(sums) == files, f"SHA256SUMS covers {sorted(sums)}"
for name, digest in sums.items():
    assert hashlib.sha256((dist / name).read_bytes()).hexdigest() == digest, f"{name}: wrong sum"

bom = json.loads((dist / f"tiergate-{version}.cdx.json").read_text())
named = {c["name"]: c["hashes"][0]["content"]
         for artifact in bom["components"] for c in artifact.get("components", [])
         if c["type"] == "file"}
packages = want - {"updates.xml", "extension-id.txt", f"tiergate-{version}.cdx.json"}
assert set(named) == packages, f"the SBOM names {sorted(named)}, not {sorted(packages)}"
wrong = [n for n, digest in named.items() if sums[n] != digest]
assert not wrong, f"the SBOM's hashes differ from SHA256SUMS for {wrong}"
print(f"dist: {len(files)} files in {dist}, SHA256SUMS and the SBOM agree on {len(packages)} packages")
