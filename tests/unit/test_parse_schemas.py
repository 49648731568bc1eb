"""Generated pydantic models: the embedded server accepts every strict schema, and its reply parses back.

Hypothesis builds models from the field types users write (strings, numbers with bounds, enums,
optionals, lists, dicts, dates, nested models); for each one the request ``chat.parse`` would
send passes the server's validation (the spec's ChatCompletionRequest), the server's
deterministic reply satisfies the schema (jsonschema), and it decodes into the model.
"""

from __future__ import annotations

import datetime
import itertools
import json
import uuid
from typing import Annotated, Any, Literal

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator
from pydantic import BaseModel, Field, create_model

from mistral_client._parse import OutputType, strict_schema
from mistral_client._tools import function_tool
from mistral_client.server._app import validation_errors
from mistral_client.server._replies import completion, example_for, tool_calls_for

_names = itertools.count()

LEAVES = st.sampled_from(
    [
        str,
        int,
        float,
        bool,
        datetime.datetime,
        datetime.date,
        uuid.UUID,
        Literal["red", "green"],
        Literal[1, 2, 3],
        Annotated[int, Field(ge=10, le=20)],
        Annotated[int, Field(gt=-5, lt=0)],
        Annotated[float, Field(ge=0.0, le=1.0)],
        Annotated[str, Field(min_length=12)],
        Annotated[str, Field(max_length=3)],
        Annotated[list[int], Field(min_length=2, max_length=3)],
    ]
)


def wrap(inner: st.SearchStrategy[Any]) -> st.SearchStrategy[Any]:
    return st.one_of(
        inner.map(lambda t: list[t]),  # type: ignore[valid-type]
        inner.map(lambda t: t | None),
        inner.map(lambda t: dict[str, t]),  # type: ignore[valid-type]
        st.builds(model_of, st.lists(inner, min_size=1, max_size=4)),
    )


def model_of(types: list[Any]) -> type[BaseModel]:
    """A model with one field per type (field names f0, f1, ...; some with defaults)."""
    fields: dict[str, Any] = {}
    for i, tp in enumerate(types):
        fields[f"f{i}"] = (tp, None) if i % 3 == 2 and _nullable(tp) else (tp, ...)
    return create_model(f"Model{next(_names)}", **fields)


def _nullable(tp: Any) -> bool:
    return type(None) in getattr(tp, "__args__", ())


FIELD_TYPES = st.recursive(LEAVES, wrap, max_leaves=12)
MODELS = st.builds(model_of, st.lists(FIELD_TYPES, min_size=1, max_size=6))


def request_for(output: OutputType[Any]) -> dict[str, Any]:
    return {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": "Fill the form."}],
        "response_format": output.response_format(),
    }


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(MODELS)
def test_generated_models_round_trip_through_the_embedded_server(model: type[BaseModel]):
    """Schema accepted by the server's validator; its reply fits the schema and parses back."""
    output = OutputType[Any](model)
    schema = output.schema
    Draft202012Validator.check_schema(schema)
    body = request_for(output)
    assert validation_errors(body) == []
    reply = completion(body, created=0)
    content = reply["choices"][0]["message"]["content"]
    assert list(Draft202012Validator(schema).iter_errors(json.loads(content))) == []
    parsed = output.validate(content)
    assert isinstance(parsed, model)


@settings(max_examples=40, deadline=None)
@given(st.lists(FIELD_TYPES, min_size=1, max_size=4))
def test_generated_function_signatures_get_calls_that_fit(types: list[Any]):
    """A function of generated parameter types: the server's call arguments fit its schema."""
    annotations = {f"a{i}": tp for i, tp in enumerate(types)}

    def tool(**kwargs: Any) -> None:  # the signature below replaces **kwargs
        return None

    import inspect

    tool.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
        [
            inspect.Parameter(n, inspect.Parameter.KEYWORD_ONLY, annotation=t)
            for n, t in annotations.items()
        ]
    )
    tool.__annotations__ = annotations
    wrapped = function_tool(tool)
    body = {
        "model": "mistral-small-latest",
        "messages": [{"role": "user", "content": "Call tool now."}],
        "tools": [wrapped.to_dict()],
        "tool_choice": "any",
    }
    assert validation_errors(body) == []
    calls = tool_calls_for(body)
    assert calls is not None
    arguments = calls[0]["function"]["arguments"]
    assert list(Draft202012Validator(wrapped.parameters).iter_errors(json.loads(arguments))) == []
    wrapped.arguments(arguments)  # validates against the signature


def test_recursive_models_end():
    """A model that contains itself: the server's example stops at a null or an empty list."""

    class Node(BaseModel):
        name: str
        children: list[Node]
        parent: Node | None

    output = OutputType[Any](Node)
    value = example_for(output.schema)
    assert isinstance(output.validate(json.dumps(value)), Node)


@pytest.mark.parametrize(
    ("schema", "expected"),
    [
        pytest.param({"type": "integer", "minimum": 5, "maximum": 9}, 5, id="int-min"),
        pytest.param({"type": "integer", "exclusiveMaximum": 0}, -1, id="int-exclusive-max"),
        pytest.param({"type": "integer", "minimum": 3, "multipleOf": 4}, 4, id="int-multiple"),
        pytest.param({"type": "number", "exclusiveMinimum": 2}, 2.5, id="number-exclusive-min"),
        pytest.param(
            {"type": "string", "format": "date-time"}, "2024-01-01T12:00:00Z", id="datetime"
        ),
        pytest.param({"type": "string", "maxLength": 3}, "exa", id="max-length"),
        pytest.param(
            {"type": "array", "items": {"type": "boolean"}, "maxItems": 0}, [], id="max-items"
        ),
        pytest.param(
            {
                "type": "array",
                "prefixItems": [{"type": "integer"}, {"type": "string", "enum": ["x"]}],
            },
            [1, "x"],
            id="tuple",
        ),
    ],
)
def test_example_for_honours_bounds_and_formats(schema: dict[str, Any], expected: Any):
    """The server's deterministic instance respects numeric bounds, lengths and formats."""
    assert example_for(schema) == expected


def test_strict_schema_leaves_free_form_dicts_open():
    """dict[str, X] keeps its additionalProperties schema; models get false."""
    schema = strict_schema(
        {
            "type": "object",
            "properties": {"d": {"type": "object", "additionalProperties": {"type": "integer"}}},
        }
    )
    assert schema["additionalProperties"] is False
    assert schema["properties"]["d"]["additionalProperties"] == {"type": "integer"}
