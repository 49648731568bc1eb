"""AudioSpeech: generated resource (`client.audio.speech`)."""

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
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.metadata_dict import MetadataDict
    from ...models.speech_output_format import SpeechOutputFormat
    from ...models.speech_request import SpeechRequest
    from ...models.speech_v1_audio_speech_post_speech_response import SpeechV1AudioSpeechPostSpeechResponse
else:
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    SpeechOutputFormat = _Lazy(globals(), "speech_output_format", "SpeechOutputFormat")
    SpeechRequest = _Lazy(globals(), "speech_request", "SpeechRequest")
    SpeechV1AudioSpeechPostSpeechResponse = _Lazy(
        globals(), "speech_v1_audio_speech_post_speech_response", "SpeechV1AudioSpeechPostSpeechResponse"
    )


_KEYWORDS_SPEECH_V1_AUDIO_SPEECH_POST = (
    "input",
    "model",
    "metadata",
    "prompt_cache_key",
    "voice_id",
    "ref_audio",
    "response_format",
)


def _decode_speech_v1_audio_speech_post(data: Any) -> SpeechV1AudioSpeechPostSpeechResponse:
    response_200 = SpeechV1AudioSpeechPostSpeechResponse.from_dict(data)

    return response_200


def _speech_v1_audio_speech_post(
    *,
    input: str,
    model: str | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
    voice_id: str | None | Unset = UNSET,
    ref_audio: str | None | Unset = UNSET,
    response_format: SpeechOutputFormat | str | Unset = UNSET,
) -> Request[SpeechV1AudioSpeechPostSpeechResponse]:

    _kwargs: dict[str, Any] = {}
    _body = SpeechRequest(
        input_=cast(Any, input),
        model=cast(Any, model),
        metadata=cast(Any, metadata),
        stream=UNSET,
        prompt_cache_key=cast(Any, prompt_cache_key),
        voice_id=cast(Any, voice_id),
        ref_audio=cast(Any, ref_audio),
        response_format=cast(Any, response_format),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/audio/speech",
        operation_id="speech_v1_audio_speech_post",
        decode=_decode_speech_v1_audio_speech_post,
        kind="json",
        keywords=_KEYWORDS_SPEECH_V1_AUDIO_SPEECH_POST,
        **_kwargs,
    )


def _speech_v1_audio_speech_post_stream(
    *,
    input: str,
    model: str | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    prompt_cache_key: str | None | Unset = UNSET,
    voice_id: str | None | Unset = UNSET,
    ref_audio: str | None | Unset = UNSET,
    response_format: SpeechOutputFormat | str | Unset = UNSET,
) -> Request[Any]:

    _kwargs: dict[str, Any] = {}
    _body = SpeechRequest(
        input_=cast(Any, input),
        model=cast(Any, model),
        metadata=cast(Any, metadata),
        stream=True,
        prompt_cache_key=cast(Any, prompt_cache_key),
        voice_id=cast(Any, voice_id),
        ref_audio=cast(Any, ref_audio),
        response_format=cast(Any, response_format),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/audio/speech",
        operation_id="speech_v1_audio_speech_post",
        decode=as_is,
        stream=True,
        event_fields=(),
        keywords=_KEYWORDS_SPEECH_V1_AUDIO_SPEECH_POST,
        **_kwargs,
    )


AudioSpeechCompleteResult: TypeAlias = SpeechV1AudioSpeechPostSpeechResponse


AudioSpeechCompleteStreamEvent: TypeAlias = Any


class AudioSpeech:
    """`client.audio.speech`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> AudioSpeechWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return AudioSpeechWithRawResponse(self._transport)

    def complete(
        self,
        *,
        input: str,
        model: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        voice_id: str | None | Unset = UNSET,
        ref_audio: str | None | Unset = UNSET,
        response_format: SpeechOutputFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SpeechV1AudioSpeechPostSpeechResponse:
        """Speech

        Speech

        Args:
            input (str): Text to generate a speech from
            model (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            prompt_cache_key (None | str | Unset):
            voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
            ref_audio (None | str | Unset): The audio reference for generating the speech.
            response_format (SpeechOutputFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SpeechV1AudioSpeechPostSpeechResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _speech_v1_audio_speech_post,
            dict(
                input=input,
                model=model,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
            ),
        )
        return self._transport.send(request, options)

    async def complete_async(
        self,
        *,
        input: str,
        model: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        voice_id: str | None | Unset = UNSET,
        ref_audio: str | None | Unset = UNSET,
        response_format: SpeechOutputFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SpeechV1AudioSpeechPostSpeechResponse:
        """Speech

        Speech

        Args:
            input (str): Text to generate a speech from
            model (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            prompt_cache_key (None | str | Unset):
            voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
            ref_audio (None | str | Unset): The audio reference for generating the speech.
            response_format (SpeechOutputFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SpeechV1AudioSpeechPostSpeechResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _speech_v1_audio_speech_post,
            dict(
                input=input,
                model=model,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
            ),
        )
        return await self._transport.send_async(request, options)

    def complete_stream(
        self,
        *,
        input: str,
        model: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        voice_id: str | None | Unset = UNSET,
        ref_audio: str | None | Unset = UNSET,
        response_format: SpeechOutputFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[Any]:
        """Speech

        Speech

        Args:
            input (str): Text to generate a speech from
            model (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            prompt_cache_key (None | str | Unset):
            voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
            ref_audio (None | str | Unset): The audio reference for generating the speech.
            response_format (SpeechOutputFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _speech_v1_audio_speech_post_stream,
            dict(
                input=input,
                model=model,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
            ),
        )
        return self._transport.stream(request, options)

    async def complete_stream_async(
        self,
        *,
        input: str,
        model: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        voice_id: str | None | Unset = UNSET,
        ref_audio: str | None | Unset = UNSET,
        response_format: SpeechOutputFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[Any]:
        """Speech

        Speech

        Args:
            input (str): Text to generate a speech from
            model (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            prompt_cache_key (None | str | Unset):
            voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
            ref_audio (None | str | Unset): The audio reference for generating the speech.
            response_format (SpeechOutputFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _speech_v1_audio_speech_post_stream,
            dict(
                input=input,
                model=model,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
            ),
        )
        return await self._transport.stream_async(request, options)


class AudioSpeechWithRawResponse:
    """`client.audio.speech`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def complete(
        self,
        *,
        input: str,
        model: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        voice_id: str | None | Unset = UNSET,
        ref_audio: str | None | Unset = UNSET,
        response_format: SpeechOutputFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SpeechV1AudioSpeechPostSpeechResponse]:
        """Speech

        Speech

        Args:
            input (str): Text to generate a speech from
            model (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            prompt_cache_key (None | str | Unset):
            voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
            ref_audio (None | str | Unset): The audio reference for generating the speech.
            response_format (SpeechOutputFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SpeechV1AudioSpeechPostSpeechResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _speech_v1_audio_speech_post,
            dict(
                input=input,
                model=model,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
            ),
        )
        return self._transport.send_raw(request, options)

    async def complete_async(
        self,
        *,
        input: str,
        model: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        prompt_cache_key: str | None | Unset = UNSET,
        voice_id: str | None | Unset = UNSET,
        ref_audio: str | None | Unset = UNSET,
        response_format: SpeechOutputFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SpeechV1AudioSpeechPostSpeechResponse]:
        """Speech

        Speech

        Args:
            input (str): Text to generate a speech from
            model (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            prompt_cache_key (None | str | Unset):
            voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
            ref_audio (None | str | Unset): The audio reference for generating the speech.
            response_format (SpeechOutputFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SpeechV1AudioSpeechPostSpeechResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _speech_v1_audio_speech_post,
            dict(
                input=input,
                model=model,
                metadata=metadata,
                prompt_cache_key=prompt_cache_key,
                voice_id=voice_id,
                ref_audio=ref_audio,
                response_format=response_format,
            ),
        )
        return await self._transport.send_raw_async(request, options)
