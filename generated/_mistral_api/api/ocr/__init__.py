"""Ocr: generated resource (`client.ocr`)."""

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
    from ...models.document_url_chunk import DocumentURLChunk
    from ...models.file_chunk import FileChunk
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.image_url_chunk import ImageURLChunk
    from ...models.ocr_request import OCRRequest
    from ...models.ocr_request_confidence_scores_granularity_type_0 import OCRRequestConfidenceScoresGranularityType0
    from ...models.ocr_request_table_format_type_0 import OCRRequestTableFormatType0
    from ...models.ocr_response import OCRResponse
    from ...models.response_format import ResponseFormat
else:
    DocumentURLChunk = _Lazy(globals(), "document_url_chunk", "DocumentURLChunk")
    FileChunk = _Lazy(globals(), "file_chunk", "FileChunk")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ImageURLChunk = _Lazy(globals(), "image_url_chunk", "ImageURLChunk")
    OCRRequest = _Lazy(globals(), "ocr_request", "OCRRequest")
    OCRRequestConfidenceScoresGranularityType0 = _Lazy(
        globals(), "ocr_request_confidence_scores_granularity_type_0", "OCRRequestConfidenceScoresGranularityType0"
    )
    OCRRequestTableFormatType0 = _Lazy(globals(), "ocr_request_table_format_type_0", "OCRRequestTableFormatType0")
    OCRResponse = _Lazy(globals(), "ocr_response", "OCRResponse")
    ResponseFormat = _Lazy(globals(), "response_format", "ResponseFormat")


_KEYWORDS_OCR_V1_OCR_POST = (
    "model",
    "document",
    "pages",
    "include_image_base64",
    "image_limit",
    "image_min_size",
    "bbox_annotation_format",
    "document_annotation_format",
    "document_annotation_prompt",
    "table_format",
    "extract_header",
    "extract_footer",
    "include_blocks",
    "confidence_scores_granularity",
)


def _decode_ocr_v1_ocr_post(data: Any) -> OCRResponse:
    response_200 = OCRResponse.from_dict(data)

    return response_200


def _ocr_v1_ocr_post(
    *,
    model: str | None,
    document: FileChunk | Mapping[str, Any] | DocumentURLChunk | ImageURLChunk,
    pages: str | Sequence[int] | None | Unset = UNSET,
    include_image_base64: bool | None | Unset = UNSET,
    image_limit: int | None | Unset = UNSET,
    image_min_size: int | None | Unset = UNSET,
    bbox_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
    document_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
    document_annotation_prompt: str | None | Unset = UNSET,
    table_format: OCRRequestTableFormatType0 | str | None | Unset = UNSET,
    extract_header: bool | Unset = UNSET,
    extract_footer: bool | Unset = UNSET,
    include_blocks: bool | Unset = UNSET,
    confidence_scores_granularity: OCRRequestConfidenceScoresGranularityType0 | str | None | Unset = UNSET,
) -> Request[OCRResponse]:

    _kwargs: dict[str, Any] = {}
    _body = OCRRequest(
        model=cast(Any, model),
        document=cast(Any, document),
        pages=cast(Any, pages),
        include_image_base64=cast(Any, include_image_base64),
        image_limit=cast(Any, image_limit),
        image_min_size=cast(Any, image_min_size),
        bbox_annotation_format=cast(Any, bbox_annotation_format),
        document_annotation_format=cast(Any, document_annotation_format),
        document_annotation_prompt=cast(Any, document_annotation_prompt),
        table_format=cast(Any, table_format),
        extract_header=cast(Any, extract_header),
        extract_footer=cast(Any, extract_footer),
        include_blocks=cast(Any, include_blocks),
        confidence_scores_granularity=cast(Any, confidence_scores_granularity),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/ocr",
        operation_id="ocr_v1_ocr_post",
        decode=_decode_ocr_v1_ocr_post,
        kind="json",
        keywords=_KEYWORDS_OCR_V1_OCR_POST,
        **_kwargs,
    )


OcrProcessResult: TypeAlias = OCRResponse


class Ocr:
    """`client.ocr`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> OcrWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return OcrWithRawResponse(self._transport)

    def process(
        self,
        *,
        model: str | None,
        document: FileChunk | Mapping[str, Any] | DocumentURLChunk | ImageURLChunk,
        pages: str | Sequence[int] | None | Unset = UNSET,
        include_image_base64: bool | None | Unset = UNSET,
        image_limit: int | None | Unset = UNSET,
        image_min_size: int | None | Unset = UNSET,
        bbox_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_prompt: str | None | Unset = UNSET,
        table_format: OCRRequestTableFormatType0 | str | None | Unset = UNSET,
        extract_header: bool | Unset = UNSET,
        extract_footer: bool | Unset = UNSET,
        include_blocks: bool | Unset = UNSET,
        confidence_scores_granularity: OCRRequestConfidenceScoresGranularityType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OCRResponse:
        """OCR

        OCR

        Args:
            model (None | str):
            document (DocumentURLChunk | FileChunk | ImageURLChunk): Document to run OCR on
            pages (list[int] | None | str | Unset): Specific pages to process. Accepts a list of integers or a string of comma-
                separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers
                start from 0.
            include_image_base64 (bool | None | Unset): Include image URLs in response
            image_limit (int | None | Unset): Max images to extract
            image_min_size (int | None | Unset): Minimum height and width of image to extract
            bbox_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from each extracted
                bounding box / image from document. Only json_schema is valid for this field
            document_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from the entire
                document. Only json_schema is valid for this field
            document_annotation_prompt (None | str | Unset): Optional prompt to guide the model in extracting structured output from the
                entire document. A document_annotation_format must be provided.
            table_format (None | OCRRequestTableFormatType0 | Unset):
            extract_header (bool | Unset): Extract the page header into the response's `header` field and remove it from
                the markdown content
            extract_footer (bool | Unset): Extract the page footer into the response's `footer` field and remove it from
                the markdown content
            include_blocks (bool | Unset): Return paragraph-level bounding boxes for all content blocks in the response
            confidence_scores_granularity (None | OCRRequestConfidenceScoresGranularityType0 | Unset): Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word
                scores), or 'block' (per-block scores). Defaults to None (no confidence scores)
                to keep response payload small.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OCRResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _ocr_v1_ocr_post,
            dict(
                model=model,
                document=document,
                pages=pages,
                include_image_base64=include_image_base64,
                image_limit=image_limit,
                image_min_size=image_min_size,
                bbox_annotation_format=bbox_annotation_format,
                document_annotation_format=document_annotation_format,
                document_annotation_prompt=document_annotation_prompt,
                table_format=table_format,
                extract_header=extract_header,
                extract_footer=extract_footer,
                include_blocks=include_blocks,
                confidence_scores_granularity=confidence_scores_granularity,
            ),
        )
        return self._transport.send(request, options)

    async def process_async(
        self,
        *,
        model: str | None,
        document: FileChunk | Mapping[str, Any] | DocumentURLChunk | ImageURLChunk,
        pages: str | Sequence[int] | None | Unset = UNSET,
        include_image_base64: bool | None | Unset = UNSET,
        image_limit: int | None | Unset = UNSET,
        image_min_size: int | None | Unset = UNSET,
        bbox_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_prompt: str | None | Unset = UNSET,
        table_format: OCRRequestTableFormatType0 | str | None | Unset = UNSET,
        extract_header: bool | Unset = UNSET,
        extract_footer: bool | Unset = UNSET,
        include_blocks: bool | Unset = UNSET,
        confidence_scores_granularity: OCRRequestConfidenceScoresGranularityType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OCRResponse:
        """OCR

        OCR

        Args:
            model (None | str):
            document (DocumentURLChunk | FileChunk | ImageURLChunk): Document to run OCR on
            pages (list[int] | None | str | Unset): Specific pages to process. Accepts a list of integers or a string of comma-
                separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers
                start from 0.
            include_image_base64 (bool | None | Unset): Include image URLs in response
            image_limit (int | None | Unset): Max images to extract
            image_min_size (int | None | Unset): Minimum height and width of image to extract
            bbox_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from each extracted
                bounding box / image from document. Only json_schema is valid for this field
            document_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from the entire
                document. Only json_schema is valid for this field
            document_annotation_prompt (None | str | Unset): Optional prompt to guide the model in extracting structured output from the
                entire document. A document_annotation_format must be provided.
            table_format (None | OCRRequestTableFormatType0 | Unset):
            extract_header (bool | Unset): Extract the page header into the response's `header` field and remove it from
                the markdown content
            extract_footer (bool | Unset): Extract the page footer into the response's `footer` field and remove it from
                the markdown content
            include_blocks (bool | Unset): Return paragraph-level bounding boxes for all content blocks in the response
            confidence_scores_granularity (None | OCRRequestConfidenceScoresGranularityType0 | Unset): Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word
                scores), or 'block' (per-block scores). Defaults to None (no confidence scores)
                to keep response payload small.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OCRResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _ocr_v1_ocr_post,
            dict(
                model=model,
                document=document,
                pages=pages,
                include_image_base64=include_image_base64,
                image_limit=image_limit,
                image_min_size=image_min_size,
                bbox_annotation_format=bbox_annotation_format,
                document_annotation_format=document_annotation_format,
                document_annotation_prompt=document_annotation_prompt,
                table_format=table_format,
                extract_header=extract_header,
                extract_footer=extract_footer,
                include_blocks=include_blocks,
                confidence_scores_granularity=confidence_scores_granularity,
            ),
        )
        return await self._transport.send_async(request, options)


class OcrWithRawResponse:
    """`client.ocr`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def process(
        self,
        *,
        model: str | None,
        document: FileChunk | Mapping[str, Any] | DocumentURLChunk | ImageURLChunk,
        pages: str | Sequence[int] | None | Unset = UNSET,
        include_image_base64: bool | None | Unset = UNSET,
        image_limit: int | None | Unset = UNSET,
        image_min_size: int | None | Unset = UNSET,
        bbox_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_prompt: str | None | Unset = UNSET,
        table_format: OCRRequestTableFormatType0 | str | None | Unset = UNSET,
        extract_header: bool | Unset = UNSET,
        extract_footer: bool | Unset = UNSET,
        include_blocks: bool | Unset = UNSET,
        confidence_scores_granularity: OCRRequestConfidenceScoresGranularityType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OCRResponse]:
        """OCR

        OCR

        Args:
            model (None | str):
            document (DocumentURLChunk | FileChunk | ImageURLChunk): Document to run OCR on
            pages (list[int] | None | str | Unset): Specific pages to process. Accepts a list of integers or a string of comma-
                separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers
                start from 0.
            include_image_base64 (bool | None | Unset): Include image URLs in response
            image_limit (int | None | Unset): Max images to extract
            image_min_size (int | None | Unset): Minimum height and width of image to extract
            bbox_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from each extracted
                bounding box / image from document. Only json_schema is valid for this field
            document_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from the entire
                document. Only json_schema is valid for this field
            document_annotation_prompt (None | str | Unset): Optional prompt to guide the model in extracting structured output from the
                entire document. A document_annotation_format must be provided.
            table_format (None | OCRRequestTableFormatType0 | Unset):
            extract_header (bool | Unset): Extract the page header into the response's `header` field and remove it from
                the markdown content
            extract_footer (bool | Unset): Extract the page footer into the response's `footer` field and remove it from
                the markdown content
            include_blocks (bool | Unset): Return paragraph-level bounding boxes for all content blocks in the response
            confidence_scores_granularity (None | OCRRequestConfidenceScoresGranularityType0 | Unset): Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word
                scores), or 'block' (per-block scores). Defaults to None (no confidence scores)
                to keep response payload small.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OCRResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _ocr_v1_ocr_post,
            dict(
                model=model,
                document=document,
                pages=pages,
                include_image_base64=include_image_base64,
                image_limit=image_limit,
                image_min_size=image_min_size,
                bbox_annotation_format=bbox_annotation_format,
                document_annotation_format=document_annotation_format,
                document_annotation_prompt=document_annotation_prompt,
                table_format=table_format,
                extract_header=extract_header,
                extract_footer=extract_footer,
                include_blocks=include_blocks,
                confidence_scores_granularity=confidence_scores_granularity,
            ),
        )
        return self._transport.send_raw(request, options)

    async def process_async(
        self,
        *,
        model: str | None,
        document: FileChunk | Mapping[str, Any] | DocumentURLChunk | ImageURLChunk,
        pages: str | Sequence[int] | None | Unset = UNSET,
        include_image_base64: bool | None | Unset = UNSET,
        image_limit: int | None | Unset = UNSET,
        image_min_size: int | None | Unset = UNSET,
        bbox_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_format: ResponseFormat | Mapping[str, Any] | None | Unset = UNSET,
        document_annotation_prompt: str | None | Unset = UNSET,
        table_format: OCRRequestTableFormatType0 | str | None | Unset = UNSET,
        extract_header: bool | Unset = UNSET,
        extract_footer: bool | Unset = UNSET,
        include_blocks: bool | Unset = UNSET,
        confidence_scores_granularity: OCRRequestConfidenceScoresGranularityType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OCRResponse]:
        """OCR

        OCR

        Args:
            model (None | str):
            document (DocumentURLChunk | FileChunk | ImageURLChunk): Document to run OCR on
            pages (list[int] | None | str | Unset): Specific pages to process. Accepts a list of integers or a string of comma-
                separated numbers and ranges (e.g. '0,1,2' or '0-5' or '0,2-4'). Page numbers
                start from 0.
            include_image_base64 (bool | None | Unset): Include image URLs in response
            image_limit (int | None | Unset): Max images to extract
            image_min_size (int | None | Unset): Minimum height and width of image to extract
            bbox_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from each extracted
                bounding box / image from document. Only json_schema is valid for this field
            document_annotation_format (None | ResponseFormat | Unset): Structured output class for extracting useful information from the entire
                document. Only json_schema is valid for this field
            document_annotation_prompt (None | str | Unset): Optional prompt to guide the model in extracting structured output from the
                entire document. A document_annotation_format must be provided.
            table_format (None | OCRRequestTableFormatType0 | Unset):
            extract_header (bool | Unset): Extract the page header into the response's `header` field and remove it from
                the markdown content
            extract_footer (bool | Unset): Extract the page footer into the response's `footer` field and remove it from
                the markdown content
            include_blocks (bool | Unset): Return paragraph-level bounding boxes for all content blocks in the response
            confidence_scores_granularity (None | OCRRequestConfidenceScoresGranularityType0 | Unset): Granularity for confidence scores: 'page' (aggregate only), 'word' (per-word
                scores), or 'block' (per-block scores). Defaults to None (no confidence scores)
                to keep response payload small.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OCRResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _ocr_v1_ocr_post,
            dict(
                model=model,
                document=document,
                pages=pages,
                include_image_base64=include_image_base64,
                image_limit=image_limit,
                image_min_size=image_min_size,
                bbox_annotation_format=bbox_annotation_format,
                document_annotation_format=document_annotation_format,
                document_annotation_prompt=document_annotation_prompt,
                table_format=table_format,
                extract_header=extract_header,
                extract_footer=extract_footer,
                include_blocks=include_blocks,
                confidence_scores_granularity=confidence_scores_granularity,
            ),
        )
        return await self._transport.send_raw_async(request, options)
