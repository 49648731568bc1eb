"""Record and replay Mistral traffic in your own tests, and run the embedded server.

With pytest and pytest-recording, add ``pytest_plugins = ["mistral_client.testing.pytest_plugin"]``
to your conftest.py: it provides the ``vcr_config`` that mistral-client's own contract tests
use (Authorization, cookies and per-request ids scrubbed; bodies decompressed; requests matched
on method, scheme, host, port, path without fragment, query and JSON body, a mismatch naming
the JSON paths that differ), a placeholder MISTRAL_API_KEY while cassettes replay, a
``mistral_server`` fixture (the embedded server on a free loopback port, reachable under
``--block-network``) and a ``mistral_client`` fixture (a ``Mistral`` bound to it).

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
    "body_differences",
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
# A body mismatch lists this many paths, each value cut to this many characters.
MAX_SHOWN_DIFFERENCES = 5
MAX_SHOWN_VALUE = 80
_ABSENT = object()


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
    """Match vcrpy requests whose bodies are equal as JSON (key order and spacing do not matter).

    vcrpy passes the request being sent first and the recorded one second; a mismatch raises
    an AssertionError naming each JSON path that differs, with both values, which vcrpy
    shows under the closest recorded request.

    Raises:
        AssertionError: The bodies differ.
    """
    differences = body_differences(r2.body, r1.body)
    if differences:
        # Raised, not asserted: the message must survive python -O and pytest's rewriting.
        raise AssertionError("\n".join(differences))


def body_differences(recorded: Any, sent: Any) -> list[str]:
    """How a sent request body differs from a recorded one, one line per JSON path.

    Args:
        recorded: The recorded body (bytes, str or None).
        sent: The body being sent.

    Returns:
        Lines such as ``body differs at $.messages[0].content: recorded 'hi', sent 'hello'``,
        at most ``MAX_SHOWN_DIFFERENCES`` of them and a count of the rest; empty when the
        bodies are equal as JSON (or byte for byte, when either is not JSON).
    """
    found = list(_json_differences(_parse_body(recorded), _parse_body(sent), "$"))
    lines = [
        f"body differs at {path}: recorded {_shown(old)}, sent {_shown(new)}"
        for path, old, new in found[:MAX_SHOWN_DIFFERENCES]
    ]
    if len(found) > MAX_SHOWN_DIFFERENCES:
        lines.append(f"... and {len(found) - MAX_SHOWN_DIFFERENCES} more differences")
    return lines


def _parse_body(body: Any) -> Any:
    if not body:
        return None
    try:
        return json.loads(body)
    except ValueError:
        return body


def _json_differences(recorded: Any, sent: Any, path: str) -> Iterator[tuple[str, Any, Any]]:
    """(path, recorded value, sent value) for each leaf where the two JSON values differ."""
    if isinstance(recorded, dict) and isinstance(sent, dict):
        for key in [*recorded, *(key for key in sent if key not in recorded)]:
            yield from _json_differences(
                recorded.get(key, _ABSENT), sent.get(key, _ABSENT), _child(path, key)
            )
    elif isinstance(recorded, list) and isinstance(sent, list):
        for index in range(max(len(recorded), len(sent))):
            yield from _json_differences(
                recorded[index] if index < len(recorded) else _ABSENT,
                sent[index] if index < len(sent) else _ABSENT,
                f"{path}[{index}]",
            )
    # JSON's true is not 1, though Python's True == 1.
    elif recorded != sent or isinstance(recorded, bool) != isinstance(sent, bool):
        yield path, recorded, sent


def _child(path: str, key: str) -> str:
    return f"{path}.{key}" if key.isidentifier() else f"{path}[{json.dumps(key)}]"


def _shown(value: Any) -> str:
    if value is _ABSENT:
        return "nothing"
    text = repr(value)
    return text if len(text) <= MAX_SHOWN_VALUE else text[: MAX_SHOWN_VALUE - 3] + "..."


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
