"""AudioVoices: generated resource (`client.audio.voices`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from io import BytesIO
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote
from uuid import UUID

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
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.list_voices_v1_audio_voices_get_type import ListVoicesV1AudioVoicesGetType
    from ...models.voice_create_request import VoiceCreateRequest
    from ...models.voice_list_response import VoiceListResponse
    from ...models.voice_response import VoiceResponse
    from ...models.voice_update_request import VoiceUpdateRequest
else:
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ListVoicesV1AudioVoicesGetType = _Lazy(
        globals(), "list_voices_v1_audio_voices_get_type", "ListVoicesV1AudioVoicesGetType"
    )
    VoiceCreateRequest = _Lazy(globals(), "voice_create_request", "VoiceCreateRequest")
    VoiceListResponse = _Lazy(globals(), "voice_list_response", "VoiceListResponse")
    VoiceResponse = _Lazy(globals(), "voice_response", "VoiceResponse")
    VoiceUpdateRequest = _Lazy(globals(), "voice_update_request", "VoiceUpdateRequest")


_KEYWORDS_LIST_VOICES_V1_AUDIO_VOICES_GET = (
    "limit",
    "offset",
    "type_",
)


def _decode_list_voices_v1_audio_voices_get(data: Any) -> VoiceListResponse:
    response_200 = VoiceListResponse.from_dict(data)

    return response_200


def _list_voices_v1_audio_voices_get(
    *,
    limit: int | Unset = 10,
    offset: int | Unset = 0,
    type_: ListVoicesV1AudioVoicesGetType | Unset = ListVoicesV1AudioVoicesGetType.ALL,
) -> Request[VoiceListResponse]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = str(type_)

    params["type"] = json_type_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/audio/voices",
        operation_id="list_voices_v1_audio_voices_get",
        decode=_decode_list_voices_v1_audio_voices_get,
        kind="json",
        keywords=_KEYWORDS_LIST_VOICES_V1_AUDIO_VOICES_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CREATE_VOICE_V1_AUDIO_VOICES_POST = (
    "name",
    "sample_audio",
    "slug",
    "languages",
    "gender",
    "age",
    "tags",
    "color",
    "description",
    "retention_notice",
    "sample_filename",
)


def _decode_create_voice_v1_audio_voices_post(data: Any) -> VoiceResponse:
    response_200 = VoiceResponse.from_dict(data)

    return response_200


def _create_voice_v1_audio_voices_post(
    *,
    name: str,
    sample_audio: str,
    slug: str | None | Unset = UNSET,
    languages: Sequence[str] | Unset = UNSET,
    gender: str | None | Unset = UNSET,
    age: int | None | Unset = UNSET,
    tags: Sequence[str] | None | Unset = UNSET,
    color: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    retention_notice: int | Unset = UNSET,
    sample_filename: str | None | Unset = UNSET,
) -> Request[VoiceResponse]:

    _kwargs: dict[str, Any] = {}
    _body = VoiceCreateRequest(
        name=cast(Any, name),
        sample_audio=cast(Any, sample_audio),
        slug=cast(Any, slug),
        languages=cast(Any, languages),
        gender=cast(Any, gender),
        age=cast(Any, age),
        tags=cast(Any, tags),
        color=cast(Any, color),
        description=cast(Any, description),
        retention_notice=cast(Any, retention_notice),
        sample_filename=cast(Any, sample_filename),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/audio/voices",
        operation_id="create_voice_v1_audio_voices_post",
        decode=_decode_create_voice_v1_audio_voices_post,
        kind="json",
        keywords=_KEYWORDS_CREATE_VOICE_V1_AUDIO_VOICES_POST,
        **_kwargs,
    )


_KEYWORDS_GET_VOICE_V1_AUDIO_VOICES_VOICE_ID_GET = ("voice_id",)


def _decode_get_voice_v1_audio_voices_voice_id_get(data: Any) -> VoiceResponse:
    response_200 = VoiceResponse.from_dict(data)

    return response_200


def _get_voice_v1_audio_voices_voice_id_get(
    *,
    voice_id: str,
) -> Request[VoiceResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/audio/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        operation_id="get_voice_v1_audio_voices_voice_id_get",
        decode=_decode_get_voice_v1_audio_voices_voice_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_VOICE_V1_AUDIO_VOICES_VOICE_ID_GET,
        **_kwargs,
    )


_KEYWORDS_DELETE_VOICE_V1_AUDIO_VOICES_VOICE_ID_DELETE = ("voice_id",)


def _decode_delete_voice_v1_audio_voices_voice_id_delete(data: Any) -> VoiceResponse:
    response_200 = VoiceResponse.from_dict(data)

    return response_200


def _delete_voice_v1_audio_voices_voice_id_delete(
    *,
    voice_id: UUID | str,
) -> Request[VoiceResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/audio/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        operation_id="delete_voice_v1_audio_voices_voice_id_delete",
        decode=_decode_delete_voice_v1_audio_voices_voice_id_delete,
        kind="json",
        keywords=_KEYWORDS_DELETE_VOICE_V1_AUDIO_VOICES_VOICE_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_UPDATE_VOICE_V1_AUDIO_VOICES_VOICE_ID_PATCH = (
    "voice_id",
    "name",
    "languages",
    "gender",
    "age",
    "tags",
    "description",
)


def _decode_update_voice_v1_audio_voices_voice_id_patch(data: Any) -> VoiceResponse:
    response_200 = VoiceResponse.from_dict(data)

    return response_200


def _update_voice_v1_audio_voices_voice_id_patch(
    *,
    voice_id: UUID | str,
    name: str | None | Unset = UNSET,
    languages: Sequence[str] | None | Unset = UNSET,
    gender: str | None | Unset = UNSET,
    age: int | None | Unset = UNSET,
    tags: Sequence[str] | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
) -> Request[VoiceResponse]:

    _kwargs: dict[str, Any] = {}
    _body = VoiceUpdateRequest(
        name=cast(Any, name),
        languages=cast(Any, languages),
        gender=cast(Any, gender),
        age=cast(Any, age),
        tags=cast(Any, tags),
        description=cast(Any, description),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/audio/voices/{voice_id}".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        operation_id="update_voice_v1_audio_voices_voice_id_patch",
        decode=_decode_update_voice_v1_audio_voices_voice_id_patch,
        kind="json",
        keywords=_KEYWORDS_UPDATE_VOICE_V1_AUDIO_VOICES_VOICE_ID_PATCH,
        **_kwargs,
    )


_KEYWORDS_GET_VOICE_SAMPLE_AUDIO_V1_AUDIO_VOICES_VOICE_ID_SAMPLE_GET = ("voice_id",)


def _get_voice_sample_audio_v1_audio_voices_voice_id_sample_get(
    *,
    voice_id: str,
) -> Request[bytes]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/audio/voices/{voice_id}/sample".format(
            voice_id=quote(str(voice_id), safe=""),
        ),
        operation_id="get_voice_sample_audio_v1_audio_voices_voice_id_sample_get",
        decode=as_bytes,
        kind="bytes",
        keywords=_KEYWORDS_GET_VOICE_SAMPLE_AUDIO_V1_AUDIO_VOICES_VOICE_ID_SAMPLE_GET,
        **_kwargs,
    )


AudioVoicesListResult: TypeAlias = VoiceListResponse


AudioVoicesCreateResult: TypeAlias = VoiceResponse


AudioVoicesGetResult: TypeAlias = VoiceResponse


AudioVoicesDeleteResult: TypeAlias = VoiceResponse


AudioVoicesUpdateResult: TypeAlias = VoiceResponse


AudioVoicesGetSampleAudioResult: TypeAlias = bytes


class AudioVoices:
    """`client.audio.voices`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> AudioVoicesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return AudioVoicesWithRawResponse(self._transport)

    def list(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        type_: ListVoicesV1AudioVoicesGetType | Unset = ListVoicesV1AudioVoicesGetType.ALL,
        **options: Unpack[RequestOptions],
    ) -> VoiceListResponse:
        """List all voices

        List all voices (excluding sample data)

        Args:
            limit (int | Unset): Maximum number of voices to return Default: 10.
            offset (int | Unset): Offset for pagination Default: 0.
            type_ (ListVoicesV1AudioVoicesGetType | Unset): Filter the voices between customs and
                presets Default: ListVoicesV1AudioVoicesGetType.ALL.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_voices_v1_audio_voices_get,
            dict(
                limit=limit,
                offset=offset,
                type_=type_,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        type_: ListVoicesV1AudioVoicesGetType | Unset = ListVoicesV1AudioVoicesGetType.ALL,
        **options: Unpack[RequestOptions],
    ) -> VoiceListResponse:
        """List all voices

        List all voices (excluding sample data)

        Args:
            limit (int | Unset): Maximum number of voices to return Default: 10.
            offset (int | Unset): Offset for pagination Default: 0.
            type_ (ListVoicesV1AudioVoicesGetType | Unset): Filter the voices between customs and
                presets Default: ListVoicesV1AudioVoicesGetType.ALL.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_voices_v1_audio_voices_get,
            dict(
                limit=limit,
                offset=offset,
                type_=type_,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: str | None | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        retention_notice: int | Unset = UNSET,
        sample_filename: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Create a new voice

        Create a new voice with a base64-encoded audio sample

        Args:
            name (str):
            sample_audio (str): Base64-encoded audio file
            slug (None | str | Unset):
            languages (list[str] | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            color (None | str | Unset):
            description (None | str | Unset):
            retention_notice (int | Unset):
            sample_filename (None | str | Unset): Original filename for extension detection
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_voice_v1_audio_voices_post,
            dict(
                name=name,
                sample_audio=sample_audio,
                slug=slug,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                color=color,
                description=description,
                retention_notice=retention_notice,
                sample_filename=sample_filename,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: str | None | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        retention_notice: int | Unset = UNSET,
        sample_filename: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Create a new voice

        Create a new voice with a base64-encoded audio sample

        Args:
            name (str):
            sample_audio (str): Base64-encoded audio file
            slug (None | str | Unset):
            languages (list[str] | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            color (None | str | Unset):
            description (None | str | Unset):
            retention_notice (int | Unset):
            sample_filename (None | str | Unset): Original filename for extension detection
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_voice_v1_audio_voices_post,
            dict(
                name=name,
                sample_audio=sample_audio,
                slug=slug,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                color=color,
                description=description,
                retention_notice=retention_notice,
                sample_filename=sample_filename,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Get voice details

        Get voice details (excluding sample)

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_v1_audio_voices_voice_id_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Get voice details

        Get voice details (excluding sample)

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_v1_audio_voices_voice_id_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        voice_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Delete a custom voice

        Delete a custom voice

        Args:
            voice_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_voice_v1_audio_voices_voice_id_delete,
            dict(
                voice_id=voice_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        voice_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Delete a custom voice

        Delete a custom voice

        Args:
            voice_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_voice_v1_audio_voices_voice_id_delete,
            dict(
                voice_id=voice_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        voice_id: UUID | str,
        name: str | None | Unset = UNSET,
        languages: Sequence[str] | None | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Update voice metadata

        Update voice metadata (name, gender, languages, age, tags).

        Args:
            voice_id (UUID):
            name (None | str | Unset):
            languages (list[str] | None | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_voice_v1_audio_voices_voice_id_patch,
            dict(
                voice_id=voice_id,
                name=name,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                description=description,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        voice_id: UUID | str,
        name: str | None | Unset = UNSET,
        languages: Sequence[str] | None | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VoiceResponse:
        """Update voice metadata

        Update voice metadata (name, gender, languages, age, tags).

        Args:
            voice_id (UUID):
            name (None | str | Unset):
            languages (list[str] | None | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VoiceResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_voice_v1_audio_voices_voice_id_patch,
            dict(
                voice_id=voice_id,
                name=name,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                description=description,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_sample_audio(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Get voice sample audio

        Get the audio sample for a voice

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            bytes

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_sample_audio_v1_audio_voices_voice_id_sample_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_sample_audio_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Get voice sample audio

        Get the audio sample for a voice

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            bytes

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_sample_audio_v1_audio_voices_voice_id_sample_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return await self._transport.send_async(request, options)


class AudioVoicesWithRawResponse:
    """`client.audio.voices`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        type_: ListVoicesV1AudioVoicesGetType | Unset = ListVoicesV1AudioVoicesGetType.ALL,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceListResponse]:
        """List all voices

        List all voices (excluding sample data)

        Args:
            limit (int | Unset): Maximum number of voices to return Default: 10.
            offset (int | Unset): Offset for pagination Default: 0.
            type_ (ListVoicesV1AudioVoicesGetType | Unset): Filter the voices between customs and
                presets Default: ListVoicesV1AudioVoicesGetType.ALL.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_voices_v1_audio_voices_get,
            dict(
                limit=limit,
                offset=offset,
                type_=type_,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        limit: int | Unset = 10,
        offset: int | Unset = 0,
        type_: ListVoicesV1AudioVoicesGetType | Unset = ListVoicesV1AudioVoicesGetType.ALL,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceListResponse]:
        """List all voices

        List all voices (excluding sample data)

        Args:
            limit (int | Unset): Maximum number of voices to return Default: 10.
            offset (int | Unset): Offset for pagination Default: 0.
            type_ (ListVoicesV1AudioVoicesGetType | Unset): Filter the voices between customs and
                presets Default: ListVoicesV1AudioVoicesGetType.ALL.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_voices_v1_audio_voices_get,
            dict(
                limit=limit,
                offset=offset,
                type_=type_,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: str | None | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        retention_notice: int | Unset = UNSET,
        sample_filename: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Create a new voice

        Create a new voice with a base64-encoded audio sample

        Args:
            name (str):
            sample_audio (str): Base64-encoded audio file
            slug (None | str | Unset):
            languages (list[str] | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            color (None | str | Unset):
            description (None | str | Unset):
            retention_notice (int | Unset):
            sample_filename (None | str | Unset): Original filename for extension detection
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_voice_v1_audio_voices_post,
            dict(
                name=name,
                sample_audio=sample_audio,
                slug=slug,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                color=color,
                description=description,
                retention_notice=retention_notice,
                sample_filename=sample_filename,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        name: str,
        sample_audio: str,
        slug: str | None | Unset = UNSET,
        languages: Sequence[str] | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        color: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        retention_notice: int | Unset = UNSET,
        sample_filename: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Create a new voice

        Create a new voice with a base64-encoded audio sample

        Args:
            name (str):
            sample_audio (str): Base64-encoded audio file
            slug (None | str | Unset):
            languages (list[str] | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            color (None | str | Unset):
            description (None | str | Unset):
            retention_notice (int | Unset):
            sample_filename (None | str | Unset): Original filename for extension detection
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_voice_v1_audio_voices_post,
            dict(
                name=name,
                sample_audio=sample_audio,
                slug=slug,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                color=color,
                description=description,
                retention_notice=retention_notice,
                sample_filename=sample_filename,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Get voice details

        Get voice details (excluding sample)

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_v1_audio_voices_voice_id_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Get voice details

        Get voice details (excluding sample)

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_v1_audio_voices_voice_id_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        voice_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Delete a custom voice

        Delete a custom voice

        Args:
            voice_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_voice_v1_audio_voices_voice_id_delete,
            dict(
                voice_id=voice_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        voice_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Delete a custom voice

        Delete a custom voice

        Args:
            voice_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_voice_v1_audio_voices_voice_id_delete,
            dict(
                voice_id=voice_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        voice_id: UUID | str,
        name: str | None | Unset = UNSET,
        languages: Sequence[str] | None | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Update voice metadata

        Update voice metadata (name, gender, languages, age, tags).

        Args:
            voice_id (UUID):
            name (None | str | Unset):
            languages (list[str] | None | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_voice_v1_audio_voices_voice_id_patch,
            dict(
                voice_id=voice_id,
                name=name,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                description=description,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        voice_id: UUID | str,
        name: str | None | Unset = UNSET,
        languages: Sequence[str] | None | Unset = UNSET,
        gender: str | None | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VoiceResponse]:
        """Update voice metadata

        Update voice metadata (name, gender, languages, age, tags).

        Args:
            voice_id (UUID):
            name (None | str | Unset):
            languages (list[str] | None | Unset):
            gender (None | str | Unset):
            age (int | None | Unset):
            tags (list[str] | None | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VoiceResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_voice_v1_audio_voices_voice_id_patch,
            dict(
                voice_id=voice_id,
                name=name,
                languages=languages,
                gender=gender,
                age=age,
                tags=tags,
                description=description,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_sample_audio(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[bytes]:
        """Get voice sample audio

        Get the audio sample for a voice

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[bytes]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_sample_audio_v1_audio_voices_voice_id_sample_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_sample_audio_async(
        self,
        *,
        voice_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[bytes]:
        """Get voice sample audio

        Get the audio sample for a voice

        Args:
            voice_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[bytes]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_voice_sample_audio_v1_audio_voices_voice_id_sample_get,
            dict(
                voice_id=voice_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
