// Engine build time and classify time for a 4 KB prompt and for varied texts, and
// classifyDocument on a 100-page text PDF and the shared fixtures, through the
// WebAssembly package in Node.   node bindings/wasm/bench.mjs [--quick]
import fs from 'node:fs'
import zlib from 'node:zlib'
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

// A PDF of 100 pages of 45 lines, as core/benches/documents.rs makes it (one Tj per
// line, Deflate-compressed pages), for the same measurement as the native benchmark.
function pdf(pages) {
  const words = ['supplier', 'delivery', 'invoice', 'quarter', 'payment', 'contract', 'service', 'notice', 'terms', 'order']
  let x = 7n
  const next = () => { x = (x * 6364136223846793005n + 1442695040888963407n) & ((1n << 64n) - 1n); return Number(x >> 33n) }
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${4 + 2 * i} 0 R`).join(' ')}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ].map((o) => Buffer.from(o))
  for (let p = 0; p < pages; p++) {
    let page = 'BT /F1 11 Tf 72 740 Td 14 TL\n'
    for (let line = 0; line < 45; line++) {
      const text = Array.from({ length: 14 }, () => words[next() % words.length]).join(' ')
      page += `(${line % 20 === 0 ? `owner${p}@northwind.io ` : ''}${text}) Tj T*\n`
    }
    const data = zlib.deflateSync(Buffer.from(page + 'ET'))
    objects.push(Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + 2 * p} 0 R >>`))
    objects.push(Buffer.concat([Buffer.from(`<< /Filter /FlateDecode /Length ${data.length} >>\nstream\n`), data, Buffer.from('\nendstream')]))
  }
  const chunks = [Buffer.from('%PDF-1.7\n')]
  let at = chunks[0].length
  const offsets = objects.map((o, i) => {
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')])
    chunks.push(chunk)
    const offset = at
    at += chunk.length
    return offset
  })
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`
  chunks.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${at}\n%%EOF\n`))
  return new Uint8Array(Buffer.concat(chunks))
}
const report = pdf(100)
const pages = engine.classifyDocument(report).parts.length
median(`classifyDocument, ${pages}-page PDF (${report.length} bytes)`, () => engine.classifyDocument(report), quick ? 1 : 10)
for (const file of ['report.pdf', 'letter.docx', 'roster.xlsx']) {
  const bytes = new Uint8Array(fs.readFileSync(new URL(`../../tests/documents/${file}`, import.meta.url)))
  median(`classifyDocument, ${file}`, () => engine.classifyDocument(bytes), quick ? 3 : 100)
}
const size = fs.statSync(new URL('./pkg/web/tiergate_bg.wasm', import.meta.url)).size
console.log(`tiergate_bg.wasm ${size} bytes`)
