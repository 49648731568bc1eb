"""Agents: generated resource (`client.agents`)."""

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
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.agents_completion_request import AgentsCompletionRequest
    from ...models.agents_completion_request_metadata_type_0 import AgentsCompletionRequestMetadataType0
    from ...models.assistant_message import AssistantMessage
    from ...models.chat_completion_response import ChatCompletionResponse
    from ...models.code_interpreter_tool import CodeInterpreterTool
    from ...models.custom_connector import CustomConnector
    from ...models.document_library_tool import DocumentLibraryTool
    from ...models.guardrail_config import GuardrailConfig
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.image_generation_tool import ImageGenerationTool
    from ...models.mistral_prompt_mode import MistralPromptMode
    from ...models.prediction import Prediction
    from ...models.reasoning_effort import ReasoningEffort
    from ...models.requested_service_tier import RequestedServiceTier
    from ...models.response_format import ResponseFormat
    from ...models.system_message import SystemMessage
    from ...models.tool import Tool
    from ...models.tool_choice import ToolChoice
    from ...models.tool_choice_enum import ToolChoiceEnum
    from ...models.tool_message import ToolMessage
    from ...models.user_message import UserMessage
    from ...models.web_search_premium_tool import WebSearchPremiumTool
    from ...models.web_search_tool import WebSearchTool
else:
    AgentsCompletionRequest = _Lazy(globals(), "agents_completion_request", "AgentsCompletionRequest")
    AgentsCompletionRequestMetadataType0 = _Lazy(
        globals(), "agents_completion_request_metadata_type_0", "AgentsCompletionRequestMetadataType0"
    )
    AssistantMessage = _Lazy(globals(), "assistant_message", "AssistantMessage")
    ChatCompletionResponse = _Lazy(globals(), "chat_completion_response", "ChatCompletionResponse")
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CustomConnector = _Lazy(globals(), "custom_connector", "CustomConnector")
    DocumentLibraryTool = _Lazy(globals(), "document_library_tool", "DocumentLibraryTool")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ImageGenerationTool = _Lazy(globals(), "image_generation_tool", "ImageGenerationTool")
    MistralPromptMode = _Lazy(globals(), "mistral_prompt_mode", "MistralPromptMode")
    Prediction = _Lazy(globals(), "prediction", "Prediction")
    ReasoningEffort = _Lazy(globals(), "reasoning_effort", "ReasoningEffort")
    RequestedServiceTier = _Lazy(globals(), "requested_service_tier", "RequestedServiceTier")
    ResponseFormat = _Lazy(globals(), "response_format", "ResponseFormat")
    SystemMessage = _Lazy(globals(), "system_message", "SystemMessage")
    Tool = _Lazy(globals(), "tool", "Tool")
    ToolChoice = _Lazy(globals(), "tool_choice", "ToolChoice")
    ToolChoiceEnum = _Lazy(globals(), "tool_choice_enum", "ToolChoiceEnum")
    ToolMessage = _Lazy(globals(), "tool_message", "ToolMessage")
    UserMessage = _Lazy(globals(), "user_message", "UserMessage")
    WebSearchPremiumTool = _Lazy(globals(), "web_search_premium_tool", "WebSearchPremiumTool")
    WebSearchTool = _Lazy(globals(), "web_search_tool", "WebSearchTool")


_KEYWORDS_AGENTS_COMPLETION_V1_AGENTS_COMPLETIONS_POST = (
    "messages",
    "agent_id",
    "max_tokens",
    "stream",
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
    "service_tier",
)


def _decode_agents_completion_v1_agents_completions_post(data: Any) -> ChatCompletionResponse:
    response_200 = ChatCompletionResponse.from_dict(data)

    return response_200


def _agents_completion_v1_agents_completions_post(
    *,
    messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
    agent_id: str,
    max_tokens: int | None | Unset = UNSET,
    stream: bool | Unset = UNSET,
    stop: str | Sequence[str] | None | Unset = UNSET,
    random_seed: int | None | Unset = UNSET,
    metadata: AgentsCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
    response_format: ResponseFormat | Mapping[str, Any] | Unset = UNSET,
    tools: Sequence[
        Tool
        | Mapping[str, Any]
        | WebSearchTool
        | WebSearchPremiumTool
        | CodeInterpreterTool
        | ImageGenerationTool
        | DocumentLibraryTool
        | CustomConnector
    ]
    | None
    | Unset = UNSET,
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | Unset = UNSET,
    presence_penalty: float | None | Unset = UNSET,
    frequency_penalty: float | None | Unset = UNSET,
    n: int | None | Unset = UNSET,
    prediction: Prediction | Mapping[str, Any] | Unset = UNSET,
    parallel_tool_calls: bool | Unset = UNSET,
    reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
    prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
    service_tier: RequestedServiceTier | str | None | Unset = UNSET,
) -> Request[ChatCompletionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = AgentsCompletionRequest(
        messages=cast(Any, messages),
        agent_id=cast(Any, agent_id),
        max_tokens=cast(Any, max_tokens),
        stream=cast(Any, stream),
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
        service_tier=cast(Any, service_tier),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/agents/completions",
        operation_id="agents_completion_v1_agents_completions_post",
        decode=_decode_agents_completion_v1_agents_completions_post,
        kind="json",
        keywords=_KEYWORDS_AGENTS_COMPLETION_V1_AGENTS_COMPLETIONS_POST,
        **_kwargs,
    )


AgentsCompleteResult: TypeAlias = ChatCompletionResponse


class Agents:
    """`client.agents`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> AgentsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return AgentsWithRawResponse(self._transport)

    def complete(
        self,
        *,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        agent_id: str,
        max_tokens: int | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: AgentsCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | Unset = UNSET,
        tools: Sequence[
            Tool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | None
        | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | Unset = UNSET,
        parallel_tool_calls: bool | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        service_tier: RequestedServiceTier | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Agents Completion

        Agents Completion

        Args:
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            agent_id (str): The ID of the agent to use for this completion.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stream (bool | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-
                only server-side events as they become available, with the stream terminated by
                a data: [DONE] message. Otherwise, the server will hold the request open until
                the timeout or until completion, with the response containing the full result as
                JSON.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (AgentsCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            tool_choice (ToolChoice | ToolChoiceEnum | Unset):
            presence_penalty (float | None | Unset): The `presence_penalty` determines how much the model penalizes the repetition of
                words or phrases. A higher presence penalty encourages the model to use a wider
                variety of words and phrases, making the output more diverse and creative.
            frequency_penalty (float | None | Unset): The `frequency_penalty` penalizes the repetition of words based on their
                frequency in the generated text. A higher frequency penalty discourages the
                model from repeating words that have already appeared frequently in the output,
                promoting diversity and reducing repetition.
            n (int | None | Unset): Number of completions to return for each request, input tokens are only billed
                once.
            prediction (Prediction | Unset): Enable users to specify an expected completion, optimizing response times by
                leveraging known or predictable content.
            parallel_tool_calls (bool | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ChatCompletionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_completion_v1_agents_completions_post,
            dict(
                messages=messages,
                agent_id=agent_id,
                max_tokens=max_tokens,
                stream=stream,
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
                service_tier=service_tier,
            ),
        )
        return self._transport.send(request, options)

    async def complete_async(
        self,
        *,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        agent_id: str,
        max_tokens: int | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: AgentsCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | Unset = UNSET,
        tools: Sequence[
            Tool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | None
        | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | Unset = UNSET,
        parallel_tool_calls: bool | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        service_tier: RequestedServiceTier | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Agents Completion

        Agents Completion

        Args:
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            agent_id (str): The ID of the agent to use for this completion.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stream (bool | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-
                only server-side events as they become available, with the stream terminated by
                a data: [DONE] message. Otherwise, the server will hold the request open until
                the timeout or until completion, with the response containing the full result as
                JSON.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (AgentsCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            tool_choice (ToolChoice | ToolChoiceEnum | Unset):
            presence_penalty (float | None | Unset): The `presence_penalty` determines how much the model penalizes the repetition of
                words or phrases. A higher presence penalty encourages the model to use a wider
                variety of words and phrases, making the output more diverse and creative.
            frequency_penalty (float | None | Unset): The `frequency_penalty` penalizes the repetition of words based on their
                frequency in the generated text. A higher frequency penalty discourages the
                model from repeating words that have already appeared frequently in the output,
                promoting diversity and reducing repetition.
            n (int | None | Unset): Number of completions to return for each request, input tokens are only billed
                once.
            prediction (Prediction | Unset): Enable users to specify an expected completion, optimizing response times by
                leveraging known or predictable content.
            parallel_tool_calls (bool | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ChatCompletionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_completion_v1_agents_completions_post,
            dict(
                messages=messages,
                agent_id=agent_id,
                max_tokens=max_tokens,
                stream=stream,
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
                service_tier=service_tier,
            ),
        )
        return await self._transport.send_async(request, options)


class AgentsWithRawResponse:
    """`client.agents`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def complete(
        self,
        *,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        agent_id: str,
        max_tokens: int | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: AgentsCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | Unset = UNSET,
        tools: Sequence[
            Tool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | None
        | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | Unset = UNSET,
        parallel_tool_calls: bool | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        service_tier: RequestedServiceTier | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionResponse]:
        """Agents Completion

        Agents Completion

        Args:
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            agent_id (str): The ID of the agent to use for this completion.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stream (bool | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-
                only server-side events as they become available, with the stream terminated by
                a data: [DONE] message. Otherwise, the server will hold the request open until
                the timeout or until completion, with the response containing the full result as
                JSON.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (AgentsCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            tool_choice (ToolChoice | ToolChoiceEnum | Unset):
            presence_penalty (float | None | Unset): The `presence_penalty` determines how much the model penalizes the repetition of
                words or phrases. A higher presence penalty encourages the model to use a wider
                variety of words and phrases, making the output more diverse and creative.
            frequency_penalty (float | None | Unset): The `frequency_penalty` penalizes the repetition of words based on their
                frequency in the generated text. A higher frequency penalty discourages the
                model from repeating words that have already appeared frequently in the output,
                promoting diversity and reducing repetition.
            n (int | None | Unset): Number of completions to return for each request, input tokens are only billed
                once.
            prediction (Prediction | Unset): Enable users to specify an expected completion, optimizing response times by
                leveraging known or predictable content.
            parallel_tool_calls (bool | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ChatCompletionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_completion_v1_agents_completions_post,
            dict(
                messages=messages,
                agent_id=agent_id,
                max_tokens=max_tokens,
                stream=stream,
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
                service_tier=service_tier,
            ),
        )
        return self._transport.send_raw(request, options)

    async def complete_async(
        self,
        *,
        messages: Sequence[SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage],
        agent_id: str,
        max_tokens: int | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: AgentsCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        response_format: ResponseFormat | Mapping[str, Any] | Unset = UNSET,
        tools: Sequence[
            Tool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | None
        | Unset = UNSET,
        tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str | Unset = UNSET,
        presence_penalty: float | None | Unset = UNSET,
        frequency_penalty: float | None | Unset = UNSET,
        n: int | None | Unset = UNSET,
        prediction: Prediction | Mapping[str, Any] | Unset = UNSET,
        parallel_tool_calls: bool | Unset = UNSET,
        reasoning_effort: ReasoningEffort | str | None | Unset = UNSET,
        prompt_mode: MistralPromptMode | str | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        service_tier: RequestedServiceTier | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionResponse]:
        """Agents Completion

        Agents Completion

        Args:
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            agent_id (str): The ID of the agent to use for this completion.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stream (bool | Unset): Whether to stream back partial progress. If set, tokens will be sent as data-
                only server-side events as they become available, with the stream terminated by
                a data: [DONE] message. Otherwise, the server will hold the request open until
                the timeout or until completion, with the response containing the full result as
                JSON.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (AgentsCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            tool_choice (ToolChoice | ToolChoiceEnum | Unset):
            presence_penalty (float | None | Unset): The `presence_penalty` determines how much the model penalizes the repetition of
                words or phrases. A higher presence penalty encourages the model to use a wider
                variety of words and phrases, making the output more diverse and creative.
            frequency_penalty (float | None | Unset): The `frequency_penalty` penalizes the repetition of words based on their
                frequency in the generated text. A higher frequency penalty discourages the
                model from repeating words that have already appeared frequently in the output,
                promoting diversity and reducing repetition.
            n (int | None | Unset): Number of completions to return for each request, input tokens are only billed
                once.
            prediction (Prediction | Unset): Enable users to specify an expected completion, optimizing response times by
                leveraging known or predictable content.
            parallel_tool_calls (bool | Unset):
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ChatCompletionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_completion_v1_agents_completions_post,
            dict(
                messages=messages,
                agent_id=agent_id,
                max_tokens=max_tokens,
                stream=stream,
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
                service_tier=service_tier,
            ),
        )
        return await self._transport.send_raw_async(request, options)
