// Types of the `tiergate` package: the native engine (native.d.ts, generated
// from the Rust sources by napi-rs after the wire types of ../wire.d.ts) and
// the Anthropic SDK guard.

export { AuditLog, Engine, Redacted, RedactedBatch, StreamRestorer, WIRE_VERSION, builtinPolicy, mask, verifyAuditLog } from './native'
export type {
  Action,
  AuditLogOptions,
  AuditVerification,
  BatchOptions,
  Decision,
  DetectorInfo,
  DocumentOptions,
  DocumentPart,
  DocumentReport,
  DocumentUnreadable,
  Escalation,
  Finding,
  GuardedPayload,
  PolicyRef,
  Reason,
  RedactedWire,
  Replacement,
  Report,
  Tier,
} from './native'
import type { AuditLog, Decision, Engine, GuardOutcome as WireGuardOutcome, RedactedBatch } from './native'

/** What a client guard does with one request (see `Engine.guard`). */
export type GuardOutcome = WireGuardOutcome<RedactedBatch>

/** The stable codes of tiergate errors (`err.code`). */
export type ErrorCode =
  | 'policy_parse'
  | 'policy_invalid'
  | 'unknown_destination'
  | 'invalid_argument'
  | 'io'
  | 'policy_violation'
  | 'internal'
  | 'policy_signature'
  | 'module'

/**
 * The shape of errors thrown by the engine: `name` is `TiergateError`
 * (`TypeError` for an argument of the wrong type), `code` is stable, and
 * policy errors carry the `line`/`column` of the policy text.
 */
export interface TiergateError extends Error {
  code: ErrorCode
  line?: number
  column?: number
  path?: string
}

/** A guarded request was not allowed; `decision` says why (and never contains the data). */
export declare class PolicyViolation extends Error {
  constructor(decision: Decision)
  readonly name: 'PolicyViolation'
  readonly code: 'policy_violation'
  readonly decision: Decision
}

export interface GuardOptions {
  /** Destination id in the policy; default `claude-api`. */
  destination?: string
  /** `block` (default) refuses what the policy does not allow; `redact` sends placeholders when that makes a request allowed. */
  mode?: 'block' | 'redact'
  /** Asked when the policy wants acknowledgement; the request is sent only if it returns (or resolves to) `true`. */
  onAcknowledge?: (decision: Decision) => boolean | Promise<boolean>
  /** Called with every decision, before the request is sent or refused (for logging; it contains no data). */
  onDecision?: (decision: Decision) => void
  /** The engine to use; default the built-in policy. */
  engine?: Engine
  /** Record every decision (and acknowledgement) in this audit log. */
  audit?: AuditLog
}

/**
 * Wraps `client.messages.create` (and with it `messages.stream` and
 * `messages.parse`) and `client.messages.countTokens` in place and returns the
 * client. Refused requests reject with `PolicyViolation` and are never sent.
 */
export declare function guardAnthropic<C extends { messages: { create: (...args: any[]) => any } }>(
  client: C,
  options?: GuardOptions,
): C
