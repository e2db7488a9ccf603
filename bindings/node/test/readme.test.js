'use strict'
// Every ```js example in README.md runs (as an ES module, in this package) and
// prints exactly the ```text block that follows it. ```js no-run blocks are skipped.

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const { execFileSync } = require('node:child_process')

const root = path.resolve(__dirname, '..')
const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8')
const examples = [...readme.matchAll(/```js\n([\s\S]*?)```\s*\n(?:(?!```)[^\n]*\n\s*)?```text\n([\s\S]*?)```/g)]

test('the README has runnable examples, each with its output', () => {
  const runnable = (readme.match(/```js\n/g) || []).length
  assert.ok(runnable >= 3)
  assert.equal(examples.length, runnable, 'every ```js block is followed by the ```text it prints')
})

for (const [, code, expected] of examples) {
  const title = code.split('\n').find((l) => l && !l.startsWith('import')) || code
  test(`README: ${title.slice(0, 60)}`, () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', code], { cwd: root, encoding: 'utf8' })
    assert.equal(out, expected)
  })
}
