// Latency of whole `tiergate hook claude-code` calls, as Claude Code makes them: a new
// process per event, the event on standard input (numbers for notes, not a test).
//
//   cargo build --release -p tiergate-cli
//   node integrations/claude-code/bench.js [--runs 50] [--bin target/release/tiergate]
//
// Cases: a 4 KB prompt (UserPromptSubmit) and a Read of a 1 MB text file (PreToolUse).
'use strict'
const { spawnSync } = require('node:child_process')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')

const arg = (name, fallback) => {
  const i = process.argv.indexOf(name)
  return i > 0 ? process.argv[i + 1] : fallback
}
const runs = Number(arg('--runs', process.argv.includes('--quick') ? 3 : 50))
const bin = path.resolve(arg('--bin', path.join(__dirname, '../../target/release/tiergate')))

// Prose with numbers, dates and an internal host now and then: text that is read to the end.
const sentences = [
  'The quarterly report shows growth in three regions and a decline in one.',
  'Deploy the build to staging after the review on 2026-11-30 at 14:00.',
  'Customer satisfaction rose to 87 percent across 1,204 survey responses.',
  'See the runbook before restarting the ingestion workers on Friday.',
  'Latency p95 stayed under 120 ms for the search service all week.',
]
const prose = (bytes) => {
  let out = ''
  for (let i = 0; out.length < bytes; i++) out += sentences[i % sentences.length] + (i % 7 === 6 ? '\n' : ' ')
  return out.slice(0, bytes)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tg-hook-bench-'))
fs.writeFileSync(path.join(dir, 'notes.txt'), prose(1 << 20))
const cases = [
  ['4 KB prompt', { hook_event_name: 'UserPromptSubmit', cwd: dir, prompt: prose(4096) }],
  ['Read of a 1 MB file', { hook_event_name: 'PreToolUse', cwd: dir, tool_name: 'Read', tool_input: { file_path: 'notes.txt' } }],
]

const pct = (xs, p) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((xs.length * p) / 100))]
console.log(`${bin}, ${runs} runs per case`)
for (const [name, event] of cases) {
  const input = JSON.stringify(event)
  const ms = []
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint()
    const r = spawnSync(bin, ['hook', 'claude-code'], { input, encoding: 'utf8' })
    ms.push(Number(process.hrtime.bigint() - t) / 1e6)
    if (r.status !== 0) throw new Error(`${name}: exit ${r.status}: ${r.stderr}`)
  }
  console.log(`${name}: p50 ${pct(ms, 50).toFixed(1)} ms, p95 ${pct(ms, 95).toFixed(1)} ms`)
}
fs.rmSync(dir, { recursive: true, force: true })
