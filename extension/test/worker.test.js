// The extension's service worker stopped in the middle of a check, as Chrome
// may stop it at any time. The worker is held mid-check and stopped from
// outside, through the debugger; the extension's code is as shipped.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const path = require('node:path')
const h = require('./harness.js')
const { builtinPolicy } = require('../../bindings/wasm/pkg/node/tiergate.js')

const AWS_KEY = 'AKIAZ7X4Q2MBW9RTLK3D'
const SSN = '536-22-8471'

let fixture, browser
test.before(async () => {
  try { h.clearManagedPolicy() } catch {}
  fixture = await h.startFixture()
  browser = await h.launch(fixture)
})
test.after(async () => {
  await browser?.close()
  await fixture?.close()
})

const ui = (page, selector) => page.locator(`tiergate-ui >> ${selector}`)

/**
 * Makes the running worker hold every check at send: the decision is made but
 * its record is never stored, so the reply never goes (the badge's checks,
 * which keep no record, are answered). Returns a wait for the first held
 * check. A restarted worker is a fresh context, without this.
 */
async function holdChecks (worker) {
  await worker.evaluate(() => {
    const set = chrome.storage.local.set.bind(chrome.storage.local)
    chrome.storage.local.set = (items) => {
      if (!Object.keys(items).some((k) => k.startsWith('record:'))) return set(items)
      globalThis.tiergateHeld = true
      return new Promise(() => {})
    }
  })
  return () => h.until(() => worker.evaluate(() => globalThis.tiergateHeld === true), 'the worker to hold the check')
}

/**
 * The extension's worker as the ServiceWorker domain of CDP sees it: its
 * running statuses in order, and a stop from outside (what "Stop" in
 * chrome://serviceworker-internals does).
 */
async function watchWorker (page) {
  const cdp = await page.context().newCDPSession(page)
  const statuses = []
  let versionId = null
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions.filter((v) => v.scriptURL === browser.worker.url())) {
      versionId = v.versionId
      statuses.push(v.runningStatus)
    }
  })
  await cdp.send('ServiceWorker.enable')
  await h.until(() => versionId !== null, 'the worker\'s version')
  return {
    stop: () => cdp.send('ServiceWorker.stopWorker', { versionId }),
    /** Whether it stopped and then ran again. */
    restarted: () => statuses.includes('stopped') && statuses.lastIndexOf('running') > statuses.indexOf('stopped')
  }
}

test('the worker stops in the middle of a check: the content script asks again and a new worker decides', async () => {
  const page = await h.open(browser.context)
  const worker = await watchWorker(page)
  const held = await holdChecks(browser.worker)
  const before = fixture.sent.length
  await h.type(page, `Why does boto3 reject key ${AWS_KEY}?`)
  await page.keyboard.press('Enter')
  await held()
  await worker.stop()

  const redact = ui(page, 'button:has-text("with placeholders and send")')
  await redact.waitFor()
  await h.until(() => worker.restarted(), 'the worker to be stopped and started again')
  assert.equal(await browser.worker.evaluate(() => globalThis.tiergateHeld), undefined, 'the decision came from the new worker')
  assert.equal(fixture.sent.length, before, 'nothing was sent before the new worker decided')
  await redact.click()
  await h.until(() => fixture.sent.length === before + 1, 'the redacted prompt to be sent')
  assert.equal(fixture.sent.at(-1).text, 'Why does boto3 reject key [AWS_KEY_1]?')
  await page.close()
})

test('text typed while the worker restarts is checked too: what the page would send is what was checked', async () => {
  const page = await h.open(browser.context)
  const worker = await watchWorker(page)
  const held = await holdChecks(browser.worker)
  const before = fixture.sent.length
  await h.type(page, 'Summarise the plot of Hamlet.')
  await page.keyboard.press('Enter')
  await held()
  await page.keyboard.insertText(` My SSN is ${SSN}.`)
  await worker.stop()

  const dialog = ui(page, '.dialog[data-kind="block"]')
  await dialog.waitFor()
  await h.until(() => worker.restarted(), 'the worker to be stopped and started again')
  assert.match(await dialog.innerText(), /Social Security/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.sent.length, before, 'the public text checked first was not sent with the SSN typed after it')
  await page.close()
})

test('the worker stops while checking an attached file: the file is sent again and a new worker refuses it', async () => {
  const page = await h.open(browser.context)
  const worker = await watchWorker(page)
  const held = await holdChecks(browser.worker)
  const attached = fixture.attached.length
  const workbook = path.join(__dirname, '..', '..', 'tests', 'documents', 'roster.xlsx')
  await page.locator('#upload').setInputFiles(workbook)
  await held()
  await worker.stop()

  const dialog = ui(page, '.dialog[data-kind="block"]')
  await dialog.waitFor()
  await h.until(() => worker.restarted(), 'the worker to be stopped and started again')
  assert.equal(await browser.worker.evaluate(() => globalThis.tiergateHeld), undefined, 'the decision came from the new worker')
  const text = await dialog.innerText()
  assert.match(text, /“roster\.xlsx” was not attached/)
  assert.match(text, /\*\*\*-\*\*-4399/, 'the findings, masked, from the file read whole again')
  assert.doesNotMatch(text, /stopped while checking/, 'not the fail-closed answer')
  assert.equal(fixture.attached.length, attached, 'nothing reached the page')
  await page.close()
})

/** content.js's ANSWER_WITHIN_MS: how long a short text's check may go unanswered. */
const DEADLINE_MS = 10000

test('a worker that takes a check and never answers: after the deadline the policy\'s fail mode decides', async () => {
  const prompt = `Refund for SSN ${SSN}, please.`
  const typed = async (page) => {
    await h.type(page, prompt)
    await h.until(async () => (await ui(page, '.badge').getAttribute('data-tier')) === 'restricted', 'the badge')
  }
  // This page hears from the worker under the built-in policy: fail closed.
  const failsClosed = await h.open(browser.context)
  const worker = await watchWorker(failsClosed)
  await typed(failsClosed)
  // This one under a policy that fails open.
  const policy = builtinPolicy().replace('on_error = "block"', 'on_error = "allow"')
  await browser.worker.evaluate((policy) => chrome.storage.local.set({ policy }), policy)
  const failsOpen = await h.open(browser.context)
  await typed(failsOpen)

  // Both checks reach the worker, which hangs on them; it is not stopped.
  const before = fixture.sent.length
  const held = await holdChecks(browser.worker)
  const start = Date.now()
  await failsOpen.keyboard.press('Enter')
  await failsClosed.keyboard.press('Enter')
  await held()

  const dialog = ui(failsClosed, '.dialog[data-kind="error"]')
  await dialog.waitFor({ timeout: DEADLINE_MS + 10000 })
  assert.ok(Date.now() - start >= DEADLINE_MS, 'not before the deadline')
  assert.match(await dialog.innerText(), /Not sent: tiergate is unavailable[^]*no answer from the tiergate service worker within 10 s/)
  await ui(failsOpen, '.toast.warn').filter({ hasText: 'lets it through unchecked' }).waitFor()
  await h.until(() => fixture.sent.length === before + 1, 'the fail-open page\'s prompt to go, as its policy says')
  assert.equal(fixture.sent.at(-1).text, prompt)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.sent.length, before + 1, 'the fail-closed page sent nothing')
  assert.equal(await failsClosed.locator(h.COMPOSER).innerText(), prompt, 'its text is still in the composer')

  // A fresh worker under the built-in policy for the next test.
  await browser.worker.evaluate(() => chrome.storage.local.remove('policy'))
  await worker.stop()
  await failsClosed.close()
  await failsOpen.close()
})

// Last: it reloads the extension, as an update does, which leaves this
// browser's pages with a content script that can no longer reach any worker.
test('a worker that cannot be reached at all: the policy\'s fail mode decides', async () => {
  const prompt = `Refund for SSN ${SSN}, please.`
  const typed = async (page) => {
    await h.type(page, prompt)
    await h.until(async () => (await ui(page, '.badge').getAttribute('data-tier')) === 'restricted', 'the badge')
  }
  // This page hears from the worker under the built-in policy: fail closed.
  const failsClosed = await h.open(browser.context)
  await typed(failsClosed)
  // This one under a policy that fails open.
  const policy = builtinPolicy().replace('on_error = "block"', 'on_error = "allow"')
  assert.notEqual(policy, builtinPolicy())
  await browser.worker.evaluate((policy) => chrome.storage.local.set({ policy }), policy)
  const failsOpen = await h.open(browser.context)
  await typed(failsOpen)
  assert.equal((await browser.worker.evaluate(() => chrome.storage.local.get('lastOnError'))).lastOnError, 'allow')

  const before = fixture.sent.length
  const held = await holdChecks(browser.worker)
  await failsOpen.keyboard.press('Enter')
  await held()
  await browser.worker.evaluate(() => chrome.runtime.reload()).catch(() => {})
  await ui(failsOpen, '.toast.warn').filter({ hasText: 'lets it through unchecked' }).waitFor()
  await h.until(() => fixture.sent.length === before + 1, 'the prompt to go, as the policy says')
  assert.equal(fixture.sent.at(-1).text, prompt)

  await failsClosed.keyboard.press('Enter')
  const dialog = ui(failsClosed, '.dialog[data-kind="error"]')
  await dialog.waitFor()
  assert.match(await dialog.innerText(), /Not sent: tiergate is unavailable/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.sent.length, before + 1, 'nothing more was sent')
})
