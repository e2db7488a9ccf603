'use strict'
// Documents from Node: a Buffer or Uint8Array in, each part's report with
// UTF-16 offsets out, the same decisions as the core; hostile bytes never
// throw. The fixtures are the shared ones in tests/documents/ (real
// producers: python-docx, openpyxl, python-pptx, odfpy, LibreOffice).

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { Engine, WIRE_VERSION } = require('..')

const engine = new Engine()
const dir = path.join(__dirname, '..', '..', '..', 'tests', 'documents')
const expected = JSON.parse(fs.readFileSync(path.join(dir, 'expected.json'), 'utf8'))
const read = (name) => fs.readFileSync(path.join(dir, name))

test('every known value is found in its part', () => {
  for (const [name, values] of Object.entries(expected)) {
    const doc = engine.classifyDocument(read(name), { name })
    assert.equal(doc.version, WIRE_VERSION)
    for (const want of values) {
      const part = doc.parts.find((p) => p.location === want.part)
      assert.ok(part, `${name}: ${want.part}`)
      assert.equal(part.report.offsets, 'utf16')
      assert.ok(
        part.report.findings.some((f) => f.detector === want.detector),
        `${name}: ${want.detector} in ${want.part}`,
      )
    }
  }
})

test('a Buffer, a Uint8Array and the async variant read the same', async () => {
  const buffer = read('report.pdf')
  const doc = engine.classifyDocument(buffer)
  assert.equal(doc.format, 'pdf')
  assert.equal(doc.tier, 'restricted')
  assert.deepEqual(engine.classifyDocument(new Uint8Array(buffer)), doc)
  assert.deepEqual(await engine.classifyDocumentAsync(buffer, { name: 'report.pdf' }), doc)
})

test('decisions follow the policy, after JSON too', () => {
  const roster = engine.classifyDocument(read('roster.xlsx'))
  assert.equal(engine.decideDocument(roster, 'claude-projects').action, 'block')
  const again = JSON.parse(JSON.stringify(roster))
  assert.deepEqual(engine.decideDocument(again, 'claude-projects'), engine.decideDocument(roster, 'claude-projects'))
  const clean = engine.classifyDocument(read('clean.docx'))
  assert.equal(engine.decideDocument(clean, 'claude-projects').action, 'allow')
  const scan = engine.classifyDocument(read('scan.pdf'))
  assert.deepEqual(scan.unreadable, [{ location: 'page 1', reason: 'image' }])
  const decision = engine.decideDocument(scan, 'claude-projects')
  assert.equal(decision.action, 'acknowledge')
  assert.deepEqual(decision.unreadable, [{ path: 'page 1', kind: 'image' }])
  assert.throws(() => engine.decideDocument(roster, 'chatgpt'), { code: 'unknown_destination' })
  assert.throws(() => engine.decideDocument({ tier: 'public' }, 'claude-ai'), { code: 'invalid_argument' })
})

test('hostile bytes are unreadable, not errors; wrong types say what to pass', () => {
  for (const [bytes, reason] of [
    [Buffer.from('%PDF-1.7\n'), 'corrupt'],
    [Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(64)]), 'unsupported'],
    [Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 0xff)]), 'corrupt'],
  ]) {
    const doc = engine.classifyDocument(bytes)
    assert.deepEqual(doc.parts, [])
    assert.equal(doc.unreadable[0].reason, reason)
  }
  assert.throws(() => engine.classifyDocument('report.pdf'), {
    name: 'TypeError',
    code: 'invalid_argument',
    message: 'data must be a Uint8Array or Buffer, not a string',
  })
})
