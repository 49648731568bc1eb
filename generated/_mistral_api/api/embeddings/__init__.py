"""Embeddings: generated resource (`client.embeddings`)."""

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
    from ...models.embedding_dtype import EmbeddingDtype
    from ...models.embedding_request import EmbeddingRequest
    from ...models.embedding_request_metadata_type_0 import EmbeddingRequestMetadataType0
    from ...models.embedding_response import EmbeddingResponse
    from ...models.encoding_format import EncodingFormat
    from ...models.http_validation_error_body import HTTPValidationErrorBody
else:
    EmbeddingDtype = _Lazy(globals(), "embedding_dtype", "EmbeddingDtype")
    EmbeddingRequest = _Lazy(globals(), "embedding_request", "EmbeddingRequest")
    EmbeddingRequestMetadataType0 = _Lazy(
        globals(), "embedding_request_metadata_type_0", "EmbeddingRequestMetadataType0"
    )
    EmbeddingResponse = _Lazy(globals(), "embedding_response", "EmbeddingResponse")
    EncodingFormat = _Lazy(globals(), "encoding_format", "EncodingFormat")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")


_KEYWORDS_EMBEDDINGS_V1_EMBEDDINGS_POST = (
    "model",
    "inputs",
    "metadata",
    "output_dimension",
    "output_dtype",
    "encoding_format",
)


def _decode_embeddings_v1_embeddings_post(data: Any) -> EmbeddingResponse:
    response_200 = EmbeddingResponse.from_dict(data)

    return response_200


def _embeddings_v1_embeddings_post(
    *,
    model: str,
    inputs: str | Sequence[str],
    metadata: EmbeddingRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
    output_dimension: int | None | Unset = UNSET,
    output_dtype: EmbeddingDtype | str | Unset = UNSET,
    encoding_format: EncodingFormat | str | Unset = UNSET,
) -> Request[EmbeddingResponse]:

    _kwargs: dict[str, Any] = {}
    _body = EmbeddingRequest(
        model=cast(Any, model),
        input_=cast(Any, inputs),
        metadata=cast(Any, metadata),
        output_dimension=cast(Any, output_dimension),
        output_dtype=cast(Any, output_dtype),
        encoding_format=cast(Any, encoding_format),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/embeddings",
        operation_id="embeddings_v1_embeddings_post",
        decode=_decode_embeddings_v1_embeddings_post,
        kind="json",
        keywords=_KEYWORDS_EMBEDDINGS_V1_EMBEDDINGS_POST,
        **_kwargs,
    )


EmbeddingsCreateResult: TypeAlias = EmbeddingResponse


class Embeddings:
    """`client.embeddings`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> EmbeddingsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return EmbeddingsWithRawResponse(self._transport)

    def create(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: EmbeddingRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        output_dimension: int | None | Unset = UNSET,
        output_dtype: EmbeddingDtype | str | Unset = UNSET,
        encoding_format: EncodingFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmbeddingResponse:
        """Embeddings

        Embeddings

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to embed.
            metadata (EmbeddingRequestMetadataType0 | None | Unset):
            output_dimension (int | None | Unset): The dimension of the output embeddings when feature available. If not provided,
                a default output dimension will be used.
            output_dtype (EmbeddingDtype | Unset):
            encoding_format (EncodingFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EmbeddingResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _embeddings_v1_embeddings_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
                output_dimension=output_dimension,
                output_dtype=output_dtype,
                encoding_format=encoding_format,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: EmbeddingRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        output_dimension: int | None | Unset = UNSET,
        output_dtype: EmbeddingDtype | str | Unset = UNSET,
        encoding_format: EncodingFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EmbeddingResponse:
        """Embeddings

        Embeddings

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to embed.
            metadata (EmbeddingRequestMetadataType0 | None | Unset):
            output_dimension (int | None | Unset): The dimension of the output embeddings when feature available. If not provided,
                a default output dimension will be used.
            output_dtype (EmbeddingDtype | Unset):
            encoding_format (EncodingFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EmbeddingResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _embeddings_v1_embeddings_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
                output_dimension=output_dimension,
                output_dtype=output_dtype,
                encoding_format=encoding_format,
            ),
        )
        return await self._transport.send_async(request, options)


class EmbeddingsWithRawResponse:
    """`client.embeddings`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def create(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: EmbeddingRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        output_dimension: int | None | Unset = UNSET,
        output_dtype: EmbeddingDtype | str | Unset = UNSET,
        encoding_format: EncodingFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[EmbeddingResponse]:
        """Embeddings

        Embeddings

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to embed.
            metadata (EmbeddingRequestMetadataType0 | None | Unset):
            output_dimension (int | None | Unset): The dimension of the output embeddings when feature available. If not provided,
                a default output dimension will be used.
            output_dtype (EmbeddingDtype | Unset):
            encoding_format (EncodingFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[EmbeddingResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _embeddings_v1_embeddings_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
                output_dimension=output_dimension,
                output_dtype=output_dtype,
                encoding_format=encoding_format,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        model: str,
        inputs: str | Sequence[str],
        metadata: EmbeddingRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        output_dimension: int | None | Unset = UNSET,
        output_dtype: EmbeddingDtype | str | Unset = UNSET,
        encoding_format: EncodingFormat | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[EmbeddingResponse]:
        """Embeddings

        Embeddings

        Args:
            model (str): ID of the model to use.
            inputs (list[str] | str): Text to embed.
            metadata (EmbeddingRequestMetadataType0 | None | Unset):
            output_dimension (int | None | Unset): The dimension of the output embeddings when feature available. If not provided,
                a default output dimension will be used.
            output_dtype (EmbeddingDtype | Unset):
            encoding_format (EncodingFormat | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[EmbeddingResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _embeddings_v1_embeddings_post,
            dict(
                model=model,
                inputs=inputs,
                metadata=metadata,
                output_dimension=output_dimension,
                output_dtype=output_dtype,
                encoding_format=encoding_format,
            ),
        )
        return await self._transport.send_raw_async(request, options)
