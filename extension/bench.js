// Timings of the extension in Debian's Chromium (numbers for notes, not tests):
// service-worker start to engine ready, the engine's build, a worker restarted
// after Chrome stopped it, the round trip of a check from an extension page
// (the content script's path), large prompts' checks (what content.js's
// deadline must stay above), and Enter-to-sent on the fixture.
// Usage: node extension/bench.js [MB ...]   (after scripts/build-wasm && scripts/build-extension)
// The sizes of the large prompts default to 1 and 4 million characters.
'use strict'
const h = require('./test/harness.js')

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]
const range = (xs) => `median ${median(xs).toFixed(0)} ms (${Math.min(...xs).toFixed(0)}-${Math.max(...xs).toFixed(0)}, ${xs.length} runs)`

;(async () => {
  const sizes = process.argv.length > 2 ? process.argv.slice(2).map(Number) : [1, 4]
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

  // A worker Chrome stopped, restarted by the next check. Its lastOnError write
  // marks the engine built (removed first so that the write is a change).
  const cdp = await browser.context.newCDPSession(page)
  let versionId = null
  let status = null
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions.filter((v) => v.scriptURL === browser.worker.url())) {
      versionId = v.versionId
      status = v.runningStatus
    }
  })
  await cdp.send('ServiceWorker.enable')
  await h.until(() => versionId !== null, 'the worker\'s version')
  const prompt = ('Please review the attached notes from the meeting with the vendor. ').repeat(60).slice(0, 4096)
  const restarts = async (runs, when) => {
    const restart = { decided: [], built: [] }
    for (let i = 0; i < runs; i++) {
      await page.evaluate(() => chrome.storage.local.remove('lastOnError'))
      await cdp.send('ServiceWorker.stopWorker', { versionId })
      await h.until(() => status === 'stopped', 'the worker to stop')
      const r = await page.evaluate(async (prompt) => {
        const built = new Promise((resolve) => chrome.storage.onChanged.addListener(function seen (changes) {
          if (!changes.lastOnError) return
          chrome.storage.onChanged.removeListener(seen)
          resolve(performance.timeOrigin + performance.now())
        }))
        const t = performance.now()
        await chrome.runtime.sendMessage({ type: 'evaluate', text: prompt, path: '/new', purpose: 'send' })
        return { decided: performance.now() - t, builtAt: await built }
      }, prompt)
      const started = await browser.context.serviceWorkers().at(-1).evaluate(() => performance.timeOrigin)
      restart.decided.push(r.decided)
      restart.built.push(r.builtAt - started)
    }
    console.log(`worker restart, ${when}: stopped worker to the decision of a 4 KB send check ${range(restart.decided)}; in the worker, its start to the engine built ${range(restart.built)}`)
  }

  await restarts(10, 'the WebAssembly loaded by no extension page yet')

  // The engine's build alone, in a fresh extension page each time: what a
  // restarted worker pays for it, without the worker's own start.
  const build = { init: [], engine: [] }
  for (let i = 0; i < 5; i++) {
    const fresh = await browser.context.newPage()
    await fresh.goto(`chrome-extension://${id}/manifest.json`)
    const r = await fresh.evaluate(async () => {
      const wasm = await import(chrome.runtime.getURL('wasm/tiergate.js'))
      const { initWasm } = await import(chrome.runtime.getURL('src/engine.js'))
      const t0 = performance.now()
      await initWasm()
      const t1 = performance.now()
      new wasm.Engine().free()
      return { init: t1 - t0, engine: performance.now() - t1 }
    })
    build.init.push(r.init)
    build.engine.push(r.engine)
    await fresh.close()
  }
  console.log(`in a fresh extension page: WebAssembly fetched, compiled and instantiated ${range(build.init)}; built-in policy's engine built ${range(build.engine)}`)

  await restarts(5, 'after extension pages loaded the WebAssembly')

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

  // Large prompts at send: prose without findings, and the slowest text found
  // per character, e-mail addresses only (every one a finding, redacted).
  for (const mb of sizes) {
    for (const kind of ['prose', 'e-mail addresses']) {
      const r = await page.evaluate(async ({ mb, kind }) => {
        const piece = kind === 'prose'
          ? () => 'Please review the attached notes from the meeting with the vendor about the quarterly roadmap. '
          : () => Array.from({ length: 5 }, (_, i) => `user${Math.floor(Math.random() * 1e6)}@corp${i}.com`).join(', ') + '\n'
        let text = ''
        while (text.length < mb * 1e6) text += piece()
        const out = []
        for (let i = 0; i < 2; i++) {
          const t = performance.now()
          let outcome
          try {
            const reply = await chrome.runtime.sendMessage({ type: 'evaluate', text: text + i, path: '/new', purpose: 'send' })
            outcome = reply.ok ? reply.decision.action : reply.error.code
          } catch (e) {
            outcome = e.message
          }
          out.push({ ms: performance.now() - t, outcome })
        }
        return out
      }, { mb, kind })
      console.log(`send check, ${mb} million characters of ${kind}: ${r.map((x) => `${x.ms.toFixed(0)} ms (${x.outcome})`).join(', ')}`)
    }
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
