"""WorkflowsExecutions: generated resource (`client.workflows.executions`)."""

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
    from ...models.batch_execution_body import BatchExecutionBody
    from ...models.batch_execution_response import BatchExecutionResponse
    from ...models.event_source import EventSource
    from ...models.execution_log_search_response import ExecutionLogSearchResponse
    from ...models.execution_trace_info_response import ExecutionTraceInfoResponse
    from ...models.get_workflow_execution_logs_order import GetWorkflowExecutionLogsOrder
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.network_encoded_input import NetworkEncodedInput
    from ...models.query_invocation_body import QueryInvocationBody
    from ...models.query_invocation_body_input_type_1 import QueryInvocationBodyInputType1
    from ...models.query_workflow_response import QueryWorkflowResponse
    from ...models.reset_invocation_body import ResetInvocationBody
    from ...models.signal_invocation_body import SignalInvocationBody
    from ...models.signal_invocation_body_input_type_1 import SignalInvocationBodyInputType1
    from ...models.signal_workflow_response import SignalWorkflowResponse
    from ...models.stream_v1_workflows_executions_execution_id_stream_get_response_200 import (
        StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse200,
    )
    from ...models.stream_workflow_execution_logs_response_200 import StreamWorkflowExecutionLogsResponse200
    from ...models.update_invocation_body import UpdateInvocationBody
    from ...models.update_invocation_body_input_type_1 import UpdateInvocationBodyInputType1
    from ...models.update_workflow_response import UpdateWorkflowResponse
    from ...models.workflow_execution_response import WorkflowExecutionResponse
    from ...models.workflow_execution_trace_events_response import WorkflowExecutionTraceEventsResponse
    from ...models.workflow_execution_trace_o_tel_response import WorkflowExecutionTraceOTelResponse
    from ...models.workflow_execution_trace_summary_response import WorkflowExecutionTraceSummaryResponse
else:
    BatchExecutionBody = _Lazy(globals(), "batch_execution_body", "BatchExecutionBody")
    BatchExecutionResponse = _Lazy(globals(), "batch_execution_response", "BatchExecutionResponse")
    EventSource = _Lazy(globals(), "event_source", "EventSource")
    ExecutionLogSearchResponse = _Lazy(globals(), "execution_log_search_response", "ExecutionLogSearchResponse")
    ExecutionTraceInfoResponse = _Lazy(globals(), "execution_trace_info_response", "ExecutionTraceInfoResponse")
    GetWorkflowExecutionLogsOrder = _Lazy(
        globals(), "get_workflow_execution_logs_order", "GetWorkflowExecutionLogsOrder"
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    NetworkEncodedInput = _Lazy(globals(), "network_encoded_input", "NetworkEncodedInput")
    QueryInvocationBody = _Lazy(globals(), "query_invocation_body", "QueryInvocationBody")
    QueryInvocationBodyInputType1 = _Lazy(
        globals(), "query_invocation_body_input_type_1", "QueryInvocationBodyInputType1"
    )
    QueryWorkflowResponse = _Lazy(globals(), "query_workflow_response", "QueryWorkflowResponse")
    ResetInvocationBody = _Lazy(globals(), "reset_invocation_body", "ResetInvocationBody")
    SignalInvocationBody = _Lazy(globals(), "signal_invocation_body", "SignalInvocationBody")
    SignalInvocationBodyInputType1 = _Lazy(
        globals(), "signal_invocation_body_input_type_1", "SignalInvocationBodyInputType1"
    )
    SignalWorkflowResponse = _Lazy(globals(), "signal_workflow_response", "SignalWorkflowResponse")
    StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse200 = _Lazy(
        globals(),
        "stream_v1_workflows_executions_execution_id_stream_get_response_200",
        "StreamV1WorkflowsExecutionsExecutionIdStreamGetResponse200",
    )
    StreamWorkflowExecutionLogsResponse200 = _Lazy(
        globals(), "stream_workflow_execution_logs_response_200", "StreamWorkflowExecutionLogsResponse200"
    )
    UpdateInvocationBody = _Lazy(globals(), "update_invocation_body", "UpdateInvocationBody")
    UpdateInvocationBodyInputType1 = _Lazy(
        globals(), "update_invocation_body_input_type_1", "UpdateInvocationBodyInputType1"
    )
    UpdateWorkflowResponse = _Lazy(globals(), "update_workflow_response", "UpdateWorkflowResponse")
    WorkflowExecutionResponse = _Lazy(globals(), "workflow_execution_response", "WorkflowExecutionResponse")
    WorkflowExecutionTraceEventsResponse = _Lazy(
        globals(), "workflow_execution_trace_events_response", "WorkflowExecutionTraceEventsResponse"
    )
    WorkflowExecutionTraceOTelResponse = _Lazy(
        globals(), "workflow_execution_trace_o_tel_response", "WorkflowExecutionTraceOTelResponse"
    )
    WorkflowExecutionTraceSummaryResponse = _Lazy(
        globals(), "workflow_execution_trace_summary_response", "WorkflowExecutionTraceSummaryResponse"
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_GET = ("execution_id",)


def _decode_get_workflow_execution_v1_workflows_executions_execution_id_get(data: Any) -> WorkflowExecutionResponse:
    response_200 = WorkflowExecutionResponse.from_dict(data)

    return response_200


def _get_workflow_execution_v1_workflows_executions_execution_id_get(
    *,
    execution_id: str,
) -> Request[WorkflowExecutionResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_v1_workflows_executions_execution_id_get",
        decode=_decode_get_workflow_execution_v1_workflows_executions_execution_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_GET,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_HISTORY_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_HISTORY_GET = (
    "execution_id",
    "decode_payloads",
)


def _decode_get_workflow_execution_history_v1_workflows_executions_execution_id_history_get(data: Any) -> Any:
    response_200 = cast(Any, data)
    return response_200


def _get_workflow_execution_history_v1_workflows_executions_execution_id_history_get(
    *,
    execution_id: str,
    decode_payloads: bool | Unset = False,
) -> Request[Any]:
    params: dict[str, Any] = {}

    params["decode_payloads"] = decode_payloads

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/history".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_history_v1_workflows_executions_execution_id_history_get",
        decode=_decode_get_workflow_execution_history_v1_workflows_executions_execution_id_history_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_HISTORY_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_HISTORY_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SIGNAL_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_SIGNALS_POST = (
    "execution_id",
    "name",
    "input_",
)


def _decode_signal_workflow_execution_v1_workflows_executions_execution_id_signals_post(
    data: Any,
) -> SignalWorkflowResponse:
    response_202 = SignalWorkflowResponse.from_dict(data)

    return response_202


def _signal_workflow_execution_v1_workflows_executions_execution_id_signals_post(
    *,
    execution_id: str,
    name: str,
    input_: NetworkEncodedInput | Mapping[str, Any] | SignalInvocationBodyInputType1 | None | Unset = UNSET,
) -> Request[SignalWorkflowResponse]:

    _kwargs: dict[str, Any] = {}
    _body = SignalInvocationBody(
        name=cast(Any, name),
        input_=cast(Any, input_),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/executions/{execution_id}/signals".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="signal_workflow_execution_v1_workflows_executions_execution_id_signals_post",
        decode=_decode_signal_workflow_execution_v1_workflows_executions_execution_id_signals_post,
        kind="json",
        keywords=_KEYWORDS_SIGNAL_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_SIGNALS_POST,
        **_kwargs,
    )


_KEYWORDS_QUERY_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_QUERIES_POST = (
    "execution_id",
    "name",
    "input_",
)


def _decode_query_workflow_execution_v1_workflows_executions_execution_id_queries_post(
    data: Any,
) -> QueryWorkflowResponse:
    response_200 = QueryWorkflowResponse.from_dict(data)

    return response_200


def _query_workflow_execution_v1_workflows_executions_execution_id_queries_post(
    *,
    execution_id: str,
    name: str,
    input_: NetworkEncodedInput | Mapping[str, Any] | QueryInvocationBodyInputType1 | None | Unset = UNSET,
) -> Request[QueryWorkflowResponse]:

    _kwargs: dict[str, Any] = {}
    _body = QueryInvocationBody(
        name=cast(Any, name),
        input_=cast(Any, input_),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/executions/{execution_id}/queries".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="query_workflow_execution_v1_workflows_executions_execution_id_queries_post",
        decode=_decode_query_workflow_execution_v1_workflows_executions_execution_id_queries_post,
        kind="json",
        keywords=_KEYWORDS_QUERY_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_QUERIES_POST,
        **_kwargs,
    )


_KEYWORDS_TERMINATE_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_TERMINATE_POST = ("execution_id",)


def _terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post(
    *,
    execution_id: str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/workflows/executions/{execution_id}/terminate".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_TERMINATE_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_TERMINATE_POST,
        **_kwargs,
    )


_KEYWORDS_BATCH_TERMINATE_WORKFLOW_EXECUTIONS_V1_WORKFLOWS_EXECUTIONS_TERMINATE_POST = ("execution_ids",)


def _decode_batch_terminate_workflow_executions_v1_workflows_executions_terminate_post(
    data: Any,
) -> BatchExecutionResponse:
    response_200 = BatchExecutionResponse.from_dict(data)

    return response_200


def _batch_terminate_workflow_executions_v1_workflows_executions_terminate_post(
    *,
    execution_ids: Sequence[str],
) -> Request[BatchExecutionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = BatchExecutionBody(
        execution_ids=cast(Any, execution_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/executions/terminate",
        operation_id="batch_terminate_workflow_executions_v1_workflows_executions_terminate_post",
        decode=_decode_batch_terminate_workflow_executions_v1_workflows_executions_terminate_post,
        kind="json",
        keywords=_KEYWORDS_BATCH_TERMINATE_WORKFLOW_EXECUTIONS_V1_WORKFLOWS_EXECUTIONS_TERMINATE_POST,
        **_kwargs,
    )


_KEYWORDS_CANCEL_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_CANCEL_POST = ("execution_id",)


def _cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post(
    *,
    execution_id: str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/workflows/executions/{execution_id}/cancel".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_CANCEL_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_CANCEL_POST,
        **_kwargs,
    )


_KEYWORDS_BATCH_CANCEL_WORKFLOW_EXECUTIONS_V1_WORKFLOWS_EXECUTIONS_CANCEL_POST = ("execution_ids",)


def _decode_batch_cancel_workflow_executions_v1_workflows_executions_cancel_post(data: Any) -> BatchExecutionResponse:
    response_200 = BatchExecutionResponse.from_dict(data)

    return response_200


def _batch_cancel_workflow_executions_v1_workflows_executions_cancel_post(
    *,
    execution_ids: Sequence[str],
) -> Request[BatchExecutionResponse]:

    _kwargs: dict[str, Any] = {}
    _body = BatchExecutionBody(
        execution_ids=cast(Any, execution_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/executions/cancel",
        operation_id="batch_cancel_workflow_executions_v1_workflows_executions_cancel_post",
        decode=_decode_batch_cancel_workflow_executions_v1_workflows_executions_cancel_post,
        kind="json",
        keywords=_KEYWORDS_BATCH_CANCEL_WORKFLOW_EXECUTIONS_V1_WORKFLOWS_EXECUTIONS_CANCEL_POST,
        **_kwargs,
    )


_KEYWORDS_RESET_WORKFLOW_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_RESET_POST = (
    "execution_id",
    "event_id",
    "reason",
    "exclude_signals",
    "exclude_updates",
)


def _reset_workflow_v1_workflows_executions_execution_id_reset_post(
    *,
    execution_id: str,
    event_id: int,
    reason: str | None | Unset = UNSET,
    exclude_signals: bool | Unset = UNSET,
    exclude_updates: bool | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = ResetInvocationBody(
        event_id=cast(Any, event_id),
        reason=cast(Any, reason),
        exclude_signals=cast(Any, exclude_signals),
        exclude_updates=cast(Any, exclude_updates),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/executions/{execution_id}/reset".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="reset_workflow_v1_workflows_executions_execution_id_reset_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_RESET_WORKFLOW_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_RESET_POST,
        **_kwargs,
    )


_KEYWORDS_UPDATE_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_UPDATES_POST = (
    "execution_id",
    "name",
    "input_",
)


def _decode_update_workflow_execution_v1_workflows_executions_execution_id_updates_post(
    data: Any,
) -> UpdateWorkflowResponse:
    response_200 = UpdateWorkflowResponse.from_dict(data)

    return response_200


def _update_workflow_execution_v1_workflows_executions_execution_id_updates_post(
    *,
    execution_id: str,
    name: str,
    input_: NetworkEncodedInput | Mapping[str, Any] | UpdateInvocationBodyInputType1 | None | Unset = UNSET,
) -> Request[UpdateWorkflowResponse]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateInvocationBody(
        name=cast(Any, name),
        input_=cast(Any, input_),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/executions/{execution_id}/updates".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="update_workflow_execution_v1_workflows_executions_execution_id_updates_post",
        decode=_decode_update_workflow_execution_v1_workflows_executions_execution_id_updates_post,
        kind="json",
        keywords=_KEYWORDS_UPDATE_WORKFLOW_EXECUTION_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_UPDATES_POST,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_INFO = ("execution_id",)


def _decode_get_workflow_execution_trace_info(data: Any) -> ExecutionTraceInfoResponse:
    response_200 = ExecutionTraceInfoResponse.from_dict(data)

    return response_200


def _get_workflow_execution_trace_info(
    *,
    execution_id: str,
) -> Request[ExecutionTraceInfoResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/trace/info".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_trace_info",
        decode=_decode_get_workflow_execution_trace_info,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_INFO,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_OTEL = ("execution_id",)


def _decode_get_workflow_execution_trace_otel(data: Any) -> WorkflowExecutionTraceOTelResponse:
    response_200 = WorkflowExecutionTraceOTelResponse.from_dict(data)

    return response_200


def _get_workflow_execution_trace_otel(
    *,
    execution_id: str,
) -> Request[WorkflowExecutionTraceOTelResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/trace/otel".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_trace_otel",
        decode=_decode_get_workflow_execution_trace_otel,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_OTEL,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_SUMMARY = ("execution_id",)


def _decode_get_workflow_execution_trace_summary(data: Any) -> WorkflowExecutionTraceSummaryResponse:
    response_200 = WorkflowExecutionTraceSummaryResponse.from_dict(data)

    return response_200


def _get_workflow_execution_trace_summary(
    *,
    execution_id: str,
) -> Request[WorkflowExecutionTraceSummaryResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/trace/summary".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_trace_summary",
        decode=_decode_get_workflow_execution_trace_summary,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_SUMMARY,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_EVENTS = (
    "execution_id",
    "merge_same_id_events",
    "include_internal_events",
)


def _decode_get_workflow_execution_trace_events(data: Any) -> WorkflowExecutionTraceEventsResponse:
    response_200 = WorkflowExecutionTraceEventsResponse.from_dict(data)

    return response_200


def _get_workflow_execution_trace_events(
    *,
    execution_id: str,
    merge_same_id_events: bool | Unset = False,
    include_internal_events: bool | Unset = False,
) -> Request[WorkflowExecutionTraceEventsResponse]:
    params: dict[str, Any] = {}

    params["merge_same_id_events"] = merge_same_id_events

    params["include_internal_events"] = include_internal_events

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/trace/events".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_trace_events",
        decode=_decode_get_workflow_execution_trace_events,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_TRACE_EVENTS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_STREAM_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_STREAM_GET = (
    "execution_id",
    "event_source",
    "last_event_id",
)


def _stream_v1_workflows_executions_execution_id_stream_get_stream(
    *,
    execution_id: str,
    event_source: EventSource | None | Unset = UNSET,
    last_event_id: None | str | Unset = UNSET,
) -> Request[Any]:
    params: dict[str, Any] = {}

    json_event_source: None | str | Unset
    if isinstance(event_source, Unset):
        json_event_source = UNSET
    elif isinstance(event_source, EventSource):
        json_event_source = str(event_source)
    else:
        json_event_source = event_source
    params["event_source"] = json_event_source

    json_last_event_id: None | str | Unset
    if isinstance(last_event_id, Unset):
        json_last_event_id = UNSET
    else:
        json_last_event_id = last_event_id
    params["last_event_id"] = json_last_event_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/stream".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="stream_v1_workflows_executions_execution_id_stream_get",
        decode=as_is,
        stream=True,
        event_fields=(),
        keywords=_KEYWORDS_STREAM_V1_WORKFLOWS_EXECUTIONS_EXECUTION_ID_STREAM_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_EXECUTION_LOGS = (
    "execution_id",
    "run_id",
    "activity_id",
    "after",
    "before",
    "order",
    "cursor",
    "limit",
)


def _decode_get_workflow_execution_logs(data: Any) -> ExecutionLogSearchResponse:
    response_200 = ExecutionLogSearchResponse.from_dict(data)

    return response_200


def _get_workflow_execution_logs(
    *,
    execution_id: str,
    run_id: UUID | str | None | Unset = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: GetWorkflowExecutionLogsOrder | Unset = GetWorkflowExecutionLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Request[ExecutionLogSearchResponse]:
    params: dict[str, Any] = {}

    json_run_id: None | str | Unset
    if isinstance(run_id, Unset):
        json_run_id = UNSET
    elif isinstance(run_id, UUID):
        json_run_id = str(run_id)
    else:
        json_run_id = run_id
    params["run_id"] = json_run_id

    json_activity_id: None | str | Unset
    if isinstance(activity_id, Unset):
        json_activity_id = UNSET
    else:
        json_activity_id = activity_id
    params["activity_id"] = json_activity_id

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat().replace("+00:00", "Z")
    else:
        json_after = after
    params["after"] = json_after

    json_before: None | str | Unset
    if isinstance(before, Unset):
        json_before = UNSET
    elif isinstance(before, datetime.datetime):
        json_before = before.isoformat().replace("+00:00", "Z")
    else:
        json_before = before
    params["before"] = json_before

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = str(order)

    params["order"] = json_order

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/logs".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="get_workflow_execution_logs",
        decode=_decode_get_workflow_execution_logs,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_EXECUTION_LOGS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_STREAM_WORKFLOW_EXECUTION_LOGS = (
    "execution_id",
    "run_id",
    "activity_id",
    "after",
    "last_event_id_query",
    "last_event_id_header",
)


def _stream_workflow_execution_logs_stream(
    *,
    execution_id: str,
    run_id: UUID | str | None | Unset = UNSET,
    activity_id: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Request[Any]:
    params: dict[str, Any] = {}

    json_run_id: None | str | Unset
    if isinstance(run_id, Unset):
        json_run_id = UNSET
    elif isinstance(run_id, UUID):
        json_run_id = str(run_id)
    else:
        json_run_id = run_id
    params["run_id"] = json_run_id

    json_activity_id: None | str | Unset
    if isinstance(activity_id, Unset):
        json_activity_id = UNSET
    else:
        json_activity_id = activity_id
    params["activity_id"] = json_activity_id

    json_after: None | str | Unset
    if isinstance(after, Unset):
        json_after = UNSET
    elif isinstance(after, datetime.datetime):
        json_after = after.isoformat().replace("+00:00", "Z")
    else:
        json_after = after
    params["after"] = json_after

    json_last_event_id_query: None | str | Unset
    if isinstance(last_event_id_query, Unset):
        json_last_event_id_query = UNSET
    else:
        json_last_event_id_query = last_event_id_query
    params["last_event_id"] = json_last_event_id_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    headers: dict[str, Any] = {}
    if not isinstance(last_event_id_header, Unset):
        headers["Last-Event-ID"] = last_event_id_header

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/executions/{execution_id}/logs/stream".format(
            execution_id=quote(str(execution_id), safe=""),
        ),
        operation_id="stream_workflow_execution_logs",
        decode=as_is,
        stream=True,
        event_fields=(),
        keywords=_KEYWORDS_STREAM_WORKFLOW_EXECUTION_LOGS,
        params=params,
        headers={k: str(v) for k, v in headers.items()},
        **_kwargs,
    )


WorkflowsExecutionsGetWorkflowExecutionResult: TypeAlias = WorkflowExecutionResponse


WorkflowsExecutionsGetWorkflowExecutionHistoryResult: TypeAlias = Any


WorkflowsExecutionsSignalWorkflowExecutionResult: TypeAlias = SignalWorkflowResponse


WorkflowsExecutionsQueryWorkflowExecutionResult: TypeAlias = QueryWorkflowResponse


WorkflowsExecutionsTerminateWorkflowExecutionResult: TypeAlias = None


WorkflowsExecutionsBatchTerminateWorkflowExecutionsResult: TypeAlias = BatchExecutionResponse


WorkflowsExecutionsCancelWorkflowExecutionResult: TypeAlias = None


WorkflowsExecutionsBatchCancelWorkflowExecutionsResult: TypeAlias = BatchExecutionResponse


WorkflowsExecutionsResetWorkflowResult: TypeAlias = None


WorkflowsExecutionsUpdateWorkflowExecutionResult: TypeAlias = UpdateWorkflowResponse


WorkflowsExecutionsGetWorkflowExecutionTraceInfoResult: TypeAlias = ExecutionTraceInfoResponse


WorkflowsExecutionsGetWorkflowExecutionTraceOtelResult: TypeAlias = WorkflowExecutionTraceOTelResponse


WorkflowsExecutionsGetWorkflowExecutionTraceSummaryResult: TypeAlias = WorkflowExecutionTraceSummaryResponse


WorkflowsExecutionsGetWorkflowExecutionTraceEventsResult: TypeAlias = WorkflowExecutionTraceEventsResponse


WorkflowsExecutionsStreamEvent: TypeAlias = Any


WorkflowsExecutionsGetWorkflowExecutionLogsResult: TypeAlias = ExecutionLogSearchResponse


WorkflowsExecutionsStreamWorkflowExecutionLogsEvent: TypeAlias = Any


class WorkflowsExecutions:
    """`client.workflows.executions`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsExecutionsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsExecutionsWithRawResponse(self._transport)

    def get_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """Get Workflow Execution

        Get Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_v1_workflows_executions_execution_id_get,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse:
        """Get Workflow Execution

        Get Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_v1_workflows_executions_execution_id_get,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_execution_history(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get Workflow Execution History

        Get Workflow Execution History

        Args:
            execution_id (str):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_history_v1_workflows_executions_execution_id_history_get,
            dict(
                execution_id=execution_id,
                decode_payloads=decode_payloads,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_history_async(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> Any:
        """Get Workflow Execution History

        Get Workflow Execution History

        Args:
            execution_id (str):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Any

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_history_v1_workflows_executions_execution_id_history_get,
            dict(
                execution_id=execution_id,
                decode_payloads=decode_payloads,
            ),
        )
        return await self._transport.send_async(request, options)

    def signal_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | SignalInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SignalWorkflowResponse:
        """Signal Workflow Execution

        Signal Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the signal to send
            input_ (NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset): Input data for the signal, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SignalWorkflowResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _signal_workflow_execution_v1_workflows_executions_execution_id_signals_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return self._transport.send(request, options)

    async def signal_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | SignalInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SignalWorkflowResponse:
        """Signal Workflow Execution

        Signal Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the signal to send
            input_ (NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset): Input data for the signal, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SignalWorkflowResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _signal_workflow_execution_v1_workflows_executions_execution_id_signals_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return await self._transport.send_async(request, options)

    def query_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | QueryInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QueryWorkflowResponse:
        """Query Workflow Execution

        Query Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the query to request
            input_ (NetworkEncodedInput | None | QueryInvocationBodyInputType1 | Unset): Input data for the query, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            QueryWorkflowResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _query_workflow_execution_v1_workflows_executions_execution_id_queries_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return self._transport.send(request, options)

    async def query_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | QueryInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> QueryWorkflowResponse:
        """Query Workflow Execution

        Query Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the query to request
            input_ (NetworkEncodedInput | None | QueryInvocationBodyInputType1 | Unset): Input data for the query, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            QueryWorkflowResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _query_workflow_execution_v1_workflows_executions_execution_id_queries_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return await self._transport.send_async(request, options)

    def terminate_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Terminate Workflow Execution

        Terminate Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send(request, options)

    async def terminate_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Terminate Workflow Execution

        Terminate Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def batch_terminate_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """Batch Terminate Workflow Executions

        Batch Terminate Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_terminate_workflow_executions_v1_workflows_executions_terminate_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return self._transport.send(request, options)

    async def batch_terminate_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """Batch Terminate Workflow Executions

        Batch Terminate Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_terminate_workflow_executions_v1_workflows_executions_terminate_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def cancel_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel Workflow Execution

        Cancel Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send(request, options)

    async def cancel_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Cancel Workflow Execution

        Cancel Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def batch_cancel_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """Batch Cancel Workflow Executions

        Batch Cancel Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_cancel_workflow_executions_v1_workflows_executions_cancel_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return self._transport.send(request, options)

    async def batch_cancel_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> BatchExecutionResponse:
        """Batch Cancel Workflow Executions

        Batch Cancel Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            BatchExecutionResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_cancel_workflow_executions_v1_workflows_executions_cancel_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def reset_workflow(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | Unset = UNSET,
        exclude_signals: bool | Unset = UNSET,
        exclude_updates: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reset Workflow

        Reset Workflow

        Args:
            execution_id (str):
            event_id (int): The event ID to reset the workflow execution to
            reason (None | str | Unset): Reason for resetting the workflow execution
            exclude_signals (bool | Unset): Whether to exclude signals that happened after the reset point
            exclude_updates (bool | Unset): Whether to exclude updates that happened after the reset point
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _reset_workflow_v1_workflows_executions_execution_id_reset_post,
            dict(
                execution_id=execution_id,
                event_id=event_id,
                reason=reason,
                exclude_signals=exclude_signals,
                exclude_updates=exclude_updates,
            ),
        )
        return self._transport.send(request, options)

    async def reset_workflow_async(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | Unset = UNSET,
        exclude_signals: bool | Unset = UNSET,
        exclude_updates: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Reset Workflow

        Reset Workflow

        Args:
            execution_id (str):
            event_id (int): The event ID to reset the workflow execution to
            reason (None | str | Unset): Reason for resetting the workflow execution
            exclude_signals (bool | Unset): Whether to exclude signals that happened after the reset point
            exclude_updates (bool | Unset): Whether to exclude updates that happened after the reset point
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _reset_workflow_v1_workflows_executions_execution_id_reset_post,
            dict(
                execution_id=execution_id,
                event_id=event_id,
                reason=reason,
                exclude_signals=exclude_signals,
                exclude_updates=exclude_updates,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | UpdateInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UpdateWorkflowResponse:
        """Update Workflow Execution

        Update Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the update to request
            input_ (NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1): Input data for the update, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UpdateWorkflowResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_execution_v1_workflows_executions_execution_id_updates_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return self._transport.send(request, options)

    async def update_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | UpdateInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> UpdateWorkflowResponse:
        """Update Workflow Execution

        Update Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the update to request
            input_ (NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1): Input data for the update, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            UpdateWorkflowResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_execution_v1_workflows_executions_execution_id_updates_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_execution_trace_info(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info

        Get Workflow Execution Trace Info

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ExecutionTraceInfoResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_info,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_trace_info_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> ExecutionTraceInfoResponse:
        """Get Workflow Execution Trace Info

        Get Workflow Execution Trace Info

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ExecutionTraceInfoResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_info,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_execution_trace_otel(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel

        Get Workflow Execution Trace Otel

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionTraceOTelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_otel,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_trace_otel_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceOTelResponse:
        """Get Workflow Execution Trace Otel

        Get Workflow Execution Trace Otel

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionTraceOTelResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_otel,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_execution_trace_summary(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary

        Get Workflow Execution Trace Summary

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionTraceSummaryResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_summary,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_trace_summary_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceSummaryResponse:
        """Get Workflow Execution Trace Summary

        Get Workflow Execution Trace Summary

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionTraceSummaryResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_summary,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_execution_trace_events(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | Unset = False,
        include_internal_events: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events

        Get Workflow Execution Trace Events

        Args:
            execution_id (str):
            merge_same_id_events (bool | Unset):  Default: False.
            include_internal_events (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionTraceEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_events,
            dict(
                execution_id=execution_id,
                merge_same_id_events=merge_same_id_events,
                include_internal_events=include_internal_events,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_trace_events_async(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | Unset = False,
        include_internal_events: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionTraceEventsResponse:
        """Get Workflow Execution Trace Events

        Get Workflow Execution Trace Events

        Args:
            execution_id (str):
            merge_same_id_events (bool | Unset):  Default: False.
            include_internal_events (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionTraceEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_events,
            dict(
                execution_id=execution_id,
                merge_same_id_events=merge_same_id_events,
                include_internal_events=include_internal_events,
            ),
        )
        return await self._transport.send_async(request, options)

    def stream(
        self,
        *,
        execution_id: str,
        event_source: EventSource | None | Unset = UNSET,
        last_event_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[Any]:
        """Stream

        Stream

        Args:
            execution_id (str):
            event_source (EventSource | None | Unset):
            last_event_id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stream_v1_workflows_executions_execution_id_stream_get_stream,
            dict(
                execution_id=execution_id,
                event_source=event_source,
                last_event_id=last_event_id,
            ),
        )
        return self._transport.stream(request, options)

    async def stream_async(
        self,
        *,
        execution_id: str,
        event_source: EventSource | None | Unset = UNSET,
        last_event_id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[Any]:
        """Stream

        Stream

        Args:
            execution_id (str):
            event_source (EventSource | None | Unset):
            last_event_id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stream_v1_workflows_executions_execution_id_stream_get_stream,
            dict(
                execution_id=execution_id,
                event_source=event_source,
                last_event_id=last_event_id,
            ),
        )
        return await self._transport.stream_async(request, options)

    def get_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: UUID | str | None | Unset = UNSET,
        activity_id: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetWorkflowExecutionLogsOrder | Unset = GetWorkflowExecutionLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> ExecutionLogSearchResponse:
        """Get Workflow Execution Logs

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            execution_id (str):
            run_id (None | Unset | UUID): Filter logs by workflow run ID
            activity_id (None | str | Unset): Filter logs by activity ID
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetWorkflowExecutionLogsOrder | Unset): First-page sort order: 'asc' (oldest
                first) or 'desc'. Ignored when `cursor` is set. Default:
                GetWorkflowExecutionLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ExecutionLogSearchResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_logs,
            dict(
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: UUID | str | None | Unset = UNSET,
        activity_id: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetWorkflowExecutionLogsOrder | Unset = GetWorkflowExecutionLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> ExecutionLogSearchResponse:
        """Get Workflow Execution Logs

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            execution_id (str):
            run_id (None | Unset | UUID): Filter logs by workflow run ID
            activity_id (None | str | Unset): Filter logs by activity ID
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetWorkflowExecutionLogsOrder | Unset): First-page sort order: 'asc' (oldest
                first) or 'desc'. Ignored when `cursor` is set. Default:
                GetWorkflowExecutionLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ExecutionLogSearchResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_logs,
            dict(
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return await self._transport.send_async(request, options)

    def stream_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: UUID | str | None | Unset = UNSET,
        activity_id: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        last_event_id_query: None | str | Unset = UNSET,
        last_event_id_header: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[Any]:
        """Stream Workflow Execution Logs

        Stream logs for a workflow execution via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header
        wins)
        and takes precedence over `after`; omit all to tail from the execution start.

        Args:
            execution_id (str):
            run_id (None | Unset | UUID): Filter logs by workflow run ID
            activity_id (None | str | Unset): Filter logs by activity ID
            after (datetime.datetime | None | Unset): Start a fresh stream at this timestamp
                (ignored when resuming via last_event_id)
            last_event_id_query (None | str | Unset): Resume from this cursor (a prior response's
                SSE id)
            last_event_id_header (None | str | Unset): Resume from this cursor (a prior response's
                SSE id). Takes precedence over the query parameter.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stream_workflow_execution_logs_stream,
            dict(
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                last_event_id_query=last_event_id_query,
                last_event_id_header=last_event_id_header,
            ),
        )
        return self._transport.stream(request, options)

    async def stream_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: UUID | str | None | Unset = UNSET,
        activity_id: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        last_event_id_query: None | str | Unset = UNSET,
        last_event_id_header: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[Any]:
        """Stream Workflow Execution Logs

        Stream logs for a workflow execution via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header
        wins)
        and takes precedence over `after`; omit all to tail from the execution start.

        Args:
            execution_id (str):
            run_id (None | Unset | UUID): Filter logs by workflow run ID
            activity_id (None | str | Unset): Filter logs by activity ID
            after (datetime.datetime | None | Unset): Start a fresh stream at this timestamp
                (ignored when resuming via last_event_id)
            last_event_id_query (None | str | Unset): Resume from this cursor (a prior response's
                SSE id)
            last_event_id_header (None | str | Unset): Resume from this cursor (a prior response's
                SSE id). Takes precedence over the query parameter.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[Any] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stream_workflow_execution_logs_stream,
            dict(
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                last_event_id_query=last_event_id_query,
                last_event_id_header=last_event_id_header,
            ),
        )
        return await self._transport.stream_async(request, options)


class WorkflowsExecutionsWithRawResponse:
    """`client.workflows.executions`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse]:
        """Get Workflow Execution

        Get Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_v1_workflows_executions_execution_id_get,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse]:
        """Get Workflow Execution

        Get Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_v1_workflows_executions_execution_id_get,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_execution_history(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Get Workflow Execution History

        Get Workflow Execution History

        Args:
            execution_id (str):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_history_v1_workflows_executions_execution_id_history_get,
            dict(
                execution_id=execution_id,
                decode_payloads=decode_payloads,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_history_async(
        self,
        *,
        execution_id: str,
        decode_payloads: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Any]:
        """Get Workflow Execution History

        Get Workflow Execution History

        Args:
            execution_id (str):
            decode_payloads (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Any]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_history_v1_workflows_executions_execution_id_history_get,
            dict(
                execution_id=execution_id,
                decode_payloads=decode_payloads,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def signal_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | SignalInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SignalWorkflowResponse]:
        """Signal Workflow Execution

        Signal Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the signal to send
            input_ (NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset): Input data for the signal, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SignalWorkflowResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _signal_workflow_execution_v1_workflows_executions_execution_id_signals_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return self._transport.send_raw(request, options)

    async def signal_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | SignalInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SignalWorkflowResponse]:
        """Signal Workflow Execution

        Signal Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the signal to send
            input_ (NetworkEncodedInput | None | SignalInvocationBodyInputType1 | Unset): Input data for the signal, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SignalWorkflowResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _signal_workflow_execution_v1_workflows_executions_execution_id_signals_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def query_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | QueryInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[QueryWorkflowResponse]:
        """Query Workflow Execution

        Query Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the query to request
            input_ (NetworkEncodedInput | None | QueryInvocationBodyInputType1 | Unset): Input data for the query, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[QueryWorkflowResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _query_workflow_execution_v1_workflows_executions_execution_id_queries_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return self._transport.send_raw(request, options)

    async def query_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | QueryInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[QueryWorkflowResponse]:
        """Query Workflow Execution

        Query Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the query to request
            input_ (NetworkEncodedInput | None | QueryInvocationBodyInputType1 | Unset): Input data for the query, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[QueryWorkflowResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _query_workflow_execution_v1_workflows_executions_execution_id_queries_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def terminate_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Terminate Workflow Execution

        Terminate Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def terminate_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Terminate Workflow Execution

        Terminate Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _terminate_workflow_execution_v1_workflows_executions_execution_id_terminate_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def batch_terminate_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchExecutionResponse]:
        """Batch Terminate Workflow Executions

        Batch Terminate Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_terminate_workflow_executions_v1_workflows_executions_terminate_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def batch_terminate_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchExecutionResponse]:
        """Batch Terminate Workflow Executions

        Batch Terminate Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_terminate_workflow_executions_v1_workflows_executions_terminate_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def cancel_workflow_execution(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Cancel Workflow Execution

        Cancel Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def cancel_workflow_execution_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Cancel Workflow Execution

        Cancel Workflow Execution

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _cancel_workflow_execution_v1_workflows_executions_execution_id_cancel_post,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def batch_cancel_workflow_executions(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchExecutionResponse]:
        """Batch Cancel Workflow Executions

        Batch Cancel Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_cancel_workflow_executions_v1_workflows_executions_cancel_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def batch_cancel_workflow_executions_async(
        self,
        *,
        execution_ids: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[BatchExecutionResponse]:
        """Batch Cancel Workflow Executions

        Batch Cancel Workflow Executions

        Args:
            execution_ids (list[str]): List of execution IDs to process
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[BatchExecutionResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _batch_cancel_workflow_executions_v1_workflows_executions_cancel_post,
            dict(
                execution_ids=execution_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def reset_workflow(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | Unset = UNSET,
        exclude_signals: bool | Unset = UNSET,
        exclude_updates: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Reset Workflow

        Reset Workflow

        Args:
            execution_id (str):
            event_id (int): The event ID to reset the workflow execution to
            reason (None | str | Unset): Reason for resetting the workflow execution
            exclude_signals (bool | Unset): Whether to exclude signals that happened after the reset point
            exclude_updates (bool | Unset): Whether to exclude updates that happened after the reset point
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _reset_workflow_v1_workflows_executions_execution_id_reset_post,
            dict(
                execution_id=execution_id,
                event_id=event_id,
                reason=reason,
                exclude_signals=exclude_signals,
                exclude_updates=exclude_updates,
            ),
        )
        return self._transport.send_raw(request, options)

    async def reset_workflow_async(
        self,
        *,
        execution_id: str,
        event_id: int,
        reason: str | None | Unset = UNSET,
        exclude_signals: bool | Unset = UNSET,
        exclude_updates: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Reset Workflow

        Reset Workflow

        Args:
            execution_id (str):
            event_id (int): The event ID to reset the workflow execution to
            reason (None | str | Unset): Reason for resetting the workflow execution
            exclude_signals (bool | Unset): Whether to exclude signals that happened after the reset point
            exclude_updates (bool | Unset): Whether to exclude updates that happened after the reset point
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _reset_workflow_v1_workflows_executions_execution_id_reset_post,
            dict(
                execution_id=execution_id,
                event_id=event_id,
                reason=reason,
                exclude_signals=exclude_signals,
                exclude_updates=exclude_updates,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_workflow_execution(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | UpdateInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UpdateWorkflowResponse]:
        """Update Workflow Execution

        Update Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the update to request
            input_ (NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1): Input data for the update, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UpdateWorkflowResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_execution_v1_workflows_executions_execution_id_updates_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_workflow_execution_async(
        self,
        *,
        execution_id: str,
        name: str,
        input_: NetworkEncodedInput | Mapping[str, Any] | UpdateInvocationBodyInputType1 | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[UpdateWorkflowResponse]:
        """Update Workflow Execution

        Update Workflow Execution

        Args:
            execution_id (str):
            name (str): The name of the update to request
            input_ (NetworkEncodedInput | None | Unset | UpdateInvocationBodyInputType1): Input data for the update, matching its schema
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[UpdateWorkflowResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_execution_v1_workflows_executions_execution_id_updates_post,
            dict(
                execution_id=execution_id,
                name=name,
                input_=input_,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_execution_trace_info(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ExecutionTraceInfoResponse]:
        """Get Workflow Execution Trace Info

        Get Workflow Execution Trace Info

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ExecutionTraceInfoResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_info,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_trace_info_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ExecutionTraceInfoResponse]:
        """Get Workflow Execution Trace Info

        Get Workflow Execution Trace Info

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ExecutionTraceInfoResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_info,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_execution_trace_otel(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionTraceOTelResponse]:
        """Get Workflow Execution Trace Otel

        Get Workflow Execution Trace Otel

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionTraceOTelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_otel,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_trace_otel_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionTraceOTelResponse]:
        """Get Workflow Execution Trace Otel

        Get Workflow Execution Trace Otel

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionTraceOTelResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_otel,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_execution_trace_summary(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionTraceSummaryResponse]:
        """Get Workflow Execution Trace Summary

        Get Workflow Execution Trace Summary

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionTraceSummaryResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_summary,
            dict(
                execution_id=execution_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_trace_summary_async(
        self,
        *,
        execution_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionTraceSummaryResponse]:
        """Get Workflow Execution Trace Summary

        Get Workflow Execution Trace Summary

        Args:
            execution_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionTraceSummaryResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_summary,
            dict(
                execution_id=execution_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_execution_trace_events(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | Unset = False,
        include_internal_events: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionTraceEventsResponse]:
        """Get Workflow Execution Trace Events

        Get Workflow Execution Trace Events

        Args:
            execution_id (str):
            merge_same_id_events (bool | Unset):  Default: False.
            include_internal_events (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionTraceEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_events,
            dict(
                execution_id=execution_id,
                merge_same_id_events=merge_same_id_events,
                include_internal_events=include_internal_events,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_trace_events_async(
        self,
        *,
        execution_id: str,
        merge_same_id_events: bool | Unset = False,
        include_internal_events: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionTraceEventsResponse]:
        """Get Workflow Execution Trace Events

        Get Workflow Execution Trace Events

        Args:
            execution_id (str):
            merge_same_id_events (bool | Unset):  Default: False.
            include_internal_events (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionTraceEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_trace_events,
            dict(
                execution_id=execution_id,
                merge_same_id_events=merge_same_id_events,
                include_internal_events=include_internal_events,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_execution_logs(
        self,
        *,
        execution_id: str,
        run_id: UUID | str | None | Unset = UNSET,
        activity_id: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetWorkflowExecutionLogsOrder | Unset = GetWorkflowExecutionLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ExecutionLogSearchResponse]:
        """Get Workflow Execution Logs

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            execution_id (str):
            run_id (None | Unset | UUID): Filter logs by workflow run ID
            activity_id (None | str | Unset): Filter logs by activity ID
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetWorkflowExecutionLogsOrder | Unset): First-page sort order: 'asc' (oldest
                first) or 'desc'. Ignored when `cursor` is set. Default:
                GetWorkflowExecutionLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ExecutionLogSearchResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_logs,
            dict(
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_execution_logs_async(
        self,
        *,
        execution_id: str,
        run_id: UUID | str | None | Unset = UNSET,
        activity_id: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetWorkflowExecutionLogsOrder | Unset = GetWorkflowExecutionLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ExecutionLogSearchResponse]:
        """Get Workflow Execution Logs

        Retrieve logs for a workflow execution.

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            execution_id (str):
            run_id (None | Unset | UUID): Filter logs by workflow run ID
            activity_id (None | str | Unset): Filter logs by activity ID
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetWorkflowExecutionLogsOrder | Unset): First-page sort order: 'asc' (oldest
                first) or 'desc'. Ignored when `cursor` is set. Default:
                GetWorkflowExecutionLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ExecutionLogSearchResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_execution_logs,
            dict(
                execution_id=execution_id,
                run_id=run_id,
                activity_id=activity_id,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return await self._transport.send_raw_async(request, options)
