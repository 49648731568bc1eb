"""BetaAdminVibeCodeAnalytics: generated resource (`client.beta.admin.vibe_code_analytics`)."""

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
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.vibe_organization_stats_out import VibeOrganizationStatsOUT
    from ...models.vibe_workspace_stats_out import VibeWorkspaceStatsOUT
else:
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    VibeOrganizationStatsOUT = _Lazy(globals(), "vibe_organization_stats_out", "VibeOrganizationStatsOUT")
    VibeWorkspaceStatsOUT = _Lazy(globals(), "vibe_workspace_stats_out", "VibeWorkspaceStatsOUT")


_KEYWORDS_GET_WORKSPACE_STATS_V1_ADMIN_ANALYTICS_VIBE_CODE_USAGE_BY_WORKSPACE = (
    "start_time",
    "end_time",
    "workspace_id",
)


def _decode_get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace(data: Any) -> VibeWorkspaceStatsOUT:
    response_200 = VibeWorkspaceStatsOUT.from_dict(data)

    return response_200


def _get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace(
    *,
    start_time: int,
    end_time: int,
    workspace_id: None | str | Unset = UNSET,
) -> Request[VibeWorkspaceStatsOUT]:
    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/analytics/vibe/code/usage/by_workspace",
        operation_id="get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace",
        decode=_decode_get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace,
        kind="json",
        keywords=_KEYWORDS_GET_WORKSPACE_STATS_V1_ADMIN_ANALYTICS_VIBE_CODE_USAGE_BY_WORKSPACE,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_ORGANIZATION_STATS_V1_ADMIN_ANALYTICS_VIBE_CODE_USAGE_BY_ORGANIZATION = (
    "start_time",
    "end_time",
)


def _decode_get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization(
    data: Any,
) -> VibeOrganizationStatsOUT:
    response_200 = VibeOrganizationStatsOUT.from_dict(data)

    return response_200


def _get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization(
    *,
    start_time: int,
    end_time: int,
) -> Request[VibeOrganizationStatsOUT]:
    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/analytics/vibe/code/usage/by_organization",
        operation_id="get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization",
        decode=_decode_get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization,
        kind="json",
        keywords=_KEYWORDS_GET_ORGANIZATION_STATS_V1_ADMIN_ANALYTICS_VIBE_CODE_USAGE_BY_ORGANIZATION,
        params=params,
        **_kwargs,
    )


BetaAdminVibeCodeAnalyticsGetWorkspaceStatsV1AdminAnalyticsVibeCodeUsageByWorkspaceResult: TypeAlias = (
    VibeWorkspaceStatsOUT
)


BetaAdminVibeCodeAnalyticsGetOrganizationStatsV1AdminAnalyticsVibeCodeUsageByOrganizationResult: TypeAlias = (
    VibeOrganizationStatsOUT
)


class BetaAdminVibeCodeAnalytics:
    """`client.beta.admin.vibe_code_analytics`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminVibeCodeAnalyticsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminVibeCodeAnalyticsWithRawResponse(self._transport)

    def get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkspaceStatsOUT:
        """Usage by workspace

        Get Vibe Code usage for a Workspace.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            workspace_id (None | str | Unset): Workspace ID to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkspaceStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace,
            dict(
                start_time=start_time,
                end_time=end_time,
                workspace_id=workspace_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace_async(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkspaceStatsOUT:
        """Usage by workspace

        Get Vibe Code usage for a Workspace.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            workspace_id (None | str | Unset): Workspace ID to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkspaceStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace,
            dict(
                start_time=start_time,
                end_time=end_time,
                workspace_id=workspace_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeOrganizationStatsOUT:
        """Usage by organization

        Get Vibe Code usage for the Organization.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeOrganizationStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send(request, options)

    async def get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeOrganizationStatsOUT:
        """Usage by organization

        Get Vibe Code usage for the Organization.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeOrganizationStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminVibeCodeAnalyticsWithRawResponse:
    """`client.beta.admin.vibe_code_analytics`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkspaceStatsOUT]:
        """Usage by workspace

        Get Vibe Code usage for a Workspace.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            workspace_id (None | str | Unset): Workspace ID to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkspaceStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace,
            dict(
                start_time=start_time,
                end_time=end_time,
                workspace_id=workspace_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace_async(
        self,
        *,
        start_time: int,
        end_time: int,
        workspace_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkspaceStatsOUT]:
        """Usage by workspace

        Get Vibe Code usage for a Workspace.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            workspace_id (None | str | Unset): Workspace ID to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkspaceStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workspace_stats_v1_admin_analytics_vibe_code_usage_by_workspace,
            dict(
                start_time=start_time,
                end_time=end_time,
                workspace_id=workspace_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeOrganizationStatsOUT]:
        """Usage by organization

        Get Vibe Code usage for the Organization.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeOrganizationStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeOrganizationStatsOUT]:
        """Usage by organization

        Get Vibe Code usage for the Organization.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeOrganizationStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_organization_stats_v1_admin_analytics_vibe_code_usage_by_organization,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_raw_async(request, options)
