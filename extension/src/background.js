// The extension's service worker: owns the tiergate engine (WebAssembly runs
// here, in the extension's context, never in the page) and answers the
// content script. Chrome may stop this worker at any time; the engine is
// re-created on the next message (about 0.1 s) and the content script retries
// a message whose worker went away, so no check is lost.
//
// Nothing here stores or sends prompt text or matched values: decision records
// hold tier, action, destination, detector counts and the policy stamp.

import { mask, permitsSending, tierTitles } from '../wasm/tiergate.js'
import { loadEngine, destinationFor, destinationNames, recordKey, SOURCES } from './engine.js'

const MAX_RECORDS = 500
const MAX_OUTBOX = 500

let current = null // Promise of { engine, source, mapping, names, detectorNames, settings }

function state () {
  current ??= loadEngine().then((s) => {
    const settings = s.engine.client
    chrome.storage.local.set({ lastOnError: settings.on_error })
    return {
      ...s,
      settings,
      names: destinationNames(s.engine),
      tierTitles: tierTitles(),
      detectorNames: Object.fromEntries(s.engine.detectors().map((d) => [d.id, d.name]))
    }
  }).catch((e) => { current = null; throw e })
  return current
}

chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'managed' || (area === 'local' && ('policy' in changes || 'mapping' in changes))) current = null
})

// Start compiling as soon as the worker starts, before the first message.
state().catch(() => {})

async function evaluate ({ text, path, purpose }) {
  const s = await state()
  const destination = destinationFor(s, path)
  const base = { destination, destinationName: s.names[destination] ?? destination, settings: s.settings, source: s.source, tierTitles: s.tierTitles }
  if (purpose === 'badge') {
    const decision = s.engine.check(text, destination)
    return { ...base, decision, sendable: permitsSending(decision.action) }
  }
  const context = { decisionId: newDecisionId(), time: new Date().toISOString(), surface: 'extension' }
  const { report, decision, record } = s.engine.checkRecorded(text, destination, context)
  await keep(record, s.settings)
  const findings = report.findings.map((f) => ({
    detector: f.detector,
    name: s.detectorNames[f.detector] ?? f.detector,
    tier: f.tier,
    start: f.start,
    end: f.end,
    masked: mask(text.slice(f.start, f.end))
  }))
  let redacted = null
  const sendable = permitsSending(decision.action)
  if (!sendable && decision.redaction_available) {
    const outcome = s.engine.guard([text], destination, 'redact')
    if (outcome.outcome === 'send_redacted') {
      redacted = { text: outcome.redacted.texts[0], count: outcome.redacted.replacementCount, decision: outcome.decision }
      outcome.redacted.free()
    }
  }
  return { ...base, decisionId: context.decisionId, decision, sendable, findings, redacted, recommendedNames: decision.recommended.map((id) => s.names[id] ?? id) }
}

async function acknowledge ({ decisionId, justification }) {
  const s = await state()
  const record = s.engine.acknowledgementRecord(decisionId, justification || null, { time: new Date().toISOString(), surface: 'extension' })
  await keep(record, s.settings)
  return { recorded: true }
}

async function status () {
  try {
    const s = await state()
    return {
      source: s.source,
      sourceText: SOURCES[s.source],
      policyId: s.engine.policyId,
      policyRevision: s.engine.policyRevision,
      policyName: s.policyName,
      destinations: s.names,
      settings: s.settings,
      mapping: s.mapping
    }
  } catch (e) {
    return { error: describe(e) }
  }
}

function newDecisionId () {
  return 'd-' + crypto.randomUUID().replaceAll('-', '').slice(0, 24)
}

// ---- decision records --------------------------------------------------------

let writes = Promise.resolve()

/**
 * Keeps a record: one storage key per record (so a write costs the same with
 * 5 or 500 records kept), the oldest dropped beyond MAX_RECORDS; then sends it
 * to the collector, if any. Writes are serialised so sequence numbers never collide.
 */
function keep (record, settings) {
  writes = writes.then(async () => {
    const { recordSeq = 0 } = await chrome.storage.local.get('recordSeq')
    await chrome.storage.local.set({ [recordKey(recordSeq)]: record, recordSeq: recordSeq + 1 })
    if (recordSeq >= MAX_RECORDS) await chrome.storage.local.remove(recordKey(recordSeq - MAX_RECORDS))
    if (settings.collector_url) await deliver(record, settings.collector_url)
  }).catch((e) => console.warn('tiergate: could not keep a decision record:', e.message))
  return writes
}

/** POSTs the record and any earlier ones that could not be delivered. */
async function deliver (record, url) {
  const { outbox = [] } = await chrome.storage.local.get('outbox')
  const pending = [...outbox, record]
  const left = []
  for (const r of pending) {
    if (left.length > 0) { left.push(r); continue } // keep order: stop at the first failure
    try {
      const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(r) })
      if (!response.ok) left.push(r)
    } catch {
      left.push(r)
    }
  }
  await chrome.storage.local.set({ outbox: left.slice(-MAX_OUTBOX) })
}

// ---- messages ------------------------------------------------------------------

function describe (e) {
  // Core errors carry a stable code and never quote the text.
  return { code: e?.code ?? 'engine_unavailable', message: String(e?.message ?? e) }
}

const handlers = { evaluate, acknowledge, status }

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const handler = handlers[message?.type]
  if (!handler) return false
  handler(message).then(
    (result) => reply({ ok: true, ...result }),
    async (e) => {
      const { lastOnError } = await chrome.storage.local.get('lastOnError').catch(() => ({}))
      reply({ ok: false, error: describe(e), onError: lastOnError === 'allow' ? 'allow' : 'block' })
    }
  )
  return true // the reply comes asynchronously
})
