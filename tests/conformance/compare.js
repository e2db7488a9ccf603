'use strict'
// Compares the conformance runs in a folder (one NAME.jsonl per runtime): every
// runtime must give, for every shared vector, the same canonical JSON (keys
// sorted, numbers as JSON.parse reads them) as the first. Prints a readable
// diff of the first differences and exits 1 if there is any.
//   node tests/conformance/compare.js target/conformance native cli wasmtime ...
//   node tests/conformance/compare.js --documents DIR native-documents ...
// (the shared document fixtures: one case per file of tests/documents/expected.json)

const fs = require('node:fs')
const path = require('node:path')
const { INDEX } = require('../vectors/cases.js')

function canonical (value) {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  if (value && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`).join(',')}}`
  }
  return JSON.stringify(value)
}

function load (file) {
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean)
  return new Map(lines.map((line) => { const v = JSON.parse(line); return [v.case, canonical(v)] }))
}

/** The first differing lines of two pretty-printed JSON values. */
function diff (a, b) {
  const pa = JSON.stringify(JSON.parse(a), null, 2).split('\n')
  const pb = JSON.stringify(JSON.parse(b), null, 2).split('\n')
  const out = []
  for (let i = 0; i < Math.max(pa.length, pb.length) && out.length < 12; i++) {
    if (pa[i] !== pb[i]) out.push(`    line ${i + 1}:\n      - ${pa[i] ?? '(none)'}\n      + ${pb[i] ?? '(none)'}`)
  }
  return out.join('\n')
}

const args = process.argv.slice(2)
const documents = args[0] === '--documents'
if (documents) args.shift()
const total = documents
  ? Object.keys(JSON.parse(fs.readFileSync(path.join(__dirname, '..', 'documents', 'expected.json'), 'utf8'))).length
  : INDEX.total
const [dir, ...names] = args
if (!dir || names.length < 2) {
  console.error('usage: compare.js DIR REFERENCE OTHER...')
  process.exit(2)
}
const runs = names.map((n) => [n, load(path.join(dir, `${n}.jsonl`))])
const [refName, ref] = runs[0]
let problems = 0
for (const [name, run] of runs) {
  if (run.size !== total) {
    console.error(`${name}: ${run.size} cases, expected ${total}`)
    problems++
  }
  if (name === refName) continue
  let shown = 0
  for (const [id, want] of ref) {
    const got = run.get(id)
    if (got === want) continue
    problems++
    if (shown++ < 5) {
      console.error(`${id}: ${name} differs from ${refName}`)
      console.error(got === undefined ? '    (missing)' : diff(want, got))
    }
  }
}
if (problems > 0) {
  console.error(`conformance: ${problems} difference(s)`)
  process.exit(1)
}
console.log(`conformance: ${total} ${documents ? 'documents' : 'cases'}, ${names.length} runtimes (${names.join(', ')}): identical`)
