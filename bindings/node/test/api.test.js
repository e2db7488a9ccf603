'use strict'
// The Engine API: results in the wire format, UTF-16 offsets, errors with codes.

const test = require('node:test')
const assert = require('node:assert/strict')
const tiergate = require('..')
const { Engine, PolicyViolation } = tiergate

const engine = new Engine()
const SSN = '536-90-4399'

test('classify returns the wire format with UTF-16 offsets', () => {
  const text = 'Mail jane.doe@acme.io'
  const report = engine.classify(text)
  assert.deepEqual(Object.keys(report), ['version', 'offsets', 'tier', 'findings'])
  assert.equal(report.version, tiergate.WIRE_VERSION)
  assert.equal(report.offsets, 'utf16')
  assert.equal(report.tier, 'sensitive')
  assert.equal(report.findings.length, 1)
  const [f] = report.findings
  assert.deepEqual(Object.keys(f), ['detector', 'category', 'tier', 'score', 'start', 'end', 'regulations', 'redactable'])
  assert.equal(f.detector, 'email')
  assert.equal(text.slice(f.start, f.end), 'jane.doe@acme.io')
  assert.ok(f.score > 0 && f.score <= 1)
})

test('offsets are right after emoji, flags, ZWJ sequences, CJK and combining marks', () => {
  const prefixes = ['😀 ', '🇩🇪🇫🇷 ', '👩‍👩‍👧‍👦 ', '漢字かな ', 'e\u0301e\u0301 ', '\u200b\u00a0', '𝒳𝒴 ']
  for (const prefix of prefixes) {
    const text = `${prefix}write to jane.doe@acme.io or call SSN ${SSN} 🎉`
    const report = engine.classify(text)
    assert.deepEqual(
      report.findings.map((f) => [f.detector, text.slice(f.start, f.end)]),
      [
        ['email', 'jane.doe@acme.io'],
        ['us_ssn', SSN],
      ],
      JSON.stringify(prefix),
    )
  }
})

test('lone surrogates do not shift offsets', () => {
  const text = '\ud800 x \udfff mail jane.doe@acme.io'
  const [f] = engine.classify(text).findings
  assert.equal(text.slice(f.start, f.end), 'jane.doe@acme.io')
})

test('decide and check agree, and the decision is the wire format', () => {
  const text = `Patient SSN ${SSN}`
  const decision = engine.decide(engine.classify(text), 'claude-ai')
  assert.deepEqual(decision, engine.check(text, 'claude-ai'))
  assert.deepEqual(Object.keys(decision), [
    'version', 'destination', 'tier', 'action', 'rule', 'message', 'reasons', 'recommended',
    'redaction_available', 'escalation', 'policy',
  ])
  assert.equal(decision.action, 'block')
  assert.equal(decision.tier, 'restricted')
  assert.equal(decision.reasons[0].detector, 'us_ssn')
  assert.ok(!decision.message.includes(SSN))
  assert.equal(decision.policy.id, engine.policyId)
  // a report that went through JSON still decides the same
  const roundTripped = JSON.parse(JSON.stringify(engine.classify(text)))
  assert.deepEqual(engine.decide(roundTripped, 'claude-ai'), decision)
})

test('allow decisions have a null escalation, as in the wire format', () => {
  const decision = engine.check('The weather is nice today.', 'claude-ai')
  assert.equal(decision.action, 'allow')
  assert.equal(decision.escalation, null)
  assert.match(JSON.stringify(decision), /"escalation":null/)
})

test('redact and restore; JSON of a redaction never holds the original', () => {
  const text = '😀 Mail jane.doe@acme.io, again jane.doe@acme.io'
  const r = engine.redact(text)
  assert.equal(r.text, '😀 Mail [EMAIL_1], again [EMAIL_1]')
  assert.deepEqual(
    r.replacements.map((x) => [x.placeholder, r.text.slice(x.start, x.end)]),
    [
      ['[EMAIL_1]', '[EMAIL_1]'],
      ['[EMAIL_1]', '[EMAIL_1]'],
    ],
  )
  assert.equal(r.restore('Sent to [EMAIL_1].'), 'Sent to jane.doe@acme.io.')
  const json = JSON.stringify(r)
  assert.ok(!json.includes('jane.doe'))
  assert.equal(JSON.parse(json).text, r.text)
})

test('redactMany numbers placeholders across texts and restores any of them', () => {
  const batch = engine.redactMany(['from a@acme.io', 'cc b@acme.io and a@acme.io'])
  assert.deepEqual(batch.texts, ['from [EMAIL_1]', 'cc [EMAIL_2] and [EMAIL_1]'])
  assert.equal(batch.replacementCount, 3)
  assert.equal(batch.restore('to [EMAIL_1] and [EMAIL_2]'), 'to a@acme.io and b@acme.io')
  assert.ok(!JSON.stringify(batch).includes('acme.io'))
})

test('guard maps the core outcome', () => {
  assert.equal(engine.guard(['hello'], 'claude-api').outcome, 'send')
  const redacted = engine.guard(['mail jane.doe@acme.io'], 'claude-ai', 'redact')
  assert.equal(redacted.outcome, 'send_redacted')
  assert.deepEqual(redacted.redacted.texts, ['mail [EMAIL_1]'])
  assert.equal(engine.guard([`SSN ${SSN}`, 'TOP SECRET//NOFORN'], 'claude-api', 'redact').outcome, 'refuse')
  assert.throws(() => engine.guard(['x'], 'claude-api', 'shred'), { code: 'invalid_argument' })
})

test('classifyMany equals classify, on any number of threads', () => {
  const texts = Array.from({ length: 300 }, (_, i) => (i % 3 ? `row ${i} 漢 mail u${i}@acme.io` : `plain row ${i}`))
  const one = texts.map((t) => engine.classify(t))
  assert.deepEqual(engine.classifyMany(texts), one)
  assert.deepEqual(engine.classifyMany(texts, 1), one)
  assert.deepEqual(engine.classifyMany(texts, 2), one)
  assert.deepEqual(engine.classifyMany([]), [])
})

test('async variants give the same results', async () => {
  const text = `😀 mail jane.doe@acme.io SSN ${SSN}`
  assert.deepEqual(await engine.classifyAsync(text), engine.classify(text))
  assert.deepEqual(await engine.checkAsync(text, 'claude-api'), engine.check(text, 'claude-api'))
  assert.deepEqual(await engine.classifyManyAsync([text, 'x'], 2), engine.classifyMany([text, 'x']))
  await assert.rejects(engine.checkAsync(text, 'nowhere'), { code: 'unknown_destination', name: 'TiergateError' })
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

test('policies: TOML text, JSON text and objects', () => {
  const toml = tiergate.builtinPolicy().replace('revision = "', 'revision = "toml-')
  assert.match(new Engine(toml).policyRevision, /^toml-/)
  const json = JSON.stringify({ ...policyObject(), revision: 'json-1' })
  assert.equal(new Engine(json).policyRevision, 'json-1')
  assert.equal(new Engine({ ...policyObject(), revision: 'obj-1' }).policyRevision, 'obj-1')
  assert.equal(new Engine(null).policyId, new Engine().policyId)
  assert.deepEqual(engine.destinations, ['claude-ai', 'claude-api', 'claude-projects', 'claude-enterprise-zdr'])
  assert.ok(engine.detectors().some((d) => d.id === 'us_ssn' && d.tier === 'restricted'))
})

function policyObject() {
  return JSON.parse(engine.policyJson())
}

test('policy errors carry the stable code and the line and column', () => {
  assert.throws(() => new Engine('schema = 1\nid = '), (err) => {
    assert.equal(err.name, 'TiergateError')
    assert.ok(err instanceof Error)
    assert.equal(err.code, 'policy_parse')
    assert.equal(err.line, 2)
    assert.equal(typeof err.column, 'number')
    return true
  })
  assert.throws(() => engine.check('x', 'nowhere'), { code: 'unknown_destination' })
  assert.throws(() => new Engine(42), { code: 'invalid_argument' })
})

test('arguments of the wrong type are TypeErrors that never quote the value', () => {
  const secret = { prompt: `SSN ${SSN}` }
  const calls = [
    () => engine.classify(secret),
    () => engine.classify(4111111111111111),
    () => engine.check(secret, 'claude-ai'),
    () => engine.classifyMany(['ok', secret]),
    () => engine.classifyMany(`SSN ${SSN}`),
    () => engine.redact(secret),
    () => engine.redactMany([secret]),
    () => engine.guard([secret], 'claude-ai'),
    () => tiergate.mask(secret),
  ]
  for (const call of calls) {
    assert.throws(call, (err) => {
      assert.ok(err instanceof TypeError)
      assert.equal(err.code, 'invalid_argument')
      assert.ok(!err.message.includes(SSN) && !err.message.includes('4111'), err.message)
      return true
    })
  }
})

test('PolicyViolation carries the decision and the code', () => {
  const decision = engine.check(`SSN ${SSN}`, 'claude-ai')
  const err = new PolicyViolation(decision)
  assert.ok(err instanceof Error)
  assert.equal(err.code, 'policy_violation')
  assert.equal(err.decision, decision)
  assert.equal(err.message, decision.message)
})

test('mask previews never reveal the value', () => {
  assert.equal(tiergate.mask('jane.doe@acme.io').includes('jane.doe'), false)
})
