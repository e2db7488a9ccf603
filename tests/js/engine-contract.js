'use strict'
// The JavaScript engine contract: what every JavaScript build of tiergate
// (the Node native module, the WebAssembly package) must do the same way.
// Each runtime's tests call `defineEngineContract(test, api)`.

const assert = require('node:assert/strict')
const fs = require('node:fs')
const path = require('node:path')

const SSN = '536-90-4399'
// The shared document fixtures (tests/documents/: real producers) and the
// value each holds in each part.
const DOCUMENTS = path.join(__dirname, '..', 'documents')
const EXPECTED = JSON.parse(fs.readFileSync(path.join(DOCUMENTS, 'expected.json'), 'utf8'))
const readDocument = (file) => new Uint8Array(fs.readFileSync(path.join(DOCUMENTS, file)))

function defineEngineContract(test, api, label) {
  const { Engine } = api
  const engine = new Engine()
  const name = (s) => `${label}: ${s}`

  test(name('classify returns the wire format with UTF-16 offsets'), () => {
    const text = 'Mail jane.doe@acme.io'
    const report = engine.classify(text)
    assert.deepEqual(Object.keys(report), ['version', 'offsets', 'tier', 'findings'])
    assert.equal(report.version, 1)
    assert.equal(report.offsets, 'utf16')
    assert.equal(report.tier, 'sensitive')
    assert.equal(report.findings.length, 1)
    const [f] = report.findings
    assert.deepEqual(Object.keys(f), ['detector', 'category', 'tier', 'score', 'start', 'end', 'regulations', 'redactable'])
    assert.equal(f.detector, 'email')
    assert.equal(text.slice(f.start, f.end), 'jane.doe@acme.io')
    assert.ok(f.score > 0 && f.score <= 1)
  })

  test(name('offsets are right after emoji, flags, ZWJ sequences, CJK and combining marks'), () => {
    const prefixes = ['😀 ', '🇩🇪🇫🇷 ', '👩‍👩‍👧‍👦 ', '漢字かな ', 'e\u0301e\u0301 ', '\u200b\u00a0', '𝒳𝒴 ']
    for (const prefix of prefixes) {
      const text = `${prefix}write to jane.doe@acme.io or call SSN ${SSN} 🎉`
      const report = engine.classify(text)
      assert.deepEqual(
        report.findings.map((f) => [f.detector, text.slice(f.start, f.end)]),
        [
          ['email', 'jane.doe@acme.io'],
          ['us_ssn', SSN],
        ],
        JSON.stringify(prefix),
      )
    }
  })

  test(name('lone surrogates do not shift offsets'), () => {
    const text = '\ud800 x \udfff mail jane.doe@acme.io'
    const [f] = engine.classify(text).findings
    assert.equal(text.slice(f.start, f.end), 'jane.doe@acme.io')
  })

  test(name('a lone surrogate inside a value does not hide it'), () => {
    // Read as U+FFFD, which detection treats as invisible (as Python does).
    const text = `\u{1F642} SSN 536-90-\ud8004399, mail jane\udfff.doe@acme.io`
    const report = engine.classify(text)
    assert.deepEqual(
      report.findings.map((f) => [f.detector, text.slice(f.start, f.end)]),
      [
        ['us_ssn', '536-90-\ud8004399'],
        ['email', 'jane\udfff.doe@acme.io'],
      ],
    )
    assert.equal(engine.check(text, 'claude-ai').action, 'block')
  })

  test(name('a report edited on its way back cannot lower the decision'), () => {
    const report = engine.classify(`Patient SSN ${SSN}`)
    const edited = { ...report, tier: 'public', findings: report.findings.map((f) => ({ ...f, tier: 'public', regulations: [] })) }
    assert.deepEqual(engine.decide(edited, 'claude-ai'), engine.decide(report, 'claude-ai'))
    assert.equal(engine.decide(edited, 'claude-ai').action, 'block')
  })

  test(name('decide and check agree; the decision is the wire format'), () => {
    const text = `Patient SSN ${SSN}`
    const decision = engine.decide(engine.classify(text), 'claude-ai')
    assert.deepEqual(decision, engine.check(text, 'claude-ai'))
    assert.deepEqual(Object.keys(decision), [
      'version', 'destination', 'tier', 'action', 'rule', 'message', 'reasons', 'recommended',
      'redaction_available', 'escalation', 'policy',
    ])
    assert.equal(decision.action, 'block')
    assert.equal(decision.tier, 'restricted')
    assert.equal(decision.reasons[0].detector, 'us_ssn')
    assert.ok(!decision.message.includes(SSN))
    assert.equal(decision.policy.id, engine.policyId)
    const roundTripped = JSON.parse(JSON.stringify(engine.classify(text)))
    assert.deepEqual(engine.decide(roundTripped, 'claude-ai'), decision)
    assert.throws(() => engine.decide({ tier: 'public' }, 'claude-ai'), { code: 'invalid_argument' })
  })

  test(name('allow decisions have a null escalation, as in the wire format'), () => {
    const decision = engine.check('The weather is nice today.', 'claude-ai')
    assert.equal(decision.action, 'allow')
    assert.equal(decision.escalation, null)
    assert.match(JSON.stringify(decision), /"escalation":null/)
  })

  test(name('redact and restore; the JSON of a redaction never holds the original'), () => {
    const text = '😀 Mail jane.doe@acme.io, again jane.doe@acme.io'
    const r = engine.redact(text)
    assert.equal(r.text, '😀 Mail [EMAIL_1], again [EMAIL_1]')
    assert.deepEqual(
      r.replacements.map((x) => [x.placeholder, x.detector, r.text.slice(x.start, x.end)]),
      [
        ['[EMAIL_1]', 'email', '[EMAIL_1]'],
        ['[EMAIL_1]', 'email', '[EMAIL_1]'],
      ],
    )
    assert.equal(r.restore('Sent to [EMAIL_1].'), 'Sent to jane.doe@acme.io.')
    const json = JSON.stringify(r)
    assert.ok(!json.includes('jane.doe'))
    assert.deepEqual(JSON.parse(json), { version: 1, offsets: 'utf16', text: r.text, replacements: r.replacements })
  })

  test(name('redactMany numbers placeholders across texts and restores any of them'), () => {
    const batch = engine.redactMany(['from a@acme.io', 'cc b@acme.io and a@acme.io'])
    assert.deepEqual(batch.texts, ['from [EMAIL_1]', 'cc [EMAIL_2] and [EMAIL_1]'])
    assert.equal(batch.replacementCount, 3)
    assert.equal(batch.restore('to [EMAIL_1] and [EMAIL_2]'), 'to a@acme.io and b@acme.io')
    assert.ok(!JSON.stringify(batch).includes('acme.io'))
  })

  test(name('guard maps the core outcome'), () => {
    assert.equal(engine.guard(['hello'], 'claude-api').outcome, 'send')
    const redacted = engine.guard(['mail jane.doe@acme.io'], 'claude-ai', 'redact')
    assert.equal(redacted.outcome, 'send_redacted')
    assert.deepEqual(redacted.redacted.texts, ['mail [EMAIL_1]'])
    assert.equal(redacted.redacted.restore('[EMAIL_1]'), 'jane.doe@acme.io')
    assert.equal(engine.guard([`SSN ${SSN}`, 'TOP SECRET//NOFORN'], 'claude-api', 'redact').outcome, 'refuse')
    assert.throws(() => engine.guard(['x'], 'claude-api', 'shred'), { code: 'invalid_argument' })
  })

  test(name('classifyMany equals classify'), () => {
    const texts = Array.from({ length: 50 }, (_, i) => (i % 3 ? `row ${i} 漢 mail u${i}@acme.io` : `plain row ${i}`))
    assert.deepEqual(engine.classifyMany(texts), texts.map((t) => engine.classify(t)))
    assert.deepEqual(engine.classifyMany([]), [])
  })

  test(name('classifyMany: a missing value names its position, or with errors: ignore is empty text'), () => {
    for (const [missing, kind] of [[null, 'null'], [undefined, 'undefined'], [NaN, 'a number']]) {
      const column = ['ok', `SSN ${SSN}`, missing]
      assert.throws(() => engine.classifyMany(column), (e) => {
        assert.equal(e.code, 'invalid_argument')
        assert.ok(e.message.startsWith(`texts[2] is ${kind}, not text`), e.message)
        return e instanceof TypeError
      })
      const reports = engine.classifyMany(column, { errors: 'ignore' })
      assert.deepEqual(reports.map((r) => r.tier), ['public', 'restricted', 'public'])
      assert.deepEqual(reports[2], engine.classify(''))
      assert.deepEqual(engine.classifyMany(['ok'], 1), [engine.classify('ok')], 'a number is threads')
    }
    assert.throws(() => engine.classifyMany(['ok'], { errors: 'skip' }), { code: 'invalid_argument', message: /'strict' or 'ignore'/ })
  })

  test(name('policies: TOML text, JSON text and objects'), () => {
    const toml = api.builtinPolicy().replace('revision = "', 'revision = "toml-')
    assert.match(new Engine(toml).policyRevision, /^toml-/)
    const object = JSON.parse(engine.policyJson())
    assert.equal(new Engine(JSON.stringify({ ...object, revision: 'json-1' })).policyRevision, 'json-1')
    assert.equal(new Engine({ ...object, revision: 'obj-1' }).policyRevision, 'obj-1')
    assert.equal(new Engine(null).policyId, engine.policyId)
    assert.deepEqual(engine.destinations, ['claude-ai', 'claude-api', 'claude-projects', 'claude-enterprise-zdr'])
    assert.ok(engine.detectors().some((d) => d.id === 'us_ssn' && d.tier === 'restricted'))
  })

  test(name('a policy nested too deeply is a policy_parse error, the same as in text'), () => {
    let deep = {}
    for (let i = 0; i < 20000; i++) deep = { a: deep }
    const cyclic = { id: 'x' }
    cyclic.self = cyclic
    for (const policy of [deep, cyclic]) {
      assert.throws(() => new Engine(policy), { name: 'TiergateError', code: 'policy_parse', message: /nested more than 32 deep/ })
    }
    let nested = 1
    for (let i = 0; i < 40; i++) nested = [nested]
    const text = JSON.stringify({ schema: 1, id: nested })
    assert.throws(() => new Engine(text), { code: 'policy_parse', message: /nested more than 32 deep/, line: 1 })
    assert.throws(() => new Engine(JSON.parse(text)), { code: 'policy_parse', message: /nested more than 32 deep/ })
  })

  test(name('policy errors carry the stable code and the line and column'), () => {
    assert.throws(() => new Engine('schema = 1\nid = '), (err) => {
      assert.ok(err instanceof Error)
      assert.equal(err.name, 'TiergateError')
      assert.equal(err.code, 'policy_parse')
      assert.equal(err.line, 2)
      assert.equal(typeof err.column, 'number')
      return true
    })
    assert.throws(() => engine.check('x', 'nowhere'), { name: 'TiergateError', code: 'unknown_destination' })
    assert.throws(() => new Engine(42), { code: 'invalid_argument' })
  })

  test(name('arguments of the wrong type are TypeErrors that never quote the value'), () => {
    const secret = { prompt: `SSN ${SSN}` }
    const calls = [
      () => engine.classify(secret),
      () => engine.classify(4111111111111111),
      () => engine.classify(),
      () => engine.check(secret, 'claude-ai'),
      () => engine.check('x', 7),
      () => engine.classifyMany(['ok', secret]),
      () => engine.classifyMany(`SSN ${SSN}`),
      () => engine.redact(secret),
      () => engine.redactMany([secret]),
      () => engine.guard([secret], 'claude-ai'),
      () => api.mask(secret),
    ]
    for (const call of calls) {
      assert.throws(call, (err) => {
        assert.ok(err instanceof TypeError, String(err))
        assert.equal(err.code, 'invalid_argument')
        assert.ok(!err.message.includes(SSN) && !err.message.includes('4111'), err.message)
        return true
      })
    }
  })

  test(name('mask previews never reveal the value'), () => {
    const masked = api.mask('jane.doe@acme.io')
    assert.ok(masked.length > 0 && !masked.includes('jane.doe'))
  })

  test(name('classifyDocument finds every known value in its part'), () => {
    for (const [file, values] of Object.entries(EXPECTED)) {
      const doc = engine.classifyDocument(readDocument(file), { name: file })
      assert.deepEqual(Object.keys(doc), ['version', 'format', 'tier', 'parts', 'unreadable'])
      for (const want of values) {
        const part = doc.parts.find((p) => p.location === want.part)
        assert.ok(part, `${file}: ${want.part}`)
        assert.deepEqual(Object.keys(part), ['location', 'text', 'report'])
        assert.equal(part.report.offsets, 'utf16')
        // UTF-16 offsets into the part's text: slice gives the value.
        assert.ok(
          part.report.findings.some(
            (f) => f.detector === want.detector && part.text.slice(f.start, f.end) === want.value && f.cell === want.cell,
          ),
          `${file}: ${want.detector} ${want.value} in ${want.part}`,
        )
      }
    }
  })

  test(name('decideDocument follows the policy, after JSON too; hostile bytes are unreadable'), () => {
    const roster = engine.classifyDocument(readDocument('roster.xlsx'))
    assert.equal(roster.format, 'xlsx')
    const decision = engine.decideDocument(roster, 'claude-projects')
    assert.equal(decision.action, 'block')
    assert.deepEqual(engine.decideDocument(JSON.parse(JSON.stringify(roster)), 'claude-projects'), decision)
    const clean = engine.classifyDocument(readDocument('clean.docx'))
    assert.equal(engine.decideDocument(clean, 'claude-projects').action, 'allow')
    const scan = engine.classifyDocument(readDocument('scan.pdf'))
    assert.deepEqual(scan.unreadable, [{ location: 'page 1', reason: 'image' }])
    const unread = engine.decideDocument(scan, 'claude-projects')
    assert.equal(unread.action, 'acknowledge')
    assert.deepEqual(unread.unreadable, [{ path: 'page 1', kind: 'image' }])
    assert.throws(() => engine.decideDocument(roster, 'chatgpt'), { code: 'unknown_destination' })
    assert.throws(() => engine.decideDocument({ tier: 'public' }, 'claude-ai'), { code: 'invalid_argument' })
    for (const [bytes, reason] of [
      [new TextEncoder().encode('%PDF-1.7\n'), 'corrupt'],
      [new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(64).fill(0)]), 'unsupported'],
      [new Uint8Array([0x50, 0x4b, 3, 4, ...new Array(64).fill(0xff)]), 'corrupt'],
    ]) {
      const doc = engine.classifyDocument(bytes)
      assert.deepEqual(doc.parts, [])
      assert.equal(doc.unreadable[0].reason, reason)
    }
    assert.throws(() => engine.classifyDocument('report.pdf'), { name: 'TypeError', code: 'invalid_argument' })
  })
}

module.exports = { defineEngineContract }
