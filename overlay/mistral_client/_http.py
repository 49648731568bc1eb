"""The send path: one pure description of a request, thin sync and async shells that send it.

Decisions live in pure functions (`build`, `_exceptions.from_response`, `_retry.next_wait`,
`decode`); `send` and `asend` only do I/O, with retries around the attempt and transport errors
mapped in one place (`map_transport_errors`).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import Any, NoReturn, Protocol, TypeVar

import httpx
from httpx._client import UseClientDefault  # the type of httpx.USE_CLIENT_DEFAULT

from _mistral_api.types import Record

from . import _retry
from ._exceptions import (
    APIConnectionError,
    APITimeoutError,
    MistralError,
    ResponseValidationError,
    from_response,
)
from ._retry import RetryConfig

T = TypeVar("T")
TimeoutTypes = float | httpx.Timeout | None


class Call(Record):
    """Everything needed to send one request, independent of sync or async.

    Files and batch endpoints add query parameters (``params``) and a multipart body
    (``files``, httpx ``files=``), sent instead of ``json`` when given.
    """

    __slots__ = (  # noqa: RUF023 - in the order repr shows them
        "method",
        "url",
        "json",
        "headers",
        "timeout",
        "retry",
        "stream",
        "stream_idle_timeout",
        "params",
        "files",
    )

    def __init__(
        self,
        method: str,
        url: str,
        json: Any,
        headers: Mapping[str, str],
        timeout: TimeoutTypes | UseClientDefault,
        retry: RetryConfig,
        stream: bool = False,
        stream_idle_timeout: float | None = None,
        params: Mapping[str, Any] | None = None,
        files: Any = None,
    ) -> None:
        self.method = method
        self.url = url
        self.json = json
        self.headers = headers
        self.timeout = timeout
        self.retry = retry
        self.stream = stream
        self.stream_idle_timeout = stream_idle_timeout
        self.params = params
        self.files = files

    @property
    def what(self) -> str:
        return f"{self.method} {self.url}"


class APIClient(Protocol):
    """What a resource (``client.chat``) needs from the client that owns it.

    ``Mistral`` is one; resources depend on this protocol rather than on ``Mistral``, so the
    client module sits above them and nothing imports upward.
    """

    def _call(
        self, method: str, path: str, body: Any, params: Mapping[str, Any], *, stream: bool
    ) -> Call:
        """The Call for one request: URL, headers, timeout and retry policy filled in."""
        ...

    def _sync_client(self) -> httpx.Client:
        """The httpx.Client to send sync calls on."""
        ...

    def _async_client(self) -> httpx.AsyncClient:
        """The httpx.AsyncClient to send async calls on, in the running event loop."""
        ...


def reason(exc: BaseException) -> str:
    """What went wrong, never empty (httpx's timeouts often carry no message)."""
    return str(exc) or type(exc).__name__


def connection_error(
    exc: httpx.TransportError, request: httpx.Request, attempts: int = 1
) -> APIConnectionError:
    """The APIConnectionError (APITimeoutError) for EXC: method, URL and attempts named."""
    tries = "1 attempt" if attempts == 1 else f"{attempts} attempts"
    where = f"{request.method} {request.url} ({tries})"
    if isinstance(exc, httpx.TimeoutException):
        return APITimeoutError(
            f"Request timed out: {where}: {reason(exc)}", request=request, attempts=attempts
        )
    return APIConnectionError(
        f"Connection error: {where}: {reason(exc)}", request=request, attempts=attempts
    )


@contextmanager
def map_transport_errors(request: httpx.Request) -> Iterator[None]:
    """Map httpx transport errors to APIConnectionError / APITimeoutError, chained."""
    try:
        yield
    except httpx.TransportError as exc:
        raise connection_error(exc, request) from exc


def _raise_given_up(exc: MistralError, attempts: int) -> NoReturn:
    """Raise EXC, the last failure after ATTEMPTS attempts; a connection error says how many."""
    cause = exc.__cause__
    if (
        attempts > 1
        and isinstance(exc, APIConnectionError)
        and isinstance(cause, httpx.TransportError)
    ):
        raise connection_error(cause, exc.request, attempts) from cause
    raise exc


def build(client: httpx.Client | httpx.AsyncClient, call: Call) -> httpx.Request:
    timeout = call.timeout
    if call.stream and call.stream_idle_timeout is not None:
        # A stream waits at most stream_idle_timeout between reads; the rest of the limits
        # are those of the call, or of the client when the call sets none.
        base = client.timeout if isinstance(timeout, UseClientDefault) else httpx.Timeout(timeout)
        timeout = httpx.Timeout(
            connect=base.connect, read=call.stream_idle_timeout, write=base.write, pool=base.pool
        )
    if call.params is None and call.files is None:
        return client.build_request(
            call.method, call.url, json=call.json, headers=call.headers, timeout=timeout
        )
    return client.build_request(
        call.method,
        call.url,
        json=call.json,
        params=call.params,
        files=call.files,
        headers=call.headers,
        timeout=timeout,
    )


def send_once(client: httpx.Client, call: Call) -> httpx.Response:
    """One attempt: an error status raises its typed error after the body was read and closed.

    With ``call.stream`` the returned response is open and unread: the caller must close it.
    """
    request = build(client, call)
    with map_transport_errors(request):
        response = client.send(request, stream=True)
        if response.status_code >= 400 or not call.stream:
            try:
                response.read()
            finally:
                response.close()  # mistral client-python#532: close before raising
    if response.status_code >= 400:
        raise from_response(response, response.content)
    return response


async def asend_once(client: httpx.AsyncClient, call: Call) -> httpx.Response:
    """Async twin of :func:`send_once`."""
    request = build(client, call)
    with map_transport_errors(request):
        response = await client.send(request, stream=True)
        if response.status_code >= 400 or not call.stream:
            try:
                await response.aread()
            finally:
                await response.aclose()
    if response.status_code >= 400:
        raise from_response(response, response.content)
    return response


def send(client: httpx.Client, call: Call) -> httpx.Response:
    """Send CALL, retrying by ``call.retry``; see :func:`send_once`."""
    retry = 0
    while True:
        try:
            return send_once(client, call)
        except MistralError as exc:
            retry += 1
            wait = _retry.next_wait(exc, call.retry, retry, call.what)
            if wait is None:
                _raise_given_up(exc, retry)
        _retry.sleep(wait)


async def asend(client: httpx.AsyncClient, call: Call) -> httpx.Response:
    """Async twin of :func:`send`."""
    retry = 0
    while True:
        try:
            return await asend_once(client, call)
        except MistralError as exc:
            retry += 1
            wait = _retry.next_wait(exc, call.retry, retry, call.what)
            if wait is None:
                _raise_given_up(exc, retry)
        await _retry.asleep(wait)


def decode(response: httpx.Response, parse: Callable[[Any], T]) -> T:
    """Decode a read 2xx response with PARSE (a generated ``from_dict``).

    Any failure, bad JSON or a body of the wrong shape, becomes ResponseValidationError carrying
    the body, with the original error as its cause (fixes the mistral client-python#278 kind of
    failure, where a KeyError escaped to the user).
    """
    body = response.content
    try:
        return parse(json.loads(body))
    except MistralError:
        raise
    except Exception as exc:
        raise ResponseValidationError(
            f"{response.status_code} response body does not decode: {type(exc).__name__}: {exc}",
            response=response,
            body=body,
        ) from exc
