'use strict'
// Documents from Node beyond the shared contract (tests/js/engine-contract.js,
// which every JavaScript build runs): Buffers, the thread-pool variant, and
// the message of a wrong argument type.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { Engine } = require('..')

const engine = new Engine()
const read = (name) => fs.readFileSync(path.join(__dirname, '..', '..', '..', 'tests', 'documents', name))

test('a Buffer, a Uint8Array and the async variant read the same', async () => {
  const buffer = read('report.pdf')
  const doc = engine.classifyDocument(buffer)
  assert.equal(doc.format, 'pdf')
  assert.equal(doc.tier, 'restricted')
  assert.deepEqual(engine.classifyDocument(new Uint8Array(buffer)), doc)
  assert.deepEqual(await engine.classifyDocumentAsync(buffer, { name: 'report.pdf' }), doc)
})

test('a wrong argument type says what to pass', () => {
  assert.throws(() => engine.classifyDocument('report.pdf'), {
    name: 'TypeError',
    code: 'invalid_argument',
    message: 'data must be a Uint8Array or Buffer, not a string',
  })
})
