"""The transport protocol: what the generated resources need to send a request.

Each generated method describes its call as a `Request` (method, path, query, body, how to
decode the answer) and hands it to a `Transport` with the caller's `RequestOptions`. The client
package implements `Transport` (auth, retries, typed errors, streaming); nothing in this
package holds the API key, sends a request or chooses an error class.
"""

from __future__ import annotations

import datetime
from collections.abc import AsyncIterator, Callable, Iterator, Mapping
from enum import Enum
from io import BytesIO
from types import MappingProxyType, TracebackType
from typing import IO, Any, Generic, Literal, Protocol, Self, TypedDict, TypeVar

import httpx

from .types import File, Record, Unset, is_uuid

T = TypeVar("T")
T_co = TypeVar("T_co", covariant=True)

#: How a non-streamed 2xx body is handed to `Request.decode`: the parsed JSON document, the raw
#: bytes, the text, the text's non-empty lines (application/x-ndjson), or nothing.
ResponseKind = Literal["json", "bytes", "text", "lines", "none"]


class RequestOptions(TypedDict, total=False):
    """Per-call options every generated method takes as keyword arguments.

    Attributes:
        retries: The retry policy for this call (the client's policy class).
        timeout: Seconds, or an ``httpx.Timeout``, for this call.
        timeout_ms: The same in milliseconds (the official SDK's spelling).
        extra_headers: Headers added to the request.
        http_headers: Alias of ``extra_headers`` (the official SDK's spelling).
        extra_query: Query parameters added to the request.
        extra_body: Fields merged into the JSON body, sent as given.
        server_url: Another server for this call.
    """

    retries: object
    timeout: float | httpx.Timeout | None
    timeout_ms: int
    extra_headers: Mapping[str, str]
    http_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]
    extra_body: Mapping[str, Any]
    server_url: str


#: The keyword names of RequestOptions, for "did you mean" checks.
OPTION_NAMES: tuple[str, ...] = tuple(RequestOptions.__annotations__)


#: The default of Request.params and Request.headers: shared, so read-only.
_NONE: Mapping[str, Any] = MappingProxyType({})


class Request(Record, Generic[T]):
    """One request of one operation, described; the transport sends it.

    Attributes:
        method: The HTTP method, upper case.
        path: The path with its parameters substituted and quoted.
        operation_id: The spec's operationId.
        decode: Builds the result from the 2xx body as `kind` says, or from each event of a
            stream (a dict of the SSE fields in `event_fields`, or the event's JSON data when
            `event_fields` is empty).
        keywords: The method's own keyword names (without the options), for error messages.
        kind: How the 2xx body is read when the response is not a stream.
        stream: The response is a text/event-stream.
        event_fields: The SSE fields the event model declares.
        params: Query parameters, serialised as the generator does.
        headers: Header parameters of the operation.
        json: The JSON body (already ``to_dict()``'d), or None for none.
        files: A multipart body, as httpx ``files=``.
        content: A raw body.

    Read-only by convention; `_replace()` gives a changed copy.
    """

    __slots__ = (
        "content",
        "decode",
        "event_fields",
        "files",
        "headers",
        "json",
        "keywords",
        "kind",
        "method",
        "operation_id",
        "params",
        "path",
        "stream",
    )

    def __init__(
        self,
        method: str,
        path: str,
        operation_id: str,
        decode: Callable[[Any], T],
        keywords: tuple[str, ...] = (),
        kind: ResponseKind = "json",
        stream: bool = False,
        event_fields: tuple[str, ...] = (),
        params: Mapping[str, Any] = _NONE,
        headers: Mapping[str, str] = _NONE,
        json: Any = None,
        files: Any = None,
        content: bytes | None = None,
    ) -> None:
        self.method = method
        self.path = path
        self.operation_id = operation_id
        self.decode = decode
        self.keywords = keywords
        self.kind = kind
        self.stream = stream
        self.event_fields = event_fields
        self.params = params
        self.headers = headers
        self.json = json
        self.files = files
        self.content = content


class APIResponse(Protocol[T_co]):
    """A decoded result with the HTTP response it came from (``with_raw_response``)."""

    @property
    def data(self) -> T_co: ...

    @property
    def status_code(self) -> int: ...

    @property
    def headers(self) -> httpx.Headers: ...

    @property
    def http_response(self) -> httpx.Response: ...


class EventStream(Protocol[T_co]):
    """The events of a streamed response: an iterator and a context manager."""

    @property
    def response(self) -> httpx.Response: ...

    def __iter__(self) -> Iterator[T_co]: ...

    def __next__(self) -> T_co: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    def close(self) -> None: ...


class AsyncEventStream(Protocol[T_co]):
    """Async twin of `EventStream`: ``async for`` and ``async with``."""

    @property
    def response(self) -> httpx.Response: ...

    def __aiter__(self) -> AsyncIterator[T_co]: ...

    async def __anext__(self) -> T_co: ...

    async def __aenter__(self) -> Self: ...

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...

    async def aclose(self) -> None: ...


class Transport(Protocol):
    """Sends a `Request`; implemented by the client package, never by generated code."""

    def build(self, builder: Callable[..., Request[T]], arguments: dict[str, Any]) -> Request[T]:
        """The Request BUILDER makes of a method's ARGUMENTS, once the transport checked them
        (against BUILDER's type hints), so a bad argument fails before anything is sent."""
        ...

    def send(self, request: Request[T], options: RequestOptions) -> T:
        """Send REQUEST and return its decoded 2xx answer; errors raise."""
        ...

    async def send_async(self, request: Request[T], options: RequestOptions) -> T:
        """Async twin of `send`."""
        ...

    def send_raw(self, request: Request[T], options: RequestOptions) -> APIResponse[T]:
        """`send`, keeping the HTTP response beside the decoded answer."""
        ...

    async def send_raw_async(self, request: Request[T], options: RequestOptions) -> APIResponse[T]:
        """Async twin of `send_raw`."""
        ...

    def stream(self, request: Request[T], options: RequestOptions) -> EventStream[T]:
        """Send REQUEST and return its event stream, open."""
        ...

    async def stream_async(self, request: Request[T], options: RequestOptions) -> AsyncEventStream[T]:
        """Async twin of `stream`."""
        ...


def to_file(value: File | bytes | IO[bytes]) -> File:
    """An upload from a `File`, bytes or a binary file object (its name kept when it has one)."""
    if isinstance(value, File):
        return value
    if isinstance(value, bytes):
        return File(payload=BytesIO(value))
    name = getattr(value, "name", None)
    return File(payload=value, file_name=name.rsplit("/", 1)[-1] if isinstance(name, str) else None)  # type: ignore[arg-type]


def to_json(value: Any) -> Any:
    """A request body as JSON data, whether given as models, dicts or both.

    Models give their `to_dict()`; dicts and lists are converted item by item (UNSET values
    left out), enums give their value, dates ISO 8601, UUIDs their string.
    """
    if hasattr(value, "to_dict"):
        return value.to_dict()
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items() if not isinstance(v, Unset)}
    if isinstance(value, list | tuple):
        return [to_json(v) for v in value]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime.date):  # datetime.datetime too
        return value.isoformat()
    if is_uuid(value):
        return str(value)
    return value


def as_bytes(data: Any) -> bytes:
    """`Request.decode` for a bytes response."""
    return bytes(data)


def as_text(data: Any) -> str:
    """`Request.decode` for a text response."""
    return str(data)


def as_lines(data: Any) -> Iterator[str]:
    """`Request.decode` for a line-delimited response."""
    return iter(list(data))


def as_none(data: Any) -> None:
    """`Request.decode` for a response without body."""
    return


def as_is(data: Any) -> Any:
    """`Request.decode` where the spec gives no model: the JSON as parsed."""
    return data
