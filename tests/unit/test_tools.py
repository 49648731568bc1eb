"""Python functions as tools, and chat.run_tools / run_tools_async: the loop and its errors."""

from __future__ import annotations

import asyncio
import json
from typing import Annotated, Any, Literal

import httpx
import pytest
from pydantic import BaseModel, Field

from mistral_client import (
    FunctionTool,
    InvalidRequestError,
    MaxStepsExceededError,
    Mistral,
    ToolCallError,
    ToolRun,
    function_tool,
)
from mistral_client.models import Tool

from ..helpers import API_KEY, MESSAGES, chunk, completion, sse


def get_weather(city: str, unit: Literal["C", "F"] = "C") -> dict[str, Any]:
    """The current weather in a city.

    Args:
        city: The city's name,
            such as "Paris".
        unit: Celsius or Fahrenheit.

    Returns:
        The forecast.
    """
    return {"city": city, "unit": unit, "forecast": "sunny"}


def get_time(city: str) -> str:
    """The local time in a city.

    :param city: The city's name.
    :returns: The time as HH:MM.
    """
    return f"12:00 in {city}"


class Place(BaseModel):
    city: str
    country: str | None = None


class Forecast(BaseModel):
    celsius: int


def calls(*items: tuple[str, Any], call_id: str = "call") -> dict[str, Any]:
    """A completion whose message asks for the tool calls ITEMS: (name, arguments)."""
    body = completion("")
    body["choices"][0]["finish_reason"] = "tool_calls"
    body["choices"][0]["message"]["tool_calls"] = [
        {
            "id": f"{call_id}{i}",
            "type": "function",
            "function": {
                "name": name,
                "arguments": args if isinstance(args, str) else json.dumps(args),
            },
            "index": i,
        }
        for i, (name, args) in enumerate(items)
    ]
    return body


class API:
    """A mock API answering each request with the next body; sync or async by mode."""

    def __init__(self, mode: str, *bodies: dict[str, Any]) -> None:
        self.mode = mode
        self.bodies = list(bodies)
        self.requests: list[httpx.Request] = []

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(200, json=self.bodies.pop(0))

        transport = httpx.MockTransport(handler)
        self.client = Mistral(
            api_key=API_KEY,
            client=httpx.Client(transport=transport),
            async_client=httpx.AsyncClient(transport=transport),
        )

    def sent(self, number: int = -1) -> dict[str, Any]:
        return dict(json.loads(self.requests[number].content))

    def complete(self, **kwargs: Any) -> Any:
        kwargs = {"model": "mistral-small-latest", "messages": MESSAGES, **kwargs}
        if self.mode == "sync":
            return self.client.chat.complete(**kwargs)
        return asyncio.run(self.client.chat.complete_async(**kwargs))

    def run_tools(self, tools: list[Any], **kwargs: Any) -> ToolRun:
        kwargs = {"model": "mistral-small-latest", "messages": MESSAGES, **kwargs}
        if self.mode == "sync":
            return self.client.chat.run_tools(tools=tools, **kwargs)
        return asyncio.run(self.client.chat.run_tools_async(tools=tools, **kwargs))


@pytest.fixture
def api(mode: str) -> Any:
    return lambda *bodies: API(mode, *bodies)


def test_function_tool_builds_the_definition_from_signature_and_docstring():
    """Name, summary, typed parameters with defaults and enums, per-argument descriptions."""
    tool = function_tool(get_weather)
    assert isinstance(tool, FunctionTool)
    definition = tool.to_dict()
    assert definition["type"] == "function"
    function = definition["function"]
    assert function["name"] == "get_weather"
    assert function["description"] == "The current weather in a city."
    parameters = function["parameters"]
    assert parameters["type"] == "object"
    assert parameters["required"] == ["city"]
    assert parameters["properties"]["city"]["type"] == "string"
    assert parameters["properties"]["city"]["description"] == 'The city\'s name, such as "Paris".'
    assert parameters["properties"]["unit"]["enum"] == ["C", "F"]
    assert parameters["properties"]["unit"]["default"] == "C"
    assert parameters["properties"]["unit"]["description"] == "Celsius or Fahrenheit."
    assert isinstance(tool.tool(), Tool)
    assert tool.tool().to_dict() == definition


def test_function_tool_reads_sphinx_docstrings_annotated_fields_and_overrides():
    """:param x: lines, Annotated[..., Field(description=...)], and name/description given."""
    sphinx = function_tool(get_time).to_dict()["function"]
    assert sphinx["description"] == "The local time in a city."
    assert sphinx["parameters"]["properties"]["city"]["description"] == "The city's name."

    def locate(place: Place, radius: Annotated[int, Field(ge=1, description="km")] = 5) -> str:
        return place.city

    custom = function_tool(locate, name="find", description="Find a place.").to_dict()
    assert custom["function"]["name"] == "find"
    assert custom["function"]["description"] == "Find a place."
    props = custom["function"]["parameters"]["properties"]
    assert props["radius"] == {
        "default": 5,
        "description": "km",
        "minimum": 1,
        "title": "Radius",
        "type": "integer",
    }
    assert props["place"] == {"$ref": "#/$defs/Place"}


def test_function_tool_refuses_star_args():
    """*args and **kwargs have no schema: a clear error naming the function."""

    def anything(*values: int) -> int:
        return sum(values)

    with pytest.raises(InvalidRequestError, match=r"anything: .*\*values"):
        function_tool(anything)


def test_functions_in_tools_are_sent_as_definitions(api: Any):
    """tools=[fn, dict, Tool]: the function becomes its definition beside the others."""
    other = {"type": "function", "function": {"name": "f", "parameters": {"type": "object"}}}
    model = Tool.from_dict({"type": "function", "function": {"name": "g", "parameters": {}}})
    mock = api(completion())
    mock.complete(tools=[get_weather, other, model])
    sent = mock.sent()["tools"]
    assert sent == [function_tool(get_weather).to_dict(), other, model.to_dict()]


def test_run_tools_runs_the_call_and_sends_the_result_back(api: Any):
    """Step 1 asks for get_weather; its result goes back as a tool message; step 2 answers."""
    mock = api(calls(("get_weather", {"city": "Paris"})), completion("Sunny in Paris."))
    run = mock.run_tools([get_weather], temperature=0)
    assert run.steps == 2
    assert run.response.choices[0].message.content == "Sunny in Paris."
    first, second = mock.sent(0), mock.sent(1)
    assert first["tools"] == [function_tool(get_weather).to_dict()]
    assert first["temperature"] == 0
    assert second["messages"][0] == MESSAGES[0]
    assistant, tool = second["messages"][1:]
    assert assistant["role"] == "assistant"
    assert assistant["tool_calls"][0]["id"] == "call0"
    assert tool == {
        "role": "tool",
        "tool_call_id": "call0",
        "name": "get_weather",
        "content": json.dumps(
            {"city": "Paris", "unit": "C", "forecast": "sunny"}, separators=(",", ":")
        ),
    }
    assert run.messages == [*second["messages"], run.response.choices[0].message.to_dict()]


def test_parallel_calls_all_run_and_answer_in_order(api: Any):
    """Two calls in one message: two tool messages, in the model's order."""
    mock = api(
        calls(("get_time", {"city": "Rome"}), ("get_weather", {"city": "Oslo", "unit": "F"})),
        completion("Done."),
    )
    run = mock.run_tools([get_weather, get_time])
    tools = [m for m in mock.sent(1)["messages"] if m["role"] == "tool"]
    assert [(t["tool_call_id"], t["name"]) for t in tools] == [
        ("call0", "get_time"),
        ("call1", "get_weather"),
    ]
    assert tools[0]["content"] == "12:00 in Rome"  # a string result goes as it is
    assert json.loads(tools[1]["content"])["unit"] == "F"
    assert run.steps == 2


def test_async_twin_awaits_async_functions_concurrently():
    """run_tools_async: async functions awaited, the calls of one message run together."""
    events: list[str] = []

    async def slow(city: str) -> str:
        events.append(f"start {city}")
        await asyncio.sleep(0)
        events.append(f"end {city}")
        return city.upper()

    mock = API("async", calls(("slow", {"city": "a"}), ("slow", {"city": "b"})), completion("ok"))
    run = mock.run_tools([slow])
    assert events == ["start a", "start b", "end a", "end b"]
    assert [m["content"] for m in run.messages if m.get("role") == "tool"] == ["A", "B"]


def test_sync_run_tools_refuses_async_functions_before_sending():
    """An async function in the sync loop: refused, naming the async twin; nothing sent."""

    async def fetch(url: str) -> str:
        return url

    mock = API("sync", completion())
    with pytest.raises(InvalidRequestError, match="run_tools_async") as caught:
        mock.run_tools([fetch])
    assert caught.value.param == "tools[0]"
    assert mock.requests == []


@pytest.mark.parametrize(
    ("arguments", "expected"),
    [
        pytest.param('{"city": ', "Error: the arguments do not fit get_weather", id="not-json"),
        pytest.param(
            {"town": "Paris"}, "Error: the arguments do not fit get_weather", id="wrong-name"
        ),
        pytest.param(
            {"city": "Paris", "unit": "K"},
            "Error: the arguments do not fit get_weather",
            id="bad-enum",
        ),
    ],
)
def test_bad_arguments_are_reported_to_the_model(api: Any, arguments: Any, expected: str):
    """Arguments that do not decode or fit: the tool's result says so, and the loop goes on."""
    mock = api(calls(("get_weather", arguments)), completion("Sorry."))
    run = mock.run_tools([get_weather])
    tool = mock.sent(1)["messages"][-1]
    assert tool["role"] == "tool"
    assert tool["content"].startswith(expected)
    assert run.response.choices[0].message.content == "Sorry."


def test_bad_arguments_raise_when_configured(api: Any):
    """tool_errors="raise": ToolCallError with the call and the transcript."""
    mock = api(calls(("get_weather", {"town": "Paris"})))
    with pytest.raises(ToolCallError, match="do not fit its signature") as caught:
        mock.run_tools([get_weather], tool_errors="raise")
    assert caught.value.tool_call.function.name == "get_weather"
    assert caught.value.messages[-1]["role"] == "assistant"


def test_a_tool_that_raises_is_reported_or_raised(api: Any):
    """A function's exception: reported as the result by default, raised when configured."""

    def broken(city: str) -> str:
        raise RuntimeError(f"no data for {city}")

    mock = api(calls(("broken", {"city": "Lima"})), completion("It failed."))
    mock.run_tools([broken])
    assert (
        mock.sent(1)["messages"][-1]["content"]
        == "Error: broken raised RuntimeError: no data for Lima"
    )

    mock = api(calls(("broken", {"city": "Lima"})))
    with pytest.raises(ToolCallError, match="broken raised RuntimeError") as caught:
        mock.run_tools([broken], tool_errors="raise")
    assert isinstance(caught.value.__cause__, RuntimeError)


def test_unknown_tool_name_is_an_error(api: Any):
    """The model calls a function that was not given: ToolCallError naming both."""
    mock = api(calls(("get_stock", {})))
    with pytest.raises(
        ToolCallError,
        match="'get_stock', which is not one of the functions given \\(get_weather\\)",
    ):
        mock.run_tools([get_weather])


def test_max_steps_stops_the_loop_with_the_transcript(api: Any):
    """Still asking for tools after max_steps calls: MaxStepsExceededError, transcript kept."""
    mock = api(*[calls(("get_time", {"city": "Rome"}), call_id=f"s{i}-") for i in range(3)])
    with pytest.raises(MaxStepsExceededError, match="max_steps=3") as caught:
        mock.run_tools([get_time], max_steps=3)
    assert len(mock.requests) == 3
    roles = [m["role"] for m in caught.value.messages]
    assert roles == ["user", "assistant", "tool", "assistant", "tool", "assistant"]
    assert caught.value.response.choices[0].finish_reason == "tool_calls"


@pytest.mark.parametrize(
    ("kwargs", "param"),
    [
        pytest.param({"max_steps": 0}, "max_steps", id="max-steps-zero"),
        pytest.param({"tool_errors": "ignore"}, "tool_errors", id="tool-errors"),
        pytest.param(
            {"tools": [{"type": "function", "function": {"name": "f"}}]}, "tools", id="no-function"
        ),
        pytest.param({"tools": get_weather}, "tools", id="not-a-list"),
    ],
)
def test_run_tools_bad_arguments_fail_before_any_request(
    api: Any, kwargs: dict[str, Any], param: str
):
    """Wrong loop arguments: InvalidRequestError naming them, nothing sent."""
    mock = api(completion())
    kwargs = dict(kwargs)
    tools = kwargs.pop("tools", [get_weather])
    with pytest.raises(InvalidRequestError) as caught:
        mock.run_tools(tools, **kwargs)
    assert caught.value.param == param
    assert mock.requests == []


def test_results_that_are_models_go_back_as_json(api: Any):
    """A pydantic model (or any non-string) result is sent as its JSON."""

    def forecast(city: str) -> Forecast:
        return Forecast(celsius=len(city))

    mock = api(calls(("forecast", {"city": "Oslo"})), completion("ok"))
    mock.run_tools([forecast])
    assert json.loads(mock.sent(1)["messages"][-1]["content"]) == {"celsius": 4}


@pytest.mark.parametrize(
    ("tools", "message"),
    [
        pytest.param([Place], "expected a Tool, a dict or a Python function", id="a-class"),
        pytest.param([lambda *values: 0], "must be named", id="star-args"),
    ],
)
def test_tools_that_are_not_tools_fail_before_any_request(api: Any, tools: list[Any], message: str):
    """A class or an unusable function in tools=[...]: InvalidRequestError naming the item."""
    mock = api(completion())
    with pytest.raises(InvalidRequestError, match=message) as caught:
        mock.complete(tools=tools)
    assert caught.value.param == "tools[0]"
    assert mock.requests == []


def streamed_calls(*items: tuple[str, Any]) -> bytes:
    """An event stream whose answer asks for the tool calls ITEMS, as the API streams them."""
    tool_calls = calls(*items)["choices"][0]["message"]["tool_calls"]
    first = chunk("")
    first["choices"][0]["delta"]["tool_calls"] = tool_calls
    return sse(first, chunk("", "tool_calls"))


class StreamAPI(API):
    """API whose answers are event streams."""

    def __init__(self, mode: str, *bodies: bytes) -> None:
        super().__init__(mode)
        self.bodies = list(bodies)  # type: ignore[arg-type]

        def handler(request: httpx.Request) -> httpx.Response:
            self.requests.append(request)
            return httpx.Response(
                200, headers={"content-type": "text/event-stream"}, content=self.bodies.pop(0)
            )

        transport = httpx.MockTransport(handler)
        self.client = Mistral(
            api_key=API_KEY,
            client=httpx.Client(transport=transport),
            async_client=httpx.AsyncClient(transport=transport),
        )

    def run_tools_stream(self, tools: list[Any], **kwargs: Any) -> tuple[list[Any], ToolRun]:
        kwargs = {"model": "mistral-small-latest", "messages": MESSAGES, **kwargs}
        if self.mode == "sync":
            loop = self.client.chat.run_tools_stream(tools=tools, **kwargs)
            return list(loop), loop.result()

        async def run() -> tuple[list[Any], ToolRun]:
            loop = await self.client.chat.run_tools_stream_async(tools=tools, **kwargs)
            return [event async for event in loop], await loop.result()

        return asyncio.run(run())


def test_run_tools_stream_yields_every_step_and_ends_with_the_run(mode: str):
    """Streamed loop: the events of the call step and of the answer, then the ToolRun."""
    answer = sse(chunk("Sunny"), chunk(" in Paris."), chunk("", "stop"))
    mock = StreamAPI(mode, streamed_calls(("get_weather", {"city": "Paris"})), answer)
    events, run = mock.run_tools_stream([get_weather])
    assert len(events) == 5
    text = "".join(e.data.choices[0].delta.content or "" for e in events)
    assert text == "Sunny in Paris."
    assert run.steps == 2
    assert run.response.choices[0].message.content == "Sunny in Paris."
    assert [m["role"] for m in run.messages] == ["user", "assistant", "tool", "assistant"]
    second = json.loads(mock.requests[1].content)
    assert second["stream"] is True
    assert second["messages"][2]["tool_call_id"] == "call0"
    assert json.loads(second["messages"][2]["content"])["city"] == "Paris"
