"""Every SSE fixture decodes to the same events however the bytes are split on the wire."""

from __future__ import annotations

import asyncio
import itertools
from pathlib import Path

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mistral_client import ChatStream, Mistral

from ..helpers import API_KEY, MESSAGES, ProbeStream, chunked

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
