'use strict'
// Runs every shared vector in tests/vectors through the Node module.

const test = require('node:test')
const assert = require('node:assert/strict')
const tiergate = require('..')
const { INDEX, loadCases, runCase, engines } = require('../../../tests/vectors/cases')

// group/name -> reason. Expected to stay empty.
const SKIP = {}

const CASES = loadCases()
const engineFor = engines(tiergate)
let ran = 0

test('every vector is collected', () => {
  assert.equal(CASES.length, INDEX.total)
  assert.ok(INDEX.total >= 200)
  assert.deepEqual(SKIP, {}, 'skips must be justified and rare')
})

for (const [id, c] of CASES) {
  test(id, { skip: SKIP[id] }, () => {
    ran += 1
    runCase(tiergate, c, engineFor)
  })
}

test('ran every case', () => {
  assert.equal(ran + Object.keys(SKIP).length, INDEX.total)
})
