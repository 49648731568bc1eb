"""Structured outputs and tool loops against the embedded server over TCP, sync and async."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from pydantic import BaseModel

from mistral_client import Mistral


class City(BaseModel):
    name: str
    population: int
    landmarks: list[str]


def get_weather(city: str, days: int = 1) -> dict[str, Any]:
    """Get the weather forecast for a city.

    Args:
        city: The city's name.
        days: How many days ahead.
    """
    return {"city": city, "days": days, "forecast": "sunny"}


async def get_time(city: str) -> str:
    """Get the local time in a city."""
    await asyncio.sleep(0)
    return f"12:00 in {city}"


ASK_CITY = [{"role": "user", "content": "Describe Lyon."}]
ASK_TOOLS = [{"role": "user", "content": "Call get_weather and get_time for Paris."}]


def test_parse_and_parse_stream_over_tcp(mistral_server: str):
    """parse and parse_stream give the same City; the stream shows partials on the way."""
    with Mistral(api_key="k", server_url=mistral_server) as client:
        city = client.chat.parse(
            model="mistral-small-latest", messages=ASK_CITY, response_format=City
        )
        with client.chat.parse_stream(
            model="mistral-small-latest", messages=ASK_CITY, response_format=City
        ) as stream:
            partials = [stream.partial for _ in stream]
        streamed = stream.final_response()
    assert isinstance(city.choices[0].message.parsed, City)
    assert streamed.choices[0].message.parsed == city.choices[0].message.parsed
    assert len({repr(p) for p in partials}) > 3


@pytest.mark.parametrize(
    "streamed", [False, True], ids=["run_tools_async", "run_tools_stream_async"]
)
def test_async_tool_loop_with_parallel_calls_over_tcp(mistral_server: str, streamed: bool):
    """Two tools named in one question: both run (one async), then the answer uses both."""

    async def run() -> Any:
        async with Mistral(api_key="k", server_url=mistral_server) as client:
            if not streamed:
                return await client.chat.run_tools_async(
                    model="mistral-small-latest", messages=ASK_TOOLS, tools=[get_weather, get_time]
                )
            loop = await client.chat.run_tools_stream_async(
                model="mistral-small-latest", messages=ASK_TOOLS, tools=[get_weather, get_time]
            )
            async for _ in loop:
                pass
            return await loop.result()

    result = asyncio.run(run())
    assert result.steps == 2
    tools = [m for m in result.messages if m["role"] == "tool"]
    assert [m["name"] for m in tools] == ["get_weather", "get_time"]
    assert tools[1]["content"] == "12:00 in Paris"
    answer = result.response.choices[0].message.content
    assert "get_weather returned" in answer
    assert "get_time returned 12:00 in Paris" in answer


def test_sync_streamed_tool_loop_over_tcp(mistral_server: str):
    """run_tools_stream: text deltas of the final step arrive as events."""

    def get_time_sync(city: str) -> str:
        """Get the local time in a city."""
        return f"noon in {city}"

    messages = [{"role": "user", "content": "Use get_time_sync for Rome."}]
    with Mistral(api_key="k", server_url=mistral_server) as client:
        loop = client.chat.run_tools_stream(
            model="mistral-small-latest", messages=messages, tools=[get_time_sync]
        )
        text = "".join(
            e.data.choices[0].delta.content or ""
            for e in loop
            if e.data.choices and isinstance(e.data.choices[0].delta.content, str)
        )
        run = loop.result()
    assert text == run.response.choices[0].message.content
    assert "noon in Rome" in text
