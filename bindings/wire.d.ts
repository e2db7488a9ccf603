/*
 * tiergate's wire format in TypeScript: the one source of these types for the
 * JavaScript packages. The WebAssembly package embeds this file in its
 * tiergate.d.ts (wasm-bindgen `typescript_custom_section`); the Node module's
 * build copies it next to native.d.ts, which imports it. Offsets are UTF-16
 * code units: `text.slice(f.start, f.end)` is the finding. The README's "Wire
 * format" section describes the JSON; edit both together.
 */

/** Data tiers, least to most sensitive. */
export type Tier = 'public' | 'internal' | 'sensitive' | 'restricted'
/** What a host must do with a text at a destination. */
export type Action = 'allow' | 'warn' | 'acknowledge' | 'redact' | 'block'

/** One piece of sensitive data; `start`/`end` are UTF-16 offsets into the classified text. */
export interface Finding {
  /** Detector id (`email`, `us_ssn`, ...). */
  detector: string
  /** Category (`contact`, `government_id`, ...). */
  category: string
  tier: Tier
  /** Confidence in [0, 1], in hundredths. */
  score: number
  start: number
  end: number
  /** Regulation tags (`gdpr`, `hipaa`, `pci-dss`). */
  regulations: Array<string>
  /** Whether replacing it with a placeholder removes the risk. */
  redactable: boolean
  /** The spreadsheet cell (`C4`) of a finding in a document's sheet; absent elsewhere. */
  cell?: string
}

/** The result of classifying one text (wire format, UTF-16 offsets). */
export interface Report {
  version: number
  offsets: 'utf16' | 'utf8' | 'code_point'
  /** The highest tier among the findings (`public` when there are none). */
  tier: Tier
  /** Findings in order of position; they never overlap. */
  findings: Array<Finding>
}

/** One part of a document (a page, a sheet, a slide) and its report. */
export interface DocumentPart {
  /** Where the part is (`page 2`, `body`, `sheet "Archive" (hidden)`, `notes of slide 3`). */
  location: string
  /** The part's text: `text.slice(f.start, f.end)` is a finding. */
  text: string
  /** Its findings; offsets are into `text`. */
  report: Report
}

/** A place in a document that could not be read, and why. */
export interface DocumentUnreadable {
  /** The page or archive member; empty for the whole file. */
  location: string
  /** `image` (a scanned page), `unsupported`, `corrupt`, `encrypted`, `too_large` or `bomb`. */
  reason: 'image' | 'unsupported' | 'corrupt' | 'encrypted' | 'too_large' | 'bomb'
}

/** The result of classifying a document (wire format). */
export interface DocumentReport {
  version: number
  format: 'pdf' | 'docx' | 'xlsx' | 'pptx' | 'open_document' | 'archive' | 'email' | 'html' | 'rtf' | 'text' | 'other'
  /** The highest tier of any part (`public` when nothing was found). */
  tier: Tier
  /** The parts that hold text, in document order. */
  parts: Array<DocumentPart>
  /** What could not be read. */
  unreadable: Array<DocumentUnreadable>
}

/** The detectors behind a non-allow decision. */
export interface Reason {
  detector: string
  /** The detector's human name. */
  name: string
  category: string
  tier: Tier
  count: number
  regulations: Array<string>
  /** The action these findings alone would cause. */
  action: Action
  /** Where in a payload the findings are (`messages[3].content[1].input.query`), for `guardPayload`. */
  paths?: Array<string>
}

/** A part of a payload tiergate cannot read. */
export interface UnreadablePart {
  /** Where it is (`messages[0].content[1]`). */
  path: string
  /** `image`, `pdf` or `file` (uploaded earlier); for a document, the reason it was not read. */
  kind: string
}

/** Who to ask about a decision. */
export interface Escalation {
  contact: string
  url?: string
  /** The policy's escalation text for the decision's tier (`{contact}`/`{url}` not yet replaced). */
  text?: string
}

/** The policy behind a decision. */
export interface PolicyRef {
  id: string
  revision: string
}

/** What may happen to a text at one destination, and why (wire format). */
export interface Decision {
  version: number
  destination: string
  tier: Tier
  action: Action
  /** Id of the rule that decided (`sensitive-retained`, `regulation:hipaa`, `no-rule`). */
  rule: string
  /** Plain-language explanation; names detectors, never values. */
  message: string
  reasons: Array<Reason>
  /** Destinations where the text may be sent as it is, in policy order. */
  recommended: Array<string>
  /** Whether redacting would lower the action here. */
  redaction_available: boolean
  escalation: Escalation | null
  policy: PolicyRef
  /** The parts of a payload tiergate cannot read, for `guardPayload`. */
  unreadable?: Array<UnreadablePart>
}

/** A placeholder in a redacted text; `start`/`end` are UTF-16 offsets into the redacted text. */
export interface Replacement {
  placeholder: string
  detector: string
  start: number
  end: number
}

/** The JSON form of a redaction: no original values. */
export interface RedactedWire {
  version: number
  offsets: 'utf16'
  text: string
  replacements: Array<Replacement>
}

/** A compiled detector. */
export interface DetectorInfo {
  id: string
  name: string
  category: string
  tier: Tier
  /** Placeholder label (`EMAIL`). */
  label: string
  regulations: Array<string>
  redactable: boolean
  /** Defined by the policy rather than the built-in catalogue. */
  custom: boolean
  /** The checksum or shape check its matches must pass (`luhn`, `token`, ...). */
  validator?: string
  /** Words near a match that raise its score. */
  context: Array<string>
  /** Matches count only with one of the context words nearby. */
  requires_context: boolean
  /** Matches count only with a finding of one of these detectors nearby (absent: no such condition). */
  requires_nearby?: Array<string>
  /** A person's name (or e-mail address) written just before a match counts as a context word (absent: it does not). */
  context_after_name?: boolean
  /** A short text it finds (documentation). */
  example?: string
}

/** What a client guard does with one request (see `Engine.guard`); `Batch` is the package's `RedactedBatch`. */
export interface GuardOutcome<Batch = unknown> {
  /**
   * `send` as it is, `send_redacted` (send `redacted.texts`, restore the
   * reply with `redacted.restore`), `acknowledge` (only if the user
   * confirms) or `refuse`.
   */
  outcome: 'send' | 'send_redacted' | 'acknowledge' | 'refuse'
  decision: Decision
  redacted?: Batch
}
