"""Guard an Anthropic client so a prompt the policy does not allow never leaves the machine.

>>> import anthropic, tiergate.anthropic                     # doctest: +SKIP
>>> client = tiergate.anthropic.guard(anthropic.Anthropic(), destination="claude-api")  # doctest: +SKIP

``messages.create`` and ``messages.stream`` then check every text block of the
request (the system prompt, message text, tool results, plain-text documents;
the core walks the request, as in every runtime) before it is sent:

* allow / warn: the request is sent unchanged;
* acknowledge: ``on_acknowledge(decision)`` decides; without it, or when it
  returns false, :class:`tiergate.PolicyViolation` is raised;
* redact (the policy's action), or any other action with ``mode="redact"`` when
  redaction helps: the texts are sent with placeholders (``[EMAIL_1]``) and the
  placeholders in the reply's text blocks are replaced by the original values;
* block: :class:`tiergate.PolicyViolation`, carrying the decision.

Streams are checked and redacted the same way, and in redact mode their
``text_stream``, ``get_final_text()`` and ``get_final_message()`` give the
restored text (a placeholder split across two deltas is held back until it is
complete).
"""

import functools
import inspect
import json
from typing import Any, Callable, Dict, Optional, Tuple

from ._tiergate import AuditLog, Decision, Engine, RedactedBatch
from .errors import PolicyViolation

__all__ = ["guard", "prepare"]

Acknowledge = Callable[[Decision], Any]


def _jsonable(value: Any) -> Any:
    """SDK models (e.g. blocks of an earlier reply) as plain dicts; values that
    are not part of a request body (a timeout object) as None."""
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
    """Checks a Messages request: returns the request to send (possibly
    redacted), the redaction batch (or None) and the decision; raises
    :class:`PolicyViolation` when it must not be sent. With ``audit``, the
    decision (and an acknowledgement) is recorded first."""
    body = json.loads(json.dumps(kwargs, default=_jsonable))
    outcome, decision, batch, redacted, decided = engine.guard_payload(body, "request", destination, mode)
    decision_id = audit.record(engine, decided, decision) if audit is not None else None
    if outcome == "send":
        return kwargs, None, decision
    if outcome == "send_redacted" and batch is not None and redacted is not None:
        # The core returns the members whose texts it redacted; request options
        # (timeout, extra_headers) and everything else stay as the caller had them.
        return {**kwargs, **redacted}, batch, decision
    if outcome == "acknowledge" and on_acknowledge is not None and on_acknowledge(decision):
        if audit is not None and decision_id is not None:
            audit.acknowledge(engine, decision_id)
        return kwargs, None, decision
    raise PolicyViolation(decision)


def _restore(response: Any, batch: Optional[RedactedBatch]) -> Any:
    """Puts the original values back into the text blocks of a reply."""
    if batch is None:
        return response
    for block in getattr(response, "content", None) or []:
        if getattr(block, "type", None) == "text" and isinstance(getattr(block, "text", None), str):
            block.text = batch.restore(block.text)
    return response


def _then(result: Any, finish: Callable[[Any], Any]) -> Any:
    """Applies ``finish`` to a result, or to the awaited result of a coroutine
    (the async client returns awaitables from the same methods)."""
    if inspect.isawaitable(result):

        async def later() -> Any:
            return finish(await result)

        return later()
    return finish(result)


def _restore_chunks(chunks: Any, batch: RedactedBatch) -> Any:
    """The restored text of a (sync or async) stream of text chunks; a
    placeholder cut across two chunks is held back until it is complete."""
    hold = batch.stream_restorer()
    if hasattr(chunks, "__aiter__"):

        async def agen() -> Any:
            async for chunk in chunks:
                if out := hold.push(chunk):
                    yield out
            if out := hold.flush():
                yield out

        return agen()

    def gen() -> Any:
        for chunk in chunks:
            if out := hold.push(chunk):
                yield out
        if out := hold.flush():
            yield out

    return gen()


class _RestoringStream:
    """A MessageStream whose text comes back with the original values."""

    def __init__(self, stream: Any, batch: RedactedBatch) -> None:
        self._stream = stream
        self._batch = batch

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)

    @property
    def text_stream(self) -> Any:
        return _restore_chunks(self._stream.text_stream, self._batch)

    def get_final_message(self) -> Any:
        return _then(self._stream.get_final_message(), lambda m: _restore(m, self._batch))

    def get_final_text(self) -> Any:
        return _then(self._stream.get_final_text(), self._batch.restore)


class _RestoringManager:
    """Wraps a (sync or async) MessageStreamManager."""

    def __init__(self, manager: Any, batch: RedactedBatch) -> None:
        self._manager = manager
        self._batch = batch

    def __enter__(self) -> _RestoringStream:
        return _RestoringStream(self._manager.__enter__(), self._batch)

    def __exit__(self, *exc: Any) -> Any:
        return self._manager.__exit__(*exc)

    async def __aenter__(self) -> _RestoringStream:
        return _RestoringStream(await self._manager.__aenter__(), self._batch)

    async def __aexit__(self, *exc: Any) -> Any:
        return await self._manager.__aexit__(*exc)


def guard(
    client: Any,
    destination: str = "claude-api",
    mode: str = "block",
    on_acknowledge: Optional[Acknowledge] = None,
    engine: Optional[Engine] = None,
    audit: Optional[AuditLog] = None,
) -> Any:
    """Wraps ``client.messages.create`` and ``client.messages.stream`` of an
    ``anthropic.Anthropic`` or ``anthropic.AsyncAnthropic`` client in place and
    returns the client. ``mode`` is ``"block"`` or ``"redact"``. With
    ``audit`` (a :class:`tiergate.AuditLog`), every decision is recorded."""
    engine = engine if engine is not None else Engine()
    engine.guard([], destination, mode)  # an unknown destination or mode fails here, not on first use
    messages = client.messages
    create = messages.create
    stream = getattr(messages, "stream", None)

    @functools.wraps(create)
    def guarded_create(*args: Any, **kwargs: Any) -> Any:
        sent, batch, _ = prepare(engine, kwargs, destination, mode, on_acknowledge, audit)
        return _then(create(*args, **sent), lambda response: _restore(response, batch))

    messages.create = guarded_create

    if stream is not None:

        @functools.wraps(stream)
        def guarded_stream(*args: Any, **kwargs: Any) -> Any:
            sent, batch, _ = prepare(engine, kwargs, destination, mode, on_acknowledge, audit)
            manager = stream(*args, **sent)
            return manager if batch is None else _RestoringManager(manager, batch)

        messages.stream = guarded_stream
    return client
