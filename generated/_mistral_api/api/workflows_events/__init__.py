"""WorkflowsEvents: generated resource (`client.workflows.events`)."""

from __future__ import annotations

import builtins
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
    from ...models.get_stream_events_v1_workflows_events_stream_get_metadata_filters_type_0 import (
        GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0,
    )
    from ...models.get_stream_events_v1_workflows_events_stream_get_response_200 import (
        GetStreamEventsV1WorkflowsEventsStreamGetResponse200,
    )
    from ...models.get_stream_events_v1_workflows_events_stream_get_scope import (
        GetStreamEventsV1WorkflowsEventsStreamGetScope,
    )
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.list_workflow_event_response import ListWorkflowEventResponse
    from ...models.workflow_event_type import WorkflowEventType
else:
    GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0 = _Lazy(
        globals(),
        "get_stream_events_v1_workflows_events_stream_get_metadata_filters_type_0",
        "GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0",
    )
    GetStreamEventsV1WorkflowsEventsStreamGetResponse200 = _Lazy(
        globals(),
        "get_stream_events_v1_workflows_events_stream_get_response_200",
        "GetStreamEventsV1WorkflowsEventsStreamGetResponse200",
    )
    GetStreamEventsV1WorkflowsEventsStreamGetScope = _Lazy(
        globals(),
        "get_stream_events_v1_workflows_events_stream_get_scope",
        "GetStreamEventsV1WorkflowsEventsStreamGetScope",
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ListWorkflowEventResponse = _Lazy(globals(), "list_workflow_event_response", "ListWorkflowEventResponse")
    WorkflowEventType = _Lazy(globals(), "workflow_event_type", "WorkflowEventType")


_KEYWORDS_GET_STREAM_EVENTS_V1_WORKFLOWS_EVENTS_STREAM_GET = (
    "scope",
    "activity_name",
    "activity_id",
    "workflow_name",
    "workflow_exec_id",
    "root_workflow_exec_id",
    "parent_workflow_exec_id",
    "stream",
    "start_seq",
    "metadata_filters",
    "workflow_event_types",
    "last_event_id",
)


def _get_stream_events_v1_workflows_events_stream_get_stream(
    *,
    scope: GetStreamEventsV1WorkflowsEventsStreamGetScope
    | Unset = GetStreamEventsV1WorkflowsEventsStreamGetScope.VALUE_2,
    activity_name: str | Unset = "*",
    activity_id: str | Unset = "*",
    workflow_name: str | Unset = "*",
    workflow_exec_id: str | Unset = "*",
    root_workflow_exec_id: str | Unset = "*",
    parent_workflow_exec_id: str | Unset = "*",
    stream: str | Unset = "*",
    start_seq: int | Unset = 0,
    metadata_filters: GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0 | None | Unset = UNSET,
    workflow_event_types: builtins.list[WorkflowEventType] | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Request[Any]:
    params: dict[str, Any] = {}

    json_scope: str | Unset = UNSET
    if not isinstance(scope, Unset):
        json_scope = str(scope)

    params["scope"] = json_scope

    params["activity_name"] = activity_name

    params["activity_id"] = activity_id

    params["workflow_name"] = workflow_name

    params["workflow_exec_id"] = workflow_exec_id

    params["root_workflow_exec_id"] = root_workflow_exec_id

    params["parent_workflow_exec_id"] = parent_workflow_exec_id

    params["stream"] = stream

    params["start_seq"] = start_seq

    json_metadata_filters: dict[str, Any] | None | Unset
    if isinstance(metadata_filters, Unset):
        json_metadata_filters = UNSET
    elif isinstance(metadata_filters, GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0):
        json_metadata_filters = metadata_filters.to_dict()
    else:
        json_metadata_filters = metadata_filters
    params["metadata_filters"] = json_metadata_filters

    json_workflow_event_types: list[str] | None | Unset
    if isinstance(workflow_event_types, Unset):
        json_workflow_event_types = UNSET
    elif isinstance(workflow_event_types, list):
        json_workflow_event_types = []
        for workflow_event_types_type_0_item_data in workflow_event_types:
            workflow_event_types_type_0_item = str(workflow_event_types_type_0_item_data)
            json_workflow_event_types.append(workflow_event_types_type_0_item)

    else:
        json_workflow_event_types = workflow_event_types
    params["workflow_event_types"] = json_workflow_event_types

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    headers: dict[str, Any] = {}
    if not isinstance(last_event_id, Unset):
        headers["last-event-id"] = last_event_id

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/events/stream",
        operation_id="get_stream_events_v1_workflows_events_stream_get",
        decode=as_is,
        stream=True,
        event_fields=(),
        keywords=_KEYWORDS_GET_STREAM_EVENTS_V1_WORKFLOWS_EVENTS_STREAM_GET,
        params=params,
        headers={k: str(v) for k, v in headers.items()},
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EVENTS_V1_WORKFLOWS_EVENTS_LIST_GET = (
    "root_workflow_exec_id",
    "workflow_exec_id",
    "workflow_run_id",
    "limit",
    "cursor",
)


def _decode_get_workflow_events_v1_workflows_events_list_get(data: Any) -> ListWorkflowEventResponse:
    response_200 = ListWorkflowEventResponse.from_dict(data)

    return response_200


def _get_workflow_events_v1_workflows_events_list_get(
    *,
    root_workflow_exec_id: None | str | Unset = UNSET,
    workflow_exec_id: None | str | Unset = UNSET,
    workflow_run_id: None | str | Unset = UNSET,
    limit: int | Unset = 100,
    cursor: None | str | Unset = UNSET,
) -> Request[ListWorkflowEventResponse]:
    params: dict[str, Any] = {}

    json_root_workflow_exec_id: None | str | Unset
    if isinstance(root_workflow_exec_id, Unset):
        json_root_workflow_exec_id = UNSET
    else:
        json_root_workflow_exec_id = root_workflow_exec_id
    params["root_workflow_exec_id"] = json_root_workflow_exec_id

    json_workflow_exec_id: None | str | Unset
    if isinstance(workflow_exec_id, Unset):
        json_workflow_exec_id = UNSET
    else:
        json_workflow_exec_id = workflow_exec_id
    params["workflow_exec_id"] = json_workflow_exec_id

    json_workflow_run_id: None | str | Unset
    if isinstance(workflow_run_id, Unset):
        json_workflow_run_id = UNSET
    else:
        json_workflow_run_id = workflow_run_id
    params["workflow_run_id"] = json_workflow_run_id

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/events/list",
        operation_id="get_workflow_events_v1_workflows_events_list_get",
        decode=_decode_get_workflow_events_v1_workflows_events_list_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EVENTS_V1_WORKFLOWS_EVENTS_LIST_GET,
        params=params,
        **_kwargs,
    )


WorkflowsEventsGetStreamEventsEvent: TypeAlias = Any


WorkflowsEventsGetWorkflowEventsResult: TypeAlias = ListWorkflowEventResponse


class WorkflowsEvents:
    """`client.workflows.events`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsEventsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsEventsWithRawResponse(self._transport)

    def get_stream_events(
        self,
        *,
        scope: GetStreamEventsV1WorkflowsEventsStreamGetScope
        | Unset = GetStreamEventsV1WorkflowsEventsStreamGetScope.VALUE_2,
        activity_name: str | Unset = "*",
        activity_id: str | Unset = "*",
        workflow_name: str | Unset = "*",
        workflow_exec_id: str | Unset = "*",
        root_workflow_exec_id: str | Unset = "*",
        parent_workflow_exec_id: str | Unset = "*",
        stream: str | Unset = "*",
        start_seq: int | Unset = 0,
        metadata_filters: GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0 | None | Unset = UNSET,
        workflow_event_types: builtins.list[WorkflowEventType] | None | Unset = UNSET,
        last_event_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[Any]:
        """Get Stream Events

        Get Stream Events

        Args:
            scope (GetStreamEventsV1WorkflowsEventsStreamGetScope | Unset):  Default:
                GetStreamEventsV1WorkflowsEventsStreamGetScope.VALUE_2.
            activity_name (str | Unset):  Default: '*'.
            activity_id (str | Unset):  Default: '*'.
            workflow_name (str | Unset):  Default: '*'.
            workflow_exec_id (str | Unset):  Default: '*'.
            root_workflow_exec_id (str | Unset):  Default: '*'.
            parent_workflow_exec_id (str | Unset):  Default: '*'.
            stream (str | Unset):  Default: '*'.
            start_seq (int | Unset):  Default: 0.
            metadata_filters (GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0 | None |
                Unset):
            workflow_event_types (list[WorkflowEventType] | None | Unset):
            last_event_id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_stream_events_v1_workflows_events_stream_get_stream,
            dict(
                scope=scope,
                activity_name=activity_name,
                activity_id=activity_id,
                workflow_name=workflow_name,
                workflow_exec_id=workflow_exec_id,
                root_workflow_exec_id=root_workflow_exec_id,
                parent_workflow_exec_id=parent_workflow_exec_id,
                stream=stream,
                start_seq=start_seq,
                metadata_filters=metadata_filters,
                workflow_event_types=workflow_event_types,
                last_event_id=last_event_id,
            ),
        )
        return self._transport.stream(request, options)

    async def get_stream_events_async(
        self,
        *,
        scope: GetStreamEventsV1WorkflowsEventsStreamGetScope
        | Unset = GetStreamEventsV1WorkflowsEventsStreamGetScope.VALUE_2,
        activity_name: str | Unset = "*",
        activity_id: str | Unset = "*",
        workflow_name: str | Unset = "*",
        workflow_exec_id: str | Unset = "*",
        root_workflow_exec_id: str | Unset = "*",
        parent_workflow_exec_id: str | Unset = "*",
        stream: str | Unset = "*",
        start_seq: int | Unset = 0,
        metadata_filters: GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0 | None | Unset = UNSET,
        workflow_event_types: builtins.list[WorkflowEventType] | None | Unset = UNSET,
        last_event_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[Any]:
        """Get Stream Events

        Get Stream Events

        Args:
            scope (GetStreamEventsV1WorkflowsEventsStreamGetScope | Unset):  Default:
                GetStreamEventsV1WorkflowsEventsStreamGetScope.VALUE_2.
            activity_name (str | Unset):  Default: '*'.
            activity_id (str | Unset):  Default: '*'.
            workflow_name (str | Unset):  Default: '*'.
            workflow_exec_id (str | Unset):  Default: '*'.
            root_workflow_exec_id (str | Unset):  Default: '*'.
            parent_workflow_exec_id (str | Unset):  Default: '*'.
            stream (str | Unset):  Default: '*'.
            start_seq (int | Unset):  Default: 0.
            metadata_filters (GetStreamEventsV1WorkflowsEventsStreamGetMetadataFiltersType0 | None |
                Unset):
            workflow_event_types (list[WorkflowEventType] | None | Unset):
            last_event_id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_stream_events_v1_workflows_events_stream_get_stream,
            dict(
                scope=scope,
                activity_name=activity_name,
                activity_id=activity_id,
                workflow_name=workflow_name,
                workflow_exec_id=workflow_exec_id,
                root_workflow_exec_id=root_workflow_exec_id,
                parent_workflow_exec_id=parent_workflow_exec_id,
                stream=stream,
                start_seq=start_seq,
                metadata_filters=metadata_filters,
                workflow_event_types=workflow_event_types,
                last_event_id=last_event_id,
            ),
        )
        return await self._transport.stream_async(request, options)

    def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: None | str | Unset = UNSET,
        workflow_exec_id: None | str | Unset = UNSET,
        workflow_run_id: None | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListWorkflowEventResponse:
        """Get Workflow Events

        Get Workflow Events

        Args:
            root_workflow_exec_id (None | str | Unset): Execution ID of the root workflow that
                initiated this execution chain.
            workflow_exec_id (None | str | Unset): Execution ID of the workflow that emitted this
                event.
            workflow_run_id (None | str | Unset): Run ID of the workflow that emitted this event.
            limit (int | Unset): Maximum number of events to return. Default: 100.
            cursor (None | str | Unset): Cursor for pagination.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListWorkflowEventResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_events_v1_workflows_events_list_get,
            dict(
                root_workflow_exec_id=root_workflow_exec_id,
                workflow_exec_id=workflow_exec_id,
                workflow_run_id=workflow_run_id,
                limit=limit,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_events_async(
        self,
        *,
        root_workflow_exec_id: None | str | Unset = UNSET,
        workflow_exec_id: None | str | Unset = UNSET,
        workflow_run_id: None | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListWorkflowEventResponse:
        """Get Workflow Events

        Get Workflow Events

        Args:
            root_workflow_exec_id (None | str | Unset): Execution ID of the root workflow that
                initiated this execution chain.
            workflow_exec_id (None | str | Unset): Execution ID of the workflow that emitted this
                event.
            workflow_run_id (None | str | Unset): Run ID of the workflow that emitted this event.
            limit (int | Unset): Maximum number of events to return. Default: 100.
            cursor (None | str | Unset): Cursor for pagination.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListWorkflowEventResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_events_v1_workflows_events_list_get,
            dict(
                root_workflow_exec_id=root_workflow_exec_id,
                workflow_exec_id=workflow_exec_id,
                workflow_run_id=workflow_run_id,
                limit=limit,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)


class WorkflowsEventsWithRawResponse:
    """`client.workflows.events`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_workflow_events(
        self,
        *,
        root_workflow_exec_id: None | str | Unset = UNSET,
        workflow_exec_id: None | str | Unset = UNSET,
        workflow_run_id: None | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListWorkflowEventResponse]:
        """Get Workflow Events

        Get Workflow Events

        Args:
            root_workflow_exec_id (None | str | Unset): Execution ID of the root workflow that
                initiated this execution chain.
            workflow_exec_id (None | str | Unset): Execution ID of the workflow that emitted this
                event.
            workflow_run_id (None | str | Unset): Run ID of the workflow that emitted this event.
            limit (int | Unset): Maximum number of events to return. Default: 100.
            cursor (None | str | Unset): Cursor for pagination.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListWorkflowEventResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_events_v1_workflows_events_list_get,
            dict(
                root_workflow_exec_id=root_workflow_exec_id,
                workflow_exec_id=workflow_exec_id,
                workflow_run_id=workflow_run_id,
                limit=limit,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_events_async(
        self,
        *,
        root_workflow_exec_id: None | str | Unset = UNSET,
        workflow_exec_id: None | str | Unset = UNSET,
        workflow_run_id: None | str | Unset = UNSET,
        limit: int | Unset = 100,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListWorkflowEventResponse]:
        """Get Workflow Events

        Get Workflow Events

        Args:
            root_workflow_exec_id (None | str | Unset): Execution ID of the root workflow that
                initiated this execution chain.
            workflow_exec_id (None | str | Unset): Execution ID of the workflow that emitted this
                event.
            workflow_run_id (None | str | Unset): Run ID of the workflow that emitted this event.
            limit (int | Unset): Maximum number of events to return. Default: 100.
            cursor (None | str | Unset): Cursor for pagination.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListWorkflowEventResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_events_v1_workflows_events_list_get,
            dict(
                root_workflow_exec_id=root_workflow_exec_id,
                workflow_exec_id=workflow_exec_id,
                workflow_run_id=workflow_run_id,
                limit=limit,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)
