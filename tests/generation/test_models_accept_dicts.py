"""Plain dicts where a generated model expects a model, as Mistral's own examples write them.

The field types stay the models (they are also the response types users read); dicts are
accepted at run time by to_dict(), and a value that fits nothing names its path.
"""

from __future__ import annotations

from types import MappingProxyType
from typing import Any

import pytest

from _mistral_api.models import (
    ChatCompletionRequest,
    Function,
    FunctionParameters,
    TextChunk,
    Tool,
    UserMessage,
)
from _mistral_api.types import InvalidFieldError

PARAMETERS = {"type": "object", "properties": {"city": {"type": "string"}}, "required": ["city"]}


def test_user_message_content_dicts_are_sent_as_given():
    """`UserMessage(content=[{"type": "text", ...}])` serialises instead of AttributeError."""
    content = [
        {"type": "text", "text": "hi"},
        {"type": "image_url", "image_url": "https://x/y.png"},
    ]
    message = UserMessage(content=content)
    assert message.to_dict() == {"role": "user", "content": content}


def test_function_parameters_dict_is_sent_as_given():
    """`Function(name=..., parameters={...})` serialises the JSON schema dict unchanged."""
    function = Function(name="get_weather", parameters=PARAMETERS)
    assert function.to_dict() == {"name": "get_weather", "parameters": PARAMETERS}


def test_request_mixing_models_and_dicts_serialises_both():
    """Dict messages, dict tools and dict chunks sit beside models in one request."""
    request = ChatCompletionRequest(
        model="m",
        messages=[
            {"role": "system", "content": "be brief"},
            UserMessage(content=[TextChunk(text="a"), {"type": "text", "text": "b"}]),
        ],
        tools=[
            {"type": "function", "function": {"name": "f", "parameters": {}}},
            Tool(function=Function(name="g", parameters=FunctionParameters())),
        ],
    )
    assert request.to_dict()["messages"] == [
        {"role": "system", "content": "be brief"},
        {"role": "user", "content": [{"type": "text", "text": "a"}, {"type": "text", "text": "b"}]},
    ]
    assert request.to_dict()["tools"] == [
        {"type": "function", "function": {"name": "f", "parameters": {}}},
        {"function": {"name": "g", "parameters": {}}},
    ]


def test_mapping_is_sent_as_a_plain_dict_copy_with_models_inside_serialised():
    """Any Mapping becomes a new plain dict; a model inside it is serialised, lists copied."""
    source = {"type": "function", "function": Function(name="f", parameters=FunctionParameters())}
    tool = Tool(function=MappingProxyType(source))
    sent = tool.to_dict()["function"]
    assert type(sent) is dict
    assert sent == {"type": "function", "function": {"name": "f", "parameters": {}}}
    parameters: dict[str, Any] = {"required": ["city"]}
    sent_parameters = Function(name="f", parameters=parameters).to_dict()["parameters"]
    assert sent_parameters == parameters
    assert sent_parameters is not parameters


@pytest.mark.parametrize(
    ("build", "path", "location", "expected", "value"),
    [
        pytest.param(
            lambda: ChatCompletionRequest(
                model="m", messages=[UserMessage(content=[TextChunk(text="a"), 5])]
            ),
            ["messages", 0, "content", 1],
            "messages[0].content[1]",
            "AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk"
            " | TextChunk | ThinkChunk | UnknownContentChunk | dict",
            5,
            id="chunk-in-message",
        ),
        pytest.param(
            lambda: ChatCompletionRequest(
                model="m", messages=[], tools=[Tool(function=Function(name="f", parameters=7))]
            ),
            ["tools", 0, "function", "parameters"],
            "tools[0].function.parameters",
            "FunctionParameters | dict",
            7,
            id="parameters-in-tool",
        ),
        pytest.param(
            lambda: ChatCompletionRequest(model="m", messages=["hello"]),
            ["messages", 0],
            "messages[0]",
            "AssistantMessage | SystemMessage | ToolMessage | UserMessage | dict",
            "hello",
            id="string-message",
        ),
        pytest.param(
            lambda: Tool(
                function={"name": "f", "parameters": [1, Function(name="g", parameters=None)]}
            ),
            ["function", "parameters", 1, "parameters"],
            "function.parameters[1].parameters",
            "FunctionParameters | dict",
            None,
            id="model-inside-a-dict",
        ),
    ],
)
def test_value_that_fits_nothing_raises_invalid_field_error_naming_its_path(
    build: Any, path: list[str | int], location: str, expected: str, value: Any
):
    """The top-level to_dict() raises InvalidFieldError with the whole path, what fits, the value."""
    with pytest.raises(InvalidFieldError) as caught:
        build().to_dict()
    error = caught.value
    assert (error.path, error.location, error.expected, error.value) == (
        path,
        location,
        expected,
        value,
    )
    assert isinstance(error, TypeError)
    assert str(error).startswith(f"{location}: expected {expected}, got {type(value).__name__} ")


def test_attribute_error_inside_a_real_model_is_not_taken_for_a_dict():
    """A model whose own to_dict() fails keeps its AttributeError; the fallback is for non-models."""

    class Broken(FunctionParameters):
        def to_dict(self) -> dict[str, Any]:
            raise AttributeError("boom")

    with pytest.raises(AttributeError, match=r"^boom$"):
        Function(name="f", parameters=Broken()).to_dict()
