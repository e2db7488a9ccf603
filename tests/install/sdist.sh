#!/usr/bin/env bash
# The Python sdist from scripts/package compiles as pip would build it, from
# its own files only: unpacked into an empty folder, `cargo check` of the
# extension with every build script run (the core's reads the name lexicon and
# phone plans: a file the sdist forgot fails here). Offline: everything it
# needs is in Cargo.lock. A full `pip wheel` of it needs a release build
# (about 3 minutes here), which CI leaves to the wheel.
set -euo pipefail
cd "$(dirname "$0")/../.."
sdist=${TIERGATE_DIST:-dist}/tiergate-$(scripts/version).tar.gz
room=$(mktemp -d)
trap 'rm -rf "$room"' EXIT
tar xzf "$sdist" -C "$room"
# The sdist's files carry a fixed old time; touched, cargo compiles them rather than taking
# artifacts of an earlier check as fresh.
find "$room" -type f -exec touch {} +
for file in PKG-INFO pyproject.toml LICENSE THIRD-PARTY-LICENSES.txt Cargo.lock python/tiergate/__init__.py; do
  [ -e "$room"/tiergate-*/"$file" ] || { echo "install/sdist: $(basename "$sdist") has no $file" >&2; exit 1; }
done
# maturin's sdist keeps only the members it needs, so cargo would prune Cargo.lock: no --locked.
CARGO_TARGET_DIR=${CARGO_TARGET_DIR:-$PWD/target} cargo check --quiet --offline \
  --manifest-path "$(echo "$room"/tiergate-*/Cargo.toml)" -p tiergate-python
echo "install/sdist: $(basename "$sdist") compiles from its own files"
