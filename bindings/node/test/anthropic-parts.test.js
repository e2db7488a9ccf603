'use strict'
// Every part of a request is checked: a canary value in each place a Messages
// request (or a batch of them) can carry text is refused in block mode and
// never reaches the API; in redact mode it arrives only as a placeholder and
// the reply — text, tool input, streamed input_json_delta — comes back with it.
// The real @anthropic-ai/sdk against a local stand-in that records every request.

const test = require('node:test')
const assert = require('node:assert/strict')
const Anthropic = require('@anthropic-ai/sdk')
const { Engine, PolicyViolation, builtinPolicy, guardAnthropic } = require('..')
const fake = require('./fake-claude')

const CANARY = 'jane.doe@acme.io'
const model = 'claude-test'
const engine = new Engine()
const echo = { headers: { 'x-fake-echo': '1' } }

let server
test.before(async () => {
  server = await fake.start()
})
test.after(() => server.close())

function client(options) {
  const c = new Anthropic({ apiKey: 'test-key', baseURL: server.url, maxRetries: 0 })
  return guardAnthropic(c, { engine, destination: 'claude-api', ...options })
}

const user = (content) => [{ role: 'user', content }]
const base = (extra) => ({ model, max_tokens: 64, messages: user('hello'), ...extra })
const tool = (extra) => ({ name: 'lookup', description: 'Looks a customer up', input_schema: { type: 'object', properties: { q: { type: 'string' } } }, ...extra })

/** Each place a request carries text, with the canary in it. */
const PARTS = {
  'system (string)': base({ system: `Reply to ${CANARY}` }),
  'system (text blocks)': base({ system: [{ type: 'text', text: `Reply to ${CANARY}` }] }),
  'message string': base({ messages: user(`mail ${CANARY}`) }),
  'text block': base({ messages: user([{ type: 'text', text: `mail ${CANARY}` }]) }),
  'tool_use input, nested': base({
    messages: [
      { role: 'user', content: 'find her' },
      { role: 'assistant', content: [{ type: 'tool_use', id: 'toolu_1', name: 'lookup', input: { filter: { any: [{ email: CANARY }] } } }] },
      { role: 'user', content: [{ type: 'tool_result', tool_use_id: 'toolu_1', content: 'none' }] },
    ],
  }),
  'tool_result content, nested blocks': base({
    messages: user([{ type: 'tool_result', tool_use_id: 'toolu_1', content: [{ type: 'text', text: `owner: ${CANARY}` }] }]),
  }),
  'document with a text source': base({
    messages: user([{ type: 'document', source: { type: 'text', media_type: 'text/plain', data: `Contact ${CANARY}` } }]),
  }),
  'document with a content source': base({
    messages: user([{ type: 'document', source: { type: 'content', content: [{ type: 'text', text: `Contact ${CANARY}` }] } }]),
  }),
  'document title and context': base({
    messages: user([{ type: 'document', title: `Notes for ${CANARY}`, context: 'q3', source: { type: 'text', media_type: 'text/plain', data: 'x' } }]),
  }),
  'search result': base({
    messages: user([{ type: 'search_result', source: 'https://wiki.example/p', title: 'p', content: [{ type: 'text', text: `Owner ${CANARY}` }] }]),
  }),
  'a block type the API adds tomorrow': base({ messages: user([{ type: 'hologram', payload: { deep: [`${CANARY}`] } }]) }),
  'tool description': base({ tools: [tool({ description: `Mail ${CANARY} on failure` })] }),
  'tool input schema description': base({
    tools: [tool({ input_schema: { type: 'object', properties: { q: { type: 'string', description: `e.g. ${CANARY}` } } } })],
  }),
  'tool input schema enum': base({
    tools: [tool({ input_schema: { type: 'object', properties: { q: { type: 'string', enum: [CANARY] } } } })],
  }),
  'tool input examples': base({ tools: [tool({ input_examples: [{ q: CANARY }] })] }),
  'metadata': base({ metadata: { user_id: CANARY } }),
  'stop_sequences': base({ stop_sequences: [CANARY] }),
}

for (const [name, params] of Object.entries(PARTS)) {
  test(`block mode: a canary in the ${name} is refused and never sent`, async () => {
    const c = client()
    const before = server.requests.length
    await assert.rejects(c.messages.create(params), (err) => {
      assert.ok(err instanceof PolicyViolation, String(err))
      assert.equal(err.decision.action, 'block')
      assert.ok(err.decision.reasons.some((r) => r.detector === 'email' && r.paths.length > 0))
      assert.ok(!JSON.stringify(err.decision).includes(CANARY))
      return true
    })
    await assert.rejects(c.messages.countTokens(params), PolicyViolation)
    await assert.rejects(c.beta.messages.create(params), PolicyViolation)
    assert.equal(server.requests.length, before, 'nothing reached the API')
  })

  test(`redact mode: a canary in the ${name} arrives as a placeholder and comes back`, async () => {
    const c = client({ mode: 'redact' })
    const before = server.requests.length
    const reply = await c.messages.create(params, echo)
    const sent = server.requests.slice(before)
    assert.equal(sent.length, 1)
    assert.ok(!sent[0].raw.includes(CANARY), 'the canary never arrives')
    assert.match(sent[0].raw, /\[EMAIL_1\]/)
    assert.equal(sent[0].body.model, model, 'the rest of the request is as it was')
    assert.equal(reply.content[0].text, `Echo: ${CANARY}`)
    assert.deepEqual(reply.content[1].input, { found: [CANARY] })
  })
}

test('a batch: a canary in any request is refused; redacted, it arrives as a placeholder', async () => {
  const requests = [
    { custom_id: 'a', params: base() },
    { custom_id: 'b', params: base({ messages: user([{ type: 'text', text: `mail ${CANARY}` }]) }) },
  ]
  const before = server.requests.length
  await assert.rejects(client().messages.batches.create({ requests }), (err) => {
    assert.ok(err instanceof PolicyViolation)
    assert.deepEqual(err.decision.reasons[0].paths, ['requests[1].params.messages[0].content[0].text'])
    return true
  })
  await assert.rejects(client().beta.messages.batches.create({ requests }), PolicyViolation)
  assert.equal(server.requests.length, before)
  const batch = await client({ mode: 'redact' }).messages.batches.create({ requests })
  assert.equal(batch.id, 'msgbatch_test')
  const sent = server.requests.at(-1)
  assert.ok(!sent.raw.includes(CANARY))
  assert.equal(sent.body.requests[1].params.messages[0].content[0].text, 'mail [EMAIL_1]')
  assert.equal(sent.body.requests[0].custom_id, 'a')
})

test('streamed tool input (input_json_delta) and text come back restored, placeholders cut across deltas', async () => {
  const c = client({ mode: 'redact' })
  const params = PARTS['tool_use input, nested']
  const events = await c.messages.create({ ...params, stream: true }, echo)
  let text = ''
  let json = ''
  for await (const event of events) {
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text
    if (event.type === 'content_block_delta' && event.delta.type === 'input_json_delta') json += event.delta.partial_json
  }
  assert.equal(text, `Echo: ${CANARY}`)
  assert.deepEqual(JSON.parse(json), { found: [CANARY] })

  const stream = c.messages.stream(params, echo)
  let inputs = null
  stream.on('inputJson', (_, snapshot) => (inputs = snapshot))
  const final = await stream.finalMessage()
  assert.equal(final.content[0].text, `Echo: ${CANARY}`)
  assert.deepEqual(final.content[1].input, { found: [CANARY] })
  assert.deepEqual(inputs, { found: [CANARY] })
})

test('a value that needs escaping in JSON stays valid JSON when a streamed tool input is restored', async () => {
  const quoted = `"Jane" <${CANARY}>`
  const c = client({ mode: 'redact' })
  const events = await c.messages.create({ ...base({ messages: user(`mail ${quoted}`) }), stream: true }, echo)
  let json = ''
  for await (const event of events) {
    if (event.type === 'content_block_delta' && event.delta.type === 'input_json_delta') json += event.delta.partial_json
  }
  const found = JSON.parse(json).found
  assert.ok(found.every((v) => !v.startsWith('[')), json)
})

test('an image tiergate cannot read asks first; with onAcknowledge it is sent as it was', async () => {
  const image = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }
  const params = base({ messages: user([{ type: 'text', text: 'What is this?' }, image]) })
  const before = server.requests.length
  await assert.rejects(client().messages.create(params), (err) => {
    assert.ok(err instanceof PolicyViolation)
    assert.equal(err.decision.action, 'acknowledge')
    assert.deepEqual(err.decision.unreadable, [{ path: 'messages[0].content[1]', kind: 'image' }])
    assert.match(err.message, /messages\[0\]\.content\[1\]/)
    return true
  })
  assert.equal(server.requests.length, before)
  let asked = null
  await client({ onAcknowledge: (d) => { asked = d; return true } }).messages.create(params)
  assert.equal(asked.rule, 'unreadable-content')
  assert.deepEqual(server.requests.at(-1).body.messages[0].content[1], image)
  // Redacted text and an image: the person is asked, then the redacted request goes.
  const mixed = base({ messages: user([{ type: 'text', text: `mail ${CANARY}` }, image]) })
  const reply = await client({ mode: 'redact', onAcknowledge: () => true }).messages.create(mixed, echo)
  assert.ok(!server.requests.at(-1).raw.includes(CANARY))
  assert.equal(reply.content[0].text, `Echo: ${CANARY}`)
})

test('text still needing confirmation once redacted: the redacted request goes, never the original', async () => {
  const params = base({ messages: user(`INTERNAL USE ONLY: mail ${CANARY}`) })
  const projects = (options) => client({ destination: 'claude-projects', mode: 'redact', ...options })
  const before = server.requests.length
  await assert.rejects(projects().messages.create(params), (err) => err.decision.action === 'acknowledge')
  assert.equal(server.requests.length, before, 'nothing sent without confirmation')
  const reply = await projects({ onAcknowledge: () => true }).messages.create(params, echo)
  const sent = server.requests.at(-1)
  assert.ok(!sent.raw.includes(CANARY), 'the original address never leaves')
  assert.match(sent.body.messages[0].content, /\[EMAIL_1\]/)
  assert.equal(reply.content[0].text, `Echo: ${CANARY}`, 'the reply is restored')
})

test('a policy can block content it cannot read, or let it through', async () => {
  const image = { type: 'image', source: { type: 'base64', media_type: 'image/png', data: 'iVBORw0KGgo=' } }
  const params = base({ messages: user([image]) })
  const policy = (action) => new Engine(builtinPolicy().replace('unreadable = "acknowledge"', `unreadable = "${action}"`))
  const blocked = guardAnthropic(new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 }), { engine: policy('block'), onAcknowledge: () => true })
  await assert.rejects(blocked.messages.create(params), (err) => err instanceof PolicyViolation && err.decision.action === 'block')
  const open = guardAnthropic(new Anthropic({ apiKey: 'k', baseURL: server.url, maxRetries: 0 }), { engine: policy('allow') })
  const before = server.requests.length
  await open.messages.create(params)
  assert.equal(server.requests.length, before + 1)
})
