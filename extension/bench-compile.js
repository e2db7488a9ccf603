// Compile time in Debian's Chromium of WebAssembly builds (numbers for notes, not tests):
// what a restarted service worker pays for the module before it builds the engine.
// Usage: node extension/bench-compile.js A.wasm [B.wasm ...]
// E.g. the package with and without the `documents` feature (see issue 19's closing note).
'use strict'
const fs = require('node:fs')
const { chromium } = require('playwright-core')

;(async () => {
  const files = process.argv.slice(2)
  if (files.length === 0) throw new Error('usage: node extension/bench-compile.js A.wasm [B.wasm ...]')
  const browser = await chromium.launch({ executablePath: process.env.TIERGATE_CHROMIUM || '/usr/bin/chromium', args: ['--no-sandbox'] })
  const page = await browser.newPage()
  for (const file of files) {
    const times = await page.evaluate(async (b64) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))
      const out = []
      for (let i = 0; i < 15; i++) {
        const t = performance.now()
        await WebAssembly.compile(bytes)
        out.push(performance.now() - t)
      }
      return out.sort((a, b) => a - b)
    }, fs.readFileSync(file).toString('base64'))
    console.log(`${file}: ${fs.statSync(file).size} bytes; WebAssembly.compile median ${times[7].toFixed(1)} ms (min ${times[0].toFixed(1)}, max ${times[14].toFixed(1)})`)
  }
  await browser.close()
})()
