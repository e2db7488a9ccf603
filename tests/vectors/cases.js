'use strict'
// The shared vectors for JavaScript runners (the Node native module and the
// WebAssembly package): loads every case, checking the files and counts
// against index.json as tests/README.md asks.

const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const DIR = __dirname
const INDEX = JSON.parse(fs.readFileSync(path.join(DIR, 'index.json'), 'utf8'))

/** Every case as [`group/name`, case], after checking files and counts against index.json. */
function loadCases() {
  const onDisk = fs.readdirSync(DIR).filter((f) => f.endsWith('.json') && f !== 'index.json').sort()
  assert.deepEqual(onDisk, Object.keys(INDEX.files).sort(), 'index.json and tests/vectors disagree')
  const cases = []
  for (const [file, count] of Object.entries(INDEX.files).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(DIR, file), 'utf8'))
    assert.equal(doc.cases.length, count, `${file}: case count differs from index.json`)
    for (const c of doc.cases) cases.push([`${doc.group}/${c.name}`, c])
  }
  assert.equal(cases.length, INDEX.total)
  return cases
}

/** The UTF-16 offset of a UTF-8 byte offset into `text`. */
function utf16(text, byteOffset) {
  return Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length
}

/** The text of a policy file named by a case. */
function policyText(relative) {
  return fs.readFileSync(path.join(DIR, relative), 'utf8')
}

/**
 * Runs one case against an engine API ({ Engine }) and asserts the findings
 * (UTF-16 offsets, `text.slice` gives the expected text), tier, action and
 * redaction; error cases assert the error code.
 */
function runCase(api, c, engineFor) {
  const text = c.input || ''
  if (c.error) {
    assert.throws(
      () => (c.policy_inline !== undefined ? new api.Engine(c.policy_inline) : new api.Engine().check(text, c.destination)),
      (err) => err.code === c.error,
    )
    return
  }
  const engine = engineFor(c.policy)
  const report = engine.classify(text)
  const got = report.findings.map((f) => [f.detector, f.start, f.end, text.slice(f.start, f.end)])
  const want = c.findings.map((f) => [f.detector, utf16(text, f.start), utf16(text, f.end), f.text])
  assert.deepEqual(got, want)
  assert.equal(report.tier, c.tier)
  assert.equal(engine.decide(report, c.destination).action, c.action)
  assert.equal(engine.check(text, c.destination).action, c.action)
  if (c.redacted !== undefined) assert.equal(engine.redact(text).text, c.redacted)
}

/** Engines per policy file, built once. */
function engines(api) {
  const made = new Map()
  return (policy = '') => {
    if (!made.has(policy)) made.set(policy, policy ? new api.Engine(policyText(policy)) : new api.Engine())
    return made.get(policy)
  }
}

module.exports = { INDEX, loadCases, runCase, engines, utf16 }
