// Documents in a real browser: PDF, Excel and Word files (the shared fixtures
// in tests/documents/, made by LibreOffice and python-docx/openpyxl) attached
// in a chat and added to a Project's knowledge, read by the core in the
// extension's service worker before the page sees them.
'use strict'

const test = require('node:test')
const assert = require('node:assert/strict')
const crypto = require('node:crypto')
const fs = require('node:fs')
const path = require('node:path')
const h = require('./harness.js')

const DOCUMENTS = path.join(__dirname, '..', '..', 'tests', 'documents')
const MIME = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
}
const fixtureFile = (name) => ({ name, mimeType: MIME[name.split('.').pop()], buffer: fs.readFileSync(path.join(DOCUMENTS, name)) })
const sha256 = (buffer) => crypto.createHash('sha256').update(buffer).digest('hex')
// What the fixtures hold (tests/documents/expected.json).
const SSN = '536-90-4399'
const EMAIL = 'maria.okafor@northwind.io'

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
const settle = () => new Promise((resolve) => setTimeout(resolve, 300))

/** Drops `files` on the element `selector`, as a person dragging them from the desktop. */
function drop (page, selector, files) {
  return page.evaluate(([selector, files]) => {
    const data = new DataTransfer()
    for (const f of files) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }))
    document.querySelector(selector).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }, [selector, files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') }))])
}

/** Pastes `files` into the composer, as a person copying them in a file manager. */
function paste (page, files) {
  return page.evaluate((files) => {
    const data = new DataTransfer()
    for (const f of files) data.items.add(new File([Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.mimeType }))
    document.querySelector('.ProseMirror').dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
  }, files.map((f) => ({ name: f.name, mimeType: f.mimeType, base64: f.buffer.toString('base64') })))
}

/** The block dialog's text, after checking it names the file and shows no value. */
async function refused (page, name) {
  const dialog = ui(page, '.dialog[data-kind="block"]')
  await dialog.waitFor()
  const text = await dialog.innerText()
  assert.match(text, new RegExp(`“${name.replace('.', '\\.')}” was not attached`))
  assert.ok(!text.includes(SSN), 'never the SSN itself')
  assert.ok(!text.includes(EMAIL), 'never the email itself')
  assert.match(text, /\*\*\*-\*\*-4399/, 'the SSN masked')
  return { dialog, text }
}

test('in a chat, a PDF and an Excel workbook with personal data are not attached; a clean Word file is, byte for byte', async () => {
  const page = await h.open(browser.context)
  const before = fixture.attached.length

  await page.locator('#upload').setInputFiles([fixtureFile('report.pdf')])
  const pdf = await refused(page, 'report.pdf')
  assert.match(pdf.text, /Not sent to Claude web app/)
  assert.match(pdf.text, /Page 2/, 'names the page the SSN is on')
  assert.match(pdf.text, /US Social Security number/)
  fs.mkdirSync(h.ARTIFACTS, { recursive: true })
  await page.screenshot({ path: path.join(h.ARTIFACTS, 'document-dialog.png') })
  await pdf.dialog.locator('button:has-text("OK")').click()

  await page.locator('#upload').setInputFiles([fixtureFile('roster.xlsx')])
  const xlsx = await refused(page, 'roster.xlsx')
  assert.match(xlsx.text, /Sheet "/, 'names the sheet')
  await page.keyboard.press('Escape')

  const clean = fixtureFile('clean.docx')
  await page.locator('#upload').setInputFiles([clean])
  await h.until(() => fixture.attached.length === before + 1, 'the clean document to be attached')
  assert.equal(fixture.attached.at(-1).name, 'clean.docx')
  assert.equal(fixture.attached.at(-1).sha256, sha256(clean.buffer), 'the page receives the file unchanged')
  await settle()
  assert.equal(fixture.attached.length, before + 1, 'nothing else reached the page')
  assert.equal(await ui(page, '.dialog').count(), 0)
  await page.close()
})

test('a pasted workbook with personal data is not attached; a pasted clean Word file is', async () => {
  const page = await h.open(browser.context)
  const before = fixture.attached.length
  await paste(page, [fixtureFile('roster.xlsx')])
  await refused(page, 'roster.xlsx')
  await page.keyboard.press('Escape')
  await settle()
  assert.equal(fixture.attached.length, before)
  await paste(page, [fixtureFile('clean.docx')])
  await h.until(() => fixture.attached.length === before + 1, 'the pasted clean document to be attached')
  assert.equal(fixture.attached.at(-1).name, 'clean.docx')
  await page.close()
})

test('a Project\'s knowledge: a PDF (picked) and a workbook (dropped) with personal data are refused; a clean Word file is added', async () => {
  const page = await h.open(browser.context, '/project/0193b1c2')
  const before = fixture.knowledge.length

  await page.locator('#knowledge').setInputFiles([fixtureFile('report.pdf')])
  const pdf = await refused(page, 'report.pdf')
  assert.match(pdf.text, /Not sent to Claude Projects/)
  await page.keyboard.press('Escape')

  // A drop of two files: one refused keeps both out.
  await drop(page, '#knowledge-drop', [fixtureFile('clean.docx'), fixtureFile('customers.xlsx')])
  const xlsx = await refused(page, 'customers.xlsx')
  assert.match(xlsx.text, /Sheet "Archive" \(hidden\)/, 'names the hidden sheet the SSN is on')
  assert.match(xlsx.text, /\*\*\*-\*\*-4399\s*B1/, 'and the cell')
  await page.keyboard.press('Escape')
  await settle()
  assert.equal(fixture.knowledge.length, before)

  const clean = fixtureFile('clean.docx')
  await drop(page, '#knowledge-drop', [clean])
  await h.until(() => fixture.knowledge.length === before + 1, 'the clean document to reach the knowledge')
  assert.equal(fixture.knowledge.at(-1).sha256, sha256(clean.buffer))
  await page.close()
})

test('a scanned PDF cannot be read: it is attached only after the person confirms', async () => {
  const page = await h.open(browser.context, '/project/0193b1c2')
  const before = fixture.knowledge.length
  await page.locator('#knowledge').setInputFiles([fixtureFile('scan.pdf')])
  const dialog = ui(page, '.dialog[data-kind="acknowledge"]')
  await dialog.waitFor()
  assert.match(await dialog.innerText(), /an image at page 1/)
  const attach = dialog.locator('button.primary')
  assert.equal(await attach.textContent(), 'Attach')
  assert.equal(await attach.isDisabled(), true)
  await dialog.locator('input[type="checkbox"]').check()
  await attach.click()
  await h.until(() => fixture.knowledge.length === before + 1, 'the confirmed scan to be added')
  assert.equal(fixture.knowledge.at(-1).name, 'scan.pdf')
  const records = await h.records(browser.worker)
  const decision = records.findLast((r) => r.type === 'decision' && r.action === 'acknowledge')
  assert.equal(decision.destination, 'claude-projects')
  assert.equal(records.findLast((r) => r.type === 'acknowledgement').decision_id, decision.decision_id)
  await page.close()
})

test('a file over the policy\'s size limit is refused', async () => {
  const { builtinPolicy } = require('../../bindings/wasm/pkg/node/tiergate.js')
  const policy = builtinPolicy().replace(/max_file_mb = \d+/, 'max_file_mb = 1')
  assert.match(policy, /max_file_mb = 1\b/, 'the built-in policy names its limit')
  await browser.worker.evaluate((policy) => chrome.storage.local.set({ policy }), policy)
  try {
    const page = await h.open(browser.context)
    const before = fixture.attached.length
    const big = Buffer.alloc(3 * 1024 * 1024, 'All quiet on the western front. ')
    await page.locator('#upload').setInputFiles([{ name: 'novel.txt', mimeType: 'text/plain', buffer: big }])
    const dialog = ui(page, '.dialog[data-kind="block"]')
    await dialog.waitFor()
    assert.match(await dialog.innerText(), /a file over the size limit/)
    await settle()
    assert.equal(fixture.attached.length, before)
    await page.close()
  } finally {
    await browser.worker.evaluate(() => chrome.storage.local.remove('policy'))
  }
})

test('document decision records hold counts, never values or file names', async () => {
  const records = await h.records(browser.worker)
  const blocked = records.filter((r) => r.type === 'decision' && r.action === 'block' && r.detectors?.us_ssn === 1)
  assert.ok(blocked.length >= 4, JSON.stringify(records))
  const json = JSON.stringify(records)
  for (const secret of [SSN, EMAIL, 'report.pdf', 'roster', 'customers', 'Archive', 'novel']) assert.ok(!json.includes(secret), secret)
})
