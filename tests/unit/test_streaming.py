"""Stream lifecycle: events, [DONE], typed errors, connections always released, final merge."""

from __future__ import annotations

import asyncio
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest

from mistral_client import APITimeoutError, AsyncChatStream, ChatStream, MistralError, StreamError
from mistral_client.errors import InternalServerError, RateLimitError, ResponseValidationError
from mistral_client.models import CompletionChunk, CompletionEvent, ThinkChunk

from ..helpers import MESSAGES, MockAPI, ProbeStream, chunk, chunked, completion, sse

Factory = Callable[..., MockAPI]
FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sse"


class Server:
    """Answers every request with the next of RESPONSES; keeps the bodies to check closing."""

    def __init__(self, *bodies: bytes | httpx.Response, status: int = 200) -> None:
        self.bodies = list(bodies)
        self.status = status
        self.streams: list[ProbeStream] = []
        self.requests: list[httpx.Request] = []

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        body = self.bodies.pop(0) if len(self.bodies) > 1 else self.bodies[0]
        if isinstance(body, httpx.Response):
            return body
        stream = ProbeStream(chunked(body, 16))
        self.streams.append(stream)
        return httpx.Response(self.status, headers={"content-type": "text/event-stream",
                                                    "mistral-correlation-id": "corr-s"}, stream=stream)  # fmt: skip

    @property
    def all_closed(self) -> bool:
        return all(s.closed for s in self.streams)


def test_stream_yields_completion_events_and_sends_stream_true(mock_api: Factory):
    """Each item is a CompletionEvent holding a CompletionChunk; the request says stream: true."""
    server = Server((FIXTURES / "basic.sse").read_bytes())
    events = mock_api(server).stream(temperature=0.1)
    assert all(
        isinstance(e, CompletionEvent) and isinstance(e.data, CompletionChunk) for e in events
    )
    assert "".join(str(e.data.choices[0].delta.content) for e in events) == "Hello, world!"
    assert events[-1].data.usage.total_tokens == 8  # type: ignore[union-attr]
    assert json.loads(server.requests[0].content)["stream"] is True
    assert server.all_closed


@pytest.mark.own_spec
def test_stream_chunk_keeps_padding_field(mock_api: Factory):
    """The `p` padding the real API adds to chunks (see openapi.yaml) is a typed field."""
    events = mock_api(Server((FIXTURES / "basic.sse").read_bytes())).stream()
    assert events[-1].data.p == "abcdef"
    assert events[-1].data.to_dict()["p"] == "abcdef"


def test_stream_stops_at_done_and_ignores_anything_after(mock_api: Factory):
    """`data: [DONE]` ends the stream even if the server sends more."""
    body = sse(chunk("a"), chunk("b")) + sse(chunk("after"), done=False)
    events = mock_api(Server(body)).stream()
    assert [e.data.choices[0].delta.content for e in events] == ["a", "b"]


def test_stream_error_event_raises_after_yielded_events(mode: str, mock_api: Factory):
    """An error object mid-stream raises StreamError after the events before it were yielded."""
    server = Server((FIXTURES / "error_event.sse").read_bytes())
    api = mock_api(server)
    seen: list[object] = []

    def consume() -> None:
        if mode == "sync":
            for e in api.client.chat.stream(model="m", messages=MESSAGES):
                seen.append(e.data.choices[0].delta.content)
            return

        async def run() -> None:
            async for e in await api.client.chat.stream_async(model="m", messages=MESSAGES):
                seen.append(e.data.choices[0].delta.content)

        asyncio.run(run())

    with pytest.raises(StreamError) as caught:
        consume()
    assert seen == ["partial ", "answer"]
    exc = caught.value
    assert (exc.message, exc.type, exc.code) == (
        "Service overloaded mid-stream",
        "service_unavailable",
        "3505",
    )
    assert exc.event is not None
    assert server.all_closed
    assert len(server.requests) == 1  # never retried once events were yielded


def test_stream_error_status_before_first_event_raises_typed_error_after_retries(mock_api: Factory):
    """A 503 before any event is retried; then the typed error, every response closed."""
    server = Server(b'{"message": "overloaded"}', status=503)
    with pytest.raises(InternalServerError) as caught:
        mock_api(server).stream()
    assert caught.value.message == "overloaded"
    assert len(server.requests) == 3
    assert server.all_closed


def test_stream_retries_429_then_streams(mock_api: Factory):
    """A 429 then a good stream: the stream arrives."""
    limited = httpx.Response(429, json={"message": "slow down"}, headers={"retry-after": "0"})
    server = Server(limited, sse(chunk("ok")))
    assert [e.data.choices[0].delta.content for e in mock_api(server).stream()] == ["ok"]
    assert len(server.requests) == 2


def test_stream_rejects_200_that_is_not_an_event_stream(mock_api: Factory):
    """A JSON 200 to a stream request is a StreamError saying what arrived."""
    server = Server(httpx.Response(200, json=completion()))
    with pytest.raises(
        StreamError, match="expected a text/event-stream response, got application/json"
    ):
        mock_api(server).stream()


def test_stream_undecodable_event_raises_response_validation_error(mock_api: Factory):
    """Event data that is not JSON, or not a chunk, raises with the data attached."""
    for bad in (b"data: {not json\n\n", b'data: {"id": 1}\n\n'):
        with pytest.raises(ResponseValidationError) as caught:
            mock_api(Server(bad)).stream()
        assert caught.value.body


def test_stream_ends_without_done(mock_api: Factory):
    """A body that ends without [DONE] ends the stream cleanly."""
    server = Server((FIXTURES / "no_done.sse").read_bytes())
    assert len(mock_api(server).stream()) == 2
    assert server.all_closed


def test_stream_releases_connection_when_consumer_breaks(mode: str, mock_api: Factory):
    """break out of the loop inside `with`: the response is closed."""
    server = Server(sse(*(chunk(str(i)) for i in range(50))))
    api = mock_api(server)
    if mode == "sync":
        with api.client.chat.stream(model="m", messages=MESSAGES) as stream:
            for _ in stream:
                break
        assert stream.response.is_closed
    else:

        async def run() -> AsyncChatStream:
            async with await api.client.chat.stream_async(model="m", messages=MESSAGES) as stream:
                async for _ in stream:
                    break
            return stream

        assert asyncio.run(run()).response.is_closed
    assert server.all_closed


def test_stream_releases_connection_when_consumer_raises(mock_api: Factory):
    """An exception in the consumer's loop body still closes the response."""
    server = Server(sse(*(chunk(str(i)) for i in range(20))))
    stream = mock_api(server).client.chat.stream(model="m", messages=MESSAGES)

    def consume() -> None:
        with stream:
            for _ in stream:
                raise KeyError("consumer bug")

    with pytest.raises(KeyError):
        consume()
    assert server.all_closed


def test_stream_close_before_iterating_releases_connection(mock_api: Factory):
    """close() on an unread stream closes the response; iteration then ends at once."""
    server = Server(sse(chunk("x")))
    stream = mock_api(server).client.chat.stream(model="m", messages=MESSAGES)
    assert isinstance(stream, ChatStream)
    assert stream.response.headers["mistral-correlation-id"] == "corr-s"
    stream.close()
    assert server.all_closed
    assert list(stream) == []


def test_stream_idle_timeout_applies_to_reads_and_a_stall_raises(mock_api: Factory):
    """Streams read with the idle timeout; a stall mid-stream is APITimeoutError."""

    class Stalling(ProbeStream):
        def __iter__(self):
            yield sse(chunk("first"), done=False)
            raise httpx.ReadTimeout("no data for 0.5 s")

        async def __aiter__(self):
            yield sse(chunk("first"), done=False)
            raise httpx.ReadTimeout("no data for 0.5 s")

    body = Stalling([])
    seen: list[httpx.Request] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    api = mock_api(handler, stream_idle_timeout=0.5, timeout=30.0)
    with pytest.raises(APITimeoutError):
        api.stream()
    assert seen[0].extensions["timeout"] == {
        "connect": 30.0,
        "read": 0.5,
        "write": 30.0,
        "pool": 30.0,
    }
    assert body.closed
    assert len(seen) == 1


def test_final_response_merges_text_usage_and_finish_reason(mock_api: Factory):
    """final_response() after some events: the whole answer as a ChatCompletionResponse."""
    first, final = mock_api(Server((FIXTURES / "basic.sse").read_bytes())).stream_final()
    assert len(first) == 1
    choice = final.choices[0]
    assert (choice.message.content, choice.finish_reason) == ("Hello, world!", "stop")
    assert final.usage.total_tokens == 8
    assert (final.id, final.model) == ("cmpl-1", "mistral-small-latest")


def test_final_response_merges_tool_call_deltas(mock_api: Factory):
    """Tool-call deltas with the same index are merged; parallel calls stay apart."""
    _, final = mock_api(Server((FIXTURES / "tool_calls.sse").read_bytes())).stream_final()
    choice = final.choices[0]
    calls = choice.message.tool_calls
    assert isinstance(calls, list)
    assert [(c.id, c.function.name, c.function.arguments) for c in calls] == [
        ("call_a", "weather", '{"city": "Paris"}'),
        ("call_b", "time", "{}"),
    ]
    assert choice.finish_reason == "tool_calls"


def test_final_response_keeps_thinking_before_text(mock_api: Factory):
    """Thinking deltas merge into one ThinkChunk ahead of the answer text."""
    _, final = mock_api(Server((FIXTURES / "thinking.sse").read_bytes())).stream_final()
    content = final.choices[0].message.content
    assert isinstance(content, list)
    assert isinstance(content[0], ThinkChunk)
    assert content[0].to_dict()["thinking"] == [{"type": "text", "text": "Let me think hard."}]
    assert content[1].to_dict() == {"type": "text", "text": "42"}


def test_stream_rate_limit_error_carries_retry_after(mock_api: Factory):
    """A 429 with a long Retry-After is raised at once with retry_after."""
    limited = httpx.Response(429, json={"message": "slow"}, headers={"retry-after": "999"})
    with pytest.raises(RateLimitError) as caught:
        mock_api(Server(limited)).stream()
    assert caught.value.retry_after == 999.0


def test_stream_without_accumulation_same_events_and_final_response_says_why(
    mode: str, mock_api: Factory
):
    """accumulate=False: the same events, nothing sent for it, final_response() explains."""
    body = (FIXTURES / "basic.sse").read_bytes()
    kept = [e.to_dict() for e in mock_api(Server(body)).stream()]
    server = Server(body)
    api = mock_api(server)
    assert [e.to_dict() for e in api.stream(accumulate=False)] == kept
    assert "accumulate" not in json.loads(server.requests[0].content)

    def final_response() -> object:
        if mode == "sync":
            with api.client.chat.stream(model="m", messages=MESSAGES, accumulate=False) as s:
                return s.final_response()

        async def run() -> object:
            stream = await api.client.chat.stream_async(
                model="m", messages=MESSAGES, accumulate=False
            )
            async with stream:
                return await stream.final_response()

        return asyncio.run(run())

    with pytest.raises(MistralError, match=r"accumulate=False.*accumulate=True"):
        final_response()
    assert server.all_closed


def _memory_kept_by_stream(accumulate: bool) -> int:
    """Bytes still allocated after reading a 200 kB answer through ChatStream."""
    body = sse(*(chunk("x" * 1000) for _ in range(200)))
    response = httpx.Response(
        200,
        headers={"content-type": "text/event-stream"},
        stream=ProbeStream(chunked(body, 4096)),
        request=httpx.Request("POST", "http://127.0.0.1/v1/chat/completions"),
    )
    stream = ChatStream(response, accumulate=accumulate)
    tracemalloc.start()
    try:
        for _ in stream:
            pass
        return tracemalloc.get_traced_memory()[0]
    finally:
        tracemalloc.stop()


def test_stream_without_accumulation_keeps_no_text():
    """accumulate=False: a long answer read to the end leaves nothing behind in the stream."""
    _memory_kept_by_stream(accumulate=False)  # first use imports the generated models
    assert _memory_kept_by_stream(accumulate=True) > 200_000  # the answer, for final_response
    assert _memory_kept_by_stream(accumulate=False) < 20_000
