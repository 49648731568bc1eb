"""A client dropped while what it returned is still in use: the garbage collector must not
close the connection under the user (issue 15, defect 1).

Each test uses a temporary `Mistral(...)` that nothing else holds, as
`for chunk in Mistral().chat.stream(...)` does, and runs `gc.collect()` inside the loop.
"""

from __future__ import annotations

import asyncio
import gc
from collections.abc import Iterator

import pytest

from mistral_client import Mistral
from mistral_client.testing import running_server

MODEL = "mistral-small-latest"
LONG = [{"role": "user", "content": "Tell me a long story about French painters. " * 5}]


def weather(city: str) -> str:
    """The weather in a city.

    Args:
        city: The city.
    """
    return f"sunny in {city}"


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server() as base:
        yield base


def dropped(url: str) -> Mistral:
    """A client that only the caller's expression holds."""
    return Mistral(api_key="e2e-key", server_url=url)


def test_stream_of_a_dropped_client_survives_gc(url: str):
    """`for chunk in Mistral().chat.stream(...)` reads to the end with collections inside."""
    texts = []
    for chunk in dropped(url).chat.stream(model=MODEL, messages=LONG):
        gc.collect()
        texts.append(chunk.data.choices[0].delta.content or "")
    assert len(texts) > 5
    assert "".join(str(t) for t in texts)


def test_async_stream_of_a_dropped_client_survives_gc(url: str):
    """The async twin: `async for chunk in await Mistral().chat.stream_async(...)`."""

    async def main() -> int:
        count = 0
        async for _ in await dropped(url).chat.stream_async(model=MODEL, messages=LONG):
            gc.collect()
            count += 1
        return count

    assert asyncio.run(main()) > 5


def test_parse_stream_of_a_dropped_client_survives_gc(url: str):
    """A parsed stream keeps its client as long as it is read."""
    schema = {"type": "object", "properties": {"title": {"type": "string"}}}
    stream = dropped(url).chat.parse_stream(model=MODEL, messages=LONG, response_format=schema)
    for _ in stream:
        gc.collect()
    assert stream.final_response().choices[0].message.parsed is not None


def test_tool_loop_stream_of_a_dropped_client_survives_gc(url: str):
    """A tool-loop stream runs all its steps with collections between events."""
    ask = [{"role": "user", "content": "What is the weather in Paris?"}]
    loop = dropped(url).chat.run_tools_stream(model=MODEL, messages=ask, tools=[weather])
    for _ in loop:
        gc.collect()
    assert loop.result().response.choices[0].message.content


def test_bulk_iterators_of_a_dropped_client_survive_gc(url: str):
    """complete_many and complete_many_async yield every result with collections inside."""
    requests = [{"messages": [{"role": "user", "content": f"Say {i}"}]} for i in range(6)]
    results = []
    for result in dropped(url).chat.complete_many(requests, model=MODEL, concurrency=2):
        gc.collect()
        results.append(result.unwrap())
    assert len(results) == 6

    async def main() -> int:
        count = 0
        many = dropped(url).chat.complete_many_async(requests, model=MODEL, concurrency=2)
        async for result in many:
            gc.collect()
            result.unwrap()
            count += 1
        return count

    assert asyncio.run(main()) == 6
