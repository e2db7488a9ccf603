"""The guard with the real `anthropic` SDK against a local HTTP server."""

import asyncio
import json

import anthropic  # scripts/setup installs it: a missing SDK fails rather than skips
import pytest

import tiergate
import tiergate.anthropic
from fake_api import Handler, message, serve, text_events


class FakeClaude(Handler):
    received: list = []

    def do_POST(self):  # noqa: N802 (http.server naming)
        body = json.loads(self.read_body())
        FakeClaude.received.append(body)
        last = body["messages"][-1]["content"]
        text = last if isinstance(last, str) else " ".join(b.get("text", "") for b in last if isinstance(b, dict))
        if body.get("stream"):
            # The text cut into 5-character deltas: placeholders get split.
            return self.send_events(body["model"], text_events(0, f"echo: {text}", 5))
        self.send_json(message(body["model"], [{"type": "text", "text": f"echo: {text}"}]))


@pytest.fixture(scope="module")
def base_url():
    yield from serve(FakeClaude)


@pytest.fixture(autouse=True)
def clear():
    FakeClaude.received.clear()


def client(base_url, **kw):
    c = anthropic.Anthropic(api_key="test-key", base_url=base_url, max_retries=0)
    return tiergate.anthropic.guard(c, **kw)


def ask(c, content, **kw):
    return c.messages.create(model="claude-test", max_tokens=10, messages=[{"role": "user", "content": content}], **kw)


def test_allowed_prompt_reaches_the_server(base_url):
    reply = ask(client(base_url), "Summarise our public blog post about gardening.")
    assert len(FakeClaude.received) == 1
    assert reply.content[0].text.startswith("echo: Summarise")


def test_blocked_prompt_never_leaves(base_url):
    c = client(base_url, destination="claude-api")
    with pytest.raises(tiergate.PolicyViolation) as e:
        ask(c, "My SSN is 536-90-4399")
    assert e.value.code == "policy_violation"
    assert e.value.decision.action == "block" and e.value.decision.tier == "restricted"
    assert FakeClaude.received == []


def test_every_text_block_is_checked(base_url):
    c = client(base_url)
    with pytest.raises(tiergate.PolicyViolation):
        ask(c, "hello", system="Use key AKIAZ7Q3L5X9M2B4C6D8 for S3.")
    with pytest.raises(tiergate.PolicyViolation):
        ask(
            c,
            [
                {"type": "text", "text": "What did the tool return?"},
                {"type": "tool_result", "tool_use_id": "t1", "content": [{"type": "text", "text": "ssn: 536-90-4399"}]},
            ],
        )
    assert FakeClaude.received == []


def test_redact_mode_sends_placeholders_and_restores_the_reply(base_url):
    c = client(base_url, mode="redact")
    reply = ask(c, [{"type": "text", "text": "Draft a reply to jane.doe@acme.io"}])
    sent = FakeClaude.received[0]["messages"][0]["content"][0]["text"]
    assert sent == "Draft a reply to [EMAIL_1]"
    assert "jane.doe" not in json.dumps(FakeClaude.received)
    assert reply.content[0].text == "echo: Draft a reply to jane.doe@acme.io"


def test_redaction_cannot_remove_a_marking(base_url):
    c = client(base_url, mode="redact")
    with pytest.raises(tiergate.PolicyViolation):
        ask(c, "PRIVILEGED & CONFIDENTIAL: our settlement strategy")
    assert FakeClaude.received == []


def test_acknowledgement_callback_decides(base_url):
    seen = []
    yes = client(base_url, destination="claude-projects", on_acknowledge=lambda d: seen.append(d.action) or True)
    ask(yes, "INTERNAL USE ONLY: the team rota")
    assert seen == ["acknowledge"] and len(FakeClaude.received) == 1
    no = client(base_url, destination="claude-projects", on_acknowledge=lambda d: False)
    with pytest.raises(tiergate.PolicyViolation):
        ask(no, "INTERNAL USE ONLY: the team rota")
    assert len(FakeClaude.received) == 1


def test_streams_are_checked_before_the_request(base_url):
    c = client(base_url)
    with pytest.raises(tiergate.PolicyViolation):
        c.messages.stream(model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "SSN 536-90-4399"}])
    assert FakeClaude.received == []


def test_redacted_stream_is_restored(base_url):
    c = client(base_url, mode="redact")
    request = dict(model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "call (415) 867-5309 today"}])
    with c.messages.stream(**request) as stream:
        chunks = list(stream.text_stream)
        final = stream.get_final_text()
    assert FakeClaude.received[0]["messages"][0]["content"] == "call [PHONE_1] today"
    assert "".join(chunks) == "echo: call (415) 867-5309 today"
    assert final == "echo: call (415) 867-5309 today"
    assert len(chunks) > 3, "the text really was streamed in pieces"


def test_async_stream_is_restored(base_url):
    async def main():
        c = tiergate.anthropic.guard(
            anthropic.AsyncAnthropic(api_key="test-key", base_url=base_url, max_retries=0), mode="redact"
        )
        request = dict(model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "mail jane.doe@acme.io"}])
        async with c.messages.stream(**request) as stream:
            chunks = [chunk async for chunk in stream.text_stream]
            message = await stream.get_final_message()
        return chunks, message

    chunks, message = asyncio.run(main())
    assert FakeClaude.received[0]["messages"][0]["content"] == "mail [EMAIL_1]"
    assert "".join(chunks) == "echo: mail jane.doe@acme.io"
    assert message.content[0].text == "echo: mail jane.doe@acme.io"


def test_unknown_destination_fails_at_guard_time(base_url):
    with pytest.raises(tiergate.UnknownDestinationError):
        client(base_url, destination="chatgpt")
    with pytest.raises(tiergate.InvalidArgumentError):
        client(base_url, mode="maybe")


def test_async_client(base_url):
    async def main():
        c = tiergate.anthropic.guard(
            anthropic.AsyncAnthropic(api_key="test-key", base_url=base_url, max_retries=0), mode="redact"
        )
        reply = await c.messages.create(
            model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "call (415) 867-5309"}]
        )
        with pytest.raises(tiergate.PolicyViolation):
            await c.messages.create(
                model="claude-test", max_tokens=10, messages=[{"role": "user", "content": "SSN 536-90-4399 of TOP SECRET//NOFORN"}]
            )
        return reply

    reply = asyncio.run(main())
    assert FakeClaude.received[0]["messages"][0]["content"] == "call [PHONE_1]"
    assert reply.content[0].text == "echo: call (415) 867-5309"
    assert len(FakeClaude.received) == 1


def test_guard_records_every_decision_without_the_text(base_url, tmp_path):
    log = tiergate.AuditLog(tmp_path / "audit.jsonl", actor="u-9", fingerprint_key=b"org key")
    engine = tiergate.Engine()
    yes = client(base_url, destination="claude-projects", engine=engine, audit=log, on_acknowledge=lambda d: True)
    ask(yes, "INTERNAL USE ONLY: the team rota")
    with pytest.raises(tiergate.PolicyViolation):
        ask(client(base_url, destination="claude-api", engine=engine, audit=log), "My SSN is 536-90-4399")
    records = [json.loads(line) for line in (tmp_path / "audit.jsonl").read_text().splitlines()]
    assert [r["type"] for r in records] == ["decision", "acknowledgement", "decision"]
    assert records[0]["action"] == "acknowledge" and records[0]["surface"] == "python"
    assert records[1]["decision_id"] == records[0]["decision_id"]
    assert records[2]["action"] == "block" and records[2]["detectors"] == {"us_ssn": 1}
    assert all(r["actor"] == "u-9" for r in records)
    raw = (tmp_path / "audit.jsonl").read_text()
    assert "536-90" not in raw and "rota" not in raw
    assert tiergate.verify_audit_log(tmp_path / "audit.jsonl") == {
        "records": 3,
        "intact": True,
        "problem": None,
        "torn_at": None,
        "files": 1,
        "first": 0,
    }


def test_hold_back_waits_for_a_split_placeholder_but_not_for_any_bracket():
    batch = tiergate.Engine().redact_many(["mail jane.doe@acme.io"])
    hold = batch.stream_restorer()
    assert hold.push("Wrote to [EMA") == "Wrote to "
    assert hold.push("IL_1] today") == "jane.doe@acme.io today"
    # An unclosed bracket with a long text after it is prose, not a placeholder: it flows on.
    long = "[" + "x" * 80
    assert hold.push(long) == long
    assert hold.push(" [EMAIL_") == " "
    assert hold.flush() == "[EMAIL_"
