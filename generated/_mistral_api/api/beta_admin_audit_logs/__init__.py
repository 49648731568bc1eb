"""BetaAdminAuditLogs: generated resource (`client.beta.admin.audit_logs`)."""

from __future__ import annotations

import builtins
import datetime
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
    from ...models.actor_type import ActorType
    from ...models.audit_log_event_type import AuditLogEventType
    from ...models.audit_log_out import AuditLogOut
    from ...models.target_type import TargetType
    from ...models.users_api_admin_audit_logs_get_audit_logs_audit_logs_sorting import (
        UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting,
    )
else:
    ActorType = _Lazy(globals(), "actor_type", "ActorType")
    AuditLogEventType = _Lazy(globals(), "audit_log_event_type", "AuditLogEventType")
    AuditLogOut = _Lazy(globals(), "audit_log_out", "AuditLogOut")
    TargetType = _Lazy(globals(), "target_type", "TargetType")
    UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting = _Lazy(
        globals(),
        "users_api_admin_audit_logs_get_audit_logs_audit_logs_sorting",
        "UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting",
    )


_KEYWORDS_USERS_API_ADMIN_AUDIT_LOGS_GET_AUDIT_LOGS = (
    "actor_type",
    "event_type",
    "target_type",
    "actor_user_uuid",
    "sort",
    "after",
    "before",
    "limit",
)


def _decode_users_api_admin_audit_logs_get_audit_logs(data: Any) -> builtins.list[AuditLogOut]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = AuditLogOut.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _users_api_admin_audit_logs_get_audit_logs(
    *,
    actor_type: builtins.list[ActorType] | None | Unset = UNSET,
    event_type: builtins.list[AuditLogEventType] | None | Unset = UNSET,
    target_type: builtins.list[TargetType] | None | Unset = UNSET,
    actor_user_uuid: None | str | Unset = UNSET,
    sort: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting
    | Unset = UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    limit: int | Unset = 20,
) -> Request[builtins.list[AuditLogOut]]:
    params: dict[str, Any] = {}

    json_actor_type: list[str] | None | Unset
    if isinstance(actor_type, Unset):
        json_actor_type = UNSET
    elif isinstance(actor_type, list):
        json_actor_type = []
        for actor_type_type_0_item_data in actor_type:
            actor_type_type_0_item = str(actor_type_type_0_item_data)
            json_actor_type.append(actor_type_type_0_item)

    else:
        json_actor_type = actor_type
    params["actor_type"] = json_actor_type

    json_event_type: list[str] | None | Unset
    if isinstance(event_type, Unset):
        json_event_type = UNSET
    elif isinstance(event_type, list):
        json_event_type = []
        for event_type_type_0_item_data in event_type:
            event_type_type_0_item = str(event_type_type_0_item_data)
            json_event_type.append(event_type_type_0_item)

    else:
        json_event_type = event_type
    params["event_type"] = json_event_type

    json_target_type: list[str] | None | Unset
    if isinstance(target_type, Unset):
        json_target_type = UNSET
    elif isinstance(target_type, list):
        json_target_type = []
        for target_type_type_0_item_data in target_type:
            target_type_type_0_item = str(target_type_type_0_item_data)
            json_target_type.append(target_type_type_0_item)

    else:
        json_target_type = target_type
    params["target_type"] = json_target_type

    json_actor_user_uuid: None | str | Unset
    if isinstance(actor_user_uuid, Unset):
        json_actor_user_uuid = UNSET
    else:
        json_actor_user_uuid = actor_user_uuid
    params["actor_user_uuid"] = json_actor_user_uuid

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = str(sort)

    params["sort"] = json_sort

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat().replace("+00:00", "Z")
    else:
        json_after = after
    params["after"] = json_after

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.datetime):
        json_before = before.isoformat().replace("+00:00", "Z")
    else:
        json_before = before
    params["before"] = json_before

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/audit-logs",
        operation_id="users_api_admin_audit_logs_get_audit_logs",
        decode=_decode_users_api_admin_audit_logs_get_audit_logs,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_AUDIT_LOGS_GET_AUDIT_LOGS,
        params=params,
        **_kwargs,
    )


BetaAdminAuditLogsUsersApiAdminAuditLogsGetAuditLogsResult: TypeAlias = builtins.list[AuditLogOut]


class BetaAdminAuditLogs:
    """`client.beta.admin.audit_logs`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminAuditLogsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminAuditLogsWithRawResponse(self._transport)

    def users_api_admin_audit_logs_get_audit_logs(
        self,
        *,
        actor_type: builtins.list[ActorType] | None | Unset = UNSET,
        event_type: builtins.list[AuditLogEventType] | None | Unset = UNSET,
        target_type: builtins.list[TargetType] | None | Unset = UNSET,
        actor_user_uuid: None | str | Unset = UNSET,
        sort: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting
        | Unset = UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        limit: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AuditLogOut]:
        """Get Audit Logs

        List audit log entries for the Organization.

        Args:
            actor_type (list[ActorType] | None | Unset): Actor types to include in the audit log
                results.
            event_type (list[AuditLogEventType] | None | Unset): Event types to include in the audit
                log results.
            target_type (list[TargetType] | None | Unset): Target resource types to include in the
                audit log results.
            actor_user_uuid (None | str | Unset): Filter logs by the UUID of the user who performed
                the action.
            sort (UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting | Unset): Sort order for audit
                log entries. Default: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING.
            after (datetime.datetime | None | Unset): Return audit log entries after this time.
            before (datetime.datetime | None | Unset): Return audit log entries before this time.
            limit (int | Unset): Maximum number of results to return. Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[AuditLogOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_audit_logs_get_audit_logs,
            dict(
                actor_type=actor_type,
                event_type=event_type,
                target_type=target_type,
                actor_user_uuid=actor_user_uuid,
                sort=sort,
                after=after,
                before=before,
                limit=limit,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_audit_logs_get_audit_logs_async(
        self,
        *,
        actor_type: builtins.list[ActorType] | None | Unset = UNSET,
        event_type: builtins.list[AuditLogEventType] | None | Unset = UNSET,
        target_type: builtins.list[TargetType] | None | Unset = UNSET,
        actor_user_uuid: None | str | Unset = UNSET,
        sort: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting
        | Unset = UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        limit: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AuditLogOut]:
        """Get Audit Logs

        List audit log entries for the Organization.

        Args:
            actor_type (list[ActorType] | None | Unset): Actor types to include in the audit log
                results.
            event_type (list[AuditLogEventType] | None | Unset): Event types to include in the audit
                log results.
            target_type (list[TargetType] | None | Unset): Target resource types to include in the
                audit log results.
            actor_user_uuid (None | str | Unset): Filter logs by the UUID of the user who performed
                the action.
            sort (UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting | Unset): Sort order for audit
                log entries. Default: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING.
            after (datetime.datetime | None | Unset): Return audit log entries after this time.
            before (datetime.datetime | None | Unset): Return audit log entries before this time.
            limit (int | Unset): Maximum number of results to return. Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[AuditLogOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_audit_logs_get_audit_logs,
            dict(
                actor_type=actor_type,
                event_type=event_type,
                target_type=target_type,
                actor_user_uuid=actor_user_uuid,
                sort=sort,
                after=after,
                before=before,
                limit=limit,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminAuditLogsWithRawResponse:
    """`client.beta.admin.audit_logs`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_audit_logs_get_audit_logs(
        self,
        *,
        actor_type: builtins.list[ActorType] | None | Unset = UNSET,
        event_type: builtins.list[AuditLogEventType] | None | Unset = UNSET,
        target_type: builtins.list[TargetType] | None | Unset = UNSET,
        actor_user_uuid: None | str | Unset = UNSET,
        sort: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting
        | Unset = UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        limit: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[AuditLogOut]]:
        """Get Audit Logs

        List audit log entries for the Organization.

        Args:
            actor_type (list[ActorType] | None | Unset): Actor types to include in the audit log
                results.
            event_type (list[AuditLogEventType] | None | Unset): Event types to include in the audit
                log results.
            target_type (list[TargetType] | None | Unset): Target resource types to include in the
                audit log results.
            actor_user_uuid (None | str | Unset): Filter logs by the UUID of the user who performed
                the action.
            sort (UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting | Unset): Sort order for audit
                log entries. Default: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING.
            after (datetime.datetime | None | Unset): Return audit log entries after this time.
            before (datetime.datetime | None | Unset): Return audit log entries before this time.
            limit (int | Unset): Maximum number of results to return. Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[AuditLogOut]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_audit_logs_get_audit_logs,
            dict(
                actor_type=actor_type,
                event_type=event_type,
                target_type=target_type,
                actor_user_uuid=actor_user_uuid,
                sort=sort,
                after=after,
                before=before,
                limit=limit,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_audit_logs_get_audit_logs_async(
        self,
        *,
        actor_type: builtins.list[ActorType] | None | Unset = UNSET,
        event_type: builtins.list[AuditLogEventType] | None | Unset = UNSET,
        target_type: builtins.list[TargetType] | None | Unset = UNSET,
        actor_user_uuid: None | str | Unset = UNSET,
        sort: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting
        | Unset = UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        limit: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[AuditLogOut]]:
        """Get Audit Logs

        List audit log entries for the Organization.

        Args:
            actor_type (list[ActorType] | None | Unset): Actor types to include in the audit log
                results.
            event_type (list[AuditLogEventType] | None | Unset): Event types to include in the audit
                log results.
            target_type (list[TargetType] | None | Unset): Target resource types to include in the
                audit log results.
            actor_user_uuid (None | str | Unset): Filter logs by the UUID of the user who performed
                the action.
            sort (UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting | Unset): Sort order for audit
                log entries. Default: UsersApiAdminAuditLogsGetAuditLogsAuditLogsSorting.DESCENDING.
            after (datetime.datetime | None | Unset): Return audit log entries after this time.
            before (datetime.datetime | None | Unset): Return audit log entries before this time.
            limit (int | Unset): Maximum number of results to return. Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[AuditLogOut]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_audit_logs_get_audit_logs,
            dict(
                actor_type=actor_type,
                event_type=event_type,
                target_type=target_type,
                actor_user_uuid=actor_user_uuid,
                sort=sort,
                after=after,
                before=before,
                limit=limit,
            ),
        )
        return await self._transport.send_raw_async(request, options)
