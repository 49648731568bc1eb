"""Fim: generated resource (`client.fim`)."""

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
    from ...models.completion_event import CompletionEvent
    from ...models.fim_completion_request import FIMCompletionRequest
    from ...models.fim_completion_request_metadata_type_0 import FIMCompletionRequestMetadataType0
    from ...models.fim_completion_response import FIMCompletionResponse
    from ...models.http_validation_error_body import HTTPValidationErrorBody
else:
    CompletionEvent = _Lazy(globals(), "completion_event", "CompletionEvent")
    FIMCompletionRequest = _Lazy(globals(), "fim_completion_request", "FIMCompletionRequest")
    FIMCompletionRequestMetadataType0 = _Lazy(
        globals(), "fim_completion_request_metadata_type_0", "FIMCompletionRequestMetadataType0"
    )
    FIMCompletionResponse = _Lazy(globals(), "fim_completion_response", "FIMCompletionResponse")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")


_KEYWORDS_FIM_COMPLETION_V1_FIM_COMPLETIONS_POST = (
    "model",
    "prompt",
    "temperature",
    "top_p",
    "max_tokens",
    "stop",
    "random_seed",
    "metadata",
    "suffix",
    "min_tokens",
    "prompt_cache_key",
)


def _decode_fim_completion_v1_fim_completions_post(data: Any) -> FIMCompletionResponse:
    response_200 = FIMCompletionResponse.from_dict(data)

    return response_200


def _fim_completion_v1_fim_completions_post(
    *,
    model: str,
    prompt: str,
    temperature: float | None | Unset = UNSET,
    top_p: float | None | Unset = UNSET,
    max_tokens: int | None | Unset = UNSET,
    stop: str | Sequence[str] | None | Unset = UNSET,
    random_seed: int | None | Unset = UNSET,
    metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
    suffix: str | None | Unset = UNSET,
    min_tokens: int | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
) -> Request[FIMCompletionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = FIMCompletionRequest(
        model=cast(Any, model),
        prompt=cast(Any, prompt),
        temperature=cast(Any, temperature),
        top_p=cast(Any, top_p),
        max_tokens=cast(Any, max_tokens),
        stream=UNSET,
        stop=cast(Any, stop),
        random_seed=cast(Any, random_seed),
        metadata=cast(Any, metadata),
        suffix=cast(Any, suffix),
        min_tokens=cast(Any, min_tokens),
        prompt_cache_key=cast(Any, prompt_cache_key),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/fim/completions",
        operation_id="fim_completion_v1_fim_completions_post",
        decode=_decode_fim_completion_v1_fim_completions_post,
        kind="json",
        keywords=_KEYWORDS_FIM_COMPLETION_V1_FIM_COMPLETIONS_POST,
        **_kwargs,
    )


def _fim_completion_v1_fim_completions_post_stream(
    *,
    model: str,
    prompt: str,
    temperature: float | None | Unset = UNSET,
    top_p: float | None | Unset = UNSET,
    max_tokens: int | None | Unset = UNSET,
    stop: str | Sequence[str] | None | Unset = UNSET,
    random_seed: int | None | Unset = UNSET,
    metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
    suffix: str | None | Unset = UNSET,
    min_tokens: int | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
) -> Request[CompletionEvent]:

    _kwargs: dict[str, Any] = {}
    _body = FIMCompletionRequest(
        model=cast(Any, model),
        prompt=cast(Any, prompt),
        temperature=cast(Any, temperature),
        top_p=cast(Any, top_p),
        max_tokens=cast(Any, max_tokens),
        stream=True,
        stop=cast(Any, stop),
        random_seed=cast(Any, random_seed),
        metadata=cast(Any, metadata),
        suffix=cast(Any, suffix),
        min_tokens=cast(Any, min_tokens),
        prompt_cache_key=cast(Any, prompt_cache_key),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/fim/completions",
        operation_id="fim_completion_v1_fim_completions_post",
        decode=CompletionEvent.from_dict,
        stream=True,
        event_fields=("data",),
        keywords=_KEYWORDS_FIM_COMPLETION_V1_FIM_COMPLETIONS_POST,
        **_kwargs,
    )


FimCompleteResult: TypeAlias = FIMCompletionResponse


FimStreamEvent: TypeAlias = CompletionEvent


class Fim:
    """`client.fim`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> FimWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return FimWithRawResponse(self._transport)

    def complete(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        suffix: str | None | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FIMCompletionResponse:
        """Fim Completion

        FIM completion.

        Args:
            model (str): ID of the model with FIM to use.
            prompt (str): The text/code to complete.
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
            metadata (FIMCompletionRequestMetadataType0 | None | Unset):
            suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt`
                and a `suffix` the model will fill what is between them. When `suffix` is not
                provided, the model will simply execute completion starting with `prompt`.
            min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
            prompt_cache_key (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FIMCompletionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _fim_completion_v1_fim_completions_post,
            dict(
                model=model,
                prompt=prompt,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                suffix=suffix,
                min_tokens=min_tokens,
                prompt_cache_key=prompt_cache_key,
            ),
        )
        return self._transport.send(request, options)

    async def complete_async(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        suffix: str | None | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FIMCompletionResponse:
        """Fim Completion

        FIM completion.

        Args:
            model (str): ID of the model with FIM to use.
            prompt (str): The text/code to complete.
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
            metadata (FIMCompletionRequestMetadataType0 | None | Unset):
            suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt`
                and a `suffix` the model will fill what is between them. When `suffix` is not
                provided, the model will simply execute completion starting with `prompt`.
            min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
            prompt_cache_key (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FIMCompletionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _fim_completion_v1_fim_completions_post,
            dict(
                model=model,
                prompt=prompt,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                suffix=suffix,
                min_tokens=min_tokens,
                prompt_cache_key=prompt_cache_key,
            ),
        )
        return await self._transport.send_async(request, options)

    def stream(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        suffix: str | None | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[CompletionEvent]:
        """Fim Completion

        FIM completion.

        Args:
            model (str): ID of the model with FIM to use.
            prompt (str): The text/code to complete.
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
            metadata (FIMCompletionRequestMetadataType0 | None | Unset):
            suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt`
                and a `suffix` the model will fill what is between them. When `suffix` is not
                provided, the model will simply execute completion starting with `prompt`.
            min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
            prompt_cache_key (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[CompletionEvent] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _fim_completion_v1_fim_completions_post_stream,
            dict(
                model=model,
                prompt=prompt,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                suffix=suffix,
                min_tokens=min_tokens,
                prompt_cache_key=prompt_cache_key,
            ),
        )
        return self._transport.stream(request, options)

    async def stream_async(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        suffix: str | None | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[CompletionEvent]:
        """Fim Completion

        FIM completion.

        Args:
            model (str): ID of the model with FIM to use.
            prompt (str): The text/code to complete.
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
            metadata (FIMCompletionRequestMetadataType0 | None | Unset):
            suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt`
                and a `suffix` the model will fill what is between them. When `suffix` is not
                provided, the model will simply execute completion starting with `prompt`.
            min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
            prompt_cache_key (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[CompletionEvent] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _fim_completion_v1_fim_completions_post_stream,
            dict(
                model=model,
                prompt=prompt,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                suffix=suffix,
                min_tokens=min_tokens,
                prompt_cache_key=prompt_cache_key,
            ),
        )
        return await self._transport.stream_async(request, options)


class FimWithRawResponse:
    """`client.fim`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def complete(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        suffix: str | None | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FIMCompletionResponse]:
        """Fim Completion

        FIM completion.

        Args:
            model (str): ID of the model with FIM to use.
            prompt (str): The text/code to complete.
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
            metadata (FIMCompletionRequestMetadataType0 | None | Unset):
            suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt`
                and a `suffix` the model will fill what is between them. When `suffix` is not
                provided, the model will simply execute completion starting with `prompt`.
            min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
            prompt_cache_key (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FIMCompletionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _fim_completion_v1_fim_completions_post,
            dict(
                model=model,
                prompt=prompt,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                suffix=suffix,
                min_tokens=min_tokens,
                prompt_cache_key=prompt_cache_key,
            ),
        )
        return self._transport.send_raw(request, options)

    async def complete_async(
        self,
        *,
        model: str,
        prompt: str,
        temperature: float | None | Unset = UNSET,
        top_p: float | None | Unset = UNSET,
        max_tokens: int | None | Unset = UNSET,
        stop: str | Sequence[str] | None | Unset = UNSET,
        random_seed: int | None | Unset = UNSET,
        metadata: FIMCompletionRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        suffix: str | None | Unset = UNSET,
        min_tokens: int | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FIMCompletionResponse]:
        """Fim Completion

        FIM completion.

        Args:
            model (str): ID of the model with FIM to use.
            prompt (str): The text/code to complete.
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
            metadata (FIMCompletionRequestMetadataType0 | None | Unset):
            suffix (None | str | Unset): Optional text/code that adds more context for the model. When given a `prompt`
                and a `suffix` the model will fill what is between them. When `suffix` is not
                provided, the model will simply execute completion starting with `prompt`.
            min_tokens (int | None | Unset): The minimum number of tokens to generate in the completion.
            prompt_cache_key (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FIMCompletionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _fim_completion_v1_fim_completions_post,
            dict(
                model=model,
                prompt=prompt,
                temperature=temperature,
                top_p=top_p,
                max_tokens=max_tokens,
                stop=stop,
                random_seed=random_seed,
                metadata=metadata,
                suffix=suffix,
                min_tokens=min_tokens,
                prompt_cache_key=prompt_cache_key,
            ),
        )
        return await self._transport.send_raw_async(request, options)
