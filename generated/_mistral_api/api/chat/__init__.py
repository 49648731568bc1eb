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
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.assistant_message import AssistantMessage
    from ...models.chat_completion_request import ChatCompletionRequest
    from ...models.chat_completion_request_metadata_type_0 import ChatCompletionRequestMetadataType0
    from ...models.chat_completion_response import ChatCompletionResponse
    from ...models.chat_completion_v1_chat_completions_post_unauthorized import (
        ChatCompletionV1ChatCompletionsPostUnauthorized,
    )
    from ...models.code_interpreter_tool import CodeInterpreterTool
    from ...models.completion_event import CompletionEvent
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
    AssistantMessage = _Lazy(globals(), "assistant_message", "AssistantMessage")
    ChatCompletionRequest = _Lazy(globals(), "chat_completion_request", "ChatCompletionRequest")
    ChatCompletionRequestMetadataType0 = _Lazy(
        globals(), "chat_completion_request_metadata_type_0", "ChatCompletionRequestMetadataType0"
    )
    ChatCompletionResponse = _Lazy(globals(), "chat_completion_response", "ChatCompletionResponse")
    ChatCompletionV1ChatCompletionsPostUnauthorized = _Lazy(
        globals(),
        "chat_completion_v1_chat_completions_post_unauthorized",
        "ChatCompletionV1ChatCompletionsPostUnauthorized",
    )
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CompletionEvent = _Lazy(globals(), "completion_event", "CompletionEvent")
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
    "service_tier",
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
    metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
    safe_prompt: bool | Unset = UNSET,
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
        service_tier=cast(Any, service_tier),
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
    metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
    safe_prompt: bool | Unset = UNSET,
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
        service_tier=cast(Any, service_tier),
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
    metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None
    tool_choice: ToolChoice | Mapping[str, Any] | ToolChoiceEnum | str
    presence_penalty: float | None
    frequency_penalty: float | None
    n: int | None
    prediction: Prediction | Mapping[str, Any]
    parallel_tool_calls: bool
    reasoning_effort: ReasoningEffort | str | None
    prompt_mode: MistralPromptMode | str | None
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None
    prompt_cache_key: str | None
    service_tier: RequestedServiceTier | str | None
    safe_prompt: bool


ChatCompleteModel: TypeAlias = "str"


ChatCompleteMessagesItem: TypeAlias = "SystemMessage | Mapping[str, Any] | UserMessage | AssistantMessage | ToolMessage"


ChatCompleteResponseFormat: TypeAlias = "ResponseFormat | Mapping[str, Any]"


ChatCompleteToolsItem: TypeAlias = "Tool | Mapping[str, Any] | WebSearchTool | WebSearchPremiumTool | CodeInterpreterTool | ImageGenerationTool | DocumentLibraryTool | CustomConnector"


ChatCompleteResult: TypeAlias = ChatCompletionResponse


ChatStreamEvent: TypeAlias = CompletionEvent


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
        metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
        safe_prompt: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Chat Completion

        Chat Completion

        Args:
            model (str): ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of
                your available models, or see our [Model overview](/models) for model
                descriptions.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
                values like 0.7 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. We generally recommend altering
                this or `top_p` but not both. The default value varies depending on the model
                you are targeting. Call the `/models` endpoint to retrieve the appropriate
                value.
            top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with
                `top_p` probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (ChatCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset): A list of tools the model may call. Use this to provide a list of functions the
                model may generate JSON inputs for.
            tool_choice (ToolChoice | ToolChoiceEnum | Unset): Controls which (if any) tool is called by the model. `none` means the model will
                not call any tool and instead generates a message. `auto` means the model can
                pick between generating a message or calling one or more tools. `any` or
                `required` means the model must call one or more tools. Specifying a particular
                tool via `{"type": "function", "function": {"name": "my_function"}}` forces the
                model to call that tool.
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
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use, when enabled the
                model can call multiple tools in parallel.
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            safe_prompt (bool | Unset): Whether to inject a safety prompt before all conversations.
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
                service_tier=service_tier,
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
        metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
        safe_prompt: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionResponse:
        """Chat Completion

        Chat Completion

        Args:
            model (str): ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of
                your available models, or see our [Model overview](/models) for model
                descriptions.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
                values like 0.7 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. We generally recommend altering
                this or `top_p` but not both. The default value varies depending on the model
                you are targeting. Call the `/models` endpoint to retrieve the appropriate
                value.
            top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with
                `top_p` probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (ChatCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset): A list of tools the model may call. Use this to provide a list of functions the
                model may generate JSON inputs for.
            tool_choice (ToolChoice | ToolChoiceEnum | Unset): Controls which (if any) tool is called by the model. `none` means the model will
                not call any tool and instead generates a message. `auto` means the model can
                pick between generating a message or calling one or more tools. `any` or
                `required` means the model must call one or more tools. Specifying a particular
                tool via `{"type": "function", "function": {"name": "my_function"}}` forces the
                model to call that tool.
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
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use, when enabled the
                model can call multiple tools in parallel.
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            safe_prompt (bool | Unset): Whether to inject a safety prompt before all conversations.
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
                service_tier=service_tier,
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
        metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
        safe_prompt: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[CompletionEvent]:
        """Chat Completion

        Chat Completion

        Args:
            model (str): ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of
                your available models, or see our [Model overview](/models) for model
                descriptions.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
                values like 0.7 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. We generally recommend altering
                this or `top_p` but not both. The default value varies depending on the model
                you are targeting. Call the `/models` endpoint to retrieve the appropriate
                value.
            top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with
                `top_p` probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (ChatCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset): A list of tools the model may call. Use this to provide a list of functions the
                model may generate JSON inputs for.
            tool_choice (ToolChoice | ToolChoiceEnum | Unset): Controls which (if any) tool is called by the model. `none` means the model will
                not call any tool and instead generates a message. `auto` means the model can
                pick between generating a message or calling one or more tools. `any` or
                `required` means the model must call one or more tools. Specifying a particular
                tool via `{"type": "function", "function": {"name": "my_function"}}` forces the
                model to call that tool.
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
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use, when enabled the
                model can call multiple tools in parallel.
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            safe_prompt (bool | Unset): Whether to inject a safety prompt before all conversations.
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
                service_tier=service_tier,
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
        metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
        safe_prompt: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[CompletionEvent]:
        """Chat Completion

        Chat Completion

        Args:
            model (str): ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of
                your available models, or see our [Model overview](/models) for model
                descriptions.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
                values like 0.7 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. We generally recommend altering
                this or `top_p` but not both. The default value varies depending on the model
                you are targeting. Call the `/models` endpoint to retrieve the appropriate
                value.
            top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with
                `top_p` probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (ChatCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset): A list of tools the model may call. Use this to provide a list of functions the
                model may generate JSON inputs for.
            tool_choice (ToolChoice | ToolChoiceEnum | Unset): Controls which (if any) tool is called by the model. `none` means the model will
                not call any tool and instead generates a message. `auto` means the model can
                pick between generating a message or calling one or more tools. `any` or
                `required` means the model must call one or more tools. Specifying a particular
                tool via `{"type": "function", "function": {"name": "my_function"}}` forces the
                model to call that tool.
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
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use, when enabled the
                model can call multiple tools in parallel.
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            safe_prompt (bool | Unset): Whether to inject a safety prompt before all conversations.
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
                service_tier=service_tier,
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
        metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
        safe_prompt: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionResponse]:
        """Chat Completion

        Chat Completion

        Args:
            model (str): ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of
                your available models, or see our [Model overview](/models) for model
                descriptions.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
                values like 0.7 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. We generally recommend altering
                this or `top_p` but not both. The default value varies depending on the model
                you are targeting. Call the `/models` endpoint to retrieve the appropriate
                value.
            top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with
                `top_p` probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (ChatCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset): A list of tools the model may call. Use this to provide a list of functions the
                model may generate JSON inputs for.
            tool_choice (ToolChoice | ToolChoiceEnum | Unset): Controls which (if any) tool is called by the model. `none` means the model will
                not call any tool and instead generates a message. `auto` means the model can
                pick between generating a message or calling one or more tools. `any` or
                `required` means the model must call one or more tools. Specifying a particular
                tool via `{"type": "function", "function": {"name": "my_function"}}` forces the
                model to call that tool.
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
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use, when enabled the
                model can call multiple tools in parallel.
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            safe_prompt (bool | Unset): Whether to inject a safety prompt before all conversations.
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
                service_tier=service_tier,
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
        metadata: ChatCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
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
        safe_prompt: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionResponse]:
        """Chat Completion

        Chat Completion

        Args:
            model (str): ID of the model to use. You can use the [List Available
                Models](/api/#tag/models/operation/list_models_v1_models_get) API to see all of
                your available models, or see our [Model overview](/models) for model
                descriptions.
            messages (list[AssistantMessage | SystemMessage | ToolMessage | UserMessage]): The prompt(s) to generate completions for, encoded as a list of dict with role
                and content.
            temperature (float | None | Unset): What sampling temperature to use, we recommend between 0.0 and 0.7. Higher
                values like 0.7 will make the output more random, while lower values like 0.2
                will make it more focused and deterministic. We generally recommend altering
                this or `top_p` but not both. The default value varies depending on the model
                you are targeting. Call the `/models` endpoint to retrieve the appropriate
                value.
            top_p (float | None | Unset): Nucleus sampling, where the model considers the results of the tokens with
                `top_p` probability mass. So 0.1 means only the tokens comprising the top 10%
                probability mass are considered. We generally recommend altering this or
                `temperature` but not both.
            max_tokens (int | None | Unset): The maximum number of tokens to generate in the completion. The token count of
                your prompt plus `max_tokens` cannot exceed the model's context length.
            stop (list[str] | None | str | Unset): Stop generation if this token is detected. Or if one of these tokens is detected
                when providing an array
            random_seed (int | None | Unset): The seed to use for random sampling. If set, different calls will generate
                deterministic results.
            metadata (ChatCompletionRequestMetadataType0 | None | Unset):
            response_format (ResponseFormat | Unset): Specify the format that the model must output. By default it will use `{ "type":
                "text" }`. Setting to `{ "type": "json_object" }` enables JSON mode, which
                guarantees the message the model generates is in JSON. When using JSON mode you
                MUST also instruct the model to produce JSON yourself with a system or a user
                message. Setting to `{ "type": "json_schema" }` enables JSON schema mode, which
                guarantees the message the model generates is in JSON and follows the schema you
                provide.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | ImageGenerationTool | Tool | WebSearchPremiumTool | WebSearchTool] | None | Unset): A list of tools the model may call. Use this to provide a list of functions the
                model may generate JSON inputs for.
            tool_choice (ToolChoice | ToolChoiceEnum | Unset): Controls which (if any) tool is called by the model. `none` means the model will
                not call any tool and instead generates a message. `auto` means the model can
                pick between generating a message or calling one or more tools. `any` or
                `required` means the model must call one or more tools. Specifying a particular
                tool via `{"type": "function", "function": {"name": "my_function"}}` forces the
                model to call that tool.
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
            parallel_tool_calls (bool | Unset): Whether to enable parallel function calling during tool use, when enabled the
                model can call multiple tools in parallel.
            reasoning_effort (None | ReasoningEffort | Unset):
            prompt_mode (MistralPromptMode | None | Unset): Allows toggling between the reasoning mode and no system prompt. When set to
                `reasoning` the system prompt for reasoning models will be used.
            guardrails (list[GuardrailConfig] | None | Unset):
            prompt_cache_key (None | str | Unset):
            service_tier (None | RequestedServiceTier | Unset): Determines whether to serve the request using priority or standard capacity.
            safe_prompt (bool | Unset): Whether to inject a safety prompt before all conversations.
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
                service_tier=service_tier,
                safe_prompt=safe_prompt,
            ),
        )
        return await self._transport.send_raw_async(request, options)
