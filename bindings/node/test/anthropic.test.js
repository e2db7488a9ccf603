'use strict'
// guardAnthropic with the real @anthropic-ai/sdk against a local stand-in for the API.

const test = require('node:test')
const assert = require('node:assert/strict')
const Anthropic = require('@anthropic-ai/sdk')
const { Engine, PolicyViolation, guardAnthropic } = require('..')
const fake = require('./fake-claude')

const SSN = '536-90-4399'
const EMAIL = 'jane.doe@acme.io'
const PHONE = '+1 415 867 5309'
const model = 'claude-test'
const engine = new Engine()

let server
test.before(async () => {
  server = await fake.start()
})
test.after(() => server.close())

function client(options) {
  const c = new Anthropic({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 })
  return guardAnthropic(c, { engine, ...options })
}

function ask(text, extra = {}) {
  return { model, max_tokens: 64, messages: [{ role: 'user', content: text }], ...extra }
}

async function sentRequests(fn) {
  const before = server.requests.length
  await fn()
  return server.requests.slice(before)
}

test('an allowed prompt reaches the API unchanged', async () => {
  const c = client({ destination: 'claude-api' })
  const sent = await sentRequests(async () => {
    const reply = await c.messages.create(ask('Summarise our public pricing page.'))
    assert.equal(reply.content[0].text, 'Got: Summarise our public pricing page.')
  })
  assert.equal(sent.length, 1)
  assert.equal(sent[0].body.messages[0].content, 'Summarise our public pricing page.')
})

test('a blocked prompt never reaches the API and rejects with PolicyViolation', async () => {
  const c = client({ destination: 'claude-api' })
  const sent = await sentRequests(async () => {
    await assert.rejects(c.messages.create(ask(`Patient SSN ${SSN}`)), (err) => {
      assert.ok(err instanceof PolicyViolation)
      assert.equal(err.code, 'policy_violation')
      assert.equal(err.decision.action, 'block')
      assert.equal(err.decision.reasons[0].detector, 'us_ssn')
      assert.ok(!err.message.includes(SSN))
      return true
    })
  })
  assert.equal(sent.length, 0)
})

test('system prompts, text blocks and tool results are all checked', async () => {
  const c = client({ destination: 'claude-api' })
  const requests = [
    ask('hello', { system: `Context: SSN ${SSN}` }),
    ask('hello', { system: [{ type: 'text', text: `SSN ${SSN}` }] }),
    ask([{ type: 'text', text: 'fine' }, { type: 'text', text: `SSN ${SSN}` }]),
    {
      model,
      max_tokens: 64,
      messages: [
        { role: 'user', content: 'look it up' },
        { role: 'assistant', content: [{ type: 'tool_use', id: 't1', name: 'lookup', input: {} }] },
        { role: 'user', content: [{ type: 'tool_result', tool_use_id: 't1', content: [{ type: 'text', text: `SSN ${SSN}` }] }] },
      ],
    },
    ask([{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: `SSN ${SSN}` } }]),
  ]
  const sent = await sentRequests(async () => {
    for (const r of requests) await assert.rejects(c.messages.create(r), PolicyViolation)
  })
  assert.equal(sent.length, 0)
})

test('a blocked stream never reaches the API; the stream errors with PolicyViolation', async () => {
  const c = client({ destination: 'claude-api' })
  const sent = await sentRequests(async () => {
    const stream = c.messages.stream(ask(`SSN ${SSN}`))
    stream.on('error', () => {})
    // MessageStream wraps errors that are not its own in an AnthropicError with the original as `cause`.
    await assert.rejects(stream.finalText(), (err) => err.cause instanceof PolicyViolation)
  })
  assert.equal(sent.length, 0)
})

test('redact mode sends placeholders and restores the reply', async () => {
  const c = client({ destination: 'claude-ai', mode: 'redact' })
  const sent = await sentRequests(async () => {
    const reply = await c.messages.create(ask(`Write to ${EMAIL} or call ${PHONE}`))
    assert.equal(reply.content[0].text, `Got: Write to ${EMAIL} or call ${PHONE}`)
  })
  assert.equal(sent.length, 1)
  assert.equal(sent[0].body.messages[0].content, 'Write to [EMAIL_1] or call [PHONE_1]')
  assert.ok(!sent[0].raw.includes(EMAIL) && !sent[0].raw.includes('867'))
})

test('redact mode restores streams split across deltas: text events, finalText, finalMessage', async () => {
  const c = client({ destination: 'claude-ai', mode: 'redact' })
  const prompt = `Write to ${EMAIL} or call ${PHONE}`
  const sent = await sentRequests(async () => {
    const stream = c.messages.stream(ask(prompt))
    let streamed = ''
    stream.on('text', (delta) => (streamed += delta))
    assert.equal(await stream.finalText(), `Got: ${prompt}`)
    assert.equal(streamed, `Got: ${prompt}`)
    const final = await stream.finalMessage()
    assert.equal(final.content[0].text, `Got: ${prompt}`)
  })
  assert.equal(sent.length, 1)
  assert.equal(sent[0].body.stream, true)
  assert.equal(sent[0].body.messages[0].content, 'Write to [EMAIL_1] or call [PHONE_1]')
})

test('redact mode restores raw event streams from create({ stream: true })', async () => {
  const c = client({ destination: 'claude-ai', mode: 'redact' })
  const events = await c.messages.create(ask(`mail ${EMAIL}`, { stream: true }))
  let text = ''
  for await (const e of events) {
    if (e.type === 'content_block_delta' && e.delta.type === 'text_delta') text += e.delta.text
  }
  assert.equal(text, `Got: mail ${EMAIL}`)
})

test('withResponse still works on guarded calls', async () => {
  const c = client({ destination: 'claude-ai', mode: 'redact' })
  const { data, response } = await c.messages.create(ask(`mail ${EMAIL}`)).withResponse()
  assert.equal(response.status, 200)
  assert.equal(data.content[0].text, `Got: mail ${EMAIL}`)
})

test('markings cannot be redacted away: refused even in redact mode', async () => {
  const c = client({ destination: 'claude-api', mode: 'redact' })
  const sent = await sentRequests(async () => {
    await assert.rejects(c.messages.create(ask(`TOP SECRET//NOFORN mail ${EMAIL}`)), PolicyViolation)
  })
  assert.equal(sent.length, 0)
})

test('acknowledge asks the callback (sync or async) and sends only on true', async () => {
  const asked = []
  const text = 'INTERNAL USE ONLY: the team process.'
  const destination = 'claude-projects'
  const decision = engine.check(text, destination)
  assert.equal(decision.action, 'acknowledge', 'the built-in policy asks to acknowledge internal data for Projects')
  const yes = client({ destination, onAcknowledge: async (d) => (asked.push(d.action), true) })
  const no = client({ destination, onAcknowledge: (d) => (asked.push(d.action), false) })
  const none = client({ destination })
  const sent = await sentRequests(async () => {
    assert.equal((await yes.messages.create(ask(text))).content[0].text, `Got: ${text}`)
    await assert.rejects(no.messages.create(ask(text)), PolicyViolation)
    await assert.rejects(none.messages.create(ask(text)), PolicyViolation)
    const stream = yes.messages.stream(ask(text))
    assert.equal(await stream.finalText(), `Got: ${text}`)
  })
  assert.deepEqual(asked, ['acknowledge', 'acknowledge', 'acknowledge'])
  assert.equal(sent.length, 2)
})

test('countTokens is guarded too', async () => {
  const c = client({ destination: 'claude-api' })
  const sent = await sentRequests(async () => {
    await assert.rejects(c.messages.countTokens(ask(`SSN ${SSN}`)), PolicyViolation)
    assert.ok((await c.messages.countTokens(ask('hello'))).input_tokens > 0)
  })
  assert.equal(sent.length, 1)
})

test('onDecision sees every decision, and a bad configuration fails at once', async () => {
  const seen = []
  const c = client({ destination: 'claude-api', onDecision: (d) => seen.push(d.action) })
  await c.messages.create(ask('hello'))
  await assert.rejects(c.messages.create(ask(`SSN ${SSN}`)))
  assert.deepEqual(seen, ['allow', 'block'])
  assert.throws(() => client({ destination: 'claude-moon' }), { code: 'unknown_destination' })
  assert.throws(() => client({ mode: 'shred' }), { code: 'invalid_argument' })
  assert.throws(() => guardAnthropic({}), TypeError)
})
