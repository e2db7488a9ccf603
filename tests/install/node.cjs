// Run by tests/install/node.sh where the two npm tarballs were installed: the
// CommonJS entry, the native module from its platform package.
'use strict'
const assert = require('node:assert/strict')
const path = require('node:path')
const { Engine, PolicyViolation, guardAnthropic } = require('tiergate')

const platform = require.resolve('tiergate-linux-x64-gnu')
assert.match(platform, /node_modules[\\/]tiergate-linux-x64-gnu[\\/]tiergate\.linux-x64-gnu\.node$/)
assert.ok(!require('node:fs').existsSync(path.join(path.dirname(require.resolve('tiergate')), 'tiergate.linux-x64-gnu.node')),
  'the main package carries no binary')

const engine = new Engine()
const text = 'Mail jane.doe@acme.io about the refund 🙂; SSN 536-90-4399.'
const report = engine.classify(text)
assert.equal(report.tier, 'restricted')
assert.deepEqual(report.findings.map((f) => text.slice(f.start, f.end)).sort(), ['536-90-4399', 'jane.doe@acme.io'])
assert.equal(engine.decide(report, 'claude-ai').action, 'block')
const redacted = engine.redact(text)
assert.ok(!redacted.text.includes('jane.doe') && !redacted.text.includes('536-90'), redacted.text)
assert.equal(redacted.restore(redacted.text), text)
assert.equal(typeof PolicyViolation, 'function')
assert.equal(typeof guardAnthropic, 'function')
console.log('clean room: tiergate (CommonJS) from the npm tarballs: ok')
