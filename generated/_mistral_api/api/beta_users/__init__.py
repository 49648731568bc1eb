"""BetaUsers: generated resource (`client.beta.users`)."""

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
    from ...models.list_organizations_response import ListOrganizationsResponse
    from ...models.list_workspaces_response import ListWorkspacesResponse
    from ...models.user_identity import UserIdentity
else:
    ListOrganizationsResponse = _Lazy(globals(), "list_organizations_response", "ListOrganizationsResponse")
    ListWorkspacesResponse = _Lazy(globals(), "list_workspaces_response", "ListWorkspacesResponse")
    UserIdentity = _Lazy(globals(), "user_identity", "UserIdentity")


_KEYWORDS_USERS_API_GET_IDENTITY = ()


def _decode_users_api_get_identity(data: Any) -> UserIdentity:
    response_200 = UserIdentity.from_dict(data)

    return response_200


def _users_api_get_identity() -> Request[UserIdentity]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/users/me",
        operation_id="users_api_get_identity",
        decode=_decode_users_api_get_identity,
        kind="json",
        keywords=_KEYWORDS_USERS_API_GET_IDENTITY,
        **_kwargs,
    )


_KEYWORDS_USERS_API_LIST_ORGANIZATIONS = (
    "offset",
    "limit",
)


def _decode_users_api_list_organizations(data: Any) -> ListOrganizationsResponse:
    response_200 = ListOrganizationsResponse.from_dict(data)

    return response_200


def _users_api_list_organizations(
    *,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Request[ListOrganizationsResponse]:
    params: dict[str, Any] = {}

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/users/me/organizations",
        operation_id="users_api_list_organizations",
        decode=_decode_users_api_list_organizations,
        kind="json",
        keywords=_KEYWORDS_USERS_API_LIST_ORGANIZATIONS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_LIST_WORKSPACES = (
    "organization_id",
    "offset",
    "limit",
)


def _decode_users_api_list_workspaces(data: Any) -> ListWorkspacesResponse:
    response_200 = ListWorkspacesResponse.from_dict(data)

    return response_200


def _users_api_list_workspaces(
    *,
    organization_id: UUID | str | None | Unset = UNSET,
    offset: int | Unset = 0,
    limit: int | Unset = 100,
) -> Request[ListWorkspacesResponse]:
    params: dict[str, Any] = {}

    json_organization_id: None | str | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    elif isinstance(organization_id, UUID):
        json_organization_id = str(organization_id)
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    params["offset"] = offset

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/users/me/workspaces",
        operation_id="users_api_list_workspaces",
        decode=_decode_users_api_list_workspaces,
        kind="json",
        keywords=_KEYWORDS_USERS_API_LIST_WORKSPACES,
        params=params,
        **_kwargs,
    )


BetaUsersGetIdentityResult: TypeAlias = UserIdentity


BetaUsersUsersApiListOrganizationsResult: TypeAlias = ListOrganizationsResponse


BetaUsersUsersApiListWorkspacesResult: TypeAlias = ListWorkspacesResponse


class BetaUsers:
    """`client.beta.users`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaUsersWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaUsersWithRawResponse(self._transport)

    def get_identity(
        self,
        **options: Unpack[RequestOptions],
    ) -> UserIdentity:
        """Get Identity

        Get Identity

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UserIdentity

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_get_identity, dict())
        return self._transport.send(request, options)

    async def get_identity_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> UserIdentity:
        """Get Identity

        Get Identity

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UserIdentity

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_get_identity, dict())
        return await self._transport.send_async(request, options)

    def users_api_list_organizations(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> ListOrganizationsResponse:
        """List Organizations

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Args:
            offset (int | Unset): Number of organizations to skip before returning results. Default:
                0.
            limit (int | Unset): Maximum number of organizations to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListOrganizationsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_organizations,
            dict(
                offset=offset,
                limit=limit,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_list_organizations_async(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> ListOrganizationsResponse:
        """List Organizations

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Args:
            offset (int | Unset): Number of organizations to skip before returning results. Default:
                0.
            limit (int | Unset): Maximum number of organizations to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListOrganizationsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_organizations,
            dict(
                offset=offset,
                limit=limit,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_list_workspaces(
        self,
        *,
        organization_id: UUID | str | None | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> ListWorkspacesResponse:
        """List Workspaces

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Args:
            organization_id (None | Unset | UUID): Return only workspaces belonging to this
                organization.
            offset (int | Unset): Number of workspaces to skip before returning results. Default: 0.
            limit (int | Unset): Maximum number of workspaces to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListWorkspacesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_workspaces,
            dict(
                organization_id=organization_id,
                offset=offset,
                limit=limit,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_list_workspaces_async(
        self,
        *,
        organization_id: UUID | str | None | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> ListWorkspacesResponse:
        """List Workspaces

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Args:
            organization_id (None | Unset | UUID): Return only workspaces belonging to this
                organization.
            offset (int | Unset): Number of workspaces to skip before returning results. Default: 0.
            limit (int | Unset): Maximum number of workspaces to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListWorkspacesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_workspaces,
            dict(
                organization_id=organization_id,
                offset=offset,
                limit=limit,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaUsersWithRawResponse:
    """`client.beta.users`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_identity(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UserIdentity]:
        """Get Identity

        Get Identity

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UserIdentity]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_get_identity, dict())
        return self._transport.send_raw(request, options)

    async def get_identity_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UserIdentity]:
        """Get Identity

        Get Identity

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UserIdentity]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_get_identity, dict())
        return await self._transport.send_raw_async(request, options)

    def users_api_list_organizations(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListOrganizationsResponse]:
        """List Organizations

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Args:
            offset (int | Unset): Number of organizations to skip before returning results. Default:
                0.
            limit (int | Unset): Maximum number of organizations to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListOrganizationsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_organizations,
            dict(
                offset=offset,
                limit=limit,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_list_organizations_async(
        self,
        *,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListOrganizationsResponse]:
        """List Organizations

        List every organization the authenticated user is a member of.

        Identity-only: the caller need not have selected an organization, so this
        reads only the user and never scopes by the active org.

        Args:
            offset (int | Unset): Number of organizations to skip before returning results. Default:
                0.
            limit (int | Unset): Maximum number of organizations to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListOrganizationsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_organizations,
            dict(
                offset=offset,
                limit=limit,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_list_workspaces(
        self,
        *,
        organization_id: UUID | str | None | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListWorkspacesResponse]:
        """List Workspaces

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Args:
            organization_id (None | Unset | UUID): Return only workspaces belonging to this
                organization.
            offset (int | Unset): Number of workspaces to skip before returning results. Default: 0.
            limit (int | Unset): Maximum number of workspaces to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListWorkspacesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_workspaces,
            dict(
                organization_id=organization_id,
                offset=offset,
                limit=limit,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_list_workspaces_async(
        self,
        *,
        organization_id: UUID | str | None | Unset = UNSET,
        offset: int | Unset = 0,
        limit: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListWorkspacesResponse]:
        """List Workspaces

        List every workspace the authenticated user is a member of, across all
        their organizations, each tagged with the organization it belongs to.

        Args:
            organization_id (None | Unset | UUID): Return only workspaces belonging to this
                organization.
            offset (int | Unset): Number of workspaces to skip before returning results. Default: 0.
            limit (int | Unset): Maximum number of workspaces to return. Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListWorkspacesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_list_workspaces,
            dict(
                organization_id=organization_id,
                offset=offset,
                limit=limit,
            ),
        )
        return await self._transport.send_raw_async(request, options)
