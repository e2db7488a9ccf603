#!/usr/bin/env bash
# The npm tarballs from scripts/package, installed as a user would: an empty
# project, a PATH holding only node and npm (no cargo, rustc or compiler), a new
# HOME (an empty npm cache) and --offline: nothing but the two tarballs.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(scripts/version)
main=${TIERGATE_DIST:-dist}/tiergate-$version.tgz
native=${TIERGATE_DIST:-dist}/tiergate-linux-x64-gnu-$version.tgz
room=$(mktemp -d)
trap 'rm -rf "$room"' EXIT
mkdir -p "$room/bin" "$room/app" "$room/bare"
ln -s "$(readlink -f "$(command -v node)")" "$room/bin/node"
ln -s "$(readlink -f "$(command -v npm)")" "$room/bin/npm"
cp "$main" "$native" tests/install/node.cjs tests/install/node.mjs "$room/"
clean=(env -i "HOME=$room" "PATH=$room/bin" "LANG=C.UTF-8" "NPM_CONFIG_UPDATE_NOTIFIER=false")
for tool in cargo rustc cc gcc; do
  if (PATH="$room/bin"; command -v "$tool" >/dev/null); then
    echo "install/node: $tool is on the clean PATH" >&2
    exit 1
  fi
done
npm_install=(npm install --offline --no-audit --no-fund --loglevel=error)
(cd "$room/app" && "${clean[@]}" "${npm_install[@]}" "../$(basename "$main")" "../$(basename "$native")")
cp "$room/node.cjs" "$room/node.mjs" "$room/app/"
for pkg in tiergate tiergate-linux-x64-gnu; do
  for file in LICENSE THIRD-PARTY-LICENSES.txt; do
    [ -s "$room/app/node_modules/$pkg/$file" ] || { echo "install/node: $pkg has no $file" >&2; exit 1; }
  done
done
(cd "$room/app" && "${clean[@]}" node node.cjs && "${clean[@]}" node node.mjs)

# Without the platform package (optional dependencies left out): a clear error.
(cd "$room/bare" && "${clean[@]}" "${npm_install[@]}" --omit=optional "../$(basename "$main")")
out=$(cd "$room/bare" && "${clean[@]}" node -e "require('tiergate')" 2>&1) && {
  echo "install/node: tiergate loaded without its native module" >&2
  exit 1
}
if ! grep -q "tiergate: no native module loads on linux-x64" <<<"$out"; then
  echo "install/node: the error without the native module does not say what to do:" >&2
  echo "$out" >&2
  exit 1
fi
echo "clean room: without the platform package, require('tiergate') says what to do: ok"
