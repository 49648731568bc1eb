"""Every error mistral-client raises.

```
MistralError                      every error this library raises; catch-all
├── InvalidRequestError           bad arguments, raised before any I/O (also a ValueError)
├── APIConnectionError            no response: wraps httpx.TransportError; .request .attempts
│   └── APITimeoutError
├── SDKError                      any non-2xx response: .status_code .headers .body .message
│   │                             .type .code .request_id .raw_response
│   ├── BadRequestError           400
│   ├── AuthenticationError       401
│   ├── PermissionDeniedError     403
│   ├── NotFoundError             404
│   ├── HTTPValidationError       422, with .detail from the real envelope
│   ├── RateLimitError            429, with .retry_after
│   └── InternalServerError       >= 500
├── ResponseValidationError       a 2xx whose body does not decode; __cause__ is the reason
└── StreamError                   not an event stream, or an error event mid-stream; .event
    └── StreamInterruptedError    the connection broke after events arrived (also an
        │                         APIConnectionError); .events; final_response() holds
        │                         the partial answer
        └── StreamTimeoutError    no data within stream_idle_timeout (also an APITimeoutError)
```

`MistralError`, `SDKError` and `HTTPValidationError` are the names Mistral's own documentation
catches, so code written against them works unchanged.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

import httpx

from ._constants import CORRELATION_HEADERS, MAX_MESSAGE_LENGTH

if TYPE_CHECKING:
    from httpx_sse import ServerSentEvent

__all__ = [
    "APIConnectionError",
    "APITimeoutError",
    "AuthenticationError",
    "BadRequestError",
    "HTTPValidationError",
    "InternalServerError",
    "InvalidRequestError",
    "MistralError",
    "NotFoundError",
    "PermissionDeniedError",
    "RateLimitError",
    "ResponseValidationError",
    "SDKError",
    "StreamError",
    "StreamInterruptedError",
    "StreamTimeoutError",
]


class MistralError(Exception):
    """Base class of every error mistral-client raises."""


class InvalidRequestError(MistralError, ValueError):
    """An argument is wrong; raised before any request is sent.

    Attributes:
        param: The argument at fault, as a path such as ``messages[2].role``.
    """

    def __init__(self, message: str, *, param: str | None = None) -> None:
        super().__init__(f"{param}: {message}" if param else message)
        self.param = param


def unknown_parameter(
    name: str,
    known: Iterable[str],
    otherwise: str = "if the API has a parameter this version does not know, pass it in "
    "extra_body={...}",
) -> InvalidRequestError:
    """The error for a keyword a method does not know: the closest known one, else OTHERWISE."""
    import difflib  # on this error path only: 7-10 ms of import (issue 16 budget)

    close = difflib.get_close_matches(name, list(known), n=1)
    hint = f"did you mean {close[0]!r}?" if close else otherwise
    return InvalidRequestError(f"unknown parameter; {hint} (nothing was sent)", param=name)


class APIConnectionError(MistralError):
    """No response arrived: the connection failed or broke.

    Attributes:
        request: The request that failed (its repr never shows headers).
        attempts: How many attempts were made, retries included.
    """

    def __init__(
        self, message: str = "Connection error.", *, request: httpx.Request, attempts: int = 1
    ) -> None:
        super().__init__(message)
        self.request = request
        self.attempts = attempts


class APITimeoutError(APIConnectionError):
    """The request, or the wait for the next event of a stream, timed out."""


def _bounded(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_MESSAGE_LENGTH:
        return text[: MAX_MESSAGE_LENGTH - 1] + "…"
    return text


def parse_error_body(body: bytes) -> tuple[str | None, str | None, str | None, Any]:
    """(message, type, code, detail) from the error bodies Mistral's API really sends.

    Shapes seen: ``{"object": "error", "message": "...", "type": ..., "code": ...}``; the 422
    envelope with ``"message": {"detail": [...]}``; ``{"message": "Unauthorized",
    "request_id": ...}`` from the gateway; and FastAPI's ``{"detail": ...}``.
    """
    try:
        data = json.loads(body)
    except ValueError:
        return None, None, None, None
    if not isinstance(data, dict):
        return None, None, None, None
    message = data.get("message")
    detail = data.get("detail")
    if isinstance(message, dict):
        detail = message.get("detail", detail)
        message = None
    if message is None and detail is not None:
        message = detail if isinstance(detail, str) else _describe_detail(detail)
    code = data.get("code")
    kind = data.get("type")
    return (
        None if message is None else str(message),
        None if kind is None else str(kind),
        None if code is None else str(code),
        detail,
    )


def _describe_detail(detail: Any) -> str:
    if isinstance(detail, list):
        parts = []
        for item in detail:
            if isinstance(item, dict):
                loc = ".".join(str(p) for p in item.get("loc") or [])
                parts.append(f"{loc}: {item.get('msg', '')}" if loc else str(item.get("msg", "")))
            else:
                parts.append(str(item))
        return "; ".join(parts)
    return json.dumps(detail)


class SDKError(MistralError):
    """The server answered with an error status.

    Attributes:
        status_code: The HTTP status.
        headers: The response headers.
        body: The raw response body, complete.
        message: The server's error message, when the body has one.
        type: The server's error type (``invalid_request_error``...), when given.
        code: The server's error code, when given.
        request_id: The correlation id to quote to Mistral support, when given.
        raw_response: The closed ``httpx.Response``.
    """

    def __init__(self, response: httpx.Response, body: bytes) -> None:
        self.raw_response = response
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        message, self.type, self.code, self.detail = parse_error_body(body)
        self.message = message or body.decode("utf-8", "replace") or response.reason_phrase
        self.request_id = _correlation_id(response.headers, body)
        label = self.type or response.reason_phrase or "error"
        super().__init__(_bounded(f"{self.status_code} {label}: {self.message}"))

    @property
    def text(self) -> str:
        """The body decoded as UTF-8."""
        return self.body.decode("utf-8", "replace")


def _correlation_id(headers: httpx.Headers, body: bytes) -> str | None:
    for name in CORRELATION_HEADERS:
        if name in headers:
            return headers[name]
    try:
        data = json.loads(body)
    except ValueError:
        return None
    found = data.get("request_id") if isinstance(data, dict) else None
    return None if found is None else str(found)


def parse_retry_after(headers: httpx.Headers, now: float | None = None) -> float | None:
    """Seconds the server asked us to wait, from ``retry-after-ms`` or ``Retry-After``.

    ``Retry-After`` is seconds or an HTTP-date (RFC 9110 §10.2.3); garbage gives None.
    """
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        pass
    import email.utils  # the HTTP-date form only: 12-18 ms of import (issue 16 budget)

    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(when.timestamp() - (time.time() if now is None else now), 0.0)


class BadRequestError(SDKError):
    """400: the server rejected the request."""


class AuthenticationError(SDKError):
    """401: the API key is missing or wrong."""


class PermissionDeniedError(SDKError):
    """403: the key may not do this."""


class NotFoundError(SDKError):
    """404: no such model or endpoint."""


class HTTPValidationError(SDKError):
    """422: the request did not validate.

    Attributes:
        detail: The validation errors, each a dict with ``loc``, ``msg`` and ``type``.
    """

    detail: list[dict[str, Any]]

    def __init__(self, response: httpx.Response, body: bytes) -> None:
        super().__init__(response, body)
        if not isinstance(self.detail, list):
            self.detail = []


class RateLimitError(SDKError):
    """429: too many requests.

    Attributes:
        retry_after: Seconds the server asked to wait, when it said.
    """

    def __init__(self, response: httpx.Response, body: bytes) -> None:
        super().__init__(response, body)
        self.retry_after = parse_retry_after(response.headers)


class InternalServerError(SDKError):
    """5xx: the server failed."""


STATUS_ERRORS: dict[int, type[SDKError]] = {
    400: BadRequestError,
    401: AuthenticationError,
    403: PermissionDeniedError,
    404: NotFoundError,
    422: HTTPValidationError,
    429: RateLimitError,
}


def from_response(response: httpx.Response, body: bytes) -> SDKError:
    """The typed error for an error response whose body has been read."""
    cls = STATUS_ERRORS.get(response.status_code)
    if cls is None:
        cls = InternalServerError if response.status_code >= 500 else SDKError
    return cls(response, body)


class ResponseValidationError(MistralError):
    """A successful response whose body does not decode into the expected model.

    Attributes:
        status_code: The HTTP status.
        headers: The response headers.
        body: The raw body.
    """

    def __init__(self, message: str, *, response: httpx.Response, body: bytes) -> None:
        super().__init__(_bounded(message))
        self.status_code = response.status_code
        self.headers = response.headers
        self.body = body
        self.raw_response = response


class StreamError(MistralError):
    """The stream is not an event stream, or the server sent an error event mid-stream.

    Attributes:
        response: The stream's ``httpx.Response``.
        event: The offending server-sent event, if there was one.
        message: The server's error message, for an error event.
        type: The server's error type, for an error event.
        code: The server's error code, for an error event.
    """

    def __init__(
        self,
        message: str,
        *,
        response: httpx.Response,
        event: ServerSentEvent | None = None,
        type: str | None = None,  # the API's own field name
        code: str | None = None,
    ) -> None:
        # Not super(): in StreamInterruptedError the next class is APIConnectionError.
        MistralError.__init__(self, _bounded(message))
        self.response = response
        self.event = event
        self.message = message
        self.type = type
        self.code = code


class StreamInterruptedError(StreamError, APIConnectionError):
    """The stream broke after events had arrived: no retry, the partial answer is kept.

    It is both a :class:`StreamError` and an :class:`APIConnectionError`, so either ``except``
    clause catches it. The events received so far were yielded; ``final_response()`` returns
    them merged.

    Attributes:
        events: How many events arrived before the stream broke.
        response: The stream's ``httpx.Response``.
        request: Its request.
    """

    def __init__(self, message: str, *, response: httpx.Response, events: int) -> None:
        StreamError.__init__(self, message, response=response)
        self.request = response.request
        self.attempts = 1
        self.events = events


class StreamTimeoutError(StreamInterruptedError, APITimeoutError):
    """The stream sent nothing for longer than ``stream_idle_timeout`` after events arrived."""


# Tracebacks and reprs show the public module, the one users import them from.
for _name in __all__:
    globals()[_name].__module__ = "mistral_client.errors"
del _name
