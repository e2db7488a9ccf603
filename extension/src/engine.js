// Loads the tiergate engine (WebAssembly, wasm/pkg/web) in an extension page
// or the service worker, with the policy in force:
//   1. a managed policy pushed by an administrator (chrome.storage.managed),
//      verified against the organisation's public key when one is given;
//   2. else a policy the person chose on the options page (chrome.storage.local);
//   3. else the built-in policy.
// A managed policy that fails to load is an error, never a silent fallback.

import init, { Engine, isClaudeAiProjectPath } from '../wasm/tiergate.js'

/** Where the policy in force came from. */
export const SOURCES = { managed: 'managed by your organisation', options: 'chosen on the options page', builtin: 'built-in' }

let wasmReady = null

/** Initialises the WebAssembly module once per context. */
export function initWasm () {
  wasmReady ??= init({ module_or_path: chrome.runtime.getURL('wasm/tiergate_bg.wasm') })
    .catch((e) => { wasmReady = null; throw e })
  return wasmReady
}

async function managedSettings () {
  try {
    return await chrome.storage.managed.get(null)
  } catch {
    return {} // no managed storage on this browser
  }
}

/**
 * The engine in force and where its policy came from:
 * `{ engine, source, mapping, policyName }`. Throws a `TiergateError` (with
 * `code`) when the policy cannot be used.
 */
export async function loadEngine () {
  // Reading managed storage can take seconds right after the browser starts:
  // compile the WebAssembly meanwhile.
  const [, managed, local] = await Promise.all([
    initWasm(),
    managedSettings(),
    chrome.storage.local.get(['policy', 'policyName', 'mapping'])
  ])
  if (typeof managed.policy === 'string' && managed.policy.trim() !== '') {
    const engine = managed.public_key
      ? Engine.fromSigned(managed.policy, managed.policy_signature ?? '', managed.public_key)
      : new Engine(managed.policy)
    return { engine, source: 'managed', mapping: null, policyName: null }
  }
  const engine = local.policy ? new Engine(local.policy) : new Engine()
  return {
    engine,
    source: local.policy ? 'options' : 'builtin',
    mapping: local.mapping ?? null,
    policyName: local.policyName ?? null
  }
}

/**
 * The destination of a claude.ai page: the policy's `[client]` mapping, or the
 * person's choice on the options page when the policy is not managed.
 */
export function destinationFor ({ engine, mapping }, path) {
  const chosen = mapping && (isClaudeAiProjectPath(path) ? mapping.claude_ai_projects : mapping.claude_ai)
  if (chosen && engine.destinations.includes(chosen)) return chosen
  return engine.claudeAiDestination(path)
}

/** The kept decision records, oldest first (see `background.js`). */
export async function readRecords () {
  const all = await chrome.storage.local.get(null)
  return Object.keys(all).filter((k) => k.startsWith(RECORD_PREFIX)).sort().map((k) => all[k])
}

/** Records are kept one per key, `record:` and a zero-padded sequence number. */
export const RECORD_PREFIX = 'record:'
export const recordKey = (seq) => RECORD_PREFIX + String(seq).padStart(12, '0')

/** Destination ids with their human names, from the policy. */
export function destinationNames (engine) {
  const policy = JSON.parse(engine.policyJson())
  return Object.fromEntries(policy.destinations.map((d) => [d.id, d.name || d.id]))
}
