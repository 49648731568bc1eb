"""What the client and its methods accept: models or dicts, mixed freely; the retry policy.

The bottom layer of the overlay: it imports no overlay module but `_constants` and
`_resources` (the generated chat keywords).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any, NoReturn, TypeAlias, TypedDict

import httpx

from _mistral_api.types import Record

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
)

# The chat keywords come from the generated chat method (spec/names.yaml `extended`): a new
# chat parameter in the spec is typed here after `make generate`, with no edit. The aliases are
# strings, so importing them loads no model.
from ._resources import (
    ChatCompleteMessagesItem,
    ChatCompleteParams,
    ChatCompleteResponseFormat,
    ChatCompleteToolsItem,
)

__all__ = [
    "ChatParams",
    "MessageParam",
    "ParseParams",
    "RequestOptions",
    "RetryConfig",
    "ToolLoopParams",
    "ToolParam",
]


class RetryConfig(Record):
    """How mistral-client retries a failed request. Retries are on by default.

    Retried: connection errors, timeouts before any response, and the statuses in ``statuses``
    (429, 500, 502, 503, 504). Never retried: 400, 401, 403, 404, 422, and a stream once its
    first event was yielded.

    Attributes:
        max_retries: Retries after the first attempt; 0 turns retrying off.
        initial_delay: Seconds before the first retry; each later wait doubles, plus jitter.
        max_delay: The longest backoff wait, in seconds.
        max_retry_after: A server's ``Retry-After`` up to this many seconds is honoured; a
            longer one is not waited for, and the error is raised at once.
        statuses: The HTTP statuses worth another try.

    Read-only: ``config._replace(max_retries=0)`` is a changed copy.

    Example:
        ``Mistral(retry_config=RetryConfig(max_retries=5))``, or per call
        ``client.chat.complete(..., retries=RetryConfig(max_retries=0))``.
    """

    __slots__ = ("max_retries", "initial_delay", "max_delay", "max_retry_after", "statuses")  # noqa: RUF023 - repr order

    max_retries: int
    initial_delay: float
    max_delay: float
    max_retry_after: float
    statuses: frozenset[int]

    def __init__(
        self,
        max_retries: int = DEFAULT_MAX_RETRIES,
        initial_delay: float = INITIAL_RETRY_DELAY,
        max_delay: float = MAX_RETRY_DELAY,
        max_retry_after: float = MAX_RETRY_AFTER,
        statuses: frozenset[int] = RETRY_STATUSES,
    ) -> None:
        # Set once, past __setattr__ (which refuses): a policy is shared by every call.
        set_field = object.__setattr__
        set_field(self, "max_retries", max_retries)
        set_field(self, "initial_delay", initial_delay)
        set_field(self, "max_delay", max_delay)
        set_field(self, "max_retry_after", max_retry_after)
        set_field(self, "statuses", frozenset(statuses))

    def __setattr__(self, name: str, value: object) -> NoReturn:
        raise AttributeError(
            f"RetryConfig is read-only: write RetryConfig({name}=...) or "
            f"config._replace({name}=...) for a changed copy"
        )


MessageParam: TypeAlias = ChatCompleteMessagesItem
"""One message of `messages`: a generated message class or a dict, mixed freely."""
ToolParam: TypeAlias = "ChatCompleteToolsItem | Callable[..., Any]"
"""One item of `tools`: a Tool model, a dict, or a typed Python function (see function_tool)."""


class RequestOptions(TypedDict, total=False):
    """Per-call options every method takes; none of them is sent as a body field."""

    retries: RetryConfig | None
    """Retry policy for this call, instead of the client's."""
    timeout: float | httpx.Timeout | None
    """Timeout for this call in seconds, instead of the client's."""
    timeout_ms: float | None
    """The same in milliseconds (the name Mistral's official SDK uses)."""
    extra_headers: Mapping[str, str] | None
    """Escape hatch: extra HTTP headers for this call."""
    http_headers: Mapping[str, str] | None
    """The same (the name Mistral's official SDK uses)."""
    server_url: str | None
    """Send this call to another base URL (the official SDK's per-call option)."""


class _CommonParams(ChatCompleteParams, RequestOptions, total=False):
    """What every chat method takes: the generated chat keywords, and the per-call options.

    But response_format and tools (spec/names.yaml `extended`), which some methods set
    themselves (parse, run_tools) and the others take wider (tools: Python functions too).
    """

    extra_body: Mapping[str, Any] | None
    """Escape hatch: fields merged into the JSON body (parameters the spec does not know yet)."""


class ChatParams(_CommonParams, total=False):
    """Optional chat parameters. Only those given are sent; None is sent as JSON null."""

    stream: bool | None
    """Set by the method (complete: false, stream: true); sent as said if said."""
    response_format: ChatCompleteResponseFormat
    tools: Sequence[ToolParam] | None


class ParseParams(_CommonParams, total=False):
    """The parameters of ``chat.parse``: ChatParams but ``response_format``."""

    tools: Sequence[ToolParam] | None


class ToolLoopParams(_CommonParams, total=False):
    """The parameters of ``chat.run_tools``: ChatParams but ``tools``."""

    response_format: ChatCompleteResponseFormat
