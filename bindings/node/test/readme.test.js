'use strict'
// Every ```js example in this package's README.md and the repository's runs
// (as an ES module, in this package) and prints exactly the ```text block that
// follows it.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')

const root = path.resolve(__dirname, '..')
const READMES = [path.join(root, 'README.md'), path.join(root, '..', '..', 'README.md')]

for (const file of READMES) {
  const name = path.relative(path.join(root, '..', '..'), file)
  const readme = fs.readFileSync(file, 'utf8')
  const examples = [...readme.matchAll(/```js\n([\s\S]*?)```\s*\n(?:(?!```)[^\n]*\n\s*)?```text\n([\s\S]*?)```/g)]

  test(`${name} has runnable examples, each with its output`, () => {
    const runnable = (readme.match(/```js\n/g) || []).length
    assert.ok(runnable >= 1)
    assert.equal(examples.length, runnable, 'every ```js block is followed by the ```text it prints')
  })

  for (const [, code, expected] of examples) {
    const title = code.split('\n').find((l) => l && !l.startsWith('import')) || code
    test(`${name}: ${title.slice(0, 60)}`, () => {
      // Run in this package (`import 'tiergate'` is itself); a guard that let
      // a request through would fail fast on a closed loopback port.
      const env = { ...process.env, ANTHROPIC_BASE_URL: 'http://127.0.0.1:9', ANTHROPIC_API_KEY: 'not-a-key' }
      const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8', env })
      assert.equal(out, expected)
    })
  }
}
