"""BetaAdminVibeWorkAnalytics: generated resource (`client.beta.admin.vibe_work_analytics`)."""

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
    from ...models.get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_granularity_type_0 import (
        GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0,
    )
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.vibe_work_by_agent_stats_out import VibeWorkByAgentStatsOUT
    from ...models.vibe_work_by_time_stats_out import VibeWorkByTimeStatsOUT
    from ...models.vibe_work_by_user_stats_out import VibeWorkByUserStatsOUT
else:
    GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 = _Lazy(
        globals(),
        "get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_granularity_type_0",
        "GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0",
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    VibeWorkByAgentStatsOUT = _Lazy(globals(), "vibe_work_by_agent_stats_out", "VibeWorkByAgentStatsOUT")
    VibeWorkByTimeStatsOUT = _Lazy(globals(), "vibe_work_by_time_stats_out", "VibeWorkByTimeStatsOUT")
    VibeWorkByUserStatsOUT = _Lazy(globals(), "vibe_work_by_user_stats_out", "VibeWorkByUserStatsOUT")


_KEYWORDS_GET_BY_USER_STATS_V1_ADMIN_ANALYTICS_VIBE_WORK_USAGE_BY_USER_STATS = (
    "start_time",
    "end_time",
)


def _decode_get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats(data: Any) -> VibeWorkByUserStatsOUT:
    response_200 = VibeWorkByUserStatsOUT.from_dict(data)

    return response_200


def _get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats(
    *,
    start_time: int,
    end_time: int,
) -> Request[VibeWorkByUserStatsOUT]:
    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/analytics/vibe/work/usage/by_user_stats",
        operation_id="get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats",
        decode=_decode_get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats,
        kind="json",
        keywords=_KEYWORDS_GET_BY_USER_STATS_V1_ADMIN_ANALYTICS_VIBE_WORK_USAGE_BY_USER_STATS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_BY_AGENT_STATS_V1_ADMIN_ANALYTICS_VIBE_WORK_USAGE_BY_AGENT_STATS = (
    "start_time",
    "end_time",
)


def _decode_get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats(data: Any) -> VibeWorkByAgentStatsOUT:
    response_200 = VibeWorkByAgentStatsOUT.from_dict(data)

    return response_200


def _get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats(
    *,
    start_time: int,
    end_time: int,
) -> Request[VibeWorkByAgentStatsOUT]:
    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/analytics/vibe/work/usage/by_agent_stats",
        operation_id="get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats",
        decode=_decode_get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats,
        kind="json",
        keywords=_KEYWORDS_GET_BY_AGENT_STATS_V1_ADMIN_ANALYTICS_VIBE_WORK_USAGE_BY_AGENT_STATS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_BY_TIME_STATS_V1_ADMIN_ANALYTICS_VIBE_WORK_USAGE_BY_TIME_STATS = (
    "start_time",
    "end_time",
    "granularity",
)


def _decode_get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats(data: Any) -> VibeWorkByTimeStatsOUT:
    response_200 = VibeWorkByTimeStatsOUT.from_dict(data)

    return response_200


def _get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats(
    *,
    start_time: int,
    end_time: int,
    granularity: GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 | None | Unset = UNSET,
) -> Request[VibeWorkByTimeStatsOUT]:
    params: dict[str, Any] = {}

    params["start_time"] = start_time

    params["end_time"] = end_time

    json_granularity: None | str | Unset
    if isinstance(granularity, Unset):
        json_granularity = UNSET
    elif isinstance(granularity, GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0):
        json_granularity = str(granularity)
    else:
        json_granularity = granularity
    params["granularity"] = json_granularity

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/analytics/vibe/work/usage/by_time_stats",
        operation_id="get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats",
        decode=_decode_get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats,
        kind="json",
        keywords=_KEYWORDS_GET_BY_TIME_STATS_V1_ADMIN_ANALYTICS_VIBE_WORK_USAGE_BY_TIME_STATS,
        params=params,
        **_kwargs,
    )


BetaAdminVibeWorkAnalyticsGetByUserStatsV1AdminAnalyticsVibeWorkUsageByUserStatsResult: TypeAlias = (
    VibeWorkByUserStatsOUT
)


BetaAdminVibeWorkAnalyticsGetByAgentStatsV1AdminAnalyticsVibeWorkUsageByAgentStatsResult: TypeAlias = (
    VibeWorkByAgentStatsOUT
)


BetaAdminVibeWorkAnalyticsGetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsResult: TypeAlias = (
    VibeWorkByTimeStatsOUT
)


class BetaAdminVibeWorkAnalytics:
    """`client.beta.admin.vibe_work_analytics`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminVibeWorkAnalyticsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminVibeWorkAnalyticsWithRawResponse(self._transport)

    def get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByUserStatsOUT:
        """Usage by user

        Get Vibe Work usage by user for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkByUserStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send(request, options)

    async def get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByUserStatsOUT:
        """Usage by user

        Get Vibe Work usage by user for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkByUserStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByAgentStatsOUT:
        """Usage by agent

        Get Vibe Work usage by agent for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkByAgentStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send(request, options)

    async def get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByAgentStatsOUT:
        """Usage by agent

        Get Vibe Work usage by agent for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkByAgentStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByTimeStatsOUT:
        """Usage over time

        Get Vibe Work usage over time.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            granularity (GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 |
                None | Unset): Time interval used to group usage results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkByTimeStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
                granularity=granularity,
            ),
        )
        return self._transport.send(request, options)

    async def get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> VibeWorkByTimeStatsOUT:
        """Usage over time

        Get Vibe Work usage over time.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            granularity (GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 |
                None | Unset): Time interval used to group usage results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            VibeWorkByTimeStatsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
                granularity=granularity,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminVibeWorkAnalyticsWithRawResponse:
    """`client.beta.admin.vibe_work_analytics`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkByUserStatsOUT]:
        """Usage by user

        Get Vibe Work usage by user for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkByUserStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkByUserStatsOUT]:
        """Usage by user

        Get Vibe Work usage by user for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkByUserStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_user_stats_v1_admin_analytics_vibe_work_usage_by_user_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkByAgentStatsOUT]:
        """Usage by agent

        Get Vibe Work usage by agent for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkByAgentStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkByAgentStatsOUT]:
        """Usage by agent

        Get Vibe Work usage by agent for a time range.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkByAgentStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_agent_stats_v1_admin_analytics_vibe_work_usage_by_agent_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkByTimeStatsOUT]:
        """Usage over time

        Get Vibe Work usage over time.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            granularity (GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 |
                None | Unset): Time interval used to group usage results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkByTimeStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
                granularity=granularity,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats_async(
        self,
        *,
        start_time: int,
        end_time: int,
        granularity: GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[VibeWorkByTimeStatsOUT]:
        """Usage over time

        Get Vibe Work usage over time.

        Args:
            start_time (int): Start of the queried window, as a Unix timestamp in seconds.
            end_time (int): End of the queried window, as a Unix timestamp in seconds.
            granularity (GetByTimeStatsV1AdminAnalyticsVibeWorkUsageByTimeStatsGranularityType0 |
                None | Unset): Time interval used to group usage results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[VibeWorkByTimeStatsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_by_time_stats_v1_admin_analytics_vibe_work_usage_by_time_stats,
            dict(
                start_time=start_time,
                end_time=end_time,
                granularity=granularity,
            ),
        )
        return await self._transport.send_raw_async(request, options)
