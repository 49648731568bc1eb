"""One loader for recorded HTTP traffic in the four cassette serializations seen in the wild.

vcrpy YAML v1 (request ``body`` string, response ``body.string`` possibly ``!!binary`` gzip or
brotli bytes with the original ``Content-Encoding``), pydantic-ai's variant (``parsed_body``),
crewAI's httpx persister (``response.content``, ``status_code``) and Ruby VCR
(``http_interactions``, ``!binary``). :func:`load_cassette` turns any of them into
:class:`Interaction` objects with decompressed bodies.
"""

from __future__ import annotations

import base64
import gzip
import json
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import yaml

__all__ = ["Interaction", "load_cassette"]


@dataclass
class Interaction:
    """One recorded HTTP exchange, normalised across the cassette formats."""

    source: str
    method: str
    uri: str
    request_headers: dict[str, str]
    request_body: bytes
    status: int
    response_headers: dict[str, str]
    response_body: bytes
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def host(self) -> str:
        """The request's host name."""
        return urlsplit(self.uri).hostname or ""

    @property
    def path(self) -> str:
        """The path without the ``#stream`` fragment vcrpy records for the official SDK."""
        return urlsplit(self.uri).path

    @property
    def is_mistral(self) -> bool:
        """Whether the request went to a mistral.ai host."""
        return self.host.endswith("mistral.ai")

    @property
    def is_chat(self) -> bool:
        """Whether this is a POST /v1/chat/completions to Mistral."""
        return self.is_mistral and self.method == "POST" and self.path == "/v1/chat/completions"

    @property
    def is_sse(self) -> bool:
        """Whether the response is an event stream."""
        return "text/event-stream" in self.response_headers.get("content-type", "")

    def request_json(self) -> Any:
        """The request body parsed as JSON (None when empty)."""
        return json.loads(self.request_body) if self.request_body else None

    def response_json(self) -> Any:
        """The response body parsed as JSON."""
        return json.loads(self.response_body)

    def sse_data(self) -> list[str]:
        """The ``data:`` payloads of an event-stream body, in order (``[DONE]`` included)."""
        text = self.response_body.decode("utf-8").replace("\r\n", "\n")
        payloads = []
        for block in text.split("\n\n"):
            lines = [line[5:].lstrip(" ") for line in block.split("\n") if line.startswith("data:")]
            if lines:
                payloads.append("\n".join(lines))
        return payloads

    def sse_chunks(self) -> list[Any]:
        """The JSON payloads of an event-stream body, in order, without ``[DONE]``."""
        return [json.loads(d) for d in self.sse_data() if d != "[DONE]"]


class _Loader(yaml.SafeLoader):
    """PyYAML loader that also reads Ruby Psych's ``!binary`` tag (base64, as ``!!binary``)."""


def _ruby_binary(loader: yaml.SafeLoader, node: yaml.Node) -> bytes:
    return base64.b64decode(loader.construct_scalar(node))  # type: ignore[arg-type]


_Loader.add_constructor("!binary", _ruby_binary)


def _headers(raw: Any) -> dict[str, str]:
    """Lower-cased header names; vcr stores each value as a list."""
    out: dict[str, str] = {}
    for name, value in (raw or {}).items():
        if isinstance(value, list):
            value = ", ".join(str(v) for v in value)
        out[str(name).lower()] = str(value)
    return out


def _to_bytes(value: Any) -> bytes:
    if value is None:
        return b""
    if isinstance(value, bytes):
        return value
    if isinstance(value, str):
        return value.encode("utf-8")
    # pydantic-ai's parsed_body keeps the JSON body decoded as YAML.
    return json.dumps(value).encode("utf-8")


def _body(raw: Any) -> bytes:
    if isinstance(raw, dict) and ("string" in raw or "encoding" in raw):
        return _to_bytes(raw.get("string"))
    return _to_bytes(raw)


def _decompress(body: bytes, headers: dict[str, str]) -> bytes:
    """Undo the Content-Encoding that the cassette kept (gzip, deflate or brotli)."""
    encoding = headers.get("content-encoding", "").strip().lower()
    if encoding == "gzip" or body[:2] == b"\x1f\x8b":
        return gzip.decompress(body)
    if encoding == "deflate":
        return zlib.decompress(body)
    if encoding == "br":
        import brotli

        try:
            return bytes(brotli.decompress(body))
        except brotli.error:
            return body  # some recorders stored the decoded body but kept the header
    return body


def _interaction(source: str, raw: dict[str, Any]) -> Interaction:
    request, response = raw["request"], raw["response"]
    request_headers = _headers(request.get("headers"))
    response_headers = _headers(response.get("headers"))
    if "parsed_body" in request:
        request_body = _to_bytes(request["parsed_body"])
    else:
        request_body = _body(request.get("body"))
    if "parsed_body" in response:
        response_body = _to_bytes(response["parsed_body"])
    elif "content" in response:  # crewAI's httpx persister
        response_body = _to_bytes(response["content"])
    else:
        response_body = _decompress(_body(response.get("body")), response_headers)
    status = response.get("status", {}).get("code") if "status" in response else None
    if status is None:
        status = response.get("status_code")
    return Interaction(
        source=source,
        method=str(request["method"]).upper(),
        uri=str(request["uri"]),
        request_headers=request_headers,
        request_body=request_body,
        status=int(status),
        response_headers=response_headers,
        response_body=response_body,
    )


def load_cassette(path: Path, source: str | None = None) -> list[Interaction]:
    """Every interaction in one cassette file, whatever its serialization.

    Args:
        path: The cassette file.
        source: How to name the file in each Interaction's ``source`` (default: its path).
    """
    document = yaml.load(
        Path(path).read_text(encoding="utf-8"), Loader=_Loader
    )  # our loader: SafeLoader + !binary
    raws = document.get("interactions") or document.get("http_interactions") or []
    name = source or str(path)
    return [_interaction(f"{name}#{i}", raw) for i, raw in enumerate(raws)]
