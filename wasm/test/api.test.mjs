// The WebAssembly package keeps the JavaScript engine contract
// (tests/js/engine-contract.js) in both its Node and its web build.

import test from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { defineEngineContract } = require('../../tests/js/engine-contract.js')
const node = require('../pkg/node/tiergate.js')
const web = await import('../pkg/web/tiergate.js')
web.initSync({ module: fs.readFileSync(new URL('../pkg/web/tiergate_bg.wasm', import.meta.url)) })

defineEngineContract(test, node, 'wasm node')
defineEngineContract(test, web, 'wasm web')

test('wireVersion is the version of every result', () => {
  assert.equal(node.wireVersion(), new node.Engine().classify('x').version)
})

test('the web build also initialises asynchronously from bytes', async () => {
  const fresh = await import(`../pkg/web/tiergate.js?fresh=${Date.now()}`)
  await fresh.default({ module_or_path: fs.readFileSync(new URL('../pkg/web/tiergate_bg.wasm', import.meta.url)) })
  assert.equal(new fresh.Engine().check('mail jane.doe@acme.io', 'claude-ai').action, 'block')
})

test('the shipped .d.ts describes the results', () => {
  const dts = fs.readFileSync(new URL('../pkg/web/tiergate.d.ts', import.meta.url), 'utf8')
  for (const needle of ['export interface Report', 'export interface Decision', 'classify(text: string): Report', 'check(text: string, destination: string): Decision']) {
    assert.ok(dts.includes(needle), needle)
  }
})
