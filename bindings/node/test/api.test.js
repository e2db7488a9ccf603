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

test('a policy file is read with Engine.fromPath; a string given to the constructor is always policy text', () => {
  const file = require('node:path').join(__dirname, '../../../tests/vectors/policies/codenames.toml')
  assert.equal(Engine.fromPath(file).policyId, 'test-codenames')
  assert.throws(() => new Engine(file), { code: 'policy_parse' })
  assert.throws(() => Engine.fromPath(`${file}.missing`), { code: 'io' })
})

test('guardPayload walks a Messages request in the core and rebuilds it redacted', () => {
  const request = {
    model: 'claude-test',
    system: [{ type: 'text', text: 'Be brief.' }],
    messages: [{ role: 'user', content: [{ type: 'text', text: 'mail jane.doe@acme.io' }, { type: 'image', source: { type: 'url', url: 'https://acme.example/a.png' } }] }],
  }
  const out = engine.guardPayload(request, 'claude-api', 'redact')
  assert.equal(out.outcome, 'send_redacted')
  assert.ok(out.texts.includes('Be brief.') && out.texts.includes('mail [EMAIL_1]') && out.texts.includes('claude-test'))
  assert.equal(out.payload.messages[0].content[0].text, 'mail [EMAIL_1]')
  assert.deepEqual(out.payload.messages[0].content[1], request.messages[0].content[1])
  assert.deepEqual(Object.keys(out.payload), ['messages'], 'only the members whose texts changed')
  assert.equal(request.messages[0].content[0].text, 'mail jane.doe@acme.io', 'the caller’s request is not changed')
  assert.equal(out.redacted.restore('to [EMAIL_1]'), 'to jane.doe@acme.io')
  assert.deepEqual(out.redacted.restoreValue({ to: ['[EMAIL_1]'], n: 1 }), { to: ['jane.doe@acme.io'], n: 1 })
  const blocked = engine.guardPayload(request, 'claude-api')
  assert.equal(blocked.outcome, 'refuse')
  assert.equal(blocked.payload, undefined)
  assert.deepEqual(blocked.decision.reasons[0].paths, ['messages[0].content[0].text'])
  // Keys are texts too, each before its value; members come by key.
  assert.deepEqual(engine.guardPayload(['a', { type: 'text', text: 'b' }], 'claude-api').texts, ['a', 'text', 'b', 'type', 'text'])
  const image = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }
  const ask = engine.guardPayload({ messages: [{ role: 'user', content: [image] }] }, 'claude-api')
  assert.equal(ask.outcome, 'acknowledge')
  assert.deepEqual(ask.decision.unreadable, [{ path: 'messages[0].content[0]', kind: 'image' }])
  assert.throws(() => engine.guardPayload(request, 'claude-api', 'Redact'), { code: 'invalid_argument' })
  assert.throws(() => engine.guardPayload(undefined, 'claude-api'), { code: 'invalid_argument' })
  const cycle = {}
  cycle.self = cycle
  assert.throws(() => engine.guardPayload(cycle, 'claude-api'), { code: 'invalid_argument' })
})

test('a stream restorer holds back a placeholder cut across deltas, and nothing else', () => {
  const batch = engine.redactMany(['mail jane.doe@acme.io'])
  const stream = batch.streamRestorer()
  assert.equal(stream.push('Wrote to [EMA'), 'Wrote to ')
  assert.equal(stream.push('IL_1] today'), 'jane.doe@acme.io today')
  assert.equal(stream.push(' [see docs'), ' [see docs')
  assert.equal(stream.push(' [EMAIL_'), ' ')
  assert.equal(stream.flush(), '[EMAIL_')
  const json = engine.redactMany(['say "hi" to jane.doe@acme.io']).jsonStreamRestorer()
  assert.equal(json.push('{"to": "[EMA') + json.push('IL_1]"}') + json.flush(), '{"to": "jane.doe@acme.io"}')
})

test('classifyManyAsync takes classifyMany\'s options (the contract tests them)', async () => {
  const engine = new Engine()
  const reports = await engine.classifyManyAsync([null, 'SSN 536-90-4399'], { errors: 'ignore' })
  assert.deepEqual(reports.map((r) => r.tier), ['public', 'restricted'])
  await assert.rejects(async () => engine.classifyManyAsync([null]), { code: 'invalid_argument' })
})
