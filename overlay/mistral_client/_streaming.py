"""Chat streams: server-sent events in, CompletionEvent out, the connection always released.

Text is parsed into events by the pure `EventDecoder` (WHATWG rules: CR/LF/CRLF, comments,
`event:`, multi-line `data`; httpx decodes UTF-8 split across reads). What an event means is
decided by the pure `decode_event_data`; `ChatStream` and `AsyncChatStream` are thin shells that own
the response.
"""

from __future__ import annotations

import json
from collections.abc import AsyncGenerator, Callable, Generator
from types import TracebackType
from typing import TYPE_CHECKING, Any, Generic, Self, TypeVar

import httpx

from _mistral_api.types import UNSET, evolve, optional_fields
from _mistral_api.types import Unset as _Unset

from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MistralError,
    ResponseValidationError,
    StreamError,
    StreamInterruptedError,
    StreamTimeoutError,
)
from ._http import Call, asend, reason, send
from ._resources import chat_types

if TYPE_CHECKING:
    from httpx_sse import ServerSentEvent

    from _mistral_api.models import CompletionChunk

    from ._resources import ChatCompletionResponse, CompletionEvent

__all__ = ["AsyncChatStream", "AsyncEventStream", "ChatStream", "EventStream"]

_DONE = "[DONE]"
_CHUNK = "CompletionChunk"
T = TypeVar("T")

#: One dispatched event: (event type, data, last event id, retry).
Event = tuple[str, str, str, int | None]


class EventDecoder:
    """The WHATWG event-stream parser: text in, dispatched events out. Pure, no I/O.

    Hand-written instead of httpx-sse's line and event decoders, for speed: those took 2.0 µs
    per event (two method calls per line and a ServerSentEvent object per event), about half
    the whole raw httpx + json.loads baseline of bench/run.py; this takes 0.7 µs
    (BENCHMARKS.md, round 2). The
    rules are those of https://html.spec.whatwg.org/multipage/server-sent-events.html: lines end
    at CRLF, LF or CR (when a read ends with CR, a LF starting the next read is its pair); a
    leading BOM is dropped; lines starting with `:` are comments; `data` lines are
    joined with LF; a blank line dispatches the event if it has data; `id` (without NUL)
    persists across events; `retry` is kept when it is all digits; other fields are ignored;
    an event not ended by a blank line when the stream ends is dropped.
    """

    __slots__ = ("_data", "_id", "_kind", "_pending", "_retry", "_skip_lf", "_started")

    def __init__(self) -> None:
        self._pending: list[str] = []  # text after the last line end
        self._started = False
        self._skip_lf = False
        self._kind = ""
        self._data: list[str] = []
        self._id = ""
        self._retry: int | None = None

    def feed(self, text: str) -> list[Event]:
        """The events that TEXT, the next piece of the stream, completes."""
        if not text:
            return []
        if self._skip_lf:  # the previous piece ended with a CR: a LF here ends no new line
            self._skip_lf = False
            if text[0] == "\n":
                text = text[1:]
        if not self._started:
            self._started = True
            if text[0] == "\ufeff":
                text = text[1:]
        pending = self._pending
        if "\n" not in text and "\r" not in text:
            pending.append(text)
            return []
        if pending:
            text = "".join(pending) + text
            pending.clear()
        if "\r" in text:
            self._skip_lf = text[-1] == "\r"
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        lines = text.split("\n")
        tail = lines.pop()
        if tail:
            pending.append(tail)
        return self._lines(lines)

    def _lines(self, lines: list[str]) -> list[Event]:
        events: list[Event] = []
        data = self._data
        for line in lines:
            if line.startswith("data:"):  # the common line first
                data.append(line[6:] if line[5:6] == " " else line[5:])
            elif not line:
                if data:
                    events.append((self._kind or "message", "\n".join(data), self._id, self._retry))
                    data.clear()
                self._kind = ""
            elif line[0] != ":":
                self._field(line)
        return events

    def _field(self, line: str) -> None:
        name, _, value = line.partition(":")
        if value.startswith(" "):
            value = value[1:]
        if name == "event":
            self._kind = value
        elif name == "data":
            self._data.append(value)
        elif name == "id":
            if "\0" not in value:
                self._id = value
        elif name == "retry" and value.isascii() and value.isdigit():
            self._retry = int(value)


def is_event_stream(response: httpx.Response) -> bool:
    content_type: str = response.headers.get("content-type", "")
    return content_type.partition(";")[0].strip() == "text/event-stream"


def not_an_event_stream(response: httpx.Response) -> StreamError:
    """The error for a 2xx stream response that is not `text/event-stream` (body already read)."""
    kind = response.headers.get("content-type", "no content-type")
    return StreamError(
        f"expected a text/event-stream response, got {kind}: {response.text[:200]}",
        response=response,
    )


def decode_event_data(
    event: Event,
    response: httpx.Response,
    decode: Callable[[Any], T],
    fields: tuple[str, ...] = (),
    *,
    what: str = "event",
) -> T | None:
    """DECODE applied to one dispatched event; None for an event without data.

    DECODE gets the event's JSON data or, when FIELDS names SSE fields (`event`, `data`, `id`,
    `retry`), a dict of those (an event model that declares them, such as CompletionEvent).

    Raises:
        StreamError: an error event (`{"object": "error", ...}` or `event: error`).
        ResponseValidationError: data that is not JSON, or that DECODE refuses.
    """
    kind, data = event[0], event[1]
    if not data:
        return None
    try:
        payload = json.loads(data)
    except ValueError as exc:
        if kind == "error":
            raise StreamError(data, response=response, event=_sse(event)) from exc
        raise ResponseValidationError(
            f"stream event data is not JSON: {data[:200]}", response=response, body=data.encode()
        ) from exc
    if kind == "error" or (isinstance(payload, dict) and payload.get("object") == "error"):
        raise _error_event(payload, _sse(event), response)
    if fields:
        present = {"event": kind, "data": payload, "id": event[2] or None, "retry": event[3]}
        payload = {name: present[name] for name in fields if present[name] is not None}
    try:
        return decode(payload)
    except Exception as exc:
        raise ResponseValidationError(
            f"stream event is not a {what}: {type(exc).__name__}: {exc}",
            response=response,
            body=data.encode(),
        ) from exc


class _Done(Exception):
    """`data: [DONE]`: the end of the stream."""


def _items(
    decoder: EventDecoder,
    text: str,
    response: httpx.Response,
    decode: Callable[[Any], T],
    fields: tuple[str, ...],
    what: str,
) -> Generator[T]:
    """The items TEXT completes, each yielded as soon as it is decoded; _Done at `[DONE]`.

    Yielded one by one, so the first event of a large read is not held back by the rest.
    """
    for sse in decoder.feed(text):
        if sse[1] == _DONE:
            raise _Done
        item = decode_event_data(sse, response, decode, fields, what=what)
        if item is not None:
            yield item


def iter_events(
    response: httpx.Response,
    decode: Callable[[Any], T],
    fields: tuple[str, ...] = (),
    what: str = "event",
    *,
    idle_timeout: float | None = None,
    partial: bool = False,
) -> Generator[T]:
    """The decoded events of an open event-stream RESPONSE, until `[DONE]`; closes it at the end.

    A connection that breaks or stalls raises :func:`interrupted`'s error (PARTIAL: whether
    the caller keeps what arrived, for its message).
    """
    decoder, count = EventDecoder(), 0
    try:
        for text in response.iter_text():
            for item in _items(decoder, text, response, decode, fields, what):
                count += 1
                yield item
    except _Done:
        return
    except httpx.TransportError as exc:
        raise interrupted(exc, response, count, idle_timeout, partial=partial) from exc
    finally:
        response.close()


async def aiter_events(
    response: httpx.Response,
    decode: Callable[[Any], T],
    fields: tuple[str, ...] = (),
    what: str = "event",
    *,
    idle_timeout: float | None = None,
    partial: bool = False,
) -> AsyncGenerator[T]:
    """Async twin of :func:`iter_events`."""
    decoder, count = EventDecoder(), 0
    try:
        async for text in response.aiter_text():
            for item in _items(decoder, text, response, decode, fields, what):
                count += 1
                yield item
    except _Done:
        return
    except httpx.TransportError as exc:
        raise interrupted(exc, response, count, idle_timeout, partial=partial) from exc
    finally:
        await response.aclose()


def _sse(event: Event) -> ServerSentEvent:
    """The httpx-sse object that StreamError.event carries (built for errors only)."""
    from httpx_sse import ServerSentEvent  # here, on the error path: not at import time

    kind, data, last_id, retry = event
    return ServerSentEvent(event=kind, data=data, id=last_id, retry=retry)


def _error_event(payload: Any, sse: ServerSentEvent, response: httpx.Response) -> StreamError:
    fields = payload if isinstance(payload, dict) else {}
    message = fields.get("message", payload)
    if not isinstance(message, str):
        message = json.dumps(message)
    code, kind = fields.get("code"), fields.get("type")
    return StreamError(
        message,
        response=response,
        event=sse,
        type=None if kind is None else str(kind),
        code=None if code is None else str(code),
    )


def interrupted(
    exc: httpx.TransportError,
    response: httpx.Response,
    events: int,
    idle_timeout: float | None,
    *,
    partial: bool,
) -> APIConnectionError:
    """The error for a stream whose connection broke or stalled after EVENTS events.

    With events yielded it is a StreamInterruptedError (also an APIConnectionError), never
    retried (STYLE.md: a retry would repeat the partial output); before any, the plain
    connection error. A stall names the setting that decided it.
    """
    request = response.request
    if isinstance(exc, httpx.TimeoutException):
        if idle_timeout is not None:
            what = (
                f"no data for {idle_timeout:g} s (stream_idle_timeout={idle_timeout:g}; "
                "raise it with Mistral(stream_idle_timeout=...))"
            )
        else:
            what = f"no data within the client's read timeout ({reason(exc)})"
    else:
        what = f"the connection broke: {reason(exc)}"
    where = f"{request.method} {request.url}"
    timed_out = isinstance(exc, httpx.TimeoutException)
    if not events:
        cls = APITimeoutError if timed_out else APIConnectionError
        return cls(f"stream of {where}: {what}", request=request)
    kept = (
        "; stream.final_response() holds the partial answer"
        if partial
        else " (opened with accumulate=False: nothing was kept)"
    )
    noun = "event" if events == 1 else "events"
    cls_ = StreamTimeoutError if timed_out else StreamInterruptedError
    return cls_(
        f"stream of {where} stopped after {events} {noun}: {what}{kept}",
        response=response,
        events=events,
    )


class _Text:
    """Appended text, joined in blocks of 256 pieces.

    Hand-written instead of io.StringIO: CPython's StringIO keeps a reference to every string
    written until getvalue(), so a 100,000-chunk stream held 100,000 small str objects (6.7 MB
    in bench/run.py's memory probe, against 0.4 MB of text). Joining as we go keeps memory at
    the size of the text itself.
    """

    __slots__ = ("blocks", "parts")

    def __init__(self) -> None:
        self.blocks: list[str] = []
        self.parts: list[str] = []

    def write(self, text: str) -> None:
        parts = self.parts
        parts.append(text)
        if len(parts) == 256:
            self.blocks.append("".join(parts))
            parts.clear()

    def getvalue(self) -> str:
        return "".join(self.blocks) + "".join(self.parts)


def _optional_fields(cls: type, merged: frozenset[str]) -> tuple[str, ...]:
    """The optional typed fields of a generated class but those the accumulator merges.

    Required fields are in every item, so the last item has their last value.
    """
    return tuple(name for name in optional_fields(cls) if name not in merged)


class _Fields:
    """Every field of one kind of object over the chunks, last value wins (issue 15).

    Typed fields are kept as the objects the chunks carried, unknown ones from
    ``additional_properties``; ``as_dict`` turns them into JSON through the generated
    ``to_dict`` of the last object, so their wire names come from the spec.
    """

    __slots__ = ("extra", "last", "merged", "names", "typed")

    def __init__(self, merged: frozenset[str]) -> None:
        self.merged = merged
        self.names: tuple[str, ...] | None = None
        self.last: Any = None
        self.typed: dict[str, Any] = {}
        self.extra: dict[str, Any] = {}

    def add(self, item: Any) -> None:
        self.last = item
        names = self.names
        if names is None:  # once per stream: every item is of the same generated class
            names = self.names = _optional_fields(type(item), self.merged)
        for name in names:
            value = getattr(item, name)
            if value is not UNSET:
                self.typed[name] = value
        if item.additional_properties:
            self.extra.update(item.additional_properties)

    def as_dict(self, **placeholders: Any) -> dict[str, Any]:
        """The fields as JSON; PLACEHOLDERS fill the merged fields the class requires."""
        if self.last is None:
            return dict(self.extra)
        merged = evolve(self.last, **placeholders, **self.typed)
        merged.additional_properties = dict(self.extra)
        data: dict[str, Any] = merged.to_dict()
        for name in placeholders:
            data.pop(name, None)
        return data


# The fields the accumulator merges by their meaning; every other one is kept as it came.
_CHUNK_MERGED = frozenset({"choices"})
_CHOICE_MERGED = frozenset({"index", "delta", "finish_reason"})
_DELTA_MERGED = frozenset({"role", "content", "tool_calls"})


class Accumulator:
    """Merges stream chunks into the ChatCompletionResponse a non-streamed call would return.

    Text and thinking are kept as text (memory grows with the answer, not with the number of
    chunks); tool-call deltas are merged by their index. Every other field the chunks carried,
    top-level or per choice, known to this version or not, is kept (last value wins).
    """

    def __init__(self) -> None:
        self.head = _Fields(_CHUNK_MERGED)
        self.choices: dict[int, _Choice] = {}

    def add(self, chunk: CompletionChunk) -> None:
        self.head.add(chunk)
        for choice in chunk.choices:
            state = self.choices.get(choice.index)
            if state is None:
                state = self.choices[choice.index] = _Choice()
            state.add(choice)

    def result(self) -> ChatCompletionResponse:
        return chat_types().response.from_dict(  # type: ignore[no-any-return]
            {
                "created": 0,
                "usage": {"prompt_tokens": 0, "completion_tokens": 0, "total_tokens": 0},
                **self.head.as_dict(choices=[]),
                "object": "chat.completion",
                "choices": [self.choices[i].result(i) for i in sorted(self.choices)],
            }
        )


class _Choice:
    def __init__(self) -> None:
        self.fields = _Fields(_CHOICE_MERGED)
        self.delta = _Fields(_DELTA_MERGED)
        self.text = _Text()
        self.thinking = _Text()
        self.other: list[dict[str, Any]] = []
        self.tool_calls: dict[int, dict[str, Any]] = {}
        self.finish_reason: str | None = None

    def add(self, choice: Any) -> None:
        self.fields.add(choice)
        delta = choice.delta
        self.delta.add(delta)
        content = delta.content
        if isinstance(content, str):
            self.text.write(content)
        elif isinstance(content, list):
            for part in content:
                self._add_part(part.to_dict())
        if isinstance(delta.tool_calls, list):
            for position, call in enumerate(delta.tool_calls):
                self._add_tool_call(position, call.to_dict())
        if choice.finish_reason is not None and not isinstance(choice.finish_reason, _Unset):
            self.finish_reason = str(choice.finish_reason)

    def _add_part(self, part: dict[str, Any]) -> None:
        kind = part.get("type")
        if kind == "text":
            self.text.write(part.get("text", ""))
        elif kind == "thinking":
            for inner in part.get("thinking", []):
                self.thinking.write(inner.get("text", "") if isinstance(inner, dict) else "")
        else:
            self.other.append(part)

    def _add_tool_call(self, position: int, call: dict[str, Any]) -> None:
        index = call.get("index", position)
        merged = self.tool_calls.setdefault(index, {"function": {"name": "", "arguments": ""}})
        for key in ("id", "type"):
            if call.get(key) not in (None, "null"):
                merged[key] = call[key]
        function = call.get("function", {})
        merged["function"]["name"] += function.get("name") or ""
        arguments = function.get("arguments") or ""
        merged["function"]["arguments"] += (
            arguments if isinstance(arguments, str) else json.dumps(arguments)
        )
        merged["index"] = index

    def result(self, index: int) -> dict[str, Any]:
        text, thinking = self.text.getvalue(), self.thinking.getvalue()
        content: Any = text if (text or not self.tool_calls) else None
        if thinking or self.other:
            content = [{"type": "thinking", "thinking": [{"type": "text", "text": thinking}]}]
            content = (content if thinking else []) + self.other
            if text:
                content.append({"type": "text", "text": text})
        message: dict[str, Any] = self.delta.as_dict(content=None, tool_calls=None, role=None)
        message["role"] = "assistant"
        message["content"] = content
        message["tool_calls"] = [self.tool_calls[i] for i in sorted(self.tool_calls)] or None
        return {
            **self.fields.as_dict(index=index, delta=self.delta.last, finish_reason=None),
            "index": index,
            "message": message,
            "finish_reason": self.finish_reason or "stop",
        }


_NOT_ACCUMULATED = (
    "final_response() needs the merged stream, but this stream was opened with "
    "accumulate=False: pass accumulate=True (the default) to chat.stream(), or merge the "
    "chunks yourself"
)


class EventStream(Generic[T]):
    """The events of a streamed response; an iterator and a context manager.

    The HTTP response is released when the stream is exhausted, on ``break`` out of a ``with``
    block, on an exception and on ``close()``.

    Args:
        response: The streaming ``httpx.Response`` (``text/event-stream``).
        decode: Builds an item from each event (see :func:`decode_event_data`).
        fields: The SSE fields DECODE takes, when it takes more than the JSON data.
        what: The item's name, for decode errors.
        idle_timeout: The ``stream_idle_timeout`` the reads run with, named when one stalls.
        partial: Whether what arrived is kept when the stream breaks, for the error message.
        owner: The client that opened the stream, held so that a client dropped while its
            stream is read (``for c in Mistral().chat.stream(...)``) is not collected, which
            would close its pool under the open response (issue 15).

    Attributes:
        response: The ``httpx.Response``: status and headers (``mistral-correlation-id``,
            rate-limit headers) are readable as soon as the stream is returned.
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[Any], T],
        fields: tuple[str, ...] = (),
        what: str = "event",
        *,
        idle_timeout: float | None = None,
        partial: bool = False,
        owner: object = None,
    ) -> None:
        self.response = response
        self._owner = owner
        self._events = iter_events(
            response, decode, fields, what, idle_timeout=idle_timeout, partial=partial
        )

    def __iter__(self) -> Self:
        return self

    def __next__(self) -> T:
        return next(self._events)

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def close(self) -> None:
        """Release the connection; iterating afterwards ends at once."""
        self._events.close()
        self.response.close()


class AsyncEventStream(Generic[T]):
    """Async twin of :class:`EventStream`: ``async for`` and ``async with``; same arguments.

    Attributes:
        response: The ``httpx.Response`` of the stream.
    """

    def __init__(
        self,
        response: httpx.Response,
        decode: Callable[[Any], T],
        fields: tuple[str, ...] = (),
        what: str = "event",
        *,
        idle_timeout: float | None = None,
        partial: bool = False,
        owner: object = None,
    ) -> None:
        self.response = response
        self._owner = owner
        self._events = aiter_events(
            response, decode, fields, what, idle_timeout=idle_timeout, partial=partial
        )

    def __aiter__(self) -> Self:
        return self

    async def __anext__(self) -> T:
        return await anext(self._events)

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.aclose()

    async def aclose(self) -> None:
        """Release the connection; iterating afterwards ends at once."""
        await self._events.aclose()
        await self.response.aclose()


class _Chunks:
    """Chat chunks decoded into events and, unless accumulate=False, merged as they arrive."""

    def __init__(self, accumulate: bool) -> None:
        self.accumulator = Accumulator() if accumulate else None
        types = chat_types()
        self._event_class, self._chunk_class = types.event, types.chunk

    def event(self, payload: Any) -> CompletionEvent:
        """One chunk's event, added to the answer as it is decoded."""
        event: CompletionEvent = self._event_class(self._chunk_class.from_dict(payload))
        if self.accumulator is not None:
            self.accumulator.add(event.data)
        return event

    def merged(self) -> Accumulator:
        """The accumulator, or the error saying the stream keeps nothing."""
        if self.accumulator is None:
            raise MistralError(_NOT_ACCUMULATED)
        return self.accumulator


class ChatStream(EventStream["CompletionEvent"]):
    """The events of a streamed chat completion; an iterator and a context manager.

    Each item is a ``CompletionEvent`` whose ``.data`` is a ``CompletionChunk``. The HTTP
    response is released when the stream is exhausted, on ``break`` out of a ``with`` block,
    on an exception and on ``close()``.

    Args:
        response: The streaming ``httpx.Response`` (``text/event-stream``).
        accumulate: Keep the answer's text, thinking and tool calls as they stream, for
            ``final_response()`` (the default). With False nothing is kept: memory stays flat
            however long the stream, and ``final_response()`` raises.
        idle_timeout: As for :class:`EventStream`.
        owner: As for :class:`EventStream`.

    Attributes:
        response: The ``httpx.Response``: status, headers (``mistral-correlation-id``,
            rate-limit headers) are readable as soon as the stream is returned.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        accumulate: bool = True,
        idle_timeout: float | None = None,
        owner: object = None,
    ) -> None:
        self._chunks = _Chunks(accumulate)
        super().__init__(response, self._chunks.event, (), _CHUNK, idle_timeout=idle_timeout,
                         partial=accumulate, owner=owner)  # fmt: skip

    def final_response(self) -> ChatCompletionResponse:
        """Read the rest of the stream and return it merged into one ChatCompletionResponse.

        Text and thinking deltas are concatenated, tool-call deltas merged by index; the
        finish reason and usage are those of the last chunks.

        Raises:
            MistralError: the stream was opened with ``accumulate=False`` (raised before
                reading anything).
        """
        merged = self._chunks.merged()
        for _ in self:
            pass
        return merged.result()


class AsyncChatStream(AsyncEventStream["CompletionEvent"]):
    """Async twin of :class:`ChatStream`: ``async for`` and ``async with``; same arguments.

    Attributes:
        response: The ``httpx.Response`` of the stream.
    """

    def __init__(
        self,
        response: httpx.Response,
        *,
        accumulate: bool = True,
        idle_timeout: float | None = None,
        owner: object = None,
    ) -> None:
        self._chunks = _Chunks(accumulate)
        super().__init__(response, self._chunks.event, (), _CHUNK, idle_timeout=idle_timeout,
                         partial=accumulate, owner=owner)  # fmt: skip

    async def final_response(self) -> ChatCompletionResponse:
        """Read the rest of the stream and return it merged into one ChatCompletionResponse.

        Raises:
            MistralError: the stream was opened with ``accumulate=False``.
        """
        merged = self._chunks.merged()
        async for _ in self:
            pass
        return merged.result()


def send_stream(client: httpx.Client, call: Call) -> httpx.Response:
    """Send CALL (retrying as it says) and return its open event-stream response.

    Raises:
        StreamError: a 2xx that is not ``text/event-stream`` (its body read and closed).
    """
    response = send(client, call)
    if not is_event_stream(response):
        try:
            response.read()
        finally:
            response.close()
        raise not_an_event_stream(response)
    return response


async def asend_stream(client: httpx.AsyncClient, call: Call) -> httpx.Response:
    """Async twin of :func:`send_stream`."""
    response = await asend(client, call)
    if not is_event_stream(response):
        try:
            await response.aread()
        finally:
            await response.aclose()
        raise not_an_event_stream(response)
    return response
