"""Every SSE fixture decodes to the same events however the bytes are split on the wire."""

from __future__ import annotations

import asyncio
import itertools
import json
from collections.abc import Callable
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistral_client import ChatStream, Mistral, StreamError

from ..helpers import API_KEY, MESSAGES, MockAPI, ProbeStream, chunk, chunked

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "sse"
EXPECTED_TEXT = {
    "basic.sse": ["", "Hello", ", world", "!"],
    "crlf.sse": ["Hel", "lo"],
    "unicode.sse": ["Café ", "日本語 ", "😀🎨"],
    "fields.sse": ["A", "multi-line", "B"],
    "no_done.sse": ["one", "two"],
}


def contents(body: bytes, pieces: list[bytes], mode: str = "sync") -> list[object]:
    """Stream BODY delivered as PIECES through the client; the delta contents in order."""

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, stream=ProbeStream(pieces)
        )

    transport = httpx.MockTransport(handler)
    client = Mistral(
        api_key=API_KEY,
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    if mode == "sync":
        return [
            e.data.choices[0].delta.content
            for e in client.chat.stream(model="m", messages=MESSAGES)
        ]

    async def run() -> list[object]:
        stream = await client.chat.stream_async(model="m", messages=MESSAGES)
        return [e.data.choices[0].delta.content async for e in stream]

    return asyncio.run(run())


@pytest.mark.parametrize(
    "size", [1, 7, 64, 100_000], ids=["1-byte", "7-bytes", "64-bytes", "whole"]
)
@pytest.mark.parametrize("name", sorted(EXPECTED_TEXT))
def test_fixture_decodes_at_every_chunk_size(name: str, size: int, mode: str):
    """CRLF, comments, event/id/retry fields, multi-line data and split UTF-8 all decode."""
    body = (FIXTURES / name).read_bytes()
    assert contents(body, chunked(body, size), mode) == EXPECTED_TEXT[name]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data(), name=st.sampled_from(sorted(EXPECTED_TEXT)))
def test_any_split_of_a_valid_stream_yields_the_same_events(data: st.DataObject, name: str):
    """Property: cutting the byte stream anywhere, any number of times, changes nothing."""
    body = (FIXTURES / name).read_bytes()
    cuts = sorted(
        data.draw(st.sets(st.integers(min_value=1, max_value=len(body) - 1), max_size=40))
    )
    bounds = [0, *cuts, len(body)]
    pieces = [body[a:b] for a, b in itertools.pairwise(bounds)]
    assert contents(body, pieces) == EXPECTED_TEXT[name]


def test_chat_stream_type_is_public():
    """stream() returns the exported ChatStream."""
    assert ChatStream.__module__ == "mistral_client._streaming"


def _data(text: str) -> str:
    return "data: " + json.dumps(chunk(text)) + "\n"


# Event-stream rules (https://html.spec.whatwg.org/multipage/server-sent-events.html) beyond the
# fixtures, each as a body and the delta contents it must give at every split.
RULES = {
    "byte order mark at the start is dropped": (
        "\ufeff" + _data("a") + "\n" + _data("b") + "\n",
        ["a", "b"],
    ),
    "CR alone ends lines": (_data("a")[:-1] + "\r\r" + _data("b")[:-1] + "\r\r", ["a", "b"]),
    "mixed CR, LF and CRLF": (_data("a")[:-1] + "\r\n\r" + _data("b") + "\r\n", ["a", "b"]),
    # `data:` without its space, then a bare `data` line: the JSON gains a final LF, still "a"
    "field without a colon, value without the space": (
        "data:" + json.dumps(chunk("a")) + "\ndata\n\n",
        ["a"],
    ),
    "event type resets after a blank line": ("event: error\n\n" + _data("a") + "\n", ["a"]),
    "event without a final blank line is dropped": (_data("a") + "\n" + _data("b"), ["a"]),
}


@pytest.mark.parametrize("size", [1, 3, 100_000], ids=["1-byte", "3-bytes", "whole"])
@pytest.mark.parametrize("rule", sorted(RULES))
def test_event_stream_rules_hold_at_every_split(rule: str, size: int, mode: str):
    """BOM, CR line ends, bare field names, event-type reset and unterminated events."""
    text, expected = RULES[rule]
    body = text.encode()
    assert contents(body, chunked(body, size), mode) == expected


def test_error_event_carries_its_event_fields(mock_api: Callable[..., MockAPI]):
    """StreamError.event has the error event's type, data, last id and retry."""
    body = b'id: 7\nretry: 1500\nevent: error\ndata: {"message": "boom"}\n\n'

    def handler(request: httpx.Request) -> httpx.Response:
        return httpx.Response(
            200, headers={"content-type": "text/event-stream"}, stream=ProbeStream([body])
        )

    with pytest.raises(StreamError) as caught:
        mock_api(handler).stream()
    event = caught.value.event
    assert event is not None
    assert (event.event, event.data, event.id, event.retry) == (
        "error",
        '{"message": "boom"}',
        "7",
        1500,
    )
    assert caught.value.message == "boom"
