'use strict'
// Guards an @anthropic-ai/sdk client: every Messages request is checked by the
// core (`Engine.guardPayload`, which walks every part of the request) before it
// leaves the process. This file only maps the core's outcome onto the SDK's
// calling conventions.

const { Engine } = require('../native.js')
const { PolicyViolation } = require('./errors')

/**
 * Raw stream events with the placeholders restored: text and thinking deltas,
 * a tool's input arriving as JSON text (`input_json_delta`), and blocks that
 * start with content. One restorer per content block holds back a placeholder
 * cut across two deltas until it is complete.
 */
async function* restoreEvents(iterator, batch) {
  const holds = new Map() // block index -> { restorer, delta type, field }
  const hold = (index, delta) => {
    if (!holds.has(index)) {
      const json = delta.type === 'input_json_delta'
      holds.set(index, {
        restorer: json ? batch.jsonStreamRestorer() : batch.streamRestorer(),
        type: delta.type,
        field: json ? 'partial_json' : delta.type === 'thinking_delta' ? 'thinking' : 'text',
      })
    }
    return holds.get(index)
  }
  const flushed = (index) => {
    const h = holds.get(index)
    holds.delete(index)
    const rest = h ? h.restorer.flush() : ''
    return rest ? { type: 'content_block_delta', index, delta: { type: h.type, [h.field]: rest } } : null
  }
  for await (const event of { [Symbol.asyncIterator]: () => iterator }) {
    if (event && event.type === 'content_block_delta' && event.delta) {
      const { delta } = event
      const field = { text_delta: 'text', thinking_delta: 'thinking', input_json_delta: 'partial_json' }[delta.type]
      if (field && typeof delta[field] === 'string') {
        const h = hold(event.index, delta)
        const text = h.restorer.push(delta[field])
        if (text) yield { ...event, delta: { ...delta, [field]: text } }
        continue
      }
      yield { ...event, delta: batch.restoreValue(delta) }
      continue
    }
    if (event && event.type === 'content_block_stop') {
      const rest = flushed(event.index)
      if (rest) yield rest
    } else if (event && event.type === 'content_block_start' && event.content_block) {
      yield { ...event, content_block: batch.restoreValue(event.content_block) }
      continue
    }
    yield event
  }
  for (const index of [...holds.keys()]) {
    const rest = flushed(index)
    if (rest) yield rest
  }
}

const restoredOnce = new WeakSet()

/**
 * Puts the original values back into a reply: a Message (text, tool inputs,
 * every block), or a Stream of raw events.
 */
function restoreReply(data, batch) {
  if (!batch || data === null || typeof data !== 'object' || restoredOnce.has(data)) return data
  restoredOnce.add(data)
  if (Array.isArray(data.content)) {
    data.content = batch.restoreValue(data.content)
  } else if (typeof data[Symbol.asyncIterator] === 'function') {
    const iterate = data[Symbol.asyncIterator].bind(data)
    data[Symbol.asyncIterator] = () => restoreEvents(iterate(), batch)
  }
  return data
}

/**
 * A promise that behaves like the SDK's APIPromise where callers rely on it
 * (`await`, `.then`, `.withResponse()`, `.asResponse()`), for a request that is
 * sent only once `start` resolves to `{ call }` (the SDK's own APIPromise).
 */
function apiLike(start, finish) {
  const result = start.then((s) => s.call).then(finish)
  result.withResponse = () =>
    start.then((s) => s.call.withResponse()).then((r) => ({ ...r, data: finish(r.data) }))
  result.asResponse = () => start.then((s) => s.call.asResponse())
  // Callers that only use withResponse() (as MessageStream does) never await
  // `result`; its rejection is theirs to see, not an unhandled rejection.
  result.catch(() => {})
  return result
}

const same = (x) => x

/**
 * The calls that carry a request to Claude, as `[object path, method]`. The
 * SDK sends `messages.stream()` and `messages.parse()` (and their beta twins)
 * through `create`.
 */
const GUARDED = [
  ['messages', 'create'],
  ['messages', 'countTokens'],
  ['messages.batches', 'create'],
  ['beta.messages', 'create'],
  ['beta.messages', 'countTokens'],
  ['beta.messages.batches', 'create'],
]

/**
 * Wraps the calls that send a request to Claude — `messages.create` (and so
 * `messages.stream` and `messages.parse`), `messages.countTokens`,
 * `messages.batches.create`, and the same under `client.beta` — of an
 * `@anthropic-ai/sdk` client in place, and returns the client. Every part of
 * the request is checked: the system prompt, every message block (tool
 * inputs at any depth, tool results, documents), tools and their schemas,
 * metadata, every request of a batch.
 *
 * - allow / warn: sent unchanged;
 * - acknowledge (also for images, PDFs and uploaded files tiergate cannot
 *   read, by default): `onAcknowledge(decision)` (may return a promise)
 *   decides; without it, or when it returns false, the call rejects with
 *   `PolicyViolation`;
 * - redact (the policy's action), or any action with `mode: 'redact'` when
 *   redaction makes the request allowed: the texts are sent with placeholders
 *   (`[EMAIL_1]`) and the reply (text, tool inputs, streamed deltas) comes
 *   back with the original values;
 * - block: the call rejects with `PolicyViolation` carrying the decision, and
 *   nothing is sent.
 *
 * With `audit` (an `AuditLog`), every decision is recorded before the request
 * is sent or refused, and a confirmed acknowledgement after it.
 */
function guardAnthropic(client, options = {}) {
  const { destination = 'claude-api', mode = 'block', onAcknowledge, onDecision, audit } = options
  const engine = options.engine || new Engine()
  // An unknown destination or mode fails here, not on the first request.
  engine.guard([], destination, mode)
  const messages = client && client.messages
  if (!messages || typeof messages.create !== 'function') {
    throw new TypeError('guardAnthropic needs an @anthropic-ai/sdk client (client.messages.create)')
  }
  if (onAcknowledge !== undefined && typeof onAcknowledge !== 'function') {
    throw new TypeError('onAcknowledge must be a function (decision) => boolean | Promise<boolean>')
  }

  const guarded = (send) =>
    function guardedCall(params, requestOptions) {
      let outcome
      let decisionId = null
      try {
        outcome = engine.guardPayload(params, destination, mode)
        if (audit) decisionId = audit.record(engine, outcome.texts, outcome.decision)
        if (onDecision) onDecision(outcome.decision)
      } catch (err) {
        return apiLike(Promise.reject(err), same)
      }
      const { decision, redacted } = outcome
      // With redacted texts the core returns the members it changed; the rest
      // stays as the caller had it (SDK helpers, values JSON cannot carry).
      const sent = outcome.payload ? { ...params, ...outcome.payload } : params
      const finish = (data) => restoreReply(data, redacted)
      switch (outcome.outcome) {
        case 'send':
          return send(params, requestOptions)
        case 'send_redacted':
          return apiLike(Promise.resolve({ call: send(sent, requestOptions) }), finish)
        case 'acknowledge':
          if (onAcknowledge) {
            const start = Promise.resolve()
              .then(() => onAcknowledge(decision))
              .then((ok) => {
                if (ok !== true) throw new PolicyViolation(decision)
                if (audit) audit.acknowledge(engine, decisionId)
                return { call: send(sent, requestOptions) }
              })
            return apiLike(start, finish)
          }
          return apiLike(Promise.reject(new PolicyViolation(decision)), same)
        default:
          return apiLike(Promise.reject(new PolicyViolation(decision)), same)
      }
    }

  for (const [path, method] of GUARDED) {
    const target = path.split('.').reduce((o, key) => (o == null ? undefined : o[key]), client)
    if (target && typeof target[method] === 'function') {
      target[method] = guarded(target[method].bind(target))
    }
  }
  return client
}

module.exports = { guardAnthropic }
