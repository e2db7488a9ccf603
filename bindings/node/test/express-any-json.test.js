'use strict'
// tiergate/express checks every part of the field, whatever JSON it holds, and
// never passes a request it cannot read on to the handler. A property-style
// test: random JSON values with a canary hidden anywhere are refused; the same
// values without it reach the handler. Also urlencoded and text bodies.

const test = require('node:test')
const assert = require('node:assert/strict')
const express = require('express')
const { tiergate } = require('../express')
const { Engine } = require('..')

const CANARY = '536-90-4399'
const engine = new Engine()

let server
let base
let handled = 0

test.before(async () => {
  const app = express()
  const ok = (req, res) => {
    handled += 1
    res.json({ body: req.body, action: req.tiergate.decision.action })
  }
  const guard = tiergate({ engine, destination: 'claude-api' })
  app.post('/json', express.json(), guard, ok)
  app.post('/form', express.urlencoded({ extended: true }), guard, ok)
  app.post('/text', express.text(), guard, ok)
  app.post('/text-redact', express.text(), tiergate({ engine, destination: 'claude-api', mode: 'redact' }), ok)
  app.post('/raw', express.raw({ type: '*/*' }), guard, ok)
  await new Promise((resolve) => {
    server = app.listen(0, '127.0.0.1', resolve)
  })
  base = `http://127.0.0.1:${server.address().port}`
})
test.after(() => new Promise((resolve) => server.close(resolve)))

async function post(path, body, type) {
  const before = handled
  const res = await fetch(base + path, { method: 'POST', headers: { 'content-type': type }, body })
  return { status: res.status, body: await res.json(), handled: handled - before }
}

/** A small seeded generator, so a failure is reproducible from its seed. */
function rng(seed) {
  let s = Math.imul(seed, 2654435761) >>> 0 // spread small seeds over the range
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0
    return s / 2 ** 32
  }
}

const WORDS = ['alpha', 'note', 'plan', 'river', 'blue', 'seven', 'draft', 'item', 'summary', 'quiet']

/** A random JSON value of some depth; `leaves` collects setters for its string leaves. */
function randomJson(r, depth, leaves) {
  const k = r()
  if (depth <= 0 || k < 0.3) {
    const kind = Math.floor(r() * 4)
    if (kind === 0) return Math.floor(r() * 1000)
    if (kind === 1) return r() < 0.5
    if (kind === 2) return null
    return WORDS[Math.floor(r() * WORDS.length)]
  }
  if (k < 0.65) {
    const items = Array.from({ length: 1 + Math.floor(r() * 3) }, () => randomJson(r, depth - 1, leaves))
    items.forEach((v, i) => typeof v === 'string' && leaves.push((x) => (items[i] = x)))
    return items
  }
  const obj = {}
  for (let i = 0; i < 1 + Math.floor(r() * 3); i++) {
    const key = WORDS[Math.floor(r() * WORDS.length)] + i
    obj[key] = randomJson(r, depth - 1, leaves)
    if (typeof obj[key] === 'string') leaves.push((x) => (obj[key] = x))
  }
  return obj
}

test('any JSON with a canary anywhere in the field is refused; without it, it passes', async () => {
  let refused = 0
  for (let seed = 1; seed <= 120; seed++) {
    const r = rng(seed)
    const leaves = []
    const value = randomJson(r, 4, leaves)
    if (value === null) continue // a null field is a missing field: 400, tested elsewhere
    const clean = await post('/json', JSON.stringify({ prompt: value }), 'application/json')
    assert.equal(clean.status, 200, `seed ${seed}: ${JSON.stringify(value)}`)
    if (leaves.length === 0) continue
    leaves[Math.floor(r() * leaves.length)](`id ${CANARY}`)
    const res = await post('/json', JSON.stringify({ prompt: value }), 'application/json')
    assert.equal(res.status, 403, `seed ${seed}`)
    assert.equal(res.handled, 0)
    assert.ok(res.body.reasons[0].paths.length === 1 && !JSON.stringify(res.body).includes(CANARY))
    refused += 1
  }
  assert.ok(refused > 40, `${refused} values carried the canary`)
})

test('an object, a number and nested arrays in the field are checked, not waved through', async () => {
  for (const prompt of [{ text: `SSN ${CANARY}` }, [[[`${CANARY}`]]], { a: { b: [1, { c: CANARY }] } }]) {
    const res = await post('/json', JSON.stringify({ prompt }), 'application/json')
    assert.equal(res.status, 403, JSON.stringify(prompt))
    assert.equal(res.handled, 0)
  }
  // A number is checked as its digits, with its member's key as context.
  const card = await post('/json', '{"prompt": {"card_number": 4539148803436467}}', 'application/json')
  assert.equal(card.status, 403)
  assert.equal(card.body.reasons[0].detector, 'payment_card')
  assert.deepEqual(card.body.reasons[0].paths, ['card_number'])
  assert.equal((await post('/json', '{"prompt": 42}', 'application/json')).status, 200)
  assert.equal((await post('/json', '{"prompt": true}', 'application/json')).status, 200)
})

test('urlencoded and text bodies are checked; a text body is redacted whole', async () => {
  const form = await post('/form', `prompt=${encodeURIComponent(`SSN ${CANARY}`)}`, 'application/x-www-form-urlencoded')
  assert.equal(form.status, 403)
  const nested = await post('/form', `prompt[a][b]=${encodeURIComponent(CANARY)}`, 'application/x-www-form-urlencoded')
  assert.equal(nested.status, 403)
  assert.equal((await post('/form', 'prompt=hello', 'application/x-www-form-urlencoded')).status, 200)
  const text = await post('/text', `SSN ${CANARY}`, 'text/plain')
  assert.equal(text.status, 403)
  assert.equal(text.handled, 0)
  const redacted = await post('/text-redact', 'mail jane.doe@acme.io please', 'text/plain')
  assert.equal(redacted.status, 200)
  assert.equal(redacted.body.body, 'mail [EMAIL_1] please')
})

test('a body the middleware cannot read is answered 400 and never reaches the handler', async () => {
  const raw = await post('/raw', `SSN ${CANARY}`, 'application/octet-stream')
  assert.equal(raw.status, 400)
  assert.equal(raw.body.error, 'tiergate_unreadable_body')
  assert.match(raw.body.message, /express\.json\(\)/)
  assert.equal(raw.handled, 0)
  // The JSON parser did not run for this content type: no parsed body.
  const none = await post('/json', `prompt=${CANARY}`, 'application/x-www-form-urlencoded')
  assert.equal(none.status, 400)
  assert.equal(none.body.error, 'tiergate_no_body')
  assert.equal(none.handled, 0)
})
