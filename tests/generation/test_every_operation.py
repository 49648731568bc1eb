"""Every operation of openapi.yaml is a typed method on `Mistral`, sync and async, on our wire.

The names come from the same pure function `make generate` uses (prepare_spec.resolve_names);
a mock server answers each request with an example built from the operation's response schema.
"""

from __future__ import annotations

import asyncio
import inspect
import json
import re
from pathlib import Path
from typing import Any

import httpx
import pytest

import _mistral_api.models as models
from _mistral_api.api import Resources  # noqa: TID251 (the generated resources themselves)
from mistral_client import Mistral
from mistral_client.errors import NotFoundError
from scripts import prepare_spec as ps

SPEC = Path(__file__).resolve().parents[2] / "openapi.yaml"


def example(document: Any, schema: Any) -> Any:
    """A minimal instance of SCHEMA: required properties only, first member of a union."""
    schema = ps._deref(document, schema)
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return schema["enum"][0]
    for keyword in ("anyOf", "oneOf"):
        if schema.get(keyword):
            members = [m for m in schema[keyword] if ps._deref(document, m).get("type") != "null"]
            return example(document, members[0])
    if schema.get("allOf"):
        merged: dict[str, Any] = {}
        for member in schema["allOf"]:
            merged.update(example(document, member))
        return merged
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        properties = schema.get("properties") or {}
        return {n: example(document, properties[n]) for n in schema.get("required", [])}
    if kind == "array":
        return [example(document, schema.get("items", {}))]
    if kind == "string":
        return "2024-01-01T00:00:00Z" if schema.get("format") == "date-time" else "x"
    return {"integer": 1, "number": 1.0, "boolean": True}.get(str(kind))


def operations() -> list[tuple[str, str, str, dict[str, Any]]]:
    document = ps.load_spec(SPEC)
    return sorted(ps.operations(document))


DOCUMENT = ps.load_spec(SPEC)
NAMES = ps.resolve_names(
    ps.load_spec(SPEC), ps.load_names(ps.NAMES), dict(ps.response_media_types(DOCUMENT))
)
PATHS = {
    (method.upper(), re.compile("^" + re.sub(r"{[^}]+}", "[^/]+", path) + "$")): operation
    for _, method, path, operation in ps.operations(DOCUMENT)
}


def answer(request: httpx.Request) -> httpx.Response:
    """The spec's example answer to REQUEST: JSON, bytes, or an event stream when it asked for one."""
    operation = next(
        op
        for (verb, path), op in PATHS.items()
        if verb == request.method and path.match(request.url.path)
    )
    content = ps.success_content(operation)
    body = (
        json.loads(request.content)
        if request.headers.get("content-type") == "application/json"
        else {}
    )
    if body.get("stream") is True:
        event = example(DOCUMENT, content["text/event-stream"]["schema"])
        text = f"data: {json.dumps(event['data'])}\n\ndata: [DONE]\n\n"
        return httpx.Response(200, text=text, headers={"content-type": "text/event-stream"})
    if "application/json" in content:
        return httpx.Response(200, json=example(DOCUMENT, content["application/json"]["schema"]))
    return httpx.Response(
        200, content=b"\x00bytes", headers={"content-type": "application/octet-stream"}
    )


def arguments(op_id: str, operation: dict[str, Any], method: Any) -> dict[str, Any]:
    """Values for the method's required keywords, typed as the signature says."""
    parameters = inspect.signature(method).parameters
    kwargs: dict[str, Any] = {}
    for parameter in operation.get("parameters") or []:
        name = ps.endpoint_name(parameter["name"])
        if name in parameters and parameters[name].default is inspect.Parameter.empty:
            kwargs[name] = example(DOCUMENT, parameter["schema"])
    media = (operation.get("requestBody") or {}).get("content") or {}
    if "application/json" in media:
        schema = media["application/json"]["schema"]
        body_cls = getattr(models, ps.model_class(DOCUMENT, schema["$ref"])[0])
        body = body_cls.from_dict(example(DOCUMENT, schema))
        renames = NAMES.operations[ps.endpoint_name(op_id)]["renames"]
        for field in ps._deref(DOCUMENT, schema).get("required", []):
            python_name = ps.endpoint_name(field)
            keyword = renames.get(field, python_name)
            if keyword in parameters:
                kwargs[keyword] = getattr(body, python_name if python_name != "input" else "input_")
    if "multipart/form-data" in media:
        kwargs["file"] = b"content"
    return kwargs


def calls() -> list[Any]:
    found = []
    for op_id, _, _, operation in ps.operations(DOCUMENT):
        info = NAMES.operations[ps.endpoint_name(op_id)]
        path = NAMES.classes[info["class"]]["path"]
        for name in (info["method"], info["stream_method"]):
            if name:
                found.append(pytest.param(op_id, path, name, operation, id=f"{path}.{name}"))
    return found


@pytest.mark.parametrize(("op_id", "path", "name", "operation"), calls())
def test_operation_is_reachable_on_mistral_sync_and_async(op_id, path, name, operation):
    """Each operation answers through Mistral, sync and async, decoding the spec's example."""
    transport = httpx.MockTransport(answer)
    client = Mistral(
        api_key="test-key",
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )
    # client.chat, .files and .batch are still the hand-written resources: reach the generated
    # ones through the Resources base (the same transport).
    first, *rest = path.split(".")
    resource: Any = vars(Resources)[first].func(client)
    for part in rest:
        resource = getattr(resource, part)
    method = getattr(resource, name)
    kwargs = arguments(op_id, operation, method)
    result = method(**kwargs)
    if name == NAMES.operations[ps.endpoint_name(op_id)]["stream_method"]:
        with result as stream:
            assert [type(event).__name__ for event in stream] == ["CompletionEvent"]

        async def stream_async() -> list[Any]:
            async with await getattr(resource, f"{name}_async")(**kwargs) as events:
                return [event async for event in events]

        assert len(asyncio.run(stream_async())) == 1
        return
    assert result is not None
    again = asyncio.run(getattr(resource, f"{name}_async")(**kwargs))
    assert type(again) is type(result)
    raw = getattr(resource.with_raw_response, name)(**kwargs)
    assert raw.status_code == 200
    assert type(raw.data) is type(result)


def test_generated_method_404_raises_typed_error_with_body(mode):
    """A generated method's error status raises the typed error carrying the raw body."""
    transport = httpx.MockTransport(lambda request: httpx.Response(404, json={"message": "no"}))
    client = Mistral(
        api_key="test-key",
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )

    def call() -> object:
        if mode == "sync":
            return client.models.retrieve(model_id="nope")
        return asyncio.run(client.models.retrieve_async(model_id="nope"))

    with pytest.raises(NotFoundError) as caught:
        call()
    assert caught.value.body == b'{"message":"no"}'


def test_generated_method_unknown_keyword_suggests_the_closest():
    """An unknown keyword is refused before sending, naming the closest keyword."""
    client = Mistral(api_key="test-key")
    with pytest.raises(ValueError, match="did you mean 'inputs'"):
        client.embeddings.create(model="m", inputs="a", imputs="b")  # type: ignore[call-arg]
