// The packed extension installed the way an organisation deploys it without a
// store: pack.mjs's .crx and updates.xml on an HTTPS server of its own,
// ExtensionInstallForcelist pointing at them, and Chromium started with no
// --load-extension. The installed extension then decides on claude.ai.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const { execFileSync } = require('node:child_process')
const h = require('./harness.js')

const UPDATES_HOST = 'updates.host'

let work, id, updates, fixture, browser, removePolicy
test.before(async () => {
  try { h.clearManagedPolicy() } catch {}
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-forceinstall-'))
  // A key that does not exist yet: pack.mjs generates it, as on an administrator's first run.
  const out = path.join(work, 'out')
  execFileSync(process.execPath, [path.join(h.EXTENSION, 'pack.mjs'), '--out', out,
    '--key', path.join(work, 'key', 'extension-key.pem'), '--base-url', `https://${UPDATES_HOST}/`])
  id = fs.readFileSync(path.join(out, 'extension-id.txt'), 'utf8').trim()
  removePolicy = h.installBrowserPolicy('forcelist', { ExtensionInstallForcelist: [`${id};https://${UPDATES_HOST}/updates.xml`] })
  if (!removePolicy) return
  updates = await h.startFileServer(out, UPDATES_HOST)
  fixture = await h.startFixture()
  browser = await h.launch(fixture, null, { id, hosts: { [UPDATES_HOST]: updates.port }, timeout: 20000 })
})
test.after(async () => {
  removePolicy?.()
  await browser?.close()
  await fixture?.close()
  await updates?.close()
  if (work) fs.rmSync(work, { recursive: true, force: true })
})

test('the packed extension, force-installed from its updates.xml, blocks a restricted prompt', async (t) => {
  if (!removePolicy) return t.skip('cannot write /etc/chromium/policies/managed (run as root, as CI does)')
  assert.match(id, /^[a-p]{32}$/)
  assert.notEqual(id, 'pfidjekekidjlnigcchlehacenbkkdha', 'the id is the signing key\'s, not the manifest key\'s')
  const { version } = JSON.parse(fs.readFileSync(path.join(h.EXTENSION, 'manifest.json'), 'utf8'))
  assert.deepEqual(new Set(updates.requests), new Set(['/updates.xml', `/tiergate-extension-${version}.crx`]))
  // The .crx names its own updates.xml: the force-install entry alone keeps it up to date.
  const manifest = await browser.worker.evaluate(() => chrome.runtime.getManifest())
  assert.equal(manifest.update_url, `https://${UPDATES_HOST}/updates.xml`)

  const page = await h.open(browser.context)
  await h.type(page, 'Refund for SSN 536-22-8471, please.')
  await page.keyboard.press('Enter')
  const dialog = page.locator('tiergate-ui >> .dialog[data-kind="block"]')
  await dialog.waitFor()
  assert.match(await dialog.innerText(), /Restricted/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.sent.length, 0, 'nothing was sent')
})
