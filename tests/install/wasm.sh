#!/usr/bin/env bash
# The WebAssembly tarball from scripts/package, installed as a user would:
# --offline into an empty project, a new HOME, a PATH of only node and npm;
# then the package under Node from CommonJS and from an ES module (the `node`
# export condition), and the browser build's files where its exports say.
set -euo pipefail
cd "$(dirname "$0")/../.."
tarball=${TIERGATE_DIST:-dist}/tiergate-wasm-$(scripts/version).tgz
room=$(mktemp -d)
trap 'rm -rf "$room"' EXIT
mkdir -p "$room/bin" "$room/app"
ln -s "$(readlink -f "$(command -v node)")" "$room/bin/node"
ln -s "$(readlink -f "$(command -v npm)")" "$room/bin/npm"
cp "$tarball" "$room/"
clean=(env -i "HOME=$room" "PATH=$room/bin" "LANG=C.UTF-8" "NPM_CONFIG_UPDATE_NOTIFIER=false")
(cd "$room/app" && "${clean[@]}" npm install --offline --no-audit --no-fund --loglevel=error "../$(basename "$tarball")")
for file in LICENSE THIRD-PARTY-LICENSES.txt; do
  [ -s "$room/app/node_modules/tiergate-wasm/$file" ] || { echo "install/wasm: the package has no $file" >&2; exit 1; }
done
cat > "$room/app/check.cjs" <<'JS'
const assert = require('node:assert/strict')
const { Engine } = require('tiergate-wasm')
const text = 'Mail jane.doe@acme.io 🙂 SSN 536-90-4399'
const report = new Engine().classify(text)
assert.equal(report.tier, 'restricted')
assert.deepEqual(report.findings.map((f) => text.slice(f.start, f.end)).sort(), ['536-90-4399', 'jane.doe@acme.io'])
assert.equal(new Engine().check(text, 'claude-ai').action, 'block')
console.log('clean room: tiergate-wasm (CommonJS, Node) from the tarball: ok')
JS
cat > "$room/app/check.mjs" <<'JS'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import fs from 'node:fs'
import { Engine } from 'tiergate-wasm'
assert.equal(new Engine().classify('INTERNAL USE ONLY: the rota').tier, 'internal')
// The browser build, as a bundler or a page would take it: ES module, its types and its .wasm.
const require = createRequire(import.meta.url)
const root = require.resolve('tiergate-wasm/package.json').replace(/package\.json$/, '')
for (const file of ['web/tiergate.js', 'web/tiergate.d.ts', 'web/tiergate_bg.wasm', 'bundler/tiergate.js', 'node/tiergate.d.ts']) {
  assert.ok(fs.statSync(root + file).size > 0, file)
}
// The browser build runs too, given its bytes (a page's init() fetches them).
const web = await import('tiergate-wasm/web')
await web.default({ module_or_path: fs.readFileSync(root + 'web/tiergate_bg.wasm') })
assert.equal(new web.Engine().check('Patient SSN 536-90-4399', 'claude-ai').action, 'block')
console.log('clean room: tiergate-wasm (ES module, Node; the browser build, initialised from its bytes): ok')
JS
(cd "$room/app" && "${clean[@]}" node check.cjs && "${clean[@]}" node check.mjs)
