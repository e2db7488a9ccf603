// The WebAssembly package keeps the JavaScript engine contract
// (tests/js/engine-contract.js) in both its Node and its web build.

import test from 'node:test'
import assert from 'node:assert/strict'
import fs from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const { defineEngineContract } = require('../../../tests/js/engine-contract.js')
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

const signing = new URL('../../../tests/signing/', import.meta.url)
const read = (name) => fs.readFileSync(new URL(name, signing), 'utf8')

test('fromSigned loads a signed policy and refuses a tampered one with policy_signature', () => {
  const policy = read('policy.toml')
  const engine = node.Engine.fromSigned(policy, read('policy.toml.sig'), read('org.pub'))
  assert.ok(engine.policyRevision.length > 0)
  assert.throws(() => node.Engine.fromSigned(policy + '\n# edited\n', read('policy.toml.sig'), read('org.pub')),
    (e) => e.code === 'policy_signature')
  assert.throws(() => node.Engine.fromSigned(policy, 42, read('org.pub')), TypeError)
})

test('client settings and the claude.ai destination come from the policy', () => {
  const engine = new node.Engine()
  assert.deepEqual(engine.client, {
    claude_ai: 'claude-ai', claude_ai_projects: 'claude-projects', collector_url: null,
    on_error: 'block', require_justification: false,
  })
  assert.equal(engine.claudeAiDestination('/project/019a/chat'), 'claude-projects')
  assert.equal(engine.claudeAiDestination('/chat/019a'), 'claude-ai')
  assert.equal(node.isClaudeAiProjectPath('/project/019a'), true)
  assert.equal(node.isClaudeAiProjectPath('/projects'), false)
  const zdr = new node.Engine(node.builtinPolicy()
    .replace('claude_ai = "claude-ai"', 'claude_ai = "claude-enterprise-zdr"')
    .replace('require_justification = false', 'require_justification = true'))
  assert.equal(zdr.claudeAiDestination('/new'), 'claude-enterprise-zdr')
  assert.equal(zdr.client.require_justification, true)
})

test('documents: the policy\'s [documents] section, defaults filled in', () => {
  assert.deepEqual(new node.Engine().documents, {
    unreadable: 'acknowledge', encrypted: 'block', over_limit: 'block',
    max_file_mb: 64, max_part_mb: 128, max_expanded_mb: 512, max_ratio: 200, max_entries: 10000,
  })
  const small = new node.Engine(node.builtinPolicy().replace(/max_file_mb = \d+/, 'max_file_mb = 2'))
  assert.equal(small.documents.max_file_mb, 2)
})

test('checkRecorded returns the decision and a record without the text', () => {
  const engine = new node.Engine()
  const text = 'SSN 536-22-8471, mail jane.doe@acme.io'
  const time = new Date().toISOString()
  const { report, decision, record } = engine.checkRecorded(text, 'claude-ai', { decisionId: 'd-1', time, surface: 'extension' })
  assert.deepEqual(decision, engine.check(text, 'claude-ai'))
  assert.deepEqual(report, engine.classify(text))
  assert.equal(record.type, 'decision')
  assert.equal(record.decision_id, 'd-1')
  assert.equal(record.time, time)
  assert.equal(record.surface, 'extension')
  assert.equal(record.action, decision.action)
  assert.deepEqual(record.detectors, { email: 1, us_ssn: 1 })
  assert.match(record.policy.hash, /^sha256:[0-9a-f]{64}$/)
  const json = JSON.stringify(record)
  for (const secret of ['536-22-8471', 'jane.doe', 'acme.io']) assert.ok(!json.includes(secret), secret)
  assert.throws(() => engine.checkRecorded(text, 'claude-ai', { time }), (e) => e.code === 'invalid_argument' && /decisionId/.test(e.message))
  assert.throws(() => engine.checkRecorded(text, 'nowhere', { decisionId: 'd', time }), (e) => e.code === 'unknown_destination')
})

test('checkDocumentRecorded: the document decision and a record with every part\'s counts, never text or the file name', () => {
  const engine = new node.Engine()
  const bytes = fs.readFileSync(new URL('../../../tests/documents/customers.xlsx', import.meta.url))
  const time = new Date().toISOString()
  const { report, decision, record } = engine.checkDocumentRecorded(bytes, 'claude-projects', { decisionId: 'd-2', time, surface: 'extension' }, { name: 'customers.xlsx' })
  assert.deepEqual(report, engine.classifyDocument(bytes, { name: 'customers.xlsx' }))
  assert.deepEqual(decision, engine.decideDocument(report, 'claude-projects'))
  assert.equal(record.decision_id, 'd-2')
  assert.equal(record.action, decision.action)
  assert.equal(record.tier, report.tier)
  const counts = {}
  for (const part of report.parts) for (const f of part.report.findings) counts[f.detector] = (counts[f.detector] ?? 0) + 1
  assert.deepEqual(record.detectors, counts, 'counts from every part')
  assert.equal(record.detectors.us_ssn, 1, 'the SSN on the hidden sheet counts')
  const json = JSON.stringify(record)
  for (const secret of ['536-90-4399', 'maria.okafor', 'customers', 'Archive']) assert.ok(!json.includes(secret), secret)
  assert.throws(() => engine.checkDocumentRecorded(bytes, 'claude-ai', { time }), (e) => e.code === 'invalid_argument' && /decisionId/.test(e.message))
  assert.throws(() => engine.checkDocumentRecorded('x', 'claude-ai', { decisionId: 'd', time }), { name: 'TypeError', code: 'invalid_argument' })
})

test('acknowledgementRecord redacts the justification', () => {
  const engine = new node.Engine()
  const record = engine.acknowledgementRecord('d-1', 'customer jane.doe@acme.io asked for it', { time: '2026-11-27T00:00:00.000Z', surface: 'extension' })
  assert.deepEqual(record, {
    type: 'acknowledgement', decision_id: 'd-1', time: '2026-11-27T00:00:00.000Z',
    surface: 'extension', justification: 'customer [EMAIL_1] asked for it',
  })
  assert.equal(engine.acknowledgementRecord('d-2', null, { time: 't' }).justification, undefined)
})

test('the shipped .d.ts carries the wire types of bindings/wire.d.ts, the same file the Node module ships', () => {
  // wasm-bindgen re-indents what it embeds: compare with white space folded.
  const read = (path) => fs.readFileSync(new URL(path, import.meta.url), 'utf8').replace(/\s+/g, ' ').trim()
  const wire = read('../../wire.d.ts')
  assert.ok(read('../pkg/web/tiergate.d.ts').includes(wire), 'tiergate.d.ts embeds bindings/wire.d.ts')
  assert.ok(read('../../node/native.d.ts').includes("export type * from './wire'"), 'native.d.ts exports ./wire')
})

test('the sending rule and the tier titles come from the core', () => {
  const allowed = ['allow', 'warn', 'acknowledge', 'redact', 'block'].filter((a) => node.permitsSending(a))
  assert.deepEqual(allowed, ['allow', 'warn'])
  assert.throws(() => node.permitsSending('Allow'), (e) => e.code === 'invalid_argument')
  assert.throws(() => node.permitsSending(1), TypeError)
  assert.deepEqual(node.tierTitles(), { public: 'Public', internal: 'Internal', sensitive: 'Sensitive', restricted: 'Restricted' })
  const engine = new node.Engine()
  const message = engine.check('SSN 536-90-4399', 'claude-ai').message
  assert.ok(message.includes(node.tierTitles().restricted), message)
})

test('a guard mode that is not block or redact is refused with the core message', () => {
  const engine = new node.Engine()
  assert.throws(() => engine.guard(['x'], 'claude-api', 'Redact'), (e) => e.code === 'invalid_argument' && e.message.includes("'block' or 'redact'"))
  assert.throws(() => engine.guard(['x'], 'claude-api', 1), TypeError)
  assert.equal(engine.guard(['x'], 'claude-api').outcome, 'send')
  assert.equal(engine.guard(['mail a@acme.io'], 'claude-api', null).outcome, 'refuse', 'null is the default mode, as in Node')
})
