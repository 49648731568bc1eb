"""Every operation of the spec is a typed method on `Mistral`, sync and async, on our wire.

The spec is the prepared one (Mistral's openapi.yaml, corrected and repaired by
prepare_spec.prepare: what the generator reads). Each method is called through a `Mistral`
client, with its required keywords built from the operation's schemas and typed as its
signature says, against a mock transport that checks the request reached the operation's path
and answers with an example of the operation's response: JSON, bytes, no body, or an event
stream. The names come from the same pure function `make generate` uses
(prepare_spec.resolve_names).
"""

from __future__ import annotations

import asyncio
import datetime
import enum
import functools
import inspect
import io
import json
import re
import types
import typing
from collections.abc import Sequence
from typing import Any

import attrs
import httpx
import pytest
import yaml

from _mistral_api.api import Resources  # noqa: TID251 (the generated resources themselves)
from _mistral_api.types import UNSET, File, Unset, is_model, model_fields
from mistral_client import Mistral
from mistral_client._hints import fits
from mistral_client.errors import NotFoundError
from scripts import prepare_spec as ps

SPEC = ps.ROOT / "openapi.yaml"
# What the generator read (corrections and repairs applied), named as `make generate` names it:
# with the media types as published.
DOCUMENT, _, _ = ps.prepare(SPEC)
# The published document again, for its media types only: parsed by libyaml (0.8 s, not 2.5).
PUBLISHED = yaml.load(SPEC.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
NAMES = ps.resolve_names(
    DOCUMENT, ps.load_names(ps.NAMES), dict(ps.response_media_types(PUBLISHED))
)
UUID_EXAMPLE = "3fa85f64-5717-4562-b3fc-2c963f66afa6"
STRING_FORMATS = {
    "date-time": "2024-01-01T00:00:00+00:00",
    "date": "2024-01-01",
    "uuid": UUID_EXAMPLE,
}
BYTES = b"\x00RIFF bytes"


# ------------------------------------------------------------------ examples from the schemas


def example(schema: Any, depth: int = 0) -> Any:
    """A minimal instance of SCHEMA: required properties only, the first member of a union."""
    schema = ps._deref(DOCUMENT, schema)
    if not isinstance(schema, dict):
        return "x"
    if "const" in schema:
        return schema["const"]
    if schema.get("enum"):
        return next(v for v in schema["enum"] if v is not None)
    for keyword in ("oneOf", "anyOf"):
        if schema.get(keyword):
            members = [m for m in schema[keyword] if ps._deref(DOCUMENT, m).get("type") != "null"]
            value = example(members[0], depth + 1)
            tag = (schema.get("discriminator") or {}).get("propertyName")
            if tag and isinstance(value, dict):
                # The discriminator decides the member: set it even where it is optional.
                mapping = {v: k for k, v in (schema["discriminator"].get("mapping") or {}).items()}
                own = (ps._deref(DOCUMENT, members[0]).get("properties") or {}).get(tag)
                value[tag] = mapping.get(members[0].get("$ref")) or example(own, depth + 1)
            return value
    if schema.get("allOf"):
        members = [ps._deref(DOCUMENT, m) for m in schema["allOf"]]
        if not all(m.get("type", "object") == "object" for m in members):
            return example(members[0], depth + 1)
        schema = {"type": "object", "properties": properties(schema), "required": required(schema)}
    kind = schema.get("type")
    kind = next((k for k in kind if k != "null"), None) if isinstance(kind, list) else kind
    if kind == "object" or "properties" in schema:
        declared = schema.get("properties") or {}
        return {n: example(declared.get(n, {}), depth + 1) for n in schema.get("required", [])}
    if kind == "array":
        # One item, so item decoding is exercised; none once deep (recursive schemas).
        return [] if depth > 6 else [example(schema.get("items", {}), depth + 1)]
    if kind == "string":
        return STRING_FORMATS.get(schema.get("format"), "x")
    return {"integer": 1, "number": 1.0, "boolean": True}.get(str(kind), "x")


def body_schema(operation: dict[str, Any]) -> tuple[str | None, dict[str, Any]]:
    """(media type, schema) of the request body; (None, {}) without one."""
    for media, content in ((operation.get("requestBody") or {}).get("content") or {}).items():
        return media, ps._deref(DOCUMENT, content.get("schema") or {})
    return None, {}


def properties(schema: dict[str, Any]) -> dict[str, Any]:
    """The properties of an object schema, allOf members merged."""
    found = dict(schema.get("properties") or {})
    for member in schema.get("allOf") or []:
        found.update(properties(ps._deref(DOCUMENT, member)))
    return found


def required(schema: dict[str, Any]) -> list[str]:
    """The required properties of an object schema, allOf members merged."""
    found = list(schema.get("required") or [])
    for member in schema.get("allOf") or []:
        found += required(ps._deref(DOCUMENT, member))
    return found


def parameter_schema(parameter: dict[str, Any]) -> Any:
    """A parameter's schema, or that of its one media type (`content`, a JSON query value)."""
    if "schema" in parameter:
        return parameter["schema"]
    (content,) = parameter["content"].values()
    return content["schema"]


# ------------------------------------------------------------------ arguments, typed


def _union_members(hint: Any) -> tuple[Any, ...]:
    origin = typing.get_origin(hint)
    return typing.get_args(hint) if origin in (typing.Union, types.UnionType) else (hint,)


def typed(hint: Any, value: Any) -> Any:
    """VALUE (JSON) as a keyword typed HINT takes it: the transport's own check (`fits`) decides."""
    if fits(value, hint):
        return value
    for member in _union_members(hint):
        origin = typing.get_origin(member)
        try:
            if member in (datetime.datetime, datetime.date):
                return member.fromisoformat(value)
            if origin in (list, Sequence) and isinstance(value, list):
                (inner,) = typing.get_args(member)
                return [typed(inner, item) for item in value]
            if is_model(member) and isinstance(value, dict):
                return member.from_dict(value)
            if isinstance(member, type) and issubclass(member, enum.Enum):
                return member(value)
            if member is File:
                return File(payload=io.BytesIO(b"content"), file_name="in.jsonl")
        except (AssertionError, TypeError, ValueError, KeyError):
            continue
    raise AssertionError(f"no value of {hint} from the spec's example {value!r:.80}")


def generated_method(path: str, name: str) -> Any:
    """The generated method NAME of `client.<PATH>` (the overlay extends some: chat, files)."""
    resource: Any = Resources(None)  # type: ignore[arg-type]  # never sends: hints only
    for part in path.split("."):
        resource = getattr(resource, part)
    return getattr(type(resource), name)


def arguments(op_id: str, operation: dict[str, Any], method: Any) -> dict[str, Any]:
    """Values for METHOD's required keywords, from the operation's schemas, typed as it says."""
    hints = typing.get_type_hints(method)
    renames = NAMES.operations[ps.endpoint_name(op_id)]["renames"]
    sources = {
        ps.endpoint_name(p["name"]): parameter_schema(p) for p in operation.get("parameters") or []
    }
    media, schema = body_schema(operation)
    for field, prop in properties(schema).items():
        sources[renames.get(field, ps.endpoint_name(field))] = prop
    if media is not None:
        sources["body"] = schema
    kwargs: dict[str, Any] = {}
    for name, parameter in inspect.signature(method).parameters.items():
        if parameter.kind is not inspect.Parameter.KEYWORD_ONLY:
            continue
        if parameter.default is not inspect.Parameter.empty:
            continue
        assert name in sources, f"{op_id}: keyword {name!r} matches no parameter or body field"
        kwargs[name] = typed(hints[name], example(sources[name]))
    return kwargs


# ------------------------------------------------------------------ the mock API


@attrs.define
class Case:
    """One method of one operation, and what its mock answers."""

    op_id: str
    verb: str
    path: str
    operation: dict[str, Any]
    resource: str  # client.<resource>
    method: str
    streamed: bool
    kind: str

    @functools.cached_property
    def pattern(self) -> re.Pattern[str]:
        return re.compile("^" + re.sub(r"{[^}]+}", "[^/]+", self.path) + "$")

    @functools.cached_property
    def status(self) -> int:
        return min(int(s) for s in self.operation["responses"] if str(s).startswith("2"))

    def asked_to_stream(self, request: httpx.Request) -> bool:
        """Whether REQUEST asks for the event stream (only asked when JSON is the default)."""
        content = ps.success_content(self.operation)
        if "text/event-stream" not in content or len(content) == 1:
            return "text/event-stream" in content
        media, _ = body_schema(self.operation)
        if media == "application/json":
            return json.loads(request.content).get("stream") is True
        # A multipart form field; the generated models write a boolean as Python does (True).
        return (
            re.search(rb'name="stream"\r\n(?:[^\r]+\r\n)*\r\n(?:true|True)\r\n', request.content)
            is not None
        )

    def event(self) -> tuple[str, dict[str, Any]]:
        """One event of the stream, as SSE text, and the fields its decoder gets."""
        schema = ps._deref(
            DOCUMENT, ps.success_content(self.operation)["text/event-stream"]["schema"]
        )
        declared = properties(schema)
        fields = {"data": example(declared["data"])}
        if "event" in declared:
            fields["event"] = example(declared["event"])
        text = "".join(
            f"{name}: {json.dumps(value) if name == 'data' else value}\n"
            for name, value in sorted(fields.items(), reverse=True)
        )
        return text + "\n", fields

    def answer(self, request: httpx.Request) -> httpx.Response:
        """The operation's example answer, once the request was seen to reach the operation."""
        assert (request.method, bool(self.pattern.match(request.url.path))) == (self.verb, True), (
            f"{self.op_id}: {request.method} {request.url.path} is not {self.verb} {self.path}"
        )
        assert request.headers["authorization"] == "Bearer test-key"
        if self.asked_to_stream(request) != self.streamed:
            return httpx.Response(
                400, json={"message": f"{self.op_id}: expected stream={self.streamed}"}
            )
        if self.streamed:
            text, _ = self.event()
            return httpx.Response(200, text=text, headers={"content-type": "text/event-stream"})
        if self.kind == "none":
            return httpx.Response(self.status)
        if self.kind == "bytes":
            media = next(iter(ps.success_content(self.operation)))
            return httpx.Response(self.status, content=BYTES, headers={"content-type": media})
        schema = ps.success_content(self.operation)["application/json"]["schema"]
        return httpx.Response(self.status, json=example(schema))


def cases() -> list[Any]:
    found = []
    for op_id, verb, path, operation in sorted(ps.operations(DOCUMENT)):
        info = NAMES.operations[ps.endpoint_name(op_id)]
        resource = NAMES.classes[info["class"]]["path"]
        for name, streamed in ((info["method"], False), (info["stream_method"], True)):
            if name:
                case = Case(
                    op_id, verb.upper(), path, operation, resource, name, streamed, info["kind"]
                )
                found.append(pytest.param(case, id=f"{resource}.{name}"))
    return found


CASES = cases()


def client_for(case: Case) -> Mistral:
    transport = httpx.MockTransport(case.answer)
    return Mistral(
        api_key="test-key",
        client=httpx.Client(transport=transport),
        async_client=httpx.AsyncClient(transport=transport),
    )


# ------------------------------------------------------------------ what came back


def decoded_as(value: Any, hint: Any) -> bool:
    """Whether VALUE is a decoded HINT: the generated model itself, never the dict it came from."""
    if hint is Any:
        return True
    origin = typing.get_origin(hint)
    if origin in (typing.Union, types.UnionType):
        return any(decoded_as(value, member) for member in typing.get_args(hint))
    if origin is typing.Literal:
        return value in typing.get_args(hint)
    if origin in (list, Sequence):
        (inner,) = typing.get_args(hint) or (Any,)
        return isinstance(value, list) and all(decoded_as(item, inner) for item in value)
    if origin is dict:
        return isinstance(value, dict)
    if hint is type(None):
        return value is None
    return isinstance(value, hint)


def plain(value: Any) -> Any:
    """VALUE as comparable data: a model's to_dict(), lists item by item."""
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value.to_dict() if hasattr(value, "to_dict") else value


def check_events(case: Case, events: list[Any], event_type: Any) -> None:
    _, fields = case.event()
    assert len(events) == 1, case.op_id
    (event,) = events
    if event_type is Any:  # no event model (an inline schema): the event's JSON data
        assert event == fields["data"]
    else:
        assert isinstance(event, event_type)
        sent = {k: v for k, v in fields.items() if k in model_fields(event_type) or k == "data"}
        assert event.to_dict() == sent


@pytest.mark.parametrize("case", CASES)
def test_operation_answers_through_mistral_sync_and_async(case: Case):
    """Each operation's method sends to its path, sync and async, and decodes the spec's answer."""
    client = client_for(case)
    resource: Any = client
    for part in case.resource.split("."):
        resource = getattr(resource, part)
    generated = generated_method(case.resource, case.method)
    kwargs = arguments(case.op_id, case.operation, generated)
    declared = typing.get_type_hints(generated)["return"]
    method = getattr(resource, case.method)
    if case.streamed:
        (event_type,) = typing.get_args(declared)
        with method(**kwargs) as stream:
            check_events(case, list(stream), event_type)

        async def stream_async() -> list[Any]:
            async with await getattr(resource, f"{case.method}_async")(**kwargs) as events:
                return [event async for event in events]

        check_events(case, asyncio.run(stream_async()), event_type)
        return
    result = method(**kwargs)
    assert decoded_as(result, declared), f"{case.op_id}: {type(result).__name__} is no {declared}"
    if case.kind == "bytes":
        assert result == BYTES
    again = asyncio.run(getattr(resource, f"{case.method}_async")(**kwargs))
    assert plain(again) == plain(result)
    raw = getattr(resource.with_raw_response, case.method)(**kwargs)
    assert raw.status_code == case.status
    assert plain(raw.data) == plain(result)


def test_every_operation_of_the_spec_is_called():
    """Every operation of the prepared spec has a case above: none is skipped."""
    called = {case.values[0].op_id for case in CASES}
    assert called == {op_id for op_id, *_ in ps.operations(DOCUMENT)}
    print(f"{len(called)} operations, {len(CASES)} methods")


def test_arguments_are_what_the_transport_accepts():
    """The argument builder types JSON as the signature says (a date-time string: a datetime)."""
    hint = datetime.datetime | None | Unset
    assert typed(hint, "2024-01-01T00:00:00+00:00") == datetime.datetime(
        2024, 1, 1, tzinfo=datetime.UTC
    )
    assert typed(str | Unset, "x") == "x"
    assert typed(int | Unset, UNSET) is UNSET
    with pytest.raises(AssertionError, match="no value of"):
        typed(int, "x")


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
