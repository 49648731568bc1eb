"""AudioTranscriptions: generated resource (`client.audio.transcriptions`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from io import BytesIO
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
from ...types import UNSET, File, FileTypes, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.audio_transcription_request import AudioTranscriptionRequest
    from ...models.timestamp_granularity import TimestampGranularity
    from ...models.transcription_response import TranscriptionResponse
    from ...models.transcription_stream_events import TranscriptionStreamEvents
else:
    AudioTranscriptionRequest = _Lazy(globals(), "audio_transcription_request", "AudioTranscriptionRequest")
    TimestampGranularity = _Lazy(globals(), "timestamp_granularity", "TimestampGranularity")
    TranscriptionResponse = _Lazy(globals(), "transcription_response", "TranscriptionResponse")
    TranscriptionStreamEvents = _Lazy(globals(), "transcription_stream_events", "TranscriptionStreamEvents")


_KEYWORDS_AUDIO_API_V1_TRANSCRIPTIONS_POST = (
    "model",
    "file",
    "file_url",
    "file_id",
    "language",
    "temperature",
    "diarize",
    "context_bias",
    "timestamp_granularities",
)


def _decode_audio_api_v1_transcriptions_post(data: Any) -> TranscriptionResponse:
    response_200 = TranscriptionResponse.from_dict(data)

    return response_200


def _audio_api_v1_transcriptions_post(
    *,
    model: str,
    file: File | bytes | IO[bytes] | None | Unset = UNSET,
    file_url: str | None | Unset = UNSET,
    file_id: str | None | Unset = UNSET,
    language: str | None | Unset = UNSET,
    temperature: float | None | Unset = UNSET,
    diarize: bool | Unset = UNSET,
    context_bias: Sequence[str] | Unset = UNSET,
    timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
) -> Request[TranscriptionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = AudioTranscriptionRequest(
        model=cast(Any, model),
        file=UNSET if isinstance(file, Unset) else None if file is None else to_file(file),
        file_url=cast(Any, file_url),
        file_id=cast(Any, file_id),
        language=cast(Any, language),
        temperature=cast(Any, temperature),
        stream=UNSET,
        diarize=cast(Any, diarize),
        context_bias=cast(Any, context_bias),
        timestamp_granularities=cast(Any, timestamp_granularities),
    )
    _kwargs["files"] = _body.to_multipart()
    return Request(
        method="POST",
        path="/v1/audio/transcriptions",
        operation_id="audio_api_v1_transcriptions_post",
        decode=_decode_audio_api_v1_transcriptions_post,
        kind="json",
        keywords=_KEYWORDS_AUDIO_API_V1_TRANSCRIPTIONS_POST,
        **_kwargs,
    )


def _audio_api_v1_transcriptions_post_stream(
    *,
    model: str,
    file: File | bytes | IO[bytes] | None | Unset = UNSET,
    file_url: str | None | Unset = UNSET,
    file_id: str | None | Unset = UNSET,
    language: str | None | Unset = UNSET,
    temperature: float | None | Unset = UNSET,
    diarize: bool | Unset = UNSET,
    context_bias: Sequence[str] | Unset = UNSET,
    timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
) -> Request[TranscriptionStreamEvents]:

    _kwargs: dict[str, Any] = {}
    _body = AudioTranscriptionRequest(
        model=cast(Any, model),
        file=UNSET if isinstance(file, Unset) else None if file is None else to_file(file),
        file_url=cast(Any, file_url),
        file_id=cast(Any, file_id),
        language=cast(Any, language),
        temperature=cast(Any, temperature),
        stream=True,
        diarize=cast(Any, diarize),
        context_bias=cast(Any, context_bias),
        timestamp_granularities=cast(Any, timestamp_granularities),
    )
    _kwargs["files"] = _body.to_multipart()
    return Request(
        method="POST",
        path="/v1/audio/transcriptions",
        operation_id="audio_api_v1_transcriptions_post",
        decode=TranscriptionStreamEvents.from_dict,
        stream=True,
        event_fields=(
            "event",
            "data",
        ),
        keywords=_KEYWORDS_AUDIO_API_V1_TRANSCRIPTIONS_POST,
        **_kwargs,
    )


AudioTranscriptionsCompleteResult: TypeAlias = TranscriptionResponse


AudioTranscriptionsStreamEvent: TypeAlias = TranscriptionStreamEvents


class AudioTranscriptions:
    """`client.audio.transcriptions`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> AudioTranscriptionsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return AudioTranscriptionsWithRawResponse(self._transport)

    def complete(
        self,
        *,
        model: str,
        file: File | bytes | IO[bytes] | None | Unset = UNSET,
        file_url: str | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: Sequence[str] | Unset = UNSET,
        timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TranscriptionResponse:
        """Create Transcription

        Create Transcription

        Args:
            model (str): ID of the model to be used.
            file (File | None | Unset):
            file_url (None | str | Unset): Url of a file to be transcribed
            file_id (None | str | Unset): ID of a file uploaded to /v1/files
            language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
            temperature (float | None | Unset):
            diarize (bool | Unset):
            context_bias (list[str] | Unset):
            timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the response.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            TranscriptionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _audio_api_v1_transcriptions_post,
            dict(
                model=model,
                file=file,
                file_url=file_url,
                file_id=file_id,
                language=language,
                temperature=temperature,
                diarize=diarize,
                context_bias=context_bias,
                timestamp_granularities=timestamp_granularities,
            ),
        )
        return self._transport.send(request, options)

    async def complete_async(
        self,
        *,
        model: str,
        file: File | bytes | IO[bytes] | None | Unset = UNSET,
        file_url: str | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: Sequence[str] | Unset = UNSET,
        timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> TranscriptionResponse:
        """Create Transcription

        Create Transcription

        Args:
            model (str): ID of the model to be used.
            file (File | None | Unset):
            file_url (None | str | Unset): Url of a file to be transcribed
            file_id (None | str | Unset): ID of a file uploaded to /v1/files
            language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
            temperature (float | None | Unset):
            diarize (bool | Unset):
            context_bias (list[str] | Unset):
            timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the response.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            TranscriptionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _audio_api_v1_transcriptions_post,
            dict(
                model=model,
                file=file,
                file_url=file_url,
                file_id=file_id,
                language=language,
                temperature=temperature,
                diarize=diarize,
                context_bias=context_bias,
                timestamp_granularities=timestamp_granularities,
            ),
        )
        return await self._transport.send_async(request, options)

    def stream(
        self,
        *,
        model: str,
        file: File | bytes | IO[bytes] | None | Unset = UNSET,
        file_url: str | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: Sequence[str] | Unset = UNSET,
        timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[TranscriptionStreamEvents]:
        """Create Transcription

        Create Transcription

        Args:
            model (str): ID of the model to be used.
            file (File | None | Unset):
            file_url (None | str | Unset): Url of a file to be transcribed
            file_id (None | str | Unset): ID of a file uploaded to /v1/files
            language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
            temperature (float | None | Unset):
            diarize (bool | Unset):
            context_bias (list[str] | Unset):
            timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the response.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[TranscriptionStreamEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _audio_api_v1_transcriptions_post_stream,
            dict(
                model=model,
                file=file,
                file_url=file_url,
                file_id=file_id,
                language=language,
                temperature=temperature,
                diarize=diarize,
                context_bias=context_bias,
                timestamp_granularities=timestamp_granularities,
            ),
        )
        return self._transport.stream(request, options)

    async def stream_async(
        self,
        *,
        model: str,
        file: File | bytes | IO[bytes] | None | Unset = UNSET,
        file_url: str | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: Sequence[str] | Unset = UNSET,
        timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[TranscriptionStreamEvents]:
        """Create Transcription

        Create Transcription

        Args:
            model (str): ID of the model to be used.
            file (File | None | Unset):
            file_url (None | str | Unset): Url of a file to be transcribed
            file_id (None | str | Unset): ID of a file uploaded to /v1/files
            language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
            temperature (float | None | Unset):
            diarize (bool | Unset):
            context_bias (list[str] | Unset):
            timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the response.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[TranscriptionStreamEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _audio_api_v1_transcriptions_post_stream,
            dict(
                model=model,
                file=file,
                file_url=file_url,
                file_id=file_id,
                language=language,
                temperature=temperature,
                diarize=diarize,
                context_bias=context_bias,
                timestamp_granularities=timestamp_granularities,
            ),
        )
        return await self._transport.stream_async(request, options)


class AudioTranscriptionsWithRawResponse:
    """`client.audio.transcriptions`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def complete(
        self,
        *,
        model: str,
        file: File | bytes | IO[bytes] | None | Unset = UNSET,
        file_url: str | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: Sequence[str] | Unset = UNSET,
        timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[TranscriptionResponse]:
        """Create Transcription

        Create Transcription

        Args:
            model (str): ID of the model to be used.
            file (File | None | Unset):
            file_url (None | str | Unset): Url of a file to be transcribed
            file_id (None | str | Unset): ID of a file uploaded to /v1/files
            language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
            temperature (float | None | Unset):
            diarize (bool | Unset):
            context_bias (list[str] | Unset):
            timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the response.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[TranscriptionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _audio_api_v1_transcriptions_post,
            dict(
                model=model,
                file=file,
                file_url=file_url,
                file_id=file_id,
                language=language,
                temperature=temperature,
                diarize=diarize,
                context_bias=context_bias,
                timestamp_granularities=timestamp_granularities,
            ),
        )
        return self._transport.send_raw(request, options)

    async def complete_async(
        self,
        *,
        model: str,
        file: File | bytes | IO[bytes] | None | Unset = UNSET,
        file_url: str | None | Unset = UNSET,
        file_id: str | None | Unset = UNSET,
        language: str | None | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: Sequence[str] | Unset = UNSET,
        timestamp_granularities: Sequence[TimestampGranularity | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[TranscriptionResponse]:
        """Create Transcription

        Create Transcription

        Args:
            model (str): ID of the model to be used.
            file (File | None | Unset):
            file_url (None | str | Unset): Url of a file to be transcribed
            file_id (None | str | Unset): ID of a file uploaded to /v1/files
            language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
            temperature (float | None | Unset):
            diarize (bool | Unset):
            context_bias (list[str] | Unset):
            timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the response.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[TranscriptionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _audio_api_v1_transcriptions_post,
            dict(
                model=model,
                file=file,
                file_url=file_url,
                file_id=file_id,
                language=language,
                temperature=temperature,
                diarize=diarize,
                context_bias=context_bias,
                timestamp_granularities=timestamp_granularities,
            ),
        )
        return await self._transport.send_raw_async(request, options)
