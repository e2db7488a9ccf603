'use strict'
// The text blocks of a Claude Messages request, and the same request with
// those texts replaced. Shared by the Anthropic guard and the Express middleware.

/**
 * Visits every text of a Messages request in order: the system prompt (string
 * or text blocks), message contents (strings, text blocks, tool results,
 * plain-text documents). With `replace`, returns a copy of `value` where the
 * i-th text is `replace[i]`; objects on the way are copied, never mutated.
 */
function visitContent(value, texts, replace) {
  if (typeof value === 'string') {
    texts.push(value)
    return replace ? replace[texts.length - 1] : value
  }
  if (Array.isArray(value)) {
    const out = value.map((v) => visitContent(v, texts, replace))
    return replace ? out : value
  }
  if (value === null || typeof value !== 'object') return value
  const copy = replace ? { ...value } : value
  if (value.type === 'text' && typeof value.text === 'string') {
    copy.text = visitContent(value.text, texts, replace)
  } else if (value.type === 'tool_result' && value.content !== undefined) {
    copy.content = visitContent(value.content, texts, replace)
  } else if (value.type === 'document' && value.source && typeof value.source === 'object') {
    const source = replace ? { ...value.source } : value.source
    if (source.type === 'text' && typeof source.data === 'string') {
      source.data = visitContent(source.data, texts, replace)
    } else if (source.type === 'content') {
      source.content = visitContent(source.content, texts, replace)
    }
    copy.source = source
  }
  return copy
}

/** The texts of a Messages request (`{ system, messages }`), in order. */
function requestTexts(params) {
  const texts = []
  visitRequest(params, texts)
  return texts
}

/** A copy of the request with its texts replaced, in the order `requestTexts` gives them. */
function replaceRequestTexts(params, replace) {
  return visitRequest(params, [], replace)
}

function visitRequest(params, texts, replace) {
  if (params === null || typeof params !== 'object') return params
  const out = replace ? { ...params } : params
  if (params.system !== undefined) out.system = visitContent(params.system, texts, replace)
  if (Array.isArray(params.messages)) {
    const messages = params.messages.map((m) => {
      if (m === null || typeof m !== 'object' || m.content === undefined) return m
      const content = visitContent(m.content, texts, replace)
      return replace ? { ...m, content } : m
    })
    if (replace) out.messages = messages
  }
  return out
}

module.exports = { requestTexts, replaceRequestTexts, visitContent }
