'use strict'

/**
 * Thrown (or rejected) by the guards when a request must not be sent.
 * `decision` is the tiergate decision in the wire format; the message is the
 * decision's message, which names detectors and never the data.
 */
class PolicyViolation extends Error {
  constructor(decision) {
    super(decision && decision.message ? decision.message : 'not allowed by the tiergate policy')
    this.name = 'PolicyViolation'
    this.code = 'policy_violation'
    this.decision = decision
  }
}

module.exports = { PolicyViolation }
