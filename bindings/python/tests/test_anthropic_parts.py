"""Every part of a request is checked: a canary in each place a Messages
request (or a batch of them) can carry text is refused in block mode and never
reaches the API; in redact mode it arrives only as a placeholder and the reply
— text, tool input, streamed input_json_delta — comes back with it. The real
``anthropic`` SDK against a local stand-in that records every request."""

import asyncio
import json
import re

import anthropic
import pytest

import tiergate
import tiergate.anthropic
from fake_api import Handler, message, serve, text_events

CANARY = "jane.doe@acme.io"
MODEL = "claude-test"
ECHO = {"extra_headers": {"x-request-note": "echo"}}  # a request option: not checked, not content


class FakeClaude(Handler):
    """Records every request, and answers with every placeholder of it, in a
    text block and in a tool_use block's input (streamed: text and
    input_json_delta in pieces of 4 and 5 characters)."""

    received: list = []

    def do_POST(self):  # noqa: N802 (http.server naming)
        raw = self.read_body()
        body = json.loads(raw)
        FakeClaude.received.append(raw)
        if self.path.startswith("/v1/messages/count_tokens"):
            return self.send_json({"input_tokens": len(raw)})
        if self.path.startswith("/v1/messages/batches"):
            return self.send_json({
                "id": "msgbatch_test", "type": "message_batch", "processing_status": "in_progress",
                "request_counts": {"processing": len(body.get("requests", [])), "succeeded": 0, "errored": 0, "canceled": 0, "expired": 0},
                "ended_at": None, "created_at": "2026-12-01T00:00:00Z", "expires_at": "2026-12-02T00:00:00Z",
                "archived_at": None, "cancel_initiated_at": None, "results_url": None,
            })
        found = sorted(set(re.findall(r"\[[A-Z][A-Z0-9_]*_\d+\]", raw)))
        text = "Echo: " + " ".join(found)
        tool = {"type": "tool_use", "id": "toolu_test", "name": "lookup", "input": {"found": found}}
        if not body.get("stream"):
            return self.send_json(message(MODEL, [{"type": "text", "text": text}, tool]))
        partial = json.dumps(tool["input"])
        blocks = text_events(0, text, 4) + [("content_block_start", {"index": 1, "content_block": {**tool, "input": {}}})]
        blocks += [("content_block_delta", {"index": 1, "delta": {"type": "input_json_delta", "partial_json": partial[i:i + 5]}})
                   for i in range(0, len(partial), 5)]
        self.send_events(MODEL, blocks + [("content_block_stop", {"index": 1})], "tool_use")


@pytest.fixture(scope="module")
def base_url():
    yield from serve(FakeClaude)


@pytest.fixture(autouse=True)
def clear():
    FakeClaude.received.clear()


def client(base_url, cls=anthropic.Anthropic, **kw):
    return tiergate.anthropic.guard(cls(api_key="test-key", base_url=base_url, max_retries=0), destination="claude-api", **kw)


def user(content):
    return [{"role": "user", "content": content}]


def base(**extra):
    return {"model": MODEL, "max_tokens": 64, "messages": user("hello"), **extra}


def tool(**extra):
    return {"name": "lookup", "description": "Looks a customer up", "input_schema": {"type": "object", "properties": {"q": {"type": "string"}}}, **extra}


PARTS = {
    "system (string)": base(system=f"Reply to {CANARY}"),
    "system (text blocks)": base(system=[{"type": "text", "text": f"Reply to {CANARY}"}]),
    "message string": base(messages=user(f"mail {CANARY}")),
    "text block": base(messages=user([{"type": "text", "text": f"mail {CANARY}"}])),
    "tool_use input, nested": base(messages=[
        {"role": "user", "content": "find her"},
        {"role": "assistant", "content": [{"type": "tool_use", "id": "toolu_1", "name": "lookup", "input": {"filter": {"any": [{"email": CANARY}]}}}]},
        {"role": "user", "content": [{"type": "tool_result", "tool_use_id": "toolu_1", "content": "none"}]},
    ]),
    "tool_result content, nested blocks": base(messages=user([{"type": "tool_result", "tool_use_id": "toolu_1", "content": [{"type": "text", "text": f"owner: {CANARY}"}]}])),
    "document with a text source": base(messages=user([{"type": "document", "source": {"type": "text", "media_type": "text/plain", "data": f"Contact {CANARY}"}}])),
    "document with a content source": base(messages=user([{"type": "document", "source": {"type": "content", "content": [{"type": "text", "text": f"Contact {CANARY}"}]}}])),
    "search result": base(messages=user([{"type": "search_result", "source": "https://wiki.example/p", "title": "p", "content": [{"type": "text", "text": f"Owner {CANARY}"}]}])),
    "a block type the API adds tomorrow": base(messages=user([{"type": "hologram", "payload": {"deep": [CANARY]}}])),
    "tool description": base(tools=[tool(description=f"Mail {CANARY} on failure")]),
    "tool input schema enum": base(tools=[tool(input_schema={"type": "object", "properties": {"q": {"type": "string", "enum": [CANARY]}}})]),
    "metadata": base(metadata={"user_id": CANARY}),
    "stop_sequences": base(stop_sequences=[CANARY]),
    "extra_body": base(extra_body={"future_field": CANARY}),
}


@pytest.mark.parametrize("name", PARTS)
def test_block_mode_refuses_a_canary_in_every_part(base_url, name):
    c = client(base_url)
    params = PARTS[name]
    with pytest.raises(tiergate.PolicyViolation) as e:
        c.messages.create(**params)
    assert e.value.decision.action == "block"
    assert any(r["detector"] == "email" and r["paths"] for r in e.value.decision.reasons)
    assert CANARY not in e.value.decision.to_json()
    for call in (c.messages.count_tokens, c.beta.messages.create):
        with pytest.raises(tiergate.PolicyViolation):
            call(**params)
    with pytest.raises(tiergate.PolicyViolation):
        with c.messages.stream(**params):
            pass
    assert FakeClaude.received == []


@pytest.mark.parametrize("name", PARTS)
def test_redact_mode_sends_a_placeholder_and_restores_the_reply(base_url, name):
    c = client(base_url, mode="redact")
    reply = c.messages.create(**PARTS[name], **ECHO)
    assert len(FakeClaude.received) == 1
    sent = FakeClaude.received[0]
    assert CANARY not in sent and "[EMAIL_1]" in sent
    assert json.loads(sent)["model"] == MODEL
    assert reply.content[0].text == f"Echo: {CANARY}"
    assert reply.content[1].input == {"found": [CANARY]}


def test_batches_are_checked_request_by_request(base_url):
    requests = [{"custom_id": "a", "params": base()}, {"custom_id": "b", "params": base(messages=user(f"mail {CANARY}"))}]
    for batches in (client(base_url).messages.batches, client(base_url).beta.messages.batches):
        with pytest.raises(tiergate.PolicyViolation) as e:
            batches.create(requests=requests)
        assert e.value.decision.reasons[0]["paths"] == ["requests[1].params.messages[0].content"]
    assert FakeClaude.received == []
    batch = client(base_url, mode="redact").messages.batches.create(requests=requests)
    assert batch.id == "msgbatch_test"
    sent = json.loads(FakeClaude.received[0])
    assert sent["requests"][1]["params"]["messages"][0]["content"] == "mail [EMAIL_1]"
    assert CANARY not in FakeClaude.received[0]


def test_streamed_text_and_tool_input_come_back_restored(base_url):
    c = client(base_url, mode="redact")
    params = PARTS["tool_use input, nested"]
    text, partial = "", ""
    for event in c.messages.create(**params, stream=True, **ECHO):
        if event.type == "content_block_delta" and event.delta.type == "text_delta":
            text += event.delta.text
        if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
            partial += event.delta.partial_json
    assert text == f"Echo: {CANARY}"
    assert json.loads(partial) == {"found": [CANARY]}
    with c.messages.stream(**params, **ECHO) as stream:
        chunks = list(stream.text_stream)
        final = stream.get_final_message()
    assert "".join(chunks) == f"Echo: {CANARY}"
    assert final.content[0].text == f"Echo: {CANARY}"
    assert final.content[1].input == {"found": [CANARY]}


def test_async_streams_are_restored_too(base_url):
    async def run():
        c = client(base_url, cls=anthropic.AsyncAnthropic, mode="redact")
        params = PARTS["tool_use input, nested"]
        partial = ""
        async for event in await c.messages.create(**params, stream=True, **ECHO):
            if event.type == "content_block_delta" and event.delta.type == "input_json_delta":
                partial += event.delta.partial_json
        async with c.messages.stream(**params, **ECHO) as stream:
            final = await stream.get_final_message()
        return partial, final

    partial, final = asyncio.run(run())
    assert json.loads(partial) == {"found": [CANARY]}
    assert final.content[1].input == {"found": [CANARY]}


def test_an_image_asks_first_and_names_where_it_is(base_url):
    image = {"type": "image", "source": {"type": "base64", "media_type": "image/png", "data": "iVBORw0KGgo="}}
    params = base(messages=user([{"type": "text", "text": "What is this?"}, image]))
    with pytest.raises(tiergate.PolicyViolation) as e:
        client(base_url).messages.create(**params)
    assert e.value.decision.action == "acknowledge"
    assert e.value.decision.unreadable == [{"path": "messages[0].content[1]", "kind": "image"}]
    assert "messages[0].content[1]" in str(e.value)
    assert FakeClaude.received == []
    asked = []
    client(base_url, on_acknowledge=lambda d: asked.append(d) or True).messages.create(**params)
    assert asked[0].rule == "unreadable-content"
    assert json.loads(FakeClaude.received[0])["messages"][0]["content"][1] == image


def test_redacted_text_that_still_needs_confirmation_goes_redacted(base_url):
    params = base(messages=user(f"INTERNAL USE ONLY: mail {CANARY}"))

    def projects(**kw):
        raw = anthropic.Anthropic(api_key="test-key", base_url=base_url, max_retries=0)
        return tiergate.anthropic.guard(raw, destination="claude-projects", mode="redact", **kw)

    with pytest.raises(tiergate.PolicyViolation) as e:
        projects().messages.create(**params)
    assert e.value.decision.action == "acknowledge"
    assert FakeClaude.received == [], "nothing sent without confirmation"
    reply = projects(on_acknowledge=lambda d: True).messages.create(**params)
    sent = FakeClaude.received[0]
    assert CANARY not in sent, "the original address never leaves"
    assert "[EMAIL_1]" in json.loads(sent)["messages"][0]["content"]
    assert reply.content[0].text == f"Echo: {CANARY}", "the reply is restored"


def test_request_options_are_not_part_of_the_request(base_url):
    # An API key in a header goes to Anthropic by design; it is not prompt content.
    reply = client(base_url).messages.create(**base(), extra_headers={"x-api-key": "sk-ant-api03-" + "a1B2" * 20}, timeout=30)
    assert reply.content[0].text == "Echo: "
    assert len(FakeClaude.received) == 1
