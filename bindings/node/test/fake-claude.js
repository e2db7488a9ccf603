'use strict'
// A stand-in for the Claude Messages API on 127.0.0.1: records every request
// and answers "Got: <last user text>", as JSON or as server-sent events split
// into small deltas (so placeholders are cut across deltas).

const http = require('node:http')

function lastUserText(body) {
  const messages = body.messages || []
  const last = messages[messages.length - 1] || {}
  if (typeof last.content === 'string') return last.content
  const texts = (last.content || []).filter((b) => b.type === 'text').map((b) => b.text)
  return texts.join(' ')
}

function message(text) {
  return {
    id: 'msg_test',
    type: 'message',
    role: 'assistant',
    model: 'claude-test',
    content: [{ type: 'text', text }],
    stop_reason: 'end_turn',
    stop_sequence: null,
    usage: { input_tokens: 10, output_tokens: 10 },
  }
}

function sse(res, text, chunk) {
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  const send = (type, data) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`)
  send('message_start', { message: { ...message(''), content: [], stop_reason: null } })
  send('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })
  for (let i = 0; i < text.length; i += chunk) {
    send('content_block_delta', { index: 0, delta: { type: 'text_delta', text: text.slice(i, i + chunk) } })
  }
  send('content_block_stop', { index: 0 })
  send('message_delta', { delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 10 } })
  send('message_stop', {})
  res.end()
}

/**
 * With the header `x-fake-echo: 1`: a reply that echoes every placeholder of
 * the request (`[EMAIL_1]`) in a text block and in a tool_use block's input,
 * so a test can see them restored; streamed, the tool input arrives as
 * `input_json_delta` pieces of a few characters (placeholders get cut).
 */
function echo(res, raw, stream) {
  const found = [...new Set(raw.match(/\[[A-Z][A-Z0-9_]*_\d+\]/g) || [])]
  const text = `Echo: ${found.join(' ')}`
  const input = { found }
  const tool = { type: 'tool_use', id: 'toolu_test', name: 'lookup', input }
  if (!stream) {
    res.writeHead(200, { 'content-type': 'application/json' })
    return res.end(JSON.stringify({ ...message(text), content: [{ type: 'text', text }, tool] }))
  }
  res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
  const send = (type, data) => res.write(`event: ${type}\ndata: ${JSON.stringify({ type, ...data })}\n\n`)
  send('message_start', { message: { ...message(''), content: [], stop_reason: null } })
  send('content_block_start', { index: 0, content_block: { type: 'text', text: '' } })
  for (let i = 0; i < text.length; i += 4) {
    send('content_block_delta', { index: 0, delta: { type: 'text_delta', text: text.slice(i, i + 4) } })
  }
  send('content_block_stop', { index: 0 })
  send('content_block_start', { index: 1, content_block: { ...tool, input: {} } })
  const json = JSON.stringify(input)
  for (let i = 0; i < json.length; i += 5) {
    send('content_block_delta', { index: 1, delta: { type: 'input_json_delta', partial_json: json.slice(i, i + 5) } })
  }
  send('content_block_stop', { index: 1 })
  send('message_delta', { delta: { stop_reason: 'tool_use', stop_sequence: null }, usage: { output_tokens: 10 } })
  send('message_stop', {})
  res.end()
}

/** Starts the server; resolves to { url, requests, close }. */
function start() {
  const requests = []
  const server = http.createServer((req, res) => {
    let raw = ''
    req.setEncoding('utf8')
    req.on('data', (d) => (raw += d))
    req.on('end', () => {
      const body = raw ? JSON.parse(raw) : {}
      requests.push({ path: req.url, body, raw })
      if (req.url.startsWith('/v1/messages/count_tokens')) {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({ input_tokens: raw.length }))
      }
      if (req.url.startsWith('/v1/messages/batches')) {
        res.writeHead(200, { 'content-type': 'application/json' })
        return res.end(JSON.stringify({
          id: 'msgbatch_test', type: 'message_batch', processing_status: 'in_progress',
          request_counts: { processing: (body.requests || []).length, succeeded: 0, errored: 0, canceled: 0, expired: 0 },
          ended_at: null, created_at: '2026-12-01T00:00:00Z', expires_at: '2026-12-02T00:00:00Z',
          archived_at: null, cancel_initiated_at: null, results_url: null,
        }))
      }
      if (req.headers['x-fake-echo'] === '1') return echo(res, raw, body.stream)
      const reply = `Got: ${lastUserText(body)}`
      if (body.stream) return sse(res, reply, 4)
      res.writeHead(200, { 'content-type': 'application/json' })
      res.end(JSON.stringify(message(reply)))
    })
  })
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address()
      resolve({ url: `http://127.0.0.1:${port}`, requests, close: () => new Promise((r) => server.close(r)) })
    })
  })
}

module.exports = { start }
