"""Streams that break or stall, connection errors that say where, and a final response that
keeps every field the chunks carried (issue 15, items 2, 8 and 9)."""

from __future__ import annotations

import asyncio
from collections.abc import Callable

import httpx
import pytest

from mistral_client import (
    APIConnectionError,
    APITimeoutError,
    Mistral,
    RetryConfig,
    StreamError,
)
from mistral_client.errors import StreamInterruptedError, StreamTimeoutError

from ..helpers import API_KEY, MESSAGES, MockAPI, ProbeStream, chunk, sse

Factory = Callable[..., MockAPI]


class Breaking(ProbeStream):
    """An event stream that sends EVENTS chunks, then fails with ERROR."""

    def __init__(self, events: int, error: Exception) -> None:
        super().__init__([])
        self.events = events
        self.error = error

    def _body(self) -> bytes:
        return sse(*(chunk(f"part{i} ") for i in range(self.events)), done=False)

    def __iter__(self):
        if self.events:
            yield self._body()
        raise self.error

    async def __aiter__(self):
        if self.events:
            yield self._body()
        raise self.error


def serve(body: ProbeStream) -> Callable[[httpx.Request], httpx.Response]:
    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, stream=body)

    return handler


def read_then_final(api: MockAPI) -> tuple[BaseException, object]:
    """Read the stream until it fails; return the error and final_response() after it."""
    if api.mode == "sync":
        stream = api.client.chat.stream(model="m", messages=MESSAGES)
        with pytest.raises(APIConnectionError) as caught:
            for _ in stream:
                pass
        return caught.value, stream.final_response()

    async def run() -> tuple[BaseException, object]:
        stream = await api.client.chat.stream_async(model="m", messages=MESSAGES)
        with pytest.raises(APIConnectionError) as caught:
            async for _ in stream:
                pass
        return caught.value, await stream.final_response()

    return asyncio.run(run())


def test_stream_broken_after_events_is_a_stream_and_connection_error(mock_api: Factory):
    """A stream cut after 3 events: StreamInterruptedError, counting them; partial answer kept."""
    body = Breaking(3, httpx.RemoteProtocolError("peer closed connection"))
    error, final = read_then_final(mock_api(serve(body)))
    assert isinstance(error, StreamInterruptedError)
    assert isinstance(error, StreamError)
    assert isinstance(error, APIConnectionError)
    assert error.events == 3
    assert "after 3 events" in str(error)
    assert "final_response() holds the partial answer" in str(error)
    assert "peer closed connection" in str(error)
    assert final.choices[0].message.content == "part0 part1 part2 "  # type: ignore[attr-defined]
    assert body.closed


def test_stream_stall_names_stream_idle_timeout_and_its_value(mock_api: Factory):
    """A stall after events is a StreamTimeoutError (an APITimeoutError) naming the setting."""
    body = Breaking(1, httpx.ReadTimeout(""))
    error, _ = read_then_final(mock_api(serve(body), stream_idle_timeout=0.25))
    assert isinstance(error, StreamTimeoutError)
    assert isinstance(error, APITimeoutError)
    assert "stream_idle_timeout=0.25" in str(error)
    assert "after 1 event:" in str(error)


def test_stream_stall_before_any_event_is_a_timeout_naming_the_setting(mock_api: Factory):
    """No event at all: a plain APITimeoutError, still naming stream_idle_timeout, never empty."""
    api = mock_api(serve(Breaking(0, httpx.ReadTimeout(""))), stream_idle_timeout=2)
    with pytest.raises(APITimeoutError) as caught:
        api.stream()
    assert not isinstance(caught.value, StreamError)
    assert "stream_idle_timeout=2" in str(caught.value)
    assert str(caught.value).strip()


@pytest.mark.parametrize(
    ("error", "kind", "words"),
    [
        pytest.param(httpx.ConnectError(""), APIConnectionError, "ConnectError", id="refused"),
        pytest.param(httpx.ConnectTimeout(""), APITimeoutError, "ConnectTimeout", id="timeout"),
    ],
)
def test_connection_error_names_method_url_and_attempts(mode: str, error, kind, words):
    """After retries: the error says which request failed, how many attempts, and why."""
    attempts: list[int] = []

    def handler(request: httpx.Request) -> httpx.Response:
        attempts.append(1)
        raise error

    transport = httpx.MockTransport(handler)
    client = Mistral(
        api_key=API_KEY,
        server_url="http://api.test",
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
        retry_config=RetryConfig(max_retries=2),
    )
    with pytest.raises(kind) as caught:
        MockAPI(mode, client).complete()
    message = str(caught.value)
    assert "POST http://api.test/v1/chat/completions" in message
    assert "3 attempts" in message
    assert words in message
    assert caught.value.attempts == len(attempts) == 3
    assert isinstance(caught.value.__cause__, type(error))


def test_final_response_keeps_every_field_the_chunks_carried(mock_api: Factory):
    """Unknown top-level, per-choice and delta fields survive the merge; last value wins."""
    first = chunk("Hel", service_tier="default")
    first["choices"][0]["logprobs"] = {"tokens": ["Hel"]}
    last = chunk("lo", finish_reason="stop", service_tier="priority", p="abc",
                 usage={"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3})  # fmt: skip
    last["choices"][0]["logprobs"] = {"tokens": ["lo"]}
    last["choices"][0]["delta"]["reasoning_hint"] = "short"

    def handler(request: httpx.Request) -> httpx.Response:
        body = sse(first, last)
        return httpx.Response(200, headers={"content-type": "text/event-stream"}, content=body)

    _, final = mock_api(handler).stream_final()
    data = final.to_dict()
    assert data["service_tier"] == "priority"
    assert data["p"] == "abc"
    assert data["object"] == "chat.completion"
    assert data["usage"] == {"prompt_tokens": 1, "completion_tokens": 2, "total_tokens": 3}
    choice = data["choices"][0]
    assert choice["logprobs"] == {"tokens": ["lo"]}
    assert choice["message"]["content"] == "Hello"
    assert choice["message"]["reasoning_hint"] == "short"
    assert final.additional_properties["service_tier"] == "priority"
