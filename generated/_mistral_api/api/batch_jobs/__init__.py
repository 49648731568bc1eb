"""BatchJobs: generated resource (`client.batch.jobs`)."""

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
)
from ...models.api_endpoint import ApiEndpoint
from ...models.batch_job_in import BatchJobIn
from ...models.batch_job_in_metadata_type_0 import BatchJobInMetadataType0
from ...models.batch_job_out import BatchJobOut
from ...models.batch_job_status import BatchJobStatus
from ...models.batch_jobs_out import BatchJobsOut
from ...models.batch_request import BatchRequest
from ...models.http_validation_error_body import HTTPValidationErrorBody
from ...models.jobs_api_routes_batch_get_batch_jobs_order_by import JobsApiRoutesBatchGetBatchJobsOrderBy
from ...types import UNSET, File, Unset

_KEYWORDS_JOBS_API_ROUTES_BATCH_GET_BATCH_JOBS = (
    "page",
    "page_size",
    "model",
    "agent_id",
    "created_after",
    "created_by_me",
    "status",
    "order_by",
)


def _decode_jobs_api_routes_batch_get_batch_jobs(data: Any) -> BatchJobsOut:
    response_200 = BatchJobsOut.from_dict(data)

    return response_200


def _jobs_api_routes_batch_get_batch_jobs(
    *,
    page: int | Unset = UNSET,
    page_size: int | Unset = UNSET,
    model: str | Unset = UNSET,
    agent_id: str | Unset = UNSET,
    created_after: datetime.datetime | Unset = UNSET,
    created_by_me: bool | Unset = UNSET,
    status: builtins.list[BatchJobStatus] | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
) -> Request[BatchJobsOut]:
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

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/batch/jobs",
        operation_id="jobs_api_routes_batch_get_batch_jobs",
        decode=_decode_jobs_api_routes_batch_get_batch_jobs,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_BATCH_GET_BATCH_JOBS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_BATCH_CREATE_BATCH_JOB = (
    "endpoint",
    "input_files",
    "requests",
    "model",
    "agent_id",
    "metadata",
    "timeout_hours",
)


def _decode_jobs_api_routes_batch_create_batch_job(data: Any) -> BatchJobOut:
    response_200 = BatchJobOut.from_dict(data)

    return response_200


def _jobs_api_routes_batch_create_batch_job(
    *,
    endpoint: ApiEndpoint | str,
    input_files: Sequence[str] | None | Unset = UNSET,
    requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
    model: str | None | Unset = UNSET,
    agent_id: str | None | Unset = UNSET,
    metadata: BatchJobInMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
    timeout_hours: int | Unset = UNSET,
) -> Request[BatchJobOut]:

    _kwargs: dict[str, Any] = {}
    _body = BatchJobIn(
        endpoint=cast(Any, endpoint),
        input_files=cast(Any, input_files),
        requests=cast(Any, requests),
        model=cast(Any, model),
        agent_id=cast(Any, agent_id),
        metadata=cast(Any, metadata),
        timeout_hours=cast(Any, timeout_hours),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/batch/jobs",
        operation_id="jobs_api_routes_batch_create_batch_job",
        decode=_decode_jobs_api_routes_batch_create_batch_job,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_BATCH_CREATE_BATCH_JOB,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_BATCH_GET_BATCH_JOB = (
    "job_id",
    "inline",
)


def _decode_jobs_api_routes_batch_get_batch_job(data: Any) -> BatchJobOut:
    response_200 = BatchJobOut.from_dict(data)

    return response_200


def _jobs_api_routes_batch_get_batch_job(
    *,
    job_id: str,
    inline: bool | Unset = UNSET,
) -> Request[BatchJobOut]:
    params: dict[str, Any] = {}

    params["inline"] = inline

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/batch/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        operation_id="jobs_api_routes_batch_get_batch_job",
        decode=_decode_jobs_api_routes_batch_get_batch_job,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_BATCH_GET_BATCH_JOB,
        params=params,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_BATCH_CANCEL_BATCH_JOB = ("job_id",)


def _decode_jobs_api_routes_batch_cancel_batch_job(data: Any) -> BatchJobOut:
    response_200 = BatchJobOut.from_dict(data)

    return response_200


def _jobs_api_routes_batch_cancel_batch_job(
    *,
    job_id: str,
) -> Request[BatchJobOut]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/batch/jobs/{job_id}/cancel".format(
            job_id=quote(str(job_id), safe=""),
        ),
        operation_id="jobs_api_routes_batch_cancel_batch_job",
        decode=_decode_jobs_api_routes_batch_cancel_batch_job,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_BATCH_CANCEL_BATCH_JOB,
        **_kwargs,
    )


class BatchJobs:
    """`client.batch.jobs`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BatchJobsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BatchJobsWithRawResponse(self._transport)

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        model: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_by_me: bool | Unset = UNSET,
        status: builtins.list[BatchJobStatus] | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJobsOut:
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
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_jobs,
            dict(
                page=page,
                page_size=page_size,
                model=model,
                agent_id=agent_id,
                created_after=created_after,
                created_by_me=created_by_me,
                status=status,
                order_by=order_by,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        model: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_by_me: bool | Unset = UNSET,
        status: builtins.list[BatchJobStatus] | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJobsOut:
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
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_jobs,
            dict(
                page=page,
                page_size=page_size,
                model=model,
                agent_id=agent_id,
                created_after=created_after,
                created_by_me=created_by_me,
                status=status,
                order_by=order_by,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        endpoint: ApiEndpoint | str,
        input_files: Sequence[str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: BatchJobInMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Create Batch Job

        Create a batch job from input files or inline requests; it starts QUEUED.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[str] | None | Unset):
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model for every request; a request's body may not need one then.
            agent_id (None | str | Unset):
            metadata (BatchJobInMetadataType0 | None | Unset):
            timeout_hours (int | Unset): Hours after which the job stops (TIMEOUT_EXCEEDED); the server's default is 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_create_batch_job,
            dict(
                endpoint=endpoint,
                input_files=input_files,
                requests=requests,
                model=model,
                agent_id=agent_id,
                metadata=metadata,
                timeout_hours=timeout_hours,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        endpoint: ApiEndpoint | str,
        input_files: Sequence[str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: BatchJobInMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Create Batch Job

        Create a batch job from input files or inline requests; it starts QUEUED.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[str] | None | Unset):
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model for every request; a request's body may not need one then.
            agent_id (None | str | Unset):
            metadata (BatchJobInMetadataType0 | None | Unset):
            timeout_hours (int | Unset): Hours after which the job stops (TIMEOUT_EXCEEDED); the server's default is 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_create_batch_job,
            dict(
                endpoint=endpoint,
                input_files=input_files,
                requests=requests,
                model=model,
                agent_id=agent_id,
                metadata=metadata,
                timeout_hours=timeout_hours,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        job_id: str,
        inline: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Get Batch Job

        Args:
            job_id (str):
            inline (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_job,
            dict(
                job_id=job_id,
                inline=inline,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        job_id: str,
        inline: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Get Batch Job

        Args:
            job_id (str):
            inline (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_job,
            dict(
                job_id=job_id,
                inline=inline,
            ),
        )
        return await self._transport.send_async(request, options)

    def cancel(
        self,
        *,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Cancel Batch Job

        Args:
            job_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_cancel_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return self._transport.send(request, options)

    async def cancel_async(
        self,
        *,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> BatchJobOut:
        """Cancel Batch Job

        Args:
            job_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJobOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_cancel_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return await self._transport.send_async(request, options)


class BatchJobsWithRawResponse:
    """`client.batch.jobs`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        model: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_by_me: bool | Unset = UNSET,
        status: builtins.list[BatchJobStatus] | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobsOut]:
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
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_jobs,
            dict(
                page=page,
                page_size=page_size,
                model=model,
                agent_id=agent_id,
                created_after=created_after,
                created_by_me=created_by_me,
                status=status,
                order_by=order_by,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = UNSET,
        page_size: int | Unset = UNSET,
        model: str | Unset = UNSET,
        agent_id: str | Unset = UNSET,
        created_after: datetime.datetime | Unset = UNSET,
        created_by_me: bool | Unset = UNSET,
        status: builtins.list[BatchJobStatus] | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobsOut]:
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
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_jobs,
            dict(
                page=page,
                page_size=page_size,
                model=model,
                agent_id=agent_id,
                created_after=created_after,
                created_by_me=created_by_me,
                status=status,
                order_by=order_by,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        endpoint: ApiEndpoint | str,
        input_files: Sequence[str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: BatchJobInMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobOut]:
        """Create Batch Job

        Create a batch job from input files or inline requests; it starts QUEUED.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[str] | None | Unset):
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model for every request; a request's body may not need one then.
            agent_id (None | str | Unset):
            metadata (BatchJobInMetadataType0 | None | Unset):
            timeout_hours (int | Unset): Hours after which the job stops (TIMEOUT_EXCEEDED); the server's default is 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_create_batch_job,
            dict(
                endpoint=endpoint,
                input_files=input_files,
                requests=requests,
                model=model,
                agent_id=agent_id,
                metadata=metadata,
                timeout_hours=timeout_hours,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        endpoint: ApiEndpoint | str,
        input_files: Sequence[str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: BatchJobInMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobOut]:
        """Create Batch Job

        Create a batch job from input files or inline requests; it starts QUEUED.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[str] | None | Unset):
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model for every request; a request's body may not need one then.
            agent_id (None | str | Unset):
            metadata (BatchJobInMetadataType0 | None | Unset):
            timeout_hours (int | Unset): Hours after which the job stops (TIMEOUT_EXCEEDED); the server's default is 24.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_create_batch_job,
            dict(
                endpoint=endpoint,
                input_files=input_files,
                requests=requests,
                model=model,
                agent_id=agent_id,
                metadata=metadata,
                timeout_hours=timeout_hours,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        job_id: str,
        inline: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobOut]:
        """Get Batch Job

        Args:
            job_id (str):
            inline (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_job,
            dict(
                job_id=job_id,
                inline=inline,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        job_id: str,
        inline: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobOut]:
        """Get Batch Job

        Args:
            job_id (str):
            inline (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_get_batch_job,
            dict(
                job_id=job_id,
                inline=inline,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def cancel(
        self,
        *,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobOut]:
        """Cancel Batch Job

        Args:
            job_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_cancel_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def cancel_async(
        self,
        *,
        job_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJobOut]:
        """Cancel Batch Job

        Args:
            job_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJobOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_cancel_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)
