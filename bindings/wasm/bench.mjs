// Engine build time and classify time for a 4 KB prompt and for varied texts, through the
// WebAssembly package in Node.   node bindings/wasm/bench.mjs [--quick]
import fs from 'node:fs'
import { performance } from 'node:perf_hooks'
import { createRequire } from 'node:module'

const quick = process.argv.includes('--quick')
const require = createRequire(import.meta.url)
const t0 = performance.now()
const wasm = require('./pkg/node/tiergate.js')
const loaded = performance.now() - t0

function median(label, fn, n) {
  const times = []
  for (let i = 0; i < n; i++) {
    const s = performance.now()
    fn()
    times.push(performance.now() - s)
  }
  times.sort((a, b) => a - b)
  const m = times[Math.floor(n / 2)]
  console.log(`${label.padEnd(40)} median ${m >= 1 ? m.toFixed(2) + ' ms' : (m * 1000).toFixed(1) + ' µs'} (${n} runs)`)
}

let prompt = 'Hi team, please review the Q3 plan. Contact jane.doe@acme.io or +1 415 867 5309. '
while (prompt.length < 4096) prompt += 'The rollout covers onboarding, billing and the new reporting views for enterprise customers. '
prompt = prompt.slice(0, 4096)

console.log(`load + compile module: ${loaded.toFixed(1)} ms`)
const t1 = performance.now()
new wasm.Engine()
console.log(`first new Engine() (compiles the built-in policy): ${(performance.now() - t1).toFixed(1)} ms`)
const policyText = wasm.builtinPolicy().replace('revision = "', 'revision = "bench-')
median('new Engine(policyText) (TOML, uncached)', () => new wasm.Engine(policyText), quick ? 3 : 30)
const engine = new wasm.Engine()
median('classify, 4 KB prompt', () => engine.classify(prompt), quick ? 10 : 2000)
median('check, 4 KB prompt', () => engine.check(prompt, 'claude-ai'), quick ? 10 : 2000)
median('classify, 58-character prompt', () => engine.classify('Can you summarise the attached meeting notes for the team?'), quick ? 10 : 20000)
// Varied input, as a long-running engine sees it: the labelled accuracy texts one after another.
const varied = fs.readFileSync(new URL('../../tests/accuracy/cases.jsonl', import.meta.url), 'utf8')
  .split('\n').filter(Boolean).map(line => JSON.parse(line).text)
median(`classify, ${varied.length} varied texts`, () => { for (const t of varied) engine.classify(t) }, quick ? 1 : 5)
const size = fs.statSync(new URL('./pkg/web/tiergate_bg.wasm', import.meta.url)).size
console.log(`tiergate_bg.wasm ${size} bytes`)
