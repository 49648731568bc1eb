"""Mistral's documented chat workflows, replayed from tests/cassettes/test_chat_contract/.

Each test is one workflow of Mistral's docs; its cassette was recorded by this test (see the
cassette's header comment for where) and replays offline. The assertions hold for the real API
as well, so `make record` with a key re-records the same suite.
"""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest
from jsonschema import Draft202012Validator
from pydantic import BaseModel

from mistral_client import Mistral, RetryConfig
from mistral_client.errors import AuthenticationError, HTTPValidationError
from mistral_client.models import ChatCompletionResponse, ThinkChunk

MODEL = "mistral-small-latest"
ASK = [{"role": "user", "content": "Who is the best French painter? Answer in one short sentence."}]
WEATHER = {
    "type": "function",
    "function": {
        "name": "get_weather",
        "description": "Get the current weather in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
TIME = {
    "type": "function",
    "function": {
        "name": "get_time",
        "description": "Get the local time in a city.",
        "parameters": {
            "type": "object",
            "properties": {"city": {"type": "string"}},
            "required": ["city"],
        },
    },
}
PERSON = {
    "type": "object",
    "properties": {"name": {"type": "string"}, "birth_year": {"type": "integer"}},
    "required": ["name", "birth_year"],
    "additionalProperties": False,
}

pytestmark = pytest.mark.vcr


def answer(res: ChatCompletionResponse, index: int = 0) -> str:
    content = res.choices[index].message.content
    assert isinstance(content, str), content
    return content


def test_complete(recorded_client: Mistral):
    """client.chat.complete: an answer, a finish reason and consistent usage."""
    res = recorded_client.chat.complete(model=MODEL, messages=ASK)
    assert answer(res)
    assert res.choices[0].finish_reason == "stop"
    assert res.usage.total_tokens == res.usage.prompt_tokens + res.usage.completion_tokens


def test_stream(recorded_client: Mistral):
    """client.chat.stream: deltas that add up to the answer, a finish reason at the end."""
    with recorded_client.chat.stream(model=MODEL, messages=ASK) as stream:
        events = list(stream)
    text = "".join(e.data.choices[0].delta.content or "" for e in events if e.data.choices)  # type: ignore[misc]
    assert text
    assert events[-1].data.choices[0].finish_reason == "stop"
    assert stream.final_response().choices[0].message.content == text


def test_complete_async(recorded_client: Mistral):
    """await client.chat.complete_async: the same contract as complete."""

    async def run() -> ChatCompletionResponse:
        try:
            return await recorded_client.chat.complete_async(model=MODEL, messages=ASK)
        finally:
            await recorded_client.aclose()

    assert answer(asyncio.run(run()))


def test_stream_async(recorded_client: Mistral):
    """await client.chat.stream_async, then async for: the events of the answer."""

    async def run() -> list[Any]:
        async with recorded_client:
            stream = await recorded_client.chat.stream_async(model=MODEL, messages=ASK)
            return [e async for e in stream]

    events = asyncio.run(run())
    assert any(e.data.choices[0].delta.content for e in events)


def test_multi_turn(recorded_client: Mistral):
    """A follow-up question with the first answer in the history."""
    first = recorded_client.chat.complete(model=MODEL, messages=ASK)
    history = [*ASK, {"role": "assistant", "content": answer(first)},
               {"role": "user", "content": "In which century did they live?"}]  # fmt: skip
    assert answer(recorded_client.chat.complete(model=MODEL, messages=history))


def test_system_prompt(recorded_client: Mistral):
    """A system message steers the answer."""
    messages = [{"role": "system", "content": "You answer in French."}, *ASK]
    assert answer(recorded_client.chat.complete(model=MODEL, messages=messages))


def test_json_object(recorded_client: Mistral):
    """response_format json_object: the content parses as a JSON object."""
    messages = [{"role": "user", "content": "Give the capital of France as a JSON object."}]
    res = recorded_client.chat.complete(
        model=MODEL, messages=messages, response_format={"type": "json_object"}
    )
    assert isinstance(json.loads(answer(res)), dict)


def test_json_schema(recorded_client: Mistral):
    """response_format json_schema: the content satisfies the schema."""
    res = recorded_client.chat.complete(
        model=MODEL,
        messages=[
            {"role": "user", "content": "Name a French painter and the year they were born."}
        ],
        response_format={
            "type": "json_schema",
            "json_schema": {"name": "person", "schema": PERSON, "strict": True},
        },
    )
    assert list(Draft202012Validator(PERSON).iter_errors(json.loads(answer(res)))) == []


def test_tools_with_tool_result_follow_up(recorded_client: Mistral):
    """A tool call, the tool's result sent back, and an answer that uses it."""
    messages: list[Any] = [{"role": "user", "content": "What is the weather in Paris?"}]
    res = recorded_client.chat.complete(
        model=MODEL, messages=messages, tools=[WEATHER], tool_choice="any"
    )
    calls = res.choices[0].message.tool_calls
    assert isinstance(calls, list)
    assert calls[0].function.name == "get_weather"
    arguments = json.loads(str(calls[0].function.arguments))
    assert (
        list(Draft202012Validator(WEATHER["function"]["parameters"]).iter_errors(arguments)) == []
    )  # type: ignore[index]
    messages.append(res.choices[0].message.to_dict())
    messages.append({"role": "tool", "name": "get_weather", "tool_call_id": calls[0].id,
                     "content": json.dumps({"forecast": "sunny", "celsius": 21})})  # fmt: skip
    final = recorded_client.chat.complete(model=MODEL, messages=messages, tools=[WEATHER])
    assert answer(final)
    assert final.choices[0].finish_reason == "stop"


def test_parallel_tool_calls(recorded_client: Mistral):
    """Two tools named in one question: two calls in one message."""
    messages = [{"role": "user", "content": "Call get_weather and get_time for Paris."}]
    res = recorded_client.chat.complete(model=MODEL, messages=messages, tools=[WEATHER, TIME],
                                        tool_choice="auto", parallel_tool_calls=True)  # fmt: skip
    calls = res.choices[0].message.tool_calls
    assert isinstance(calls, list)
    assert {c.function.name for c in calls} == {"get_weather", "get_time"}
    assert res.choices[0].finish_reason == "tool_calls"


def test_thinking(recorded_client: Mistral):
    """A reasoning model returns a thinking chunk before its answer."""
    res = recorded_client.chat.complete(
        model="magistral-small-latest", messages=ASK, prompt_mode="reasoning"
    )
    content = res.choices[0].message.content
    assert isinstance(content, list)
    assert isinstance(content[0], ThinkChunk)


def test_prefix(recorded_client: Mistral):
    """An assistant message with prefix=True is continued."""
    messages = [
        *ASK,
        {"role": "assistant", "content": "The best French painter is", "prefix": True},
    ]
    assert answer(recorded_client.chat.complete(model=MODEL, messages=messages))


def test_stop(recorded_client: Mistral):
    """The answer ends before the stop string."""
    res = recorded_client.chat.complete(model=MODEL, messages=ASK, stop=["."])
    assert "." not in answer(res)


def test_safe_prompt(recorded_client: Mistral):
    """safe_prompt=True is accepted and answered."""
    assert answer(recorded_client.chat.complete(model=MODEL, messages=ASK, safe_prompt=True))


def test_n_greater_than_one(recorded_client: Mistral):
    """n=2 gives two choices."""
    res = recorded_client.chat.complete(model=MODEL, messages=ASK, n=2)
    assert [c.index for c in res.choices] == [0, 1]


def test_error_401(recorded_client: Mistral):
    """A wrong key: AuthenticationError with the server's message."""
    with (
        Mistral(api_key="not-a-valid-key", server_url=recorded_client.server_url) as wrong,
        pytest.raises(AuthenticationError) as caught,
    ):
        wrong.chat.complete(model=MODEL, messages=ASK)
    assert caught.value.status_code == 401
    assert caught.value.message


def test_error_422(recorded_client: Mistral):
    """An out-of-range temperature: HTTPValidationError whose detail names the field."""
    with pytest.raises(HTTPValidationError) as caught:
        recorded_client.chat.complete(model=MODEL, messages=ASK, temperature=-1)
    assert any("temperature" in map(str, d["loc"]) for d in caught.value.detail)


def test_error_429_is_retried(recorded_client: Mistral, against_real_api: bool):
    """A 429 with Retry-After, then success: the retry is invisible to the caller."""
    if against_real_api:
        pytest.skip(
            "the real API cannot be asked for a 429; this cassette comes from the embedded server"
        )
    res = recorded_client.chat.complete(model=MODEL, messages=ASK, extra_headers={"x-mistral-fault": "429x1@contract"},
                                        retries=RetryConfig(max_retries=1))  # fmt: skip
    assert answer(res)


class Painter(BaseModel):
    """A painter and the year they were born."""

    name: str
    birth_year: int


def get_weather(city: str) -> dict[str, Any]:
    """Get the current weather in a city.

    Args:
        city: The city's name, such as "Paris".
    """
    return {"city": city, "forecast": "sunny", "celsius": 21}


PAINTER_ASK = [{"role": "user", "content": "Name a French painter and the year they were born."}]


def test_parse_structured_output(recorded_client: Mistral):
    """chat.parse with a pydantic model: a strict json_schema, the answer as a Painter."""
    res = recorded_client.chat.parse(model=MODEL, messages=PAINTER_ASK, response_format=Painter)
    painter = res.choices[0].message.parsed
    assert isinstance(painter, Painter)
    assert painter.name
    assert json.loads(answer(res)) == painter.model_dump()


def test_parse_stream_structured_output(recorded_client: Mistral):
    """chat.parse_stream: partial objects while streaming, a Painter at the end."""
    with recorded_client.chat.parse_stream(
        model=MODEL, messages=PAINTER_ASK, response_format=Painter
    ) as stream:
        partials = [stream.partial for _ in stream]
    assert any(isinstance(p, dict) and "name" in p for p in partials)
    assert isinstance(stream.final_response().choices[0].message.parsed, Painter)


def test_run_tools_two_step_loop(recorded_client: Mistral):
    """chat.run_tools_async: a call to get_weather, its result sent back, then an answer."""
    messages = [{"role": "user", "content": "What is the weather in Paris? Use get_weather."}]

    async def run() -> Any:
        try:
            return await recorded_client.chat.run_tools_async(
                model=MODEL, messages=messages, tools=[get_weather]
            )
        finally:
            await recorded_client.aclose()

    run_result = asyncio.run(run())
    assert run_result.steps == 2
    roles = [m["role"] for m in run_result.messages]
    assert roles == ["user", "assistant", "tool", "assistant"]
    call = run_result.messages[1]["tool_calls"][0]
    assert call["function"]["name"] == "get_weather"
    tool = run_result.messages[2]
    assert tool["tool_call_id"] == call["id"]
    assert json.loads(tool["content"])["forecast"] == "sunny"
    assert answer(run_result.response)
    assert run_result.response.choices[0].finish_reason == "stop"
