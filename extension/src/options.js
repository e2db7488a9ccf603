// The options page: shows the policy in force, lets a person without a managed
// policy choose a policy file and the claude.ai destination mapping, and lists
// the recent decision records (no text in them).
import { Engine } from '../wasm/tiergate.js'
import { initWasm, readRecords } from './engine.js'

const $ = (id) => document.getElementById(id)

async function status () {
  return chrome.runtime.sendMessage({ type: 'status' })
}

async function render () {
  const s = await status()
  if (!s?.ok || s.error) {
    $('status').textContent = `tiergate cannot load its policy: ${s?.error?.message ?? 'no reply'} (${s?.error?.code ?? 'engine_unavailable'}). Sending on claude.ai is ${s?.onError === 'allow' ? 'not checked' : 'blocked'} until this is fixed.`
    return
  }
  const managed = s.source === 'managed'
  const name = s.policyName ? ` from ${s.policyName}` : ''
  $('status').textContent = `In force: ${s.policyId} (revision ${s.policyRevision}), ${s.sourceText}${name}.`
  $('managed-note').hidden = !managed
  $('choose').hidden = managed
  $('mapping').hidden = managed
  for (const [select, key] of [[$('map-chat'), 'claude_ai'], [$('map-projects'), 'claude_ai_projects']]) {
    select.replaceChildren(...Object.entries(s.destinations).map(([id, label]) => new Option(`${label} (${id})`, id)))
    select.value = s.mapping?.[key] ?? s.settings[key]
  }
  const records = await readRecords()
  $('records').replaceChildren(...records.slice(-20).reverse().map((r) => {
    const row = document.createElement('tr')
    const detectors = Object.entries(r.detectors ?? {}).map(([d, n]) => `${d} ×${n}`).join(', ')
    for (const cell of [r.time, r.type, r.destination ?? '', r.tier ?? '', r.action ?? '', detectors]) {
      const td = document.createElement('td')
      td.textContent = cell
      row.append(td)
    }
    return row
  }))
}

$('policy-file').addEventListener('change', async (event) => {
  const file = event.target.files[0]
  if (!file) return
  const text = await file.text()
  const error = $('policy-error')
  try {
    await initWasm()
    new Engine(text).free() // check it before it is used
  } catch (e) {
    const where = e.line ? ` (line ${e.line}, column ${e.column})` : ''
    error.textContent = `${file.name} cannot be used: ${e.message}${where}`
    error.hidden = false
    return
  }
  error.hidden = true
  await chrome.storage.local.set({ policy: text, policyName: file.name })
  await chrome.storage.local.remove('mapping')
  render()
})

$('use-builtin').addEventListener('click', async () => {
  await chrome.storage.local.remove(['policy', 'policyName', 'mapping'])
  render()
})

$('save-mapping').addEventListener('click', async () => {
  await chrome.storage.local.set({ mapping: { claude_ai: $('map-chat').value, claude_ai_projects: $('map-projects').value } })
  $('mapping-saved').textContent = 'Saved.'
  render()
})

render()
