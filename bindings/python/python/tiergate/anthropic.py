"""Guard an Anthropic client so a request the policy does not allow never leaves the machine.

>>> import anthropic, tiergate.anthropic                     # doctest: +SKIP
>>> client = tiergate.anthropic.guard(anthropic.Anthropic(), destination="claude-api")  # doctest: +SKIP

``messages.create``, ``messages.stream``, ``messages.parse``,
``messages.count_tokens`` and ``messages.batches.create`` (and the same under
``client.beta``) then check every part of the request before it is sent — the
system prompt, every message block (tool inputs at any depth, tool results,
documents), tools and their schemas, metadata, every request of a batch; the
core walks the request, as in every runtime:

* allow / warn: the request is sent unchanged;
* acknowledge (also, by default, for an image, a PDF or an uploaded file,
  which tiergate cannot read): ``on_acknowledge(decision)`` decides; without
  it, or when it returns false, :class:`tiergate.PolicyViolation` is raised;
* redact (the policy's action), or any other action with ``mode="redact"`` when
  redaction helps: the texts are sent with placeholders (``[EMAIL_1]``) and the
  reply comes back with the original values — text, tool inputs, and streamed
  deltas (a placeholder split across two deltas is held back until complete);
* block: :class:`tiergate.PolicyViolation`, carrying the decision.
"""

import functools
import inspect
import json
from typing import Any, Callable, Dict, Optional, Tuple

from ._tiergate import AuditLog, Decision, Engine, RedactedBatch
from .errors import PolicyViolation

__all__ = ["guard", "prepare"]

Acknowledge = Callable[[Decision], Any]

# Options of the SDK's calls that are not part of the request's body.
_REQUEST_OPTIONS = ("extra_headers", "extra_query", "timeout")


def _jsonable(value: Any) -> Any:
    """SDK models (e.g. blocks of an earlier reply) as plain dicts; SDK
    sentinels (``NOT_GIVEN``, ``omit``) as None."""
    dump = getattr(value, "model_dump", None)
    return dump(exclude_none=True) if callable(dump) else None


def prepare(
    engine: Engine,
    kwargs: Dict[str, Any],
    destination: str,
    mode: str = "block",
    on_acknowledge: Optional[Acknowledge] = None,
    audit: Optional[AuditLog] = None,
) -> Tuple[Dict[str, Any], Optional[RedactedBatch], Decision]:
    """Checks a request: returns the keyword arguments to send (possibly
    redacted), the redaction batch (or None) and the decision; raises
    :class:`PolicyViolation` when it must not be sent. With ``audit``, the
    decision (and an acknowledgement) is recorded first."""
    body = {key: value for key, value in kwargs.items() if key not in _REQUEST_OPTIONS}
    body = json.loads(json.dumps(body, default=_jsonable))
    outcome, decision, batch, redacted, decided = engine.guard_payload(body, destination, mode)
    decision_id = audit.record(engine, decided, decision) if audit is not None else None
    # The core returns the members whose texts it redacted; request options
    # and everything else stay as the caller had them.
    sent = {**kwargs, **redacted} if redacted is not None else kwargs
    if outcome in ("send", "send_redacted"):
        return sent, batch, decision
    if outcome == "acknowledge" and on_acknowledge is not None and on_acknowledge(decision):
        if audit is not None and decision_id is not None:
            audit.acknowledge(engine, decision_id)
        return sent, batch, decision
    raise PolicyViolation(decision)


def _restore_block(block: Any, batch: RedactedBatch) -> Any:
    """Puts the original values back into one content block (text, thinking, tool input)."""
    for field in ("text", "thinking"):
        if isinstance(getattr(block, field, None), str):
            setattr(block, field, batch.restore(getattr(block, field)))
    if isinstance(getattr(block, "input", None), dict):
        block.input = batch.restore_value(block.input)
    return block


def _restore(response: Any, batch: Optional[RedactedBatch]) -> Any:
    """Puts the original values back into a reply: a Message, or a raw event stream."""
    if batch is None:
        return response
    if hasattr(response, "_iterator"):
        _restore_stream(response, batch)
        return response
    for block in getattr(response, "content", None) or []:
        _restore_block(block, batch)
    return response


_DELTA_FIELDS = {"text_delta": "text", "thinking_delta": "thinking", "input_json_delta": "partial_json"}


class _Holds:
    """Per content block, the restorer of its deltas and the last delta event
    (to carry what is held back when the block ends)."""

    def __init__(self, batch: RedactedBatch) -> None:
        self._batch = batch
        self._blocks: Dict[int, Any] = {}

    def delta(self, event: Any) -> Any:
        """The delta event restored, or None while a placeholder is held back;
        events without text pass unchanged."""
        delta: Any = getattr(event, "delta", None)
        field = _DELTA_FIELDS.get(str(getattr(delta, "type", "")))
        if field is None:
            return event
        index = event.index
        if index not in self._blocks:
            json_text = field == "partial_json"
            restorer = self._batch.json_stream_restorer() if json_text else self._batch.stream_restorer()
            self._blocks[index] = [restorer, field, event]
        held = self._blocks[index]
        held[2] = event
        text = held[0].push(getattr(delta, field))
        return event.model_copy(update={"delta": delta.model_copy(update={field: text})}) if text else None

    def flush(self, index: int) -> Any:
        """A delta event with what was held back for block ``index``, or None."""
        held = self._blocks.pop(index, None)
        if held is None:
            return None
        restorer, field, last = held
        rest = restorer.flush()
        return last.model_copy(update={"delta": last.delta.model_copy(update={field: rest})}) if rest else None

    def events(self, event: Any) -> list:
        """What to yield for one raw event."""
        kind = getattr(event, "type", None)
        if kind == "content_block_delta":
            restored = self.delta(event)
            return [restored] if restored is not None else []
        if kind == "content_block_stop":
            rest = self.flush(event.index)
            return [rest, event] if rest is not None else [event]
        if kind == "content_block_start":
            return [event.model_copy(update={"content_block": _restore_block(event.content_block, self._batch)})]
        return [event]

    def rest(self) -> list:
        return [e for e in (self.flush(i) for i in list(self._blocks)) if e is not None]


def _restore_stream(stream: Any, batch: RedactedBatch) -> None:
    """Restores a (sync or async) raw event stream in place, before anything
    reads it: iterating it, and the SDK's MessageStream built on it (text,
    snapshots, tool inputs, the final message), see original values."""
    raw = stream._iterator
    holds = _Holds(batch)
    if hasattr(raw, "__anext__"):

        async def agen() -> Any:
            async for event in raw:
                for out in holds.events(event):
                    yield out
            for out in holds.rest():
                yield out

        stream._iterator = agen()
        return

    def gen() -> Any:
        for event in raw:
            yield from holds.events(event)
        yield from holds.rest()

    stream._iterator = gen()


def _then(result: Any, finish: Callable[[Any], Any]) -> Any:
    """Applies ``finish`` to a result, or to the awaited result of a coroutine
    (the async client returns awaitables from the same methods)."""
    if inspect.isawaitable(result):

        async def later() -> Any:
            return finish(await result)

        return later()
    return finish(result)


class _RestoringManager:
    """Wraps a (sync or async) MessageStreamManager: the raw events under the
    MessageStream are restored before the stream reads them."""

    def __init__(self, manager: Any, batch: RedactedBatch) -> None:
        self._manager = manager
        self._batch = batch

    def __enter__(self) -> Any:
        stream = self._manager.__enter__()
        _restore_stream(stream._raw_stream, self._batch)
        return stream

    def __exit__(self, *exc: Any) -> Any:
        return self._manager.__exit__(*exc)

    async def __aenter__(self) -> Any:
        stream = await self._manager.__aenter__()
        _restore_stream(stream._raw_stream, self._batch)
        return stream

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._manager.__aexit__(*exc)


# The calls that send a request to Claude, by resource; `stream` returns a manager.
_CALLS = ("create", "parse", "count_tokens", "stream")


def guard(
    client: Any,
    destination: str = "claude-api",
    mode: str = "block",
    on_acknowledge: Optional[Acknowledge] = None,
    engine: Optional[Engine] = None,
    audit: Optional[AuditLog] = None,
) -> Any:
    """Wraps the calls of an ``anthropic.Anthropic`` or ``anthropic.AsyncAnthropic``
    client that send a request to Claude — ``messages.create``, ``stream``,
    ``parse``, ``count_tokens``, ``messages.batches.create``, and the same
    under ``client.beta`` — in place, and returns the client. ``mode`` is
    ``"block"`` or ``"redact"``. With ``audit`` (a :class:`tiergate.AuditLog`),
    every decision is recorded."""
    engine = engine if engine is not None else Engine()
    engine.guard([], destination, mode)  # an unknown destination or mode fails here, not on first use

    def checked(call: Callable[..., Any], restore: bool) -> Callable[..., Any]:
        @functools.wraps(call)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            sent, batch, _ = prepare(engine, kwargs, destination, mode, on_acknowledge, audit)
            return _then(call(*args, **sent), lambda reply: _restore(reply, batch) if restore else reply)

        return guarded

    def checked_stream(call: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(call)
        def guarded(*args: Any, **kwargs: Any) -> Any:
            sent, batch, _ = prepare(engine, kwargs, destination, mode, on_acknowledge, audit)
            manager = call(*args, **sent)
            return manager if batch is None else _RestoringManager(manager, batch)

        return guarded

    beta = getattr(client, "beta", None)
    for messages in (client.messages, getattr(beta, "messages", None)):
        if messages is None:
            continue
        for name in _CALLS:
            call = getattr(messages, name, None)
            if call is None:
                continue
            wrapped = checked_stream(call) if name == "stream" else checked(call, restore=name != "count_tokens")
            setattr(messages, name, wrapped)
        batches = getattr(messages, "batches", None)
        if batches is not None and getattr(batches, "create", None) is not None:
            batches.create = checked(batches.create, restore=False)
    return client
