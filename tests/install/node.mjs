// The ES module entry of the installed package (tests/install/node.sh).
import assert from 'node:assert/strict'
import tiergate, { Engine } from 'tiergate'

assert.equal(Engine, tiergate.Engine)
const report = new Engine().classify('INTERNAL USE ONLY: the rota')
assert.equal(report.tier, 'internal')
console.log('clean room: tiergate (ES module) from the npm tarballs: ok')
