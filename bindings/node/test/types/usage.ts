// Type test: `tsc -p test/types` must accept this file (run by scripts/test).
// Lines marked @ts-expect-error must be rejected, so the types are not `any`.

import Anthropic from '@anthropic-ai/sdk'
import {
  Engine,
  PolicyViolation,
  guardAnthropic,
  mask,
  type Action,
  type Decision,
  type DocumentReport,
  type Finding,
  type GuardOutcome,
  type GuardedPayload,
  type Report,
  type Tier,
  type TiergateError,
} from 'tiergate'
import { tiergate, type TiergateRequestInfo } from 'tiergate/express'

const engine = new Engine()
const fromToml: Engine = new Engine('schema = 1')
const fromObject: Engine = new Engine({ schema: 1 })
void fromToml
void fromObject

const report: Report = engine.classify('mail jane.doe@acme.io')
const tier: Tier = report.tier
const first: Finding | undefined = report.findings[0]
const start: number = first ? first.start : 0
const decision: Decision = engine.decide(report, 'claude-api')
const action: Action = decision.action
const available: boolean = decision.redaction_available
const contact: string | undefined = decision.escalation?.contact
void [tier, start, action, available, contact]

async function run(): Promise<void> {
  const d: Decision = await engine.checkAsync('text', 'claude-api')
  const reports: Report[] = await engine.classifyManyAsync(['a', 'b'], 2)
  const same: Report[] = engine.classifyMany(['a'])
  const column: Report[] = engine.classifyMany(['a', null, undefined], { threads: 2, errors: 'ignore' })
  const redacted = engine.redact('mail jane.doe@acme.io')
  const restored: string = redacted.restore(redacted.text)
  const outcome = engine.guard(['x'], 'claude-api', 'redact')
  const texts: string[] | undefined = outcome.redacted?.texts
  void [d, reports, same, column, restored, texts, mask('x')]

  const client = guardAnthropic(new Anthropic({ apiKey: 'k' }), {
    destination: 'claude-api',
    mode: 'redact',
    onAcknowledge: async (decision: Decision) => decision.tier !== 'restricted',
  })
  try {
    const message = await client.messages.create({ model: 'm', max_tokens: 1, messages: [{ role: 'user', content: 'hi' }] })
    void message.content
  } catch (err) {
    if (err instanceof PolicyViolation) {
      const why: Decision = err.decision
      const code: 'policy_violation' = err.code
      void [why, code]
    }
    const e = err as TiergateError
    const line: number | undefined = e.line
    void line
  }
}
void run

const outcome: GuardOutcome = engine.guard(['mail a@acme.io'], 'claude-api', 'redact')
const restored: string | undefined = outcome.redacted?.streamRestorer().push('[EMAIL_1]')
const payload: GuardedPayload = engine.guardPayload({ messages: [] }, 'claude-api')
const fromFile: Engine = Engine.fromPath('policy.toml')
void [restored, payload, fromFile]

const middleware = tiergate({ destination: 'claude-api', field: 'prompt', mode: 'block' })
const info: TiergateRequestInfo | undefined = undefined
void [middleware, info]

// @ts-expect-error text must be a string
engine.classify(42)
// @ts-expect-error the mode is 'block' or 'redact'
engine.guard(['x'], 'claude-api', 'shred')
// @ts-expect-error tiers are a closed set
const wrong: Tier = 'secret'
void wrong
// @ts-expect-error the mode is 'block' or 'redact'
engine.guardPayload({}, 'claude-api', 'shred')
// @ts-expect-error the field is snake_case, as in the wire format
void decision.redactionAvailable

const document: DocumentReport = engine.classifyDocument(new Uint8Array([37, 80, 68, 70]), { name: 'a.pdf' })
const where: string | undefined = document.parts[0]?.location
void where
const documentDecision: Decision = engine.decideDocument(document, 'claude-projects')
void documentDecision
// @ts-expect-error a document is bytes, not a string
engine.classifyDocument('report.pdf')
