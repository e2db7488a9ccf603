// Test harness: an HTTPS stand-in for claude.ai with a strict CSP, and
// Debian's Chromium with the unpacked extension, resolving claude.ai to it.
'use strict'

const fs = require('node:fs')
const os = require('node:os')
const path = require('node:path')
const https = require('node:https')
const { execFileSync } = require('node:child_process')
const { chromium } = require('playwright-core')
const esbuild = require('esbuild')

const EXTENSION = path.resolve(__dirname, '..')
const FIXTURE = path.join(__dirname, 'fixture')
const ARTIFACTS = path.join(__dirname, 'artifacts')
const CHROMIUM = process.env.TIERGATE_CHROMIUM || '/usr/bin/chromium'
/** The id Chromium gives the extension: fixed by the manifest's `key`. */
const EXTENSION_ID = 'pfidjekekidjlnigcchlehacenbkkdha'
const MANAGED_DIR = '/etc/chromium/policies/managed'

// Strict, like a real site's: no inline script, no eval, no WebAssembly in the page.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'"

/** The composer, on the ProseMirror page and on the plain one. */
const COMPOSER = '[contenteditable="true"][aria-label="Write your prompt to Claude"]'

let bundle = null
/** The fixture's app.js with ProseMirror bundled in, built once per process (a CSP page loads no modules from node_modules). */
function appBundle () {
  bundle ??= esbuild.buildSync({ entryPoints: [path.join(FIXTURE, 'app.js')], bundle: true, format: 'iife', target: 'chrome116', write: false, logLevel: 'error' }).outputFiles[0].contents
  return bundle
}

function certificate () {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-cert-'))
  const key = path.join(dir, 'key.pem')
  const cert = path.join(dir, 'cert.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', '/CN=claude.ai', '-addext', 'subjectAltName=DNS:claude.ai'], { stdio: 'ignore' })
  const pair = { key: fs.readFileSync(key), cert: fs.readFileSync(cert) }
  fs.rmSync(dir, { recursive: true, force: true })
  return pair
}

/** Starts the fixture; `sent`, `attached`, `knowledge` and `collected` record what reached "claude.ai". */
async function startFixture () {
  const state = { sent: [], attached: [], knowledge: [], collected: [] }
  const app = appBundle()
  const files = { '/plain.js': 'text/javascript', '/app.css': 'text/css' }
  const server = https.createServer(certificate(), (req, res) => {
    const url = new URL(req.url, 'https://claude.ai')
    const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' }
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end()
    if (req.method === 'POST') {
      let body = ''
      req.on('data', (c) => { body += c })
      req.on('end', () => {
        const list = { '/sent': state.sent, '/attached': state.attached, '/knowledge': state.knowledge, '/collect': state.collected }[url.pathname]
        if (!list) return res.writeHead(404).end()
        list.push(JSON.parse(body))
        res.writeHead(204, cors).end()
      })
      return
    }
    if (url.pathname === '/app.js') {
      res.writeHead(200, { 'content-type': 'text/javascript', 'content-security-policy': CSP })
      return res.end(app)
    }
    if (files[url.pathname]) {
      res.writeHead(200, { 'content-type': files[url.pathname], 'content-security-policy': CSP })
      return res.end(fs.readFileSync(path.join(FIXTURE, url.pathname.slice(1))))
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP })
    // Any other path is a claude.ai page; ?composer=plain has a plain contenteditable instead of ProseMirror.
    res.end(fs.readFileSync(path.join(FIXTURE, url.searchParams.get('composer') === 'plain' ? 'plain.html' : 'index.html')))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { ...state, state, port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) }
}

/** Launches Chromium with `extensionDir` loaded and claude.ai resolved to the fixture. */
async function launch (fixture, extensionDir = EXTENSION) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 760 },
    args: [
      `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-default-apps',
      `--host-resolver-rules=MAP claude.ai 127.0.0.1:${fixture.port}, EXCLUDE localhost`,
      '--ignore-certificate-errors'
    ]
  })
  const worker = context.serviceWorkers()[0] ?? await context.waitForEvent('serviceworker', { timeout: 15000 })
  const close = async () => {
    await context.close()
    fs.rmSync(profile, { recursive: true, force: true })
  }
  return { context, worker, close }
}

/** Opens a claude.ai page and waits for the content script to be in place. */
async function open (context, pathname = '/new') {
  const page = await context.newPage()
  await page.goto(`https://claude.ai${pathname}`)
  await page.locator(COMPOSER).waitFor()
  return page
}

/** Types `text` into the composer as a person would. */
async function type (page, text) {
  await page.locator(COMPOSER).click()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (i > 0) await page.keyboard.press('Shift+Enter')
    await page.keyboard.insertText(lines[i])
  }
}

async function until (condition, what, timeout = 8000) {
  const end = Date.now() + timeout
  while (Date.now() < end) {
    if (await condition()) return
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  throw new Error(`timed out waiting for ${what}`)
}

/** Decision records kept by the extension (read in its service worker). */
function records (worker) {
  return worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null)
    return Object.keys(all).filter((k) => k.startsWith('record:')).sort().map((k) => all[k])
  })
}

/** A copy of the extension with `mutate(dir)` applied (e.g. the WebAssembly removed). */
function extensionCopy (mutate) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-ext-'))
  for (const item of ['manifest.json', 'managed_schema.json', 'src', 'wasm']) {
    fs.cpSync(path.join(EXTENSION, item), path.join(dir, item), { recursive: true })
  }
  mutate(dir)
  // Removed when the test process exits, whatever the test's outcome.
  process.on('exit', () => fs.rmSync(dir, { recursive: true, force: true }))
  return dir
}

/**
 * Installs a managed (enterprise) policy for the extension the way an
 * administrator's browser policy does on Linux; returns a function that
 * removes it. Null when this user cannot write Chromium's policy directory.
 */
const MANAGED_FILE = path.join(MANAGED_DIR, 'tiergate-test.json')

/** Removes a managed policy an interrupted run may have left behind. */
function clearManagedPolicy () {
  fs.rmSync(MANAGED_FILE, { force: true })
}

function installManagedPolicy (settings) {
  try {
    fs.mkdirSync(MANAGED_DIR, { recursive: true })
    const file = MANAGED_FILE
    fs.writeFileSync(file, JSON.stringify({ '3rdparty': { extensions: { [EXTENSION_ID]: settings } } }))
    return () => fs.rmSync(file, { force: true })
  } catch (e) {
    if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return null
    throw e
  }
}

module.exports = { clearManagedPolicy, ARTIFACTS, EXTENSION, COMPOSER, startFixture, launch, open, type, until, records, extensionCopy, installManagedPolicy }
