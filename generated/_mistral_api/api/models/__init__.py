"""Models: generated resource (`client.models`)."""

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
from ...models.http_validation_error_body import HTTPValidationErrorBody
from ...models.model_card import ModelCard
from ...models.model_list import ModelList
from ...types import UNSET, File, Unset

_KEYWORDS_LIST_MODELS_V1_MODELS_GET = ()


def _decode_list_models_v1_models_get(data: Any) -> ModelList:
    response_200 = ModelList.from_dict(data)

    return response_200


def _list_models_v1_models_get() -> Request[ModelList]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/models",
        operation_id="list_models_v1_models_get",
        decode=_decode_list_models_v1_models_get,
        kind="json",
        keywords=_KEYWORDS_LIST_MODELS_V1_MODELS_GET,
        **_kwargs,
    )


_KEYWORDS_RETRIEVE_MODEL_V1_MODELS_MODEL_ID_GET = ("model_id",)


def _decode_retrieve_model_v1_models_model_id_get(data: Any) -> ModelCard:
    response_200 = ModelCard.from_dict(data)

    return response_200


def _retrieve_model_v1_models_model_id_get(
    *,
    model_id: str,
) -> Request[ModelCard]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/models/{model_id}".format(
            model_id=quote(str(model_id), safe=""),
        ),
        operation_id="retrieve_model_v1_models_model_id_get",
        decode=_decode_retrieve_model_v1_models_model_id_get,
        kind="json",
        keywords=_KEYWORDS_RETRIEVE_MODEL_V1_MODELS_MODEL_ID_GET,
        **_kwargs,
    )


class Models:
    """`client.models`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> ModelsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return ModelsWithRawResponse(self._transport)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ModelList:
        """List Models

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModelList

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_list_models_v1_models_get, dict())
        return self._transport.send(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> ModelList:
        """List Models

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModelList

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_list_models_v1_models_get, dict())
        return await self._transport.send_async(request, options)

    def retrieve(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> ModelCard:
        """Retrieve Model

        Args:
            model_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModelCard

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send(request, options)

    async def retrieve_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> ModelCard:
        """Retrieve Model

        Args:
            model_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ModelCard

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_async(request, options)


class ModelsWithRawResponse:
    """`client.models`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModelList]:
        """List Models

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModelList]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_list_models_v1_models_get, dict())
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModelList]:
        """List Models

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModelList]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_list_models_v1_models_get, dict())
        return await self._transport.send_raw_async(request, options)

    def retrieve(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModelCard]:
        """Retrieve Model

        Args:
            model_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModelCard]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def retrieve_async(
        self,
        *,
        model_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ModelCard]:
        """Retrieve Model

        Args:
            model_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ModelCard]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _retrieve_model_v1_models_model_id_get,
            dict(
                model_id=model_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
