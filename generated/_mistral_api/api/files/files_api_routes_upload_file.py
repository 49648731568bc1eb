from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.files_api_routes_upload_file_multi_part_body_params import FilesApiRoutesUploadFileMultiPartBodyParams
from ...models.upload_file_out import UploadFileOut
from ...types import Response


def _get_kwargs(
    *,
    body: FilesApiRoutesUploadFileMultiPartBodyParams,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> UploadFileOut | None:
    if response.status_code == 200:
        response_200 = UploadFileOut.from_dict(response.json())

        return response_200

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[UploadFileOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FilesApiRoutesUploadFileMultiPartBodyParams,
) -> Response[UploadFileOut]:
    """Upload File

     Upload a file (at most 512 MB); batch input files are `.jsonl`.

    Args:
        body (FilesApiRoutesUploadFileMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadFileOut]
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
    body: FilesApiRoutesUploadFileMultiPartBodyParams,
) -> UploadFileOut | None:
    """Upload File

     Upload a file (at most 512 MB); batch input files are `.jsonl`.

    Args:
        body (FilesApiRoutesUploadFileMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadFileOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: FilesApiRoutesUploadFileMultiPartBodyParams,
) -> Response[UploadFileOut]:
    """Upload File

     Upload a file (at most 512 MB); batch input files are `.jsonl`.

    Args:
        body (FilesApiRoutesUploadFileMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[UploadFileOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: FilesApiRoutesUploadFileMultiPartBodyParams,
) -> UploadFileOut | None:
    """Upload File

     Upload a file (at most 512 MB); batch input files are `.jsonl`.

    Args:
        body (FilesApiRoutesUploadFileMultiPartBodyParams):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        UploadFileOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
