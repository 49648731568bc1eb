"""`client.chat`: complete, stream, their async twins, and the extensions built on them.

The generated chat resource builds each request: its signature is the list of parameters and
their types, its body model the JSON. Here every argument is checked against that signature
before any I/O (dicts are sent as given, generated models through their `to_dict()`, Python
functions as tools), and only the parameters the caller passed are sent.
"""

from __future__ import annotations

import inspect
import os
from collections.abc import AsyncGenerator, Callable, Generator, Iterable, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeVar, Unpack, cast, overload

from _mistral_api.client import OPTION_NAMES
from _mistral_api.types import InvalidFieldError

from ._constants import DEFAULT_BULK_CONCURRENCY, MESSAGE_ROLES
from ._exceptions import InvalidRequestError, unknown_parameter
from ._hints import describe, fits, keyword_hints
from ._http import APIClient, Call
from ._resources import ChatResource as GeneratedChat
from ._transport import APIResponse, HTTPTransport

if TYPE_CHECKING:
    from _mistral_api.client import Request, RequestOptions, Transport

    from ._bulk import BulkResult
    from ._parse import AsyncParsedChatStream, ParsedChatStream
    from ._parsed import ParsedChatCompletionResponse
    from ._resources import ChatCompletionResponse
    from ._streaming import AsyncChatStream, ChatStream
    from ._tools import AsyncToolRunStream, ToolErrors, ToolRun, ToolRunStream
    from ._types import ChatParams, MessageParam, ParseParams, ToolLoopParams, ToolParam

__all__ = ["APIResponse", "Chat"]

T = TypeVar("T")


def _tools(value: Any) -> bool:
    return isinstance(value, list | tuple) and all(
        isinstance(v, Mapping) or hasattr(v, "to_dict") or callable(v) for v in value
    )


class _Capture:
    """A transport that sends nothing: it hands back the Request a generated method built."""

    def build(self, builder: Callable[..., Any], arguments: dict[str, Any]) -> Any:
        return builder(**arguments)  # checked by chat_request already

    def send(self, request: Request[Any], _options: Any) -> Request[Any]:
        return request

    stream = send


# The generated chat resource builds the request (path, body through the generated
# ChatCompletionRequest, how to decode the answer); the overlay sends it its own way (streams
# that accumulate, bulk pools). Its signature is the list of chat parameters: nothing here
# copies it, so a parameter added to the spec is taken, checked and sent once generated.
_BUILDER = GeneratedChat(cast("Transport", _Capture()))


def chat_parameters() -> Mapping[str, Any]:
    """The body parameters of chat.complete with their type hints, from the generated method."""
    return keyword_hints(GeneratedChat.complete)


def _roles() -> str:
    *first, last = (repr(role) for role in MESSAGE_ROLES)
    return f"{', '.join(first)} or {last}"


def sdk_response_format(value: Any) -> Any:
    """A response format as sent: the official SDK's ``schema_definition`` key as ``schema``.

    Code written for Mistral's SDK names a json_schema format's schema ``schema_definition``;
    the API reads ``schema``. Anything else is sent as given.
    """
    if isinstance(value, dict) and isinstance(value.get("json_schema"), dict):
        schema = value["json_schema"]
        if "schema_definition" in schema and "schema" not in schema:
            schema = {("schema" if k == "schema_definition" else k): v for k, v in schema.items()}
            return {**value, "json_schema": schema}
    return value


def _dump(value: Any, where: str) -> Any:
    """VALUE.to_dict(): a generated model's fields that fit nothing name their path."""
    try:
        return value.to_dict()
    except InvalidFieldError as exc:
        path = "".join(f"[{p}]" if isinstance(p, int) else f".{p}" for p in exc.path)
        raise InvalidRequestError(
            f"expected {exc.expected}, got {_describe(exc.value)}", param=f"{where}{path}"
        ) from None


def plain(value: Any, where: str = "") -> Any:
    """VALUE as JSON-ready data: models through to_dict(), containers converted inside.

    WHERE is the argument's path, named by the error a model field that fits nothing raises.
    """
    if value is None or isinstance(value, str | int | float):
        return value
    if hasattr(value, "to_dict"):
        return _dump(value, where)
    if isinstance(value, Mapping):
        return {key: plain(item, f"{where}.{key}") for key, item in value.items()}
    if isinstance(value, list | tuple):
        return [plain(item, f"{where}[{i}]") for i, item in enumerate(value)]
    return value


def _describe(value: Any) -> str:
    text = repr(value)
    return f"{type(value).__name__} {text[:60]}"


def build_messages(messages: Any) -> list[Any]:
    """The `messages` list as JSON-ready data; a clear error naming the bad message if any."""
    if isinstance(messages, str | bytes) or not isinstance(messages, Sequence):
        raise InvalidRequestError(
            f"expected a list of messages, got {_describe(messages)}", param="messages"
        )
    out: list[Any] = []
    for i, message in enumerate(messages):
        if isinstance(message, Mapping):
            role = message.get("role")
            if role not in MESSAGE_ROLES:
                # Checked here: the API's 422 for a bad role points at the content instead.
                got = "no role" if role is None else f"{role!r}"
                raise InvalidRequestError(
                    f"expected a role of {_roles()}, got {got}", param=f"messages[{i}].role"
                )
            content = message.get("content")
            if "content" not in message and role != "assistant":
                raise InvalidRequestError(
                    f"a {role} message needs 'content'", param=f"messages[{i}].content"
                )
            if content is not None and not isinstance(content, str | list | tuple):
                raise InvalidRequestError(
                    f"content must be a string or a list of chunks, got {_describe(content)}",
                    param=f"messages[{i}].content",
                )
            # Fast path: the common {"role": ..., "content": "text"} goes out as it is.
            simple = len(message) == 2 and isinstance(content, str) and isinstance(message, dict)
            out.append(message if simple else plain(message, f"messages[{i}]"))
        elif hasattr(message, "to_dict"):
            out.append(_dump(message, f"messages[{i}]"))
        else:
            raise InvalidRequestError(
                f"expected a message dict or model, got {_describe(message)}",
                param=f"messages[{i}]",
            )
    return out


def chat_request(
    model: Any, messages: Any, params: Mapping[str, Any], *, stream: bool = False
) -> tuple[Request[Any], dict[str, Any]]:
    """The generated Request for a chat call, and the per-call options among PARAMS.

    Every argument is checked first, against the generated signature's hints (None is sent
    as null); tools may be Python functions, and messages dicts or models, mixed.

    Raises:
        InvalidRequestError: an argument is wrong; nothing was sent.
    """
    if not isinstance(model, str) or not model:
        raise InvalidRequestError(
            f"expected a model name such as 'mistral-small-latest', got {_describe(model)}",
            param="model",
        )
    hints = chat_parameters()
    body: dict[str, Any] = {"model": model, "messages": build_messages(messages)}
    options: dict[str, Any] = {}
    sent_stream: bool | None = None
    for name, value in params.items():
        if name in OPTION_NAMES:
            options[name] = value
            continue
        if name == "stream" and value is stream:  # said explicitly: sent as said
            sent_stream = value
            continue
        if name == "stream":
            raise InvalidRequestError(
                "chat.complete() returns one response: use chat.stream() to stream"
                if not stream
                else "chat.stream() always streams: use chat.complete() for one response",
                param="stream",
            )
        hint = hints.get(name)
        if hint is None or name in body:
            raise unknown_parameter(name, [*hints, *OPTION_NAMES])
        if name == "response_format" and isinstance(value, type):
            raise InvalidRequestError(
                f"{value.__name__} is a class: chat.complete() sends JSON formats only; "
                f"call client.chat.parse(..., response_format={value.__name__}) to get "
                "instances of it back",
                param=name,
            )
        if name == "tools" and value is not None:
            if not _tools(value):
                raise InvalidRequestError(
                    f"expected a list of Tool, dicts or Python functions, got {_describe(value)}",
                    param=name,
                )
            from ._tools import tool_dicts  # with tools only: not on every import

            value = tool_dicts(value)
        elif value is not None and not fits(value, hint):
            raise InvalidRequestError(
                f"expected {describe(hint)}, got {_describe(value)}", param=name
            )
        body[name] = plain(value, name)
    if "response_format" in body:
        body["response_format"] = sdk_response_format(body["response_format"])
    extra = options.get("extra_body")
    if extra is not None and not isinstance(extra, Mapping):
        raise InvalidRequestError(f"expected a dict, got {_describe(extra)}", param="extra_body")
    builder = _BUILDER.stream if stream else _BUILDER.complete
    request = cast("Request[Any]", builder(**body))
    if sent_stream is not None and request.json.get("stream") is not sent_stream:
        request = request._replace(json={**request.json, "stream": sent_stream})
    return request, options


def build_body(model: Any, messages: Any, params: Mapping[str, Any]) -> dict[str, Any]:
    """The JSON body chat.complete would send for these arguments, checked (batch requests)."""
    request, options = chat_request(model, messages, params)
    body: dict[str, Any] = request.json
    return {**body, **plain(options.get("extra_body") or {})}


class Chat:
    """Chat completions: ``client.chat``.

    The generated chat resource builds every request (its signature is the list of
    parameters); this class sends them: it takes dicts and Python functions where the API
    takes objects, checks every argument before sending, and streams into a
    :class:`ChatStream` that keeps the answer; plus structured outputs (``parse*``), tool loops
    (``run_tools*``) and many requests at once (``complete_many*``).
    """

    def __init__(self, client: APIClient, transport: HTTPTransport) -> None:
        self._client = client
        self._http = transport
        self.with_raw_response = RawChat(self)

    def _call(self, model: Any, messages: Any, params: Mapping[str, Any], *, stream: bool) -> Call:
        request, options = chat_request(model, messages, params, stream=stream)
        return self._http._call(request, cast("RequestOptions", options))

    def complete(
        self, model: str, messages: Sequence[MessageParam], **params: Unpack[ChatParams]
    ) -> ChatCompletionResponse:
        """Create a chat completion.

        Args:
            model: The model, such as ``"mistral-large-latest"``.
            messages: The conversation: dicts (``{"role": "user", "content": "..."}``) or the
                generated message classes, mixed freely.
            **params: Any of the API's parameters (temperature, max_tokens, tools,
                response_format, ...); only those given are sent, and None is sent as null.
                Also ``retries=RetryConfig(...)``, ``timeout=...``, and the escape hatches
                ``extra_body={...}`` and ``extra_headers={...}``.

        Returns:
            The completion: ``res.choices[0].message.content``, ``res.usage.total_tokens``;
            ``res.to_dict()`` returns every field the server sent.

        Raises:
            InvalidRequestError: an argument is wrong (nothing was sent).
            SDKError: the server answered with an error status (a subclass per status).
            APIConnectionError: no response arrived, after retries.
            ResponseValidationError: the response body did not decode.
        """
        return self.with_raw_response.complete(model, messages, **params).data

    async def complete_async(
        self, model: str, messages: Sequence[MessageParam], **params: Unpack[ChatParams]
    ) -> ChatCompletionResponse:
        """Async :meth:`complete`; same arguments, same errors."""
        return (await self.with_raw_response.complete_async(model, messages, **params)).data

    def stream(
        self,
        model: str,
        messages: Sequence[MessageParam],
        *,
        accumulate: bool = True,
        **params: Unpack[ChatParams],
    ) -> ChatStream:
        """Stream a chat completion as server-sent events.

        Usage:
            ```python
            with client.chat.stream(model="mistral-small-latest", messages=msgs) as stream:
                for chunk in stream:
                    print(chunk.data.choices[0].delta.content, end="")
            ```

        Args:
            model: The model.
            messages: The conversation, as for :meth:`complete`.
            accumulate: Keep the answer as it streams for ``final_response()`` (the
                default). Pass False when you only iterate: memory then stays flat however
                long the stream, and ``final_response()`` raises. Not sent to the API.
            **params: As for :meth:`complete`.

        Returns:
            A :class:`ChatStream`: iterate it for ``CompletionEvent`` items, read
            ``.response.headers``, or call ``final_response()`` for the merged result.

        Raises:
            InvalidRequestError: an argument is wrong (nothing was sent).
            SDKError: an error status before the first event (after retries).
            StreamError: the response is not an event stream, or an error event arrived.
            APIConnectionError: no response, or the stream stalled past the idle timeout.
        """
        call = self._call(model, messages, params, stream=True)
        from ._streaming import ChatStream, send_stream  # streams only: not on import

        response = send_stream(self._client._sync_client(), call)
        return ChatStream(
            response,
            accumulate=accumulate,
            idle_timeout=call.stream_idle_timeout,
            owner=self._client,
        )

    async def stream_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        *,
        accumulate: bool = True,
        **params: Unpack[ChatParams],
    ) -> AsyncChatStream:
        """Async :meth:`stream`: ``async for chunk in await client.chat.stream_async(...)``."""
        call = self._call(model, messages, params, stream=True)
        from ._streaming import AsyncChatStream, asend_stream

        response = await asend_stream(self._client._async_client(), call)
        return AsyncChatStream(
            response,
            accumulate=accumulate,
            idle_timeout=call.stream_idle_timeout,
            owner=self._client,
        )

    def complete_many_async(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        model: str | None = None,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        output: str | os.PathLike[str] | None = None,
        progress: bool | IO[str] = False,
        on_progress: Callable[[int, int | None, int], None] | None = None,
        **params: Unpack[ChatParams],
    ) -> AsyncGenerator[BulkResult]:
        """Run many completions concurrently; the results come back in input order (async).

        Usage:
            ```python
            items = ({"custom_id": str(i), "messages": [...]} for i in range(100_000))
            results = client.chat.complete_many_async(items, model="mistral-small-latest")
            async for result in results:
                print(result.custom_id, result.unwrap().choices[0].message.content)
            ```

        At most CONCURRENCY requests are in flight. The input is read lazily, at most
        ``4 * concurrency`` items past the oldest unfinished one, so memory stays bounded
        whatever its size. The pool slows down when the server pushes back: a 429 halves the
        window of requests in flight (once per burst), its ``Retry-After`` pauses every new
        request, and the ``x-ratelimit-remaining-*`` headers cap the window at the requests
        left; it grows again by one per success. Each request is retried by
        the RetryConfig in force (``retries=`` or the client's), each attempt waiting for a
        slot.

        Args:
            requests: An iterable (a list, a generator) of dicts, one per request:
                ``messages``, and optionally ``model``, ``custom_id`` and any parameter of
                :meth:`complete`, which override those given here.
            model: The model of the requests that name none.
            concurrency: The most requests in flight at once.
            output: A JSONL file: each finished request is appended as one line
                ``{"custom_id", "index", "response" | "error"}`` and flushed. A rerun does not
                send the custom_ids already there with a response again: their results are
                read back from the file (``result.resumed`` is True), so a rerun yields every
                result as the first run did; those that failed are sent again. Every request
                then needs a ``custom_id``.
            progress: True for a tqdm progress bar on stderr, or a text stream to draw it on
                (needs ``pip install 'mistral-client[progress]'``).
            on_progress: Called as ``on_progress(done, total, failed)`` after each request
                (total is None when ``requests`` has no ``len()``; skipped ones count as done).
            **params: Parameters for every request, as for :meth:`complete`.

        Returns:
            An async generator of :class:`BulkResult`: ``.response`` or ``.error`` (the typed
            error of that request, after retries), ``.custom_id`` and ``.index``. One failure
            never loses the others. A request that is not valid is not sent: its result holds
            an ``InvalidRequestError`` naming it (``requests[7].messages[0].role``).

        Raises:
            InvalidRequestError: an argument here is wrong (nothing was sent); or, while
                iterating, a request lacks ``custom_id`` with OUTPUT given (raised after the
                results before it).
        """
        from ._bulk import Bulk

        bulk = Bulk(
            self, requests, concurrency=concurrency, output=output, progress=progress,
            on_progress=on_progress, params={"model": model, **params} if model else params,
        )  # fmt: skip
        return bulk.run()

    def complete_many(
        self,
        requests: Iterable[Mapping[str, Any]],
        *,
        model: str | None = None,
        concurrency: int = DEFAULT_BULK_CONCURRENCY,
        output: str | os.PathLike[str] | None = None,
        progress: bool | IO[str] = False,
        on_progress: Callable[[int, int | None, int], None] | None = None,
        **params: Unpack[ChatParams],
    ) -> Generator[BulkResult]:
        """Run many completions concurrently; the results come back in input order.

        Usage:
            ```python
            items = ({"custom_id": str(i), "messages": [...]} for i in range(100_000))
            for result in client.chat.complete_many(items, model="mistral-small-latest"):
                print(result.custom_id, result.unwrap().choices[0].message.content)
            ```

        The requests run on an event loop of its own, in a thread started by the first
        ``next()``. Leaving the loop early (``break``, an exception, Ctrl-C), or ``close()``,
        cancels the requests in flight and stops the thread; ``with
        contextlib.closing(client.chat.complete_many(...)) as results:`` makes that
        immediate. ``on_progress`` is called in that thread, and an ``async_client`` you gave
        ``Mistral`` is used from that loop. Same arguments, results and errors as
        :meth:`complete_many_async`, which documents them.
        """
        from ._bulk import Bulk, iterate_sync

        bulk = Bulk(
            self, requests, concurrency=concurrency, output=output, progress=progress,
            on_progress=on_progress, params={"model": model, **params} if model else params,
        )  # fmt: skip
        return iterate_sync(bulk)

    # --- structured outputs and tools (issue 9): thin delegations to _parse and _tools ---
    # The parse methods overload on the type given (a class: .parsed is typed as it; a schema
    # dict: Any); STYLE.md's "no overload triplets" is about stream vs complete, not this split.

    @overload
    def parse(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: type[T],
        **params: Unpack[ParseParams],
    ) -> ParsedChatCompletionResponse[T]: ...
    @overload
    def parse(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Mapping[str, Any],
        **params: Unpack[ParseParams],
    ) -> ParsedChatCompletionResponse[Any]: ...
    def parse(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Any,
        **params: Unpack[ParseParams],
    ) -> ParsedChatCompletionResponse[Any]:
        """A chat completion whose answer is decoded into a type (structured output).

        Usage:
            ```python
            class Book(BaseModel):
                title: str
                year: int

            res = client.chat.parse(model="mistral-small-latest", messages=msgs,
                                    response_format=Book)
            book: Book | None = res.choices[0].message.parsed
            ```

        Args:
            model: The model.
            messages: The conversation, as for :meth:`complete`.
            response_format: A pydantic model, dataclass, attrs class or TypedDict (sent as a
                strict ``json_schema``: every property required, ``additionalProperties:
                false``); or a JSON Schema dict (sent as given, ``.parsed`` is then the decoded
                JSON), or a whole ``{"type": "json_schema", ...}`` response format.
            **params: As for :meth:`complete`.

        Returns:
            A :class:`ParsedChatCompletionResponse`: a ``ChatCompletionResponse`` whose
            ``choices[i].message.parsed`` is an instance of the type (None for a choice
            without content); the raw text stays in ``message.content``.

        Raises:
            StructuredOutputError: an answer is not JSON of the type (``.content``,
                ``.response``; the message says when ``finish_reason`` was ``length``).
            ImportError: a type was given and pydantic is not installed
                (``pip install 'mistral-client[pydantic]'``).
            InvalidRequestError, SDKError, APIConnectionError: as for :meth:`complete`.
        """
        from ._parse import output_type, parse_response

        output = output_type(response_format)
        response = self.complete(
            model, messages, response_format=output.response_format(), **params
        )
        return parse_response(response, output)

    @overload
    async def parse_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: type[T],
        **params: Unpack[ParseParams],
    ) -> ParsedChatCompletionResponse[T]: ...
    @overload
    async def parse_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Mapping[str, Any],
        **params: Unpack[ParseParams],
    ) -> ParsedChatCompletionResponse[Any]: ...
    async def parse_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Any,
        **params: Unpack[ParseParams],
    ) -> ParsedChatCompletionResponse[Any]:
        """Async :meth:`parse`; same arguments, same result, same errors."""
        from ._parse import output_type, parse_response

        output = output_type(response_format)
        response = await self.complete_async(
            model, messages, response_format=output.response_format(), **params
        )
        return parse_response(response, output)

    @overload
    def parse_stream(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: type[T],
        **params: Unpack[ParseParams],
    ) -> ParsedChatStream[T]: ...
    @overload
    def parse_stream(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Mapping[str, Any],
        **params: Unpack[ParseParams],
    ) -> ParsedChatStream[Any]: ...
    def parse_stream(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Any,
        **params: Unpack[ParseParams],
    ) -> ParsedChatStream[Any]:
        """:meth:`parse`, streamed: events as they arrive, a partial object, then ``.parsed``.

        Usage:
            ```python
            with client.chat.parse_stream(model=m, messages=msgs, response_format=Book) as s:
                for event in s:
                    render(s.partial)  # {"title": "Dune"} so far: plain JSON, best effort
            book = s.final_response().choices[0].message.parsed
            ```

        Returns:
            A :class:`ParsedChatStream`; its ``final_response()`` is a
            :class:`ParsedChatCompletionResponse`.

        Raises:
            As :meth:`stream` while streaming, and :class:`StructuredOutputError` from
            ``final_response()``.
        """
        from ._parse import ParsedChatStream, output_type

        output = output_type(response_format)
        stream = self.stream(model, messages, response_format=output.response_format(), **params)
        return ParsedChatStream(stream, output)

    @overload
    async def parse_stream_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: type[T],
        **params: Unpack[ParseParams],
    ) -> AsyncParsedChatStream[T]: ...
    @overload
    async def parse_stream_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Mapping[str, Any],
        **params: Unpack[ParseParams],
    ) -> AsyncParsedChatStream[Any]: ...
    async def parse_stream_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        response_format: Any,
        **params: Unpack[ParseParams],
    ) -> AsyncParsedChatStream[Any]:
        """Async :meth:`parse_stream`: ``async with await client.chat.parse_stream_async(...)``."""
        from ._parse import AsyncParsedChatStream, output_type

        output = output_type(response_format)
        stream = await self.stream_async(
            model, messages, response_format=output.response_format(), **params
        )
        return AsyncParsedChatStream(stream, output)

    def run_tools(
        self,
        model: str,
        messages: Sequence[MessageParam],
        tools: Sequence[ToolParam],
        *,
        max_steps: int = 8,
        tool_errors: ToolErrors = "report",
        **params: Unpack[ToolLoopParams],
    ) -> ToolRun:
        """Call the model and run the tools it asks for, until it answers in text.

        Usage:
            ```python
            def get_weather(city: str) -> dict:  # its docstring's Args: describe city
                return {"city": city, "celsius": 21}

            run = client.chat.run_tools(model=m, messages=msgs, tools=[get_weather])
            print(run.response.choices[0].message.content, len(run.messages))
            ```

        Each step sends the conversation, and when the answer has tool calls, runs each of
        them (in order), appends the assistant message and one ``tool`` message per call
        (``tool_call_id``, ``name``, the result as text, or JSON for other values), and
        calls the model again.

        Args:
            model: The model.
            messages: The conversation so far, as for :meth:`complete`.
            tools: Typed Python functions (see :func:`function_tool`), run when called; Tool
                models and dicts may be given beside them (sent, never run).
            max_steps: The most calls to the model.
            tool_errors: ``"report"`` (the default): arguments that do not decode or fit the
                signature, and a function that raises, become the tool's result
                (``"Error: ..."``) for the model to see. ``"raise"``: raise
                :class:`ToolCallError` instead.
            **params: As for :meth:`complete` (temperature, ...), sent at every step; the
                loop follows the first choice. ``tool_choice="any"`` forces a call at every
                step, so such a loop ends only at ``max_steps``.

        Returns:
            A :class:`ToolRun`: ``.response`` (the final answer), ``.messages`` (the
            transcript: the messages given, every assistant and tool message, the final
            answer), ``.steps``.

        Raises:
            MaxStepsExceededError: still tool calls after ``max_steps`` (``.messages``).
            ToolCallError: the model called a tool that is not one of the functions (or, with
                ``tool_errors="raise"``, a call failed).
            InvalidRequestError, SDKError, APIConnectionError: as for :meth:`complete`; an
                async function among TOOLS is refused here (use :meth:`run_tools_async`).
        """
        from ._tools import ToolRunner, run_sync

        runner = ToolRunner(
            messages, tools, max_steps=max_steps, tool_errors=tool_errors, needs_sync=True
        )
        return run_sync(
            lambda sent, defined: self.complete(model, sent, tools=defined, **params), runner
        )

    async def run_tools_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        tools: Sequence[ToolParam],
        *,
        max_steps: int = 8,
        tool_errors: ToolErrors = "report",
        **params: Unpack[ToolLoopParams],
    ) -> ToolRun:
        """Async :meth:`run_tools`: async functions awaited, one answer's calls run concurrently.

        Same arguments, result and errors as :meth:`run_tools`; the results are sent back in
        the order of the model's calls.
        """
        from ._tools import ToolRunner, run_async

        runner = ToolRunner(
            messages, tools, max_steps=max_steps, tool_errors=tool_errors, needs_sync=False
        )
        return await run_async(
            lambda sent, defined: self.complete_async(model, sent, tools=defined, **params),
            runner,
        )

    def run_tools_stream(
        self,
        model: str,
        messages: Sequence[MessageParam],
        tools: Sequence[ToolParam],
        *,
        max_steps: int = 8,
        tool_errors: ToolErrors = "report",
        **params: Unpack[ToolLoopParams],
    ) -> ToolRunStream:
        """:meth:`run_tools`, each step streamed: the events of every step as they arrive.

        Usage:
            ```python
            loop = client.chat.run_tools_stream(model=m, messages=msgs, tools=[get_weather])
            for event in loop:
                print(event.data.choices[0].delta.content or "", end="")
            run = loop.result()  # the ToolRun: final response, transcript, steps
            ```

        Same arguments and errors as :meth:`run_tools`; the tools run between the steps.
        """
        from ._tools import ToolRunner, ToolRunStream, stream_sync

        runner = ToolRunner(
            messages, tools, max_steps=max_steps, tool_errors=tool_errors, needs_sync=True
        )
        return ToolRunStream(
            stream_sync(
                lambda sent, defined: self.stream(model, sent, tools=defined, **params), runner
            )
        )

    async def run_tools_stream_async(
        self,
        model: str,
        messages: Sequence[MessageParam],
        tools: Sequence[ToolParam],
        *,
        max_steps: int = 8,
        tool_errors: ToolErrors = "report",
        **params: Unpack[ToolLoopParams],
    ) -> AsyncToolRunStream:
        """Async :meth:`run_tools_stream`: ``async for event in await ...``, ``await result()``."""
        from ._tools import AsyncToolRunStream, ToolRunner, stream_async

        runner = ToolRunner(
            messages, tools, max_steps=max_steps, tool_errors=tool_errors, needs_sync=False
        )
        return AsyncToolRunStream(
            stream_async(
                lambda sent, defined: self.stream_async(model, sent, tools=defined, **params),
                runner,
            )
        )


class RawChat:
    """``client.chat.with_raw_response``: the same calls, returning :class:`APIResponse`."""

    def __init__(self, chat: Chat) -> None:
        self._chat = chat

    def complete(
        self, model: str, messages: Sequence[MessageParam], **params: Unpack[ChatParams]
    ) -> APIResponse[ChatCompletionResponse]:
        """:meth:`Chat.complete`, with the HTTP response beside the result."""
        request, options = chat_request(model, messages, params)
        return self._chat._http.send_raw(request, cast("RequestOptions", options))

    async def complete_async(
        self, model: str, messages: Sequence[MessageParam], **params: Unpack[ChatParams]
    ) -> APIResponse[ChatCompletionResponse]:
        """:meth:`Chat.complete_async`, with the HTTP response beside the result."""
        request, options = chat_request(model, messages, params)
        return await self._chat._http.send_raw_async(request, cast("RequestOptions", options))


def _generated_signature(method: Callable[..., Any], generated: Callable[..., Any]) -> None:
    """Show METHOD with GENERATED's parameters in help() and inspect.signature().

    The overlay's methods take ``**params`` and check them against the generated method at
    run time; this makes the spec's parameters visible where a reader looks for them.
    """
    spec = inspect.signature(generated)
    own = inspect.signature(method)
    first = [own.parameters["self"], own.parameters["model"], own.parameters["messages"]]
    rest = [
        p
        for name, p in spec.parameters.items()
        if name not in ("self", "model", "messages") and p.kind is not p.VAR_KEYWORD
    ]
    extra = [p for p in own.parameters.values() if p.kind is p.KEYWORD_ONLY]
    tail = [p for p in spec.parameters.values() if p.kind is p.VAR_KEYWORD]
    method.__signature__ = own.replace(  # type: ignore[attr-defined]
        parameters=[*first, *extra, *rest, *tail]
    )


for _name in ("complete", "complete_async", "stream", "stream_async"):
    _generated_signature(getattr(Chat, _name), getattr(GeneratedChat, _name))
for _name in ("complete", "complete_async"):
    _generated_signature(getattr(RawChat, _name), getattr(GeneratedChat, _name))
del _name
