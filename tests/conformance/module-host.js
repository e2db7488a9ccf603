'use strict'
// A host for the plain-ABI policy module (docs/abi.md) on the WebAssembly API
// of JavaScript engines: what a host in any language does, in ~60 lines.

const encoder = new TextEncoder()
const decoder = new TextDecoder('utf-8', { fatal: true })

class ModuleError extends Error {
  constructor (error) {
    super(error.message)
    this.name = 'TiergateError'
    Object.assign(this, error) // code, and line/column/path when known
  }
}

class PolicyModuleHost {
  /** Instantiates `bytes` (no imports) and compiles a policy: `policy`, else the baked-in one, else the built-in. */
  constructor (bytes, policy) {
    const module = new WebAssembly.Module(bytes)
    if (WebAssembly.Module.imports(module).length > 0) throw new Error('a tiergate policy module has no imports')
    this.exports = new WebAssembly.Instance(module, {}).exports
    if (this.exports.tg_abi_version() !== 1) throw new Error('unsupported ABI version')
    const baked = WebAssembly.Module.customSections(module, 'tiergate.policy')
    const source = policy ?? (baked.length ? decoder.decode(baked[0]) : '')
    this.handle = this.call((...a) => this.exports.tg_engine_new(...a), [source], true)
  }

  /** Copies the inputs (strings or bytes) in, calls `f` with their (ptr, len) pairs, frees them, returns the JSON result. */
  call (f, inputs, returnsHandle = false) {
    const placed = inputs.map((s) => {
      const bytes = s instanceof Uint8Array ? s : encoder.encode(s)
      const ptr = this.exports.tg_alloc(bytes.length)
      new Uint8Array(this.exports.memory.buffer, ptr, bytes.length).set(bytes)
      return [ptr, bytes.length]
    })
    try {
      const status = f(...placed.flat())
      if (returnsHandle && status !== 0) return status
      const result = JSON.parse(this.result())
      if (returnsHandle || status === 1) throw new ModuleError(result)
      if (status !== 0) throw new Error(`the module returned status ${status}`)
      return result
    } finally {
      for (const [ptr, len] of placed) this.exports.tg_free(ptr, len)
    }
  }

  result () {
    const { tg_result_ptr: ptr, tg_result_len: len, memory } = this.exports
    return decoder.decode(new Uint8Array(memory.buffer, ptr(), len()).slice())
  }

  classify (text) { return this.call((...a) => this.exports.tg_classify(this.handle, ...a), [text]) }
  decide (report, destination) { return this.call((...a) => this.exports.tg_decide(this.handle, ...a), [JSON.stringify(report), destination]) }
  check (text, destination) { return this.call((...a) => this.exports.tg_check(this.handle, ...a), [text, destination]) }
  redact (text) { return this.call((...a) => this.exports.tg_redact(this.handle, ...a), [text]) }
  // Documents: bytes in; each part's findings index its `text` in UTF-8 bytes.
  classifyDocument (bytes, name = '') { return this.call((...a) => this.exports.tg_classify_document(this.handle, ...a), [bytes, name]) }
  decideDocument (report, destination) { return this.call((...a) => this.exports.tg_decide_document(this.handle, ...a), [JSON.stringify(report), destination]) }
}

module.exports = { PolicyModuleHost }
