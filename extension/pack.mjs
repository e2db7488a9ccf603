// Packs the staged extension (scripts/build-extension) for distribution:
//
//   tiergate-extension-VERSION.zip  for a web store (Chrome Web Store, Edge Add-ons);
//                                   the same input gives the same bytes
//   tiergate-extension-VERSION.crx  a CRX3 signed with the organisation's RSA key, for
//                                   self-hosting and ExtensionInstallForcelist
//   updates.xml                     the update manifest the force-install policy points at
//   extension-id.txt                the extension's id, which the key decides
//
//   node extension/pack.mjs --out DIR [--key PEM] [--base-url URL]
//
// The key is --key, else $TIERGATE_EXTENSION_KEY, else ~/.config/tiergate/extension-key.pem;
// a key that does not exist is generated there once. The .crx is signed by Chromium's own
// packer (--pack-extension: $TIERGATE_CHROMIUM, else /usr/bin/chromium), the code browsers
// verify it with, which also refuses a manifest that Chromium would not load.
//
// The packed manifest has no "key". In the source tree it gives the unpacked extension a
// fixed id for development and tests, but a packed extension's id comes from its signing
// key: Chromium replaces the manifest's key with the CRX's own when it unpacks one
// (SandboxedUnpacker::RewriteManifestFile), and the Chrome Web Store refuses an upload whose
// manifest has one ("key field is not allowed in manifest"). With --base-url, the .crx's
// manifest (not the zip's) has "update_url": BASE/updates.xml.
import crypto from 'node:crypto'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { zipSync } from 'fflate'

const EXTENSION = path.dirname(fileURLToPath(import.meta.url))
/** What the browser loads: scripts/build-extension stages wasm/ beside the sources. */
const CONTENTS = ['manifest.json', 'managed_schema.json', 'src', 'wasm']
const DEFAULT_KEY = path.join(os.homedir(), '.config', 'tiergate', 'extension-key.pem')
const DEFAULT_BASE_URL = 'https://extensions.example.com/tiergate'
// Zip times are local date and time fields; a Date built from fields gives the same
// fields back in every time zone. 1980-01-01 is the earliest a zip can hold.
const MTIME = new Date(1980, 0, 1)

function fail (message) {
  console.error(`pack: ${message}`)
  process.exit(1)
}

const { values: args } = parseArgs({
  options: {
    out: { type: 'string' },
    key: { type: 'string' },
    'base-url': { type: 'string', default: DEFAULT_BASE_URL },
    help: { type: 'boolean', short: 'h' }
  }
})
if (args.help || !args.out) {
  console.log('usage: node extension/pack.mjs --out DIR [--key PEM] [--base-url URL]')
  process.exit(args.help ? 0 : 2)
}

/** The extension's files, relative paths in sorted order, hidden files left out (as Chromium's packer does). */
function files () {
  if (!fs.existsSync(path.join(EXTENSION, 'wasm', 'tiergate_bg.wasm'))) {
    fail('extension/wasm is missing: run scripts/build-wasm and scripts/build-extension first')
  }
  const list = []
  const walk = (rel) => {
    const full = path.join(EXTENSION, rel)
    if (!fs.statSync(full).isDirectory()) return list.push(rel)
    for (const name of fs.readdirSync(full)) if (!name.startsWith('.')) walk(path.posix.join(rel, name))
  }
  CONTENTS.forEach(walk)
  return list.sort()
}

/** tiergate's licence and the licences of what the WebAssembly build compiles in (scripts/sbom). */
const LICENCES = ['LICENSE', 'THIRD-PARTY-LICENSES.txt']

/**
 * The contents to ship: path -> bytes, the manifest without its development key. With
 * `updateUrl`, the manifest names it: Chromium then looks for updates there rather than in
 * the Chrome Web Store (a store upload must not name one).
 */
function contents (updateUrl) {
  const out = new Map()
  for (const rel of files()) out.set(rel, fs.readFileSync(path.join(EXTENSION, rel)))
  for (const name of LICENCES) out.set(name, fs.readFileSync(path.join(EXTENSION, '..', name)))
  const manifest = JSON.parse(out.get('manifest.json'))
  delete manifest.key
  if (updateUrl) manifest.update_url = updateUrl
  out.set('manifest.json', Buffer.from(JSON.stringify(manifest, null, 2) + '\n'))
  return { files: out, version: manifest.version }
}

/** The signing key's path; generates the key when the file does not exist. */
function signingKey () {
  const file = path.resolve(args.key ?? process.env.TIERGATE_EXTENSION_KEY ?? DEFAULT_KEY)
  if (fs.existsSync(file)) return file
  const { privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 })
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 })
  fs.writeFileSync(file, privateKey.export({ type: 'pkcs8', format: 'pem' }), { mode: 0o600, flag: 'wx' })
  console.log(`pack: generated a new signing key: ${file}
pack: KEEP IT (and a backup) and never commit it. The key decides the extension's id:
pack: every later version must be signed with this same key, or browsers see another extension.`)
  return file
}

/** Chromium's id for a key: the first 16 bytes of SHA-256 of its SubjectPublicKeyInfo, hex digits 0-f written a-p. */
function extensionId (keyFile) {
  let key
  try {
    key = crypto.createPrivateKey(fs.readFileSync(keyFile))
  } catch (e) {
    fail(`${keyFile} is not a private key in PEM: ${e.message}`)
  }
  if (key.asymmetricKeyType !== 'rsa') fail(`${keyFile} is an ${key.asymmetricKeyType} key: Chromium signs extensions with RSA`)
  const spki = crypto.createPublicKey(key).export({ type: 'spki', format: 'der' })
  const hex = crypto.createHash('sha256').update(spki).digest('hex').slice(0, 32)
  return [...hex].map((digit) => String.fromCharCode(97 + parseInt(digit, 16))).join('')
}

/** A zip with entries in sorted order and fixed times, so that the same files give the same bytes. */
function zip (files) {
  const entries = {}
  const sorted = [...files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  for (const [rel, bytes] of sorted) entries[rel] = [new Uint8Array(bytes), { mtime: MTIME }]
  return Buffer.from(zipSync(entries, { level: 9 }))
}

/** Signs the files into a CRX3 with Chromium's packer; returns its bytes. */
function crx (files, keyFile) {
  const chromium = process.env.TIERGATE_CHROMIUM || '/usr/bin/chromium'
  if (!fs.existsSync(chromium)) fail(`${chromium} not found: set TIERGATE_CHROMIUM to a Chromium or Chrome binary (it signs the .crx)`)
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'tiergate-pack-'))
  let error
  try {
    const dir = path.join(work, 'extension')
    for (const [rel, bytes] of files) {
      fs.mkdirSync(path.join(dir, path.dirname(rel)), { recursive: true })
      fs.writeFileSync(path.join(dir, rel), bytes)
    }
    // Chromium zips each file and folder with its time: fixed, they give the same .crx on this
    // machine (not on every one: the entries come in the order the file system lists them).
    const folders = new Set(['.'])
    for (let rel of files.keys()) while ((rel = path.dirname(rel)) !== '.') folders.add(rel)
    for (const rel of [...files.keys(), ...folders]) fs.utimesSync(path.join(dir, rel), MTIME, MTIME)
    // Packing opens no web page, so the sandbox only stands in the way (it refuses root, as in CI);
    // a profile of its own keeps the packer out of the user's.
    execFileSync(chromium, ['--headless', '--no-sandbox', `--user-data-dir=${path.join(work, 'profile')}`,
      `--pack-extension=${dir}`, `--pack-extension-key=${keyFile}`], { stdio: ['ignore', 'ignore', 'pipe'] })
    return fs.readFileSync(path.join(work, 'extension.crx'))
  } catch (e) {
    error = e
  } finally {
    fs.rmSync(work, { recursive: true, force: true })
  }
  fail(`Chromium could not pack the extension: ${error.stderr?.toString().trim() || error.message}`)
}

function attribute (value) {
  return value.replace(/&/g, '&amp;').replace(/'/g, '&apos;').replace(/</g, '&lt;')
}

/** The gupdate response that Chromium's extension updater fetches from the force-install URL. */
function updatesXml (id, version, codebase) {
  return `<?xml version='1.0' encoding='UTF-8'?>
<gupdate xmlns='http://www.google.com/update2/response' protocol='2.0'>
  <app appid='${id}'>
    <updatecheck codebase='${attribute(codebase)}' version='${version}' />
  </app>
</gupdate>
`
}

const baseUrl = args['base-url'].replace(/\/+$/, '')
const placeholder = args['base-url'] === DEFAULT_BASE_URL
const { files: shipped, version } = contents()
const keyFile = signingKey()
const id = extensionId(keyFile)
const name = `tiergate-extension-${version}`
const zipBytes = zip(shipped)
// The self-hosted .crx names its updates.xml, so a force-install list entry alone keeps it up to
// date; without a real address it names none (Chromium would ask the Web Store).
const crxBytes = crx(placeholder ? shipped : contents(`${baseUrl}/updates.xml`).files, keyFile)
const out = path.resolve(args.out)
fs.mkdirSync(out, { recursive: true })
fs.writeFileSync(path.join(out, `${name}.zip`), zipBytes)
fs.writeFileSync(path.join(out, `${name}.crx`), crxBytes)
const codebase = `${baseUrl}/${name}.crx`
fs.writeFileSync(path.join(out, 'updates.xml'), updatesXml(id, version, codebase))
fs.writeFileSync(path.join(out, 'extension-id.txt'), id + '\n')

console.log(`pack: ${path.join(out, name)}.zip (${shipped.size} files, ${zipBytes.length} bytes) for a web store`)
console.log(`pack: ${path.join(out, name)}.crx signed with ${keyFile}`)
console.log(`pack: extension id ${id} (${path.join(out, 'extension-id.txt')})`)
console.log(`pack: ${path.join(out, 'updates.xml')}: the .crx at ${codebase}`)
if (placeholder) {
  console.log('pack: that address is a placeholder: pass --base-url with where you host the .crx and updates.xml;')
  console.log('pack: until then the .crx names no update URL and only updates with ExtensionSettings\' override_update_url')
} else {
  console.log(`pack: the .crx looks for updates at ${baseUrl}/updates.xml`)
}
