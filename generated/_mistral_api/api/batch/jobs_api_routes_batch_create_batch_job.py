from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.batch_job_in import BatchJobIn
from ...models.batch_job_out import BatchJobOut
from ...models.http_validation_error_body import HTTPValidationErrorBody
from ...types import Response


def _get_kwargs(
    *,
    body: BatchJobIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/batch/jobs",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BatchJobOut | HTTPValidationErrorBody | None:
    if response.status_code == 200:
        response_200 = BatchJobOut.from_dict(response.json())

        return response_200

    if response.status_code == 422:
        response_422 = HTTPValidationErrorBody.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BatchJobOut | HTTPValidationErrorBody]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchJobIn,
) -> Response[BatchJobOut | HTTPValidationErrorBody]:
    """Create Batch Job

     Create a batch job from input files or inline requests; it starts QUEUED.

    Args:
        body (BatchJobIn): A batch job: `input_files` (JSONL files uploaded with purpose `batch`,
            one `{"custom_id": ..., "body": {...}}` per line) or inline `requests`, for one endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchJobOut | HTTPValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: BatchJobIn,
) -> BatchJobOut | HTTPValidationErrorBody | None:
    """Create Batch Job

     Create a batch job from input files or inline requests; it starts QUEUED.

    Args:
        body (BatchJobIn): A batch job: `input_files` (JSONL files uploaded with purpose `batch`,
            one `{"custom_id": ..., "body": {...}}` per line) or inline `requests`, for one endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchJobOut | HTTPValidationErrorBody
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: BatchJobIn,
) -> Response[BatchJobOut | HTTPValidationErrorBody]:
    """Create Batch Job

     Create a batch job from input files or inline requests; it starts QUEUED.

    Args:
        body (BatchJobIn): A batch job: `input_files` (JSONL files uploaded with purpose `batch`,
            one `{"custom_id": ..., "body": {...}}` per line) or inline `requests`, for one endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BatchJobOut | HTTPValidationErrorBody]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: BatchJobIn,
) -> BatchJobOut | HTTPValidationErrorBody | None:
    """Create Batch Job

     Create a batch job from input files or inline requests; it starts QUEUED.

    Args:
        body (BatchJobIn): A batch job: `input_files` (JSONL files uploaded with purpose `batch`,
            one `{"custom_id": ..., "body": {...}}` per line) or inline `requests`, for one endpoint.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BatchJobOut | HTTPValidationErrorBody
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
