// Runs every shared vector through the WebAssembly package in Node: the
// `nodejs` build (CommonJS) and the `web` build (ES module, initSync).

import test from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { INDEX, loadCases, runCase, engines } = require('../../../tests/vectors/cases.js')
const node = require('../pkg/node/tiergate.js')
const web = await import('../pkg/web/tiergate.js')
web.initSync({ module: fs.readFileSync(new URL('../pkg/web/tiergate_bg.wasm', import.meta.url)) })

// group/name -> reason. Expected to stay empty.
const SKIP = {}
const CASES = loadCases()

for (const [label, api] of [['node', node], ['web', web]]) {
  const engineFor = engines(api)
  let ran = 0
  for (const [id, c] of CASES) {
    test(`${label}: ${id}`, { skip: SKIP[id] }, () => {
      ran += 1
      runCase(api, c, engineFor)
    })
  }
  test(`${label}: ran every case`, () => {
    assert.equal(ran + Object.keys(SKIP).length, INDEX.total)
    assert.deepEqual(SKIP, {})
  })
}
