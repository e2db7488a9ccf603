#!/usr/bin/env bash
# The CLI tarball from scripts/package, as a user runs it: unpacked into an
# empty directory, started with an empty environment (no PATH: no cargo, rustc
# or compiler to fall back on), no source tree. Its examples, a prompt on
# standard input, and the same prompt through the policy module it ships.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(scripts/version)
tarball=${TIERGATE_DIST:-dist}/tiergate-$version-x86_64-unknown-linux-gnu.tar.gz
room=$(mktemp -d)
trap 'rm -rf "$room"' EXIT
tar xzf "$tarball" -C "$room"
cd "$room/tiergate-$version-x86_64-unknown-linux-gnu"
run() { env -i "HOME=$room" "PATH=/nonexistent" "LANG=C.UTF-8" ./tiergate "$@"; }

fail() { echo "install/cli: $*" >&2; exit 1; }
for file in tiergate tiergate.wasm LICENSE THIRD-PARTY-LICENSES.txt README.md examples/README.md; do
  [ -e "$file" ] || fail "the tarball has no $file"
done
printed=$(run --version)
[ "$printed" = "tiergate $version" ] || fail "--version printed '$printed', not 'tiergate $version'"

# The examples, as the README's first command scans them.
run scan examples --format json > scan.json
python3 - scan.json <<'EOF'
import json, sys
files = {f["path"].split("/")[-1]: f["report"]["tier"] for f in json.load(open(sys.argv[1]))["files"]}
want = {"blog-draft.md": "public", "deploy-config.env": "restricted", "legal-memo.txt": "restricted",
        "clinic-handover.txt": "sensitive", "onboarding-notes.txt": "internal"}
wrong = {k: (files.get(k), v) for k, v in want.items() if files.get(k) != v}
assert not wrong, f"scan of examples/: (got, want) {wrong}"
EOF

# A restricted prompt on standard input is blocked (exit 1), natively and through the module.
prompt='Refund for SSN 536-22-8471, please.'
for engine in native module; do
  args=(check --json --to claude-ai -)
  [ "$engine" = module ] && args=(check --json --to claude-ai --module tiergate.wasm -)
  status=0
  printf '%s' "$prompt" | run "${args[@]}" > "$engine.json" || status=$?
  [ "$status" = 1 ] || fail "check ($engine) exited $status, not 1 (blocked)"
done
python3 - native.json module.json <<'EOF'
import json, sys
native, module = (json.load(open(p)) for p in sys.argv[1:])
assert native["report"]["tier"] == "restricted", native["report"]["tier"]
assert native["decisions"][0]["action"] == "block", native["decisions"][0]
assert native["report"] == module["report"], "the module's report differs from the native engine's"
EOF
echo "install/cli: $(basename "$tarball") runs with an empty environment: $printed; examples, check and check --module as expected"
