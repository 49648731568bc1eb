"""WorkflowsMetrics: generated resource (`client.workflows.metrics`)."""

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
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.workflow_metrics import WorkflowMetrics
else:
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    WorkflowMetrics = _Lazy(globals(), "workflow_metrics", "WorkflowMetrics")


_KEYWORDS_GET_WORKFLOW_METRICS_V1_WORKFLOWS_WORKFLOW_NAME_METRICS_GET = (
    "workflow_name",
    "start_time",
    "end_time",
)


def _decode_get_workflow_metrics_v1_workflows_workflow_name_metrics_get(data: Any) -> WorkflowMetrics:
    response_200 = WorkflowMetrics.from_dict(data)

    return response_200


def _get_workflow_metrics_v1_workflows_workflow_name_metrics_get(
    *,
    workflow_name: str,
    start_time: datetime.datetime | None | Unset = UNSET,
    end_time: datetime.datetime | None | Unset = UNSET,
) -> Request[WorkflowMetrics]:
    params: dict[str, Any] = {}

    json_start_time: None | str | Unset
    if isinstance(start_time, Unset):
        json_start_time = UNSET
    elif isinstance(start_time, datetime.datetime):
        json_start_time = start_time.isoformat().replace("+00:00", "Z")
    else:
        json_start_time = start_time
    params["start_time"] = json_start_time

    json_end_time: None | str | Unset
    if isinstance(end_time, Unset):
        json_end_time = UNSET
    elif isinstance(end_time, datetime.datetime):
        json_end_time = end_time.isoformat().replace("+00:00", "Z")
    else:
        json_end_time = end_time
    params["end_time"] = json_end_time

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/{workflow_name}/metrics".format(
            workflow_name=quote(str(workflow_name), safe=""),
        ),
        operation_id="get_workflow_metrics_v1_workflows_workflow_name_metrics_get",
        decode=_decode_get_workflow_metrics_v1_workflows_workflow_name_metrics_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_METRICS_V1_WORKFLOWS_WORKFLOW_NAME_METRICS_GET,
        params=params,
        **_kwargs,
    )


WorkflowsMetricsGetWorkflowMetricsResult: TypeAlias = WorkflowMetrics


class WorkflowsMetrics:
    """`client.workflows.metrics`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsMetricsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsMetricsWithRawResponse(self._transport)

    def get_workflow_metrics(
        self,
        *,
        workflow_name: str,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowMetrics:
        """Get Workflow Metrics

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-
        31T23:59:59Z

        Args:
            workflow_name (str):
            start_time (datetime.datetime | None | Unset): Filter workflows started after this time
                (ISO 8601)
            end_time (datetime.datetime | None | Unset): Filter workflows started before this time
                (ISO 8601)
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowMetrics

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_metrics_v1_workflows_workflow_name_metrics_get,
            dict(
                workflow_name=workflow_name,
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_metrics_async(
        self,
        *,
        workflow_name: str,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowMetrics:
        """Get Workflow Metrics

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-
        31T23:59:59Z

        Args:
            workflow_name (str):
            start_time (datetime.datetime | None | Unset): Filter workflows started after this time
                (ISO 8601)
            end_time (datetime.datetime | None | Unset): Filter workflows started before this time
                (ISO 8601)
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowMetrics

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_metrics_v1_workflows_workflow_name_metrics_get,
            dict(
                workflow_name=workflow_name,
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_async(request, options)


class WorkflowsMetricsWithRawResponse:
    """`client.workflows.metrics`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_workflow_metrics(
        self,
        *,
        workflow_name: str,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowMetrics]:
        """Get Workflow Metrics

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-
        31T23:59:59Z

        Args:
            workflow_name (str):
            start_time (datetime.datetime | None | Unset): Filter workflows started after this time
                (ISO 8601)
            end_time (datetime.datetime | None | Unset): Filter workflows started before this time
                (ISO 8601)
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowMetrics]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_metrics_v1_workflows_workflow_name_metrics_get,
            dict(
                workflow_name=workflow_name,
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_metrics_async(
        self,
        *,
        workflow_name: str,
        start_time: datetime.datetime | None | Unset = UNSET,
        end_time: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowMetrics]:
        """Get Workflow Metrics

        Get comprehensive metrics for a specific workflow.

        Args:
            workflow_name: The name of the workflow type to get metrics for
            start_time: Optional start time filter (ISO 8601 format)
            end_time: Optional end time filter (ISO 8601 format)

        Returns:
            WorkflowMetrics: Dictionary containing metrics:
                - execution_count: Total number of executions
                - success_count: Number of successful executions
                - error_count: Number of failed/terminated executions
                - average_latency_ms: Average execution duration in milliseconds
                - retry_rate: Proportion of workflows with retries
                - latency_over_time: Time-series data of execution durations

        Example:
            GET /v1/workflows/MyWorkflow/metrics
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z
            GET /v1/workflows/MyWorkflow/metrics?start_time=2025-01-01T00:00:00Z&end_time=2025-12-
        31T23:59:59Z

        Args:
            workflow_name (str):
            start_time (datetime.datetime | None | Unset): Filter workflows started after this time
                (ISO 8601)
            end_time (datetime.datetime | None | Unset): Filter workflows started before this time
                (ISO 8601)
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowMetrics]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_metrics_v1_workflows_workflow_name_metrics_get,
            dict(
                workflow_name=workflow_name,
                start_time=start_time,
                end_time=end_time,
            ),
        )
        return await self._transport.send_raw_async(request, options)
