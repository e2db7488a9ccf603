// tiergate's content script on claude.ai: intercepts every way a prompt leaves
// the composer (Enter, the send button, form submit) and every way a file is
// attached (file picker, drop, paste: in a chat or a Project's knowledge), asks
// the extension's service worker for a decision, and acts on it: send, send with
// a notice, ask for an acknowledgement, redact, or block with an explanation.
// While the person types, a small badge shows the tier.
//
// The engine never runs here: a page's Content-Security-Policy can forbid
// WebAssembly in content scripts, and the page must never see the policy.
// This script keeps no text after a check and logs none.
(() => {
  'use strict'
  if (window.__tiergate) return
  window.__tiergate = true

  const EDITOR = 'div.ProseMirror[contenteditable="true"], [contenteditable="true"][role="textbox"], [contenteditable="true"], textarea'
  const SEND = 'button[aria-label*="send" i], button[data-testid*="send" i], button[type="submit"]'
  // Pictures are not read (no OCR): every other file is checked, its format
  // told from its content by the core.
  const IMAGE_FILE = /\.(png|jpe?g|gif|webp|bmp|svgz?|heic|heif|avif|tiff?|ico)$/i
  const CHUNK_BYTES = 4 * 1024 * 1024 // per message to the worker
  const PROGRESS_AFTER_MS = 400 // a file that takes longer shows its progress

  let bypass = false // set while tiergate itself triggers a send or re-dispatches an event
  let busy = false
  // The policy's on_error ("block" or "allow") as the worker last said; it
  // decides when the worker cannot be reached at all. Block until it has spoken.
  let onError = 'block'
  let lastAllowed = null // { text, path } of the last text the policy allowed untouched
  let titles = {} // tier -> its title, from the core (every evaluate reply carries them)
  const tierTitle = (tier) => titles[tier] ?? tier

  // ---- finding the composer -------------------------------------------------

  function editorOf (node) {
    const el = node instanceof Element ? node : node?.parentElement
    const found = el?.closest?.(EDITOR)
    if (found) return topEditor(found)
    return null
  }

  /** The outermost editable: ProseMirror nests contenteditable nodes. */
  function topEditor (el) {
    let top = el
    while (top.parentElement?.closest('[contenteditable="true"]')) top = top.parentElement.closest('[contenteditable="true"]')
    return top
  }

  /** The page's composer: ProseMirror first, else the focused editable. */
  function composer () {
    const pm = document.querySelector('div.ProseMirror[contenteditable="true"]')
    if (pm) return pm
    return editorOf(document.activeElement)
  }

  /** The text the page would send: what tiergate checks. */
  function readText (editor) {
    if (editor.tagName === 'TEXTAREA') return editor.value
    if (editor.classList.contains('ProseMirror')) return proseMirrorText(editor)
    return editor.innerText.replace(/\n$/, '')
  }

  const BLOCK = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE', 'BLOCKQUOTE', 'UL', 'OL', 'LI', 'DIV',
    'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'FIGURE', 'FIGCAPTION', 'DL', 'DT', 'DD', 'HR'])

  /**
   * A ProseMirror editor's text as its document gives it to the page
   * (`doc.textBetween(0, size, '\n')`): its text blocks one newline apart, an
   * empty paragraph an empty line. innerText puts two newlines between
   * paragraphs (more around an empty one), and the core's decision can differ:
   * "4526\n0181 5908 3012" holds a card number, "4526\n\n0181 5908 3012" does not.
   * A line break inside a paragraph (`<br>`) is a newline, as in innerText.
   * Nothing is left out: an element that is not known as a block and holds
   * text is a line of its own.
   */
  function proseMirrorText (editor) {
    const lines = []
    const walk = (node) => {
      for (const child of node.childNodes) {
        if (child.nodeType === Node.TEXT_NODE) {
          if (child.data.trim() !== '') lines.push(child.data)
        } else if (child.nodeType === Node.ELEMENT_NODE && child.nodeName !== 'HR') {
          if (holdsBlocks(child)) walk(child)
          else if (BLOCK.has(child.nodeName)) lines.push(inlineText(child))
          else if (child.textContent !== '') lines.push(inlineText(child))
        }
      }
    }
    walk(editor)
    return lines.join('\n')
  }

  const holdsBlocks = (el) => [...el.children].some((c) => BLOCK.has(c.nodeName) || holdsBlocks(c))

  function inlineText (node) {
    let text = ''
    for (const child of node.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) text += child.data
      else if (child.nodeName === 'BR') text += child.classList.contains('ProseMirror-trailingBreak') ? '' : '\n'
      else if (child.nodeType === Node.ELEMENT_NODE) text += inlineText(child)
    }
    return text
  }

  function sendButton (editor) {
    let scope = editor.parentElement
    for (let depth = 0; scope && depth < 10; depth++, scope = scope.parentElement) {
      const button = scope.querySelector(SEND)
      if (button) return button
    }
    return null
  }

  // ---- talking to the service worker ----------------------------------------

  // A worker can take a message and never answer (hung, not stopped, so
  // Chrome reports nothing), and Enter must not be swallowed for ever. A
  // message has 10 s and 5 s more per million characters of text, retries
  // included: past that it counts as unanswered, like a worker that cannot be
  // reached, and the policy's on_error decides. A worker that went away is asked
  // again within that time; one that did not answer is not (it would hang the
  // same). Measured (README, "How it works"): the first check after the browser
  // starts up to 4.1 s from its launch, a restarted worker's under 1 s, a text
  // full of findings up to 2.3 s per million characters, on a loaded 2-core machine.
  const ANSWER_WITHIN_MS = 10000
  const ANSWER_MS_PER_MILLION_CHARS = 5000
  const LATE = Symbol('late')

  /**
   * Sends a message, retrying when the worker was stopped mid-way, until its
   * deadline. A reply after the deadline is ignored.
   */
  async function ask (message) {
    const ms = ANSWER_WITHIN_MS + Math.ceil(ANSWER_MS_PER_MILLION_CHARS * (message.text?.length ?? 0) / 1e6)
    const end = Date.now() + ms
    let timer
    const late = new Promise((resolve) => { timer = setTimeout(resolve, ms, LATE) })
    let lastError
    try {
      for (let attempt = 0; attempt < 3 && Date.now() < end; attempt++) {
        try {
          const reply = await Promise.race([chrome.runtime.sendMessage(message), late])
          if (reply === LATE) {
            lastError = new Error(`no answer from the tiergate service worker within ${Math.round(ms / 1000)} s`)
            break
          }
          if (reply) return heard(reply)
          lastError = new Error('no reply from the tiergate service worker')
        } catch (e) {
          lastError = e
        }
        await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)))
      }
    } finally {
      clearTimeout(timer)
    }
    return { ok: false, error: { code: 'engine_unavailable', message: String(lastError?.message ?? lastError) }, onError }
  }

  /** Notes the fail mode a reply from the worker carries. */
  function heard (reply) {
    onError = reply.settings?.on_error ?? reply.onError ?? onError
    return reply
  }

  /** The worker's decision for `text`; `result.sendable` is the core's rule for sending as it is. */
  async function evaluate (text, purpose) {
    const result = await ask({ type: 'evaluate', text, path: location.pathname, purpose })
    if (result.ok) titles = result.tierTitles
    return result
  }

  // ---- intercepting sends ---------------------------------------------------

  function onKeydown (event) {
    if (bypass || event.key !== 'Enter' || event.shiftKey || event.altKey || event.isComposing) return
    const editor = editorOf(event.target)
    if (editor) intercept(event, editor, () => triggerSend(editor))
  }

  function onClick (event) {
    if (bypass) return
    const button = event.target instanceof Element && event.target.closest(SEND)
    if (!button) return
    const editor = composer()
    if (editor && sendButton(editor) === button) intercept(event, editor, () => triggerSend(editor))
  }

  function onSubmit (event) {
    if (bypass) return
    const editor = event.target instanceof Element && event.target.querySelector(EDITOR)
    if (editor) intercept(event, topEditor(editor), () => triggerSend(topEditor(editor)))
  }

  /** Stops the event unless the text was already allowed, then decides and acts. */
  function intercept (event, editor, send) {
    const text = readText(editor)
    if (text.trim() === '') return
    if (lastAllowed && lastAllowed.text === text && lastAllowed.path === location.pathname) {
      // Checked while typing and allowed: let the page send at once, and record the decision.
      evaluate(text, 'send')
      lastAllowed = null
      badge.hide()
      return
    }
    event.preventDefault()
    event.stopImmediatePropagation()
    if (busy) return
    busy = true
    check(editor, text, send)
      .catch((e) => showError({ error: { code: 'internal', message: String(e?.message ?? e) }, onError: 'block' }, null))
      .finally(() => { busy = false })
  }

  async function check (editor, text, send) {
    const result = await evaluate(text, 'send')
    // Typed on while the check ran (a worker restarting takes a while): the
    // page would send the new text, so that is what must be checked.
    const now = readText(editor)
    if (now !== text) return check(editor, now, send)
    return act(result, { text, editor, send })
  }

  /** Triggers the page's own send, letting tiergate's listeners stand aside. */
  function triggerSend (editor) {
    bypass = true
    try {
      const button = sendButton(editor)
      if (button && !button.disabled) {
        button.click()
      } else {
        editor.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 13, which: 13, bubbles: true, cancelable: true }))
      }
    } finally {
      bypass = false
    }
    lastAllowed = null
    badge.hide()
  }

  async function act (result, job) {
    if (!result.ok) return showError(result, job.send)
    const { decision } = result
    switch (decision.action) {
      case 'allow':
        return job.send()
      case 'warn':
        toast(decision.message, 'warn')
        return job.send()
      case 'acknowledge':
        return acknowledgeDialog(result, job)
      case 'redact':
        if (result.redacted) return redactAndSend(result, job)
        return blockDialog(result, job)
      default:
        return blockDialog(result, job)
    }
  }

  // ---- redaction ------------------------------------------------------------

  async function redactAndSend (result, job) {
    const ok = await replaceText(job.editor, result.redacted.text, result.findings.map((f) => job.text.slice(f.start, f.end)))
    if (!ok) {
      return blockDialog({ ...result, redacted: null, replaceFailed: true }, job)
    }
    toast(`${result.redacted.count} value${result.redacted.count === 1 ? '' : 's'} replaced with placeholders before sending.`, 'info')
    job.send()
  }

  /**
   * Replaces the composer's content with `text` the way a person would (so the
   * editor's own state follows), then checks the composer really holds it:
   * rich-text editors can keep their old content when the DOM is changed
   * behind their back.
   */
  async function replaceText (editor, text, removedValues) {
    editor.focus()
    if (editor.tagName === 'TEXTAREA') {
      const setter = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value').set
      setter.call(editor, text)
      editor.dispatchEvent(new Event('input', { bubbles: true }))
    } else {
      await selectContents(editor)
      // ProseMirror and similar editors parse a paste themselves; plain
      // contenteditables take insertText.
      const data = new DataTransfer()
      data.setData('text/plain', text)
      bypass = true
      const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true })
      const handled = !editor.dispatchEvent(paste)
      bypass = false
      if (!handled) document.execCommand('insertText', false, text)
    }
    await new Promise((resolve) => setTimeout(resolve, 60))
    const now = normalise(readText(editor))
    return now === normalise(text) && removedValues.every((v) => v === '' || !now.includes(normalise(v)))
  }

  const normalise = (s) => s.replace(/\s+/g, ' ').trim()

  /**
   * Selects all of the editor's content and resolves once the page has seen
   * the change. ProseMirror takes its selection from the DOM on the
   * `selectionchange` event, which comes after this task: a paste before it
   * lands at the old caret, adding the redacted text after the original.
   */
  function selectContents (editor) {
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(fallback)
        document.removeEventListener('selectionchange', done)
        setTimeout(resolve, 0) // after every other selectionchange listener
      }
      // No event comes when the selection already was the whole content.
      const fallback = setTimeout(done, 200)
      document.addEventListener('selectionchange', done)
      const range = document.createRange()
      range.selectNodeContents(editor)
      const selection = window.getSelection()
      selection.removeAllRanges()
      selection.addRange(range)
    })
  }

  // ---- attached files and pasted text ---------------------------------------

  const checkedFiles = (files) => [...(files ?? [])].filter((f) => !(f.type.startsWith('image/') || IMAGE_FILE.test(f.name)))

  /**
   * The worker's decision for a file. Chrome may stop the worker at any time:
   * a transfer cut off before the answer is sent again, whole, to the worker
   * that starts next (three tries in all, as for a text).
   */
  async function evaluateFile (file, progress) {
    let result
    for (let attempt = 0; attempt < 3; attempt++) {
      result = await sendFile(file, progress)
      if (!result.cutOff) return result
      await new Promise((resolve) => setTimeout(resolve, 50 * (attempt + 1)))
    }
    return result
  }

  /** One try of evaluateFile: the bytes go over a port, chunk by chunk. */
  function sendFile (file, progress) {
    return new Promise((resolve) => {
      const failed = (message, cutOff = false) => resolve({ ok: false, cutOff, error: { code: 'engine_unavailable', message }, onError })
      let port
      try {
        port = chrome.runtime.connect({ name: 'file' })
      } catch (e) {
        return failed(String(e?.message ?? e))
      }
      let done = false
      let limit = 0
      let offset = 0
      const next = async () => {
        if (offset >= limit) return port.postMessage({ type: 'end' })
        const bytes = new Uint8Array(await file.slice(offset, Math.min(limit, offset + CHUNK_BYTES)).arrayBuffer())
        offset += bytes.length
        port.postMessage({ type: 'chunk', data: toBase64(bytes) })
      }
      port.onMessage.addListener((message) => {
        if (message.type === 'ready') {
          limit = message.maxBytes
          next().catch((e) => { done = true; port.disconnect(); failed(`${file.name} could not be read: ${e.message}`) })
        } else if (message.type === 'received') {
          progress(message.bytes, limit)
          next().catch((e) => { done = true; port.disconnect(); failed(`${file.name} could not be read: ${e.message}`) })
        } else if (message.type === 'result') {
          done = true
          port.disconnect()
          if (message.ok) titles = message.tierTitles
          resolve(heard(message))
        }
      })
      port.onDisconnect.addListener(() => { if (!done) failed('the tiergate service worker stopped while checking the file', true) })
      port.postMessage({ type: 'begin', name: file.name, size: file.size, path: location.pathname })
    })
  }

  function toBase64 (bytes) {
    if (bytes.toBase64) return bytes.toBase64()
    let binary = ''
    for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode.apply(null, bytes.subarray(i, i + 0x8000))
    return btoa(binary)
  }

  /** Checks `files` in turn; the first one that may not go as it is stops the rest. */
  async function checkFiles (files) {
    for (const file of files) {
      const status = progressNote(file)
      const result = await evaluateFile(file, status.update).finally(status.done)
      if (!result.ok || !result.sendable) return { file, result }
      if (result.decision.action === 'warn') toast(`${file.name}: ${result.decision.message}`, 'warn')
    }
    return null
  }

  /** "Checking report.pdf…", shown only when a file takes a while. */
  function progressNote (file) {
    let el = null
    let fraction = 0
    const text = () => fraction < 1 ? `Checking “${file.name}”… ${Math.floor(fraction * 100)} %` : `Checking “${file.name}”: reading its content…`
    const timer = setTimeout(() => {
      el = ui().appendChild(h('div', { class: 'toast info progress', role: 'status', 'aria-live': 'polite' }, text()))
    }, PROGRESS_AFTER_MS)
    return {
      update (sent, total) {
        fraction = total > 0 ? sent / total : 1
        if (el) el.textContent = text()
      },
      done () { clearTimeout(timer); el?.remove() }
    }
  }

  /** Holds back a file input's change until its files are checked. */
  function onChange (event) {
    const input = event.target
    if (bypass || !(input instanceof HTMLInputElement) || input.type !== 'file') return
    const files = checkedFiles(input.files)
    if (files.length === 0) return
    event.stopImmediatePropagation()
    handleFiles(files, () => {
      bypass = true
      try { input.dispatchEvent(new Event('change', { bubbles: true })) } finally { bypass = false }
    }, () => { input.value = '' })
  }

  /** Holds back a drop of files until they are checked. */
  function onDrop (event) {
    if (bypass || !event.dataTransfer) return
    holdFiles(event, event.dataTransfer.files, (data) => new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
  }

  /**
   * Stops an event that carries files to check; once they pass, dispatches
   * the event `remake` builds from a copy of all its files on the same target.
   */
  function holdFiles (event, list, remake) {
    const files = checkedFiles(list)
    if (files.length === 0) return
    event.preventDefault()
    event.stopImmediatePropagation()
    const all = [...list]
    const target = event.target
    handleFiles(files, () => {
      const data = new DataTransfer()
      all.forEach((f) => data.items.add(f))
      bypass = true
      try { target.dispatchEvent(remake(data)) } finally { bypass = false }
    }, () => {})
  }

  function handleFiles (files, pass, drop) {
    checkFiles(files).then((stopped) => {
      if (!stopped) return pass()
      const { file, result } = stopped
      if (!result.ok) {
        if (result.onError === 'allow') { toast(failOpenText(result), 'warn'); return pass() }
        drop()
        return showError(result, null)
      }
      if (result.decision.action === 'acknowledge') {
        return acknowledgeDialog(result, { file, send: pass, cancel: drop })
      }
      drop()
      blockDialog({ ...result, redacted: null }, { file })
    })
  }

  /** Pasted text: a heads-up now, the decision at send. */
  function onPaste (event) {
    if (bypass || !editorOf(event.target)) return
    const text = event.clipboardData?.getData('text/plain')
    if (text) {
      evaluate(text, 'badge').then((result) => {
        if (result.ok && !result.sendable) {
          toast(`The pasted text is ${tierTitle(result.decision.tier)} for ${result.destinationName}: ${result.decision.message}`, 'warn')
        }
      })
    }
    if (event.clipboardData) {
      holdFiles(event, event.clipboardData.files, (data) => new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }))
    }
  }

  // ---- the badge ------------------------------------------------------------

  let timer = null
  function onInput (event) {
    if (!editorOf(event.target)) return
    lastAllowed = null
    clearTimeout(timer)
    timer = setTimeout(() => refreshBadge(editorOf(event.target)), 350)
  }

  async function refreshBadge (editor) {
    if (!editor?.isConnected) return badge.hide()
    const text = readText(editor)
    if (text.trim() === '') return badge.hide()
    const result = await evaluate(text, 'badge')
    if (readText(editor) !== text) return // typed on meanwhile; the next refresh shows it
    if (!result.ok) return badge.show(editor, null, 'tiergate is not available: ' + result.error.message)
    const { decision } = result
    if (decision.action === 'allow') lastAllowed = { text, path: location.pathname }
    badge.show(editor, decision.tier, `${tierTitle(decision.tier)} · ${result.destinationName}: ${decision.message}`)
  }

  // ---- UI: shadow DOM, so the page's styles cannot reach it ------------------

  const STYLE = `
    :host { all: initial; }
    * { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", sans-serif; }
    .badge { position: fixed; z-index: 2147483646; padding: 2px 8px; border-radius: 999px; font-size: 11px;
      line-height: 16px; font-weight: 600; color: #fff; box-shadow: 0 1px 3px rgba(0,0,0,.25); cursor: default; }
    .public { background: #2e7d32; } .internal { background: #1565c0; } .sensitive { background: #b26a00; }
    .restricted { background: #b3261e; } .unknown { background: #555; }
    .toast { position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 420px; padding: 10px 14px;
      border-radius: 8px; background: #1f1f1f; color: #fff; font-size: 13px; line-height: 1.4; box-shadow: 0 4px 16px rgba(0,0,0,.3); }
    .toast.warn { border-left: 4px solid #f9a825; } .toast.info { border-left: 4px solid #42a5f5; }
    .backdrop { position: fixed; inset: 0; z-index: 2147483647; background: rgba(0,0,0,.45);
      display: flex; align-items: center; justify-content: center; }
    .dialog { width: min(560px, calc(100vw - 32px)); max-height: calc(100vh - 48px); overflow: auto; background: #fff;
      color: #1f1f1f; border-radius: 12px; padding: 20px 24px; box-shadow: 0 12px 40px rgba(0,0,0,.35); font-size: 14px; line-height: 1.45; }
    h2 { margin: 0 0 8px; font-size: 17px; display: flex; gap: 8px; align-items: center; }
    .tier { font-size: 11px; padding: 2px 8px; border-radius: 999px; color: #fff; }
    p { margin: 8px 0; }
    ul { margin: 8px 0; padding-left: 20px; }
    li { margin: 2px 0; }
    .excerpt { background: #f5f5f5; border-radius: 6px; padding: 8px 10px; font-family: ui-monospace, monospace;
      font-size: 12px; white-space: pre-wrap; word-break: break-word; margin: 8px 0; }
    mark { background: #ffd8d6; color: #8c1d18; border-radius: 3px; padding: 0 2px; }
    .cell { color: #5f6368; font-size: 0.8em; margin-left: 2px; }
    .meta { color: #555; font-size: 13px; }
    .part { margin: 12px 0 0; font-size: 13px; font-weight: 600; }
    label { display: flex; gap: 8px; align-items: flex-start; margin: 10px 0; }
    textarea { width: 100%; min-height: 60px; font-size: 13px; padding: 6px; border: 1px solid #bbb; border-radius: 6px; }
    .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    button { font-size: 14px; padding: 7px 14px; border-radius: 8px; border: 1px solid #bbb; background: #fff; color: #1f1f1f; cursor: pointer; }
    button.primary { background: #1f1f1f; color: #fff; border-color: #1f1f1f; }
    button:disabled { opacity: .45; cursor: not-allowed; }
    button:focus-visible, input:focus-visible, textarea:focus-visible { outline: 3px solid #42a5f5; outline-offset: 2px; }
  `

  let root = null
  function ui () {
    if (root?.host.isConnected) return root
    const host = document.createElement('tiergate-ui')
    root = host.attachShadow({ mode: 'open' })
    const sheet = new CSSStyleSheet()
    sheet.replaceSync(STYLE)
    root.adoptedStyleSheets = [sheet]
    document.documentElement.append(host)
    return root
  }

  function h (tag, props = {}, ...children) {
    const el = document.createElement(tag)
    for (const [k, v] of Object.entries(props)) {
      if (k === 'class') el.className = v
      else if (k.startsWith('on')) el.addEventListener(k.slice(2), v)
      else if (v === true) el.setAttribute(k, '')
      else if (v !== false && v != null) el.setAttribute(k, v)
    }
    el.append(...children.flat(Infinity).filter((c) => c != null))
    return el
  }

  const badge = {
    el: null,
    show (editor, tier, title) {
      const r = ui()
      this.el ??= r.appendChild(h('div', { class: 'badge', role: 'status', 'aria-live': 'polite', part: 'badge' }))
      this.el.className = `badge ${tier ?? 'unknown'}`
      this.el.textContent = tier ? tierTitle(tier) : 'tiergate off'
      this.el.title = title
      this.el.dataset.tier = tier ?? 'unknown'
      const rect = editor.getBoundingClientRect()
      this.el.style.top = `${Math.max(4, rect.top - 22)}px`
      this.el.style.left = `${Math.max(4, rect.right - 90)}px`
      this.el.hidden = false
    },
    hide () { if (this.el) this.el.hidden = true }
  }

  function toast (message, kind) {
    const r = ui()
    const el = r.appendChild(h('div', { class: `toast ${kind}`, role: 'status', 'aria-live': 'polite' }, message))
    setTimeout(() => el.remove(), 6000)
  }

  /** A modal dialog: focus moves in, Tab stays in, Escape cancels, focus returns. */
  function dialog (kind, title, tier, body, actions, onCancel) {
    const r = ui()
    const returnTo = document.activeElement
    const titleId = `tiergate-title-${Date.now()}`
    const box = h('div', { class: 'dialog', role: 'alertdialog', 'aria-modal': 'true', 'aria-labelledby': titleId, 'data-kind': kind },
      h('h2', { id: titleId }, title, tier ? h('span', { class: `tier ${tier}` }, tierTitle(tier)) : null),
      body,
      h('div', { class: 'actions' }, actions))
    const backdrop = r.appendChild(h('div', { class: 'backdrop' }, box))
    const close = () => { backdrop.remove(); returnTo?.focus?.() }
    box.addEventListener('keydown', (event) => {
      event.stopPropagation()
      if (event.key === 'Escape') { event.preventDefault(); close(); onCancel?.() }
      if (event.key === 'Tab') {
        const items = [...box.querySelectorAll('button, input, textarea, a[href]')].filter((el) => !el.disabled)
        const first = items[0]; const last = items[items.length - 1]
        const active = r.activeElement
        if (event.shiftKey && active === first) { event.preventDefault(); last.focus() } else if (!event.shiftKey && active === last) { event.preventDefault(); first.focus() }
      }
    })
    // A selector list matches in document order, so ask for the chosen element first.
    const focusable = box.querySelector('[data-autofocus]') ?? box.querySelector('input, textarea, button.primary, button')
    setTimeout(() => focusable?.focus(), 0)
    return close
  }

  /**
   * The stretches of text around the findings, from the worker: every finding
   * in them masked and highlighted, so the dialog shows where the data is,
   * never the data.
   */
  function excerpts (list) {
    return (list ?? []).map((x) => h('div', { class: 'excerpt' },
      x.before ? '…' : '',
      x.pieces.map((p) => typeof p === 'string'
        ? p
        : [h('mark', { title: p.cell ? `${p.name}, cell ${p.cell}` : p.name }, p.masked), p.cell ? h('sub', { class: 'cell' }, p.cell) : null]),
      x.after ? '…' : ''))
  }

  /** A document's parts with findings, each with its excerpts (the decision's message names what could not be read). */
  function documentParts (doc) {
    if (!doc) return null
    const out = doc.parts.map((p) => [
      p.location ? h('p', { class: 'part' }, p.location[0].toUpperCase() + p.location.slice(1)) : null,
      excerpts(p.excerpts)
    ])
    if (doc.moreParts > 0) out.push(h('p', { class: 'meta' }, `…and ${doc.moreParts} more part${doc.moreParts === 1 ? '' : 's'} with findings.`))
    return out
  }

  function reasons (decision) {
    return h('ul', {}, decision.reasons.map((r) => h('li', {}, `${r.name}${r.count > 1 ? ` ×${r.count}` : ''} — ${tierTitle(r.tier)}`)))
  }

  /** The escalation path, unless the policy's message already names it; its link either way. */
  function escalation (decision) {
    const e = decision.escalation
    if (!e) return null
    const named = decision.message.includes(e.contact)
    if (named && !e.url) return null
    return h('p', { class: 'meta' },
      named ? 'More: ' : (e.text ?? `Unsure? Ask ${e.contact}.`) + ' ',
      e.url ? h('a', { href: e.url, target: '_blank', rel: 'noopener' }, e.url) : null)
  }

  function blockDialog (result, job) {
    const { decision } = result
    const where = job.file ? `“${job.file.name}” was not attached.` : 'Your message was not sent; it is still in the composer.'
    const body = [
      h('p', {}, decision.message),
      result.replaceFailed ? h('p', { class: 'meta' }, 'tiergate could not replace the values in the editor, so nothing was sent. Remove them by hand and send again.') : null,
      h('p', { class: 'meta' }, where),
      reasons(decision),
      excerpts(result.excerpts),
      documentParts(result.document),
      result.recommendedNames?.length ? h('p', { class: 'meta' }, `Allowed instead: ${result.recommendedNames.join(', ')}.`) : null,
      escalation(decision)
    ]
    let close
    const actions = []
    if (result.redacted && !job.file) {
      actions.push(h('button', {
        class: 'primary',
        onclick: () => { close(); redactAndSend(result, job) }
      }, `Replace ${result.redacted.count === 1 ? 'the value' : `${result.redacted.count} values`} with placeholders and send`))
    }
    // The safe choice has the focus, so a stray Enter never sends.
    actions.push(h('button', { class: result.redacted && !job.file ? '' : 'primary', 'data-autofocus': true, onclick: () => { close(); job.editor?.focus() } }, job.file ? 'OK' : 'Edit message'))
    close = dialog('block', `Not sent to ${result.destinationName}`, decision.tier, body, actions)
  }

  function acknowledgeDialog (result, job) {
    const { decision, settings } = result
    const tick = h('input', { type: 'checkbox', id: 'tiergate-confirm' })
    const reason = settings.require_justification
      ? h('textarea', { id: 'tiergate-justification', 'aria-label': 'Why this needs to be sent', placeholder: 'Why does this need to go to Claude?' })
      : null
    const confirm = h('button', { class: 'primary', disabled: true }, job.file ? 'Attach' : 'Send')
    const valid = () => tick.checked && (!reason || reason.value.trim().length >= 3)
    const update = () => { confirm.disabled = !valid() }
    tick.addEventListener('change', update)
    reason?.addEventListener('input', update)
    const body = [
      h('p', {}, decision.message),
      reasons(decision),
      excerpts(result.excerpts),
      documentParts(result.document),
      h('label', { for: 'tiergate-confirm' }, tick, `I have checked this content and it may go to ${result.destinationName}.`),
      reason ? h('label', { for: 'tiergate-justification' }, 'Justification (recorded with sensitive data removed)') : null,
      reason,
      escalation(decision)
    ]
    const cancel = h('button', {}, 'Cancel')
    const close = dialog('acknowledge', `Confirm before sending to ${result.destinationName}`, decision.tier, body, [cancel, confirm], () => job.cancel?.())
    cancel.addEventListener('click', () => { close(); job.cancel?.() })
    confirm.addEventListener('click', async () => {
      if (!valid()) return
      close()
      await ask({ type: 'acknowledge', decisionId: result.decisionId, justification: reason?.value ?? null })
      if (job.editor) lastAllowed = { text: readText(job.editor), path: location.pathname }
      job.send()
    })
  }

  const failOpenText = (result) =>
    `tiergate could not check this (${result.error.message}). Your organisation's policy lets it through unchecked.`

  function showError (result, send) {
    if (result.onError === 'allow' && send) {
      toast(failOpenText(result), 'warn')
      return send()
    }
    const body = [
      h('p', {}, 'tiergate could not check this text, and your organisation\'s policy blocks sending until it can.'),
      h('p', { class: 'meta' }, `Reason: ${result.error.message} (${result.error.code}).`),
      h('p', { class: 'meta' }, 'Reload the page or restart the browser; if it persists, contact your IT or data-protection team.')
    ]
    let close
    const ok = h('button', { class: 'primary', onclick: () => close() }, 'OK')
    close = dialog('error', 'Not sent: tiergate is unavailable', null, body, [ok])
  }

  // Capture on window: these run before any listener the page adds.
  window.addEventListener('keydown', onKeydown, true)
  window.addEventListener('click', onClick, true)
  window.addEventListener('submit', onSubmit, true)
  window.addEventListener('change', onChange, true)
  window.addEventListener('drop', onDrop, true)
  window.addEventListener('paste', onPaste, true)
  window.addEventListener('input', onInput, true)
})()
