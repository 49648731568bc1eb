"""BetaAdminScim: generated resource (`client.beta.admin.scim`)."""

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
    from ...models.admin_scim_sync_active_run_out import AdminScimSyncActiveRunOUT
    from ...models.admin_scim_sync_config import AdminScimSyncConfig
    from ...models.admin_scim_sync_run_out import AdminScimSyncRunOUT
    from ...models.admin_scim_sync_trigger_in import AdminScimSyncTriggerIN
    from ...models.admin_scim_sync_trigger_out import AdminScimSyncTriggerOUT
else:
    AdminScimSyncActiveRunOUT = _Lazy(globals(), "admin_scim_sync_active_run_out", "AdminScimSyncActiveRunOUT")
    AdminScimSyncConfig = _Lazy(globals(), "admin_scim_sync_config", "AdminScimSyncConfig")
    AdminScimSyncRunOUT = _Lazy(globals(), "admin_scim_sync_run_out", "AdminScimSyncRunOUT")
    AdminScimSyncTriggerIN = _Lazy(globals(), "admin_scim_sync_trigger_in", "AdminScimSyncTriggerIN")
    AdminScimSyncTriggerOUT = _Lazy(globals(), "admin_scim_sync_trigger_out", "AdminScimSyncTriggerOUT")


_KEYWORDS_USERS_API_ADMIN_SCIM_SYNC_TRIGGER_SCIM_SYNC = (
    "dry_run",
    "sync_config",
)


def _decode_users_api_admin_scim_sync_trigger_scim_sync(data: Any) -> AdminScimSyncTriggerOUT:
    response_202 = AdminScimSyncTriggerOUT.from_dict(data)

    return response_202


def _users_api_admin_scim_sync_trigger_scim_sync(
    *,
    dry_run: bool | Unset = UNSET,
    sync_config: AdminScimSyncConfig | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[AdminScimSyncTriggerOUT]:

    _kwargs: dict[str, Any] = {}
    _body = AdminScimSyncTriggerIN(
        dry_run=cast(Any, dry_run),
        sync_config=cast(Any, sync_config),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/scim/sync",
        operation_id="users_api_admin_scim_sync_trigger_scim_sync",
        decode=_decode_users_api_admin_scim_sync_trigger_scim_sync,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_SCIM_SYNC_TRIGGER_SCIM_SYNC,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_SCIM_SYNC_GET_SCIM_SYNC_RUN = ("run_id",)


def _decode_users_api_admin_scim_sync_get_scim_sync_run(data: Any) -> AdminScimSyncRunOUT:
    response_200 = AdminScimSyncRunOUT.from_dict(data)

    return response_200


def _users_api_admin_scim_sync_get_scim_sync_run(
    *,
    run_id: UUID | str,
) -> Request[AdminScimSyncRunOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/scim/sync/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
        operation_id="users_api_admin_scim_sync_get_scim_sync_run",
        decode=_decode_users_api_admin_scim_sync_get_scim_sync_run,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_SCIM_SYNC_GET_SCIM_SYNC_RUN,
        **_kwargs,
    )


BetaAdminScimUsersApiAdminScimSyncTriggerScimSyncResult: TypeAlias = AdminScimSyncTriggerOUT


BetaAdminScimUsersApiAdminScimSyncGetScimSyncRunResult: TypeAlias = AdminScimSyncRunOUT


class BetaAdminScim:
    """`client.beta.admin.scim`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminScimWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminScimWithRawResponse(self._transport)

    def users_api_admin_scim_sync_trigger_scim_sync(
        self,
        *,
        dry_run: bool | Unset = UNSET,
        sync_config: AdminScimSyncConfig | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncTriggerOUT:
        """Trigger Scim Sync

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        Args:
            dry_run (bool | Unset): Preview all synchronization changes without applying them.
            sync_config (AdminScimSyncConfig | None | Unset): Categories to synchronize. Required when dry_run is false; ignored for dry runs.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminScimSyncTriggerOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_trigger_scim_sync,
            dict(
                dry_run=dry_run,
                sync_config=sync_config,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_scim_sync_trigger_scim_sync_async(
        self,
        *,
        dry_run: bool | Unset = UNSET,
        sync_config: AdminScimSyncConfig | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncTriggerOUT:
        """Trigger Scim Sync

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        Args:
            dry_run (bool | Unset): Preview all synchronization changes without applying them.
            sync_config (AdminScimSyncConfig | None | Unset): Categories to synchronize. Required when dry_run is false; ignored for dry runs.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminScimSyncTriggerOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_trigger_scim_sync,
            dict(
                dry_run=dry_run,
                sync_config=sync_config,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_scim_sync_get_scim_sync_run(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncRunOUT:
        """Get Scim Sync Run

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        Args:
            run_id (UUID): Identifier of the SCIM synchronization run.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminScimSyncRunOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_get_scim_sync_run,
            dict(
                run_id=run_id,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_scim_sync_get_scim_sync_run_async(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> AdminScimSyncRunOUT:
        """Get Scim Sync Run

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        Args:
            run_id (UUID): Identifier of the SCIM synchronization run.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminScimSyncRunOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_get_scim_sync_run,
            dict(
                run_id=run_id,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminScimWithRawResponse:
    """`client.beta.admin.scim`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_scim_sync_trigger_scim_sync(
        self,
        *,
        dry_run: bool | Unset = UNSET,
        sync_config: AdminScimSyncConfig | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminScimSyncTriggerOUT]:
        """Trigger Scim Sync

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        Args:
            dry_run (bool | Unset): Preview all synchronization changes without applying them.
            sync_config (AdminScimSyncConfig | None | Unset): Categories to synchronize. Required when dry_run is false; ignored for dry runs.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminScimSyncTriggerOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_trigger_scim_sync,
            dict(
                dry_run=dry_run,
                sync_config=sync_config,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_scim_sync_trigger_scim_sync_async(
        self,
        *,
        dry_run: bool | Unset = UNSET,
        sync_config: AdminScimSyncConfig | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminScimSyncTriggerOUT]:
        """Trigger Scim Sync

        Trigger an on-demand SCIM synchronization for the Organization.

        Requires SAML authentication to be enabled and the Organization to be in SCIM
        user provisioning mode. A dry run previews every change without applying it;
        a real run applies the categories selected in `sync_config`. Only one run may
        be active at a time — a conflicting request returns the already-active run.

        Args:
            dry_run (bool | Unset): Preview all synchronization changes without applying them.
            sync_config (AdminScimSyncConfig | None | Unset): Categories to synchronize. Required when dry_run is false; ignored for dry runs.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminScimSyncTriggerOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_trigger_scim_sync,
            dict(
                dry_run=dry_run,
                sync_config=sync_config,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_scim_sync_get_scim_sync_run(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminScimSyncRunOUT]:
        """Get Scim Sync Run

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        Args:
            run_id (UUID): Identifier of the SCIM synchronization run.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminScimSyncRunOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_get_scim_sync_run,
            dict(
                run_id=run_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_scim_sync_get_scim_sync_run_async(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminScimSyncRunOUT]:
        """Get Scim Sync Run

        Retrieve an on-demand SCIM synchronization run for the Organization.

        Returns the run's lifecycle status along with the preview or result summary
        once the synchronization plan has been built.

        Args:
            run_id (UUID): Identifier of the SCIM synchronization run.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminScimSyncRunOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_scim_sync_get_scim_sync_run,
            dict(
                run_id=run_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
