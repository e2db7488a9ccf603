// The ES module entries give the same objects as the CommonJS ones.

import test from 'node:test'
import assert from 'node:assert/strict'
import { createRequire } from 'node:module'
import tiergate, { Engine, PolicyViolation, guardAnthropic, mask, WIRE_VERSION } from 'tiergate'
import expressDefault, { tiergate as middleware } from 'tiergate/express'

const require = createRequire(import.meta.url)

test('import and require load one module', () => {
  const cjs = require('tiergate')
  assert.equal(Engine, cjs.Engine)
  assert.equal(PolicyViolation, cjs.PolicyViolation)
  assert.equal(guardAnthropic, cjs.guardAnthropic)
  assert.equal(tiergate.Engine, Engine)
  assert.equal(WIRE_VERSION, 1)
  assert.equal(typeof mask, 'function')
  assert.equal(middleware, require('tiergate/express').tiergate)
  assert.equal(expressDefault, middleware)
})

test('the engine works through the ES module entry', () => {
  const text = '😀 mail jane.doe@acme.io'
  const [f] = new Engine().classify(text).findings
  assert.equal(text.slice(f.start, f.end), 'jane.doe@acme.io')
})
