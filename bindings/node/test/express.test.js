'use strict'
// tiergate/express in a real Express app over HTTP on 127.0.0.1.

const test = require('node:test')
const assert = require('node:assert/strict')
const express = require('express')
const { tiergate } = require('../express')
const { Engine } = require('..')

const SSN = '536-90-4399'
const EMAIL = 'jane.doe@acme.io'
const engine = new Engine()

let server
let base
const handled = []

test.before(async () => {
  const app = express()
  app.use(express.json())
  const echo = (req, res) => {
    handled.push(req.body)
    // What a route would do: send req.body to Claude, then restore the reply.
    const reply = `Got: ${JSON.stringify(req.body)}`
    res.json({ reply: req.tiergate.restore(reply), action: req.tiergate.decision.action, acknowledged: !!req.tiergate.acknowledged })
  }
  app.post('/chat', tiergate({ engine, destination: 'claude-api' }), echo)
  app.post('/projects', tiergate({ engine, destination: 'claude-projects', field: 'input.text' }), echo)
  app.post('/redact', tiergate({ engine, destination: 'claude-ai', mode: 'redact' }), echo)
  app.post('/messages', tiergate({ engine, destination: 'claude-api', field: (req) => req.body }), echo)
  app.use((err, req, res, _next) => res.status(500).json({ error: err.message }))
  await new Promise((resolve) => {
    server = app.listen(0, '127.0.0.1', resolve)
  })
  base = `http://127.0.0.1:${server.address().port}`
})
test.after(() => new Promise((resolve) => server.close(resolve)))

async function post(path, body, headers = {}) {
  const res = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })
  return { status: res.status, action: res.headers.get('x-tiergate-action'), body: await res.json() }
}

async function handledBy(fn) {
  const before = handled.length
  await fn()
  return handled.slice(before)
}

test('allowed prompts reach the handler with the decision', async () => {
  const seen = await handledBy(async () => {
    const res = await post('/chat', { prompt: 'What is our public return policy?' })
    assert.equal(res.status, 200)
    assert.equal(res.body.action, 'allow')
    assert.equal(res.action, 'allow')
  })
  assert.equal(seen.length, 1)
})

test('blocked prompts get 403 with the decision JSON and never reach the handler', async () => {
  const seen = await handledBy(async () => {
    const res = await post('/chat', { prompt: `Patient SSN ${SSN}` })
    assert.equal(res.status, 403)
    assert.equal(res.body.version, 1)
    assert.equal(res.body.action, 'block')
    assert.equal(res.body.destination, 'claude-api')
    assert.equal(res.body.reasons[0].detector, 'us_ssn')
    assert.ok(!JSON.stringify(res.body).includes(SSN))
  })
  assert.equal(seen.length, 0)
})

test('acknowledge answers 422 until the user confirms with the header', async () => {
  const body = { input: { text: 'INTERNAL USE ONLY: the team process.' } }
  const seen = await handledBy(async () => {
    const first = await post('/projects', body)
    assert.equal(first.status, 422)
    assert.equal(first.body.action, 'acknowledge')
    const confirmed = await post('/projects', body, { 'x-tiergate-acknowledge': 'true' })
    assert.equal(confirmed.status, 200)
    assert.equal(confirmed.body.acknowledged, true)
  })
  assert.equal(seen.length, 1)
})

test('redact mode hands the handler placeholders and restores the reply', async () => {
  const seen = await handledBy(async () => {
    const res = await post('/redact', { prompt: `Mail ${EMAIL} today` })
    assert.equal(res.status, 200)
    assert.match(res.body.reply, new RegExp(`Mail ${EMAIL.replace('.', '\\.')} today`))
  })
  assert.deepEqual(seen, [{ prompt: 'Mail [EMAIL_1] today' }])
})

test('a whole Messages request can be checked', async () => {
  const request = {
    system: 'You are helpful.',
    messages: [{ role: 'user', content: [{ type: 'text', text: `SSN ${SSN}` }] }],
  }
  const seen = await handledBy(async () => {
    assert.equal((await post('/messages', request)).status, 403)
    request.messages[0].content[0].text = 'hello'
    assert.equal((await post('/messages', request)).status, 200)
  })
  assert.equal(seen.length, 1)
})

test('a missing field is a 400, not a silent pass', async () => {
  const seen = await handledBy(async () => {
    const res = await post('/chat', { message: `SSN ${SSN}` })
    assert.equal(res.status, 400)
    assert.equal(res.body.error, 'invalid_request')
    assert.match(res.body.message, /"prompt"/)
  })
  assert.equal(seen.length, 0)
})

test('a configuration mistake fails when the app starts', () => {
  assert.throws(() => tiergate({ engine, destination: 'claude-moon' }), { code: 'unknown_destination' })
  assert.throws(() => tiergate({ engine, mode: 'shred' }), { code: 'invalid_argument' })
})

test('without a body parser the request is answered 400 with what to do, and never passed on', async () => {
  const app = express()
  let handled = false
  app.post('/x', tiergate({ engine }), (req, res) => { handled = true; res.json({}) })
  const srv = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s))
  })
  try {
    const res = await fetch(`http://127.0.0.1:${srv.address().port}/x`, { method: 'POST', body: 'prompt=hi' })
    assert.equal(res.status, 400)
    const body = await res.json()
    assert.equal(body.error, 'tiergate_no_body')
    assert.match(body.message, /express\.json\(\)/)
    assert.equal(handled, false)
  } finally {
    await new Promise((resolve) => srv.close(resolve))
  }
})
