import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_job_status import BatchJobStatus
from ...models.batch_jobs_out import BatchJobsOut
from ...models.jobs_api_routes_batch_get_batch_jobs_order_by import JobsApiRoutesBatchGetBatchJobsOrderBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["model"] = model

    params["agent_id"] = agent_id

    json_created_after: str | Unset = UNSET
    if not isinstance(created_after, Unset):
        json_created_after = created_after.isoformat()
    params["created_after"] = json_created_after

    params["created_by_me"] = created_by_me

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = str(status_item_data)
            json_status.append(status_item)

    params["status"] = json_status

    json_order_by: str | Unset = UNSET
    if not isinstance(order_by, Unset):
        json_order_by = str(order_by)

    params["order_by"] = json_order_by

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/batch/jobs",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> BatchJobsOut | None:
    if response.status_code == 200:
        response_200 = BatchJobsOut.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[BatchJobsOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> Response[BatchJobsOut]:
    """Get Batch Jobs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        model (str | Unset):
        agent_id (str | Unset):
        created_after (datetime.datetime | Unset):
        created_by_me (bool | Unset):
        status (list[BatchJobStatus] | Unset):
        order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchJobsOut]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        model=model,
        agent_id=agent_id,
        created_after=created_after,
        created_by_me=created_by_me,
        status=status,
        order_by=order_by,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> BatchJobsOut | None:
    """Get Batch Jobs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        model (str | Unset):
        agent_id (str | Unset):
        created_after (datetime.datetime | Unset):
        created_by_me (bool | Unset):
        status (list[BatchJobStatus] | Unset):
        order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchJobsOut
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        model=model,
        agent_id=agent_id,
        created_after=created_after,
        created_by_me=created_by_me,
        status=status,
        order_by=order_by,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> Response[BatchJobsOut]:
    """Get Batch Jobs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        model (str | Unset):
        agent_id (str | Unset):
        created_after (datetime.datetime | Unset):
        created_by_me (bool | Unset):
        status (list[BatchJobStatus] | Unset):
        order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchJobsOut]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        model=model,
        agent_id=agent_id,
        created_after=created_after,
        created_by_me=created_by_me,
        status=status,
        order_by=order_by,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> BatchJobsOut | None:
    """Get Batch Jobs

    Args:
        page (int | Unset):
        page_size (int | Unset):
        model (str | Unset):
        agent_id (str | Unset):
        created_after (datetime.datetime | Unset):
        created_by_me (bool | Unset):
        status (list[BatchJobStatus] | Unset):
        order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchJobsOut
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            model=model,
            agent_id=agent_id,
            created_after=created_after,
            created_by_me=created_by_me,
            status=status,
            order_by=order_by,
        )
    ).parsed
