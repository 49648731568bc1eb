from __future__ import annotations

import asyncio
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

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from . import _catalogue, _replies
from ._batch import BatchService

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
# Injected faults are INFO lines here, requests (with access_log) on its `access` child;
# nothing prints unless the application configures logging (`mistral-client serve` does).
log = logging.getLogger("mistral_client.server")
access_log = logging.getLogger("mistral_client.server.access")


def spec() -> Any:
    """The prepared spec the package was generated from (`_mistral_api/openapi.json`).

    Mistral's published document with our corrections and repairs applied (make generate
    writes it); JSON, so loading its megabyte takes milliseconds, not YAML's seconds.
    """
    import importlib.resources
    import json

    return json.loads(
        importlib.resources.files("_mistral_api").joinpath("openapi.json").read_bytes()
    )


@cache
def _components() -> Any:
    return spec()["components"]


@cache
def _validator(schema: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(
        {"$ref": f"#/components/schemas/{schema}", "components": _components()}
    )


def validation_errors(body: Any, schema: str = "ChatCompletionRequest") -> list[dict[str, Any]]:
    """The 422 `detail` items for BODY, in the shape of Mistral's (pydantic) validation errors.

    Args:
        body: The decoded JSON body of a request.
        schema: The openapi.yaml schema the body must satisfy.

    Returns:
        One item per error; empty when the body is valid.
    """
    from jsonschema.exceptions import best_match

    detail = []
    for error in sorted(_validator(schema).iter_errors(body), key=lambda e: list(map(str, e.path))):
        # anyOf (nullable parameters): report the closest branch, "-1 is less than the
        # minimum of 0", rather than "not valid under any of the given schemas".
        # A branch that failed only on `type` is the wrong branch, not the reason.
        near = [e for e in error.context or [] if e.validator != "type"] or error.context
        reason = best_match(near) if near else error
        detail.append(
            {
                "type": str(reason.validator),
                "loc": ["body", *error.absolute_path],
                "msg": reason.message[:300],
                "input": error.instance,
            }
        )
    return detail


def error_envelope(status: int, message: Any, kind: str, code: str | None = None) -> JSONResponse:
    """Mistral's error body: {"object": "error", "message", "type", "param", "code"}."""
    body = {"object": "error", "message": message, "type": kind, "param": None, "code": code}
    return JSONResponse(body, status_code=status)


def invalid_model(model_id: str) -> JSONResponse:
    """The real API's answer to a model id it does not serve.

    The envelope appears verbatim in public bug reports (tmc/langchaingo#1233).
    """
    return error_envelope(400, f"Invalid model: {model_id}", "invalid_model", "1500")


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


def _sse(payload: Any) -> bytes:
    return f"data: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


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
            access_log.info('%s:%s "%s %s" %s %.1f ms', host, port, scope["method"],
                            scope["path"], status, elapsed)  # fmt: skip


Reply = Callable[[dict[str, Any], int], dict[str, Any]]
Chunks = Callable[[dict[str, Any], int], list[dict[str, Any]]]


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
    faults = _Faults()
    recorded = _Recorded(Path(cassette)) if cassette else None
    extra = frozenset(extra_models)
    listed = (*DEFAULT_MODELS, *sorted(extra - set(DEFAULT_MODELS)))
    deleted: set[str] = set()

    def known(model_id: str) -> bool:
        return model_id not in deleted and _catalogue.accepts(model_id, extra)

    def authorized(request: Request) -> bool:
        scheme, _, key = request.headers.get("authorization", "").partition(" ")
        key = key.strip()
        return scheme.lower() == "bearer" and bool(key) and (api_keys is None or key in api_keys)

    def unauthorized() -> JSONResponse:
        request_id = uuid.uuid4().hex
        return JSONResponse(
            {"message": "Unauthorized", "request_id": request_id},
            status_code=401,
            headers={"www-authenticate": "Key"},
        )

    async def admit(request: Request, schema: str) -> tuple[dict[str, Any], str | None] | Response:
        """The body and fault kind of a POST, or the response that refuses or answers it.

        In the real API's order: key (401), JSON and schema (422), then what the gateway
        decides (injected faults), then the model (400).
        """
        if not authorized(request):
            return unauthorized()
        try:
            body = json.loads(await request.body())
        except ValueError:
            return error_envelope(422, {"detail": JSON_INVALID}, "invalid_request_error")
        if recorded is not None:
            return recorded.answer(request.method, request.url.path, body)
        spec = request.headers.get("x-mistral-fault", "")
        model = body.get("model") if isinstance(body, dict) else None
        if isinstance(model, str) and ":fault=" in model:
            body["model"], _, spec = model.partition(":fault=")
        detail = validation_errors(body, schema)
        if detail:
            return error_envelope(422, {"detail": detail}, "invalid_request_error")
        kind = faults.take(spec, f"{request.method} {request.url.path}") if spec else None
        if kind is not None and kind[:3].isdigit():
            return status_fault(kind)
        if kind != "drop" and not known(body["model"]):
            return invalid_model(body["model"])
        return body, kind

    async def events(chunks: list[dict[str, Any]], kind: str | None) -> AsyncIterator[bytes]:
        for number, chunk in enumerate(chunks):
            if number == 2 and kind == "stall":
                await asyncio.sleep(stall_seconds)
            if number == 2 and kind == "error-event":
                yield _sse(MID_STREAM_ERROR)
                return
            yield _sse(chunk)
            # Give the loop a turn between events. Written in one go, a stream never let
            # uvicorn see that its client left (connection_lost waits for the loop), so it
            # kept writing to the closed socket and asyncio logged "socket.send() raised
            # exception." on stderr for every write past the fifth (issue 15, item 4).
            await asyncio.sleep(0)
        yield b"data: [DONE]\n\n"

    def completions(schema: str, reply: Reply, chunks: Chunks | None) -> Callable[..., Any]:
        """The endpoint answering SCHEMA requests with REPLY, or a stream of CHUNKS."""

        async def endpoint(request: Request) -> Response:
            admitted = await admit(request, schema)
            if isinstance(admitted, Response):
                return admitted
            body, kind = admitted
            created = int(clock())
            correlation = {"mistral-correlation-id": str(uuid.uuid4())}
            if kind == "drop":
                return _Dropped(  # type: ignore[return-value]
                    200,
                    [(b"content-type", b"application/json"), (b"content-length", b"4096")],
                    [b'{"id": '],
                )
            if chunks is None or body.get("stream") is not True or kind == "not-sse":
                return JSONResponse(reply(body, created), headers=correlation)
            payloads = chunks(body, created)
            if kind == "break":
                parts = [_sse(c) for c in payloads[:2]]
                sse = [(b"content-type", b"text/event-stream")]
                return _Dropped(200, sse, parts)  # type: ignore[return-value]
            return StreamingResponse(
                events(payloads, kind), media_type="text/event-stream", headers=correlation
            )

        return endpoint

    async def list_models(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        created = int(clock())
        cards = [_catalogue.model_card(m, created) for m in listed if m not in deleted]
        return JSONResponse({"object": "list", "data": cards})

    def one_model(handler: Callable[[str], Response]) -> Callable[[Request], Any]:
        """An endpoint for /v1/models/{model_id}: the key checked, an unknown id a 404."""

        async def endpoint(request: Request) -> Response:
            if not authorized(request):
                return unauthorized()
            model_id = request.path_params["model_id"]
            if not known(model_id):
                return error_envelope(404, f"Model {model_id!r} not found", "invalid_model", "1500")
            return handler(model_id)

        return endpoint

    def retrieve_model(model_id: str) -> Response:
        return JSONResponse(_catalogue.model_card(model_id, int(clock())))

    def delete_model(model_id: str) -> Response:
        if not _catalogue.is_fine_tuned(model_id):
            # Mistral documents deletion for fine-tuned models only; the status it gives a
            # base model is not recorded anywhere we know of, so: forbidden, saying why.
            message = f"Only fine-tuned models can be deleted; {model_id} is a base model"
            return error_envelope(403, message, "invalid_request_error", "1500")
        deleted.add(model_id)
        return JSONResponse({"id": model_id, "object": "model", "deleted": True})

    routes = [
        Route("/v1/chat/completions", completions("ChatCompletionRequest", _replies.completion,
              _replies.stream_chunks), methods=["POST"]),
        Route("/v1/fim/completions", completions("FIMCompletionRequest", _replies.fim_completion,
              _replies.fim_chunks), methods=["POST"]),
        Route("/v1/embeddings", completions("EmbeddingRequest",
              lambda body, _created: _replies.embeddings(body), None), methods=["POST"]),
        Route("/v1/models", list_models, methods=["GET"]),
        Route("/v1/models/{model_id:str}", one_model(retrieve_model), methods=["GET"]),
        Route("/v1/models/{model_id:str}", one_model(delete_model), methods=["DELETE"]),
        *BatchService(authorized=authorized, unauthorized=unauthorized, take_fault=faults.take,
                      status_fault=status_fault, validate=validation_errors, known=known,
                      clock=clock, step_seconds=batch_step_seconds).routes(),
    ]  # fmt: skip
    middleware = [Middleware(_ServedBy)] + ([Middleware(_AccessLog)] if access_log else [])
    return Starlette(routes=routes, middleware=middleware)


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

    def answer(self, method: str, path: str, body: Any) -> Response:
        with self.lock:
            for number, item in enumerate(self.interactions):
                if number in self.used or item.method != method or item.path != path:
                    continue
                try:
                    recorded = item.request_json()
                except ValueError:
                    recorded = None
                if recorded == body:
                    self.used.add(number)
                    skip = {"content-encoding", "content-length", "transfer-encoding", "set-cookie"}
                    headers = {k: v for k, v in item.response_headers.items() if k not in skip}
                    return Response(item.response_body, status_code=item.status, headers=headers)
        return error_envelope(404, "no recorded interaction matches this request", "cassette_miss")


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
