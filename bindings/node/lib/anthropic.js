'use strict'
// Guards an @anthropic-ai/sdk client: every Messages request is checked by the
// core (`Engine.guardPayload`, which also walks the request) before it leaves
// the process. This file only maps the core's outcome onto the SDK's calling
// conventions.

const { Engine } = require('../native.js')
const { PolicyViolation } = require('./errors')

/** Raw stream events with the placeholders of text deltas restored, per content block. */
async function* restoreEvents(iterator, batch) {
  // One restorer per content block: a placeholder cut across two deltas is
  // held back until it is complete (the core's StreamRestorer).
  const holds = new Map()
  const hold = (index) => {
    if (!holds.has(index)) holds.set(index, batch.streamRestorer())
    return holds.get(index)
  }
  const flushed = (index) => {
    const rest = holds.has(index) ? holds.get(index).flush() : ''
    holds.delete(index)
    return rest ? { type: 'content_block_delta', index, delta: { type: 'text_delta', text: rest } } : null
  }
  for await (const event of { [Symbol.asyncIterator]: () => iterator }) {
    if (event && event.type === 'content_block_delta' && event.delta && event.delta.type === 'text_delta') {
      const text = hold(event.index).push(event.delta.text)
      if (text) yield { ...event, delta: { ...event.delta, text } }
      continue
    }
    if (event && event.type === 'content_block_stop') {
      const rest = flushed(event.index)
      if (rest) yield rest
    } else if (event && event.type === 'content_block_start' && event.content_block && event.content_block.type === 'text') {
      const block = event.content_block
      if (block.text) {
        yield { ...event, content_block: { ...block, text: batch.restore(block.text) } }
        continue
      }
    }
    yield event
  }
  for (const index of [...holds.keys()]) {
    const rest = flushed(index)
    if (rest) yield rest
  }
}

const restoredOnce = new WeakSet()

/** Puts the original values back into a reply: a Message, or a Stream of raw events. */
function restoreReply(data, batch) {
  if (data === null || typeof data !== 'object' || restoredOnce.has(data)) return data
  restoredOnce.add(data)
  if (Array.isArray(data.content)) {
    for (const block of data.content) {
      if (block && block.type === 'text' && typeof block.text === 'string') block.text = batch.restore(block.text)
    }
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
 * Wraps `client.messages.create` (and so `messages.stream` and `messages.parse`,
 * which the SDK sends through it) and `client.messages.countTokens` of an
 * `@anthropic-ai/sdk` client in place, and returns the client.
 *
 * - allow / warn: sent unchanged;
 * - acknowledge: `onAcknowledge(decision)` (may return a promise) decides;
 *   without it, or when it returns false, the call rejects with `PolicyViolation`;
 * - redact (the policy's action), or any action with `mode: 'redact'` when
 *   redaction makes the request allowed: the texts are sent with placeholders
 *   (`[EMAIL_1]`) and the reply's text (messages, streamed deltas) comes back
 *   with the original values;
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
        outcome = engine.guardPayload(params, 'request', destination, mode)
        if (audit) decisionId = audit.record(engine, outcome.texts, outcome.decision)
        if (onDecision) onDecision(outcome.decision)
      } catch (err) {
        return apiLike(Promise.reject(err), same)
      }
      const { decision, redacted } = outcome
      switch (outcome.outcome) {
        case 'send':
          return send(params, requestOptions)
        case 'send_redacted': {
          // The core returns the members whose texts it redacted; the rest stays as the caller had it.
          const call = send({ ...params, ...outcome.payload }, requestOptions)
          return apiLike(Promise.resolve({ call }), (data) => restoreReply(data, redacted))
        }
        case 'acknowledge':
          if (onAcknowledge) {
            const start = Promise.resolve()
              .then(() => onAcknowledge(decision))
              .then((ok) => {
                if (ok !== true) throw new PolicyViolation(decision)
                if (audit) audit.acknowledge(engine, decisionId)
                return { call: send(params, requestOptions) }
              })
            return apiLike(start, same)
          }
          return apiLike(Promise.reject(new PolicyViolation(decision)), same)
        default:
          return apiLike(Promise.reject(new PolicyViolation(decision)), same)
      }
    }

  messages.create = guarded(messages.create.bind(messages))
  if (typeof messages.countTokens === 'function') {
    messages.countTokens = guarded(messages.countTokens.bind(messages))
  }
  return client
}

module.exports = { guardAnthropic }
