// An administrator's managed policy (Chromium enterprise policy for the
// extension) overrides the built-in one and the person's own choice.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const h = require('./harness.js')
const { builtinPolicy } = require('../../bindings/wasm/pkg/node/tiergate.js')

const EMAIL = 'jane.doe@acme-corp.io'
const SIGNING = path.join(__dirname, '..', '..', 'tests', 'signing')

// The organisation is on Claude Enterprise with zero retention: claude.ai chats
// go to the ZDR destination, decision records go to its collector, and a
// person who is blocked is told whom to ask.
const ORG_POLICY = builtinPolicy()
  .replace('revision = "', 'revision = "managed-')
  .replace('claude_ai = "claude-ai"', 'claude_ai = "claude-enterprise-zdr"')
  .concat('collector_url = "https://claude.ai/collect"\n')
  .concat('\n[escalation]\ncontact = "privacy@acme.example"\nurl = "https://acme.example/ai-policy"\n')

async function withManagedPolicy (t, settings, body) {
  const remove = h.installManagedPolicy(settings)
  if (!remove) return t.skip('cannot write /etc/chromium/policies/managed (run as root, as CI does)')
  const fixture = await h.startFixture()
  const browser = await h.launch(fixture)
  try {
    await body(fixture, browser)
  } finally {
    await browser.close()
    await fixture.close()
    remove()
  }
}

test('a managed policy overrides the default and the person\'s choice, and records reach its collector', async (t) => {
  await withManagedPolicy(t, { policy: ORG_POLICY }, async (fixture, browser) => {
    // The person tries to choose a stricter local policy: the managed one still rules.
    await browser.worker.evaluate((p) => chrome.storage.local.set({ policy: p, policyName: 'mine.toml' }), builtinPolicy())
    const page = await h.open(browser.context)
    await h.type(page, `Draft a reply to ${EMAIL} about the refund.`)
    await page.keyboard.press('Enter')
    await h.until(() => fixture.sent.length === 1, 'the prompt to be sent (allowed under zero retention)')
    assert.equal(fixture.sent[0].text, `Draft a reply to ${EMAIL} about the refund.`)

    await h.until(() => fixture.collected.length >= 1, 'the decision record to reach the collector')
    const record = fixture.collected.at(-1)
    assert.equal(record.destination, 'claude-enterprise-zdr')
    assert.equal(record.action, 'allow')
    assert.equal(record.tier, 'sensitive')
    assert.match(record.policy.revision, /^managed-/)
    assert.ok(!JSON.stringify(fixture.collected).includes(EMAIL))

    // Restricted data is blocked even under zero retention; the dialog names the policy's contact.
    await h.type(page, 'Refund for SSN 536-22-8471, please.')
    await page.keyboard.press('Enter')
    const dialog = page.locator('tiergate-ui >> .dialog[data-kind="block"]')
    await dialog.waitFor()
    const text = await dialog.innerText()
    assert.match(text, /privacy@acme\.example/, 'names the escalation contact')
    assert.match(text, /https:\/\/acme\.example\/ai-policy/, 'and its page')
    assert.equal(fixture.sent.length, 1, 'nothing more was sent')

    const options = await browser.context.newPage()
    await options.goto('chrome-extension://pfidjekekidjlnigcchlehacenbkkdha/src/options.html')
    await options.locator('#status').filter({ hasText: 'managed by your organisation' }).waitFor()
    assert.equal(await options.locator('#choose').isVisible(), false, 'no way to pick another policy')
    assert.equal(await options.locator('#mapping').isVisible(), false)
  })
})

test('a managed policy whose signature does not match blocks sending (fail closed)', async (t) => {
  const read = (name) => fs.readFileSync(path.join(SIGNING, name), 'utf8')
  const settings = { policy: ORG_POLICY, policy_signature: read('policy.toml.sig'), public_key: read('org.pub') }
  await withManagedPolicy(t, settings, async (fixture, browser) => {
    const page = await h.open(browser.context)
    await h.type(page, 'Summarise the plot of Hamlet.')
    await page.keyboard.press('Enter')
    const dialog = page.locator('tiergate-ui >> .dialog[data-kind="error"]')
    await dialog.waitFor()
    assert.match(await dialog.innerText(), /policy_signature/)
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(fixture.sent.length, 0)

    // The options page says what happens meanwhile: blocked, or, where the last policy that
    // loaded failed open, let through unchecked.
    const options = await browser.context.newPage()
    await options.goto('chrome-extension://pfidjekekidjlnigcchlehacenbkkdha/src/options.html')
    await options.locator('#status').filter({ hasText: 'cannot load its policy' }).waitFor()
    assert.match(await options.locator('#status').innerText(), /policy_signature.*is blocked until/s)
    await browser.worker.evaluate(() => chrome.storage.local.set({ lastOnError: 'allow' }))
    await options.reload()
    await options.locator('#status').filter({ hasText: 'cannot load its policy' }).waitFor()
    assert.match(await options.locator('#status').innerText(), /is not checked until/)
  })
})
