'use strict'
// The Engine API of the native module: the shared JavaScript contract
// (tests/js/engine-contract.js), plus what only the native module has
// (threads, the libuv thread pool, PolicyViolation).

const test = require('node:test')
const assert = require('node:assert/strict')
const tiergate = require('..')
const { defineEngineContract } = require('../../../tests/js/engine-contract')
const { Engine, PolicyViolation } = tiergate

defineEngineContract(test, tiergate, 'native')

const engine = new Engine()
const SSN = '536-90-4399'

test('WIRE_VERSION is the version of every result', () => {
  assert.equal(tiergate.WIRE_VERSION, engine.classify('x').version)
})

test('classifyMany equals classify on any number of threads', () => {
  const texts = Array.from({ length: 300 }, (_, i) => (i % 3 ? `row ${i} 漢 mail u${i}@acme.io` : `plain row ${i}`))
  const one = texts.map((t) => engine.classify(t))
  assert.deepEqual(engine.classifyMany(texts, 1), one)
  assert.deepEqual(engine.classifyMany(texts, 2), one)
})

test('async variants give the same results', async () => {
  const text = `😀 mail jane.doe@acme.io SSN ${SSN}`
  assert.deepEqual(await engine.classifyAsync(text), engine.classify(text))
  assert.deepEqual(await engine.checkAsync(text, 'claude-api'), engine.check(text, 'claude-api'))
  assert.deepEqual(await engine.classifyManyAsync([text, 'x'], 2), engine.classifyMany([text, 'x']))
  await assert.rejects(engine.checkAsync(text, 'nowhere'), { code: 'unknown_destination', name: 'TiergateError' })
  assert.throws(() => engine.checkAsync({ text }, 'claude-api'), { code: 'invalid_argument' })
})

test('async work runs off the main thread: timers fire while a large batch is classified', async () => {
  const big = Array.from({ length: 64 }, () => 'lorem ipsum jane.doe@acme.io '.repeat(20000))
  let ticks = 0
  const timer = setInterval(() => (ticks += 1), 0)
  const reports = await engine.classifyManyAsync(big)
  clearInterval(timer)
  assert.equal(reports.length, big.length)
  assert.ok(ticks > 0, 'the event loop ran while the batch was classified')
})

test('PolicyViolation carries the decision and the code', () => {
  const decision = engine.check(`SSN ${SSN}`, 'claude-ai')
  const err = new PolicyViolation(decision)
  assert.ok(err instanceof Error)
  assert.equal(err.code, 'policy_violation')
  assert.equal(err.decision, decision)
  assert.equal(err.message, decision.message)
})
