from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.file_purpose import FilePurpose
from ...models.list_files_out import ListFilesOut
from ...models.sample_type import SampleType
from ...models.source import Source
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sample_type: list[SampleType] | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: list[str] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["include_total"] = include_total

    json_sample_type: list[str] | Unset = UNSET
    if not isinstance(sample_type, Unset):
        json_sample_type = []
        for sample_type_item_data in sample_type:
            sample_type_item = str(sample_type_item_data)
            json_sample_type.append(sample_type_item)

    params["sample_type"] = json_sample_type

    json_source: list[str] | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = []
        for source_item_data in source:
            source_item = str(source_item_data)
            json_source.append(source_item)

    params["source"] = json_source

    params["search"] = search

    json_purpose: str | Unset = UNSET
    if not isinstance(purpose, Unset):
        json_purpose = str(purpose)

    params["purpose"] = json_purpose

    json_mimetypes: list[str] | Unset = UNSET
    if not isinstance(mimetypes, Unset):
        json_mimetypes = mimetypes

    params["mimetypes"] = json_mimetypes

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/v1/files",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ListFilesOut | None:
    if response.status_code == 200:
        response_200 = ListFilesOut.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[ListFilesOut]:
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
    include_total: bool | Unset = UNSET,
    sample_type: list[SampleType] | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: list[str] | Unset = UNSET,
) -> Response[ListFilesOut]:
    """List Files

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sample_type (list[SampleType] | Unset):
        source (list[Source] | Unset):
        search (str | Unset):
        purpose (FilePurpose | Unset):
        mimetypes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFilesOut]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_total=include_total,
        sample_type=sample_type,
        source=source,
        search=search,
        purpose=purpose,
        mimetypes=mimetypes,
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
    include_total: bool | Unset = UNSET,
    sample_type: list[SampleType] | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: list[str] | Unset = UNSET,
) -> ListFilesOut | None:
    """List Files

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sample_type (list[SampleType] | Unset):
        source (list[Source] | Unset):
        search (str | Unset):
        purpose (FilePurpose | Unset):
        mimetypes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFilesOut
    """

    return sync_detailed(
        client=client,
        page=page,
        page_size=page_size,
        include_total=include_total,
        sample_type=sample_type,
        source=source,
        search=search,
        purpose=purpose,
        mimetypes=mimetypes,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sample_type: list[SampleType] | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: list[str] | Unset = UNSET,
) -> Response[ListFilesOut]:
    """List Files

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sample_type (list[SampleType] | Unset):
        source (list[Source] | Unset):
        search (str | Unset):
        purpose (FilePurpose | Unset):
        mimetypes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ListFilesOut]
    """

    kwargs = _get_kwargs(
        page=page,
        page_size=page_size,
        include_total=include_total,
        sample_type=sample_type,
        source=source,
        search=search,
        purpose=purpose,
        mimetypes=mimetypes,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    include_total: bool | Unset = UNSET,
    sample_type: list[SampleType] | Unset = UNSET,
    source: list[Source] | Unset = UNSET,
    search: str | Unset = UNSET,
    purpose: FilePurpose | Unset = UNSET,
    mimetypes: list[str] | Unset = UNSET,
) -> ListFilesOut | None:
    """List Files

    Args:
        page (int | Unset):
        page_size (int | Unset):
        include_total (bool | Unset):
        sample_type (list[SampleType] | Unset):
        source (list[Source] | Unset):
        search (str | Unset):
        purpose (FilePurpose | Unset):
        mimetypes (list[str] | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ListFilesOut
    """

    return (
        await asyncio_detailed(
            client=client,
            page=page,
            page_size=page_size,
            include_total=include_total,
            sample_type=sample_type,
            source=source,
            search=search,
            purpose=purpose,
            mimetypes=mimetypes,
        )
    ).parsed
