"""BetaLibrariesAccesses: generated resource (`client.beta.libraries.accesses`)."""

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
    from ...models.entity_type import EntityType
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.list_sharing_response import ListSharingResponse
    from ...models.share_enum import ShareEnum
    from ...models.sharing import Sharing
    from ...models.sharing_delete import SharingDelete
    from ...models.sharing_request import SharingRequest
else:
    EntityType = _Lazy(globals(), "entity_type", "EntityType")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ListSharingResponse = _Lazy(globals(), "list_sharing_response", "ListSharingResponse")
    ShareEnum = _Lazy(globals(), "share_enum", "ShareEnum")
    Sharing = _Lazy(globals(), "sharing", "Sharing")
    SharingDelete = _Lazy(globals(), "sharing_delete", "SharingDelete")
    SharingRequest = _Lazy(globals(), "sharing_request", "SharingRequest")


_KEYWORDS_LIBRARIES_SHARE_LIST_V1 = ("library_id",)


def _decode_libraries_share_list_v1(data: Any) -> ListSharingResponse:
    response_200 = ListSharingResponse.from_dict(data)

    return response_200


def _libraries_share_list_v1(
    *,
    library_id: UUID | str,
) -> Request[ListSharingResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/libraries/{library_id}/share".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_share_list_v1",
        decode=_decode_libraries_share_list_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_SHARE_LIST_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_SHARE_CREATE_V1 = (
    "library_id",
    "level",
    "share_with_uuid",
    "share_with_type",
    "org_id",
)


def _decode_libraries_share_create_v1(data: Any) -> Sharing:
    response_200 = Sharing.from_dict(data)

    return response_200


def _libraries_share_create_v1(
    *,
    library_id: UUID | str,
    level: ShareEnum | str,
    share_with_uuid: UUID | str,
    share_with_type: EntityType | str,
    org_id: UUID | str | None | Unset = UNSET,
) -> Request[Sharing]:

    _kwargs: dict[str, Any] = {}
    _body = SharingRequest(
        level=cast(Any, level),
        share_with_uuid=cast(Any, share_with_uuid),
        share_with_type=cast(Any, share_with_type),
        org_id=cast(Any, org_id),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/libraries/{library_id}/share".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_share_create_v1",
        decode=_decode_libraries_share_create_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_SHARE_CREATE_V1,
        **_kwargs,
    )


_KEYWORDS_LIBRARIES_SHARE_DELETE_V1 = (
    "library_id",
    "share_with_uuid",
    "share_with_type",
    "org_id",
)


def _decode_libraries_share_delete_v1(data: Any) -> Sharing:
    response_200 = Sharing.from_dict(data)

    return response_200


def _libraries_share_delete_v1(
    *,
    library_id: UUID | str,
    share_with_uuid: UUID | str,
    share_with_type: EntityType | str,
    org_id: UUID | str | None | Unset = UNSET,
) -> Request[Sharing]:

    _kwargs: dict[str, Any] = {}
    _body = SharingDelete(
        share_with_uuid=cast(Any, share_with_uuid),
        share_with_type=cast(Any, share_with_type),
        org_id=cast(Any, org_id),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="DELETE",
        path="/v1/libraries/{library_id}/share".format(
            library_id=quote(str(library_id), safe=""),
        ),
        operation_id="libraries_share_delete_v1",
        decode=_decode_libraries_share_delete_v1,
        kind="json",
        keywords=_KEYWORDS_LIBRARIES_SHARE_DELETE_V1,
        **_kwargs,
    )


BetaLibrariesAccessesListResult: TypeAlias = ListSharingResponse


BetaLibrariesAccessesUpdateOrCreateResult: TypeAlias = Sharing


BetaLibrariesAccessesDeleteResult: TypeAlias = Sharing


class BetaLibrariesAccesses:
    """`client.beta.libraries.accesses`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaLibrariesAccessesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaLibrariesAccessesWithRawResponse(self._transport)

    def list(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ListSharingResponse:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListSharingResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_list_v1,
            dict(
                library_id=library_id,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ListSharingResponse:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListSharingResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_list_v1,
            dict(
                library_id=library_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_or_create(
        self,
        *,
        library_id: UUID | str,
        level: ShareEnum | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Sharing:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to be
        owner of the library to share a library. An owner cannot change their own role. A library
        cannot be shared outside of the organization.

        Args:
            library_id (UUID):
            level (ShareEnum):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Sharing

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_create_v1,
            dict(
                library_id=library_id,
                level=level,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return self._transport.send(request, options)

    async def update_or_create_async(
        self,
        *,
        library_id: UUID | str,
        level: ShareEnum | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Sharing:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to be
        owner of the library to share a library. An owner cannot change their own role. A library
        cannot be shared outside of the organization.

        Args:
            library_id (UUID):
            level (ShareEnum):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Sharing

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_create_v1,
            dict(
                library_id=library_id,
                level=level,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        library_id: UUID | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Sharing:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete
        their own access. You have to be the owner of the library to delete an access other than
        yours. Warning: the response will change from 200 (returning the deleted sharing) to 204 No
        Content in a future version.

        Args:
            library_id (UUID):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Sharing

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_delete_v1,
            dict(
                library_id=library_id,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        library_id: UUID | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Sharing:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete
        their own access. You have to be the owner of the library to delete an access other than
        yours. Warning: the response will change from 200 (returning the deleted sharing) to 204 No
        Content in a future version.

        Args:
            library_id (UUID):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Sharing

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_delete_v1,
            dict(
                library_id=library_id,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaLibrariesAccessesWithRawResponse:
    """`client.beta.libraries.accesses`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListSharingResponse]:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListSharingResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_list_v1,
            dict(
                library_id=library_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        library_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListSharingResponse]:
        """List all of the access to this library.

        Given a library, list all of the Entity that have access and to what level.

        Args:
            library_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListSharingResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_list_v1,
            dict(
                library_id=library_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_or_create(
        self,
        *,
        library_id: UUID | str,
        level: ShareEnum | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Sharing]:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to be
        owner of the library to share a library. An owner cannot change their own role. A library
        cannot be shared outside of the organization.

        Args:
            library_id (UUID):
            level (ShareEnum):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Sharing]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_create_v1,
            dict(
                library_id=library_id,
                level=level,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_or_create_async(
        self,
        *,
        library_id: UUID | str,
        level: ShareEnum | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Sharing]:
        """Create or update an access level.

        Given a library id, you can create or update the access level of an entity. You have to be
        owner of the library to share a library. An owner cannot change their own role. A library
        cannot be shared outside of the organization.

        Args:
            library_id (UUID):
            level (ShareEnum):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Sharing]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_create_v1,
            dict(
                library_id=library_id,
                level=level,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        library_id: UUID | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Sharing]:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete
        their own access. You have to be the owner of the library to delete an access other than
        yours. Warning: the response will change from 200 (returning the deleted sharing) to 204 No
        Content in a future version.

        Args:
            library_id (UUID):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Sharing]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_delete_v1,
            dict(
                library_id=library_id,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        library_id: UUID | str,
        share_with_uuid: UUID | str,
        share_with_type: EntityType | str,
        org_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Sharing]:
        """Delete an access level.

        Given a library id, you can delete the access level of an entity. An owner cannot delete
        their own access. You have to be the owner of the library to delete an access other than
        yours. Warning: the response will change from 200 (returning the deleted sharing) to 204 No
        Content in a future version.

        Args:
            library_id (UUID):
            share_with_uuid (UUID): The id of the entity (user, workspace or organization) to share with
            share_with_type (EntityType): The type of entity, used to share a library.
            org_id (None | Unset | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Sharing]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _libraries_share_delete_v1,
            dict(
                library_id=library_id,
                share_with_uuid=share_with_uuid,
                share_with_type=share_with_type,
                org_id=org_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
