"""BetaLibrariesDocuments: generated resource (`client.beta.libraries.documents`)."""

from __future__ import annotations

import builtins
import datetime
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
    from ...models.document import Document
    from ...models.document_text_content import DocumentTextContent
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.libraries_documents_upload_v1_document_upload import LibrariesDocumentsUploadV1DocumentUpload
    from ...models.list_documents_response import ListDocumentsResponse
    from ...models.processing_status import ProcessingStatus
    from ...models.update_document_request import UpdateDocumentRequest
    from ...models.update_document_request_attributes_type_0 import UpdateDocumentRequestAttributesType0
else:
    Document = _Lazy(globals(), "document", "Document")
    DocumentTextContent = _Lazy(globals(), "document_text_content", "DocumentTextContent")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    LibrariesDocumentsUploadV1DocumentUpload = _Lazy(
        globals(), "libraries_documents_upload_v1_document_upload", "LibrariesDocumentsUploadV1DocumentUpload"
    )
    ListDocumentsResponse = _Lazy(globals(), "list_documents_response", "ListDocumentsResponse")
    ProcessingStatus = _Lazy(globals(), "processing_status", "ProcessingStatus")
    UpdateDocumentRequest = _Lazy(globals(), "update_document_request", "UpdateDocumentRequest")
    UpdateDocumentRequestAttributesType0 = _Lazy(
        globals(), "update_document_request_attributes_type_0", "UpdateDocumentRequestAttributesType0"
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_LIST_V1 = (
    "library_id",
    "search",
    "page_size",
    "page",
    "filters_attributes",
    "sort_by",
    "sort_order",
)


def _decode_libraries_documents_list_v1(data: Any) -> ListDocumentsResponse:
    response_200 = ListDocumentsResponse.from_dict(data)

    return response_200


def _libraries_documents_list_v1(
    *,
    library_id: UUID | str,
    search: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
    page: int | Unset = 0,
    filters_attributes: None | str | Unset = UNSET,
    sort_by: str | Unset = "created_at",
    sort_order: str | Unset = "desc",
) -> Request[ListDocumentsResponse]:
    params: dict[str, Any] = {}

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params["page_size"] = page_size

    params["page"] = page

    json_filters_attributes: None | str | Unset
    if isinstance(filters_attributes, Unset):
        json_filters_attributes = UNSET
    else:
        json_filters_attributes = filters_attributes
    params["filters_attributes"] = json_filters_attributes

    params["sort_by"] = sort_by

    params["sort_order"] = sort_order

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/documents".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_documents_list_v1",
        decode=_decode_libraries_documents_list_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_LIST_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_UPLOAD_V1 = (
    "library_id",
    "file",
)


def _decode_libraries_documents_upload_v1(data: Any) -> Document:
    response_200 = Document.from_dict(data)

    return response_200


def _libraries_documents_upload_v1(
    *,
    library_id: UUID | str,
    file: File | bytes | IO[bytes],
) -> Request[Document]:

    _kwargs: dict[str, Any] = {}
    _body = LibrariesDocumentsUploadV1DocumentUpload(
        file=to_file(file),
    )
    _kwargs["files"] = _body.to_multipart()
    return Request(
        method="POST",
        path="/v1/libraries/{library_id}/documents".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_documents_upload_v1",
        decode=_decode_libraries_documents_upload_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_UPLOAD_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_GET_V1 = (
    "library_id",
    "document_id",
)


def _decode_libraries_documents_get_v1(data: Any) -> Document:
    response_200 = Document.from_dict(data)

    return response_200


def _libraries_documents_get_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
) -> Request[Document]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/documents/{document_id}".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_get_v1",
        decode=_decode_libraries_documents_get_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_GET_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_UPDATE_V1 = (
    "library_id",
    "document_id",
    "name",
    "attributes",
    "expires_at",
)


def _decode_libraries_documents_update_v1(data: Any) -> Document:
    response_200 = Document.from_dict(data)

    return response_200


def _libraries_documents_update_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
    name: str | Unset = UNSET,
    attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
    expires_at: datetime.datetime | None | Unset = UNSET,
) -> Request[Document]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateDocumentRequest(
        name=cast(Any, name),
        attributes=cast(Any, attributes),
        expires_at=cast(Any, expires_at),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/libraries/{library_id}/documents/{document_id}".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_update_v1",
        decode=_decode_libraries_documents_update_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_UPDATE_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_DELETE_V1 = (
    "library_id",
    "document_id",
)


def _libraries_documents_delete_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/libraries/{library_id}/documents/{document_id}".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_delete_v1",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_DELETE_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_PATCH_V1 = (
    "library_id",
    "document_id",
    "name",
    "attributes",
    "expires_at",
)


def _decode_libraries_documents_patch_v1(data: Any) -> Document:
    response_200 = Document.from_dict(data)

    return response_200


def _libraries_documents_patch_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
    name: str | Unset = UNSET,
    attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
    expires_at: datetime.datetime | None | Unset = UNSET,
) -> Request[Document]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateDocumentRequest(
        name=cast(Any, name),
        attributes=cast(Any, attributes),
        expires_at=cast(Any, expires_at),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/libraries/{library_id}/documents/{document_id}".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_patch_v1",
        decode=_decode_libraries_documents_patch_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_PATCH_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_GET_TEXT_CONTENT_V1 = (
    "library_id",
    "document_id",
    "page_start",
    "page_end",
)


def _decode_libraries_documents_get_text_content_v1(data: Any) -> DocumentTextContent:
    response_200 = DocumentTextContent.from_dict(data)

    return response_200


def _libraries_documents_get_text_content_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
    page_start: int | None | Unset = UNSET,
    page_end: int | None | Unset = UNSET,
) -> Request[DocumentTextContent]:
    params: dict[str, Any] = {}

    json_page_start: int | None | Unset
    if isinstance(page_start, Unset):
        json_page_start = UNSET
    else:
        json_page_start = page_start
    params["page_start"] = json_page_start

    json_page_end: int | None | Unset
    if isinstance(page_end, Unset):
        json_page_end = UNSET
    else:
        json_page_end = page_end
    params["page_end"] = json_page_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/documents/{document_id}/text_content".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_get_text_content_v1",
        decode=_decode_libraries_documents_get_text_content_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_GET_TEXT_CONTENT_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_GET_STATUS_V1 = (
    "library_id",
    "document_id",
)


def _decode_libraries_documents_get_status_v1(data: Any) -> ProcessingStatus:
    response_200 = ProcessingStatus.from_dict(data)

    return response_200


def _libraries_documents_get_status_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
) -> Request[ProcessingStatus]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/documents/{document_id}/status".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_get_status_v1",
        decode=_decode_libraries_documents_get_status_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_GET_STATUS_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_GET_SIGNED_URL_V1 = (
    "library_id",
    "document_id",
)


def _decode_libraries_documents_get_signed_url_v1(data: Any) -> str:
    response_200 = cast(str, data)
    return response_200


def _libraries_documents_get_signed_url_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
) -> Request[str]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/documents/{document_id}/signed-url".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_get_signed_url_v1",
        decode=_decode_libraries_documents_get_signed_url_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_GET_SIGNED_URL_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_GET_EXTRACTED_TEXT_SIGNED_URL_V1 = (
    "library_id",
    "document_id",
)


def _decode_libraries_documents_get_extracted_text_signed_url_v1(data: Any) -> str:
    response_200 = cast(str, data)
    return response_200


def _libraries_documents_get_extracted_text_signed_url_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
) -> Request[str]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/documents/{document_id}/extracted-text-signed-url".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_get_extracted_text_signed_url_v1",
        decode=_decode_libraries_documents_get_extracted_text_signed_url_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_GET_EXTRACTED_TEXT_SIGNED_URL_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DOCUMENTS_REPROCESS_V1 = (
    "library_id",
    "document_id",
)


def _libraries_documents_reprocess_v1(
    *,
    library_id: UUID | str,
    document_id: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/libraries/{library_id}/documents/{document_id}/reprocess".format(
            library_id=quote(str(library_id), safe=""),
            document_id=quote(str(document_id), safe=""),
        ),
        operation_id="libraries_documents_reprocess_v1",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_LIBRARIES_DOCUMENTS_REPROCESS_V1,
        **_kwargs,
    )


BetaLibrariesDocumentsListResult: TypeAlias = ListDocumentsResponse


BetaLibrariesDocumentsUploadResult: TypeAlias = Document


BetaLibrariesDocumentsGetResult: TypeAlias = Document


BetaLibrariesDocumentsLibrariesDocumentsUpdateV1Result: TypeAlias = Document


BetaLibrariesDocumentsDeleteResult: TypeAlias = None


BetaLibrariesDocumentsUpdateResult: TypeAlias = Document


BetaLibrariesDocumentsTextContentResult: TypeAlias = DocumentTextContent


BetaLibrariesDocumentsStatusResult: TypeAlias = ProcessingStatus


BetaLibrariesDocumentsGetSignedUrlResult: TypeAlias = str


BetaLibrariesDocumentsExtractedTextSignedUrlResult: TypeAlias = str


BetaLibrariesDocumentsReprocessResult: TypeAlias = None


class BetaLibrariesDocuments:
    """`client.beta.libraries.documents`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaLibrariesDocumentsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaLibrariesDocumentsWithRawResponse(self._transport)

    def list(
        self,
        *,
        library_id: UUID | str,
        search: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        page: int | Unset = 0,
        filters_attributes: None | str | Unset = UNSET,
        sort_by: str | Unset = "created_at",
        sort_order: str | Unset = "desc",
        **options: Unpack[RequestOptions],
    ) -> ListDocumentsResponse:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Args:
            library_id (UUID):
            search (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            page (int | Unset):  Default: 0.
            filters_attributes (None | str | Unset): Deprecated: this parameter will be removed in a
                future version.
            sort_by (str | Unset):  Default: 'created_at'.
            sort_order (str | Unset):  Default: 'desc'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDocumentsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_list_v1,
            dict(
                library_id=library_id,
                search=search,
                page_size=page_size,
                page=page,
                filters_attributes=filters_attributes,
                sort_by=sort_by,
                sort_order=sort_order,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        library_id: UUID | str,
        search: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        page: int | Unset = 0,
        filters_attributes: None | str | Unset = UNSET,
        sort_by: str | Unset = "created_at",
        sort_order: str | Unset = "desc",
        **options: Unpack[RequestOptions],
    ) -> ListDocumentsResponse:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Args:
            library_id (UUID):
            search (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            page (int | Unset):  Default: 0.
            filters_attributes (None | str | Unset): Deprecated: this parameter will be removed in a
                future version.
            sort_by (str | Unset):  Default: 'created_at'.
            sort_order (str | Unset):  Default: 'desc'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListDocumentsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_list_v1,
            dict(
                library_id=library_id,
                search=search,
                page_size=page_size,
                page=page,
                filters_attributes=filters_attributes,
                sort_by=sort_by,
                sort_order=sort_order,
            ),
        )
        return await self._transport.send_async(request, options)

    def upload(
        self,
        *,
        library_id: UUID | str,
        file: File | bytes | IO[bytes],
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it
        status will change it has been processed. The processing has to be completed in order be
        discoverable for the library search

        Args:
            library_id (UUID):
            file (File): The File object (not file name) to be uploaded.
                 To upload a file and specify a custom file name you should format your request
                as such:
                 ```bash
                 file=@path/to/your/file.jsonl;filename=custom_name.jsonl
                 ```
                 Otherwise, you can just keep the original file name:
                 ```bash
                 file=@path/to/your/file.jsonl
                 ```
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_upload_v1,
            dict(
                library_id=library_id,
                file=file,
            ),
        )
        return self._transport.send(request, options)

    async def upload_async(
        self,
        *,
        library_id: UUID | str,
        file: File | bytes | IO[bytes],
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it
        status will change it has been processed. The processing has to be completed in order be
        discoverable for the library search

        Args:
            library_id (UUID):
            file (File): The File object (not file name) to be uploaded.
                 To upload a file and specify a custom file name you should format your request
                as such:
                 ```bash
                 file=@path/to/your/file.jsonl;filename=custom_name.jsonl
                 ```
                 Otherwise, you can just keep the original file name:
                 ```bash
                 file=@path/to/your/file.jsonl
                 ```
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_upload_v1,
            dict(
                library_id=library_id,
                file=file,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def libraries_documents_update_v1(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_update_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return self._transport.send(request, options)

    async def libraries_documents_update_v1_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_update_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will be
        deleted from the library and the search index.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_delete_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will be
        deleted from the library and the search index.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_delete_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_patch_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Document:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Document

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_patch_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return await self._transport.send_async(request, options)

    def text_content(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        page_start: int | None | Unset = UNSET,
        page_end: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentTextContent:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of that
        document if it exists. For documents like pdf, docx and pptx the text content results from
        our processing using Mistral OCR.

        Args:
            library_id (UUID):
            document_id (UUID):
            page_start (int | None | Unset):
            page_end (int | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DocumentTextContent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_text_content_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                page_start=page_start,
                page_end=page_end,
            ),
        )
        return self._transport.send(request, options)

    async def text_content_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        page_start: int | None | Unset = UNSET,
        page_end: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DocumentTextContent:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of that
        document if it exists. For documents like pdf, docx and pptx the text content results from
        our processing using Mistral OCR.

        Args:
            library_id (UUID):
            document_id (UUID):
            page_start (int | None | Unset):
            page_end (int | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DocumentTextContent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_text_content_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                page_start=page_start,
                page_end=page_end,
            ),
        )
        return await self._transport.send_async(request, options)

    def status(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ProcessingStatus:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ProcessingStatus

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_status_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send(request, options)

    async def status_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ProcessingStatus:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ProcessingStatus

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_status_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_signed_url(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific
        document.The url will expire after 30 minutes and can be accessed by anyone with the link.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            str

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_signed_url_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific
        document.The url will expire after 30 minutes and can be accessed by anyone with the link.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            str

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def extracted_text_signed_url(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text extracted.
        For documents that are sent to the OCR this returns the result of the OCR queries.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            str

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_extracted_text_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send(request, options)

    async def extracted_text_signed_url_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> str:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text extracted.
        For documents that are sent to the OCR this returns the result of the OCR queries.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            str

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_extracted_text_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def reprocess(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be billed
        again.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_reprocess_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send(request, options)

    async def reprocess_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be billed
        again.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_reprocess_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaLibrariesDocumentsWithRawResponse:
    """`client.beta.libraries.documents`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        library_id: UUID | str,
        search: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        page: int | Unset = 0,
        filters_attributes: None | str | Unset = UNSET,
        sort_by: str | Unset = "created_at",
        sort_order: str | Unset = "desc",
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDocumentsResponse]:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Args:
            library_id (UUID):
            search (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            page (int | Unset):  Default: 0.
            filters_attributes (None | str | Unset): Deprecated: this parameter will be removed in a
                future version.
            sort_by (str | Unset):  Default: 'created_at'.
            sort_order (str | Unset):  Default: 'desc'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDocumentsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_list_v1,
            dict(
                library_id=library_id,
                search=search,
                page_size=page_size,
                page=page,
                filters_attributes=filters_attributes,
                sort_by=sort_by,
                sort_order=sort_order,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        library_id: UUID | str,
        search: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        page: int | Unset = 0,
        filters_attributes: None | str | Unset = UNSET,
        sort_by: str | Unset = "created_at",
        sort_order: str | Unset = "desc",
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListDocumentsResponse]:
        """List documents in a given library.

        Given a library, lists the document that have been uploaded to that library.

        Args:
            library_id (UUID):
            search (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            page (int | Unset):  Default: 0.
            filters_attributes (None | str | Unset): Deprecated: this parameter will be removed in a
                future version.
            sort_by (str | Unset):  Default: 'created_at'.
            sort_order (str | Unset):  Default: 'desc'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListDocumentsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_list_v1,
            dict(
                library_id=library_id,
                search=search,
                page_size=page_size,
                page=page,
                filters_attributes=filters_attributes,
                sort_by=sort_by,
                sort_order=sort_order,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def upload(
        self,
        *,
        library_id: UUID | str,
        file: File | bytes | IO[bytes],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it
        status will change it has been processed. The processing has to be completed in order be
        discoverable for the library search

        Args:
            library_id (UUID):
            file (File): The File object (not file name) to be uploaded.
                 To upload a file and specify a custom file name you should format your request
                as such:
                 ```bash
                 file=@path/to/your/file.jsonl;filename=custom_name.jsonl
                 ```
                 Otherwise, you can just keep the original file name:
                 ```bash
                 file=@path/to/your/file.jsonl
                 ```
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_upload_v1,
            dict(
                library_id=library_id,
                file=file,
            ),
        )
        return self._transport.send_raw(request, options)

    async def upload_async(
        self,
        *,
        library_id: UUID | str,
        file: File | bytes | IO[bytes],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Upload a new document.

        Given a library, upload a new document to that library. It is queued for processing, it
        status will change it has been processed. The processing has to be completed in order be
        discoverable for the library search

        Args:
            library_id (UUID):
            file (File): The File object (not file name) to be uploaded.
                 To upload a file and specify a custom file name you should format your request
                as such:
                 ```bash
                 file=@path/to/your/file.jsonl;filename=custom_name.jsonl
                 ```
                 Otherwise, you can just keep the original file name:
                 ```bash
                 file=@path/to/your/file.jsonl
                 ```
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_upload_v1,
            dict(
                library_id=library_id,
                file=file,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Retrieve the metadata of a specific document.

        Given a library and a document in this library, you can retrieve the metadata of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def libraries_documents_update_v1(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_update_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return self._transport.send_raw(request, options)

    async def libraries_documents_update_v1_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name of that document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_update_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will be
        deleted from the library and the search index.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_delete_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a document.

        Given a library and a document in that library, delete that document. The document will be
        deleted from the library and the search index.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_delete_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_patch_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        name: str | Unset = UNSET,
        attributes: UpdateDocumentRequestAttributesType0 | Mapping[str, Any] | None | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Document]:
        """Update the metadata of a specific document.

        Given a library and a document in that library, update the name and/or attributes of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            name (str | Unset):
            attributes (None | Unset | UpdateDocumentRequestAttributesType0):
            expires_at (datetime.datetime | None | Unset): If set, the document will be automatically deleted after this date.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Document]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_patch_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                name=name,
                attributes=attributes,
                expires_at=expires_at,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def text_content(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        page_start: int | None | Unset = UNSET,
        page_end: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DocumentTextContent]:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of that
        document if it exists. For documents like pdf, docx and pptx the text content results from
        our processing using Mistral OCR.

        Args:
            library_id (UUID):
            document_id (UUID):
            page_start (int | None | Unset):
            page_end (int | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DocumentTextContent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_text_content_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                page_start=page_start,
                page_end=page_end,
            ),
        )
        return self._transport.send_raw(request, options)

    async def text_content_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        page_start: int | None | Unset = UNSET,
        page_end: int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DocumentTextContent]:
        """Retrieve the text content of a specific document.

        Given a library and a document in that library, you can retrieve the text content of that
        document if it exists. For documents like pdf, docx and pptx the text content results from
        our processing using Mistral OCR.

        Args:
            library_id (UUID):
            document_id (UUID):
            page_start (int | None | Unset):
            page_end (int | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DocumentTextContent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_text_content_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
                page_start=page_start,
                page_end=page_end,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def status(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ProcessingStatus]:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ProcessingStatus]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_status_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def status_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ProcessingStatus]:
        """Retrieve the processing status of a specific document.

        Given a library and a document in that library, retrieve the processing status of that
        document.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ProcessingStatus]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_status_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_signed_url(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[str]:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific
        document.The url will expire after 30 minutes and can be accessed by anyone with the link.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[str]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_signed_url_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[str]:
        """Retrieve the signed URL of a specific document.

        Given a library and a document in that library, retrieve the signed URL of a specific
        document.The url will expire after 30 minutes and can be accessed by anyone with the link.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[str]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def extracted_text_signed_url(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[str]:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text extracted.
        For documents that are sent to the OCR this returns the result of the OCR queries.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[str]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_extracted_text_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def extracted_text_signed_url_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[str]:
        """Retrieve the signed URL of text extracted from a given document.

        Given a library and a document in that library, retrieve the signed URL of text extracted.
        For documents that are sent to the OCR this returns the result of the OCR queries.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[str]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_get_extracted_text_signed_url_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def reprocess(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be billed
        again.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_reprocess_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def reprocess_async(
        self,
        *,
        library_id: UUID | str,
        document_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Reprocess a document.

        Given a library and a document in that library, reprocess that document, it will be billed
        again.

        Args:
            library_id (UUID):
            document_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_documents_reprocess_v1,
            dict(
                library_id=library_id,
                document_id=document_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
