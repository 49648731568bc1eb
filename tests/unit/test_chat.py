"""client.chat: what is sent, what comes back, and what is refused before sending."""

from __future__ import annotations

import asyncio
import json
from collections.abc import Callable
from typing import Any

import httpx
import pytest

from _mistral_api.models import ChatCompletionRequest
from _mistral_api.types import model_fields
from mistral_client import InvalidRequestError, Mistral
from mistral_client._chat import chat_parameters
from mistral_client.models import (
    AssistantMessage,
    FunctionCall,
    ImageURLChunk,
    ResponseFormat,
    SystemMessage,
    TextChunk,
    Tool,
    ToolCall,
    ToolMessage,
    UserMessage,
)

from ..helpers import API_KEY, MockAPI, completion

Factory = Callable[..., MockAPI]


class Recorder:
    """A mock API handler that keeps every request and answers with BODY."""

    def __init__(self, body: dict[str, Any] | None = None, headers: dict[str, str] | None = None):
        self.requests: list[httpx.Request] = []
        self.body = body or completion()
        self.headers = headers or {}

    def __call__(self, request: httpx.Request) -> httpx.Response:
        self.requests.append(request)
        return httpx.Response(200, json=self.body, headers=self.headers)

    @property
    def sent(self) -> dict[str, Any]:
        return dict(json.loads(self.requests[-1].content))


def test_complete_sends_only_model_and_messages_when_nothing_else_is_set(mock_api: Factory):
    """A bare call sends exactly model and messages to POST /v1/chat/completions."""
    rec = Recorder()
    res = mock_api(rec).complete()
    request = rec.requests[0]
    assert (request.method, str(request.url)) == (
        "POST",
        "https://api.mistral.ai/v1/chat/completions",
    )
    assert rec.sent == {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": "Hello"}],
    }
    assert request.headers["authorization"] == f"Bearer {API_KEY}"
    assert res.choices[0].message.content == "Hi!"
    assert (res.usage.prompt_tokens, res.usage.completion_tokens, res.usage.total_tokens) == (
        5,
        2,
        7,
    )


@pytest.mark.own_spec
def test_complete_sends_explicit_none_as_null_and_parameters_as_given(mock_api: Factory):
    """None goes out as null; every given parameter is sent unchanged, open enums included."""
    rec = Recorder()
    mock_api(rec).complete(
        temperature=None,
        max_tokens=64,
        stop=["\n"],
        random_seed=7,
        reasoning_effort="medium",  # a value this version does not know
        safe_prompt=False,
        stream=False,
        metadata={"trace": "abc"},
    )
    sent = rec.sent
    assert sent["temperature"] is None
    assert (sent["max_tokens"], sent["stop"], sent["random_seed"]) == (64, ["\n"], 7)
    assert sent["reasoning_effort"] == "medium"
    assert (sent["safe_prompt"], sent["stream"], sent["metadata"]) == (
        False,
        False,
        {"trace": "abc"},
    )


@pytest.mark.own_spec
def test_dict_and_model_messages_are_identical_on_the_wire(mock_api: Factory):
    """Typed messages and dicts, mixed freely, serialise to the same JSON."""
    call = {"id": "c1", "type": "function", "function": {"name": "f", "arguments": "{}"}}
    dicts = [
        {"role": "system", "content": "Be brief."},
        {"role": "user", "content": [{"type": "text", "text": "look"},
                                     {"type": "image_url", "image_url": "https://x/y.png"}]},
        {"role": "assistant", "content": None, "tool_calls": [call]},
        {"role": "tool", "content": "42", "tool_call_id": "c1", "name": "f"},
        {"role": "assistant", "content": "The answer is", "prefix": True},
    ]  # fmt: skip
    models = [
        SystemMessage(content="Be brief."),
        UserMessage(content=[TextChunk(text="look"), ImageURLChunk(image_url="https://x/y.png")]),
        AssistantMessage(
            content=None,
            tool_calls=[
                ToolCall(id="c1", type_="function", function=FunctionCall(name="f", arguments="{}"))
            ],  # type: ignore[arg-type]
        ),
        ToolMessage(content="42", tool_call_id="c1", name="f"),
        AssistantMessage(content="The answer is", prefix=True),
    ]
    mixed = [
        dicts[0],
        models[1],
        dicts[2],
        models[3],
        {"role": "assistant", "content": "The answer is", "prefix": True},
    ]
    rec = Recorder()
    api = mock_api(rec)
    for messages in (dicts, models, mixed):
        api.complete(messages=messages)
    assert [json.loads(r.content)["messages"] for r in rec.requests] == [dicts, dicts, dicts]


def test_dict_message_with_model_chunks_inside_is_serialised(mock_api: Factory):
    """A dict message whose content holds generated chunk models is sent as plain JSON."""
    rec = Recorder()
    mock_api(rec).complete(messages=[{"role": "user", "content": [TextChunk(text="hi")]}])
    assert rec.sent["messages"] == [{"role": "user", "content": [{"type": "text", "text": "hi"}]}]


def test_tools_and_response_format_models_are_serialised(mock_api: Factory):
    """Tool and ResponseFormat models, or dicts, are accepted and sent as their JSON."""
    tool = {"type": "function", "function": {"name": "weather", "parameters": {"type": "object"}}}
    rec = Recorder()
    mock_api(rec).complete(
        tools=[Tool.from_dict(tool)],
        tool_choice="any",
        response_format=ResponseFormat.from_dict({"type": "json_object"}),
        parallel_tool_calls=False,
    )
    sent = rec.sent
    assert sent["tools"] == [tool]
    assert (sent["tool_choice"], sent["response_format"]) == ("any", {"type": "json_object"})
    assert sent["parallel_tool_calls"] is False


def test_extra_body_and_extra_headers_carry_what_the_spec_does_not_know(mock_api: Factory):
    """The escape hatch: unknown body fields and headers are sent as given."""
    rec = Recorder()
    mock_api(rec).complete(extra_body={"future_knob": {"x": 1}}, extra_headers={"x-trace": "t1"})
    assert rec.sent["future_knob"] == {"x": 1}
    assert rec.requests[0].headers["x-trace"] == "t1"
    assert rec.requests[0].headers["authorization"] == f"Bearer {API_KEY}"


def test_complete_returns_tool_calls_and_keeps_unknown_fields(mock_api: Factory):
    """Tool calls decode typed; fields and values the server adds stay in to_dict()."""
    body = completion(content="", system_fingerprint="fp1")
    body["choices"][0]["finish_reason"] = "tool_calls"
    body["choices"][0]["message"]["tool_calls"] = [
        {"id": "c1", "type": "function", "index": 0,
         "function": {"name": "weather", "arguments": '{"city": "Paris"}'}}
    ]  # fmt: skip
    body["choices"][0]["logprobs"] = None
    res = mock_api(Recorder(body)).complete()
    choice = res.choices[0]
    assert choice.finish_reason == "tool_calls"
    assert isinstance(choice.message.tool_calls, list)
    assert choice.message.tool_calls[0].function.name == "weather"
    assert json.loads(str(choice.message.tool_calls[0].function.arguments)) == {"city": "Paris"}
    assert res.to_dict() == body


def test_with_raw_response_exposes_status_and_headers(mock_api: Factory):
    """A successful call's status and headers (rate limits, correlation id) are readable."""
    rec = Recorder(
        headers={"mistral-correlation-id": "corr-9", "x-ratelimit-remaining-tokens": "99"}
    )
    api = mock_api(rec)
    if api.mode == "sync":
        raw = api.client.chat.with_raw_response.complete(
            model="m", messages=[{"role": "user", "content": "x"}]
        )
    else:
        raw = asyncio.run(
            api.client.chat.with_raw_response.complete_async(
                model="m", messages=[{"role": "user", "content": "x"}]
            )
        )
    assert raw.status_code == 200
    assert raw.headers["mistral-correlation-id"] == "corr-9"
    assert raw.headers["x-ratelimit-remaining-tokens"] == "99"
    assert raw.data.choices[0].message.content == "Hi!"


BAD_ARGUMENTS = [
    pytest.param(
        {"temperature": "hot"}, "temperature", "expected float | None", id="temperature-str"
    ),
    pytest.param(
        {"temperature": True}, "temperature", "expected float | None", id="temperature-bool"
    ),
    pytest.param({"max_tokens": 1.5}, "max_tokens", "expected int | None", id="max-tokens-float"),
    pytest.param({"stop": [1]}, "stop", "Sequence[str]", id="stop-ints"),
    pytest.param({"tools": {"name": "f"}}, "tools", "a list of Tool", id="tools-dict"),
    pytest.param({"temprature": 0.2}, "temprature", "unknown parameter", id="unknown-name"),
    pytest.param(
        {"messages": "Hello"}, "messages", "expected a list of messages", id="messages-str"
    ),
    pytest.param(
        {"messages": [{"content": "hi"}]}, "messages[0].role", "got no role", id="no-role"
    ),
    pytest.param(
        {"messages": [{"role": "user"}]}, "messages[0].content", "needs 'content'", id="no-content"
    ),
    pytest.param(
        {"messages": [{"role": "user", "content": 3}]},
        "messages[0].content",
        "string or a list",
        id="content-int",
    ),
    pytest.param(
        {"messages": [MESSAGE := {"role": "user", "content": "a"}, 42]},
        "messages[1]",
        "message dict or model",
        id="message-int",
    ),
    pytest.param({"model": ""}, "model", "expected a model name", id="model-empty"),
    pytest.param({"model": None}, "model", "expected a model name", id="model-none"),
    pytest.param({"stream": True}, "stream", "use chat.stream()", id="complete-stream-true"),
    pytest.param({"extra_body": ["x"]}, "extra_body", "expected a dict", id="extra-body-list"),
    pytest.param({"retries": 3}, "retries", "expected a RetryConfig", id="retries-int"),
]


@pytest.mark.parametrize(("kwargs", "param", "message"), BAD_ARGUMENTS)
def test_complete_bad_argument_fails_before_any_request(
    mock_api: Factory, kwargs: dict[str, Any], param: str, message: str
):
    """A bad argument raises InvalidRequestError naming it, and nothing is sent."""
    rec = Recorder()
    with pytest.raises(InvalidRequestError) as caught:
        mock_api(rec).complete(**kwargs)
    assert caught.value.param == param
    assert message in str(caught.value)
    assert isinstance(caught.value, ValueError)
    assert rec.requests == []


def test_stream_with_stream_false_is_refused(mock_api: Factory):
    """chat.stream(stream=False) contradicts itself: refused before sending."""
    rec = Recorder()
    with pytest.raises(InvalidRequestError, match="always streams"):
        mock_api(rec).stream(stream=False)
    assert rec.requests == []


def test_chat_parameters_are_the_generated_request_fields():
    """chat.complete takes exactly the generated request's fields (stream is its own method)."""
    fields = set(model_fields(ChatCompletionRequest)) - {"stream"}
    assert set(chat_parameters()) == fields


def test_per_call_timeout_overrides_client_default():
    """timeout= on a call reaches the request; without it the client's own timeout applies."""
    seen: list[dict[str, Any]] = []

    def handler(request: httpx.Request) -> httpx.Response:
        seen.append(request.extensions["timeout"])
        return httpx.Response(200, json=completion())

    own = httpx.Client(transport=httpx.MockTransport(handler), timeout=12.0)
    client = Mistral(api_key=API_KEY, client=own)
    client.chat.complete(model="m", messages=MESSAGE_LIST)
    client.chat.complete(model="m", messages=MESSAGE_LIST, timeout=3.0)
    assert seen[0] == {"connect": 12.0, "read": 12.0, "write": 12.0, "pool": 12.0}
    assert seen[1] == {"connect": 3.0, "read": 3.0, "write": 3.0, "pool": 3.0}


MESSAGE_LIST = [{"role": "user", "content": "x"}]
