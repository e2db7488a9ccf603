'use strict';
// A small stand-in for the Anthropic Messages API, for driving the real Claude Code client in
// tests. Listens on 127.0.0.1 (a free port), records every request, and answers POST
// /v1/messages from a script of replies:
//
//   {text: 'Hello'}                                              a text reply (stop_reason end_turn)
//   {toolUse: {name: 'Read', input: {file_path: '/abs/path'}}}   a tool call (stop_reason tool_use)
//
// Replies are taken in order; when the queue is empty a plain text reply is sent. Both streaming
// ("stream": true, server-sent events) and plain JSON answers are supported. Anything else the
// client calls (count_tokens, HEAD/GET probes, unknown paths) gets a small sensible answer so it
// never hangs.

const http = require('node:http');

const FALLBACK_TEXT = 'OK from the fake API.';

let counter = 0;
function newId(prefix) {
  counter += 1;
  const rand = Math.random().toString(36).slice(2, 10);
  return `${prefix}_fake${Date.now().toString(36)}${counter}${rand}`;
}

/** Builds the message object (non-streaming form) for one scripted reply. */
function buildMessage(reply, model) {
  const content = [];
  let stopReason = 'end_turn';
  if (reply && reply.toolUse) {
    if (reply.toolUse.text) content.push({ type: 'text', text: reply.toolUse.text });
    content.push({
      type: 'tool_use',
      id: reply.toolUse.id || newId('toolu'),
      name: reply.toolUse.name,
      input: reply.toolUse.input || {},
    });
    stopReason = 'tool_use';
  } else {
    const text = reply && typeof reply.text === 'string' ? reply.text : FALLBACK_TEXT;
    content.push({ type: 'text', text });
  }
  return {
    id: newId('msg'),
    type: 'message',
    role: 'assistant',
    model: model || 'claude-fake',
    content,
    stop_reason: stopReason,
    stop_sequence: null,
    usage: {
      input_tokens: 10,
      output_tokens: 10,
      cache_creation_input_tokens: 0,
      cache_read_input_tokens: 0,
    },
  };
}

function sse(res, event, data) {
  res.write(`event: ${event}\ndata: ${JSON.stringify(data)}\n\n`);
}

function streamMessage(res, message) {
  res.writeHead(200, {
    'content-type': 'text/event-stream',
    'cache-control': 'no-cache',
    connection: 'keep-alive',
    'request-id': newId('req'),
  });
  const { content, stop_reason: stopReason, usage, ...head } = message;
  sse(res, 'message_start', {
    type: 'message_start',
    message: { ...head, content: [], stop_reason: null, stop_sequence: null, usage: { ...usage, output_tokens: 1 } },
  });
  content.forEach((block, index) => {
    if (block.type === 'text') {
      sse(res, 'content_block_start', { type: 'content_block_start', index, content_block: { type: 'text', text: '' } });
      sse(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'text_delta', text: block.text } });
    } else {
      sse(res, 'content_block_start', {
        type: 'content_block_start',
        index,
        content_block: { type: 'tool_use', id: block.id, name: block.name, input: {} },
      });
      const json = JSON.stringify(block.input);
      // Split the arguments in two chunks, as the real API streams them in pieces.
      const cut = Math.floor(json.length / 2);
      for (const part of [json.slice(0, cut), json.slice(cut)]) {
        sse(res, 'content_block_delta', { type: 'content_block_delta', index, delta: { type: 'input_json_delta', partial_json: part } });
      }
    }
    sse(res, 'content_block_stop', { type: 'content_block_stop', index });
  });
  sse(res, 'message_delta', {
    type: 'message_delta',
    delta: { stop_reason: stopReason, stop_sequence: null },
    usage: { output_tokens: usage.output_tokens },
  });
  sse(res, 'message_stop', { type: 'message_stop' });
  res.end();
}

function sendJson(res, status, body) {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text), 'request-id': newId('req') });
  res.end(text);
}

/**
 * Starts the fake API. Returns {url, port, requests, replies, close()}; `requests` is a live array
 * of {method, url, headers, body, raw} (body: parsed JSON, or null), `replies` the remaining queue
 * (push to it to script more turns).
 */
function start({ replies = [], log = false } = {}) {
  const queue = [...replies];
  const requests = [];
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const raw = Buffer.concat(chunks).toString('utf8');
      let body = null;
      if (raw) {
        try {
          body = JSON.parse(raw);
        } catch {
          body = null;
        }
      }
      const entry = { method: req.method, url: req.url, headers: req.headers, body, raw };
      requests.push(entry);
      if (log) process.stderr.write(`[fake-api] ${req.method} ${req.url} ${raw.length}B\n`);
      const path = req.url.split('?')[0];

      if (req.method === 'POST' && path === '/v1/messages/count_tokens') {
        return sendJson(res, 200, { input_tokens: Math.max(1, Math.ceil(raw.length / 4)) });
      }
      if (req.method === 'POST' && path === '/v1/messages') {
        const reply = queue.length ? queue.shift() : { text: FALLBACK_TEXT };
        entry.reply = reply;
        const message = buildMessage(reply, body && body.model);
        if (body && body.stream) return streamMessage(res, message);
        return sendJson(res, 200, message);
      }
      if (req.method === 'HEAD') {
        res.writeHead(200);
        return res.end();
      }
      if (req.method === 'GET' && path === '/v1/models') {
        return sendJson(res, 200, { data: [], has_more: false, first_id: null, last_id: null });
      }
      if (req.method === 'GET' && (path === '/' || path === '')) {
        return sendJson(res, 200, { ok: true });
      }
      return sendJson(res, 404, { type: 'error', error: { type: 'not_found_error', message: `fake API: no ${req.method} ${path}` } });
    });
  });
  // Keep-alive sockets would hold close() open; track them to destroy on close.
  const sockets = new Set();
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      resolve({
        url: `http://127.0.0.1:${port}`,
        port,
        requests,
        replies: queue,
        close: () =>
          new Promise((done) => {
            for (const s of sockets) s.destroy();
            server.close(() => done());
          }),
      });
    });
  });
}

/** Every recorded request body as one string, to assert a value never reached the API. */
function allText(requests) {
  // The parsed body re-serialised (escapes normalised) plus the raw bytes as sent, and the URL.
  return requests
    .map((r) => [r.url, r.body !== null && r.body !== undefined ? JSON.stringify(r.body) : '', r.raw || ''].join('\n'))
    .join('\n');
}

/** The recorded POST /v1/messages requests (the conversation turns). */
function messageRequests(requests) {
  return requests.filter((r) => r.method === 'POST' && r.url.split('?')[0] === '/v1/messages');
}

module.exports = { start, allText, messageRequests, buildMessage };
