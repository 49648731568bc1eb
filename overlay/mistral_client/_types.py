"""What the client and its methods accept: models or dicts, mixed freely; the retry policy.

The bottom layer of the overlay: it imports no overlay module but `_constants`.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict

import attrs
import httpx

from ._constants import (
    DEFAULT_MAX_RETRIES,
    INITIAL_RETRY_DELAY,
    MAX_RETRY_AFTER,
    MAX_RETRY_DELAY,
    RETRY_STATUSES,
)

# Type-only: these names differ in packages generated from Mistral's own spec (where
# ReasoningEffort is ChatCompletionRequestReasoningEffort), and the overlay must run on those.
if TYPE_CHECKING:
    from _mistral_api.models import (
        AssistantMessage,
        GuardrailConfig,
        MistralPromptMode,
        Prediction,
        ReasoningEffort,
        ResponseFormat,
        SystemMessage,
        Tool,
        ToolChoice,
        ToolChoiceEnum,
        ToolMessage,
        UserMessage,
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


@attrs.frozen
class RetryConfig:
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

    Example:
        ``Mistral(retry_config=RetryConfig(max_retries=5))``, or per call
        ``client.chat.complete(..., retries=RetryConfig(max_retries=0))``.
    """

    max_retries: int = DEFAULT_MAX_RETRIES
    initial_delay: float = INITIAL_RETRY_DELAY
    max_delay: float = MAX_RETRY_DELAY
    max_retry_after: float = MAX_RETRY_AFTER
    statuses: frozenset[int] = RETRY_STATUSES


class SystemMessageDict(TypedDict):
    role: Literal["system"]
    content: str | Sequence[Any]


class _UserMessageDict(TypedDict):
    role: Literal["user"]
    content: str | Sequence[Any] | None


class _AssistantMessageDict(TypedDict, total=False):
    role: Literal["assistant"]
    content: str | Sequence[Any] | None
    tool_calls: Sequence[Any] | None
    prefix: bool


class _ToolMessageDict(TypedDict, total=False):
    role: Literal["tool"]
    content: str | Sequence[Any] | None
    tool_call_id: str | None
    name: str | None


# The Mapping member lets a list of dicts built elsewhere (list[dict[str, str]]) type-check.
# A string, so that `import mistral_client` does not import the generated models (lazy, see
# _lazy.py); type checkers read it as the union, and annotations may use it at run time.
MessageParam: TypeAlias = (
    "SystemMessage | UserMessage | AssistantMessage | ToolMessage | SystemMessageDict"
    " | _UserMessageDict | _AssistantMessageDict | _ToolMessageDict | Mapping[str, Any]"
)
"""One message of `messages`: a generated message class or a dict, mixed freely."""
ToolParam: TypeAlias = "Tool | Mapping[str, Any] | Callable[..., Any]"
"""One item of `tools`: a Tool model, a dict, or a typed Python function (see function_tool)."""
ToolChoiceParam: TypeAlias = (
    'ToolChoice | ToolChoiceEnum | Literal["auto", "none", "any", "required"] | Mapping[str, Any]'
)


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


class _CommonParams(RequestOptions, total=False):
    """The parameters every chat method takes: ChatParams but stream, response_format, tools.

    (Those three are set by some methods themselves: parse, run_tools, stream.)
    """

    temperature: float | None
    top_p: float | None
    max_tokens: int | None
    stop: str | Sequence[str] | None
    random_seed: int | None
    metadata: Mapping[str, Any] | None
    tool_choice: ToolChoiceParam | None
    presence_penalty: float | None
    frequency_penalty: float | None
    n: int | None
    prediction: Prediction | Mapping[str, Any] | None
    parallel_tool_calls: bool | None
    reasoning_effort: ReasoningEffort | Literal["high", "none"] | None
    prompt_mode: MistralPromptMode | Literal["reasoning"] | None
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None
    prompt_cache_key: str | None
    safe_prompt: bool | None
    # Not sent as such:
    extra_body: Mapping[str, Any] | None
    """Escape hatch: fields merged into the JSON body (parameters the spec does not know yet)."""


class ChatParams(_CommonParams, total=False):
    """Optional chat parameters. Only those given are sent; None is sent as JSON null."""

    stream: bool | None
    response_format: ResponseFormat | Mapping[str, Any] | None
    tools: Sequence[ToolParam] | None


class ParseParams(_CommonParams, total=False):
    """The parameters of ``chat.parse``: ChatParams but ``response_format`` and ``stream``."""

    tools: Sequence[ToolParam] | None


class ToolLoopParams(_CommonParams, total=False):
    """The parameters of ``chat.run_tools``: ChatParams but ``tools`` and ``stream``."""

    response_format: ResponseFormat | Mapping[str, Any] | None
