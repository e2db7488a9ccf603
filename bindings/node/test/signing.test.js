'use strict'
// Engine.fromSigned: a host configured with a public key refuses unsigned or edited policies.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { Engine } = require('..')

const FIXTURE = path.resolve(__dirname, '../../../tests/signing')
const POLICY = fs.readFileSync(path.join(FIXTURE, 'policy.toml'), 'utf8')
const SIGNATURE = fs.readFileSync(path.join(FIXTURE, 'policy.toml.sig'), 'utf8')
const PUBLIC = fs.readFileSync(path.join(FIXTURE, 'org.pub'), 'utf8')

test('a signed policy loads', () => {
  assert.equal(Engine.fromSigned(POLICY, SIGNATURE, PUBLIC).policyId, 'test-codenames')
})

test('edited, unsigned or foreign policies are refused', () => {
  const cases = [
    [POLICY.replace('revision = "1"', 'revision = "2"'), SIGNATURE, /changed after it was signed/],
    [POLICY, '', /not a tiergate policy signature/],
    [POLICY, SIGNATURE.replace(':', ':0'), /signed with key/],
  ]
  for (const [policy, signature, message] of cases) {
    assert.throws(() => Engine.fromSigned(policy, signature, PUBLIC), { name: 'TiergateError', code: 'policy_signature', message })
  }
})
