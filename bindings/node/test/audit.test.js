'use strict'
// AuditLog: content-free, hash-chained records from the engine, the Anthropic guard and Express.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const Anthropic = require('@anthropic-ai/sdk')
const express = require('express')
const { AuditLog, Engine, PolicyViolation, guardAnthropic, verifyAuditLog } = require('..')
const { tiergate } = require('../express')
const fake = require('./fake-claude')

const engine = new Engine()
const CANARY = 'CANARY-9d41 Patient jane.doe@acme.io SSN 536-90-4399'

function tempLog() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-audit-'))
  // Removed when the test process exits, whatever the test's outcome.
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return path.join(dir, 'audit.jsonl')
}

function records(file) {
  return fs.readFileSync(file, 'utf8').trim().split('\n').map((line) => JSON.parse(line))
}

test('records verify and hold no text', () => {
  const file = tempLog()
  const log = new AuditLog(file, { actor: 'u-5', fingerprintKey: Buffer.from('org key') })
  const id = log.record(engine, CANARY, engine.check(CANARY, 'claude-ai'))
  log.acknowledge(engine, id, "needed for jane.doe@acme.io's claim")
  log.record(engine, ['a', 'b'], engine.checkMany(['a', 'b'], 'claude-ai'))
  assert.equal(log.length, 3)
  const raw = fs.readFileSync(file, 'utf8')
  for (const needle of ['CANARY', 'jane.doe', '536-90', 'Patient']) assert.ok(!raw.includes(needle), needle)
  const [first, ack] = records(file)
  assert.equal(first.decision_id, id)
  assert.equal(first.surface, 'node')
  assert.deepEqual(first.detectors, { email: 1, us_ssn: 1 })
  assert.match(first.fingerprint, /^hmac-sha256:[0-9a-f]{64}$/)
  assert.equal(ack.justification, "needed for [EMAIL_1]'s claim")
  assert.deepEqual(verifyAuditLog(file), { records: 3, intact: true, problem: null, tornAt: null, files: 1, first: 0 })
})

test('tampering is found, and a tampered log stays usable', () => {
  const file = tempLog()
  const log = new AuditLog(file, { durable: false })
  log.record(engine, 'hello', engine.check('hello', 'claude-ai'))
  log.record(engine, 'hello', engine.check('hello', 'claude-ai'))
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('"allow"', '"block"'))
  const v = verifyAuditLog(file)
  assert.equal(v.intact, false)
  assert.match(v.problem, /edited/)
  const again = new AuditLog(file)
  again.record(engine, 'hello', engine.check('hello', 'claude-ai'))
  assert.equal(again.length, 3)
  assert.match(verifyAuditLog(file).problem, /edited/, 'the edit is still found')
  assert.throws(() => log.record(engine, 'x', { action: 'allow' }), { code: 'invalid_argument' })
})

test('two writers on one file (two cluster workers) keep one chain', () => {
  const file = tempLog()
  const a = new AuditLog(file, { durable: false })
  const b = new AuditLog(file, { durable: false })
  const decision = engine.check('mail jane.doe@acme.io', 'claude-ai')
  for (let i = 0; i < 100; i++) (i % 3 ? a : b).record(engine, 'mail jane.doe@acme.io', decision)
  const v = verifyAuditLog(file)
  assert.ok(v.intact, JSON.stringify(v))
  assert.equal(v.records, 100)
})

test('a rotated log verifies as one chain; a writer that does not rotate follows', () => {
  const file = tempLog()
  const a = new AuditLog(file, { durable: false, rotate: 2048 })
  const b = new AuditLog(file, { durable: false, rotate: '2KiB' })
  const c = new AuditLog(file, { durable: false })
  const decision = engine.check('hello', 'claude-ai')
  for (let i = 0; i < 30; i++) [a, b, c][i % 3].record(engine, 'hello', decision)
  const rotated = fs.readdirSync(path.dirname(file)).filter((n) => n.startsWith('audit.jsonl.0')).sort()
  assert.ok(rotated.length >= 3, rotated.join())
  const v = verifyAuditLog(file)
  assert.deepEqual(v, { records: 30 + rotated.length, intact: true, problem: null, tornAt: null, files: rotated.length + 1, first: 0 })
  for (const bad of ['weekly', '10', -1, 1.5]) {
    assert.throws(() => new AuditLog(file, { rotate: bad }), { code: 'invalid_argument' }, String(bad))
  }
})

test('guardAnthropic and the Express middleware record their decisions', async () => {
  const server = await fake.start()
  const file = tempLog()
  const log = new AuditLog(file)
  try {
    const client = guardAnthropic(new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 }), {
      engine,
      audit: log,
      destination: 'claude-projects',
      onAcknowledge: () => true,
    })
    await client.messages.create({ model: 'm', max_tokens: 8, messages: [{ role: 'user', content: 'INTERNAL USE ONLY: rota' }] })
    await assert.rejects(
      client.messages.create({ model: 'm', max_tokens: 8, messages: [{ role: 'user', content: CANARY }] }),
      PolicyViolation,
    )

    const app = express()
    app.use(express.json())
    app.post('/chat', tiergate({ engine, audit: log, destination: 'claude-projects' }), (req, res) => res.json({ id: req.tiergate.decisionId }))
    const http = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    const url = `http://127.0.0.1:${http.address().port}/chat`
    const post = (headers) =>
      fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify({ prompt: 'INTERNAL USE ONLY: rota' }) })
    assert.equal((await post({})).status, 422)
    const confirmed = await post({ 'x-tiergate-acknowledge': 'true' })
    assert.equal(confirmed.status, 200)
    const { id } = await confirmed.json()
    await new Promise((resolve) => http.close(resolve))

    const all = records(file)
    assert.deepEqual(
      all.map((r) => `${r.type}:${r.action || ''}`),
      ['decision:acknowledge', 'acknowledgement:', 'decision:block', 'decision:acknowledge', 'decision:acknowledge', 'acknowledgement:'],
    )
    assert.equal(all[1].decision_id, all[0].decision_id)
    assert.equal(all[5].decision_id, id)
    assert.ok(!fs.readFileSync(file, 'utf8').includes('rota'))
    assert.equal(verifyAuditLog(file).intact, true)
  } finally {
    await server.close()
  }
})
