"""BetaAdminApiKeys: generated resource (`client.beta.admin.api_keys`)."""

from __future__ import annotations

import builtins
import datetime
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
    from ...models.admin_create_api_key_in import AdminCreateAPIKeyIN
    from ...models.api_key_out import APIKeyOUT
    from ...models.api_keys_extended_out import APIKeysExtendedOUT
    from ...models.delete_api_key_out import DeleteAPIKeyOUT
else:
    AdminCreateAPIKeyIN = _Lazy(globals(), "admin_create_api_key_in", "AdminCreateAPIKeyIN")
    APIKeyOUT = _Lazy(globals(), "api_key_out", "APIKeyOUT")
    APIKeysExtendedOUT = _Lazy(globals(), "api_keys_extended_out", "APIKeysExtendedOUT")
    DeleteAPIKeyOUT = _Lazy(globals(), "delete_api_key_out", "DeleteAPIKeyOUT")


_KEYWORDS_USERS_API_ADMIN_API_KEYS_GET_API_KEYS = (
    "limit",
    "offset",
    "name",
)


def _decode_users_api_admin_api_keys_get_api_keys(data: Any) -> APIKeysExtendedOUT:
    response_200 = APIKeysExtendedOUT.from_dict(data)

    return response_200


def _users_api_admin_api_keys_get_api_keys(
    *,
    limit: int | Unset = 100,
    offset: int | Unset = 0,
    name: None | str | Unset = UNSET,
) -> Request[APIKeysExtendedOUT]:
    params: dict[str, Any] = {}

    params["limit"] = limit

    params["offset"] = offset

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/api-keys",
        operation_id="users_api_admin_api_keys_get_api_keys",
        decode=_decode_users_api_admin_api_keys_get_api_keys,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_API_KEYS_GET_API_KEYS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_API_KEYS_CREATE_API_KEY = (
    "workspace_uuid",
    "user_id",
    "name",
    "expiration",
)


def _decode_users_api_admin_api_keys_create_api_key(data: Any) -> APIKeyOUT:
    response_200 = APIKeyOUT.from_dict(data)

    return response_200


def _users_api_admin_api_keys_create_api_key(
    *,
    workspace_uuid: UUID | str,
    user_id: UUID | str,
    name: str | None | Unset = UNSET,
    expiration: datetime.date | None | Unset = UNSET,
) -> Request[APIKeyOUT]:

    _kwargs: dict[str, Any] = {}
    _body = AdminCreateAPIKeyIN(
        workspace_uuid=cast(Any, workspace_uuid),
        user_id=cast(Any, user_id),
        name=cast(Any, name),
        expiration=cast(Any, expiration),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/api-keys",
        operation_id="users_api_admin_api_keys_create_api_key",
        decode=_decode_users_api_admin_api_keys_create_api_key,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_API_KEYS_CREATE_API_KEY,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_API_KEYS_DELETE_API_KEY = ("key_id",)


def _decode_users_api_admin_api_keys_delete_api_key(data: Any) -> DeleteAPIKeyOUT:
    response_200 = DeleteAPIKeyOUT.from_dict(data)

    return response_200


def _users_api_admin_api_keys_delete_api_key(
    *,
    key_id: UUID | str,
) -> Request[DeleteAPIKeyOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/admin/api-keys/{key_id}".format(
            key_id=quote(str(key_id), safe=""),
        ),
        operation_id="users_api_admin_api_keys_delete_api_key",
        decode=_decode_users_api_admin_api_keys_delete_api_key,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_API_KEYS_DELETE_API_KEY,
        **_kwargs,
    )


BetaAdminApiKeysUsersApiAdminApiKeysGetApiKeysResult: TypeAlias = APIKeysExtendedOUT


BetaAdminApiKeysUsersApiAdminApiKeysCreateApiKeyResult: TypeAlias = APIKeyOUT


BetaAdminApiKeysUsersApiAdminApiKeysDeleteApiKeyResult: TypeAlias = DeleteAPIKeyOUT


class BetaAdminApiKeys:
    """`client.beta.admin.api_keys`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminApiKeysWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminApiKeysWithRawResponse(self._transport)

    def users_api_admin_api_keys_get_api_keys(
        self,
        *,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIKeysExtendedOUT:
        """Get Api Keys

        List API keys for the Organization.

        Args:
            limit (int | Unset): Maximum number of results to return. Default: 100.
            offset (int | Unset): Number of results to skip before returning results. Default: 0.
            name (None | str | Unset): Filter API keys by name substring or the last 4 characters of
                the key. Matching is case-insensitive and accent-insensitive.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIKeysExtendedOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_get_api_keys,
            dict(
                limit=limit,
                offset=offset,
                name=name,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_api_keys_get_api_keys_async(
        self,
        *,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIKeysExtendedOUT:
        """Get Api Keys

        List API keys for the Organization.

        Args:
            limit (int | Unset): Maximum number of results to return. Default: 100.
            offset (int | Unset): Number of results to skip before returning results. Default: 0.
            name (None | str | Unset): Filter API keys by name substring or the last 4 characters of
                the key. Matching is case-insensitive and accent-insensitive.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIKeysExtendedOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_get_api_keys,
            dict(
                limit=limit,
                offset=offset,
                name=name,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_api_keys_create_api_key(
        self,
        *,
        workspace_uuid: UUID | str,
        user_id: UUID | str,
        name: str | None | Unset = UNSET,
        expiration: datetime.date | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIKeyOUT:
        """Create Api Key

        Create a Workspace API key.

        Args:
            workspace_uuid (UUID): Workspace ID for the API key.
            user_id (UUID): ID of the user the API key is created for.
            name (None | str | Unset): Optional name for the API key.
            expiration (datetime.date | None | Unset): Date when the API key should expire.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIKeyOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_create_api_key,
            dict(
                workspace_uuid=workspace_uuid,
                user_id=user_id,
                name=name,
                expiration=expiration,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_api_keys_create_api_key_async(
        self,
        *,
        workspace_uuid: UUID | str,
        user_id: UUID | str,
        name: str | None | Unset = UNSET,
        expiration: datetime.date | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIKeyOUT:
        """Create Api Key

        Create a Workspace API key.

        Args:
            workspace_uuid (UUID): Workspace ID for the API key.
            user_id (UUID): ID of the user the API key is created for.
            name (None | str | Unset): Optional name for the API key.
            expiration (datetime.date | None | Unset): Date when the API key should expire.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIKeyOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_create_api_key,
            dict(
                workspace_uuid=workspace_uuid,
                user_id=user_id,
                name=name,
                expiration=expiration,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_api_keys_delete_api_key(
        self,
        *,
        key_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteAPIKeyOUT:
        """Delete Api Key

        Delete an API key.

        Args:
            key_id (UUID): API key ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteAPIKeyOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_delete_api_key,
            dict(
                key_id=key_id,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_api_keys_delete_api_key_async(
        self,
        *,
        key_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteAPIKeyOUT:
        """Delete Api Key

        Delete an API key.

        Args:
            key_id (UUID): API key ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteAPIKeyOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_delete_api_key,
            dict(
                key_id=key_id,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminApiKeysWithRawResponse:
    """`client.beta.admin.api_keys`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_api_keys_get_api_keys(
        self,
        *,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[APIKeysExtendedOUT]:
        """Get Api Keys

        List API keys for the Organization.

        Args:
            limit (int | Unset): Maximum number of results to return. Default: 100.
            offset (int | Unset): Number of results to skip before returning results. Default: 0.
            name (None | str | Unset): Filter API keys by name substring or the last 4 characters of
                the key. Matching is case-insensitive and accent-insensitive.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[APIKeysExtendedOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_get_api_keys,
            dict(
                limit=limit,
                offset=offset,
                name=name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_api_keys_get_api_keys_async(
        self,
        *,
        limit: int | Unset = 100,
        offset: int | Unset = 0,
        name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[APIKeysExtendedOUT]:
        """Get Api Keys

        List API keys for the Organization.

        Args:
            limit (int | Unset): Maximum number of results to return. Default: 100.
            offset (int | Unset): Number of results to skip before returning results. Default: 0.
            name (None | str | Unset): Filter API keys by name substring or the last 4 characters of
                the key. Matching is case-insensitive and accent-insensitive.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[APIKeysExtendedOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_get_api_keys,
            dict(
                limit=limit,
                offset=offset,
                name=name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_api_keys_create_api_key(
        self,
        *,
        workspace_uuid: UUID | str,
        user_id: UUID | str,
        name: str | None | Unset = UNSET,
        expiration: datetime.date | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[APIKeyOUT]:
        """Create Api Key

        Create a Workspace API key.

        Args:
            workspace_uuid (UUID): Workspace ID for the API key.
            user_id (UUID): ID of the user the API key is created for.
            name (None | str | Unset): Optional name for the API key.
            expiration (datetime.date | None | Unset): Date when the API key should expire.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[APIKeyOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_create_api_key,
            dict(
                workspace_uuid=workspace_uuid,
                user_id=user_id,
                name=name,
                expiration=expiration,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_api_keys_create_api_key_async(
        self,
        *,
        workspace_uuid: UUID | str,
        user_id: UUID | str,
        name: str | None | Unset = UNSET,
        expiration: datetime.date | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[APIKeyOUT]:
        """Create Api Key

        Create a Workspace API key.

        Args:
            workspace_uuid (UUID): Workspace ID for the API key.
            user_id (UUID): ID of the user the API key is created for.
            name (None | str | Unset): Optional name for the API key.
            expiration (datetime.date | None | Unset): Date when the API key should expire.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[APIKeyOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_create_api_key,
            dict(
                workspace_uuid=workspace_uuid,
                user_id=user_id,
                name=name,
                expiration=expiration,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_api_keys_delete_api_key(
        self,
        *,
        key_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteAPIKeyOUT]:
        """Delete Api Key

        Delete an API key.

        Args:
            key_id (UUID): API key ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteAPIKeyOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_delete_api_key,
            dict(
                key_id=key_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_api_keys_delete_api_key_async(
        self,
        *,
        key_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteAPIKeyOUT]:
        """Delete Api Key

        Delete an API key.

        Args:
            key_id (UUID): API key ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteAPIKeyOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_api_keys_delete_api_key,
            dict(
                key_id=key_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
