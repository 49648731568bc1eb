"""WorkflowsRuns: generated resource (`client.workflows.runs`)."""

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
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.list_runs_v1_workflows_runs_get_order import ListRunsV1WorkflowsRunsGetOrder
    from ...models.list_runs_v1_workflows_runs_get_sort_by_type_0 import ListRunsV1WorkflowsRunsGetSortByType0
    from ...models.workflow_execution_list_response import WorkflowExecutionListResponse
    from ...models.workflow_execution_response import WorkflowExecutionResponse
    from ...models.workflow_execution_status import WorkflowExecutionStatus
else:
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ListRunsV1WorkflowsRunsGetOrder = _Lazy(
        globals(), "list_runs_v1_workflows_runs_get_order", "ListRunsV1WorkflowsRunsGetOrder"
    )
    ListRunsV1WorkflowsRunsGetSortByType0 = _Lazy(
        globals(), "list_runs_v1_workflows_runs_get_sort_by_type_0", "ListRunsV1WorkflowsRunsGetSortByType0"
    )
    WorkflowExecutionListResponse = _Lazy(
        globals(), "workflow_execution_list_response", "WorkflowExecutionListResponse"
    )
    WorkflowExecutionResponse = _Lazy(globals(), "workflow_execution_response", "WorkflowExecutionResponse")
    WorkflowExecutionStatus = _Lazy(globals(), "workflow_execution_status", "WorkflowExecutionStatus")


_KEYWORDS_LIST_RUNS_V1_WORKFLOWS_RUNS_GET = (
    "workflow_identifier",
    "root_execution_id",
    "search",
    "status",
    "deployment_name",
    "sort_by",
    "order",
    "start_time_after",
    "start_time_before",
    "end_time_after",
    "end_time_before",
    "user_id",
    "workflow_tags",
    "include_internal",
    "page_size",
    "next_page_token",
    "search_key",
)


def _decode_list_runs_v1_workflows_runs_get(data: Any) -> WorkflowExecutionListResponse:
    response_200 = WorkflowExecutionListResponse.from_dict(data)

    return response_200


def _list_runs_v1_workflows_runs_get(
    *,
    workflow_identifier: None | str | Unset = UNSET,
    root_execution_id: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
    deployment_name: None | str | Unset = UNSET,
    sort_by: ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset = UNSET,
    order: ListRunsV1WorkflowsRunsGetOrder | Unset = ListRunsV1WorkflowsRunsGetOrder.DESC,
    start_time_after: datetime.datetime | None | Unset = UNSET,
    start_time_before: datetime.datetime | None | Unset = UNSET,
    end_time_after: datetime.datetime | None | Unset = UNSET,
    end_time_before: datetime.datetime | None | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    workflow_tags: builtins.list[str] | None | Unset = UNSET,
    include_internal: bool | Unset = True,
    page_size: int | Unset = 50,
    next_page_token: None | str | Unset = UNSET,
    search_key: builtins.list[str] | None | Unset = UNSET,
) -> Request[WorkflowExecutionListResponse]:
    params: dict[str, Any] = {}

    json_workflow_identifier: None | str | Unset
    if isinstance(workflow_identifier, Unset):
        json_workflow_identifier = UNSET
    else:
        json_workflow_identifier = workflow_identifier
    params["workflow_identifier"] = json_workflow_identifier

    json_root_execution_id: None | str | Unset
    if isinstance(root_execution_id, Unset):
        json_root_execution_id = UNSET
    else:
        json_root_execution_id = root_execution_id
    params["root_execution_id"] = json_root_execution_id

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_status: list[str] | None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, WorkflowExecutionStatus):
        json_status = str(status)
    elif isinstance(status, list):
        json_status = []
        for status_type_1_item_data in status:
            status_type_1_item = str(status_type_1_item_data)
            json_status.append(status_type_1_item)

    else:
        json_status = status
    params["status"] = json_status

    json_deployment_name: None | str | Unset
    if isinstance(deployment_name, Unset):
        json_deployment_name = UNSET
    else:
        json_deployment_name = deployment_name
    params["deployment_name"] = json_deployment_name

    json_sort_by: None | str | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    elif isinstance(sort_by, ListRunsV1WorkflowsRunsGetSortByType0):
        json_sort_by = str(sort_by)
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = str(order)

    params["order"] = json_order

    json_start_time_after: None | str | Unset
    if isinstance(start_time_after, Unset):
        json_start_time_after = UNSET
    elif isinstance(start_time_after, datetime.datetime):
        json_start_time_after = start_time_after.isoformat().replace("+00:00", "Z")
    else:
        json_start_time_after = start_time_after
    params["start_time_after"] = json_start_time_after

    json_start_time_before: None | str | Unset
    if isinstance(start_time_before, Unset):
        json_start_time_before = UNSET
    elif isinstance(start_time_before, datetime.datetime):
        json_start_time_before = start_time_before.isoformat().replace("+00:00", "Z")
    else:
        json_start_time_before = start_time_before
    params["start_time_before"] = json_start_time_before

    json_end_time_after: None | str | Unset
    if isinstance(end_time_after, Unset):
        json_end_time_after = UNSET
    elif isinstance(end_time_after, datetime.datetime):
        json_end_time_after = end_time_after.isoformat().replace("+00:00", "Z")
    else:
        json_end_time_after = end_time_after
    params["end_time_after"] = json_end_time_after

    json_end_time_before: None | str | Unset
    if isinstance(end_time_before, Unset):
        json_end_time_before = UNSET
    elif isinstance(end_time_before, datetime.datetime):
        json_end_time_before = end_time_before.isoformat().replace("+00:00", "Z")
    else:
        json_end_time_before = end_time_before
    params["end_time_before"] = json_end_time_before

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_workflow_tags: list[str] | None | Unset
    if isinstance(workflow_tags, Unset):
        json_workflow_tags = UNSET
    elif isinstance(workflow_tags, list):
        json_workflow_tags = workflow_tags

    else:
        json_workflow_tags = workflow_tags
    params["workflow_tags"] = json_workflow_tags

    params["include_internal"] = include_internal

    params["page_size"] = page_size

    json_next_page_token: None | str | Unset
    if isinstance(next_page_token, Unset):
        json_next_page_token = UNSET
    else:
        json_next_page_token = next_page_token
    params["next_page_token"] = json_next_page_token

    json_search_key: list[str] | None | Unset
    if isinstance(search_key, Unset):
        json_search_key = UNSET
    elif isinstance(search_key, list):
        json_search_key = search_key

    else:
        json_search_key = search_key
    params["search_key"] = json_search_key

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/runs",
        operation_id="list_runs_v1_workflows_runs_get",
        decode=_decode_list_runs_v1_workflows_runs_get,
        kind="json",
        keywords=_KEYWORDS_LIST_RUNS_V1_WORKFLOWS_RUNS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_RUN_V1_WORKFLOWS_RUNS_RUN_ID_GET = ("run_id",)


def _decode_get_run_v1_workflows_runs_run_id_get(data: Any) -> WorkflowExecutionResponse:
    response_200 = WorkflowExecutionResponse.from_dict(data)

    return response_200


def _get_run_v1_workflows_runs_run_id_get(
    *,
    run_id: UUID | str,
) -> Request[WorkflowExecutionResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/runs/{run_id}".format(
            run_id=quote(str(run_id), safe=""),
        ),
        operation_id="get_run_v1_workflows_runs_run_id_get",
        decode=_decode_get_run_v1_workflows_runs_run_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_RUN_V1_WORKFLOWS_RUNS_RUN_ID_GET,
        **_kwargs,
    )


_KEYWORDS_GET_RUN_HISTORY_V1_WORKFLOWS_RUNS_RUN_ID_HISTORY_GET = (
    "run_id",
    "decode_payloads",
)


def _decode_get_run_history_v1_workflows_runs_run_id_history_get(data: Any) -> Any:
    response_200 = cast(Any, data)
    return response_200


def _get_run_history_v1_workflows_runs_run_id_history_get(
    *,
    run_id: UUID | str,
    decode_payloads: bool | Unset = False,
) -> Request[Any]:
    params: dict[str, Any] = {}

    params["decode_payloads"] = decode_payloads

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/runs/{run_id}/history".format(
            run_id=quote(str(run_id), safe=""),
        ),
        operation_id="get_run_history_v1_workflows_runs_run_id_history_get",
        decode=_decode_get_run_history_v1_workflows_runs_run_id_history_get,
        kind="json",
        keywords=_KEYWORDS_GET_RUN_HISTORY_V1_WORKFLOWS_RUNS_RUN_ID_HISTORY_GET,
        params=params,
        **_kwargs,
    )


WorkflowsRunsListRunsResult: TypeAlias = WorkflowExecutionListResponse


WorkflowsRunsGetRunResult: TypeAlias = WorkflowExecutionResponse


WorkflowsRunsGetRunHistoryResult: TypeAlias = Any


class WorkflowsRuns:
    """`client.workflows.runs`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsRunsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsRunsWithRawResponse(self._transport)

    def list_runs(
        self,
        *,
        workflow_identifier: None | str | Unset = UNSET,
        root_execution_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        deployment_name: None | str | Unset = UNSET,
        sort_by: ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset = UNSET,
        order: ListRunsV1WorkflowsRunsGetOrder | Unset = ListRunsV1WorkflowsRunsGetOrder.DESC,
        start_time_after: datetime.datetime | None | Unset = UNSET,
        start_time_before: datetime.datetime | None | Unset = UNSET,
        end_time_after: datetime.datetime | None | Unset = UNSET,
        end_time_before: datetime.datetime | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        workflow_tags: builtins.list[str] | None | Unset = UNSET,
        include_internal: bool | Unset = True,
        page_size: int | Unset = 50,
        next_page_token: None | str | Unset = UNSET,
        search_key: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionListResponse:
        """List Runs

        List Runs

        Args:
            workflow_identifier (None | str | Unset): Filter by workflow name or id
            root_execution_id (None | str | Unset): Filter by root execution id; returns the whole
                execution tree (the root and all its descendant sub-workflows).
            search (None | str | Unset): Search by workflow name, display name, or ID
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            deployment_name (None | str | Unset): Filter by deployment name
            sort_by (ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset): Field to sort by
            order (ListRunsV1WorkflowsRunsGetOrder | Unset): Sort direction Default:
                ListRunsV1WorkflowsRunsGetOrder.DESC.
            start_time_after (datetime.datetime | None | Unset): Include runs with start_time >=
                value
            start_time_before (datetime.datetime | None | Unset): Include runs with start_time <=
                value
            end_time_after (datetime.datetime | None | Unset): Include runs with end_time >= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            end_time_before (datetime.datetime | None | Unset): Include runs with end_time <= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            user_id (None | str | Unset): Filter by user id. Use 'current' to filter by the
                authenticated user
            workflow_tags (list[str] | None | Unset): Filter to runs of workflows tagged with all
                listed tags (AND).
            include_internal (bool | Unset): Include runs of internal/technical workflows (e.g.
                parallel-execution) Default: True.
            page_size (int | Unset): Number of items per page Default: 50.
            next_page_token (None | str | Unset): Token for the next page of results
            search_key (list[str] | None | Unset): Filter executions by search key as repeated
                'key:value' entries. Each entry matches an exact key and a similar value; multiple
                entries are AND'd together (max 3).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_runs_v1_workflows_runs_get,
            dict(
                workflow_identifier=workflow_identifier,
                root_execution_id=root_execution_id,
                search=search,
                status=status,
                deployment_name=deployment_name,
                sort_by=sort_by,
                order=order,
                start_time_after=start_time_after,
                start_time_before=start_time_before,
                end_time_after=end_time_after,
                end_time_before=end_time_before,
                user_id=user_id,
                workflow_tags=workflow_tags,
                include_internal=include_internal,
                page_size=page_size,
                next_page_token=next_page_token,
                search_key=search_key,
            ),
        )
        return self._transport.send(request, options)

    async def list_runs_async(
        self,
        *,
        workflow_identifier: None | str | Unset = UNSET,
        root_execution_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        deployment_name: None | str | Unset = UNSET,
        sort_by: ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset = UNSET,
        order: ListRunsV1WorkflowsRunsGetOrder | Unset = ListRunsV1WorkflowsRunsGetOrder.DESC,
        start_time_after: datetime.datetime | None | Unset = UNSET,
        start_time_before: datetime.datetime | None | Unset = UNSET,
        end_time_after: datetime.datetime | None | Unset = UNSET,
        end_time_before: datetime.datetime | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        workflow_tags: builtins.list[str] | None | Unset = UNSET,
        include_internal: bool | Unset = True,
        page_size: int | Unset = 50,
        next_page_token: None | str | Unset = UNSET,
        search_key: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionListResponse:
        """List Runs

        List Runs

        Args:
            workflow_identifier (None | str | Unset): Filter by workflow name or id
            root_execution_id (None | str | Unset): Filter by root execution id; returns the whole
                execution tree (the root and all its descendant sub-workflows).
            search (None | str | Unset): Search by workflow name, display name, or ID
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            deployment_name (None | str | Unset): Filter by deployment name
            sort_by (ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset): Field to sort by
            order (ListRunsV1WorkflowsRunsGetOrder | Unset): Sort direction Default:
                ListRunsV1WorkflowsRunsGetOrder.DESC.
            start_time_after (datetime.datetime | None | Unset): Include runs with start_time >=
                value
            start_time_before (datetime.datetime | None | Unset): Include runs with start_time <=
                value
            end_time_after (datetime.datetime | None | Unset): Include runs with end_time >= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            end_time_before (datetime.datetime | None | Unset): Include runs with end_time <= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            user_id (None | str | Unset): Filter by user id. Use 'current' to filter by the
                authenticated user
            workflow_tags (list[str] | None | Unset): Filter to runs of workflows tagged with all
                listed tags (AND).
            include_internal (bool | Unset): Include runs of internal/technical workflows (e.g.
                parallel-execution) Default: True.
            page_size (int | Unset): Number of items per page Default: 50.
            next_page_token (None | str | Unset): Token for the next page of results
            search_key (list[str] | None | Unset): Filter executions by search key as repeated
                'key:value' entries. Each entry matches an exact key and a similar value; multiple
                entries are AND'd together (max 3).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_runs_v1_workflows_runs_get,
            dict(
                workflow_identifier=workflow_identifier,
                root_execution_id=root_execution_id,
                search=search,
                status=status,
                deployment_name=deployment_name,
                sort_by=sort_by,
                order=order,
                start_time_after=start_time_after,
                start_time_before=start_time_before,
                end_time_after=end_time_after,
                end_time_before=end_time_before,
                user_id=user_id,
                workflow_tags=workflow_tags,
                include_internal=include_internal,
                page_size=page_size,
                next_page_token=next_page_token,
                search_key=search_key,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_run(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """Get Run

        Get Run

        Args:
            run_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_v1_workflows_runs_run_id_get,
            dict(
                run_id=run_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_run_async(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """Get Run

        Get Run

        Args:
            run_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_v1_workflows_runs_run_id_get,
            dict(
                run_id=run_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_run_history(
        self,
        *,
        run_id: UUID | str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get Run History

        Get Run History

        Args:
            run_id (UUID):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_history_v1_workflows_runs_run_id_history_get,
            dict(
                run_id=run_id,
                decode_payloads=decode_payloads,
            ),
        )
        return self._transport.send(request, options)

    async def get_run_history_async(
        self,
        *,
        run_id: UUID | str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get Run History

        Get Run History

        Args:
            run_id (UUID):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_history_v1_workflows_runs_run_id_history_get,
            dict(
                run_id=run_id,
                decode_payloads=decode_payloads,
            ),
        )
        return await self._transport.send_async(request, options)


class WorkflowsRunsWithRawResponse:
    """`client.workflows.runs`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list_runs(
        self,
        *,
        workflow_identifier: None | str | Unset = UNSET,
        root_execution_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        deployment_name: None | str | Unset = UNSET,
        sort_by: ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset = UNSET,
        order: ListRunsV1WorkflowsRunsGetOrder | Unset = ListRunsV1WorkflowsRunsGetOrder.DESC,
        start_time_after: datetime.datetime | None | Unset = UNSET,
        start_time_before: datetime.datetime | None | Unset = UNSET,
        end_time_after: datetime.datetime | None | Unset = UNSET,
        end_time_before: datetime.datetime | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        workflow_tags: builtins.list[str] | None | Unset = UNSET,
        include_internal: bool | Unset = True,
        page_size: int | Unset = 50,
        next_page_token: None | str | Unset = UNSET,
        search_key: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionListResponse]:
        """List Runs

        List Runs

        Args:
            workflow_identifier (None | str | Unset): Filter by workflow name or id
            root_execution_id (None | str | Unset): Filter by root execution id; returns the whole
                execution tree (the root and all its descendant sub-workflows).
            search (None | str | Unset): Search by workflow name, display name, or ID
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            deployment_name (None | str | Unset): Filter by deployment name
            sort_by (ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset): Field to sort by
            order (ListRunsV1WorkflowsRunsGetOrder | Unset): Sort direction Default:
                ListRunsV1WorkflowsRunsGetOrder.DESC.
            start_time_after (datetime.datetime | None | Unset): Include runs with start_time >=
                value
            start_time_before (datetime.datetime | None | Unset): Include runs with start_time <=
                value
            end_time_after (datetime.datetime | None | Unset): Include runs with end_time >= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            end_time_before (datetime.datetime | None | Unset): Include runs with end_time <= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            user_id (None | str | Unset): Filter by user id. Use 'current' to filter by the
                authenticated user
            workflow_tags (list[str] | None | Unset): Filter to runs of workflows tagged with all
                listed tags (AND).
            include_internal (bool | Unset): Include runs of internal/technical workflows (e.g.
                parallel-execution) Default: True.
            page_size (int | Unset): Number of items per page Default: 50.
            next_page_token (None | str | Unset): Token for the next page of results
            search_key (list[str] | None | Unset): Filter executions by search key as repeated
                'key:value' entries. Each entry matches an exact key and a similar value; multiple
                entries are AND'd together (max 3).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_runs_v1_workflows_runs_get,
            dict(
                workflow_identifier=workflow_identifier,
                root_execution_id=root_execution_id,
                search=search,
                status=status,
                deployment_name=deployment_name,
                sort_by=sort_by,
                order=order,
                start_time_after=start_time_after,
                start_time_before=start_time_before,
                end_time_after=end_time_after,
                end_time_before=end_time_before,
                user_id=user_id,
                workflow_tags=workflow_tags,
                include_internal=include_internal,
                page_size=page_size,
                next_page_token=next_page_token,
                search_key=search_key,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_runs_async(
        self,
        *,
        workflow_identifier: None | str | Unset = UNSET,
        root_execution_id: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        deployment_name: None | str | Unset = UNSET,
        sort_by: ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset = UNSET,
        order: ListRunsV1WorkflowsRunsGetOrder | Unset = ListRunsV1WorkflowsRunsGetOrder.DESC,
        start_time_after: datetime.datetime | None | Unset = UNSET,
        start_time_before: datetime.datetime | None | Unset = UNSET,
        end_time_after: datetime.datetime | None | Unset = UNSET,
        end_time_before: datetime.datetime | None | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        workflow_tags: builtins.list[str] | None | Unset = UNSET,
        include_internal: bool | Unset = True,
        page_size: int | Unset = 50,
        next_page_token: None | str | Unset = UNSET,
        search_key: builtins.list[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionListResponse]:
        """List Runs

        List Runs

        Args:
            workflow_identifier (None | str | Unset): Filter by workflow name or id
            root_execution_id (None | str | Unset): Filter by root execution id; returns the whole
                execution tree (the root and all its descendant sub-workflows).
            search (None | str | Unset): Search by workflow name, display name, or ID
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            deployment_name (None | str | Unset): Filter by deployment name
            sort_by (ListRunsV1WorkflowsRunsGetSortByType0 | None | Unset): Field to sort by
            order (ListRunsV1WorkflowsRunsGetOrder | Unset): Sort direction Default:
                ListRunsV1WorkflowsRunsGetOrder.DESC.
            start_time_after (datetime.datetime | None | Unset): Include runs with start_time >=
                value
            start_time_before (datetime.datetime | None | Unset): Include runs with start_time <=
                value
            end_time_after (datetime.datetime | None | Unset): Include runs with end_time >= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            end_time_before (datetime.datetime | None | Unset): Include runs with end_time <= value.
                Running executions (no end_time) are excluded; use the status filter to include them.
            user_id (None | str | Unset): Filter by user id. Use 'current' to filter by the
                authenticated user
            workflow_tags (list[str] | None | Unset): Filter to runs of workflows tagged with all
                listed tags (AND).
            include_internal (bool | Unset): Include runs of internal/technical workflows (e.g.
                parallel-execution) Default: True.
            page_size (int | Unset): Number of items per page Default: 50.
            next_page_token (None | str | Unset): Token for the next page of results
            search_key (list[str] | None | Unset): Filter executions by search key as repeated
                'key:value' entries. Each entry matches an exact key and a similar value; multiple
                entries are AND'd together (max 3).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_runs_v1_workflows_runs_get,
            dict(
                workflow_identifier=workflow_identifier,
                root_execution_id=root_execution_id,
                search=search,
                status=status,
                deployment_name=deployment_name,
                sort_by=sort_by,
                order=order,
                start_time_after=start_time_after,
                start_time_before=start_time_before,
                end_time_after=end_time_after,
                end_time_before=end_time_before,
                user_id=user_id,
                workflow_tags=workflow_tags,
                include_internal=include_internal,
                page_size=page_size,
                next_page_token=next_page_token,
                search_key=search_key,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_run(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse]:
        """Get Run

        Get Run

        Args:
            run_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_v1_workflows_runs_run_id_get,
            dict(
                run_id=run_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_run_async(
        self,
        *,
        run_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse]:
        """Get Run

        Get Run

        Args:
            run_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_v1_workflows_runs_run_id_get,
            dict(
                run_id=run_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_run_history(
        self,
        *,
        run_id: UUID | str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Get Run History

        Get Run History

        Args:
            run_id (UUID):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_history_v1_workflows_runs_run_id_history_get,
            dict(
                run_id=run_id,
                decode_payloads=decode_payloads,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_run_history_async(
        self,
        *,
        run_id: UUID | str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Get Run History

        Get Run History

        Args:
            run_id (UUID):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_run_history_v1_workflows_runs_run_id_history_get,
            dict(
                run_id=run_id,
                decode_payloads=decode_payloads,
            ),
        )
        return await self._transport.send_raw_async(request, options)
