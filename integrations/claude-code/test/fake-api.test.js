'use strict';
// The fake Messages API on its own (no Claude Code needed): scripted replies, streaming and not.
const { test } = require('node:test');
const assert = require('node:assert/strict');
const fakeApi = require('./fake-api');

function post(url, body) {
  return fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

function parseSse(text) {
  return text
    .split('\n\n')
    .filter((chunk) => chunk.trim())
    .map((chunk) => {
      const event = /^event: (.*)$/m.exec(chunk)[1];
      const data = JSON.parse(/^data: (.*)$/m.exec(chunk)[1]);
      assert.equal(data.type, event);
      return data;
    });
}

test('scripted replies, non-streaming, then the fallback text', async () => {
  const api = await fakeApi.start({
    replies: [{ text: 'first' }, { toolUse: { name: 'Read', input: { file_path: '/x/README.txt' } } }],
  });
  try {
    const a = await (await post(`${api.url}/v1/messages`, { model: 'm', messages: [{ role: 'user', content: 'hello-1' }] })).json();
    assert.equal(a.stop_reason, 'end_turn');
    assert.deepEqual(a.content, [{ type: 'text', text: 'first' }]);
    const b = await (await post(`${api.url}/v1/messages?beta=true`, { model: 'm', messages: [] })).json();
    assert.equal(b.stop_reason, 'tool_use');
    assert.equal(b.content[0].type, 'tool_use');
    assert.match(b.content[0].id, /^toolu_/);
    assert.deepEqual(b.content[0].input, { file_path: '/x/README.txt' });
    const c = await (await post(`${api.url}/v1/messages`, { model: 'm', messages: [] })).json();
    assert.equal(c.content[0].type, 'text');
    assert.equal(api.requests.length, 3);
    assert.ok(fakeApi.allText(api.requests).includes('hello-1'));
    assert.equal(fakeApi.messageRequests(api.requests).length, 3);
  } finally {
    await api.close();
  }
});

test('streaming: a tool_use arrives as input_json_delta pieces that rebuild the input', async () => {
  const input = { file_path: '/project/id_rsa' };
  const api = await fakeApi.start({ replies: [{ toolUse: { name: 'Read', input } }, { text: 'streamed text' }] });
  try {
    const r1 = await post(`${api.url}/v1/messages?beta=true`, { model: 'm', stream: true, messages: [] });
    assert.match(r1.headers.get('content-type'), /text\/event-stream/);
    const ev1 = parseSse(await r1.text());
    assert.deepEqual(
      [...new Set(ev1.map((e) => e.type))],
      ['message_start', 'content_block_start', 'content_block_delta', 'content_block_stop', 'message_delta', 'message_stop'],
    );
    assert.equal(ev1.find((e) => e.type === 'content_block_start').content_block.type, 'tool_use');
    const json = ev1.filter((e) => e.type === 'content_block_delta').map((e) => e.delta.partial_json).join('');
    assert.deepEqual(JSON.parse(json), input);
    assert.equal(ev1.find((e) => e.type === 'message_delta').delta.stop_reason, 'tool_use');

    const ev2 = parseSse(await (await post(`${api.url}/v1/messages`, { model: 'm', stream: true, messages: [] })).text());
    assert.equal(ev2.find((e) => e.type === 'content_block_delta').delta.text, 'streamed text');
    assert.equal(ev2.find((e) => e.type === 'message_delta').delta.stop_reason, 'end_turn');
  } finally {
    await api.close();
  }
});

test('other calls get an answer: count_tokens, HEAD, GET, unknown paths', async () => {
  const api = await fakeApi.start();
  try {
    const t = await (await post(`${api.url}/v1/messages/count_tokens`, { messages: [] })).json();
    assert.ok(t.input_tokens > 0);
    assert.equal((await fetch(api.url, { method: 'HEAD' })).status, 200);
    assert.equal((await fetch(`${api.url}/v1/models`)).status, 200);
    const unknown = await fetch(`${api.url}/v1/nothing`);
    assert.equal(unknown.status, 404);
    assert.equal((await unknown.json()).type, 'error');
    assert.equal(api.requests.length, 4);
  } finally {
    await api.close();
  }
});
