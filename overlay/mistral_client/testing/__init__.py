"""Record and replay Mistral traffic in your own tests, and run the embedded server.

With pytest and pytest-recording, add ``pytest_plugins = ["mistral_client.testing.pytest_plugin"]``
to your conftest.py: it provides the ``vcr_config`` that mistral-client's own contract tests
use (Authorization, cookies and per-request ids scrubbed; bodies decompressed; requests matched
on method, scheme, host, port, path without fragment, query and JSON body) and a
``mistral_server`` fixture (the embedded server on a free loopback port).

Without pytest: :func:`vcr_config` gives the same settings for ``vcr.VCR(**vcr_config())``, and
:func:`running_server` runs the server in a background thread.
"""

from __future__ import annotations

import json
import socket
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any
from urllib.parse import urlsplit, urlunsplit

__all__ = [
    "SCRUBBED",
    "json_body_matcher",
    "running_server",
    "scrub_request",
    "scrub_response",
    "vcr_config",
]

SCRUBBED = "<scrubbed>"
# Per-request ids and cookies say nothing about the API's contract and change every run.
SCRUBBED_RESPONSE_HEADERS = frozenset(
    {"set-cookie", "mistral-correlation-id", "x-kong-request-id", "cf-ray", "x-request-id", "date"}
)
SECRET_REQUEST_HEADERS = ("authorization", "cookie", "x-api-key", "api-key")
RECORDED_HOST = "api.mistral.ai"


def scrub_request(request: Any) -> Any:
    """A vcrpy ``before_record_request`` hook: no credentials, and one host for the API.

    Requests to a loopback server (the embedded one) are stored, and matched, as requests to
    https://api.mistral.ai, so one cassette replays whichever server recorded it.
    """
    for name in list(request.headers):
        if name.lower() in SECRET_REQUEST_HEADERS:
            del request.headers[name]
    parts = urlsplit(request.uri)
    if parts.hostname in {"127.0.0.1", "localhost", "::1"}:
        request.uri = urlunsplit(("https", RECORDED_HOST, parts.path, parts.query, ""))
        for name in list(request.headers):
            if name.lower() == "host":
                request.headers[name] = RECORDED_HOST
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """A vcrpy ``before_record_response`` hook: cookies and per-request ids replaced."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SCRUBBED_RESPONSE_HEADERS:
            headers[name] = [SCRUBBED]
    return response


def json_body_matcher(r1: Any, r2: Any) -> None:
    """Match vcrpy requests whose bodies are equal as JSON (key order and spacing do not matter)."""

    def parse(body: Any) -> Any:
        if not body:
            return None
        try:
            return json.loads(body)
        except ValueError:
            return body

    assert parse(r1.body) == parse(r2.body), "request bodies differ"


def vcr_config(record_mode: str = "none") -> dict[str, Any]:
    """The vcrpy settings shared by mistral-client's contract tests and yours."""
    return {
        "record_mode": record_mode,
        "filter_headers": list(SECRET_REQUEST_HEADERS),
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
        "match_on": ["method", "scheme", "host", "port", "path", "query", "json_body"],
    }


@contextmanager
def running_server(**app_options: Any) -> Iterator[str]:
    """Run the embedded server in a background thread; yields its base URL.

    Args:
        **app_options: Passed to :func:`mistral_client.server.create_app`.
    """
    import uvicorn

    from ..server import create_app

    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(**app_options), log_level="critical", lifespan="off")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, daemon=True)
    thread.start()
    try:
        for _ in range(500):
            if server.started:
                break
            threading.Event().wait(0.01)
        else:
            raise RuntimeError("the embedded server did not start within 5 s")
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        sock.close()
