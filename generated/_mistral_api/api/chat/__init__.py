"""Chat: generated resource (`client.chat`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote

from ...client import (
    APIResponse,
    AsyncEventStream,
    EventStream,
    Request,
    RequestOptions,
    Transport,
    as_bytes,
    as_is,
    as_lines,
    as_none,
    as_text,
    to_file,
)
from ...models.assistant_message import AssistantMessage
from ...models.chat_completion_request import ChatCompletionRequest
from ...models.chat_completion_response import ChatCompletionResponse
from ...models.completion_event import CompletionEvent
from ...models.guardrail_config import GuardrailConfig
from ...models.http_validation_error_body import HTTPValidationErrorBody
from ...models.mistral_prompt_mode import MistralPromptMode
from ...models.prediction import Prediction
from ...models.reasoning_effort import ReasoningEffort
from ...models.request_metadata import RequestMetadata
from ...models.response_format import ResponseFormat
from ...models.system_message import SystemMessage
from ...models.tool import Tool
from ...models.tool_choice import ToolChoice
from ...models.tool_choice_enum import ToolChoiceEnum
from ...models.tool_message import ToolMessage
from ...models.user_message import UserMessage
from ...types import UNSET, File, Unset

_KEYWORDS_CHAT_COMPLETION_V1_CHAT_COMPLETIONS_POST = (
    "model",
    "messages",
    "temperature",
    "top_p",
    "max_tokens",
    "stop",
    "random_seed",
    "metadata",
    "response_format",
    "tools",
    "tool_choice",
    "presence_penalty",
    "frequency_penalty",
    "n",
    "prediction",
    "parallel_tool_calls",
    "reasoning_effort",
    "prompt_mode",
    "guardrails",
    "prompt_cache_key",
    "safe_prompt",
)


def _decode_chat_completion_v1_chat_completions_post(data: Any) -> ChatCompletionResponse:
    response_200 = ChatCompletionResponse.from_dict(data)

    return response_200


def _chat_completion_v1_chat_completions_post(
    *,
    model: str,
    messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
    temperature: float | None | Unset = UNSET,
    top_p: float | None | Unset = UNSET,
    max_tokens: int | None | Unset = UNSET,
    stop: str | Sequence[str] | None | Unset = UNSET,
    random_seed: int | None | Unset = UNSET,
    metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
    response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
    tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
    presence_penalty: float | None | Unset = UNSET,
    frequency_penalty: float | None | Unset = UNSET,
    n: int | None | Unset = UNSET,
    prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
    parallel_tool_calls: bool | None | Unset = UNSET,
    reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
    prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
    safe_prompt: bool | None | Unset = UNSET,
) -> Request[ChatCompletionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ChatCompletionRequest(
        model=cast(Any, model),
        messages=cast(Any, messages),
        temperature=cast(Any, temperature),
        top_p=cast(Any, top_p),
        max_tokens=cast(Any, max_tokens),
        stream=UNSET,
        stop=cast(Any, stop),
        random_seed=cast(Any, random_seed),
        metadata=cast(Any, metadata),
        response_format=cast(Any, response_format),
        tools=cast(Any, tools),
        tool_choice=cast(Any, tool_choice),
        presence_penalty=cast(Any, presence_penalty),
        frequency_penalty=cast(Any, frequency_penalty),
        n=cast(Any, n),
        prediction=cast(Any, prediction),
        parallel_tool_calls=cast(Any, parallel_tool_calls),
        reasoning_effort=cast(Any, reasoning_effort),
        prompt_mode=cast(Any, prompt_mode),
        guardrails=cast(Any, guardrails),
        prompt_cache_key=cast(Any, prompt_cache_key),
        safe_prompt=cast(Any, safe_prompt),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/chat/completions",
        operation_id="chat_completion_v1_chat_completions_post",
        decode=_decode_chat_completion_v1_chat_completions_post,
        kind="json",
        keywords=_KEYWORDS_CHAT_COMPLETION_V1_CHAT_COMPLETIONS_POST,
        **_kwargs,
    )


def _chat_completion_v1_chat_completions_post_stream(
    *,
    model: str,
    messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
    temperature: float | None | Unset = UNSET,
    top_p: float | None | Unset = UNSET,
    max_tokens: int | None | Unset = UNSET,
    stop: str | Sequence[str] | None | Unset = UNSET,
    random_seed: int | None | Unset = UNSET,
    metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
    response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
    tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
    presence_penalty: float | None | Unset = UNSET,
    frequency_penalty: float | None | Unset = UNSET,
    n: int | None | Unset = UNSET,
    prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
    parallel_tool_calls: bool | None | Unset = UNSET,
    reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
    prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
    safe_prompt: bool | None | Unset = UNSET,
) -> Request[CompletionEvent]:

    _kwargs: dict[str, Any] = {}
    _body = ChatCompletionRequest(
        model=cast(Any, model),
        messages=cast(Any, messages),
        temperature=cast(Any, temperature),
        top_p=cast(Any, top_p),
        max_tokens=cast(Any, max_tokens),
        stream=True,
        stop=cast(Any, stop),
        random_seed=cast(Any, random_seed),
        metadata=cast(Any, metadata),
        response_format=cast(Any, response_format),
        tools=cast(Any, tools),
        tool_choice=cast(Any, tool_choice),
        presence_penalty=cast(Any, presence_penalty),
        frequency_penalty=cast(Any, frequency_penalty),
        n=cast(Any, n),
        prediction=cast(Any, prediction),
        parallel_tool_calls=cast(Any, parallel_tool_calls),
        reasoning_effort=cast(Any, reasoning_effort),
        prompt_mode=cast(Any, prompt_mode),
        guardrails=cast(Any, guardrails),
        prompt_cache_key=cast(Any, prompt_cache_key),
        safe_prompt=cast(Any, safe_prompt),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/chat/completions",
        operation_id="chat_completion_v1_chat_completions_post",
        decode=CompletionEvent.from_dict,
        stream=True,
        event_fields=("data",),
        keywords=_KEYWORDS_CHAT_COMPLETION_V1_CHAT_COMPLETIONS_POST,
        **_kwargs,
    )


class ChatCompleteParams(TypedDict, total=False):
    """The optional keywords of `client.chat.complete` but response_format, tools.

    For the overlay's methods that extend it (spec/names.yaml: `extended`), which type those
    themselves; regenerated with the spec, so a new parameter is typed there too.
    """

    temperature: float | None
    top_p: float | None
    max_tokens: int | None
    stop: str | Sequence[str] | None
    random_seed: int | None
    metadata: RequestMetadata | Mapping[str, Any] | None
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None
    presence_penalty: float | None
    frequency_penalty: float | None
    n: int | None
    prediction: Prediction | Mapping[str, Any] | None
    parallel_tool_calls: bool | None
    reasoning_effort: ReasoningEffort | str | None
    prompt_mode: MistralPromptMode | str | None
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None
    prompt_cache_key: str | None
    safe_prompt: bool | None


ChatCompleteModel: TypeAlias = "str"


ChatCompleteMessagesItem: TypeAlias = "SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage"


ChatCompleteResponseFormat: TypeAlias = "ResponseFormat | Mapping[str, Any] | None"


ChatCompleteToolsItem: TypeAlias = "Tool | Mapping[str, Any]"


class Chat:
    """`client.chat`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> ChatWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return ChatWithRawResponse(self._transport)

    def complete(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        safe_prompt: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Chat Completion

        Args:
            model (str): ID of the model to use, such as `mistral-large-latest`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on the
                model.
            top_p (float | None | Unset): Nucleus sampling mass.
            max_tokens (int | None | Unset): The most tokens to generate.
            stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
            random_seed (int | None | Unset): Seed for sampling, for repeatable results.
            metadata (None | RequestMetadata | Unset):
            response_format (None | ResponseFormat | Unset):
            tools (list[Tool] | None | Unset): Functions the model may call.
            tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            n (int | None | Unset): Number of completions to return.
            prediction (None | Prediction | Unset):
            parallel_tool_calls (bool | None | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
            safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ChatCompletionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_completion_v1_chat_completions_post,
            dict(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                response_format=response_format,
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                safe_prompt=safe_prompt,
            ),
        )
        return self._transport.send(request, options)

    async def complete_async(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        safe_prompt: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Chat Completion

        Args:
            model (str): ID of the model to use, such as `mistral-large-latest`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on the
                model.
            top_p (float | None | Unset): Nucleus sampling mass.
            max_tokens (int | None | Unset): The most tokens to generate.
            stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
            random_seed (int | None | Unset): Seed for sampling, for repeatable results.
            metadata (None | RequestMetadata | Unset):
            response_format (None | ResponseFormat | Unset):
            tools (list[Tool] | None | Unset): Functions the model may call.
            tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            n (int | None | Unset): Number of completions to return.
            prediction (None | Prediction | Unset):
            parallel_tool_calls (bool | None | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
            safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ChatCompletionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_completion_v1_chat_completions_post,
            dict(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                response_format=response_format,
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                safe_prompt=safe_prompt,
            ),
        )
        return await self._transport.send_async(request, options)

    def stream(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        safe_prompt: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[CompletionEvent]:
        """Chat Completion

        Args:
            model (str): ID of the model to use, such as `mistral-large-latest`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on the
                model.
            top_p (float | None | Unset): Nucleus sampling mass.
            max_tokens (int | None | Unset): The most tokens to generate.
            stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
            random_seed (int | None | Unset): Seed for sampling, for repeatable results.
            metadata (None | RequestMetadata | Unset):
            response_format (None | ResponseFormat | Unset):
            tools (list[Tool] | None | Unset): Functions the model may call.
            tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            n (int | None | Unset): Number of completions to return.
            prediction (None | Prediction | Unset):
            parallel_tool_calls (bool | None | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
            safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[CompletionEvent] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_completion_v1_chat_completions_post_stream,
            dict(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                response_format=response_format,
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                safe_prompt=safe_prompt,
            ),
        )
        return self._transport.stream(request, options)

    async def stream_async(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        safe_prompt: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[CompletionEvent]:
        """Chat Completion

        Args:
            model (str): ID of the model to use, such as `mistral-large-latest`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on the
                model.
            top_p (float | None | Unset): Nucleus sampling mass.
            max_tokens (int | None | Unset): The most tokens to generate.
            stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
            random_seed (int | None | Unset): Seed for sampling, for repeatable results.
            metadata (None | RequestMetadata | Unset):
            response_format (None | ResponseFormat | Unset):
            tools (list[Tool] | None | Unset): Functions the model may call.
            tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            n (int | None | Unset): Number of completions to return.
            prediction (None | Prediction | Unset):
            parallel_tool_calls (bool | None | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
            safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[CompletionEvent] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_completion_v1_chat_completions_post_stream,
            dict(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                response_format=response_format,
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                safe_prompt=safe_prompt,
            ),
        )
        return await self._transport.stream_async(request, options)


class ChatWithRawResponse:
    """`client.chat`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def complete(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        safe_prompt: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionResponse]:
        """Chat Completion

        Args:
            model (str): ID of the model to use, such as `mistral-large-latest`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on the
                model.
            top_p (float | None | Unset): Nucleus sampling mass.
            max_tokens (int | None | Unset): The most tokens to generate.
            stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
            random_seed (int | None | Unset): Seed for sampling, for repeatable results.
            metadata (None | RequestMetadata | Unset):
            response_format (None | ResponseFormat | Unset):
            tools (list[Tool] | None | Unset): Functions the model may call.
            tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            n (int | None | Unset): Number of completions to return.
            prediction (None | Prediction | Unset):
            parallel_tool_calls (bool | None | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
            safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ChatCompletionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_completion_v1_chat_completions_post,
            dict(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                response_format=response_format,
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                safe_prompt=safe_prompt,
            ),
        )
        return self._transport.send_raw(request, options)

    async def complete_async(
        self,
        *,
        model: str,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: RequestMetadata | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        tools: Sequence[Tool | Mapping[str, Any]] | None | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | None | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | None | Unset = UNSET,
        parallel_tool_calls: bool | None | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        safe_prompt: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionResponse]:
        """Chat Completion

        Args:
            model (str): ID of the model to use, such as `mistral-large-latest`.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The conversation so far, oldest first.
            temperature (float | None | Unset): Sampling temperature; lower is more deterministic. The default depends on the
                model.
            top_p (float | None | Unset): Nucleus sampling mass.
            max_tokens (int | None | Unset): The most tokens to generate.
            stop (list[str] | None | str | Unset): Stop when this string, or one of these strings, is generated.
            random_seed (int | None | Unset): Seed for sampling, for repeatable results.
            metadata (None | RequestMetadata | Unset):
            response_format (None | ResponseFormat | Unset):
            tools (list[Tool] | None | Unset): Functions the model may call.
            tool_choice (None | ToolChoice | ToolChoiceEnum | Unset): Whether and which tool the model must call.
            presence_penalty (float | None | Unset):
            frequency_penalty (float | None | Unset):
            n (int | None | Unset): Number of completions to return.
            prediction (None | Prediction | Unset):
            parallel_tool_calls (bool | None | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset): Groups requests that share a prefix, to reuse the server's prompt cache.
            safe_prompt (bool | None | Unset): Prepend Mistral's safety prompt.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ChatCompletionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _chat_completion_v1_chat_completions_post,
            dict(
                model=model,
                messages=messages,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                response_format=response_format,
                tools=tools,
                tool_choice=tool_choice,
                presence_penalty=presence_penalty,
                frequency_penalty=frequency_penalty,
                n=n,
                prediction=prediction,
                parallel_tool_calls=parallel_tool_calls,
                reasoning_effort=reasoning_effort,
                prompt_mode=prompt_mode,
                guardrails=guardrails,
                prompt_cache_key=prompt_cache_key,
                safe_prompt=safe_prompt,
            ),
        )
        return await self._transport.send_raw_async(request, options)
