'use strict'
// Conformance runner for the JavaScript runtimes: prints one canonical JSON
// line per shared vector (see hosts/wasmtime/examples/conformance.rs for the format).
//   node js.js node      the Node native module (bindings/node)
//   node js.js wasm      the wasm-bindgen package (bindings/wasm/pkg/node)
//   node js.js module M  the plain-ABI policy module M on V8's WebAssembly API
//   node js.js documents node | wasm | module M   the shared document fixtures
//                        (tests/documents): one line per file, UTF-16 offsets (the
//                        module's UTF-8 offsets converted)
// UTF-16 offsets are converted to UTF-8 bytes; results are otherwise as returned.

const fs = require('node:fs')
const path = require('node:path')
const { loadCases } = require('../vectors/cases.js')

const VECTORS = path.join(__dirname, '..', 'vectors')
const bytes = (text, utf16) => Buffer.byteLength(text.slice(0, utf16), 'utf8')

function toUtf8 (report, text) {
  if (report.offsets === 'utf8') return report
  return { ...report, offsets: 'utf8', findings: report.findings.map((f) => ({ ...f, start: bytes(text, f.start), end: bytes(text, f.end) })) }
}

function runtime (name, arg) {
  if (name === 'node' || name === 'wasm') {
    const api = require(name === 'node' ? '../../bindings/node' : '../../bindings/wasm/pkg/node/tiergate.js')
    return {
      engine: (policy) => (policy === undefined ? new api.Engine() : new api.Engine(policy)),
      classify: (e, t) => e.classify(t),
      decide: (e, r, d) => e.decide(r, d),
      check: (e, t, d) => e.check(t, d),
      redact: (e, t) => e.redact(t).text
    }
  }
  if (name === 'module') {
    const { PolicyModuleHost } = require('./module-host.js')
    const bytes = fs.readFileSync(arg)
    return {
      engine: (policy) => new PolicyModuleHost(bytes, policy),
      classify: (e, t) => e.classify(t),
      decide: (e, r, d) => e.decide(r, d),
      check: (e, t, d) => e.check(t, d),
      redact: (e, t) => e.redact(t).text
    }
  }
  throw new Error('usage: node js.js node | wasm | module MODULE.wasm')
}

/** A document report from the module (UTF-8 offsets) in UTF-16 code units, the unit of the comparison. */
function toUtf16 (document) {
  const units = (text, byte) => Buffer.from(text, 'utf8').subarray(0, byte).toString('utf8').length
  return {
    ...document,
    parts: document.parts.map((p) => ({
      ...p,
      report: { ...p.report, offsets: 'utf16', findings: p.report.findings.map((f) => ({ ...f, start: units(p.text, f.start), end: units(p.text, f.end) })) }
    }))
  }
}

if (process.argv[2] === 'documents') {
  const which = process.argv[3]
  let classify, decide
  if (which === 'node' || which === 'wasm') {
    const api = require(which === 'node' ? '../../bindings/node' : '../../bindings/wasm/pkg/node/tiergate.js')
    const engine = new api.Engine()
    classify = (bytes, name) => engine.classifyDocument(bytes, { name })
    decide = (document, destination) => engine.decideDocument(document, destination)
  } else if (which === 'module') {
    const { PolicyModuleHost } = require('./module-host.js')
    const host = new PolicyModuleHost(fs.readFileSync(process.argv[4]))
    classify = (bytes, name) => host.classifyDocument(bytes, name)
    decide = (document, destination) => host.decideDocument(document, destination)
  } else {
    throw new Error('usage: node js.js documents node | wasm | module MODULE.wasm')
  }
  const dir = path.join(__dirname, '..', 'documents')
  const files = Object.keys(JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8')))
  const lines = files.map((name) => {
    const returned = classify(new Uint8Array(fs.readFileSync(path.join(dir, name))), name)
    const decision = decide(returned, 'claude-projects')
    const document = returned.parts.some((p) => p.report.offsets === 'utf8') ? toUtf16(returned) : returned
    return JSON.stringify({ case: `documents/${name}`, document, decision })
  })
  process.stdout.write(lines.join('\n') + '\n')
  process.exit(0)
}

const rt = runtime(process.argv[2], process.argv[3])
const engines = new Map()
const out = []
for (const [id, c] of loadCases()) {
  const text = c.input || ''
  if (c.error) {
    let code = 'none'
    try {
      if (c.policy_inline !== undefined) rt.engine(c.policy_inline)
      else rt.check(rt.engine(), text, c.destination)
    } catch (e) {
      code = e.code ?? 'no code'
    }
    out.push(JSON.stringify({ case: id, error: code }))
    continue
  }
  const key = c.policy ?? ''
  if (!engines.has(key)) engines.set(key, rt.engine(c.policy ? fs.readFileSync(path.join(VECTORS, c.policy), 'utf8') : undefined))
  const engine = engines.get(key)
  const report = rt.classify(engine, text)
  const decision = rt.decide(engine, report, c.destination)
  out.push(JSON.stringify({ case: id, report: toUtf8(report, text), decision, redacted: rt.redact(engine, text) }))
}
process.stdout.write(out.join('\n') + '\n')
