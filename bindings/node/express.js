'use strict'
// tiergate/express: checks a request field before a route handler sends it to Claude.

const { Engine } = require('./native.js')

/** Reads `a.b.c` from an object. */
function getPath(obj, path) {
  return path.split('.').reduce((v, key) => (v === null || v === undefined ? undefined : v[key]), obj)
}

/** Returns a copy of `obj` with `a.b.c` set to `value`. */
function setPath(obj, path, value) {
  const [key, ...rest] = path.split('.')
  const copy = Array.isArray(obj) ? [...obj] : { ...obj }
  copy[key] = rest.length ? setPath(obj[key] || {}, rest.join('.'), value) : value
  return copy
}

/**
 * Express middleware: checks `req.body[field]` (default `prompt`; a dotted
 * path, or a function `(req) => value`) for `destination` and
 *
 * - allow / warn: calls the next handler with `req.tiergate = { decision }`;
 * - redact (the policy's action, or `mode: 'redact'` when redaction makes the
 *   request allowed): replaces the field's texts with placeholders and sets
 *   `req.tiergate = { decision, restore }`; `restore(reply)` puts the values back;
 * - acknowledge: answers 422 with the decision JSON unless the request carries
 *   the acknowledgement header (default `x-tiergate-acknowledge: true`);
 * - block: answers 403 with the decision JSON.
 *
 * A request without the field is answered 400 (`required: false` lets it
 * through unchecked). The decision JSON names detectors, never the data.
 * With `audit` (an `AuditLog`), every decision is recorded, and an
 * acknowledgement when the header confirms one.
 */
function tiergate(options = {}) {
  const {
    destination = 'claude-api',
    field = 'prompt',
    mode = 'block',
    required = true,
    acknowledgeHeader = 'x-tiergate-acknowledge',
    onDecision,
    audit,
  } = options
  const engine = options.engine || new Engine()
  engine.guard([], destination, mode) // fail at startup on an unknown destination or mode
  const read = typeof field === 'function' ? field : (req) => getPath(req.body, field)
  const label = typeof field === 'function' ? 'the checked field' : `"${field}"`

  return function tiergateMiddleware(req, res, next) {
    let value
    try {
      if (typeof field !== 'function' && (req.body === undefined || req.body === null)) {
        throw new TypeError('tiergate/express needs a parsed body: add express.json() before it')
      }
      value = read(req)
    } catch (err) {
      return next(err)
    }
    if (value === undefined || value === null) {
      if (!required) return next()
      return res.status(400).json({ error: 'invalid_request', message: `the request has no ${label} to check` })
    }
    let outcome
    let decisionId
    try {
      // A string, strings or content blocks, or a whole Messages request: the core walks it.
      outcome = engine.guardPayload(value, 'field', destination, mode)
      if (audit) decisionId = audit.record(engine, outcome.texts, outcome.decision)
      if (onDecision) onDecision(outcome.decision, req)
    } catch (err) {
      return next(err)
    }
    const { decision } = outcome
    res.set('X-Tiergate-Action', decision.action)
    if (outcome.outcome === 'send') {
      req.tiergate = { decision, decisionId, restore: (text) => text }
      return next()
    }
    if (outcome.outcome === 'send_redacted') {
      // An object gets the members whose texts were redacted; anything else is rebuilt whole.
      const isObject = value !== null && typeof value === 'object' && !Array.isArray(value)
      const redacted = isObject ? { ...value, ...outcome.payload } : outcome.payload
      if (typeof field === 'function') {
        req.tiergate = { decision, redacted, restore: (text) => outcome.redacted.restore(text) }
      } else {
        req.body = setPath(req.body, field, redacted)
        req.tiergate = { decision, restore: (text) => outcome.redacted.restore(text) }
      }
      return next()
    }
    if (outcome.outcome === 'acknowledge') {
      if (String(req.get(acknowledgeHeader) || '').toLowerCase() === 'true') {
        try {
          if (audit) audit.acknowledge(engine, decisionId)
        } catch (err) {
          return next(err)
        }
        req.tiergate = { decision, decisionId, acknowledged: true, restore: (text) => text }
        return next()
      }
      return res.status(422).json(decision)
    }
    return res.status(403).json(decision)
  }
}

module.exports = { tiergate }
module.exports.default = tiergate
