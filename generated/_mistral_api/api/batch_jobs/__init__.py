"""BatchJobs: generated resource (`client.batch.jobs`)."""

from __future__ import annotations

import builtins
import datetime
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
    from ...models.api_endpoint import ApiEndpoint
    from ...models.batch_job import BatchJob
    from ...models.batch_job_status import BatchJobStatus
    from ...models.batch_request import BatchRequest
    from ...models.create_batch_job_request import CreateBatchJobRequest
    from ...models.create_batch_job_request_metadata_type_0 import CreateBatchJobRequestMetadataType0
    from ...models.delete_batch_job_response import DeleteBatchJobResponse
    from ...models.jobs_api_routes_batch_get_batch_jobs_metadata_type_0 import (
        JobsApiRoutesBatchGetBatchJobsMetadataType0,
    )
    from ...models.jobs_api_routes_batch_get_batch_jobs_order_by import JobsApiRoutesBatchGetBatchJobsOrderBy
    from ...models.list_batch_jobs_response import ListBatchJobsResponse
else:
    ApiEndpoint = _Lazy(globals(), "api_endpoint", "ApiEndpoint")
    BatchJob = _Lazy(globals(), "batch_job", "BatchJob")
    BatchJobStatus = _Lazy(globals(), "batch_job_status", "BatchJobStatus")
    BatchRequest = _Lazy(globals(), "batch_request", "BatchRequest")
    CreateBatchJobRequest = _Lazy(globals(), "create_batch_job_request", "CreateBatchJobRequest")
    CreateBatchJobRequestMetadataType0 = _Lazy(
        globals(), "create_batch_job_request_metadata_type_0", "CreateBatchJobRequestMetadataType0"
    )
    DeleteBatchJobResponse = _Lazy(globals(), "delete_batch_job_response", "DeleteBatchJobResponse")
    JobsApiRoutesBatchGetBatchJobsMetadataType0 = _Lazy(
        globals(), "jobs_api_routes_batch_get_batch_jobs_metadata_type_0", "JobsApiRoutesBatchGetBatchJobsMetadataType0"
    )
    JobsApiRoutesBatchGetBatchJobsOrderBy = _Lazy(
        globals(), "jobs_api_routes_batch_get_batch_jobs_order_by", "JobsApiRoutesBatchGetBatchJobsOrderBy"
    )
    ListBatchJobsResponse = _Lazy(globals(), "list_batch_jobs_response", "ListBatchJobsResponse")


_KEYWORDS_JOBS_API_ROUTES_BATCH_GET_BATCH_JOBS = (
    "page",
    "page_size",
    "model",
    "agent_id",
    "metadata",
    "created_after",
    "created_by_me",
    "status",
    "order_by",
)


def _decode_jobs_api_routes_batch_get_batch_jobs(data: Any) -> ListBatchJobsResponse:
    response_200 = ListBatchJobsResponse.from_dict(data)

    return response_200


def _jobs_api_routes_batch_get_batch_jobs(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 100,
    model: None | str | Unset = UNSET,
    agent_id: None | str | Unset = UNSET,
    metadata: JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_by_me: bool | Unset = False,
    status: builtins.list[BatchJobStatus] | None | Unset = UNSET,
    order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1,
) -> Request[ListBatchJobsResponse]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_model: None | str | Unset
    if isinstance(model, Unset):
        json_model = UNSET
    else:
        json_model = model
    params["model"] = json_model

    json_agent_id: None | str | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_metadata: dict[str, Any] | None | Unset
    if isinstance(metadata, Unset):
        json_metadata = UNSET
    elif isinstance(metadata, JobsApiRoutesBatchGetBatchJobsMetadataType0):
        json_metadata = metadata.to_dict()
    else:
        json_metadata = metadata
    params["metadata"] = json_metadata

    json_created_after: None | str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = created_after.isoformat().replace("+00:00", "Z")
    else:
        json_created_after = created_after
    params["created_after"] = json_created_after

    params["created_by_me"] = created_by_me

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = str(status_type_0_item_data)
            json_status.append(status_type_0_item)

    else:
        json_status = status
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


def _decode_jobs_api_routes_batch_create_batch_job(data: Any) -> BatchJob:
    response_200 = BatchJob.from_dict(data)

    return response_200


def _jobs_api_routes_batch_create_batch_job(
    *,
    endpoint: ApiEndpoint | str,
    input_files: Sequence[UUID | str] | None | Unset = UNSET,
    requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
    model: str | None | Unset = UNSET,
    agent_id: str | None | Unset = UNSET,
    metadata: CreateBatchJobRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
    timeout_hours: int | Unset = UNSET,
) -> Request[BatchJob]:

    _kwargs: dict[str, Any] = {}
    _body = CreateBatchJobRequest(
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


def _decode_jobs_api_routes_batch_get_batch_job(data: Any) -> BatchJob:
    response_200 = BatchJob.from_dict(data)

    return response_200


def _jobs_api_routes_batch_get_batch_job(
    *,
    job_id: UUID | str,
    inline: bool | None | Unset = UNSET,
) -> Request[BatchJob]:
    params: dict[str, Any] = {}

    json_inline: bool | None | Unset
    if isinstance(inline, Unset):
        json_inline = UNSET
    else:
        json_inline = inline
    params["inline"] = json_inline

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


_KEYWORDS_JOBS_API_ROUTES_BATCH_DELETE_BATCH_JOB = ("job_id",)


def _decode_jobs_api_routes_batch_delete_batch_job(data: Any) -> DeleteBatchJobResponse:
    response_200 = DeleteBatchJobResponse.from_dict(data)

    return response_200


def _jobs_api_routes_batch_delete_batch_job(
    *,
    job_id: UUID | str,
) -> Request[DeleteBatchJobResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/batch/jobs/{job_id}".format(
            job_id=quote(str(job_id), safe=""),
        ),
        operation_id="jobs_api_routes_batch_delete_batch_job",
        decode=_decode_jobs_api_routes_batch_delete_batch_job,
        kind="json",
        keywords=_KEYWORDS_JOBS_API_ROUTES_BATCH_DELETE_BATCH_JOB,
        **_kwargs,
    )


_KEYWORDS_JOBS_API_ROUTES_BATCH_CANCEL_BATCH_JOB = ("job_id",)


def _decode_jobs_api_routes_batch_cancel_batch_job(data: Any) -> BatchJob:
    response_200 = BatchJob.from_dict(data)

    return response_200


def _jobs_api_routes_batch_cancel_batch_job(
    *,
    job_id: UUID | str,
) -> Request[BatchJob]:

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


BatchJobsListResult: TypeAlias = ListBatchJobsResponse


BatchJobsCreateResult: TypeAlias = BatchJob


BatchJobsGetResult: TypeAlias = BatchJob


BatchJobsDeleteResult: TypeAlias = DeleteBatchJobResponse


BatchJobsCancelResult: TypeAlias = BatchJob


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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        metadata: JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset = UNSET,
        created_after: datetime.datetime | None | Unset = UNSET,
        created_by_me: bool | Unset = False,
        status: builtins.list[BatchJobStatus] | None | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1,
        **options: Unpack[RequestOptions],
    ) -> ListBatchJobsResponse:
        """Get Batch Jobs

        Get a list of batch jobs for your organization and user.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            model (None | str | Unset):
            agent_id (None | str | Unset):
            metadata (JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset):
            created_after (datetime.datetime | None | Unset):
            created_by_me (bool | Unset):  Default: False.
            status (list[BatchJobStatus] | None | Unset):
            order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):  Default:
                JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListBatchJobsResponse

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
                metadata=metadata,
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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        metadata: JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset = UNSET,
        created_after: datetime.datetime | None | Unset = UNSET,
        created_by_me: bool | Unset = False,
        status: builtins.list[BatchJobStatus] | None | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1,
        **options: Unpack[RequestOptions],
    ) -> ListBatchJobsResponse:
        """Get Batch Jobs

        Get a list of batch jobs for your organization and user.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            model (None | str | Unset):
            agent_id (None | str | Unset):
            metadata (JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset):
            created_after (datetime.datetime | None | Unset):
            created_by_me (bool | Unset):  Default: False.
            status (list[BatchJobStatus] | None | Unset):
            order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):  Default:
                JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListBatchJobsResponse

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
                metadata=metadata,
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
        input_files: Sequence[UUID | str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: CreateBatchJobRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Create Batch Job

        Create a new batch job, it will be queued for processing.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[UUID] | None | Unset): A list of `.jsonl` files for batch inference.
                Each line must be a JSON object with a `body` field containing the request
                payload:
                ```json
                {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French cheese?"}]}}
                {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French wine?"}]}}
                ```
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model to be used for batch inference.
            agent_id (None | str | Unset): In case you want to use a specific agent from the **deprecated** agents api for
                batch inference, you can specify the agent ID here.
            metadata (CreateBatchJobRequestMetadataType0 | None | Unset): The metadata of your choice to be associated with the batch inference job.
            timeout_hours (int | Unset): The timeout in hours for the batch inference job.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJob

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
        input_files: Sequence[UUID | str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: CreateBatchJobRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Create Batch Job

        Create a new batch job, it will be queued for processing.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[UUID] | None | Unset): A list of `.jsonl` files for batch inference.
                Each line must be a JSON object with a `body` field containing the request
                payload:
                ```json
                {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French cheese?"}]}}
                {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French wine?"}]}}
                ```
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model to be used for batch inference.
            agent_id (None | str | Unset): In case you want to use a specific agent from the **deprecated** agents api for
                batch inference, you can specify the agent ID here.
            metadata (CreateBatchJobRequestMetadataType0 | None | Unset): The metadata of your choice to be associated with the batch inference job.
            timeout_hours (int | Unset): The timeout in hours for the batch inference job.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJob

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
        job_id: UUID | str,
        inline: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Get Batch Job

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response.

        Args:
            job_id (UUID):
            inline (bool | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJob

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
        job_id: UUID | str,
        inline: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Get Batch Job

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response.

        Args:
            job_id (UUID):
            inline (bool | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJob

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

    def delete(
        self,
        *,
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteBatchJobResponse:
        """Delete Batch Job

        Request the deletion of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteBatchJobResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_delete_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteBatchJobResponse:
        """Delete Batch Job

        Request the deletion of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteBatchJobResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_delete_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def cancel(
        self,
        *,
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Cancel Batch Job

        Request the cancellation of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJob

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
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> BatchJob:
        """Cancel Batch Job

        Request the cancellation of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchJob

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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        metadata: JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset = UNSET,
        created_after: datetime.datetime | None | Unset = UNSET,
        created_by_me: bool | Unset = False,
        status: builtins.list[BatchJobStatus] | None | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListBatchJobsResponse]:
        """Get Batch Jobs

        Get a list of batch jobs for your organization and user.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            model (None | str | Unset):
            agent_id (None | str | Unset):
            metadata (JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset):
            created_after (datetime.datetime | None | Unset):
            created_by_me (bool | Unset):  Default: False.
            status (list[BatchJobStatus] | None | Unset):
            order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):  Default:
                JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListBatchJobsResponse]

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
                metadata=metadata,
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
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        metadata: JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset = UNSET,
        created_after: datetime.datetime | None | Unset = UNSET,
        created_by_me: bool | Unset = False,
        status: builtins.list[BatchJobStatus] | None | Unset = UNSET,
        order_by: JobsApiRoutesBatchGetBatchJobsOrderBy | Unset = JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListBatchJobsResponse]:
        """Get Batch Jobs

        Get a list of batch jobs for your organization and user.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            model (None | str | Unset):
            agent_id (None | str | Unset):
            metadata (JobsApiRoutesBatchGetBatchJobsMetadataType0 | None | Unset):
            created_after (datetime.datetime | None | Unset):
            created_by_me (bool | Unset):  Default: False.
            status (list[BatchJobStatus] | None | Unset):
            order_by (JobsApiRoutesBatchGetBatchJobsOrderBy | Unset):  Default:
                JobsApiRoutesBatchGetBatchJobsOrderBy.VALUE_1.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListBatchJobsResponse]

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
                metadata=metadata,
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
        input_files: Sequence[UUID | str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: CreateBatchJobRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJob]:
        """Create Batch Job

        Create a new batch job, it will be queued for processing.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[UUID] | None | Unset): A list of `.jsonl` files for batch inference.
                Each line must be a JSON object with a `body` field containing the request
                payload:
                ```json
                {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French cheese?"}]}}
                {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French wine?"}]}}
                ```
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model to be used for batch inference.
            agent_id (None | str | Unset): In case you want to use a specific agent from the **deprecated** agents api for
                batch inference, you can specify the agent ID here.
            metadata (CreateBatchJobRequestMetadataType0 | None | Unset): The metadata of your choice to be associated with the batch inference job.
            timeout_hours (int | Unset): The timeout in hours for the batch inference job.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJob]

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
        input_files: Sequence[UUID | str] | None | Unset = UNSET,
        requests: Sequence[BatchRequest | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        metadata: CreateBatchJobRequestMetadataType0 | Mapping[str, Any] | None | Unset = UNSET,
        timeout_hours: int | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJob]:
        """Create Batch Job

        Create a new batch job, it will be queued for processing.

        Args:
            endpoint (ApiEndpoint):
            input_files (list[UUID] | None | Unset): A list of `.jsonl` files for batch inference.
                Each line must be a JSON object with a `body` field containing the request
                payload:
                ```json
                {"custom_id": "0", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French cheese?"}]}}
                {"custom_id": "1", "body": {"max_tokens": 100, "messages": [{"role": "user",
                "content": "What is the best French wine?"}]}}
                ```
            requests (list[BatchRequest] | None | Unset):
            model (None | str | Unset): The model to be used for batch inference.
            agent_id (None | str | Unset): In case you want to use a specific agent from the **deprecated** agents api for
                batch inference, you can specify the agent ID here.
            metadata (CreateBatchJobRequestMetadataType0 | None | Unset): The metadata of your choice to be associated with the batch inference job.
            timeout_hours (int | Unset): The timeout in hours for the batch inference job.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJob]

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
        job_id: UUID | str,
        inline: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJob]:
        """Get Batch Job

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response.

        Args:
            job_id (UUID):
            inline (bool | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJob]

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
        job_id: UUID | str,
        inline: bool | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJob]:
        """Get Batch Job

        Get a batch job details by its UUID.

        Args:
            inline: If True, return results inline in the response.

        Args:
            job_id (UUID):
            inline (bool | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJob]

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

    def delete(
        self,
        *,
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteBatchJobResponse]:
        """Delete Batch Job

        Request the deletion of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteBatchJobResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_delete_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteBatchJobResponse]:
        """Delete Batch Job

        Request the deletion of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteBatchJobResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _jobs_api_routes_batch_delete_batch_job,
            dict(
                job_id=job_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def cancel(
        self,
        *,
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJob]:
        """Cancel Batch Job

        Request the cancellation of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJob]

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
        job_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchJob]:
        """Cancel Batch Job

        Request the cancellation of a batch job.

        Args:
            job_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchJob]

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
