"""The embedded server's ASGI app: every operation of the prepared spec, routed and answered.

Each request goes the way the real API takes it: the route (an unknown path is a JSON 404, a
method the path does not take a JSON 405), the key (401), the body and parameters checked
against the operation's schemas (422 in Mistral's envelope naming the field), injected faults
(any operation), the model (400 for one the server does not serve), the ids in the path (404
for one never issued), then the answer: from a dedicated handler where the server simulates the
operation, else built from the operation's success schema (`_examples`), stored and read back
for the CRUD-shaped families (`_state`). Answers go out in the operation's media type: JSON,
an event stream, audio or other bytes, or no content.
"""

from __future__ import annotations

import asyncio
import hashlib
import json
import logging
import re
import socket
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import _catalogue, _conversations, _inference, _replies
from ._batch import BatchService
from ._examples import Builder, Timestamp
from ._spec import (
    JSON,
    MULTIPART,
    Call,
    Events,
    Failure,
    Operation,
    Spec,
    Upload,
    not_found,
    parse_multipart,
)
from ._state import Family, Store, request_seed

DEFAULT_MODELS = _catalogue.MODEL_IDS
FAULT = re.compile(
    r"^(?P<kind>\d{3}(-wait)?|drop|stall|break|error-event|not-sse)(x(?P<times>\d+))?(@\S+)?$"
)
STALL_SECONDS = 3600.0
MID_STREAM_ERROR = {
    "object": "error",
    "message": "fault injected: error event",
    "type": "service_unavailable",
    "param": None,
    "code": "3505",
}
JSON_INVALID = [
    {"type": "json_invalid", "loc": ["body", 0], "msg": "JSON decode error", "input": {}}
]
# What this server has always answered a batch create whose body is not JSON
# (tests/e2e/test_batch.py pins it); every other operation answers FastAPI's 422.
NOT_JSON_IS_400 = frozenset({("POST", "/v1/batch/jobs")})
# Injected faults are INFO lines here, requests (with access_log) on its `access` child;
# nothing prints unless the application configures logging (`mistral-client serve` does).
log = logging.getLogger("mistral_client.server")
access_log = logging.getLogger("mistral_client.server.access")


@cache
def shared_spec() -> Spec:
    """The prepared spec, loaded once per process (every app of a test session shares it)."""
    return Spec()


def spec() -> Any:
    """The prepared spec the package was generated from (`_mistral_api/openapi.json`).

    Mistral's published document with our corrections and repairs applied (make generate
    writes it).
    """
    return shared_spec().document


def validation_errors(body: Any, schema: str = "ChatCompletionRequest") -> list[dict[str, Any]]:
    """The 422 `detail` items for BODY, in the shape of Mistral's (pydantic) validation errors.

    Args:
        body: The decoded JSON body of a request.
        schema: The openapi.yaml schema the body must satisfy.

    Returns:
        One item per error; empty when the body is valid.
    """
    return shared_spec().errors(body, _named(schema), "body")


@cache
def _named(schema: str) -> dict[str, str]:
    # One dict per name: the spec caches validators by the schema object.
    return {"$ref": f"#/components/schemas/{schema}"}


def error_envelope(status: int, message: Any, kind: str, code: str | None = None) -> JSONResponse:
    """Mistral's error body: {"object": "error", "message", "type", "param", "code"}."""
    body = {"object": "error", "message": message, "type": kind, "param": None, "code": code}
    return JSONResponse(body, status_code=status)


def invalid_model(model_id: str) -> JSONResponse:
    """The real API's answer to a model id it does not serve.

    The envelope appears verbatim in public bug reports (tmc/langchaingo#1233).
    """
    return _failure(invalid_model_failure(model_id))


def status_fault(kind: str) -> JSONResponse:
    """The error response of an HTTP status fault (``429`` carries Retry-After)."""
    status = int(kind[:3])
    if status == 429:
        response = error_envelope(429, "Requests rate limit exceeded", "rate_limited", "1300")
        response.headers["retry-after"] = "1" if kind.endswith("-wait") else "0"
        return response
    return error_envelope(status, f"fault injected: {status}", "service_error", "3000")


class _Faults:
    """Counts how often each fault spec has fired, for `x<times>` specs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fired: dict[str, int] = {}

    def take(self, spec: str, where: str) -> str | None:
        """The fault kind to inject for SPEC now, or None once its budget is spent.

        A fault that fires is logged as one line naming it and WHERE it struck.
        """
        match = FAULT.match(spec)
        if match is None:
            return None
        times = match.group("times")
        with self._lock:
            fired = self._fired.get(spec, 0)
            if times is not None and fired >= int(times):
                return None
            self._fired[spec] = fired + 1
        log.info("fault injected: %s (spec %r) on %s", match.group("kind"), spec, where)
        return match.group("kind")


class InjectedDrop(ConnectionAbortedError):
    """Raised to make uvicorn close a connection mid-response (the `drop` and `break` faults)."""


class _Dropped:
    """An ASGI response that starts, sends part of its body, and leaves: the connection drops."""

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], parts: list[bytes]) -> None:
        self.status, self.headers, self.parts = status, headers, parts

    async def __call__(self, _scope: Scope, _receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        for part in self.parts:
            await send({"type": "http.response.body", "body": part, "more_body": True})
        raise InjectedDrop("fault injected: connection dropped")


# Every answer says who served it, so a program (the demo) can tell it from the real API.
SERVED_BY_HEADER = "x-mistral-server"
SERVED_BY = b"mistral-client embedded server"


class _ServedBy:
    """ASGI middleware: the SERVED_BY_HEADER on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        async def sending(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [
                    *message.get("headers", []),
                    (SERVED_BY_HEADER.encode(), SERVED_BY),
                ]
            await send(message)

        await self.app(scope, receive, sending if scope["type"] == "http" else send)


class _AccessLog:
    """ASGI middleware: one INFO line per request on ``mistral_client.server.access``."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0
        start = time.perf_counter()

        async def sending(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, receive, sending)
        finally:
            host, port = scope.get("client") or ("-", 0)
            elapsed = (time.perf_counter() - start) * 1000
            access_log.info(
                '%s:%s "%s %s" %s %.1f ms',
                host,
                port,
                scope["method"],
                scope["path"],
                status,
                elapsed,
            )


def _sse(payload: Any, event: str | None = None) -> bytes:
    head = f"event: {event}\n" if event else ""
    return f"{head}data: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


Handler = Callable[[Call], Any]


def create_app(
    *,
    extra_models: Iterable[str] = (),
    api_keys: frozenset[str] | None = None,
    cassette: str | Path | None = None,
    clock: Callable[[], float] = time.time,
    stall_seconds: float = STALL_SECONDS,
    batch_step_seconds: float = 0.02,
    access_log: bool = False,
) -> Starlette:
    """The ASGI app of the embedded server.

    Args:
        extra_models: Model ids to accept and list beside Mistral's catalogue
            (:data:`DEFAULT_MODELS`); fine-tuned ``ft:`` ids are accepted without it.
        api_keys: The keys accepted; None accepts any non-empty bearer key.
        cassette: A cassette file (vcrpy YAML, or any format the testing kit reads); recorded
            responses are served for requests that match one, in recorded order.
        clock: Source of the ``created`` timestamps.
        stall_seconds: How long a ``stall`` fault keeps a stream silent.
        batch_step_seconds: How long a batch job takes per request (and to start).
        access_log: Log one line per request on the ``mistral_client.server.access`` logger.

    Raises:
        OSError: The cassette cannot be read.
        ValueError: The cassette is not in a format the testing kit reads.
    """
    api = shared_spec()
    server = _Server(
        api,
        extra_models=frozenset(extra_models),
        api_keys=api_keys,
        clock=clock,
        stall_seconds=stall_seconds,
        batch_step_seconds=batch_step_seconds,
        recorded=_Recorded(Path(cassette)) if cassette else None,
    )
    methods = ["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"]
    routes = [Route("/{path:path}", server.dispatch, methods=methods)]
    middleware = [Middleware(_ServedBy)] + ([Middleware(_AccessLog)] if access_log else [])
    return Starlette(routes=routes, middleware=middleware)


class _Server:
    """The state of one app and its request pipeline (see the module docstring)."""

    def __init__(
        self,
        api: Spec,
        *,
        extra_models: frozenset[str],
        api_keys: frozenset[str] | None,
        clock: Callable[[], float],
        stall_seconds: float,
        batch_step_seconds: float,
        recorded: _Recorded | None,
    ) -> None:
        self.api, self.api_keys, self.clock = api, api_keys, clock
        self.stall_seconds, self.recorded = stall_seconds, recorded
        self.extra = extra_models
        self.listed = (*DEFAULT_MODELS, *sorted(extra_models - set(DEFAULT_MODELS)))
        self.deleted: set[str] = set()
        self.archived: set[str] = set()
        self.faults = _Faults()
        self.builder = Builder(api)
        self.store = Store(api, self.builder, clock)
        self.batch = BatchService(
            answer=self.answer_line, clock=clock, step_seconds=batch_step_seconds
        )
        for collection in ("/v1/files", "/v1/batch/jobs"):
            self.store.exclude(collection)  # they keep their own records
        self.handlers: dict[tuple[str, str], Handler] = {
            ("POST", "/v1/chat/completions"): self.chat,
            ("POST", "/v1/fim/completions"): self.fim,
            ("POST", "/v1/embeddings"): lambda call: _replies.embeddings(call.body),
            ("GET", "/v1/models"): self.list_models,
            ("GET", "/v1/models/{model_id}"): self.retrieve_model,
            ("DELETE", "/v1/models/{model_id}"): self.delete_model,
            ("PATCH", "/v1/fine_tuning/models/{model_id}"): self.update_model,
            ("POST", "/v1/fine_tuning/models/{model_id}/archive"): self.archive_model,
            ("DELETE", "/v1/fine_tuning/models/{model_id}/archive"): self.archive_model,
            ("POST", "/v1/moderations"): lambda call: _inference.moderation(call.body),
            ("POST", "/v1/chat/moderations"): lambda call: _inference.chat_moderation(call.body),
            ("POST", "/v1/classifications"): lambda call: _inference.classification(call.body),
            ("POST", "/v1/chat/classifications"): lambda call: _inference.chat_classification(
                call.body
            ),
            ("POST", "/v1/ocr"): self.ocr,
            ("POST", "/v1/audio/transcriptions"): self.transcribe,
            ("POST", "/v1/audio/speech"): self.speak,
            ("POST", "/v1/agents/completions"): self.agent_completion,
            ("POST", "/v1/conversations"): self.start_conversation,
            ("POST", "/v1/conversations/{conversation_id}"): self.append_conversation,
            ("POST", "/v1/conversations/{conversation_id}/restart"): self.restart_conversation,
            ("GET", "/v1/conversations/{conversation_id}/history"): self.history,
            ("GET", "/v1/conversations/{conversation_id}/messages"): self.messages,
            **self.batch.handlers(),
        }

    # ------------------------------------------------------------------ the pipeline

    def known(self, model_id: str) -> bool:
        return model_id not in self.deleted and _catalogue.accepts(model_id, self.extra)

    def authorized(self, request: Request) -> bool:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        key = key.strip()
        ok = scheme.lower() == "bearer" and bool(key)
        return ok and (self.api_keys is None or key in self.api_keys)

    async def dispatch(self, request: Request) -> Response:
        """Answer one request (see the module docstring for the order of the checks)."""
        path = request.url.path
        found = self.api.match(request.method, path)
        if not isinstance(found, tuple):
            if found:
                message = (
                    f"Method {request.method} is not allowed on {path}; it takes {', '.join(found)}"
                )
                failure = Failure(
                    405, message, "method_not_allowed", None, {"allow": ", ".join(found)}
                )
                return _failure(failure)
            return _failure(not_found(f"Not found: {path} is no path of Mistral's API"))
        operation, params = found
        if not self.authorized(request):
            return unauthorized()
        raw = await request.body()
        content_type = request.headers.get("content-type", "")
        body = self.decode(operation, content_type, raw)
        if isinstance(body, Failure):
            return _failure(body)
        if self.recorded is not None:
            return self.recorded.answer(request.method, path, request.url.query, content_type, raw)
        spec = request.headers.get("x-mistral-fault", "")
        model = body.get("model") if isinstance(body, dict) else None
        if isinstance(model, str) and ":fault=" in model:
            body["model"], _, spec = model.partition(":fault=")
        values, detail = self.api.parameters(
            operation, params, request.query_params, request.headers
        )
        detail += self.api.check_body(operation, body)
        if detail:
            return error_envelope(422, {"detail": detail}, "invalid_request_error")
        kind = self.faults.take(spec, f"{request.method} {path}") if spec else None
        if kind is not None and kind[:3].isdigit():
            return status_fault(kind)
        model = body.get("model") if isinstance(body, dict) else None
        if kind != "drop" and isinstance(model, str) and not self.known(model):
            return invalid_model(model)
        missing = self.store.missing(operation, params)
        if missing is not None:
            return _failure(not_found(missing))
        if kind == "drop":
            headers = [(b"content-type", b"application/json"), (b"content-length", b"4096")]
            return _Dropped(200, headers, [b'{"id": '])  # type: ignore[return-value]
        asked = isinstance(body, dict) and body.get("stream") is True
        stream = operation.streams_only or (operation.event_schema is not None and asked)
        call = Call(
            operation,
            params,
            values,
            body,
            request.headers,
            int(self.clock()),
            request_seed(request.method, path, request.url.query, _plain(body)),
            stream=stream and kind != "not-sse",
            base_url=str(request.base_url).rstrip("/"),
        )
        handler = self.handlers.get((operation.method, operation.template), self.generic)
        try:
            reply = handler(call)
        except Exception as exc:  # a defect of this server: say so as the API would, and log it
            log.exception("the embedded server failed on %s %s", request.method, path)
            message = f"the embedded server failed on {operation.op_id}: {exc!r}"
            reply = Failure(500, message, "internal_server_error", "3000")
        return self.render(operation, reply, kind)

    def decode(self, operation: Operation, content_type: str, raw: bytes) -> Any:
        """The request body as the operation takes it: JSON, multipart fields, or None."""
        if operation.body_media is None or not raw:
            return None
        if operation.body_media == MULTIPART or content_type.startswith(MULTIPART):
            return self.api.form(operation, parse_multipart(content_type, raw))
        try:
            return json.loads(raw)
        except ValueError:
            if (operation.method, operation.template) in NOT_JSON_IS_400:
                return Failure(400, "the body is not JSON", "invalid_request_error")
            return Failure(422, {"detail": JSON_INVALID}, "invalid_request_error")

    def render(self, operation: Operation, reply: Any, kind: str | None) -> Response:
        """A handler's reply in the operation's media type, with the stream faults applied."""
        if isinstance(reply, Response):
            return reply
        if isinstance(reply, Failure):
            return _failure(reply)
        correlation = {"mistral-correlation-id": str(uuid.uuid4())}
        if isinstance(reply, Events):
            if kind == "not-sse":
                return JSONResponse([payload for _, payload in reply.items], headers=correlation)
            if kind == "break":
                parts = [_sse(payload, event) for event, payload in reply.items[:2]]
                sse = [(b"content-type", b"text/event-stream")]
                return _Dropped(200, sse, parts)  # type: ignore[return-value]
            return StreamingResponse(
                self.events(reply, kind), media_type="text/event-stream", headers=correlation
            )
        if isinstance(reply, bytes):
            media = operation.other_media or "application/octet-stream"
            return Response(reply, status_code=operation.status, media_type=media)
        if reply is None and JSON not in operation.success:
            return Response(status_code=operation.status)
        return JSONResponse(reply, status_code=operation.status, headers=correlation)

    async def events(self, reply: Events, kind: str | None) -> AsyncIterator[bytes]:
        named = any(event for event, _ in reply.items)
        for number, (event, payload) in enumerate(reply.items):
            if number == 2 and kind == "stall":
                await asyncio.sleep(self.stall_seconds)
            if number == 2 and kind == "error-event":
                yield _sse(MID_STREAM_ERROR, "error" if named else None)
                return
            yield _sse(payload, event)
            # Give the loop a turn between events. Written in one go, a stream never let
            # uvicorn see that its client left (connection_lost waits for the loop), so it
            # kept writing to the closed socket and asyncio logged "socket.send() raised
            # exception." on stderr for every write past the fifth (issue 15, item 4).
            await asyncio.sleep(0)
        if reply.done:
            yield b"data: [DONE]\n\n"

    def answer_line(self, endpoint: str, body: dict[str, Any], where: str) -> tuple[int, Any]:
        """A batch line's answer, (status, body), as ENDPOINT answers BODY when called directly.

        The line's model may carry a fault (``:fault=503``); the key and the header's faults
        belong to the batch call itself.
        """
        operation = self.api.find("POST", endpoint)
        if operation is None:
            return 404, not_found(f"Not found: {endpoint} is no path of Mistral's API").body()
        spec = None
        model = body.get("model")
        if isinstance(model, str) and ":fault=" in model:
            body = {**body, "model": model.partition(":fault=")[0]}
            spec = model.partition(":fault=")[2]
        kind = self.faults.take(spec, where) if spec else None
        if kind is not None and kind[:3].isdigit():
            status = int(kind[:3])
            return status, Failure(
                status, f"fault injected: {status}", "service_error", "3000"
            ).body()
        detail = self.api.check_body(operation, {k: v for k, v in body.items() if k != "stream"})
        if detail:
            return 422, Failure(422, {"detail": detail}, "invalid_request_error").body()
        if isinstance(body.get("model"), str) and not self.known(body["model"]):
            return 400, invalid_model_failure(body["model"]).body()
        call = Call(
            operation, {}, {}, body, {}, int(self.clock()), request_seed("POST", endpoint, "", body)
        )
        reply = self.handlers.get(("POST", operation.template), self.generic)(call)
        if isinstance(reply, Failure):
            return reply.status, reply.body()
        return operation.status, reply

    # ------------------------------------------------------------------ generic replies

    def reply(self, schema: Any, hints: dict[str, Any], seed: str) -> Any:
        return self.builder.build(schema, hints, seed)

    def generic(self, call: Call) -> Any:
        """An operation without a handler: stored and read back, or built from its schema."""
        operation = call.operation
        body = call.body if isinstance(call.body, dict) else {}
        given = {**call.values, **_uploaded(body)}
        role = self.store.role(operation)
        if role is not None:
            family, part = role
            return self.crud(call, family, part, given)
        hints = {}
        for family in self.store.families:
            record = self._record(family, operation, call.params)
            if record is not None:
                hints.update(record)
        if operation.path_names:
            hints.setdefault("id", call.params[operation.path_names[-1]])
        hints.update(given)
        return self.answer_schema(call, hints)

    def _record(
        self, family: Family, operation: Operation, params: dict[str, str]
    ) -> dict[str, Any] | None:
        item = family.item.strip("/").split("/")
        if operation.shape.strip("/").split("/")[: len(item)] != item:
            return None
        ids = tuple(params[n] for n in operation.path_names[: family.parents + 1])
        return self.store.find(family, ids)

    def answer_schema(self, call: Call, hints: dict[str, Any]) -> Any:
        """The operation's success answer built from its schema, in its media type."""
        operation = call.operation
        if call.stream or (operation.json_schema is None and operation.event_schema is not None):
            # Three events: the stream faults strike after the second.
            return Events([self.event(operation, f"{call.seed}:{n}") for n in range(3)])
        if operation.other_media is not None and operation.json_schema is None:
            if "audio" in operation.template or operation.other_media.startswith("audio/"):
                return _inference.silent_wav(1.0)
            return f"embedded server bytes {call.seed[:16]}\n".encode()
        if JSON not in operation.success:
            return None
        example = operation.media_example()
        if example is not None and not hints and self.api.is_valid(example, operation.json_schema):
            return example
        return self.reply(operation.json_schema, hints, call.seed)

    def event(self, operation: Operation, seed: str) -> tuple[str | None, Any]:
        """One event of an operation's stream, built from its event schema: (name, data)."""
        schema = operation.event_schema
        declared = self.api.properties(schema)
        built = self.reply(schema, {}, seed)
        data = built.get("data") if "data" in built else self.reply(declared.get("data"), {}, seed)
        name = built.get("event")
        if not isinstance(name, str) and "event" in declared:
            name = self.reply(declared["event"], {}, seed)
        return (name if isinstance(name, str) else None), data

    def crud(self, call: Call, family: Family, part: str, given: dict[str, Any]) -> Any:
        """A family's create, list, get, update or delete (see `_state`)."""
        operation = call.operation
        ids = tuple(call.params[n] for n in operation.path_names)
        schema = operation.json_schema
        if part == "create":
            record = self.store.add(family, ids, given, call.seed)
            reply = None if schema is None else self.reply(schema, record, call.seed)
            if isinstance(reply, dict):
                self.store.put(family, ids, {**reply, **record})
            return reply
        if part == "list":
            records = self.store.listed(family, ids)
            return self.listing(call, records)
        found = self.store.find(family, ids)
        assert found is not None  # the pipeline answered 404 for a missing one
        if part == "update":
            self.store.update(found, given)
        if part == "delete":
            self.store.delete(family, ids)
            found = {**found, "deleted": True}
        return None if schema is None else self.reply(schema, found, call.seed)

    def listing(self, call: Call, records: list[dict[str, Any]]) -> Any:
        """A list answer holding RECORDS: filtered by the query's fields, paged, counted."""
        for name, value in call.values.items():
            if isinstance(value, str | int | bool) and any(name in r for r in records):
                records = [r for r in records if r.get(name) == value]
        page, size = call.values.get("page"), call.values.get("page_size")
        total = len(records)
        if isinstance(page, int) and isinstance(size, int) and size > 0:
            records = records[page * size : (page + 1) * size]
        schema = self.api.resolve(call.operation.json_schema)
        if "array" in self.api.types(schema) and "properties" not in schema:
            items = schema.get("items", {})
            return [self.reply(items, r, call.seed) for r in records]
        hints = self.list_hints(schema, records, total, call.seed)
        return self.reply(schema, hints or {}, call.seed)

    def list_hints(self, schema: Any, records: list[dict[str, Any]], total: int, seed: str,
                   depth: int = 0) -> dict[str, Any] | None:  # fmt: skip
        """Hints that put RECORDS in a list answer's array.

        Its `data`, `items` or `results`, else its one array, at the top or one object down
        (`{"datasets": {"results": [...]}}`).
        """
        declared = self.api.properties(schema)
        names: list[str] = [n for n in ("data", "items", "results") if n in declared]
        arrays = names or [n for n, s in declared.items() if "array" in self.api.types(s)]
        counts: dict[str, Any] = {
            k: total for k in ("total", "count", "total_count") if k in declared
        }
        if arrays:
            items = _array_items(self.api, declared[arrays[0]])
            return {**counts, arrays[0]: [self.reply(items, r, seed) for r in records]}
        for name, sub in declared.items() if depth < 1 else ():
            if "object" in self.api.types(sub):
                inner = self.list_hints(sub, records, total, seed, depth + 1)
                if inner is not None:
                    return {**counts, name: inner}
        return None

    # ------------------------------------------------------------------ chat and friends

    def chat(self, call: Call) -> Any:
        if call.stream:
            return Events(
                [(None, c) for c in _replies.stream_chunks(call.body, call.created)], done=True
            )
        return _replies.completion(call.body, call.created)

    def fim(self, call: Call) -> Any:
        if call.stream:
            return Events(
                [(None, c) for c in _replies.fim_chunks(call.body, call.created)], done=True
            )
        return _replies.fim_completion(call.body, call.created)

    def ocr(self, call: Call) -> Any:
        document = call.body.get("document") or {}
        file_id = document.get("file_id") if isinstance(document, dict) else None
        if file_id is not None and str(file_id) not in self.batch.contents:
            return not_found(f"File {file_id} not found")
        return _inference.ocr(call.body, self.batch.read)

    def transcribe(self, call: Call) -> Any:
        body = call.body
        upload = body.get("file")
        audio = upload.content if isinstance(upload, Upload) else b""
        if body.get("file_id"):
            if str(body["file_id"]) not in self.batch.contents:
                return not_found(f"File {body['file_id']} not found")
            audio = self.batch.contents[str(body["file_id"])]
        if not (upload or body.get("file_id") or body.get("file_url")):
            message = "give the audio as file, file_id or file_url"
            return Failure(400, message, "invalid_request_error")
        result = _inference.transcription(body, audio)
        return Events(list(_inference.transcription_events(result))) if call.stream else result

    def speak(self, call: Call) -> Any:
        if call.stream:
            return Events(list(_inference.speech_events(call.body)))
        return _inference.speech(call.body)

    # ------------------------------------------------------------------ models

    def list_models(self, call: Call) -> Any:
        cards = [
            _catalogue.model_card(m, call.created) for m in self.listed if m not in self.deleted
        ]
        return {"object": "list", "data": cards}

    def _model(self, call: Call) -> str | Failure:
        model_id = call.params["model_id"]
        if not self.known(model_id):
            return Failure(404, f"Model {model_id!r} not found", "invalid_model", "1500")
        return model_id

    def retrieve_model(self, call: Call) -> Any:
        model_id = self._model(call)
        if isinstance(model_id, Failure):
            return model_id
        card = _catalogue.model_card(model_id, call.created)
        if "archived" in card:
            card["archived"] = model_id in self.archived
        return card

    def delete_model(self, call: Call) -> Any:
        model_id = self._model(call)
        if isinstance(model_id, Failure):
            return model_id
        if not _catalogue.is_fine_tuned(model_id):
            # Mistral documents deletion for fine-tuned models only; the status it gives a
            # base model is not recorded anywhere we know of, so: forbidden, saying why.
            message = f"Only fine-tuned models can be deleted; {model_id} is a base model"
            return Failure(403, message, "invalid_request_error", "1500")
        self.deleted.add(model_id)
        return {"id": model_id, "object": "model", "deleted": True}

    def _fine_tuned(self, call: Call) -> str | Failure:
        model_id = self._model(call)
        if isinstance(model_id, str) and not _catalogue.is_fine_tuned(model_id):
            message = f"{model_id} is a base model; only fine-tuned models can be changed"
            return Failure(403, message, "invalid_request_error", "1500")
        return model_id

    def update_model(self, call: Call) -> Any:
        model_id = self._fine_tuned(call)
        if isinstance(model_id, Failure):
            return model_id
        card = _catalogue.model_card(model_id, call.created)
        hints = {**card, "archived": model_id in self.archived, **(call.body or {})}
        return self.reply(call.operation.json_schema, hints, call.seed)

    def archive_model(self, call: Call) -> Any:
        model_id = self._fine_tuned(call)
        if isinstance(model_id, Failure):
            return model_id
        archived = call.operation.method == "POST"
        (self.archived.add if archived else self.archived.discard)(model_id)
        hints = {"id": model_id, "object": "model", "archived": archived}
        return self.reply(call.operation.json_schema, hints, call.seed)

    # ------------------------------------------------------------------ agents, conversations

    def _agent(self, agent_id: Any) -> dict[str, Any] | Failure:
        family = self.store.family("/v1/agents")
        agent = None if family is None else self.store.find(family, (str(agent_id),))
        return not_found(f"Agent {agent_id} not found") if agent is None else agent

    def agent_completion(self, call: Call) -> Any:
        agent = self._agent(call.body.get("agent_id"))
        if isinstance(agent, Failure):
            return agent
        return _conversations.agent_completion(agent, call.body, call.created)

    def _setup(self, body: dict[str, Any]) -> dict[str, Any] | Failure:
        """Model, instructions and tools of a new conversation: the request's, or its agent's."""
        if body.get("agent_id") is not None:
            agent = self._agent(body["agent_id"])
            if isinstance(agent, Failure):
                return agent
            return {
                "agent_id": agent["id"],
                "model": agent.get("model"),
                "instructions": agent.get("instructions"),
                "tools": agent.get("tools"),
                "completion_args": agent.get("completion_args"),
            }
        if body.get("model") is None:
            message = "a conversation needs a model or an agent_id"
            return Failure(400, message, "invalid_request_error")
        return {k: body.get(k) for k in ("model", "instructions", "tools", "completion_args")}

    def _conversation_reply(
        self, call: Call, conversation_id: str, outputs: list[dict[str, Any]], used: dict[str, Any]
    ) -> Any:
        if call.stream:
            now = Timestamp(call.created)
            return Events(_conversations.events(conversation_id, outputs, used, now))
        return _conversations.response(conversation_id, outputs, used)

    def start_conversation(self, call: Call, history: list[dict[str, Any]] | None = None) -> Any:
        body = call.body
        setup = self._setup(body)
        if isinstance(setup, Failure):
            return setup
        family = self.store.family("/v1/conversations")
        assert family is not None  # the spec's conversations are CRUD-shaped
        kept = {k: body.get(k) for k in ("name", "description", "metadata", "agent_version")}
        record = {**kept, "agent_id": setup.get("agent_id"), "_setup": setup}
        if setup.get("agent_id") is None:
            record.update(
                {k: setup.get(k) for k in ("model", "instructions", "tools", "completion_args")}
            )
        now = Timestamp(call.created)
        if body.get("store") is False:  # answered, not kept
            conversation_id = self.store.new_key(family, (), call.seed)
        else:
            record = self.store.add(family, (), record, call.seed)
            conversation_id = str(record[family.key])
            record["id"] = conversation_id
        entries = list(history or [])
        new, outputs, used = _conversations.turn(
            setup, entries, body.get("inputs"), None, conversation_id, now
        )
        record["_entries"] = [*entries, *new, *outputs]
        return self._conversation_reply(call, conversation_id, outputs, used)

    def _conversation(self, call: Call) -> dict[str, Any]:
        family = self.store.family("/v1/conversations")
        assert family is not None
        record = self.store.find(family, (call.params["conversation_id"],))
        assert record is not None  # the pipeline answered 404 for a missing one
        return record

    def append_conversation(self, call: Call) -> Any:
        record = self._conversation(call)
        now = Timestamp(call.created)
        entries = record.setdefault("_entries", [])
        new, outputs, used = _conversations.turn(
            record["_setup"],
            entries,
            call.body.get("inputs"),
            call.body.get("completion_args"),
            str(record["id"]),
            now,
        )
        if call.body.get("store") is not False:
            entries += [*new, *outputs]
            record["updated_at"] = now
        return self._conversation_reply(call, str(record["id"]), outputs, used)

    def restart_conversation(self, call: Call) -> Any:
        """A new conversation: the entries up to `from_entry_id`, then the new inputs."""
        record = self._conversation(call)
        entries = record.get("_entries", [])
        wanted = call.body.get("from_entry_id")
        ids = [entry.get("id") for entry in entries]
        if wanted not in ids:
            return not_found(f"Entry {wanted} not found in conversation {record['id']}")
        kept = entries[: ids.index(wanted) + 1]
        setup = record["_setup"]
        body = {
            **{k: record.get(k) for k in ("name", "description", "metadata")},
            **{k: v for k, v in setup.items() if v is not None},
            **{k: v for k, v in call.body.items() if k != "from_entry_id"},
        }
        restarted = Call(
            call.operation,
            {},
            call.values,
            body,
            call.headers,
            call.created,
            f"{call.seed}:restart",
            stream=call.stream,
        )
        return self.start_conversation(restarted, history=kept)

    def history(self, call: Call) -> Any:
        record = self._conversation(call)
        return {
            "object": "conversation.history",
            "conversation_id": record["id"],
            "entries": record.get("_entries", []),
        }

    def messages(self, call: Call) -> Any:
        record = self._conversation(call)
        kinds = ("message.input", "message.output")
        found = [e for e in record.get("_entries", []) if e.get("type") in kinds]
        return {
            "object": "conversation.messages",
            "conversation_id": record["id"],
            "messages": found,
        }


def _plain(body: Any) -> Any:
    """BODY with its uploads as what identifies them (their name and a hash of their bytes)."""
    if isinstance(body, dict):
        return {k: _plain(v) for k, v in body.items()}
    if isinstance(body, list):
        return [_plain(v) for v in body]
    if isinstance(body, Upload):
        return [body.filename, hashlib.sha256(body.content).hexdigest()]
    return body


def _uploaded(body: dict[str, Any]) -> dict[str, Any]:
    """A body's fields as hints: an upload gives its name, size, type, extension and hash."""
    hints: dict[str, Any] = {}
    for name, value in body.items():
        if not isinstance(value, Upload):
            hints[name] = value
            continue
        filename = value.filename or "upload"
        hints.update(
            name=filename,
            filename=filename,
            size=len(value.content),
            bytes=len(value.content),
            hash=hashlib.sha256(value.content).hexdigest(),
            mime_type=value.content_type or "application/octet-stream",
            extension=filename.rsplit(".", 1)[-1] if "." in filename else "",
        )
    return hints


def _array_items(api: Spec, schema: Any) -> Any:
    schema = api.resolve(schema)
    if "items" in schema:
        return schema["items"]
    for member in schema.get("anyOf") or schema.get("oneOf") or []:
        member = api.resolve(member)
        if "items" in member:
            return member["items"]
    return {}


def _failure(failure: Failure) -> JSONResponse:
    return JSONResponse(failure.body(), status_code=failure.status, headers=failure.headers)


def unauthorized() -> JSONResponse:
    """The gateway's 401: no envelope, a request id."""
    return JSONResponse(
        {"message": "Unauthorized", "request_id": uuid.uuid4().hex},
        status_code=401,
        headers={"www-authenticate": "Key"},
    )


def invalid_model_failure(model_id: str) -> Failure:
    return Failure(400, f"Invalid model: {model_id}", "invalid_model", "1500")


class _Recorded:
    """Serves the responses of a cassette to the requests that match them."""

    def __init__(self, path: Path) -> None:
        import yaml

        from .._cassettes import load_cassette

        try:
            self.interactions = load_cassette(path)
        except (yaml.YAMLError, AttributeError, KeyError, TypeError) as exc:
            # Not YAML, or YAML of another shape: say so in a line (the CLI prints it).
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise ValueError(f"{path} is not a cassette the testing kit reads: {reason}") from exc
        self.used: set[int] = set()
        self.lock = threading.Lock()

    def answer(self, method: str, path: str, query: str, content_type: str, raw: bytes) -> Response:
        """The first unused recorded response whose request matches this one.

        Matched on method, path, query (as pairs, in any order) and body: equal as JSON, as
        multipart fields (the boundary differs each time), or byte for byte.
        """
        sent = (method, path, sorted(parse_qsl(query)), _body_key(content_type, raw))
        with self.lock:
            for number, item in enumerate(self.interactions):
                if number in self.used:
                    continue
                recorded_type = item.request_headers.get("content-type", "")
                recorded = (
                    item.method,
                    item.path,
                    sorted(parse_qsl(urlsplit(item.uri).query)),
                    _body_key(recorded_type, item.request_body),
                )
                if recorded == sent:
                    self.used.add(number)
                    skip = {"content-encoding", "content-length", "transfer-encoding", "set-cookie"}
                    headers = {k: v for k, v in item.response_headers.items() if k not in skip}
                    return Response(item.response_body, status_code=item.status, headers=headers)
        return error_envelope(404, "no recorded interaction matches this request", "cassette_miss")


def _body_key(content_type: str, raw: bytes) -> Any:
    """What makes two request bodies the same request (see `_Recorded.answer`)."""
    if not raw:
        return None
    if content_type.startswith(MULTIPART):
        parts = parse_multipart(content_type, raw)
        return sorted((name, part.filename or "", part.content) for name, part in parts)
    try:
        return ("json", json.loads(raw))
    except ValueError:
        return ("bytes", raw)


def _hide_injected_drops(record: logging.LogRecord) -> bool:
    """A uvicorn error log filter: a dropped connection we injected is a fault, not a crash.

    Its one line is already on ``mistral_client.server``; uvicorn would add a traceback.
    """
    return not (record.exc_info and isinstance(record.exc_info[1], InjectedDrop))


def listen(host: str, port: int) -> socket.socket:
    """A socket listening on HOST:PORT (port 0 picks a free one), for uvicorn to serve on.

    Clients may connect as soon as it returns: they wait in the backlog until uvicorn accepts.

    Raises:
        OSError: The address is in use or cannot be bound.
    """
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(2048)  # uvicorn's default backlog
    except OSError:
        sock.close()
        raise
    return sock


def base_url(sock: socket.socket) -> str:
    """The URL a client on this machine uses for the server listening on SOCK."""
    host, port = sock.getsockname()[:2]
    host = {"0.0.0.0": "127.0.0.1", "::": "::1"}.get(host, host)
    return f"http://[{host}]:{port}" if ":" in host else f"http://{host}:{port}"


def serve(
    host: str = "127.0.0.1",
    port: int = 8000,
    *,
    on_ready: Callable[[str], None] | None = None,
    log_stream: Any = None,
    **options: Any,
) -> None:
    """Run the server until Ctrl-C (uvicorn handles the signal and shuts down cleanly).

    Injected faults are logged as one line each (and requests, with ``access_log=True``) on
    LOG_STREAM (default: standard output); uvicorn reports only warnings and errors.

    Args:
        host: The address to bind.
        port: The port to bind; 0 picks a free one.
        on_ready: Called with the server's base URL once the port is bound.
        log_stream: Where the fault and access lines go (a text stream).
        **options: Passed to :func:`create_app`.

    Raises:
        OSError: The address cannot be bound, or the cassette cannot be read.
        ValueError: The cassette is not in a format the testing kit reads.
    """
    import sys

    import uvicorn

    app = create_app(**options)
    sock = listen(host, port)
    handler = logging.StreamHandler(log_stream or sys.stdout)
    handler.setFormatter(logging.Formatter("%(message)s"))
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    log.propagate = False
    config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off")
    logging.getLogger("uvicorn.error").addFilter(_hide_injected_drops)
    try:
        if on_ready is not None:
            on_ready(base_url(sock))
        uvicorn.Server(config).run(sockets=[sock])
    except KeyboardInterrupt:
        pass  # uvicorn re-raises the Ctrl-C it shut down on (uvicorn.run swallows it the same way)
    finally:
        log.removeHandler(handler)
        sock.close()
