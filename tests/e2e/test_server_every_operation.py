"""Every operation of the prepared spec, called through `Mistral` against the embedded server.

Each method (and stream method) of every operation is called with the arguments the
generation test builds from the operation's schemas (tests/generation/test_every_operation.py,
imported, not copied), over a real socket; the answer must have the operation's success status
and validate against the spec's success schema (jsonschema over openapi.json): each event of a
stream against its event schema, bytes in the declared media type, nothing for a 204.

The schemas cannot say everything a call needs, so the walk adds what a client would know:
resources are created before they are read (creates first, parents before children, deletes
last), and an id a path or a body asks for is the one the server issued for that name; a model
is one the server serves. The few calls the schemas leave invalid get their missing argument
from EXTRA, each with its reason.
"""

from __future__ import annotations

import inspect
import json
import re
import typing
from collections.abc import Iterator
from typing import Any

import attrs
import httpx
import pytest
from jsonschema import Draft202012Validator

from _mistral_api.types import is_model
from mistral_client import Mistral
from mistral_client.testing import running_server
from scripts import prepare_spec as ps
from tests.contract.spec_schema import SPEC
from tests.generation import test_every_operation as every

PREPARED = json.loads(SPEC.read_text(encoding="utf-8"))
FINE_TUNED = "ft:open-mistral-7b:587a6b29:20240514:7e773925"  # the id Mistral's docs use
PLACEHOLDERS = {"x", every.UUID_EXAMPLE}
# The model each endpoint is called with (any served model passes; these are the fitting ones).
MODELS = {
    "/v1/embeddings": "mistral-embed",
    "/v1/fim/completions": "codestral-latest",
    "/v1/ocr": "mistral-ocr-latest",
    "/v1/moderations": "mistral-moderation-latest",
    "/v1/chat/moderations": "mistral-moderation-latest",
    "/v1/classifications": "mistral-moderation-latest",
    "/v1/chat/classifications": "mistral-moderation-latest",
    "/v1/audio/transcriptions": "voxtral-mini-latest",
    "/v1/audio/speech": "voxtral-mini-latest",
}
# What a valid call needs beyond the schema's required fields, and why.
EXTRA: dict[str, dict[str, Any]] = {
    # A batch job needs its requests inline or in files; the schema requires neither.
    "jobs_api_routes_batch_create_batch_job": {
        "requests": [{"custom_id": "0", "body": {"messages": [{"role": "user", "content": "hi"}]}}],
        "model": "mistral-small-latest",
    },
    # A transcription needs its audio: a file, a file id or a URL, all optional in the schema.
    "audio_api_v1_transcriptions_post": {"file_url": "https://example.com/speech.wav"},
}


@attrs.define
class Issued:
    """The ids the server issued: by the item path that takes them, and by field name."""

    items: dict[str, Any]  # /v1/agents/{} -> the agent's id
    names: dict[str, Any]  # agent_id -> the last agent's id, for bodies that name one


class Recording(httpx.HTTPTransport):
    """An httpx transport that keeps every exchange, bodies read whole."""

    def __init__(self) -> None:
        super().__init__()
        self.exchanges: list[tuple[httpx.Request, httpx.Response]] = []

    def handle_request(self, request: httpx.Request) -> httpx.Response:
        response = super().handle_request(request)
        content = response.read()
        response.close()
        headers = [(k, v) for k, v in response.headers.items()
                   if k not in ("content-length", "transfer-encoding", "content-encoding")]  # fmt: skip
        copy = httpx.Response(response.status_code, headers=headers, content=content,
                              request=request)  # fmt: skip
        self.exchanges.append((request, copy))
        return copy


def order(case: every.Case) -> tuple[int, int, str]:
    """Creates first (parents before children), deletes last (children before parents)."""
    creates = bool(case.verb == "POST" and items_under(case.path))
    if creates:
        return (0, case.path.count("/"), case.op_id)
    if case.verb == "DELETE":
        return (2, -case.path.count("/"), case.op_id)
    return (1, 0, case.op_id)


def shape(path: str) -> str:
    return re.sub(r"{[^}]+}", "{}", path)


def items_under(path: str) -> list[str]:
    """The parameter names of the item paths under collection PATH (`/v1/agents/{agent_id}`)."""
    wanted = shape(path) + "/{}"
    return [
        re.findall(r"{([^}]+)}", item)[-1] for item in PREPARED["paths"] if shape(item) == wanted
    ]


WALK = sorted((p.values[0] for p in every.CASES), key=order)


@pytest.fixture(scope="module")
def walk() -> Iterator[tuple[Mistral, Recording, Issued]]:
    """A client on a server of this module, its recorded exchanges, the ids issued so far."""
    recording = Recording()
    with (
        running_server(batch_step_seconds=0.001) as url,
        httpx.Client(transport=recording) as http,
        Mistral(api_key="walk-key", server_url=url, client=http, max_retries=0) as client,
    ):
        models = {"/v1/models/{}": FINE_TUNED, "/v1/fine_tuning/models/{}": FINE_TUNED}
        yield client, recording, Issued(models, {})


def patched(value: Any, issued: dict[str, Any], model: str) -> Any:
    """VALUE with placeholder ids replaced by the ids issued under the same name, models set."""
    if is_model(type(value)):
        return type(value).from_dict(patched(value.to_dict(), issued, model))
    if isinstance(value, dict):
        return {k: (model if k == "model" and isinstance(v, str)
                    else issued[k] if k in issued and v in PLACEHOLDERS
                    else patched(v, issued, model))
                for k, v in value.items()}  # fmt: skip
    if isinstance(value, list):
        return [patched(item, issued, model) for item in value]
    # The builder's one-letter strings; some fields want five (a name's minLength).
    return "example" if value == "x" else value


def call_arguments(case: every.Case, issued: Issued) -> dict[str, Any]:
    """The generation test's arguments for CASE, with the walk's ids, model and extras."""
    method = every.generated_method(case.resource, case.method)
    kwargs = every.arguments(case.op_id, case.operation, method)
    model = MODELS.get(case.path, "mistral-small-latest")
    declared = every.properties(every.body_schema(case.operation)[1])
    if "model" in declared and "model" in inspect.signature(method).parameters:
        kwargs["model"] = model
    in_path = {ps.endpoint_name(p): p for p in re.findall(r"{([^}]+)}", case.path)}
    for name, value in list(kwargs.items()):
        if name in in_path:
            prefix = shape(case.path.split("{" + in_path[name] + "}")[0] + "{}")
            kwargs[name] = issued.items.get(prefix, value)
        elif name in issued.names and value in PLACEHOLDERS:
            kwargs[name] = issued.names[name]
        else:
            kwargs[name] = patched(value, issued.names, model)
    hints = typing.get_type_hints(method)
    for name, value in EXTRA.get(case.op_id, {}).items():
        kwargs[name] = every.typed(hints[name], value)
    return kwargs


def remember(case: every.Case, request: httpx.Request, body: Any, issued: Issued) -> None:
    """The ids a create issued, under the name of the item path parameter that takes them."""
    try:
        sent = json.loads(request.content) if request.content.startswith(b"{") else {}
    except httpx.RequestNotRead:  # a multipart upload, streamed
        sent = {}
    for name in items_under(case.path):
        for value in (body.get(name), body.get("id"), body.get("uuid"), sent.get(name),
                      sent.get(name.rsplit("_", 1)[-1])):  # fmt: skip
            if isinstance(value, str | int) and value != "":
                issued.items[shape(case.path) + "/{}"] = issued.names[name] = value
                break
    if isinstance(body.get("outputs"), list) and body["outputs"]:  # a conversation's entries
        issued.names.setdefault("from_entry_id", body["outputs"][0]["id"])


def schema_errors(schema: Any, instance: Any) -> list[str]:
    validator = Draft202012Validator({**schema, "components": PREPARED["components"]})
    return [f"{e.json_path}: {e.message[:160]}" for e in validator.iter_errors(instance)]


def answer_errors(case: every.Case, response: httpx.Response) -> list[str]:
    """What is wrong with RESPONSE as the operation's success answer, by the spec."""
    operation = PREPARED["paths"][case.path][case.verb.lower()]
    if response.status_code != case.status:
        return [
            f"status {response.status_code} (the spec says {case.status}): {response.text[:300]}"
        ]
    content = ps.success_content(operation)
    media = response.headers.get("content-type", "").split(";")[0]
    if not content:
        return [] if response.content == b"" else [f"a {case.status} with a body"]
    if media not in content:
        return [f"media type {media!r}, the spec says {sorted(content)}"]
    schema = content[media].get("schema") or {}
    if media == "application/json":
        return schema_errors(schema, response.json())
    if media != "text/event-stream":
        return [] if response.content else ["no bytes"]
    found = []
    events = [e for e in response.text.split("\n\n") if e.strip()]
    for block in events:
        fields: dict[str, Any] = {}
        for line in block.splitlines():
            name, _, value = line.partition(": ")
            fields[name] = value
        if fields.get("data") == "[DONE]":
            continue
        fields["data"] = json.loads(fields["data"])
        found += schema_errors(schema, fields)
    return found or ([] if events else ["no events"])


def test_the_walk_covers_every_operation():
    """Every operation of the prepared spec is walked, every method and stream method of each."""
    walked = {case.op_id for case in WALK}
    assert walked == {op_id for op_id, *_ in ps.operations(PREPARED)}
    print(f"{len(walked)} operations, {len(WALK)} methods")


@pytest.mark.parametrize("case", WALK, ids=[f"{c.resource}.{c.method}" for c in WALK])
def test_operation_answers_as_the_spec_says(
    case: every.Case, walk: tuple[Mistral, Recording, Issued]
) -> None:
    """The method reaches the server, which answers the operation's success in its schema."""
    client, recording, issued = walk
    resource: Any = client
    for part in case.resource.split("."):
        resource = getattr(resource, part)
    kwargs = call_arguments(case, issued)
    before = len(recording.exchanges)
    try:
        result = getattr(resource, case.method)(**kwargs)
        if case.streamed:
            with result as stream:
                list(stream)
    except Exception as exc:  # the server's answer says more than the decoder's error
        answers = [r.text[:400] for _, r in recording.exchanges[before:]]
        pytest.fail(f"{case.op_id}: {type(exc).__name__}: {exc}\nserver: {answers}")
    (request, response), *_ = recording.exchanges[before:]
    assert answer_errors(case, response) == []
    body = response.json() if response.headers.get("content-type") == "application/json" else {}
    remember(case, request, body if isinstance(body, dict) else {}, issued)
