// The extension's service worker: owns the tiergate engine (WebAssembly runs
// here, in the extension's context, never in the page) and answers the
// content script. Chrome may stop this worker at any time; the engine is
// re-created on the next message (0.4-0.95 s from a stopped worker to the next
// decision, see the README) and the content script retries a message whose
// worker went away, so no check is lost.
//
// Nothing here stores or sends prompt text or matched values: decision records
// hold tier, action, destination, detector counts and the policy stamp.

import { mask, permitsSending, tierTitles } from '../wasm/tiergate.js'
import { loadEngine, destinationFor, destinationNames, recordKey, SOURCES } from './engine.js'

const MAX_RECORDS = 500
const MAX_OUTBOX = 500

let current = null // Promise of { engine, source, mapping, names, detectorNames, settings }

/**
 * What to do while no policy loads: the `on_error` of the last policy that did (a policy that
 * never loaded cannot say), else block.
 */
async function failMode () {
  const { lastOnError } = await chrome.storage.local.get('lastOnError').catch(() => ({}))
  return lastOnError === 'allow' ? 'allow' : 'block'
}

function state () {
  current ??= loadEngine().then((s) => {
    const settings = s.engine.client
    chrome.storage.local.set({ lastOnError: settings.on_error })
    return {
      ...s,
      settings,
      names: destinationNames(s.engine),
      tierTitles: tierTitles(),
      detectorNames: Object.fromEntries(s.engine.detectors().map((d) => [d.id, d.name])),
      // The largest file the core reads (the policy's `[documents] max_file_mb`).
      maxFileBytes: s.engine.documents.max_file_mb * 1024 * 1024
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
    end: f.end
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
  return { ...base, decisionId: context.decisionId, decision, sendable, findings, excerpts: excerpts(text, report.findings, s), redacted, recommendedNames: decision.recommended.map((id) => s.names[id] ?? id) }
}

/**
 * A file the person attaches, as bytes: the core reads it (PDF, Office,
 * OpenDocument or text, told apart by content), classifies every part and
 * decides for the page's destination. The reply names the parts with
 * findings and shows them masked; the file name goes no further than the
 * dialog (never into the record).
 */
async function evaluateFile (s, { name, path, bytes }) {
  const destination = destinationFor(s, path)
  const context = { decisionId: newDecisionId(), time: new Date().toISOString(), surface: 'extension' }
  const { report, decision, record } = s.engine.checkDocumentRecorded(bytes, destination, context, { name })
  await keep(record, s.settings)
  const found = report.parts.filter((p) => p.report.findings.length > 0)
  return {
    destination,
    destinationName: s.names[destination] ?? destination,
    settings: s.settings,
    source: s.source,
    tierTitles: s.tierTitles,
    decisionId: context.decisionId,
    decision,
    sendable: permitsSending(decision.action),
    document: {
      format: report.format,
      parts: found.slice(0, MAX_PARTS_SHOWN).map((p) => ({ location: p.location, excerpts: excerpts(p.text, p.report.findings, s) })),
      moreParts: Math.max(0, found.length - MAX_PARTS_SHOWN),
      unreadable: report.unreadable
    },
    recommendedNames: decision.recommended.map((id) => s.names[id] ?? id)
  }
}

const MAX_PARTS_SHOWN = 4
const MAX_EXCERPTS = 5
const EXCERPT_CONTEXT = 30

/**
 * Where the findings are: up to five stretches of `text`, each a finding and
 * the 30 characters around it, nearby ones merged. Every finding in a
 * stretch is masked: `pieces` are plain text and `{ masked, name }`, so the
 * page is shown where the data is, never the data.
 */
function excerpts (text, findings, s) {
  const sorted = [...findings].sort((a, b) => a.start - b.start)
  const windows = []
  for (const f of sorted) {
    const from = Math.max(0, f.start - EXCERPT_CONTEXT)
    const to = Math.min(text.length, f.end + EXCERPT_CONTEXT)
    const last = windows.at(-1)
    if (last && from <= last.to) last.to = Math.max(last.to, to)
    else windows.push({ from, to })
  }
  return windows.slice(0, MAX_EXCERPTS).map(({ from, to }) => {
    const pieces = []
    let at = from
    for (const f of sorted) {
      if (f.end <= from || f.start >= to || f.start < at) continue
      const name = s.detectorNames[f.detector] ?? f.detector
      pieces.push(text.slice(at, f.start), { masked: mask(text.slice(f.start, f.end)), name, cell: f.cell })
      at = f.end
    }
    pieces.push(text.slice(at, to))
    return { before: from > 0, after: to < text.length, pieces }
  })
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
    // The options page says whether claude.ai is blocked or let through meanwhile.
    return { error: describe(e), onError: await failMode() }
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

// ---- attached files ------------------------------------------------------------
//
// A file comes over a port, in base64 chunks (extension messages are JSON, and
// one message is capped at 64 MiB): `begin` {name, size, path} is answered
// with `ready` {maxBytes}, the policy's size limit; the content script then
// sends at most maxBytes + 1 bytes (enough for the core to call the file too
// large), `chunk` by `chunk`, and `end`; the answer is `result` or `error`.

chrome.runtime.onConnect.addListener((port) => {
  if (port.name !== 'file') return
  let upload = null
  port.onMessage.addListener(async (message) => {
    try {
      if (message.type === 'begin') {
        const s = await state()
        const length = Math.min(message.size, s.maxFileBytes + 1)
        upload = { s, name: message.name, path: message.path, bytes: new Uint8Array(length), length: 0 }
        port.postMessage({ type: 'ready', maxBytes: length })
      } else if (message.type === 'chunk' && upload) {
        const chunk = fromBase64(message.data)
        if (upload.length + chunk.length > upload.bytes.length) throw Object.assign(new Error('the file sent more bytes than it announced'), { code: 'invalid_argument' })
        upload.bytes.set(chunk, upload.length)
        upload.length += chunk.length
        port.postMessage({ type: 'received', bytes: upload.length })
      } else if (message.type === 'end' && upload) {
        const { s, name, path, bytes, length } = upload
        upload = null
        port.postMessage({ type: 'result', ok: true, ...await evaluateFile(s, { name, path, bytes: bytes.subarray(0, length) }) })
      }
    } catch (e) {
      upload = null
      port.postMessage({ type: 'result', ok: false, error: describe(e), onError: await failMode() })
    }
  })
  port.onDisconnect.addListener(() => { upload = null })
})

function fromBase64 (text) {
  if (Uint8Array.fromBase64) return Uint8Array.fromBase64(text)
  const binary = atob(text)
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

chrome.runtime.onMessage.addListener((message, sender, reply) => {
  const handler = handlers[message?.type]
  if (!handler) return false
  handler(message).then(
    (result) => reply({ ok: true, ...result }),
    async (e) => reply({ ok: false, error: describe(e), onError: await failMode() })
  )
  return true // the reply comes asynchronously
})
