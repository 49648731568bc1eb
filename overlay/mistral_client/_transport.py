"""The generated resources' transport: their `Request`s sent on the client's send path.

`_mistral_api.client` declares the protocol (`Request` in; a decoded result, an `APIResponse`
or an event stream out); `HTTPTransport` implements it with `_http` (auth, retries, typed errors
with status, headers and raw body, timeouts) and `_streaming` (event decoding), so every
generated method behaves as the hand-written ones do. What to send is decided by the pure
`plan`; the shells only do I/O.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import httpx

from _mistral_api.client import OPTION_NAMES, Request, RequestOptions
from _mistral_api.types import UNSET, InvalidFieldError, Record

from . import _http
from ._constants import DEFAULT_BASE_URL, ENV_BASE_URL
from ._exceptions import InvalidRequestError, ResponseValidationError, unknown_parameter
from ._hints import describe, fits, keyword_hints
from ._http import APIClient, Call
from ._types import RetryConfig

if TYPE_CHECKING:
    from ._streaming import AsyncEventStream, EventStream

__all__ = ["APIResponse", "HTTPTransport", "plan"]

T = TypeVar("T")


class Plan(Record):
    """What `Mistral._call` and the Call need for one request, options applied.

    ``url`` None means the client's server; ``options`` are for Mistral._call (extra_headers,
    retries, timeout).
    """

    __slots__ = ("url", "options", "params", "json", "files")  # noqa: RUF023 - repr order

    def __init__(
        self,
        url: str | None,
        options: Mapping[str, Any],
        params: Mapping[str, Any] | None,
        json: Any,
        files: Any,
    ) -> None:
        self.url = url
        self.options = options
        self.params = params
        self.json = json
        self.files = files


def base_url(server_url: str | None, setting: str = "server_url") -> str:
    """The base URL to send to, checked: SETTING names where a bad one came from."""
    if server_url is None:
        server_url = os.environ.get(ENV_BASE_URL)
        setting = ENV_BASE_URL
    url = (server_url or DEFAULT_BASE_URL).strip().rstrip("/")
    if not url.startswith(("http://", "https://")):
        # Without a scheme httpx fails at send time, as a transport error that was retried.
        raise InvalidRequestError(
            f"{url!r} is not an http:// or https:// URL: write it in full, such as "
            f"'http://127.0.0.1:8000' or '{DEFAULT_BASE_URL}'",
            param=setting,
        )
    # MISTRAL_BASE_URL is often written with /v1, as for OpenAI-compatible clients.
    return url.removesuffix("/v1")


def seconds(timeout_ms: Any, where: str) -> float:
    """TIMEOUT_MS (the official SDK's timeout, in milliseconds) in seconds."""
    if not isinstance(timeout_ms, int | float) or isinstance(timeout_ms, bool) or timeout_ms < 0:
        raise InvalidRequestError(f"expected milliseconds, got {timeout_ms!r}", param=where)
    return timeout_ms / 1000


def plan(request: Request[Any], options: Mapping[str, Any]) -> Plan:
    """The request as sent: the call's options checked, merged into it, and canonical.

    `http_headers` and `timeout_ms` are the official SDK's spellings of `extra_headers` and
    `timeout`; the plan's options hold only `extra_headers`, `retries` and `timeout`. Extra body
    fields are merged over the generated body, so a field the spec does not know yet can be
    sent; extra query parameters likewise.

    Raises:
        InvalidRequestError: an option the methods do not take, with "did you mean" drawn
            from the method's own keywords and the options; or a body this transport cannot
            send.
    """
    for name in options:
        if name not in OPTION_NAMES:
            raise unknown_parameter(name, (*request.keywords, *OPTION_NAMES))
    if request.content is not None:
        raise InvalidRequestError(
            f"{request.operation_id}: raw request bodies are not supported yet", param="body"
        )
    headers = {**request.headers, **options.get("http_headers", {})}
    headers.update(options.get("extra_headers", {}))
    call_options: dict[str, Any] = {"extra_headers": headers} if headers else {}
    retries = options.get("retries")
    if retries is not None:
        if not isinstance(retries, RetryConfig):
            raise InvalidRequestError(
                f"expected a RetryConfig, got {type(retries).__name__}", param="retries"
            )
        call_options["retries"] = retries
    if options.get("timeout_ms") is not None:
        if "timeout" in options:
            raise InvalidRequestError(
                "give timeout (seconds) or timeout_ms, not both", param="timeout"
            )
        call_options["timeout"] = seconds(options["timeout_ms"], "timeout_ms")
    elif "timeout" in options:
        call_options["timeout"] = options["timeout"]
    params = {**request.params, **options.get("extra_query", {})}
    body = request.json
    extra_body = options.get("extra_body")
    if extra_body:
        if request.files is not None or not isinstance(body, dict | None):
            raise InvalidRequestError("extra_body needs a JSON object body", param="extra_body")
        body = {**(body or {}), **extra_body}
    server_url = options.get("server_url")
    return Plan(
        url=f"{base_url(server_url)}{request.path}" if server_url else None,
        options=call_options,
        params=params or None,
        json=body,
        files=request.files,
    )


def build_request(builder: Callable[..., Request[T]], arguments: dict[str, Any]) -> Request[T]:
    """BUILDER(**ARGUMENTS), every given argument checked first (see HTTPTransport.build)."""
    hints = keyword_hints(builder)
    for name, value in arguments.items():
        if value is not UNSET and not fits(value, hints.get(name, Any)):
            raise InvalidRequestError(
                f"expected {describe(hints[name])}, got {type(value).__name__} {value!r:.60}",
                param=name,
            )
    try:
        request = builder(**arguments)
    except InvalidFieldError as exc:
        raise InvalidRequestError(
            f"expected {exc.expected}, got {type(exc.value).__name__} {exc.value!r:.60}",
            param=exc.location,
        ) from None
    if "//" in request.path or request.path.endswith("/"):
        # An empty path parameter: the request would reach another endpoint, or none.
        empty = [name for name, value in arguments.items() if value == ""]
        raise InvalidRequestError(
            "expected a non-empty id", param=empty[0] if empty else request.operation_id
        )
    return request


def decode_body(request: Request[T], response: httpx.Response) -> T:
    """The result of a read 2xx RESPONSE, as the request's kind says."""
    if request.kind == "json":
        return _http.decode(response, request.decode)
    if request.kind == "bytes":
        payload: Any = response.content
    elif request.kind == "text":
        payload = response.text
    elif request.kind == "lines":
        payload = [line for line in response.text.splitlines() if line.strip()]
    else:
        payload = None
    try:
        return request.decode(payload)
    except Exception as exc:
        raise ResponseValidationError(
            f"{response.status_code} response body does not decode: {type(exc).__name__}: {exc}",
            response=response,
            body=response.content,
        ) from exc


class APIResponse(Record, Generic[T]):
    """A decoded result and the HTTP response it came from (``with_raw_response``).

    Attributes:
        data: The decoded result.
        http_response: The ``httpx.Response`` (read and closed).
    """

    __slots__ = ("data", "http_response")

    def __init__(self, data: T, http_response: httpx.Response) -> None:
        self.data = data
        self.http_response = http_response

    @property
    def status_code(self) -> int:
        return self.http_response.status_code

    @property
    def headers(self) -> httpx.Headers:
        return self.http_response.headers


def _what(request: Request[Any]) -> str:
    """The event type's name, for decode errors ("stream event is not a CompletionEvent")."""
    return getattr(request.decode, "__qualname__", "event").split(".")[0]


class HTTPTransport:
    """`_mistral_api.client.Transport` on the client's send path (see the module docstring).

    Args:
        client: The client that owns the connection pools, headers and policies (``Mistral``).
    """

    def __init__(self, client: APIClient) -> None:
        self._client = client

    def _call(self, request: Request[Any], options: RequestOptions) -> Call:
        sent = plan(request, options)
        call = self._client._call(
            request.method, request.path, sent.json, sent.options, stream=request.stream
        )
        return call._replace(url=sent.url or call.url, params=sent.params, files=sent.files)

    def build(self, builder: Callable[..., Request[T]], arguments: dict[str, Any]) -> Request[T]:
        """The Request of a generated method's ARGUMENTS, checked against BUILDER's hints.

        Raises:
            InvalidRequestError: an argument does not fit its parameter's type, a model field
                holds something that is neither the model nor a dict, or an id is empty;
                nothing was sent.
        """
        return build_request(builder, arguments)

    def send(self, request: Request[T], options: RequestOptions) -> T:
        """Send REQUEST; its decoded 2xx result."""
        return self.send_raw(request, options).data

    async def send_async(self, request: Request[T], options: RequestOptions) -> T:
        """Async twin of :meth:`send`."""
        return (await self.send_raw_async(request, options)).data

    def send_raw(self, request: Request[T], options: RequestOptions) -> APIResponse[T]:
        """Send REQUEST; its decoded result and the HTTP response."""
        response = _http.send(self._client._sync_client(), self._call(request, options))
        return APIResponse(decode_body(request, response), response)

    async def send_raw_async(self, request: Request[T], options: RequestOptions) -> APIResponse[T]:
        """Async twin of :meth:`send_raw`."""
        response = await _http.asend(self._client._async_client(), self._call(request, options))
        return APIResponse(decode_body(request, response), response)

    def stream(self, request: Request[T], options: RequestOptions) -> EventStream[T]:
        """Send REQUEST; its event stream, open. Retries cover only the request itself."""
        call = self._call(request, options)
        from ._streaming import EventStream, send_stream  # streams only: not on import

        response = send_stream(self._client._sync_client(), call)
        return EventStream(
            response,
            request.decode,
            request.event_fields,
            _what(request),
            idle_timeout=call.stream_idle_timeout,
            owner=self._client,
        )

    async def stream_async(
        self, request: Request[T], options: RequestOptions
    ) -> AsyncEventStream[T]:
        """Async twin of :meth:`stream`."""
        call = self._call(request, options)
        from ._streaming import AsyncEventStream, asend_stream

        response = await asend_stream(self._client._async_client(), call)
        return AsyncEventStream(
            response,
            request.decode,
            request.event_fields,
            _what(request),
            idle_timeout=call.stream_idle_timeout,
            owner=self._client,
        )
