// The extension in a real browser: Debian's Chromium, the unpacked extension,
// and an HTTPS stand-in for claude.ai with a strict Content-Security-Policy.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')
const h = require('./harness.js')

const AWS_KEY = 'AKIAZ7X4Q2MBW9RTLK3D'
const AWS_SECRET = 'aws_secret_access_key = "w8Jx3kQm9ZrT5vN2pL7yB4cD6fG1hK0sA9eU3iO5"'
const EMAIL = 'jane.doe@acme-corp.io'

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

test('a public prompt is sent unchanged, with Enter and with the send button', async () => {
  const page = await h.open(browser.context)
  const before = fixture.sent.length
  await h.type(page, 'Summarise the plot of Hamlet in three sentences.')
  await page.keyboard.press('Enter')
  await h.until(() => fixture.sent.length === before + 1, 'the prompt to be sent')
  assert.equal(fixture.sent.at(-1).text, 'Summarise the plot of Hamlet in three sentences.')

  await h.type(page, 'Write a haiku about autumn.')
  await page.locator('button[aria-label="Send message"]').click()
  await h.until(() => fixture.sent.length === before + 2, 'the second prompt to be sent')
  assert.equal(fixture.sent.at(-1).text, 'Write a haiku about autumn.')
  assert.equal(await ui(page, '.dialog').count(), 0, 'no dialog for public text')
  await page.close()
})

test('the badge shows the tier while typing', async () => {
  const page = await h.open(browser.context)
  await h.type(page, `Please email ${EMAIL} about the invoice`)
  const badge = ui(page, '.badge')
  await badge.waitFor({ state: 'visible' })
  await h.until(async () => (await badge.getAttribute('data-tier')) === 'sensitive', 'the badge to say sensitive')
  assert.equal(await badge.textContent(), 'Sensitive')
  assert.match(await badge.getAttribute('title'), /Sensitive · Claude web app/)
  await page.close()
})

test('a sensitive prompt is blocked on claude.ai: nothing is sent, the text stays, the dialog explains', async () => {
  const page = await h.open(browser.context)
  const before = fixture.sent.length
  const prompt = `Customer ${EMAIL} (SSN 536-22-8471) wants a refund; draft a reply.`
  await h.type(page, prompt)
  await page.keyboard.press('Enter')
  const dialog = ui(page, '.dialog[data-kind="block"]')
  await dialog.waitFor()
  const text = await dialog.innerText()
  assert.match(text, /Not sent to Claude web app/)
  assert.match(text, /Restricted/)
  assert.match(text, /US Social Security number|Social Security/i)
  assert.match(text, /\*\*\*-\*\*-8471|8471/, 'the SSN is shown masked')
  assert.ok(!text.includes('536-22-8471'), 'never the value itself')
  assert.ok(!text.includes(EMAIL), 'never the email itself')
  assert.doesNotMatch(text, /Unsure\?|escalation/, 'the built-in policy names no contact, and no hint meant for an administrator shows')
  // The page's global CSS (green, 30px) does not reach the shadow DOM.
  const color = await dialog.locator('p').first().evaluate((el) => getComputedStyle(el).color)
  assert.notEqual(color, 'rgb(0, 128, 0)')

  assert.equal(await page.locator('.ProseMirror').innerText(), prompt, 'the text stays in the composer')
  // Keyboard: focus is in the dialog; Escape closes it and returns focus.
  assert.equal(await page.evaluate(() => document.activeElement.tagName), 'TIERGATE-UI')
  // The safe choice has the focus, so a stray Enter does not send.
  await h.until(async () => (await page.evaluate(() => document.querySelector('tiergate-ui').shadowRoot.activeElement?.textContent)) === 'Edit message', 'focus on Edit message')
  fs.mkdirSync(h.ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(h.ARTIFACTS, 'block-dialog.png') })
  await page.keyboard.press('Escape')
  await dialog.waitFor({ state: 'detached' })
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.sent.length, before, 'nothing was sent')

  // The send button is intercepted too.
  await page.locator('button[aria-label="Send message"]').click()
  await dialog.waitFor()
  await ui(page, 'button:has-text("Edit message")').click()
  assert.equal(fixture.sent.length, before)
  await page.close()
})

test('a credential is redacted on request: the page receives only placeholders', async () => {
  const page = await h.open(browser.context)
  const before = fixture.sent.length
  await h.type(page, `Why does boto3 reject key ${AWS_KEY}?\n${AWS_SECRET}`)
  await page.keyboard.press('Enter')
  const redact = ui(page, 'button:has-text("with placeholders and send")')
  await redact.waitFor()
  await redact.click()
  await h.until(() => fixture.sent.length === before + 1, 'the redacted prompt to be sent')
  // What ProseMirror's state held: the placeholders, the lines as typed, nothing left of the values.
  assert.equal(fixture.sent.at(-1).text, 'Why does boto3 reject key [AWS_KEY_1]?\naws_secret_access_key = "[AWS_SECRET_1]"')
  await page.close()
})

// ProseMirror gives the page its paragraphs one newline apart; the DOM's
// innerText has two, and a card number split over two lines is a card number
// with one newline between its groups, not with two.
test('what is checked is what ProseMirror sends: paragraphs one newline apart', async () => {
  const page = await h.open(browser.context)
  const before = fixture.sent.length
  await h.type(page, 'Card: 4526\n0181 5908 3012 exp 09/27')
  await page.keyboard.press('Enter')
  const dialog = ui(page, '.dialog[data-kind="block"]')
  await dialog.waitFor()
  assert.match(await dialog.innerText(), /Payment card number/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.sent.length, before, 'nothing was sent')
  await page.close()
})

// The other way the content script replaces text: an editor that leaves a
// synthetic paste alone gets document.execCommand('insertText').
test('an editor that is not ProseMirror (a plain contenteditable keeping its own copy of the text) gets the redacted text too', async () => {
  const page = await h.open(browser.context, '/new?composer=plain')
  assert.equal(await page.locator('.ProseMirror').count(), 0)
  const before = fixture.sent.length
  await h.type(page, `Why does boto3 reject key ${AWS_KEY}?`)
  await page.keyboard.press('Enter')
  const redact = ui(page, 'button:has-text("with placeholders and send")')
  await redact.waitFor()
  await redact.click()
  await h.until(() => fixture.sent.length === before + 1, 'the redacted prompt to be sent')
  assert.equal(fixture.sent.at(-1).text, 'Why does boto3 reject key [AWS_KEY_1]?')
  await page.close()
})

test('decision records hold tier, action and detector counts, never text', async () => {
  const records = await h.records(browser.worker)
  assert.ok(records.length >= 3, `records: ${records.length}`)
  const blocked = records.find((r) => r.type === 'decision' && r.action === 'block' && r.detectors.us_ssn === 1)
  assert.ok(blocked, JSON.stringify(records))
  assert.equal(blocked.surface, 'extension')
  assert.equal(blocked.destination, 'claude-ai')
  assert.equal(blocked.policy.id, 'tiergate-builtin')
  const json = JSON.stringify(records)
  for (const secret of [EMAIL, '536-22-8471', AWS_KEY, 'Hamlet', 'boto3']) assert.ok(!json.includes(secret), secret)
})

test('records are bounded: keeping one more drops the oldest beyond 500', async () => {
  const key = (n) => 'record:' + String(n).padStart(12, '0')
  const { recordSeq } = await browser.worker.evaluate(() => chrome.storage.local.get('recordSeq'))
  const seq = recordSeq + 600
  await browser.worker.evaluate((items) => chrome.storage.local.set(items),
    { [key(seq - 500)]: { type: 'decision', old: true }, recordSeq: seq })
  const page = await h.open(browser.context)
  const before = fixture.sent.length
  await h.type(page, 'Translate "good morning" into Welsh.')
  await page.keyboard.press('Enter')
  await h.until(() => fixture.sent.length === before + 1, 'the prompt to be sent')
  await h.until(async () => (await h.records(browser.worker)).some((r) => r.decision_id && r.action === 'allow'), 'the record')
  const kept = await browser.worker.evaluate(async (keys) => chrome.storage.local.get(keys), [key(seq), key(seq - 500)])
  assert.equal(kept[key(seq)].action, 'allow')
  assert.equal(kept[key(seq - 500)], undefined, 'the oldest was dropped')
  await page.close()
})

test('in a Project, internal data needs an acknowledgement: the tick is required and the event recorded', async () => {
  const page = await h.open(browser.context, '/project/0193b1c2/chat')
  const before = fixture.sent.length
  const prompt = 'The build farm at jenkins.corp.internal keeps timing out; suggest fixes.'
  await h.type(page, prompt)
  await page.keyboard.press('Enter')
  const dialog = ui(page, '.dialog[data-kind="acknowledge"]')
  await dialog.waitFor()
  assert.match(await dialog.innerText(), /Confirm before sending to Claude Projects/)
  const send = dialog.locator('button.primary')
  assert.equal(await send.isDisabled(), true, 'Send is disabled until the tick')
  await send.click({ force: true })
  await new Promise((resolve) => setTimeout(resolve, 200))
  assert.equal(fixture.sent.length, before, 'nothing sent without the tick')
  await dialog.locator('input[type="checkbox"]').check()
  await send.click()
  await h.until(() => fixture.sent.length === before + 1, 'the acknowledged prompt to be sent')
  assert.equal(fixture.sent.at(-1).text, prompt)
  assert.equal(fixture.sent.at(-1).path, '/project/0193b1c2/chat')

  const records = await h.records(browser.worker)
  const decision = records.findLast((r) => r.type === 'decision' && r.action === 'acknowledge')
  assert.equal(decision.destination, 'claude-projects')
  const ack = records.findLast((r) => r.type === 'acknowledgement')
  assert.equal(ack.decision_id, decision.decision_id)
  await page.close()
})

test('the same internal text outside a Project is sent with a notice (claude.ai rules)', async () => {
  const page = await h.open(browser.context, '/new')
  const before = fixture.sent.length
  await h.type(page, 'The build farm at jenkins.corp.internal keeps timing out; suggest fixes.')
  await page.keyboard.press('Enter')
  await h.until(() => fixture.sent.length === before + 1, 'the prompt to be sent')
  await ui(page, '.toast.warn').waitFor()
  assert.match(await ui(page, '.toast.warn').innerText(), /Internal data/)
  await page.close()
})

test('an attached text file with a credential is not attached', async () => {
  const page = await h.open(browser.context)
  const before = fixture.attached.length
  await page.locator('#upload').setInputFiles([
    { name: 'notes.md', mimeType: 'text/markdown', buffer: Buffer.from('# Meeting notes\nWe agreed on the roadmap.\n') }
  ])
  await h.until(() => fixture.attached.length === before + 1, 'the harmless file to be attached')
  await page.locator('#upload').setInputFiles([
    { name: 'deploy.env', mimeType: 'text/plain', buffer: Buffer.from(`AWS_ACCESS_KEY_ID=${AWS_KEY}\n`) }
  ])
  const dialog = ui(page, '.dialog[data-kind="block"]')
  await dialog.waitFor()
  assert.match(await dialog.innerText(), /deploy\.env” was not attached/)
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.attached.length, before + 1)
  assert.equal(fixture.attached.at(-1).name, 'notes.md')
  await page.close()
})

test('a dropped text file is checked before the page sees it', async () => {
  const page = await h.open(browser.context)
  const before = fixture.attached.length
  const drop = (name, content) => page.evaluate(([name, content]) => {
    const data = new DataTransfer()
    data.items.add(new File([content], name, { type: 'text/plain' }))
    document.querySelector('.ProseMirror').dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, [name, content])
  await drop('todo.txt', 'Buy milk.')
  await h.until(() => fixture.attached.length === before + 1, 'the harmless file to arrive')
  await drop('keys.txt', `AWS_ACCESS_KEY_ID=${AWS_KEY}`)
  await ui(page, '.dialog[data-kind="block"]').waitFor()
  await new Promise((resolve) => setTimeout(resolve, 300))
  assert.equal(fixture.attached.length, before + 1)
  assert.equal(fixture.attached.at(-1).name, 'todo.txt')
  await page.close()
})

test('fail closed: without the WebAssembly, sending is blocked with an explanation', async () => {
  const dir = h.extensionCopy((d) => fs.rmSync(path.join(d, 'wasm', 'tiergate_bg.wasm')))
  const broken = await h.launch(fixture, dir)
  try {
    const page = await h.open(broken.context)
    const before = fixture.sent.length
    await h.type(page, 'Summarise the plot of Hamlet.')
    await page.keyboard.press('Enter')
    const dialog = ui(page, '.dialog[data-kind="error"]')
    await dialog.waitFor()
    assert.match(await dialog.innerText(), /Not sent: tiergate is unavailable/)
    await new Promise((resolve) => setTimeout(resolve, 300))
    assert.equal(fixture.sent.length, before)
  } finally {
    await broken.close()
    fs.rmSync(dir, { recursive: true, force: true })
  }
})

test('options: a policy file with an error is refused with its line; a valid one asks for a justification', async () => {
  const id = new URL(browser.worker.url()).host
  const options = await browser.context.newPage()
  await options.goto(`chrome-extension://${id}/src/options.html`)
  await options.locator('#status').filter({ hasText: 'built-in' }).waitFor()
  await options.locator('#policy-file').setInputFiles({ name: 'broken.toml', mimeType: 'text/plain', buffer: Buffer.from('schema = 1\nid = "x"\nrevision = \n') })
  await options.locator('#policy-error').waitFor()
  assert.match(await options.locator('#policy-error').innerText(), /broken\.toml cannot be used: .*line 3/)

  const { builtinPolicy } = require('../../bindings/wasm/pkg/node/tiergate.js')
  const policy = builtinPolicy().replace('require_justification = false', 'require_justification = true')
  await options.locator('#policy-file').setInputFiles({ name: 'team.toml', mimeType: 'text/plain', buffer: Buffer.from(policy) })
  await options.locator('#status').filter({ hasText: 'chosen on the options page from team.toml' }).waitFor()

  const page = await h.open(browser.context, '/project/0193b1c2')
  const before = fixture.sent.length
  await h.type(page, 'Why is jenkins.corp.internal slow today?')
  await page.keyboard.press('Enter')
  const dialog = ui(page, '.dialog[data-kind="acknowledge"]')
  await dialog.waitFor()
  await dialog.locator('input[type="checkbox"]').check()
  const send = dialog.locator('button.primary')
  assert.equal(await send.isDisabled(), true, 'a justification is required')
  await dialog.locator('textarea').fill(`Debugging for ${EMAIL}`)
  await send.click()
  await h.until(() => fixture.sent.length === before + 1, 'the prompt to be sent')
  const ack = (await h.records(browser.worker)).findLast((r) => r.type === 'acknowledgement')
  assert.equal(ack.justification, 'Debugging for [EMAIL_1]', 'recorded with the email redacted')

  await options.locator('#use-builtin').click()
  await options.locator('#status').filter({ hasText: 'built-in' }).waitFor()
  await options.close()
  await page.close()
})
