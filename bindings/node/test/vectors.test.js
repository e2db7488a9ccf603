'use strict'
// Runs every shared vector in tests/vectors through the Node module.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { Engine } = require('..')

const VECTORS = path.resolve(__dirname, '../../../tests/vectors')
const INDEX = JSON.parse(fs.readFileSync(path.join(VECTORS, 'index.json'), 'utf8'))

// group/name -> reason. Expected to stay empty.
const SKIP = {}

function loadCases() {
  const onDisk = fs.readdirSync(VECTORS).filter((f) => f.endsWith('.json') && f !== 'index.json').sort()
  assert.deepEqual(onDisk, Object.keys(INDEX.files).sort(), 'index.json and tests/vectors disagree')
  const cases = []
  for (const [file, count] of Object.entries(INDEX.files).sort()) {
    const doc = JSON.parse(fs.readFileSync(path.join(VECTORS, file), 'utf8'))
    assert.equal(doc.cases.length, count, `${file}: case count differs from index.json`)
    for (const c of doc.cases) cases.push([`${doc.group}/${c.name}`, c])
  }
  return cases
}

/** UTF-16 offset of a UTF-8 byte offset into `text`. */
function utf16(text, byteOffset) {
  return Buffer.from(text, 'utf8').subarray(0, byteOffset).toString('utf8').length
}

const CASES = loadCases()
const engines = new Map()
function engineFor(policy) {
  if (!policy) policy = ''
  if (!engines.has(policy)) {
    engines.set(policy, policy ? new Engine(fs.readFileSync(path.join(VECTORS, policy), 'utf8')) : new Engine())
  }
  return engines.get(policy)
}

let ran = 0
test('every vector is collected', () => {
  assert.equal(CASES.length, INDEX.total)
  assert.ok(INDEX.total >= 200)
  assert.deepEqual(SKIP, {}, 'skips must be justified and rare')
})

for (const [id, c] of CASES) {
  test(id, { skip: SKIP[id] }, () => {
    ran += 1
    const text = c.input || ''
    if (c.error) {
      assert.throws(
        () => (c.policy_inline !== undefined ? new Engine(c.policy_inline) : new Engine().check(text, c.destination)),
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
  })
}

test('ran every case', () => {
  assert.equal(ran + Object.keys(SKIP).length, INDEX.total)
})
