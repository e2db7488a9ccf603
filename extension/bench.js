// Timings of the extension in Debian's Chromium (numbers for notes, not tests):
// service-worker start to engine ready, the round trip of a check from an
// extension page (the content script's path), and Enter-to-sent on the fixture.
// Usage: node extension/bench.js   (after scripts/build-wasm && scripts/build-extension)
'use strict'
const h = require('./test/harness.js')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

;(async () => {
  const fixture = await h.startFixture()
  const t0 = Date.now()
  const browser = await h.launch(fixture)
  const page = await browser.context.newPage()
  const id = new URL(browser.worker.url()).host
  await page.goto(`chrome-extension://${id}/src/options.html`)
  const first = await page.evaluate(async () => {
    const t = performance.now()
    const r = await chrome.runtime.sendMessage({ type: 'status' })
    return { ms: performance.now() - t, ok: r.ok }
  })
  console.log(`launch + first status (engine compiled in the worker): ${Date.now() - t0} ms; status round trip ${first.ms.toFixed(1)} ms`)
  const rebuild = await page.evaluate(async () => {
    const m = await import(chrome.runtime.getURL('src/engine.js'))
    const out = []
    for (let i = 0; i < 5; i++) {
      const t = performance.now()
      const s = await m.loadEngine()
      out.push(performance.now() - t)
      s.engine.free()
    }
    return out
  })
  console.log(`engine re-created with the browser up (what a restarted worker does): first ${rebuild[0].toFixed(0)} ms, then median ${median(rebuild.slice(1)).toFixed(0)} ms`)
  const prompt = ('Please review the attached notes from the meeting with the vendor. ').repeat(60).slice(0, 4096)
  for (const [purpose, label] of [['badge', 'badge check'], ['send', 'send check (record kept)']]) {
    const times = await page.evaluate(async ({ prompt, purpose }) => {
      const out = []
      for (let i = 0; i < 200; i++) {
        const t = performance.now()
        await chrome.runtime.sendMessage({ type: 'evaluate', text: prompt + i, path: '/new', purpose })
        out.push(performance.now() - t)
      }
      return out
    }, { prompt, purpose })
    console.log(`${label}, 4 KB prompt, message round trip: median ${median(times).toFixed(2)} ms (200 runs)`)
  }
  const claude = await h.open(browser.context)
  const latencies = []
  for (let i = 0; i < 20; i++) {
    await h.type(claude, `Write a limerick about the number ${i}.`)
    const before = fixture.sent.length
    const t = Date.now()
    await claude.keyboard.press('Enter')
    await h.until(() => fixture.sent.length === before + 1, 'send')
    latencies.push(Date.now() - t)
  }
  console.log(`Enter to received by the page's server (public prompt): median ${median(latencies)} ms (20 runs)`)
  await browser.close()
  await fixture.close()
})().catch((e) => { console.error(e); process.exit(1) })
