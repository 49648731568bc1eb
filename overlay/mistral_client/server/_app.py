from __future__ import annotations

import asyncio
import json
import re
import threading
import time
import uuid
from collections.abc import AsyncIterator, Callable
from functools import cache
from pathlib import Path
from typing import Any

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, Response, StreamingResponse
from starlette.routing import Route
from starlette.types import Receive, Scope, Send

from . import _replies
from ._batch import BatchService

DEFAULT_MODELS = (
    "mistral-small-latest",
    "mistral-medium-latest",
    "mistral-large-latest",
    "magistral-small-latest",
    "codestral-latest",
)
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


def _spec_path() -> Path:
    """openapi.yaml: inside the installed package (wheel), else at the top of the source tree."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "openapi.yaml", here.parents[3] / "openapi.yaml"):
        if candidate.is_file():
            return candidate
    raise FileNotFoundError("openapi.yaml not found beside mistral_client or in the source tree")


@cache
def _validator() -> Any:
    import yaml
    from jsonschema import Draft202012Validator

    components = yaml.safe_load(_spec_path().read_text(encoding="utf-8"))["components"]
    return Draft202012Validator(
        {"$ref": "#/components/schemas/ChatCompletionRequest", "components": components}
    )


def validation_errors(body: Any) -> list[dict[str, Any]]:
    """The 422 `detail` items for BODY, in the shape of Mistral's (pydantic) validation errors."""
    from jsonschema.exceptions import best_match

    detail = []
    for error in sorted(_validator().iter_errors(body), key=lambda e: list(map(str, e.path))):
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


def model_card(model_id: str, created: int) -> dict[str, Any]:
    reasoning = model_id.startswith(_replies.REASONING_MODELS)
    return {
        "id": model_id,
        "object": "model",
        "created": created,
        "owned_by": "mistralai",
        "type": "base",
        "name": model_id,
        "description": f"{model_id} (embedded Mistral-compatible server)",
        "max_context_length": 131072,
        "aliases": [],
        "deprecation": None,
        "default_model_temperature": 0.7 if reasoning else 0.3,
        "capabilities": {
            "completion_chat": True,
            "completion_fim": model_id.startswith("codestral"),
            "function_calling": True,
            "fine_tuning": False,
            "vision": False,
            "classification": False,
        },
    }


class _Faults:
    """Counts how often each fault spec has fired, for `x<times>` specs."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._fired: dict[str, int] = {}

    def take(self, spec: str) -> str | None:
        """The fault kind to inject for SPEC now, or None once its budget is spent."""
        match = FAULT.match(spec)
        if match is None:
            return None
        times = match.group("times")
        with self._lock:
            fired = self._fired.get(spec, 0)
            if times is not None and fired >= int(times):
                return None
            self._fired[spec] = fired + 1
        return match.group("kind")


class _Dropped:
    """An ASGI response that starts, sends part of its body, and leaves: the connection drops."""

    def __init__(self, status: int, headers: list[tuple[bytes, bytes]], parts: list[bytes]) -> None:
        self.status, self.headers, self.parts = status, headers, parts

    async def __call__(self, _scope: Scope, _receive: Receive, send: Send) -> None:
        await send({"type": "http.response.start", "status": self.status, "headers": self.headers})
        for part in self.parts:
            await send({"type": "http.response.body", "body": part, "more_body": True})
        raise ConnectionAbortedError("fault injected: connection dropped")


def _sse(payload: Any) -> bytes:
    return f"data: {json.dumps(payload, separators=(',', ':'))}\n\n".encode()


def create_app(
    *,
    models: tuple[str, ...] = DEFAULT_MODELS,
    api_keys: frozenset[str] | None = None,
    cassette: str | Path | None = None,
    clock: Callable[[], float] = time.time,
    stall_seconds: float = STALL_SECONDS,
    batch_step_seconds: float = 0.02,
) -> Starlette:
    """The ASGI app of the embedded server.

    Args:
        models: The model ids ``GET /v1/models`` lists.
        api_keys: The keys accepted; None accepts any non-empty bearer key.
        cassette: A cassette file (vcrpy YAML, or any format the testing kit reads); recorded
            responses are served for requests that match one, in recorded order.
        clock: Source of the ``created`` timestamps.
        stall_seconds: How long a ``stall`` fault keeps a stream silent.
        batch_step_seconds: How long a batch job takes per request (and to start).
    """
    faults = _Faults()
    recorded = _Recorded(Path(cassette)) if cassette else None

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

    async def chat(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        raw = await request.body()
        try:
            body = json.loads(raw)
        except ValueError:
            detail = [
                {
                    "type": "json_invalid",
                    "loc": ["body", 0],
                    "msg": "JSON decode error",
                    "input": {},
                }
            ]
            return error_envelope(422, {"detail": detail}, "invalid_request_error")
        if recorded is not None:
            return recorded.answer(request.method, request.url.path, body)
        spec = request.headers.get("x-mistral-fault", "")
        if (
            isinstance(body, dict)
            and isinstance(body.get("model"), str)
            and ":fault=" in body["model"]
        ):
            body["model"], _, spec = body["model"].partition(":fault=")
        detail = validation_errors(body)
        if detail:
            return error_envelope(422, {"detail": detail}, "invalid_request_error")
        kind = faults.take(spec) if spec else None
        stream = body.get("stream") is True
        created = int(clock())
        correlation = {"mistral-correlation-id": str(uuid.uuid4())}
        if kind is not None and kind[:3].isdigit():
            status = int(kind[:3])
            headers = dict(correlation)
            if status == 429:
                headers["retry-after"] = "1" if kind.endswith("-wait") else "0"
                return JSONResponse({"object": "error", "message": "Requests rate limit exceeded",
                                     "type": "rate_limited", "param": None, "code": "1300"},
                                    status_code=429, headers=headers)  # fmt: skip
            return error_envelope(status, f"fault injected: {status}", "service_error", "3000")
        if kind == "drop":
            return _Dropped(
                200,
                [(b"content-type", b"application/json"), (b"content-length", b"4096")],
                [b'{"id": '],
            )  # type: ignore[return-value]
        if not stream:
            return JSONResponse(_replies.completion(body, created), headers=correlation)
        if kind == "not-sse":
            return JSONResponse(_replies.completion(body, created), headers=correlation)
        chunks = _replies.stream_chunks(body, created)
        if kind == "break":
            return _Dropped(
                200, [(b"content-type", b"text/event-stream")], [_sse(c) for c in chunks[:2]]
            )  # type: ignore[return-value]

        async def events() -> AsyncIterator[bytes]:
            for number, chunk in enumerate(chunks):
                if number == 2 and kind == "stall":
                    await asyncio.sleep(stall_seconds)
                if number == 2 and kind == "error-event":
                    yield _sse(MID_STREAM_ERROR)
                    return
                yield _sse(chunk)
            yield b"data: [DONE]\n\n"

        return StreamingResponse(events(), media_type="text/event-stream", headers=correlation)

    async def list_models(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        created = int(clock())
        return JSONResponse({"object": "list", "data": [model_card(m, created) for m in models]})

    async def retrieve_model(request: Request) -> Response:
        if not authorized(request):
            return unauthorized()
        model_id = request.path_params["model_id"]
        if model_id not in models:
            return error_envelope(404, f"Model {model_id!r} not found", "invalid_model", "1500")
        return JSONResponse(model_card(model_id, int(clock())))

    return Starlette(
        routes=[
            Route("/v1/chat/completions", chat, methods=["POST"]),
            Route("/v1/models", list_models, methods=["GET"]),
            Route("/v1/models/{model_id:str}", retrieve_model, methods=["GET"]),
            *BatchService(
                authorized=authorized,
                unauthorized=unauthorized,
                take_fault=faults.take,
                validate=validation_errors,
                clock=clock,
                step_seconds=batch_step_seconds,
            ).routes(),
        ]
    )


class _Recorded:
    """Serves the responses of a cassette to the requests that match them."""

    def __init__(self, path: Path) -> None:
        from .._cassettes import load_cassette

        self.interactions = load_cassette(path)
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


def serve(host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Run the server until Ctrl-C (uvicorn handles the signal and shuts down cleanly)."""
    import uvicorn

    uvicorn.run(create_app(**options), host=host, port=port, log_level="info")
