"""BetaObservabilityCampaigns: generated resource (`client.beta.observability.campaigns`)."""

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
    from ...models.campaign import Campaign
    from ...models.create_campaign_request import CreateCampaignRequest
    from ...models.fetch_campaign_status_response import FetchCampaignStatusResponse
    from ...models.filter_payload import FilterPayload
    from ...models.list_campaign_selected_events_response import ListCampaignSelectedEventsResponse
    from ...models.list_campaigns_response import ListCampaignsResponse
    from ...models.observability_error import ObservabilityError
else:
    Campaign = _Lazy(globals(), "campaign", "Campaign")
    CreateCampaignRequest = _Lazy(globals(), "create_campaign_request", "CreateCampaignRequest")
    FetchCampaignStatusResponse = _Lazy(globals(), "fetch_campaign_status_response", "FetchCampaignStatusResponse")
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")
    ListCampaignSelectedEventsResponse = _Lazy(
        globals(), "list_campaign_selected_events_response", "ListCampaignSelectedEventsResponse"
    )
    ListCampaignsResponse = _Lazy(globals(), "list_campaigns_response", "ListCampaignsResponse")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")


_KEYWORDS_GET_CAMPAIGNS_V1_OBSERVABILITY_CAMPAIGNS_GET = (
    "page_size",
    "page",
    "q",
)


def _decode_get_campaigns_v1_observability_campaigns_get(data: Any) -> ListCampaignsResponse:
    response_200 = ListCampaignsResponse.from_dict(data)

    return response_200


def _get_campaigns_v1_observability_campaigns_get(
    *,
    page_size: int | Unset = 50,
    page: int | Unset = 1,
    q: None | str | Unset = UNSET,
) -> Request[ListCampaignsResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/campaigns",
        operation_id="get_campaigns_v1_observability_campaigns_get",
        decode=_decode_get_campaigns_v1_observability_campaigns_get,
        kind="json",
        keywords=_KEYWORDS_GET_CAMPAIGNS_V1_OBSERVABILITY_CAMPAIGNS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CREATE_CAMPAIGN_V1_OBSERVABILITY_CAMPAIGNS_POST = (
    "search_params",
    "judge_id",
    "name",
    "description",
    "max_nb_events",
)


def _decode_create_campaign_v1_observability_campaigns_post(data: Any) -> Campaign:
    response_201 = Campaign.from_dict(data)

    return response_201


def _create_campaign_v1_observability_campaigns_post(
    *,
    search_params: FilterPayload | Mapping[str, Any],
    judge_id: UUID | str,
    name: str,
    description: str,
    max_nb_events: int,
) -> Request[Campaign]:

    _kwargs: dict[str, Any] = {}
    _body = CreateCampaignRequest(
        search_params=cast(Any, search_params),
        judge_id=cast(Any, judge_id),
        name=cast(Any, name),
        description=cast(Any, description),
        max_nb_events=cast(Any, max_nb_events),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/campaigns",
        operation_id="create_campaign_v1_observability_campaigns_post",
        decode=_decode_create_campaign_v1_observability_campaigns_post,
        kind="json",
        keywords=_KEYWORDS_CREATE_CAMPAIGN_V1_OBSERVABILITY_CAMPAIGNS_POST,
        **_kwargs,
    )


_KEYWORDS_GET_CAMPAIGN_BY_ID_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_GET = ("campaign_id",)


def _decode_get_campaign_by_id_v1_observability_campaigns_campaign_id_get(data: Any) -> Campaign:
    response_200 = Campaign.from_dict(data)

    return response_200


def _get_campaign_by_id_v1_observability_campaigns_campaign_id_get(
    *,
    campaign_id: UUID | str,
) -> Request[Campaign]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/campaigns/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        operation_id="get_campaign_by_id_v1_observability_campaigns_campaign_id_get",
        decode=_decode_get_campaign_by_id_v1_observability_campaigns_campaign_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_CAMPAIGN_BY_ID_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_GET,
        **_kwargs,
    )


_KEYWORDS_DELETE_CAMPAIGN_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_DELETE = ("campaign_id",)


def _delete_campaign_v1_observability_campaigns_campaign_id_delete(
    *,
    campaign_id: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/observability/campaigns/{campaign_id}".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        operation_id="delete_campaign_v1_observability_campaigns_campaign_id_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_DELETE_CAMPAIGN_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_GET_CAMPAIGN_STATUS_BY_ID_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_STATUS_GET = ("campaign_id",)


def _decode_get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get(
    data: Any,
) -> FetchCampaignStatusResponse:
    response_200 = FetchCampaignStatusResponse.from_dict(data)

    return response_200


def _get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get(
    *,
    campaign_id: UUID | str,
) -> Request[FetchCampaignStatusResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/campaigns/{campaign_id}/status".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        operation_id="get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get",
        decode=_decode_get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get,
        kind="json",
        keywords=_KEYWORDS_GET_CAMPAIGN_STATUS_BY_ID_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_STATUS_GET,
        **_kwargs,
    )


_KEYWORDS_GET_CAMPAIGN_SELECTED_EVENTS_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_SELECTED_EVENTS_GET = (
    "campaign_id",
    "page_size",
    "page",
)


def _decode_get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get(
    data: Any,
) -> ListCampaignSelectedEventsResponse:
    response_200 = ListCampaignSelectedEventsResponse.from_dict(data)

    return response_200


def _get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get(
    *,
    campaign_id: UUID | str,
    page_size: int | Unset = 50,
    page: int | Unset = 1,
) -> Request[ListCampaignSelectedEventsResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    params["page"] = page

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/campaigns/{campaign_id}/selected-events".format(
            campaign_id=quote(str(campaign_id), safe=""),
        ),
        operation_id="get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get",
        decode=_decode_get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get,
        kind="json",
        keywords=_KEYWORDS_GET_CAMPAIGN_SELECTED_EVENTS_V1_OBSERVABILITY_CAMPAIGNS_CAMPAIGN_ID_SELECTED_EVENTS_GET,
        params=params,
        **_kwargs,
    )


BetaObservabilityCampaignsListResult: TypeAlias = ListCampaignsResponse


BetaObservabilityCampaignsCreateResult: TypeAlias = Campaign


BetaObservabilityCampaignsFetchResult: TypeAlias = Campaign


BetaObservabilityCampaignsDeleteResult: TypeAlias = None


BetaObservabilityCampaignsFetchStatusResult: TypeAlias = FetchCampaignStatusResponse


BetaObservabilityCampaignsListEventsResult: TypeAlias = ListCampaignSelectedEventsResponse


class BetaObservabilityCampaigns:
    """`client.beta.observability.campaigns`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityCampaignsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityCampaignsWithRawResponse(self._transport)

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListCampaignsResponse:
        """Get all campaigns

        Get all campaigns

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListCampaignsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaigns_v1_observability_campaigns_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListCampaignsResponse:
        """Get all campaigns

        Get all campaigns

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListCampaignsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaigns_v1_observability_campaigns_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        judge_id: UUID | str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Create and start a new campaign

        Create and start a new campaign

        Args:
            search_params (FilterPayload):
            judge_id (UUID):
            name (str):
            description (str):
            max_nb_events (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Campaign

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_campaign_v1_observability_campaigns_post,
            dict(
                search_params=search_params,
                judge_id=judge_id,
                name=name,
                description=description,
                max_nb_events=max_nb_events,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        judge_id: UUID | str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Create and start a new campaign

        Create and start a new campaign

        Args:
            search_params (FilterPayload):
            judge_id (UUID):
            name (str):
            description (str):
            max_nb_events (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Campaign

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_campaign_v1_observability_campaigns_post,
            dict(
                search_params=search_params,
                judge_id=judge_id,
                name=name,
                description=description,
                max_nb_events=max_nb_events,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Get campaign by id

        Get campaign by id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Campaign

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_by_id_v1_observability_campaigns_campaign_id_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_async(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Campaign:
        """Get campaign by id

        Get campaign by id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Campaign

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_by_id_v1_observability_campaigns_campaign_id_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a campaign

        Delete a campaign

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_campaign_v1_observability_campaigns_campaign_id_delete,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a campaign

        Delete a campaign

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_campaign_v1_observability_campaigns_campaign_id_delete,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch_status(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> FetchCampaignStatusResponse:
        """Get campaign status by campaign id

        Get campaign status by campaign id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FetchCampaignStatusResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_status_async(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> FetchCampaignStatusResponse:
        """Get campaign status by campaign id

        Get campaign status by campaign id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FetchCampaignStatusResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_events(
        self,
        *,
        campaign_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign

        Get event ids that were selected by the given campaign

        Args:
            campaign_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListCampaignSelectedEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get,
            dict(
                campaign_id=campaign_id,
                page_size=page_size,
                page=page,
            ),
        )
        return self._transport.send(request, options)

    async def list_events_async(
        self,
        *,
        campaign_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> ListCampaignSelectedEventsResponse:
        """Get event ids that were selected by the given campaign

        Get event ids that were selected by the given campaign

        Args:
            campaign_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListCampaignSelectedEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get,
            dict(
                campaign_id=campaign_id,
                page_size=page_size,
                page=page,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityCampaignsWithRawResponse:
    """`client.beta.observability.campaigns`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListCampaignsResponse]:
        """Get all campaigns

        Get all campaigns

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListCampaignsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaigns_v1_observability_campaigns_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListCampaignsResponse]:
        """Get all campaigns

        Get all campaigns

        Args:
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListCampaignsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaigns_v1_observability_campaigns_get,
            dict(
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        judge_id: UUID | str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Campaign]:
        """Create and start a new campaign

        Create and start a new campaign

        Args:
            search_params (FilterPayload):
            judge_id (UUID):
            name (str):
            description (str):
            max_nb_events (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Campaign]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_campaign_v1_observability_campaigns_post,
            dict(
                search_params=search_params,
                judge_id=judge_id,
                name=name,
                description=description,
                max_nb_events=max_nb_events,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        judge_id: UUID | str,
        name: str,
        description: str,
        max_nb_events: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Campaign]:
        """Create and start a new campaign

        Create and start a new campaign

        Args:
            search_params (FilterPayload):
            judge_id (UUID):
            name (str):
            description (str):
            max_nb_events (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Campaign]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_campaign_v1_observability_campaigns_post,
            dict(
                search_params=search_params,
                judge_id=judge_id,
                name=name,
                description=description,
                max_nb_events=max_nb_events,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Campaign]:
        """Get campaign by id

        Get campaign by id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Campaign]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_by_id_v1_observability_campaigns_campaign_id_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_async(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Campaign]:
        """Get campaign by id

        Get campaign by id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Campaign]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_by_id_v1_observability_campaigns_campaign_id_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a campaign

        Delete a campaign

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_campaign_v1_observability_campaigns_campaign_id_delete,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a campaign

        Delete a campaign

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_campaign_v1_observability_campaigns_campaign_id_delete,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_status(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FetchCampaignStatusResponse]:
        """Get campaign status by campaign id

        Get campaign status by campaign id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FetchCampaignStatusResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_status_async(
        self,
        *,
        campaign_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FetchCampaignStatusResponse]:
        """Get campaign status by campaign id

        Get campaign status by campaign id

        Args:
            campaign_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FetchCampaignStatusResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_status_by_id_v1_observability_campaigns_campaign_id_status_get,
            dict(
                campaign_id=campaign_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_events(
        self,
        *,
        campaign_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListCampaignSelectedEventsResponse]:
        """Get event ids that were selected by the given campaign

        Get event ids that were selected by the given campaign

        Args:
            campaign_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListCampaignSelectedEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get,
            dict(
                campaign_id=campaign_id,
                page_size=page_size,
                page=page,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_events_async(
        self,
        *,
        campaign_id: UUID | str,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListCampaignSelectedEventsResponse]:
        """Get event ids that were selected by the given campaign

        Get event ids that were selected by the given campaign

        Args:
            campaign_id (UUID):
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListCampaignSelectedEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_campaign_selected_events_v1_observability_campaigns_campaign_id_selected_events_get,
            dict(
                campaign_id=campaign_id,
                page_size=page_size,
                page=page,
            ),
        )
        return await self._transport.send_raw_async(request, options)
