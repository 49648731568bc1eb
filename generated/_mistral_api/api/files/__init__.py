"""Files: generated resource (`client.files`)."""

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
)
from ...models.delete_file_out import DeleteFileOut
from ...models.file_purpose import FilePurpose
from ...models.file_visibility import FileVisibility
from ...models.files_api_routes_upload_file_multi_part_body_params import FilesApiRoutesUploadFileMultiPartBodyParams
from ...models.list_files_out import ListFilesOut
from ...models.retrieve_file_out import RetrieveFileOut
from ...models.sample_type import SampleType
from ...models.source import Source
from ...models.upload_file_out import UploadFileOut
from ...types import UNSET, File, FileTypes, Unset

_KEYWORDS_FILES_API_ROUTES_LIST_FILES = (
    "page",
    "page_size",
    "include_total",
    "sample_type",
    "source",
    "search",
    "purpose",
    "mimetypes",
)


def _decode_files_api_routes_list_files(data: Any) -> ListFilesOut:
    response_200 = ListFilesOut.from_dict(data)

    return response_200


def _files_api_routes_list_files(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sample_type: builtins.list[SampleType] | Unset = UNSET,
    source: builtins.list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: builtins.list[str] | Unset = UNSET,
) -> Request[ListFilesOut]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["include_total"] = include_total

    json_sample_type: list[str] | Unset = UNSET
    if not isinstance(sample_type, Unset):
        json_sample_type = []
        for sample_type_item_data in sample_type:
            sample_type_item = str(sample_type_item_data)
            json_sample_type.append(sample_type_item)

    params["sample_type"] = json_sample_type

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = []
        for source_item_data in source:
            source_item = str(source_item_data)
            json_source.append(source_item)

    params["source"] = json_source

    params["search"] = search

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = str(purpose)

    params["purpose"] = json_purpose

    json_mimetypes: list[str] | Unset = UNSET
    if not isinstance(mimetypes, Unset):
        json_mimetypes = mimetypes

    params["mimetypes"] = json_mimetypes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/files",
        operation_id="files_api_routes_list_files",
        decode=_decode_files_api_routes_list_files,
        kind="json",
        keywords=_KEYWORDS_FILES_API_ROUTES_LIST_FILES,
        params=params,
        **_kwargs,
    )


_KEYWORDS_FILES_API_ROUTES_UPLOAD_FILE = (
    "file",
    "purpose",
    "expiry",
    "visibility",
)


def _decode_files_api_routes_upload_file(data: Any) -> UploadFileOut:
    response_200 = UploadFileOut.from_dict(data)

    return response_200


def _files_api_routes_upload_file(
    *,
    file: File | bytes | IO[bytes],
    purpose: FilePurpose | str | Unset = UNSET,
    expiry: int | None | Unset = UNSET,
    visibility: FileVisibility | str | Unset = UNSET,
) -> Request[UploadFileOut]:

    _kwargs: dict[str, Any] = {}
    _body = FilesApiRoutesUploadFileMultiPartBodyParams(
        file=to_file(file),
        purpose=cast(Any, purpose),
        expiry=cast(Any, expiry),
        visibility=cast(Any, visibility),
    )
    _kwargs["files"] = _body.to_multipart()
    return Request(
        method="POST",
        path="/v1/files",
        operation_id="files_api_routes_upload_file",
        decode=_decode_files_api_routes_upload_file,
        kind="json",
        keywords=_KEYWORDS_FILES_API_ROUTES_UPLOAD_FILE,
        **_kwargs,
    )


_KEYWORDS_FILES_API_ROUTES_RETRIEVE_FILE = ("file_id",)


def _decode_files_api_routes_retrieve_file(data: Any) -> RetrieveFileOut:
    response_200 = RetrieveFileOut.from_dict(data)

    return response_200


def _files_api_routes_retrieve_file(
    *,
    file_id: str,
) -> Request[RetrieveFileOut]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
        operation_id="files_api_routes_retrieve_file",
        decode=_decode_files_api_routes_retrieve_file,
        kind="json",
        keywords=_KEYWORDS_FILES_API_ROUTES_RETRIEVE_FILE,
        **_kwargs,
    )


_KEYWORDS_FILES_API_ROUTES_DELETE_FILE = ("file_id",)


def _decode_files_api_routes_delete_file(data: Any) -> DeleteFileOut:
    response_200 = DeleteFileOut.from_dict(data)

    return response_200


def _files_api_routes_delete_file(
    *,
    file_id: str,
) -> Request[DeleteFileOut]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/files/{file_id}".format(
            file_id=quote(str(file_id), safe=""),
        ),
        operation_id="files_api_routes_delete_file",
        decode=_decode_files_api_routes_delete_file,
        kind="json",
        keywords=_KEYWORDS_FILES_API_ROUTES_DELETE_FILE,
        **_kwargs,
    )


_KEYWORDS_FILES_API_ROUTES_DOWNLOAD_FILE = ("file_id",)


def _files_api_routes_download_file(
    *,
    file_id: str,
) -> Request[bytes]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/files/{file_id}/content".format(
            file_id=quote(str(file_id), safe=""),
        ),
        operation_id="files_api_routes_download_file",
        decode=as_bytes,
        kind="bytes",
        keywords=_KEYWORDS_FILES_API_ROUTES_DOWNLOAD_FILE,
        **_kwargs,
    )


class Files:
    """`client.files`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> FilesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return FilesWithRawResponse(self._transport)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total: bool | Unset = UNSET,
        sample_type: builtins.list[SampleType] | Unset = UNSET,
        source: builtins.list[Source] | Unset = UNSET,
        search: str | Unset = UNSET,
        purpose: FilePurpose | Unset = UNSET,
        mimetypes: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListFilesOut:
        """List Files

        Args:
            page (int | Unset):
            page_size (int | Unset):
            include_total (bool | Unset):
            sample_type (list[SampleType] | Unset):
            source (list[Source] | Unset):
            search (str | Unset):
            purpose (FilePurpose | Unset):
            mimetypes (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListFilesOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_list_files,
            dict(
                page=page,
                page_size=page_size,
                include_total=include_total,
                sample_type=sample_type,
                source=source,
                search=search,
                purpose=purpose,
                mimetypes=mimetypes,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total: bool | Unset = UNSET,
        sample_type: builtins.list[SampleType] | Unset = UNSET,
        source: builtins.list[Source] | Unset = UNSET,
        search: str | Unset = UNSET,
        purpose: FilePurpose | Unset = UNSET,
        mimetypes: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListFilesOut:
        """List Files

        Args:
            page (int | Unset):
            page_size (int | Unset):
            include_total (bool | Unset):
            sample_type (list[SampleType] | Unset):
            source (list[Source] | Unset):
            search (str | Unset):
            purpose (FilePurpose | Unset):
            mimetypes (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListFilesOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_list_files,
            dict(
                page=page,
                page_size=page_size,
                include_total=include_total,
                sample_type=sample_type,
                source=source,
                search=search,
                purpose=purpose,
                mimetypes=mimetypes,
            ),
        )
        return await self._transport.send_async(request, options)

    def upload(
        self,
        *,
        file: File | bytes | IO[bytes],
        purpose: FilePurpose | str | Unset = UNSET,
        expiry: int | None | Unset = UNSET,
        visibility: FileVisibility | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadFileOut:
        """Upload File

        Upload a file (at most 512 MB); batch input files are `.jsonl`.

        Args:
            file (File): The file's content; its name is sent as the part's filename.
            purpose (FilePurpose | Unset):
            expiry (int | None | Unset): Hours until the file expires.
            visibility (FileVisibility | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UploadFileOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                purpose=purpose,
                expiry=expiry,
                visibility=visibility,
            ),
        )
        return self._transport.send(request, options)

    async def upload_async(
        self,
        *,
        file: File | bytes | IO[bytes],
        purpose: FilePurpose | str | Unset = UNSET,
        expiry: int | None | Unset = UNSET,
        visibility: FileVisibility | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UploadFileOut:
        """Upload File

        Upload a file (at most 512 MB); batch input files are `.jsonl`.

        Args:
            file (File): The file's content; its name is sent as the part's filename.
            purpose (FilePurpose | Unset):
            expiry (int | None | Unset): Hours until the file expires.
            visibility (FileVisibility | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UploadFileOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                purpose=purpose,
                expiry=expiry,
                visibility=visibility,
            ),
        )
        return await self._transport.send_async(request, options)

    def retrieve(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> RetrieveFileOut:
        """Retrieve File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RetrieveFileOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_retrieve_file,
            dict(
                file_id=file_id,
            ),
        )
        return self._transport.send(request, options)

    async def retrieve_async(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> RetrieveFileOut:
        """Retrieve File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RetrieveFileOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_retrieve_file,
            dict(
                file_id=file_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteFileOut:
        """Delete File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteFileOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_delete_file,
            dict(
                file_id=file_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> DeleteFileOut:
        """Delete File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteFileOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_delete_file,
            dict(
                file_id=file_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def download(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Download File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            bytes

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_download_file,
            dict(
                file_id=file_id,
            ),
        )
        return self._transport.send(request, options)

    async def download_async(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Download File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            bytes

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_download_file,
            dict(
                file_id=file_id,
            ),
        )
        return await self._transport.send_async(request, options)


class FilesWithRawResponse:
    """`client.files`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total: bool | Unset = UNSET,
        sample_type: builtins.list[SampleType] | Unset = UNSET,
        source: builtins.list[Source] | Unset = UNSET,
        search: str | Unset = UNSET,
        purpose: FilePurpose | Unset = UNSET,
        mimetypes: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListFilesOut]:
        """List Files

        Args:
            page (int | Unset):
            page_size (int | Unset):
            include_total (bool | Unset):
            sample_type (list[SampleType] | Unset):
            source (list[Source] | Unset):
            search (str | Unset):
            purpose (FilePurpose | Unset):
            mimetypes (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListFilesOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_list_files,
            dict(
                page=page,
                page_size=page_size,
                include_total=include_total,
                sample_type=sample_type,
                source=source,
                search=search,
                purpose=purpose,
                mimetypes=mimetypes,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        include_total: bool | Unset = UNSET,
        sample_type: builtins.list[SampleType] | Unset = UNSET,
        source: builtins.list[Source] | Unset = UNSET,
        search: str | Unset = UNSET,
        purpose: FilePurpose | Unset = UNSET,
        mimetypes: builtins.list[str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListFilesOut]:
        """List Files

        Args:
            page (int | Unset):
            page_size (int | Unset):
            include_total (bool | Unset):
            sample_type (list[SampleType] | Unset):
            source (list[Source] | Unset):
            search (str | Unset):
            purpose (FilePurpose | Unset):
            mimetypes (list[str] | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListFilesOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_list_files,
            dict(
                page=page,
                page_size=page_size,
                include_total=include_total,
                sample_type=sample_type,
                source=source,
                search=search,
                purpose=purpose,
                mimetypes=mimetypes,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def upload(
        self,
        *,
        file: File | bytes | IO[bytes],
        purpose: FilePurpose | str | Unset = UNSET,
        expiry: int | None | Unset = UNSET,
        visibility: FileVisibility | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UploadFileOut]:
        """Upload File

        Upload a file (at most 512 MB); batch input files are `.jsonl`.

        Args:
            file (File): The file's content; its name is sent as the part's filename.
            purpose (FilePurpose | Unset):
            expiry (int | None | Unset): Hours until the file expires.
            visibility (FileVisibility | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UploadFileOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                purpose=purpose,
                expiry=expiry,
                visibility=visibility,
            ),
        )
        return self._transport.send_raw(request, options)

    async def upload_async(
        self,
        *,
        file: File | bytes | IO[bytes],
        purpose: FilePurpose | str | Unset = UNSET,
        expiry: int | None | Unset = UNSET,
        visibility: FileVisibility | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UploadFileOut]:
        """Upload File

        Upload a file (at most 512 MB); batch input files are `.jsonl`.

        Args:
            file (File): The file's content; its name is sent as the part's filename.
            purpose (FilePurpose | Unset):
            expiry (int | None | Unset): Hours until the file expires.
            visibility (FileVisibility | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UploadFileOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                purpose=purpose,
                expiry=expiry,
                visibility=visibility,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def retrieve(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RetrieveFileOut]:
        """Retrieve File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RetrieveFileOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_retrieve_file,
            dict(
                file_id=file_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def retrieve_async(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RetrieveFileOut]:
        """Retrieve File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RetrieveFileOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_retrieve_file,
            dict(
                file_id=file_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteFileOut]:
        """Delete File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteFileOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_delete_file,
            dict(
                file_id=file_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteFileOut]:
        """Delete File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteFileOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_delete_file,
            dict(
                file_id=file_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def download(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[bytes]:
        """Download File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[bytes]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_download_file,
            dict(
                file_id=file_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def download_async(
        self,
        *,
        file_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[bytes]:
        """Download File

        Args:
            file_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[bytes]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_download_file,
            dict(
                file_id=file_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
