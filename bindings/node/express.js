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

/** Why a request cannot be read, answered 400 and never passed on unchecked. */
function unreadable(res, error, message) {
  return res.status(400).json({ error, message })
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
 * The field may hold any JSON: every string, number and boolean inside it is
 * checked, at any depth. A body parsed by `express.json()`, `express.urlencoded()`
 * or `express.text()` works (a text body is checked whole). A request without
 * the field is answered 400 (`required: false` lets it through unchecked), and
 * so is one the middleware cannot read (no parsed body, a raw `Buffer`), with
 * a message naming the fix; it is never passed on unchecked. The decision JSON
 * names detectors and paths, never the data. With `audit` (an `AuditLog`),
 * every decision is recorded, and an acknowledgement when the header confirms one.
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
  const custom = typeof field === 'function'
  const label = custom ? 'the checked field' : `"${field}"`

  return function tiergateMiddleware(req, res, next) {
    const body = req.body
    // A text body (express.text()) is checked whole; a field is read from a parsed object.
    const whole = !custom && typeof body === 'string'
    if (!custom && !whole) {
      if (body === undefined || body === null) {
        return unreadable(res, 'tiergate_no_body',
          'tiergate/express found no parsed body: add express.json() (or express.urlencoded(), express.text()) before tiergate()')
      }
      if (typeof body !== 'object' || Buffer.isBuffer(body)) {
        return unreadable(res, 'tiergate_unreadable_body',
          'tiergate/express cannot read this body: parse it with express.json(), express.urlencoded() or express.text() before tiergate()')
      }
    }
    let value
    try {
      value = custom ? field(req) : whole ? body : getPath(body, field)
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
      outcome = engine.guardPayload(value, destination, mode)
    } catch (err) {
      // The value is not JSON (a function, a cycle): nothing is passed on unchecked.
      return unreadable(res, err.code || 'invalid_request', `tiergate/express cannot check ${label}: ${err.message}`)
    }
    try {
      if (audit) decisionId = audit.record(engine, outcome.texts, outcome.decision)
      if (onDecision) onDecision(outcome.decision, req)
    } catch (err) {
      return next(err)
    }
    const { decision } = outcome
    res.set('X-Tiergate-Action', decision.action)
    const proceed = (extra) => {
      if (!outcome.payload) {
        req.tiergate = { decision, decisionId, restore: (text) => text, ...extra }
        return next()
      }
      // An object gets the members whose texts were redacted; anything else is rebuilt whole.
      const isObject = typeof value === 'object' && !Array.isArray(value)
      const redacted = isObject ? { ...value, ...outcome.payload } : outcome.payload
      const restore = (text) => outcome.redacted.restore(text)
      if (custom) {
        req.tiergate = { decision, decisionId, redacted, restore, ...extra }
      } else {
        req.body = whole ? redacted : setPath(body, field, redacted)
        req.tiergate = { decision, decisionId, restore, ...extra }
      }
      return next()
    }
    if (outcome.outcome === 'send' || outcome.outcome === 'send_redacted') return proceed({})
    if (outcome.outcome === 'acknowledge') {
      if (String(req.get(acknowledgeHeader) || '').toLowerCase() === 'true') {
        try {
          if (audit) audit.acknowledge(engine, decisionId)
        } catch (err) {
          return next(err)
        }
        return proceed({ acknowledged: true })
      }
      return res.status(422).json(decision)
    }
    return res.status(403).json(decision)
  }
}

module.exports = { tiergate }
module.exports.default = tiergate
