"""Files: generated resource (`client.files`)."""

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
    from ...models.create_file_response import CreateFileResponse
    from ...models.delete_file_response import DeleteFileResponse
    from ...models.file_purpose import FilePurpose
    from ...models.files_api_routes_upload_file_multi_part_body_params import (
        FilesApiRoutesUploadFileMultiPartBodyParams,
    )
    from ...models.files_api_routes_upload_file_multi_part_body_params_visibility import (
        FilesApiRoutesUploadFileMultiPartBodyParamsVisibility,
    )
    from ...models.get_file_response import GetFileResponse
    from ...models.get_signed_url_response import GetSignedUrlResponse
    from ...models.list_files_response import ListFilesResponse
    from ...models.sample_type import SampleType
    from ...models.source import Source
else:
    CreateFileResponse = _Lazy(globals(), "create_file_response", "CreateFileResponse")
    DeleteFileResponse = _Lazy(globals(), "delete_file_response", "DeleteFileResponse")
    FilePurpose = _Lazy(globals(), "file_purpose", "FilePurpose")
    FilesApiRoutesUploadFileMultiPartBodyParams = _Lazy(
        globals(), "files_api_routes_upload_file_multi_part_body_params", "FilesApiRoutesUploadFileMultiPartBodyParams"
    )
    FilesApiRoutesUploadFileMultiPartBodyParamsVisibility = _Lazy(
        globals(),
        "files_api_routes_upload_file_multi_part_body_params_visibility",
        "FilesApiRoutesUploadFileMultiPartBodyParamsVisibility",
    )
    GetFileResponse = _Lazy(globals(), "get_file_response", "GetFileResponse")
    GetSignedUrlResponse = _Lazy(globals(), "get_signed_url_response", "GetSignedUrlResponse")
    ListFilesResponse = _Lazy(globals(), "list_files_response", "ListFilesResponse")
    SampleType = _Lazy(globals(), "sample_type", "SampleType")
    Source = _Lazy(globals(), "source", "Source")


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


def _decode_files_api_routes_list_files(data: Any) -> ListFilesResponse:
    response_200 = ListFilesResponse.from_dict(data)

    return response_200


def _files_api_routes_list_files(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 100,
    include_total: bool | Unset = True,
    sample_type: builtins.list[SampleType] | None | Unset = UNSET,
    source: builtins.list[Source] | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    purpose: FilePurpose | None | Unset = UNSET,
    mimetypes: builtins.list[str] | None | Unset = UNSET,
) -> Request[ListFilesResponse]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["include_total"] = include_total

    json_sample_type: list[str] | None | Unset
    if isinstance(sample_type, Unset):
        json_sample_type = UNSET
    elif isinstance(sample_type, list):
        json_sample_type = []
        for sample_type_type_0_item_data in sample_type:
            sample_type_type_0_item = str(sample_type_type_0_item_data)
            json_sample_type.append(sample_type_type_0_item)

    else:
        json_sample_type = sample_type
    params["sample_type"] = json_sample_type

    json_source: list[str] | None | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, list):
        json_source = []
        for source_type_0_item_data in source:
            source_type_0_item = str(source_type_0_item_data)
            json_source.append(source_type_0_item)

    else:
        json_source = source
    params["source"] = json_source

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_purpose: None | str | Unset
    if isinstance(purpose, Unset):
        json_purpose = UNSET
    elif isinstance(purpose, FilePurpose):
        json_purpose = str(purpose)
    else:
        json_purpose = purpose
    params["purpose"] = json_purpose

    json_mimetypes: list[str] | None | Unset
    if isinstance(mimetypes, Unset):
        json_mimetypes = UNSET
    elif isinstance(mimetypes, list):
        json_mimetypes = mimetypes

    else:
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
    "expiry",
    "visibility",
    "purpose",
)


def _decode_files_api_routes_upload_file(data: Any) -> CreateFileResponse:
    response_200 = CreateFileResponse.from_dict(data)

    return response_200


def _files_api_routes_upload_file(
    *,
    file: File | bytes | IO[bytes],
    expiry: int | None | Unset = UNSET,
    visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | str | Unset = UNSET,
    purpose: FilePurpose | str | Unset = UNSET,
) -> Request[CreateFileResponse]:

    _kwargs: dict[str, Any] = {}
    _body = FilesApiRoutesUploadFileMultiPartBodyParams(
        file=to_file(file),
        expiry=cast(Any, expiry),
        visibility=cast(Any, visibility),
        purpose=cast(Any, purpose),
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


def _decode_files_api_routes_retrieve_file(data: Any) -> GetFileResponse:
    response_200 = GetFileResponse.from_dict(data)

    return response_200


def _files_api_routes_retrieve_file(
    *,
    file_id: UUID | str,
) -> Request[GetFileResponse]:

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


def _decode_files_api_routes_delete_file(data: Any) -> DeleteFileResponse:
    response_200 = DeleteFileResponse.from_dict(data)

    return response_200


def _files_api_routes_delete_file(
    *,
    file_id: UUID | str,
) -> Request[DeleteFileResponse]:

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
    file_id: UUID | str,
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


_KEYWORDS_FILES_API_ROUTES_GET_SIGNED_URL = (
    "file_id",
    "expiry",
)


def _decode_files_api_routes_get_signed_url(data: Any) -> GetSignedUrlResponse:
    response_200 = GetSignedUrlResponse.from_dict(data)

    return response_200


def _files_api_routes_get_signed_url(
    *,
    file_id: UUID | str,
    expiry: int | Unset = 24,
) -> Request[GetSignedUrlResponse]:
    params: dict[str, Any] = {}

    params["expiry"] = expiry

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/files/{file_id}/url".format(
            file_id=quote(str(file_id), safe=""),
        ),
        operation_id="files_api_routes_get_signed_url",
        decode=_decode_files_api_routes_get_signed_url,
        kind="json",
        keywords=_KEYWORDS_FILES_API_ROUTES_GET_SIGNED_URL,
        params=params,
        **_kwargs,
    )


FilesListResult: TypeAlias = ListFilesResponse


FilesUploadResult: TypeAlias = CreateFileResponse


FilesRetrieveResult: TypeAlias = GetFileResponse


FilesDeleteResult: TypeAlias = DeleteFileResponse


FilesDownloadResult: TypeAlias = bytes


FilesGetSignedUrlResult: TypeAlias = GetSignedUrlResponse


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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        include_total: bool | Unset = True,
        sample_type: builtins.list[SampleType] | None | Unset = UNSET,
        source: builtins.list[Source] | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        purpose: FilePurpose | None | Unset = UNSET,
        mimetypes: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListFilesResponse:
        """List Files

        Returns a list of files that belong to the user's organization.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            include_total (bool | Unset):  Default: True.
            sample_type (list[SampleType] | None | Unset):
            source (list[Source] | None | Unset):
            search (None | str | Unset):
            purpose (FilePurpose | None | Unset):
            mimetypes (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListFilesResponse

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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        include_total: bool | Unset = True,
        sample_type: builtins.list[SampleType] | None | Unset = UNSET,
        source: builtins.list[Source] | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        purpose: FilePurpose | None | Unset = UNSET,
        mimetypes: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListFilesResponse:
        """List Files

        Returns a list of files that belong to the user's organization.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            include_total (bool | Unset):  Default: True.
            sample_type (list[SampleType] | None | Unset):
            source (list[Source] | None | Unset):
            search (None | str | Unset):
            purpose (FilePurpose | None | Unset):
            mimetypes (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListFilesResponse

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
        expiry: int | None | Unset = UNSET,
        visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | str | Unset = UNSET,
        purpose: FilePurpose | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateFileResponse:
        """Upload File

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only supports
        .jsonl files.

        Please contact us if you need to increase these storage limits.

        Args:
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
            expiry (int | None | Unset):
            visibility (FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset):
            purpose (FilePurpose | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CreateFileResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                expiry=expiry,
                visibility=visibility,
                purpose=purpose,
            ),
        )
        return self._transport.send(request, options)

    async def upload_async(
        self,
        *,
        file: File | bytes | IO[bytes],
        expiry: int | None | Unset = UNSET,
        visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | str | Unset = UNSET,
        purpose: FilePurpose | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> CreateFileResponse:
        """Upload File

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only supports
        .jsonl files.

        Please contact us if you need to increase these storage limits.

        Args:
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
            expiry (int | None | Unset):
            visibility (FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset):
            purpose (FilePurpose | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CreateFileResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                expiry=expiry,
                visibility=visibility,
                purpose=purpose,
            ),
        )
        return await self._transport.send_async(request, options)

    def retrieve(
        self,
        *,
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> GetFileResponse:
        """Retrieve File

        Returns information about a specific file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetFileResponse

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> GetFileResponse:
        """Retrieve File

        Returns information about a specific file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetFileResponse

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteFileResponse:
        """Delete File

        Delete a file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteFileResponse

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteFileResponse:
        """Delete File

        Delete a file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteFileResponse

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Download File

        Download a file

        Args:
            file_id (UUID):
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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> bytes:
        """Download File

        Download a file

        Args:
            file_id (UUID):
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

    def get_signed_url(
        self,
        *,
        file_id: UUID | str,
        expiry: int | Unset = 24,
        **options: Unpack[RequestOptions],
    ) -> GetSignedUrlResponse:
        """Get Signed Url

        Get Signed Url

        Args:
            file_id (UUID):
            expiry (int | Unset): Number of hours before the URL becomes invalid. Defaults to 24h.
                Must be between 1h and 168h. Default: 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSignedUrlResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_get_signed_url,
            dict(
                file_id=file_id,
                expiry=expiry,
            ),
        )
        return self._transport.send(request, options)

    async def get_signed_url_async(
        self,
        *,
        file_id: UUID | str,
        expiry: int | Unset = 24,
        **options: Unpack[RequestOptions],
    ) -> GetSignedUrlResponse:
        """Get Signed Url

        Get Signed Url

        Args:
            file_id (UUID):
            expiry (int | Unset): Number of hours before the URL becomes invalid. Defaults to 24h.
                Must be between 1h and 168h. Default: 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSignedUrlResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_get_signed_url,
            dict(
                file_id=file_id,
                expiry=expiry,
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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        include_total: bool | Unset = True,
        sample_type: builtins.list[SampleType] | None | Unset = UNSET,
        source: builtins.list[Source] | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        purpose: FilePurpose | None | Unset = UNSET,
        mimetypes: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListFilesResponse]:
        """List Files

        Returns a list of files that belong to the user's organization.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            include_total (bool | Unset):  Default: True.
            sample_type (list[SampleType] | None | Unset):
            source (list[Source] | None | Unset):
            search (None | str | Unset):
            purpose (FilePurpose | None | Unset):
            mimetypes (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListFilesResponse]

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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        include_total: bool | Unset = True,
        sample_type: builtins.list[SampleType] | None | Unset = UNSET,
        source: builtins.list[Source] | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        purpose: FilePurpose | None | Unset = UNSET,
        mimetypes: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListFilesResponse]:
        """List Files

        Returns a list of files that belong to the user's organization.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            include_total (bool | Unset):  Default: True.
            sample_type (list[SampleType] | None | Unset):
            source (list[Source] | None | Unset):
            search (None | str | Unset):
            purpose (FilePurpose | None | Unset):
            mimetypes (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListFilesResponse]

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
        expiry: int | None | Unset = UNSET,
        visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | str | Unset = UNSET,
        purpose: FilePurpose | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CreateFileResponse]:
        """Upload File

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only supports
        .jsonl files.

        Please contact us if you need to increase these storage limits.

        Args:
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
            expiry (int | None | Unset):
            visibility (FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset):
            purpose (FilePurpose | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CreateFileResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                expiry=expiry,
                visibility=visibility,
                purpose=purpose,
            ),
        )
        return self._transport.send_raw(request, options)

    async def upload_async(
        self,
        *,
        file: File | bytes | IO[bytes],
        expiry: int | None | Unset = UNSET,
        visibility: FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | str | Unset = UNSET,
        purpose: FilePurpose | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CreateFileResponse]:
        """Upload File

        Upload a file that can be used across various endpoints.

        The size of individual files can be a maximum of 512 MB. The Fine-tuning API only supports
        .jsonl files.

        Please contact us if you need to increase these storage limits.

        Args:
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
            expiry (int | None | Unset):
            visibility (FilesApiRoutesUploadFileMultiPartBodyParamsVisibility | Unset):
            purpose (FilePurpose | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CreateFileResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_upload_file,
            dict(
                file=file,
                expiry=expiry,
                visibility=visibility,
                purpose=purpose,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def retrieve(
        self,
        *,
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetFileResponse]:
        """Retrieve File

        Returns information about a specific file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetFileResponse]

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetFileResponse]:
        """Retrieve File

        Returns information about a specific file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetFileResponse]

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteFileResponse]:
        """Delete File

        Delete a file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteFileResponse]

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteFileResponse]:
        """Delete File

        Delete a file.

        Args:
            file_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteFileResponse]

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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[bytes]:
        """Download File

        Download a file

        Args:
            file_id (UUID):
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
        file_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[bytes]:
        """Download File

        Download a file

        Args:
            file_id (UUID):
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

    def get_signed_url(
        self,
        *,
        file_id: UUID | str,
        expiry: int | Unset = 24,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSignedUrlResponse]:
        """Get Signed Url

        Get Signed Url

        Args:
            file_id (UUID):
            expiry (int | Unset): Number of hours before the URL becomes invalid. Defaults to 24h.
                Must be between 1h and 168h. Default: 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSignedUrlResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_get_signed_url,
            dict(
                file_id=file_id,
                expiry=expiry,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_signed_url_async(
        self,
        *,
        file_id: UUID | str,
        expiry: int | Unset = 24,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSignedUrlResponse]:
        """Get Signed Url

        Get Signed Url

        Args:
            file_id (UUID):
            expiry (int | Unset): Number of hours before the URL becomes invalid. Defaults to 24h.
                Must be between 1h and 168h. Default: 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSignedUrlResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _files_api_routes_get_signed_url,
            dict(
                file_id=file_id,
                expiry=expiry,
            ),
        )
        return await self._transport.send_raw_async(request, options)
