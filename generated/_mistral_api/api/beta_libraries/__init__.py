"""BetaLibraries: generated resource (`client.beta.libraries`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
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
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.create_library_request import CreateLibraryRequest
    from ...models.create_library_request_owner_type_type_0 import CreateLibraryRequestOwnerTypeType0
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.library import Library
    from ...models.list_libraries_response import ListLibrariesResponse
    from ...models.update_library_request import UpdateLibraryRequest
else:
    CreateLibraryRequest = _Lazy(globals(), "create_library_request", "CreateLibraryRequest")
    CreateLibraryRequestOwnerTypeType0 = _Lazy(
        globals(), "create_library_request_owner_type_type_0", "CreateLibraryRequestOwnerTypeType0"
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    Library = _Lazy(globals(), "library", "Library")
    ListLibrariesResponse = _Lazy(globals(), "list_libraries_response", "ListLibrariesResponse")
    UpdateLibraryRequest = _Lazy(globals(), "update_library_request", "UpdateLibraryRequest")


if TYPE_CHECKING:
    from ..beta_libraries_accesses import BetaLibrariesAccesses
    from ..beta_libraries_documents import BetaLibrariesDocuments

_KEYWORDS_LIBRARIES_LIST_V1 = (
    "page_size",
    "page_token",
    "page",
    "search",
    "filter_owned_by_me",
)


def _decode_libraries_list_v1(data: Any) -> ListLibrariesResponse:
    response_200 = ListLibrariesResponse.from_dict(data)

    return response_200


def _libraries_list_v1(
    *,
    page_size: int | Unset = 100,
    page_token: None | str | Unset = UNSET,
    page: int | Unset = 0,
    search: None | str | Unset = UNSET,
    filter_owned_by_me: bool | None | Unset = UNSET,
) -> Request[ListLibrariesResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["page_token"] = json_page_token

    params["page"] = page

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_filter_owned_by_me: bool | None | Unset
    if isinstance(filter_owned_by_me, Unset):
        json_filter_owned_by_me = UNSET
    else:
        json_filter_owned_by_me = filter_owned_by_me
    params["filter_owned_by_me"] = json_filter_owned_by_me

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries",
        operation_id="libraries_list_v1",
        decode=_decode_libraries_list_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_LIST_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_CREATE_V1 = (
    "name",
    "description",
    "chunk_size",
    "owner_type",
)


def _decode_libraries_create_v1(data: Any) -> Library:
    response_201 = Library.from_dict(data)

    return response_201


def _libraries_create_v1(
    *,
    name: str,
    description: str | None | Unset = UNSET,
    chunk_size: int | None | Unset = UNSET,
    owner_type: CreateLibraryRequestOwnerTypeType0 | str | None | Unset = UNSET,
) -> Request[Library]:

    _kwargs: dict[str, Any] = {}
    _body = CreateLibraryRequest(
        name=cast(Any, name),
        description=cast(Any, description),
        chunk_size=cast(Any, chunk_size),
        owner_type=cast(Any, owner_type),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/libraries",
        operation_id="libraries_create_v1",
        decode=_decode_libraries_create_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_CREATE_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_GET_V1 = ("library_id",)


def _decode_libraries_get_v1(data: Any) -> Library:
    response_200 = Library.from_dict(data)

    return response_200


def _libraries_get_v1(
    *,
    library_id: UUID | str,
) -> Request[Library]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_get_v1",
        decode=_decode_libraries_get_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_GET_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_UPDATE_V1 = (
    "library_id",
    "name",
    "description",
)


def _decode_libraries_update_v1(data: Any) -> Library:
    response_200 = Library.from_dict(data)

    return response_200


def _libraries_update_v1(
    *,
    library_id: UUID | str,
    name: str | Unset = UNSET,
    description: str | None | Unset = UNSET,
) -> Request[Library]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateLibraryRequest(
        name=cast(Any, name),
        description=cast(Any, description),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/libraries/{library_id}".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_update_v1",
        decode=_decode_libraries_update_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_UPDATE_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_DELETE_V1 = ("library_id",)


def _decode_libraries_delete_v1(data: Any) -> Library:
    response_200 = Library.from_dict(data)

    return response_200


def _libraries_delete_v1(
    *,
    library_id: UUID | str,
) -> Request[Library]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/libraries/{library_id}".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_delete_v1",
        decode=_decode_libraries_delete_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_DELETE_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_PATCH_V1 = (
    "library_id",
    "name",
    "description",
)


def _decode_libraries_patch_v1(data: Any) -> Library:
    response_200 = Library.from_dict(data)

    return response_200


def _libraries_patch_v1(
    *,
    library_id: UUID | str,
    name: str | Unset = UNSET,
    description: str | None | Unset = UNSET,
) -> Request[Library]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateLibraryRequest(
        name=cast(Any, name),
        description=cast(Any, description),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/libraries/{library_id}".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_patch_v1",
        decode=_decode_libraries_patch_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_PATCH_V1,
        **_kwargs,
    )


BetaLibrariesListResult: TypeAlias = ListLibrariesResponse


BetaLibrariesCreateResult: TypeAlias = Library


BetaLibrariesGetResult: TypeAlias = Library


BetaLibrariesLibrariesUpdateV1Result: TypeAlias = Library


BetaLibrariesDeleteResult: TypeAlias = Library


BetaLibrariesUpdateResult: TypeAlias = Library


class BetaLibraries:
    """`client.beta.libraries`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaLibrariesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaLibrariesWithRawResponse(self._transport)

    @functools.cached_property
    def accesses(self) -> BetaLibrariesAccesses:
        from ..beta_libraries_accesses import BetaLibrariesAccesses

        return BetaLibrariesAccesses(self._transport)

    @functools.cached_property
    def documents(self) -> BetaLibrariesDocuments:
        from ..beta_libraries_documents import BetaLibrariesDocuments

        return BetaLibrariesDocuments(self._transport)

    def list(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: None | str | Unset = UNSET,
        page: int | Unset = 0,
        search: None | str | Unset = UNSET,
        filter_owned_by_me: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListLibrariesResponse:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Args:
            page_size (int | Unset):  Default: 100.
            page_token (None | str | Unset): Continuation token from a previous response's
                next_page_token. Preferred over `page`.
            page (int | Unset): Deprecated: use page_token. Offset paging re-scans earlier pages and
                is being phased out. Default: 0.
            search (None | str | Unset): Case-insensitive search on the library name.
            filter_owned_by_me (bool | None | Unset): Deprecated: this parameter will be removed in
                a future version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListLibrariesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_list_v1,
            dict(
                page_size=page_size,
                page_token=page_token,
                page=page,
                search=search,
                filter_owned_by_me=filter_owned_by_me,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: None | str | Unset = UNSET,
        page: int | Unset = 0,
        search: None | str | Unset = UNSET,
        filter_owned_by_me: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListLibrariesResponse:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Args:
            page_size (int | Unset):  Default: 100.
            page_token (None | str | Unset): Continuation token from a previous response's
                next_page_token. Preferred over `page`.
            page (int | Unset): Deprecated: use page_token. Offset paging re-scans earlier pages and
                is being phased out. Default: 0.
            search (None | str | Unset): Case-insensitive search on the library name.
            filter_owned_by_me (bool | None | Unset): Deprecated: this parameter will be removed in
                a future version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListLibrariesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_list_v1,
            dict(
                page_size=page_size,
                page_token=page_token,
                page=page,
                search=search,
                filter_owned_by_me=filter_owned_by_me,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        chunk_size: int | None | Unset = UNSET,
        owner_type: CreateLibraryRequestOwnerTypeType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the possibility
        to share it with others. When first created this will only be accessible by you.

        Args:
            name (str):
            description (None | str | Unset):
            chunk_size (int | None | Unset): The size of the chunks (in characters) to split document text into. Must be
                between 256 and 32768.
            owner_type (CreateLibraryRequestOwnerTypeType0 | None | Unset): Determines who owns the created library. 'User' creates a private library
                accessible only to its owner. 'Workspace' creates a library shared with the
                workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the
                'Private and shared connectors' connector access scope can create private, user-
                owned libraries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_create_v1,
            dict(
                name=name,
                description=description,
                chunk_size=chunk_size,
                owner_type=owner_type,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        chunk_size: int | None | Unset = UNSET,
        owner_type: CreateLibraryRequestOwnerTypeType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the possibility
        to share it with others. When first created this will only be accessible by you.

        Args:
            name (str):
            description (None | str | Unset):
            chunk_size (int | None | Unset): The size of the chunks (in characters) to split document text into. Must be
                between 256 and 32768.
            owner_type (CreateLibraryRequestOwnerTypeType0 | None | Unset): Determines who owns the created library. 'User' creates a private library
                accessible only to its owner. 'Workspace' creates a library shared with the
                workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the
                'Private and shared connectors' connector access scope can create private, user-
                owned libraries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_create_v1,
            dict(
                name=name,
                description=description,
                chunk_size=chunk_size,
                owner_type=owner_type,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_get_v1,
            dict(
                library_id=library_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_get_v1,
            dict(
                library_id=library_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def libraries_update_v1(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_update_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send(request, options)

    async def libraries_update_v1_async(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_update_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to that
        library. Warning: the response will change from 200 (returning the deleted library) to 204
        No Content in a future version.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_delete_v1,
            dict(
                library_id=library_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to that
        library. Warning: the response will change from 200 (returning the deleted library) to 204
        No Content in a future version.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_delete_v1,
            dict(
                library_id=library_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_patch_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Library:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Library

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_patch_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaLibrariesWithRawResponse:
    """`client.beta.libraries`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: None | str | Unset = UNSET,
        page: int | Unset = 0,
        search: None | str | Unset = UNSET,
        filter_owned_by_me: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListLibrariesResponse]:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Args:
            page_size (int | Unset):  Default: 100.
            page_token (None | str | Unset): Continuation token from a previous response's
                next_page_token. Preferred over `page`.
            page (int | Unset): Deprecated: use page_token. Offset paging re-scans earlier pages and
                is being phased out. Default: 0.
            search (None | str | Unset): Case-insensitive search on the library name.
            filter_owned_by_me (bool | None | Unset): Deprecated: this parameter will be removed in
                a future version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListLibrariesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_list_v1,
            dict(
                page_size=page_size,
                page_token=page_token,
                page=page,
                search=search,
                filter_owned_by_me=filter_owned_by_me,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = 100,
        page_token: None | str | Unset = UNSET,
        page: int | Unset = 0,
        search: None | str | Unset = UNSET,
        filter_owned_by_me: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListLibrariesResponse]:
        """List all libraries you have access to.

        List all libraries that you have created or have been shared with you.

        Args:
            page_size (int | Unset):  Default: 100.
            page_token (None | str | Unset): Continuation token from a previous response's
                next_page_token. Preferred over `page`.
            page (int | Unset): Deprecated: use page_token. Offset paging re-scans earlier pages and
                is being phased out. Default: 0.
            search (None | str | Unset): Case-insensitive search on the library name.
            filter_owned_by_me (bool | None | Unset): Deprecated: this parameter will be removed in
                a future version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListLibrariesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_list_v1,
            dict(
                page_size=page_size,
                page_token=page_token,
                page=page,
                search=search,
                filter_owned_by_me=filter_owned_by_me,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        chunk_size: int | None | Unset = UNSET,
        owner_type: CreateLibraryRequestOwnerTypeType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the possibility
        to share it with others. When first created this will only be accessible by you.

        Args:
            name (str):
            description (None | str | Unset):
            chunk_size (int | None | Unset): The size of the chunks (in characters) to split document text into. Must be
                between 256 and 32768.
            owner_type (CreateLibraryRequestOwnerTypeType0 | None | Unset): Determines who owns the created library. 'User' creates a private library
                accessible only to its owner. 'Workspace' creates a library shared with the
                workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the
                'Private and shared connectors' connector access scope can create private, user-
                owned libraries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_create_v1,
            dict(
                name=name,
                description=description,
                chunk_size=chunk_size,
                owner_type=owner_type,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        chunk_size: int | None | Unset = UNSET,
        owner_type: CreateLibraryRequestOwnerTypeType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Create a new Library.

        Create a new Library, you will be marked as the owner and only you will have the possibility
        to share it with others. When first created this will only be accessible by you.

        Args:
            name (str):
            description (None | str | Unset):
            chunk_size (int | None | Unset): The size of the chunks (in characters) to split document text into. Must be
                between 256 and 32768.
            owner_type (CreateLibraryRequestOwnerTypeType0 | None | Unset): Determines who owns the created library. 'User' creates a private library
                accessible only to its owner. 'Workspace' creates a library shared with the
                workspace. Defaults to 'Workspace' for API key sessions. Only API keys with the
                'Private and shared connectors' connector access scope can create private, user-
                owned libraries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_create_v1,
            dict(
                name=name,
                description=description,
                chunk_size=chunk_size,
                owner_type=owner_type,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_get_v1,
            dict(
                library_id=library_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Detailed information about a specific Library.

        Given a library id, details information about that Library.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_get_v1,
            dict(
                library_id=library_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def libraries_update_v1(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_update_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send_raw(request, options)

    async def libraries_update_v1_async(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_update_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to that
        library. Warning: the response will change from 200 (returning the deleted library) to 204
        No Content in a future version.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_delete_v1,
            dict(
                library_id=library_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Delete a library and all of it's document.

        Given a library id, deletes it together with all documents that have been uploaded to that
        library. Warning: the response will change from 200 (returning the deleted library) to 204
        No Content in a future version.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_delete_v1,
            dict(
                library_id=library_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_patch_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        library_id: UUID | str,
        name: str | Unset = UNSET,
        description: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Library]:
        """Update a library.

        Given a library id, you can update the name and description.

        Args:
            library_id (UUID):
            name (str | Unset):
            description (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Library]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_patch_v1,
            dict(
                library_id=library_id,
                name=name,
                description=description,
            ),
        )
        return await self._transport.send_raw_async(request, options)
