'use strict'
// Measures the Node module: per-call overhead, batch throughput, event-loop
// blocking with and without the async API, and the size of the .node file.
//
//   node bench/bench.js            # full run (about a minute)
//   node bench/bench.js --quick    # a smoke run (scripts/test), numbers meaningless
//
// Numbers vary by ±20-30% between runs on a shared 2-core machine.

const fs = require('node:fs')
const path = require('node:path')
const { performance } = require('node:perf_hooks')
const { Engine } = require('..')

const quick = process.argv.includes('--quick')
const scale = quick ? 0.01 : 1
const engine = new Engine()

function perCall(label, fn, iterations) {
  for (let i = 0; i < Math.min(iterations, 10000); i++) fn()
  const t0 = performance.now()
  for (let i = 0; i < iterations; i++) fn()
  const us = ((performance.now() - t0) * 1000) / iterations
  console.log(`${label.padEnd(44)} ${us.toFixed(2)} µs/call`)
}

function rows(n, size) {
  const out = []
  for (let i = 0; i < n; i++) {
    let row = i % 3 === 0 ? `Customer ${i}: mail u${i}@acme.io, call +1 415 867 ${String(5300 + (i % 90)).padStart(4, '0')}.` : `Order ${i} shipped on time; nothing unusual.`
    while (row.length < size) row += ' Lorem ipsum dolor sit amet, consectetur adipiscing elit.'
    out.push(row)
  }
  return out
}

function throughput(label, texts, threads) {
  const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0)
  engine.classifyMany(texts.slice(0, 100), threads)
  const t0 = performance.now()
  engine.classifyMany(texts, threads)
  const s = (performance.now() - t0) / 1000
  console.log(`${label.padEnd(44)} ${s.toFixed(3)} s  ${(texts.length / s / 1000).toFixed(0)}k rows/s  ${(bytes / s / 1e6).toFixed(0)} MB/s`)
}

/**
 * Runs `work` while a 1 ms interval timer ticks and reports the longest time
 * the event loop could not run it (the longest gap between ticks, counting the
 * gap up to the moment the work finished).
 */
async function blocking(label, work) {
  await new Promise((resolve) => setTimeout(resolve, 5))
  let last = performance.now()
  let longest = 0
  let ticks = 0
  const timer = setInterval(() => {
    const now = performance.now()
    longest = Math.max(longest, now - last)
    last = now
    ticks += 1
  }, 1)
  const t0 = performance.now()
  await work()
  const end = performance.now()
  clearInterval(timer)
  longest = Math.max(longest, end - last)
  console.log(`${label.padEnd(44)} took ${(end - t0).toFixed(0)} ms; event loop blocked up to ${longest.toFixed(1)} ms (${ticks} ticks)`)
}

async function main() {
  const prompt = 'Can you summarise the attached meeting notes for the team?'
  console.log(`Node ${process.version}, ${require('node:os').cpus().length} cores`)
  perCall('classify, 58-char prompt', () => engine.classify(prompt), 200000 * scale)
  perCall('check, 58-char prompt', () => engine.check(prompt, 'claude-api'), 200000 * scale)
  perCall('classify, prompt with email + phone', () => engine.classify('Mail jane.doe@acme.io or call +1 415 867 5309'), 100000 * scale)

  const short = rows(100000 * scale, 0)
  throughput('classifyMany 100k short rows, 1 thread', short, 1)
  throughput('classifyMany 100k short rows, 2 threads', short, 2)
  const long = rows(5000 * scale, 4096)
  throughput('classifyMany 5k rows of 4 KB, 1 thread', long, 1)
  throughput('classifyMany 5k rows of 4 KB, 2 threads', long, 2)

  const big = rows(Math.max(1, 2000 * scale), 4096) // ~8 MB
  await blocking('sync classifyMany, 8 MB', async () => engine.classifyMany(big))
  await blocking('classifyManyAsync, 8 MB', () => engine.classifyManyAsync(big))
  const one = big.join('\n')
  await blocking('sync check, one 8 MB text', async () => engine.check(one, 'claude-api'))
  await blocking('checkAsync, one 8 MB text', () => engine.checkAsync(one, 'claude-api'))

  const node = fs.readdirSync(path.join(__dirname, '..')).find((f) => f.endsWith('.node'))
  console.log(`${node}: ${(fs.statSync(path.join(__dirname, '..', node)).size / 1e6).toFixed(1)} MB`)
}

main().catch((err) => {
  console.error(err)
  process.exit(1)
})
