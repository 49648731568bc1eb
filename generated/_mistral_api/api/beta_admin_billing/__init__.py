"""BetaAdminBilling: generated resource (`client.beta.admin.billing`)."""

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
    from ...models.api_zone import ApiZone
    from ...models.limits_out import LimitsOUT
    from ...models.new_usage_limit_in import NewUsageLimitIN
    from ...models.rate_limits_out import RateLimitsOUT
    from ...models.usage_outjson import UsageOUTJSON
else:
    ApiZone = _Lazy(globals(), "api_zone", "ApiZone")
    LimitsOUT = _Lazy(globals(), "limits_out", "LimitsOUT")
    NewUsageLimitIN = _Lazy(globals(), "new_usage_limit_in", "NewUsageLimitIN")
    RateLimitsOUT = _Lazy(globals(), "rate_limits_out", "RateLimitsOUT")
    UsageOUTJSON = _Lazy(globals(), "usage_outjson", "UsageOUTJSON")


_KEYWORDS_USERS_API_ADMIN_RATE_LIMITS_GET_RATE_LIMITS = ()


def _decode_users_api_admin_rate_limits_get_rate_limits(data: Any) -> RateLimitsOUT:
    response_200 = RateLimitsOUT.from_dict(data)

    return response_200


def _users_api_admin_rate_limits_get_rate_limits() -> Request[RateLimitsOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/rate-limit",
        operation_id="users_api_admin_rate_limits_get_rate_limits",
        decode=_decode_users_api_admin_rate_limits_get_rate_limits,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_RATE_LIMITS_GET_RATE_LIMITS,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_SPEND_LIMITS_GET_SPEND_LIMITS = ()


def _decode_users_api_admin_spend_limits_get_spend_limits(data: Any) -> LimitsOUT:
    response_200 = LimitsOUT.from_dict(data)

    return response_200


def _users_api_admin_spend_limits_get_spend_limits() -> Request[LimitsOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/spend-limit",
        operation_id="users_api_admin_spend_limits_get_spend_limits",
        decode=_decode_users_api_admin_spend_limits_get_spend_limits,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_SPEND_LIMITS_GET_SPEND_LIMITS,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_SPEND_LIMITS_UPDATE_SPEND_LIMITS = (
    "amount",
    "no_monthly_limit",
)


def _decode_users_api_admin_spend_limits_update_spend_limits(data: Any) -> LimitsOUT:
    response_200 = LimitsOUT.from_dict(data)

    return response_200


def _users_api_admin_spend_limits_update_spend_limits(
    *,
    amount: int,
    no_monthly_limit: bool | Unset = UNSET,
) -> Request[LimitsOUT]:

    _kwargs: dict[str, Any] = {}
    _body = NewUsageLimitIN(
        amount=cast(Any, amount),
        no_monthly_limit=cast(Any, no_monthly_limit),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/spend-limit",
        operation_id="users_api_admin_spend_limits_update_spend_limits",
        decode=_decode_users_api_admin_spend_limits_update_spend_limits,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_SPEND_LIMITS_UPDATE_SPEND_LIMITS,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USAGE_GET_USAGE = (
    "month",
    "year",
    "workspace_id",
    "api_zone",
)


def _decode_users_api_admin_usage_get_usage(data: Any) -> UsageOUTJSON:
    response_200 = UsageOUTJSON.from_dict(data)

    return response_200


def _users_api_admin_usage_get_usage(
    *,
    month: None | str | Unset = UNSET,
    year: None | str | Unset = UNSET,
    workspace_id: UUID | str | None | Unset = UNSET,
    api_zone: ApiZone | None | Unset = UNSET,
) -> Request[UsageOUTJSON]:
    params: dict[str, Any] = {}

    json_month: None | str | Unset
    if isinstance(month, Unset):
        json_month = UNSET
    else:
        json_month = month
    params["month"] = json_month

    json_year: None | str | Unset
    if isinstance(year, Unset):
        json_year = UNSET
    else:
        json_year = year
    params["year"] = json_year

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    json_api_zone: None | str | Unset
    if isinstance(api_zone, Unset):
        json_api_zone = UNSET
    elif isinstance(api_zone, ApiZone):
        json_api_zone = str(api_zone)
    else:
        json_api_zone = api_zone
    params["api_zone"] = json_api_zone

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/usage",
        operation_id="users_api_admin_usage_get_usage",
        decode=_decode_users_api_admin_usage_get_usage,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USAGE_GET_USAGE,
        params=params,
        **_kwargs,
    )


BetaAdminBillingUsersApiAdminRateLimitsGetRateLimitsResult: TypeAlias = RateLimitsOUT


BetaAdminBillingUsersApiAdminSpendLimitsGetSpendLimitsResult: TypeAlias = LimitsOUT


BetaAdminBillingUsersApiAdminSpendLimitsUpdateSpendLimitsResult: TypeAlias = LimitsOUT


BetaAdminBillingUsersApiAdminUsageGetUsageResult: TypeAlias = UsageOUTJSON


class BetaAdminBilling:
    """`client.beta.admin.billing`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminBillingWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminBillingWithRawResponse(self._transport)

    def users_api_admin_rate_limits_get_rate_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> RateLimitsOUT:
        """Get Rate Limits

        Get Rate Limits

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RateLimitsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_rate_limits_get_rate_limits, dict())
        return self._transport.send(request, options)

    async def users_api_admin_rate_limits_get_rate_limits_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> RateLimitsOUT:
        """Get Rate Limits

        Get Rate Limits

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RateLimitsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_rate_limits_get_rate_limits, dict())
        return await self._transport.send_async(request, options)

    def users_api_admin_spend_limits_get_spend_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Get Spend Limits

        Get usage, rate, and job limits for the Organization.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            LimitsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_spend_limits_get_spend_limits, dict())
        return self._transport.send(request, options)

    async def users_api_admin_spend_limits_get_spend_limits_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Get Spend Limits

        Get usage, rate, and job limits for the Organization.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            LimitsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_spend_limits_get_spend_limits, dict())
        return await self._transport.send_async(request, options)

    def users_api_admin_spend_limits_update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Update Spend Limits

        Update the Organization usage limit.

        Args:
            amount (int): New monthly usage limit amount.
            no_monthly_limit (bool | Unset): Whether to remove the monthly usage limit.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            LimitsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_spend_limits_update_spend_limits,
            dict(
                amount=amount,
                no_monthly_limit=no_monthly_limit,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_spend_limits_update_spend_limits_async(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> LimitsOUT:
        """Update Spend Limits

        Update the Organization usage limit.

        Args:
            amount (int): New monthly usage limit amount.
            no_monthly_limit (bool | Unset): Whether to remove the monthly usage limit.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            LimitsOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_spend_limits_update_spend_limits,
            dict(
                amount=amount,
                no_monthly_limit=no_monthly_limit,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_usage_get_usage(
        self,
        *,
        month: None | str | Unset = UNSET,
        year: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        api_zone: ApiZone | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UsageOUTJSON:
        """Get Usage

        Get usage and cost data for the Organization.

        Args:
            month (None | str | Unset): Month to return usage for.
            year (None | str | Unset): Year to return usage for.
            workspace_id (None | Unset | UUID): Workspace ID to filter results.
            api_zone (ApiZone | None | Unset): Regional inference zone to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UsageOUTJSON

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_usage_get_usage,
            dict(
                month=month,
                year=year,
                workspace_id=workspace_id,
                api_zone=api_zone,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_usage_get_usage_async(
        self,
        *,
        month: None | str | Unset = UNSET,
        year: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        api_zone: ApiZone | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UsageOUTJSON:
        """Get Usage

        Get usage and cost data for the Organization.

        Args:
            month (None | str | Unset): Month to return usage for.
            year (None | str | Unset): Year to return usage for.
            workspace_id (None | Unset | UUID): Workspace ID to filter results.
            api_zone (ApiZone | None | Unset): Regional inference zone to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UsageOUTJSON

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_usage_get_usage,
            dict(
                month=month,
                year=year,
                workspace_id=workspace_id,
                api_zone=api_zone,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminBillingWithRawResponse:
    """`client.beta.admin.billing`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_rate_limits_get_rate_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RateLimitsOUT]:
        """Get Rate Limits

        Get Rate Limits

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RateLimitsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_rate_limits_get_rate_limits, dict())
        return self._transport.send_raw(request, options)

    async def users_api_admin_rate_limits_get_rate_limits_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RateLimitsOUT]:
        """Get Rate Limits

        Get Rate Limits

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RateLimitsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_rate_limits_get_rate_limits, dict())
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_spend_limits_get_spend_limits(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[LimitsOUT]:
        """Get Spend Limits

        Get usage, rate, and job limits for the Organization.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[LimitsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_spend_limits_get_spend_limits, dict())
        return self._transport.send_raw(request, options)

    async def users_api_admin_spend_limits_get_spend_limits_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[LimitsOUT]:
        """Get Spend Limits

        Get usage, rate, and job limits for the Organization.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[LimitsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_spend_limits_get_spend_limits, dict())
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_spend_limits_update_spend_limits(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[LimitsOUT]:
        """Update Spend Limits

        Update the Organization usage limit.

        Args:
            amount (int): New monthly usage limit amount.
            no_monthly_limit (bool | Unset): Whether to remove the monthly usage limit.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[LimitsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_spend_limits_update_spend_limits,
            dict(
                amount=amount,
                no_monthly_limit=no_monthly_limit,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_spend_limits_update_spend_limits_async(
        self,
        *,
        amount: int,
        no_monthly_limit: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[LimitsOUT]:
        """Update Spend Limits

        Update the Organization usage limit.

        Args:
            amount (int): New monthly usage limit amount.
            no_monthly_limit (bool | Unset): Whether to remove the monthly usage limit.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[LimitsOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_spend_limits_update_spend_limits,
            dict(
                amount=amount,
                no_monthly_limit=no_monthly_limit,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_usage_get_usage(
        self,
        *,
        month: None | str | Unset = UNSET,
        year: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        api_zone: ApiZone | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UsageOUTJSON]:
        """Get Usage

        Get usage and cost data for the Organization.

        Args:
            month (None | str | Unset): Month to return usage for.
            year (None | str | Unset): Year to return usage for.
            workspace_id (None | Unset | UUID): Workspace ID to filter results.
            api_zone (ApiZone | None | Unset): Regional inference zone to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UsageOUTJSON]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_usage_get_usage,
            dict(
                month=month,
                year=year,
                workspace_id=workspace_id,
                api_zone=api_zone,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_usage_get_usage_async(
        self,
        *,
        month: None | str | Unset = UNSET,
        year: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        api_zone: ApiZone | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UsageOUTJSON]:
        """Get Usage

        Get usage and cost data for the Organization.

        Args:
            month (None | str | Unset): Month to return usage for.
            year (None | str | Unset): Year to return usage for.
            workspace_id (None | Unset | UUID): Workspace ID to filter results.
            api_zone (ApiZone | None | Unset): Regional inference zone to filter results.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UsageOUTJSON]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_usage_get_usage,
            dict(
                month=month,
                year=year,
                workspace_id=workspace_id,
                api_zone=api_zone,
            ),
        )
        return await self._transport.send_raw_async(request, options)
