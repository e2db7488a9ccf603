// Types of `tiergate/express`. They do not depend on @types/express.

import type { AuditLog, Decision, Engine } from './native'

/** What the middleware leaves on `req.tiergate` for the route handler. */
export interface TiergateRequestInfo {
  /** The decision for the checked texts (after redaction, if they were redacted). */
  decision: Decision
  /** Puts the original values back into a reply to the redacted texts (identity when nothing was redacted). */
  restore(reply: string): string
  /** With a `field` function: the redacted value to send instead of the original. */
  redacted?: unknown
  /** The user confirmed an `acknowledge` decision with the acknowledgement header. */
  acknowledged?: boolean
  /** The decision's id in the audit log, when the middleware has one. */
  decisionId?: string
}

export interface TiergateMiddlewareOptions {
  /** Destination id in the policy; default `claude-api`. */
  destination?: string
  /** Dotted path in `req.body` (default `prompt`), or a function returning the value to check: any JSON, every part of it is checked. A text body is checked whole. */
  field?: string | ((req: any) => unknown)
  /** `block` (default) or `redact`. */
  mode?: 'block' | 'redact'
  /** Answer 400 when the field is missing (default true). */
  required?: boolean
  /** Header whose value `true` confirms an `acknowledge` decision; default `x-tiergate-acknowledge`. */
  acknowledgeHeader?: string
  /** Called with every decision (it contains no data). */
  onDecision?: (decision: Decision, req: any) => void
  /** The engine to use; default the built-in policy. */
  engine?: Engine
  /** Record every decision (and acknowledgements by header) in this audit log. */
  audit?: AuditLog
}

/** An Express-compatible middleware function. */
export type TiergateMiddleware = (req: any, res: any, next: (err?: unknown) => void) => void

export declare function tiergate(options?: TiergateMiddlewareOptions): TiergateMiddleware
export default tiergate
