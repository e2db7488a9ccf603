// Test harness: an HTTPS stand-in for claude.ai with a strict CSP, and
// Debian's Chromium with the unpacked extension (or one installed by policy),
// resolving claude.ai to it.
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

function certificate (host = 'claude.ai') {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-cert-'))
  const key = path.join(dir, 'key.pem')
  const cert = path.join(dir, 'cert.pem')
  execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert,
    '-days', '2', '-subj', `/CN=${host}`, '-addext', `subjectAltName=DNS:${host}`], { stdio: 'ignore' })
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

/** Serves the files of `dir` over HTTPS as `host` (resolved to it by launch's `hosts`); `requests` lists the paths asked for. */
async function startFileServer (dir, host) {
  const types = { '.xml': 'text/xml', '.crx': 'application/x-chrome-extension' }
  const requests = []
  const server = https.createServer(certificate(host), (req, res) => {
    const name = new URL(req.url, `https://${host}`).pathname.slice(1)
    requests.push('/' + name)
    if (!fs.readdirSync(dir).includes(name)) return res.writeHead(404).end()
    res.writeHead(200, { 'content-type': types[path.extname(name)] ?? 'application/octet-stream' })
    res.end(fs.readFileSync(path.join(dir, name)))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { requests, port: server.address().port, close: () => new Promise((resolve) => server.close(resolve)) }
}

/**
 * Launches Chromium with `extensionDir` loaded and claude.ai resolved to the
 * fixture; resolves when the service worker of extension `id` runs. With
 * `extensionDir` null nothing is loaded: the extension comes from a policy
 * (ExtensionInstallForcelist), whose update host `hosts` maps to a local port.
 */
async function launch (fixture, extensionDir = EXTENSION, { id = EXTENSION_ID, hosts = {}, timeout = 15000 } = {}) {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-profile-'))
  const rules = Object.entries({ ...hosts, 'claude.ai': fixture.port }).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`)
  const unpacked = [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`, '--disable-background-networking']
  // By policy: Playwright's --disable-extensions would turn off what a policy installs,
  // and --disable-background-networking the updater that fetches it. Any host other
  // than the mapped ones then resolves nowhere, so the browser reaches nothing else.
  const byPolicy = { ignore: ['--disable-extensions', '--disable-background-networking'], rules: ['MAP * ~NOTFOUND'] }
  let context
  const close = async () => {
    await context?.close()
    fs.rmSync(profile, { recursive: true, force: true })
  }
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      ignoreHTTPSErrors: true,
      viewport: { width: 1000, height: 760 },
      ignoreDefaultArgs: extensionDir ? [] : byPolicy.ignore,
      args: [
        ...(extensionDir ? unpacked : []),
        '--no-sandbox', '--disable-gpu', '--disable-component-update',
        '--disable-sync', '--no-first-run', '--disable-default-apps',
        `--host-resolver-rules=${[...rules, ...(extensionDir ? [] : byPolicy.rules)].join(', ')}, EXCLUDE localhost`,
        '--ignore-certificate-errors'
      ]
    })
    const ours = (w) => w.url().startsWith(`chrome-extension://${id}/`)
    const worker = context.serviceWorkers().find(ours) ?? await context.waitForEvent('serviceworker', { predicate: ours, timeout })
    return { context, worker, close }
  } catch (e) {
    // A browser left running would keep the test process alive.
    await close()
    throw e
  }
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

/** The policy files the tests write, named so that they are known to be the tests'. */
const POLICY_FILES = { managed: 'tiergate-test.json', forcelist: 'tiergate-forcelist-test.json' }

/** Removes the policy files an interrupted run may have left behind. */
function clearManagedPolicy () {
  for (const name of Object.values(POLICY_FILES)) fs.rmSync(path.join(MANAGED_DIR, name), { force: true })
}

/**
 * Writes Chromium enterprise policies (`policies`, as a policy file holds them)
 * the way an administrator does on Linux, to the file `POLICY_FILES[which]`;
 * returns a function that removes it. Null when this user cannot write
 * Chromium's policy directory.
 */
function installBrowserPolicy (which, policies) {
  const file = path.join(MANAGED_DIR, POLICY_FILES[which])
  try {
    fs.mkdirSync(MANAGED_DIR, { recursive: true })
    fs.writeFileSync(file, JSON.stringify(policies))
    return () => fs.rmSync(file, { force: true })
  } catch (e) {
    if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return null
    throw e
  }
}

/** Installs a managed policy for the extension (its `managed_schema.json` settings); as installBrowserPolicy. */
function installManagedPolicy (settings) {
  return installBrowserPolicy('managed', { '3rdparty': { extensions: { [EXTENSION_ID]: settings } } })
}

module.exports = { clearManagedPolicy, ARTIFACTS, EXTENSION, COMPOSER, startFixture, startFileServer, launch, open, type, until, records, extensionCopy, installBrowserPolicy, installManagedPolicy }
