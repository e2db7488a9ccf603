#!/usr/bin/env bash
# The Python wheel from scripts/package, installed as a user would: a new
# virtualenv from the system's Python, a PATH with nothing but that virtualenv
# (no cargo, rustc or C compiler), an empty working directory, no source tree.
# The anthropic SDK comes from PyPI; tiergate only from dist/.
set -euo pipefail
cd "$(dirname "$0")/../.."
wheel=$(ls "${TIERGATE_DIST:-dist}"/tiergate-"$(scripts/version)"-*-manylinux*.whl)
room=$(mktemp -d)
trap 'rm -rf "$room"' EXIT
cp "$wheel" tests/install/python.py "$room/"
"${PYTHON:-python3}" -m venv "$room/venv"
clean=(env -i "HOME=$room" "PATH=$room/venv/bin" "LANG=C.UTF-8")
(cd "$room" && "${clean[@]}" pip install --quiet --disable-pip-version-check "./$(basename "$wheel")" 'anthropic>=0.40')
(cd "$room" && "${clean[@]}" python python.py)
