"""Workflows: generated resource (`client.workflows`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, Unpack, cast
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
    from ...models.get_workflows_v1_workflows_get_deployment_status_type_0 import (
        GetWorkflowsV1WorkflowsGetDeploymentStatusType0,
    )
    from ...models.get_workflows_v1_workflows_get_order import GetWorkflowsV1WorkflowsGetOrder
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.workflow_archive_response import WorkflowArchiveResponse
    from ...models.workflow_bulk_archive_request import WorkflowBulkArchiveRequest
    from ...models.workflow_bulk_archive_response import WorkflowBulkArchiveResponse
    from ...models.workflow_bulk_unarchive_request import WorkflowBulkUnarchiveRequest
    from ...models.workflow_bulk_unarchive_response import WorkflowBulkUnarchiveResponse
    from ...models.workflow_execution_request import WorkflowExecutionRequest
    from ...models.workflow_execution_request_custom_tracing_attributes_type_0 import (
        WorkflowExecutionRequestCustomTracingAttributesType0,
    )
    from ...models.workflow_execution_request_extensions_type_0 import WorkflowExecutionRequestExtensionsType0
    from ...models.workflow_execution_request_input_type_0 import WorkflowExecutionRequestInputType0
    from ...models.workflow_execution_request_input_type_1 import WorkflowExecutionRequestInputType1
    from ...models.workflow_execution_response import WorkflowExecutionResponse
    from ...models.workflow_execution_status import WorkflowExecutionStatus
    from ...models.workflow_execution_sync_response import WorkflowExecutionSyncResponse
    from ...models.workflow_get_response import WorkflowGetResponse
    from ...models.workflow_list_response import WorkflowListResponse
    from ...models.workflow_registration_get_response import WorkflowRegistrationGetResponse
    from ...models.workflow_registration_list_response import WorkflowRegistrationListResponse
    from ...models.workflow_unarchive_response import WorkflowUnarchiveResponse
    from ...models.workflow_update_request import WorkflowUpdateRequest
    from ...models.workflow_update_response import WorkflowUpdateResponse
else:
    GetWorkflowsV1WorkflowsGetDeploymentStatusType0 = _Lazy(
        globals(),
        "get_workflows_v1_workflows_get_deployment_status_type_0",
        "GetWorkflowsV1WorkflowsGetDeploymentStatusType0",
    )
    GetWorkflowsV1WorkflowsGetOrder = _Lazy(
        globals(), "get_workflows_v1_workflows_get_order", "GetWorkflowsV1WorkflowsGetOrder"
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    WorkflowArchiveResponse = _Lazy(globals(), "workflow_archive_response", "WorkflowArchiveResponse")
    WorkflowBulkArchiveRequest = _Lazy(globals(), "workflow_bulk_archive_request", "WorkflowBulkArchiveRequest")
    WorkflowBulkArchiveResponse = _Lazy(globals(), "workflow_bulk_archive_response", "WorkflowBulkArchiveResponse")
    WorkflowBulkUnarchiveRequest = _Lazy(globals(), "workflow_bulk_unarchive_request", "WorkflowBulkUnarchiveRequest")
    WorkflowBulkUnarchiveResponse = _Lazy(
        globals(), "workflow_bulk_unarchive_response", "WorkflowBulkUnarchiveResponse"
    )
    WorkflowExecutionRequest = _Lazy(globals(), "workflow_execution_request", "WorkflowExecutionRequest")
    WorkflowExecutionRequestCustomTracingAttributesType0 = _Lazy(
        globals(),
        "workflow_execution_request_custom_tracing_attributes_type_0",
        "WorkflowExecutionRequestCustomTracingAttributesType0",
    )
    WorkflowExecutionRequestExtensionsType0 = _Lazy(
        globals(), "workflow_execution_request_extensions_type_0", "WorkflowExecutionRequestExtensionsType0"
    )
    WorkflowExecutionRequestInputType0 = _Lazy(
        globals(), "workflow_execution_request_input_type_0", "WorkflowExecutionRequestInputType0"
    )
    WorkflowExecutionRequestInputType1 = _Lazy(
        globals(), "workflow_execution_request_input_type_1", "WorkflowExecutionRequestInputType1"
    )
    WorkflowExecutionResponse = _Lazy(globals(), "workflow_execution_response", "WorkflowExecutionResponse")
    WorkflowExecutionStatus = _Lazy(globals(), "workflow_execution_status", "WorkflowExecutionStatus")
    WorkflowExecutionSyncResponse = _Lazy(
        globals(), "workflow_execution_sync_response", "WorkflowExecutionSyncResponse"
    )
    WorkflowGetResponse = _Lazy(globals(), "workflow_get_response", "WorkflowGetResponse")
    WorkflowListResponse = _Lazy(globals(), "workflow_list_response", "WorkflowListResponse")
    WorkflowRegistrationGetResponse = _Lazy(
        globals(), "workflow_registration_get_response", "WorkflowRegistrationGetResponse"
    )
    WorkflowRegistrationListResponse = _Lazy(
        globals(), "workflow_registration_list_response", "WorkflowRegistrationListResponse"
    )
    WorkflowUnarchiveResponse = _Lazy(globals(), "workflow_unarchive_response", "WorkflowUnarchiveResponse")
    WorkflowUpdateRequest = _Lazy(globals(), "workflow_update_request", "WorkflowUpdateRequest")
    WorkflowUpdateResponse = _Lazy(globals(), "workflow_update_response", "WorkflowUpdateResponse")


if TYPE_CHECKING:
    from ..workflows_deployments import WorkflowsDeployments
    from ..workflows_events import WorkflowsEvents
    from ..workflows_executions import WorkflowsExecutions
    from ..workflows_metrics import WorkflowsMetrics
    from ..workflows_runs import WorkflowsRuns
    from ..workflows_schedules import WorkflowsSchedules

_KEYWORDS_GET_WORKFLOWS_V1_WORKFLOWS_GET = (
    "status",
    "include_shared",
    "available_in_chat_assistant",
    "deployment_name",
    "deployment_status",
    "archived",
    "tags",
    "sort_by",
    "order",
    "cursor",
    "limit",
    "active_only",
    "search",
)


def _decode_get_workflows_v1_workflows_get(data: Any) -> WorkflowListResponse:
    response_200 = WorkflowListResponse.from_dict(data)

    return response_200


def _get_workflows_v1_workflows_get(
    *,
    status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
    include_shared: bool | Unset = True,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    deployment_name: builtins.list[str] | None | Unset = UNSET,
    deployment_status: GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    tags: builtins.list[str] | None | Unset = UNSET,
    sort_by: Literal["display_name"] | None | Unset = UNSET,
    order: GetWorkflowsV1WorkflowsGetOrder | Unset = GetWorkflowsV1WorkflowsGetOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
    active_only: bool | Unset = False,
    search: None | str | Unset = UNSET,
) -> Request[WorkflowListResponse]:
    params: dict[str, Any] = {}

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

    params["include_shared"] = include_shared

    json_available_in_chat_assistant: bool | None | Unset
    if isinstance(available_in_chat_assistant, Unset):
        json_available_in_chat_assistant = UNSET
    else:
        json_available_in_chat_assistant = available_in_chat_assistant
    params["available_in_chat_assistant"] = json_available_in_chat_assistant

    json_deployment_name: list[str] | None | Unset
    if isinstance(deployment_name, Unset):
        json_deployment_name = UNSET
    elif isinstance(deployment_name, list):
        json_deployment_name = deployment_name

    else:
        json_deployment_name = deployment_name
    params["deployment_name"] = json_deployment_name

    json_deployment_status: None | str | Unset
    if isinstance(deployment_status, Unset):
        json_deployment_status = UNSET
    elif isinstance(deployment_status, GetWorkflowsV1WorkflowsGetDeploymentStatusType0):
        json_deployment_status = str(deployment_status)
    else:
        json_deployment_status = deployment_status
    params["deployment_status"] = json_deployment_status

    json_archived: bool | None | Unset
    if isinstance(archived, Unset):
        json_archived = UNSET
    else:
        json_archived = archived
    params["archived"] = json_archived

    json_tags: list[str] | None | Unset
    if isinstance(tags, Unset):
        json_tags = UNSET
    elif isinstance(tags, list):
        json_tags = tags

    else:
        json_tags = tags
    params["tags"] = json_tags

    json_sort_by: Literal["display_name"] | None | Unset
    if isinstance(sort_by, Unset):
        json_sort_by = UNSET
    else:
        json_sort_by = sort_by
    params["sort_by"] = json_sort_by

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

    params["active_only"] = active_only

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows",
        operation_id="get_workflows_v1_workflows_get",
        decode=_decode_get_workflows_v1_workflows_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOWS_V1_WORKFLOWS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_REGISTRATIONS_V1_WORKFLOWS_REGISTRATIONS_GET = (
    "workflow_id",
    "task_queue",
    "active_only",
    "include_shared",
    "workflow_search",
    "archived",
    "with_workflow",
    "available_in_chat_assistant",
    "limit",
    "cursor",
)


def _decode_get_workflow_registrations_v1_workflows_registrations_get(data: Any) -> WorkflowRegistrationListResponse:
    response_200 = WorkflowRegistrationListResponse.from_dict(data)

    return response_200


def _get_workflow_registrations_v1_workflows_registrations_get(
    *,
    workflow_id: UUID | str | None | Unset = UNSET,
    task_queue: None | str | Unset = UNSET,
    active_only: bool | Unset = False,
    include_shared: bool | Unset = True,
    workflow_search: None | str | Unset = UNSET,
    archived: bool | None | Unset = UNSET,
    with_workflow: bool | Unset = False,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[WorkflowRegistrationListResponse]:
    params: dict[str, Any] = {}

    json_workflow_id: None | str | Unset
    if isinstance(workflow_id, Unset):
        json_workflow_id = UNSET
    elif isinstance(workflow_id, UUID):
        json_workflow_id = str(workflow_id)
    else:
        json_workflow_id = workflow_id
    params["workflow_id"] = json_workflow_id

    json_task_queue: None | str | Unset
    if isinstance(task_queue, Unset):
        json_task_queue = UNSET
    else:
        json_task_queue = task_queue
    params["task_queue"] = json_task_queue

    params["active_only"] = active_only

    params["include_shared"] = include_shared

    json_workflow_search: None | str | Unset
    if isinstance(workflow_search, Unset):
        json_workflow_search = UNSET
    else:
        json_workflow_search = workflow_search
    params["workflow_search"] = json_workflow_search

    json_archived: bool | None | Unset
    if isinstance(archived, Unset):
        json_archived = UNSET
    else:
        json_archived = archived
    params["archived"] = json_archived

    params["with_workflow"] = with_workflow

    json_available_in_chat_assistant: bool | None | Unset
    if isinstance(available_in_chat_assistant, Unset):
        json_available_in_chat_assistant = UNSET
    else:
        json_available_in_chat_assistant = available_in_chat_assistant
    params["available_in_chat_assistant"] = json_available_in_chat_assistant

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
        path="/v1/workflows/registrations",
        operation_id="get_workflow_registrations_v1_workflows_registrations_get",
        decode=_decode_get_workflow_registrations_v1_workflows_registrations_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_REGISTRATIONS_V1_WORKFLOWS_REGISTRATIONS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_EXECUTE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_EXECUTE_POST = (
    "workflow_identifier",
    "execution_id",
    "input_",
    "wait_for_result",
    "timeout_seconds",
    "custom_tracing_attributes",
    "force_new_trace",
    "extensions",
    "task_queue",
    "deployment_name",
)


def _decode_execute_workflow_v1_workflows_workflow_identifier_execute_post(
    data: Any,
) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
    _response_200_data = data
    response_200: WorkflowExecutionResponse | WorkflowExecutionSyncResponse
    while True:  # one pass; each break is the generator's `return`
        if isinstance(_response_200_data, dict):
            try:
                response_200_type_0 = WorkflowExecutionResponse.from_dict(_response_200_data)

                response_200 = response_200_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(_response_200_data, dict):
            raise TypeError()
        response_200_type_1 = WorkflowExecutionSyncResponse.from_dict(_response_200_data)

        response_200 = response_200_type_1
        break

    return response_200


def _execute_workflow_v1_workflows_workflow_identifier_execute_post(
    *,
    workflow_identifier: str,
    execution_id: str | None | Unset = UNSET,
    input_: WorkflowExecutionRequestInputType0
    | Mapping[str, Any]
    | WorkflowExecutionRequestInputType1
    | None
    | Unset = UNSET,
    wait_for_result: bool | Unset = UNSET,
    timeout_seconds: float | None | Unset = UNSET,
    custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    force_new_trace: bool | Unset = UNSET,
    extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
    task_queue: str | None | Unset = UNSET,
    deployment_name: str | None | Unset = UNSET,
) -> Request[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowExecutionRequest(
        execution_id=cast(Any, execution_id),
        input_=cast(Any, input_),
        wait_for_result=cast(Any, wait_for_result),
        timeout_seconds=cast(Any, timeout_seconds),
        custom_tracing_attributes=cast(Any, custom_tracing_attributes),
        force_new_trace=cast(Any, force_new_trace),
        extensions=cast(Any, extensions),
        task_queue=cast(Any, task_queue),
        deployment_name=cast(Any, deployment_name),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/{workflow_identifier}/execute".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
        operation_id="execute_workflow_v1_workflows_workflow_identifier_execute_post",
        decode=_decode_execute_workflow_v1_workflows_workflow_identifier_execute_post,
        kind="json",
        keywords=_KEYWORDS_EXECUTE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_EXECUTE_POST,
        **_kwargs,
    )


_KEYWORDS_EXECUTE_WORKFLOW_REGISTRATION_V1_WORKFLOWS_REGISTRATIONS_WORKFLOW_REGISTRATION_ID_EXECUTE_POST = (
    "workflow_registration_id",
    "execution_id",
    "input_",
    "wait_for_result",
    "timeout_seconds",
    "custom_tracing_attributes",
    "force_new_trace",
    "extensions",
    "task_queue",
    "deployment_name",
)


def _decode_execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post(
    data: Any,
) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
    _response_200_data = data
    response_200: WorkflowExecutionResponse | WorkflowExecutionSyncResponse
    while True:  # one pass; each break is the generator's `return`
        if isinstance(_response_200_data, dict):
            try:
                response_200_type_0 = WorkflowExecutionResponse.from_dict(_response_200_data)

                response_200 = response_200_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(_response_200_data, dict):
            raise TypeError()
        response_200_type_1 = WorkflowExecutionSyncResponse.from_dict(_response_200_data)

        response_200 = response_200_type_1
        break

    return response_200


def _execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post(
    *,
    workflow_registration_id: UUID | str,
    execution_id: str | None | Unset = UNSET,
    input_: WorkflowExecutionRequestInputType0
    | Mapping[str, Any]
    | WorkflowExecutionRequestInputType1
    | None
    | Unset = UNSET,
    wait_for_result: bool | Unset = UNSET,
    timeout_seconds: float | None | Unset = UNSET,
    custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
    | Mapping[str, Any]
    | None
    | Unset = UNSET,
    force_new_trace: bool | Unset = UNSET,
    extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
    task_queue: str | None | Unset = UNSET,
    deployment_name: str | None | Unset = UNSET,
) -> Request[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowExecutionRequest(
        execution_id=cast(Any, execution_id),
        input_=cast(Any, input_),
        wait_for_result=cast(Any, wait_for_result),
        timeout_seconds=cast(Any, timeout_seconds),
        custom_tracing_attributes=cast(Any, custom_tracing_attributes),
        force_new_trace=cast(Any, force_new_trace),
        extensions=cast(Any, extensions),
        task_queue=cast(Any, task_queue),
        deployment_name=cast(Any, deployment_name),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/registrations/{workflow_registration_id}/execute".format(
            workflow_registration_id=quote(str(workflow_registration_id), safe=""),
        ),
        operation_id="execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post",
        decode=_decode_execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post,
        kind="json",
        keywords=_KEYWORDS_EXECUTE_WORKFLOW_REGISTRATION_V1_WORKFLOWS_REGISTRATIONS_WORKFLOW_REGISTRATION_ID_EXECUTE_POST,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_GET = ("workflow_identifier",)


def _decode_get_workflow_v1_workflows_workflow_identifier_get(data: Any) -> WorkflowGetResponse:
    response_200 = WorkflowGetResponse.from_dict(data)

    return response_200


def _get_workflow_v1_workflows_workflow_identifier_get(
    *,
    workflow_identifier: str,
) -> Request[WorkflowGetResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/{workflow_identifier}".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
        operation_id="get_workflow_v1_workflows_workflow_identifier_get",
        decode=_decode_get_workflow_v1_workflows_workflow_identifier_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_GET,
        **_kwargs,
    )


_KEYWORDS_UPDATE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_PUT = (
    "workflow_identifier",
    "display_name",
    "description",
    "available_in_chat_assistant",
    "tags",
)


def _decode_update_workflow_v1_workflows_workflow_identifier_put(data: Any) -> WorkflowUpdateResponse:
    response_200 = WorkflowUpdateResponse.from_dict(data)

    return response_200


def _update_workflow_v1_workflows_workflow_identifier_put(
    *,
    workflow_identifier: str,
    display_name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    available_in_chat_assistant: bool | None | Unset = UNSET,
    tags: Sequence[str] | None | Unset = UNSET,
) -> Request[WorkflowUpdateResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowUpdateRequest(
        display_name=cast(Any, display_name),
        description=cast(Any, description),
        available_in_chat_assistant=cast(Any, available_in_chat_assistant),
        tags=cast(Any, tags),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/workflows/{workflow_identifier}".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
        operation_id="update_workflow_v1_workflows_workflow_identifier_put",
        decode=_decode_update_workflow_v1_workflows_workflow_identifier_put,
        kind="json",
        keywords=_KEYWORDS_UPDATE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_PUT,
        **_kwargs,
    )


_KEYWORDS_GET_WORKFLOW_REGISTRATION_V1_WORKFLOWS_REGISTRATIONS_WORKFLOW_REGISTRATION_ID_GET = (
    "workflow_registration_id",
    "with_workflow",
    "include_shared",
)


def _decode_get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get(
    data: Any,
) -> WorkflowRegistrationGetResponse:
    response_200 = WorkflowRegistrationGetResponse.from_dict(data)

    return response_200


def _get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get(
    *,
    workflow_registration_id: UUID | str,
    with_workflow: bool | Unset = False,
    include_shared: bool | Unset = True,
) -> Request[WorkflowRegistrationGetResponse]:
    params: dict[str, Any] = {}

    params["with_workflow"] = with_workflow

    params["include_shared"] = include_shared

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/registrations/{workflow_registration_id}".format(
            workflow_registration_id=quote(str(workflow_registration_id), safe=""),
        ),
        operation_id="get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get",
        decode=_decode_get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_WORKFLOW_REGISTRATION_V1_WORKFLOWS_REGISTRATIONS_WORKFLOW_REGISTRATION_ID_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_BULK_ARCHIVE_WORKFLOWS_V1_WORKFLOWS_ARCHIVE_PUT = ("workflow_ids",)


def _decode_bulk_archive_workflows_v1_workflows_archive_put(data: Any) -> WorkflowBulkArchiveResponse:
    response_200 = WorkflowBulkArchiveResponse.from_dict(data)

    return response_200


def _bulk_archive_workflows_v1_workflows_archive_put(
    *,
    workflow_ids: Sequence[UUID | str],
) -> Request[WorkflowBulkArchiveResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowBulkArchiveRequest(
        workflow_ids=cast(Any, workflow_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/workflows/archive",
        operation_id="bulk_archive_workflows_v1_workflows_archive_put",
        decode=_decode_bulk_archive_workflows_v1_workflows_archive_put,
        kind="json",
        keywords=_KEYWORDS_BULK_ARCHIVE_WORKFLOWS_V1_WORKFLOWS_ARCHIVE_PUT,
        **_kwargs,
    )


_KEYWORDS_BULK_UNARCHIVE_WORKFLOWS_V1_WORKFLOWS_UNARCHIVE_PUT = ("workflow_ids",)


def _decode_bulk_unarchive_workflows_v1_workflows_unarchive_put(data: Any) -> WorkflowBulkUnarchiveResponse:
    response_200 = WorkflowBulkUnarchiveResponse.from_dict(data)

    return response_200


def _bulk_unarchive_workflows_v1_workflows_unarchive_put(
    *,
    workflow_ids: Sequence[UUID | str],
) -> Request[WorkflowBulkUnarchiveResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowBulkUnarchiveRequest(
        workflow_ids=cast(Any, workflow_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/workflows/unarchive",
        operation_id="bulk_unarchive_workflows_v1_workflows_unarchive_put",
        decode=_decode_bulk_unarchive_workflows_v1_workflows_unarchive_put,
        kind="json",
        keywords=_KEYWORDS_BULK_UNARCHIVE_WORKFLOWS_V1_WORKFLOWS_UNARCHIVE_PUT,
        **_kwargs,
    )


_KEYWORDS_ARCHIVE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_ARCHIVE_PUT = ("workflow_identifier",)


def _decode_archive_workflow_v1_workflows_workflow_identifier_archive_put(data: Any) -> WorkflowArchiveResponse:
    response_200 = WorkflowArchiveResponse.from_dict(data)

    return response_200


def _archive_workflow_v1_workflows_workflow_identifier_archive_put(
    *,
    workflow_identifier: str,
) -> Request[WorkflowArchiveResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="PUT",
        path="/v1/workflows/{workflow_identifier}/archive".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
        operation_id="archive_workflow_v1_workflows_workflow_identifier_archive_put",
        decode=_decode_archive_workflow_v1_workflows_workflow_identifier_archive_put,
        kind="json",
        keywords=_KEYWORDS_ARCHIVE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_ARCHIVE_PUT,
        **_kwargs,
    )


_KEYWORDS_UNARCHIVE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_UNARCHIVE_PUT = ("workflow_identifier",)


def _decode_unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put(data: Any) -> WorkflowUnarchiveResponse:
    response_200 = WorkflowUnarchiveResponse.from_dict(data)

    return response_200


def _unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put(
    *,
    workflow_identifier: str,
) -> Request[WorkflowUnarchiveResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="PUT",
        path="/v1/workflows/{workflow_identifier}/unarchive".format(
            workflow_identifier=quote(str(workflow_identifier), safe=""),
        ),
        operation_id="unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put",
        decode=_decode_unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put,
        kind="json",
        keywords=_KEYWORDS_UNARCHIVE_WORKFLOW_V1_WORKFLOWS_WORKFLOW_IDENTIFIER_UNARCHIVE_PUT,
        **_kwargs,
    )


WorkflowsGetWorkflowsResult: TypeAlias = WorkflowListResponse


WorkflowsGetWorkflowRegistrationsResult: TypeAlias = WorkflowRegistrationListResponse


WorkflowsExecuteWorkflowResult: TypeAlias = WorkflowExecutionResponse | WorkflowExecutionSyncResponse


WorkflowsExecuteWorkflowRegistrationResult: TypeAlias = WorkflowExecutionResponse | WorkflowExecutionSyncResponse


WorkflowsGetWorkflowResult: TypeAlias = WorkflowGetResponse


WorkflowsUpdateWorkflowResult: TypeAlias = WorkflowUpdateResponse


WorkflowsGetWorkflowRegistrationResult: TypeAlias = WorkflowRegistrationGetResponse


WorkflowsBulkArchiveWorkflowsResult: TypeAlias = WorkflowBulkArchiveResponse


WorkflowsBulkUnarchiveWorkflowsResult: TypeAlias = WorkflowBulkUnarchiveResponse


WorkflowsArchiveWorkflowResult: TypeAlias = WorkflowArchiveResponse


WorkflowsUnarchiveWorkflowResult: TypeAlias = WorkflowUnarchiveResponse


class Workflows:
    """`client.workflows`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsWithRawResponse(self._transport)

    @functools.cached_property
    def deployments(self) -> WorkflowsDeployments:
        from ..workflows_deployments import WorkflowsDeployments

        return WorkflowsDeployments(self._transport)

    @functools.cached_property
    def events(self) -> WorkflowsEvents:
        from ..workflows_events import WorkflowsEvents

        return WorkflowsEvents(self._transport)

    @functools.cached_property
    def executions(self) -> WorkflowsExecutions:
        from ..workflows_executions import WorkflowsExecutions

        return WorkflowsExecutions(self._transport)

    @functools.cached_property
    def metrics(self) -> WorkflowsMetrics:
        from ..workflows_metrics import WorkflowsMetrics

        return WorkflowsMetrics(self._transport)

    @functools.cached_property
    def runs(self) -> WorkflowsRuns:
        from ..workflows_runs import WorkflowsRuns

        return WorkflowsRuns(self._transport)

    @functools.cached_property
    def schedules(self) -> WorkflowsSchedules:
        from ..workflows_schedules import WorkflowsSchedules

        return WorkflowsSchedules(self._transport)

    def get_workflows(
        self,
        *,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        include_shared: bool | Unset = True,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        deployment_name: builtins.list[str] | None | Unset = UNSET,
        deployment_status: GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        sort_by: Literal["display_name"] | None | Unset = UNSET,
        order: GetWorkflowsV1WorkflowsGetOrder | Unset = GetWorkflowsV1WorkflowsGetOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        active_only: bool | Unset = False,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowListResponse:
        """Get Workflows

        Get Workflows

        Args:
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            include_shared (bool | Unset): Whether to include shared workflows Default: True.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            deployment_name (list[str] | None | Unset): Filter by deployment name(s)
            deployment_status (GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset):
                Filter by deployment activity. active=only active, inactive=only inactive, None=no
                filter
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            tags (list[str] | None | Unset): Filter to workflows tagged with all listed tags (AND).
            sort_by (Literal['display_name'] | None | Unset): Field to sort by
            order (GetWorkflowsV1WorkflowsGetOrder | Unset): Sort direction Default:
                GetWorkflowsV1WorkflowsGetOrder.ASC.
            cursor (None | str | Unset): The cursor for pagination
            limit (int | Unset): The maximum number of workflows to return Default: 50.
            active_only (bool | Unset): Deprecated: use deployment_status instead Default: False.
            search (None | str | Unset): Fuzzy search query for workflow name, display name,
                description, or ID
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflows_v1_workflows_get,
            dict(
                status=status,
                include_shared=include_shared,
                available_in_chat_assistant=available_in_chat_assistant,
                deployment_name=deployment_name,
                deployment_status=deployment_status,
                archived=archived,
                tags=tags,
                sort_by=sort_by,
                order=order,
                cursor=cursor,
                limit=limit,
                active_only=active_only,
                search=search,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflows_async(
        self,
        *,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        include_shared: bool | Unset = True,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        deployment_name: builtins.list[str] | None | Unset = UNSET,
        deployment_status: GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        sort_by: Literal["display_name"] | None | Unset = UNSET,
        order: GetWorkflowsV1WorkflowsGetOrder | Unset = GetWorkflowsV1WorkflowsGetOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        active_only: bool | Unset = False,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowListResponse:
        """Get Workflows

        Get Workflows

        Args:
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            include_shared (bool | Unset): Whether to include shared workflows Default: True.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            deployment_name (list[str] | None | Unset): Filter by deployment name(s)
            deployment_status (GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset):
                Filter by deployment activity. active=only active, inactive=only inactive, None=no
                filter
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            tags (list[str] | None | Unset): Filter to workflows tagged with all listed tags (AND).
            sort_by (Literal['display_name'] | None | Unset): Field to sort by
            order (GetWorkflowsV1WorkflowsGetOrder | Unset): Sort direction Default:
                GetWorkflowsV1WorkflowsGetOrder.ASC.
            cursor (None | str | Unset): The cursor for pagination
            limit (int | Unset): The maximum number of workflows to return Default: 50.
            active_only (bool | Unset): Deprecated: use deployment_status instead Default: False.
            search (None | str | Unset): Fuzzy search query for workflow name, display name,
                description, or ID
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflows_v1_workflows_get,
            dict(
                status=status,
                include_shared=include_shared,
                available_in_chat_assistant=available_in_chat_assistant,
                deployment_name=deployment_name,
                deployment_status=deployment_status,
                archived=archived,
                tags=tags,
                sort_by=sort_by,
                order=order,
                cursor=cursor,
                limit=limit,
                active_only=active_only,
                search=search,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_registrations(
        self,
        *,
        workflow_id: UUID | str | None | Unset = UNSET,
        task_queue: None | str | Unset = UNSET,
        active_only: bool | Unset = False,
        include_shared: bool | Unset = True,
        workflow_search: None | str | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        with_workflow: bool | Unset = False,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowRegistrationListResponse:
        """Get Workflow Registrations

        Get Workflow Registrations

        Args:
            workflow_id (None | Unset | UUID): The workflow ID to filter by
            task_queue (None | str | Unset): The task queue to filter by
            active_only (bool | Unset): Whether to only return active workflows versions Default:
                False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            workflow_search (None | str | Unset): The workflow name to filter by
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            limit (int | Unset): The maximum number of workflows versions to return Default: 50.
            cursor (None | str | Unset): The cursor for pagination
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowRegistrationListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registrations_v1_workflows_registrations_get,
            dict(
                workflow_id=workflow_id,
                task_queue=task_queue,
                active_only=active_only,
                include_shared=include_shared,
                workflow_search=workflow_search,
                archived=archived,
                with_workflow=with_workflow,
                available_in_chat_assistant=available_in_chat_assistant,
                limit=limit,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_registrations_async(
        self,
        *,
        workflow_id: UUID | str | None | Unset = UNSET,
        task_queue: None | str | Unset = UNSET,
        active_only: bool | Unset = False,
        include_shared: bool | Unset = True,
        workflow_search: None | str | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        with_workflow: bool | Unset = False,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowRegistrationListResponse:
        """Get Workflow Registrations

        Get Workflow Registrations

        Args:
            workflow_id (None | Unset | UUID): The workflow ID to filter by
            task_queue (None | str | Unset): The task queue to filter by
            active_only (bool | Unset): Whether to only return active workflows versions Default:
                False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            workflow_search (None | str | Unset): The workflow name to filter by
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            limit (int | Unset): The maximum number of workflows versions to return Default: 50.
            cursor (None | str | Unset): The cursor for pagination
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowRegistrationListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registrations_v1_workflows_registrations_get,
            dict(
                workflow_id=workflow_id,
                task_queue=task_queue,
                active_only=active_only,
                include_shared=include_shared,
                workflow_search=workflow_search,
                archived=archived,
                with_workflow=with_workflow,
                available_in_chat_assistant=available_in_chat_assistant,
                limit=limit,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def execute_workflow(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
        """Execute Workflow

        Execute Workflow

        Args:
            workflow_identifier (str):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse | WorkflowExecutionSyncResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_v1_workflows_workflow_identifier_execute_post,
            dict(
                workflow_identifier=workflow_identifier,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return self._transport.send(request, options)

    async def execute_workflow_async(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
        """Execute Workflow

        Execute Workflow

        Args:
            workflow_identifier (str):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse | WorkflowExecutionSyncResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_v1_workflows_workflow_identifier_execute_post,
            dict(
                workflow_identifier=workflow_identifier,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def execute_workflow_registration(
        self,
        *,
        workflow_registration_id: UUID | str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
        """Execute Workflow Registration

        Execute Workflow Registration

        Args:
            workflow_registration_id (UUID):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse | WorkflowExecutionSyncResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post,
            dict(
                workflow_registration_id=workflow_registration_id,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return self._transport.send(request, options)

    async def execute_workflow_registration_async(
        self,
        *,
        workflow_registration_id: UUID | str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowExecutionResponse | WorkflowExecutionSyncResponse:
        """Execute Workflow Registration

        Execute Workflow Registration

        Args:
            workflow_registration_id (UUID):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowExecutionResponse | WorkflowExecutionSyncResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post,
            dict(
                workflow_registration_id=workflow_registration_id,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowGetResponse:
        """Get Workflow

        Get Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowGetResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_v1_workflows_workflow_identifier_get,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowGetResponse:
        """Get Workflow

        Get Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowGetResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_v1_workflows_workflow_identifier_get,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_workflow(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUpdateResponse:
        """Update Workflow

        Update Workflow

        Args:
            workflow_identifier (str):
            display_name (None | str | Unset): New display name value
            description (None | str | Unset): New description value
            available_in_chat_assistant (bool | None | Unset): Whether to make the workflow available in the chat assistant
            tags (list[str] | None | Unset): New tags. Replaces the existing tag list.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowUpdateResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_v1_workflows_workflow_identifier_put,
            dict(
                workflow_identifier=workflow_identifier,
                display_name=display_name,
                description=description,
                available_in_chat_assistant=available_in_chat_assistant,
                tags=tags,
            ),
        )
        return self._transport.send(request, options)

    async def update_workflow_async(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUpdateResponse:
        """Update Workflow

        Update Workflow

        Args:
            workflow_identifier (str):
            display_name (None | str | Unset): New display name value
            description (None | str | Unset): New description value
            available_in_chat_assistant (bool | None | Unset): Whether to make the workflow available in the chat assistant
            tags (list[str] | None | Unset): New tags. Replaces the existing tag list.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowUpdateResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_v1_workflows_workflow_identifier_put,
            dict(
                workflow_identifier=workflow_identifier,
                display_name=display_name,
                description=description,
                available_in_chat_assistant=available_in_chat_assistant,
                tags=tags,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_workflow_registration(
        self,
        *,
        workflow_registration_id: UUID | str,
        with_workflow: bool | Unset = False,
        include_shared: bool | Unset = True,
        **options: Unpack[RequestOptions],
    ) -> WorkflowRegistrationGetResponse:
        """Get Workflow Registration

        Get Workflow Registration

        Args:
            workflow_registration_id (UUID):
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowRegistrationGetResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get,
            dict(
                workflow_registration_id=workflow_registration_id,
                with_workflow=with_workflow,
                include_shared=include_shared,
            ),
        )
        return self._transport.send(request, options)

    async def get_workflow_registration_async(
        self,
        *,
        workflow_registration_id: UUID | str,
        with_workflow: bool | Unset = False,
        include_shared: bool | Unset = True,
        **options: Unpack[RequestOptions],
    ) -> WorkflowRegistrationGetResponse:
        """Get Workflow Registration

        Get Workflow Registration

        Args:
            workflow_registration_id (UUID):
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowRegistrationGetResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get,
            dict(
                workflow_registration_id=workflow_registration_id,
                with_workflow=with_workflow,
                include_shared=include_shared,
            ),
        )
        return await self._transport.send_async(request, options)

    def bulk_archive_workflows(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows

        Bulk Archive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to archive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowBulkArchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_archive_workflows_v1_workflows_archive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return self._transport.send(request, options)

    async def bulk_archive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkArchiveResponse:
        """Bulk Archive Workflows

        Bulk Archive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to archive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowBulkArchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_archive_workflows_v1_workflows_archive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def bulk_unarchive_workflows(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows

        Bulk Unarchive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to unarchive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowBulkUnarchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_unarchive_workflows_v1_workflows_unarchive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return self._transport.send(request, options)

    async def bulk_unarchive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> WorkflowBulkUnarchiveResponse:
        """Bulk Unarchive Workflows

        Bulk Unarchive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to unarchive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowBulkUnarchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_unarchive_workflows_v1_workflows_unarchive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def archive_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowArchiveResponse:
        """Archive Workflow

        Archive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowArchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _archive_workflow_v1_workflows_workflow_identifier_archive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return self._transport.send(request, options)

    async def archive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowArchiveResponse:
        """Archive Workflow

        Archive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowArchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _archive_workflow_v1_workflows_workflow_identifier_archive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return await self._transport.send_async(request, options)

    def unarchive_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUnarchiveResponse:
        """Unarchive Workflow

        Unarchive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowUnarchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return self._transport.send(request, options)

    async def unarchive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> WorkflowUnarchiveResponse:
        """Unarchive Workflow

        Unarchive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowUnarchiveResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return await self._transport.send_async(request, options)


class WorkflowsWithRawResponse:
    """`client.workflows`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_workflows(
        self,
        *,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        include_shared: bool | Unset = True,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        deployment_name: builtins.list[str] | None | Unset = UNSET,
        deployment_status: GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        sort_by: Literal["display_name"] | None | Unset = UNSET,
        order: GetWorkflowsV1WorkflowsGetOrder | Unset = GetWorkflowsV1WorkflowsGetOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        active_only: bool | Unset = False,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowListResponse]:
        """Get Workflows

        Get Workflows

        Args:
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            include_shared (bool | Unset): Whether to include shared workflows Default: True.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            deployment_name (list[str] | None | Unset): Filter by deployment name(s)
            deployment_status (GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset):
                Filter by deployment activity. active=only active, inactive=only inactive, None=no
                filter
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            tags (list[str] | None | Unset): Filter to workflows tagged with all listed tags (AND).
            sort_by (Literal['display_name'] | None | Unset): Field to sort by
            order (GetWorkflowsV1WorkflowsGetOrder | Unset): Sort direction Default:
                GetWorkflowsV1WorkflowsGetOrder.ASC.
            cursor (None | str | Unset): The cursor for pagination
            limit (int | Unset): The maximum number of workflows to return Default: 50.
            active_only (bool | Unset): Deprecated: use deployment_status instead Default: False.
            search (None | str | Unset): Fuzzy search query for workflow name, display name,
                description, or ID
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflows_v1_workflows_get,
            dict(
                status=status,
                include_shared=include_shared,
                available_in_chat_assistant=available_in_chat_assistant,
                deployment_name=deployment_name,
                deployment_status=deployment_status,
                archived=archived,
                tags=tags,
                sort_by=sort_by,
                order=order,
                cursor=cursor,
                limit=limit,
                active_only=active_only,
                search=search,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflows_async(
        self,
        *,
        status: builtins.list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus = UNSET,
        include_shared: bool | Unset = True,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        deployment_name: builtins.list[str] | None | Unset = UNSET,
        deployment_status: GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        tags: builtins.list[str] | None | Unset = UNSET,
        sort_by: Literal["display_name"] | None | Unset = UNSET,
        order: GetWorkflowsV1WorkflowsGetOrder | Unset = GetWorkflowsV1WorkflowsGetOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        active_only: bool | Unset = False,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowListResponse]:
        """Get Workflows

        Get Workflows

        Args:
            status (list[WorkflowExecutionStatus] | None | Unset | WorkflowExecutionStatus): Filter
                by workflow status
            include_shared (bool | Unset): Whether to include shared workflows Default: True.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            deployment_name (list[str] | None | Unset): Filter by deployment name(s)
            deployment_status (GetWorkflowsV1WorkflowsGetDeploymentStatusType0 | None | Unset):
                Filter by deployment activity. active=only active, inactive=only inactive, None=no
                filter
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            tags (list[str] | None | Unset): Filter to workflows tagged with all listed tags (AND).
            sort_by (Literal['display_name'] | None | Unset): Field to sort by
            order (GetWorkflowsV1WorkflowsGetOrder | Unset): Sort direction Default:
                GetWorkflowsV1WorkflowsGetOrder.ASC.
            cursor (None | str | Unset): The cursor for pagination
            limit (int | Unset): The maximum number of workflows to return Default: 50.
            active_only (bool | Unset): Deprecated: use deployment_status instead Default: False.
            search (None | str | Unset): Fuzzy search query for workflow name, display name,
                description, or ID
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflows_v1_workflows_get,
            dict(
                status=status,
                include_shared=include_shared,
                available_in_chat_assistant=available_in_chat_assistant,
                deployment_name=deployment_name,
                deployment_status=deployment_status,
                archived=archived,
                tags=tags,
                sort_by=sort_by,
                order=order,
                cursor=cursor,
                limit=limit,
                active_only=active_only,
                search=search,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_registrations(
        self,
        *,
        workflow_id: UUID | str | None | Unset = UNSET,
        task_queue: None | str | Unset = UNSET,
        active_only: bool | Unset = False,
        include_shared: bool | Unset = True,
        workflow_search: None | str | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        with_workflow: bool | Unset = False,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowRegistrationListResponse]:
        """Get Workflow Registrations

        Get Workflow Registrations

        Args:
            workflow_id (None | Unset | UUID): The workflow ID to filter by
            task_queue (None | str | Unset): The task queue to filter by
            active_only (bool | Unset): Whether to only return active workflows versions Default:
                False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            workflow_search (None | str | Unset): The workflow name to filter by
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            limit (int | Unset): The maximum number of workflows versions to return Default: 50.
            cursor (None | str | Unset): The cursor for pagination
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowRegistrationListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registrations_v1_workflows_registrations_get,
            dict(
                workflow_id=workflow_id,
                task_queue=task_queue,
                active_only=active_only,
                include_shared=include_shared,
                workflow_search=workflow_search,
                archived=archived,
                with_workflow=with_workflow,
                available_in_chat_assistant=available_in_chat_assistant,
                limit=limit,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_registrations_async(
        self,
        *,
        workflow_id: UUID | str | None | Unset = UNSET,
        task_queue: None | str | Unset = UNSET,
        active_only: bool | Unset = False,
        include_shared: bool | Unset = True,
        workflow_search: None | str | Unset = UNSET,
        archived: bool | None | Unset = UNSET,
        with_workflow: bool | Unset = False,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowRegistrationListResponse]:
        """Get Workflow Registrations

        Get Workflow Registrations

        Args:
            workflow_id (None | Unset | UUID): The workflow ID to filter by
            task_queue (None | str | Unset): The task queue to filter by
            active_only (bool | Unset): Whether to only return active workflows versions Default:
                False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            workflow_search (None | str | Unset): The workflow name to filter by
            archived (bool | None | Unset): Filter by archived state. False=exclude archived,
                True=only archived, None=include all
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            available_in_chat_assistant (bool | None | Unset): Whether to only return workflows
                available in chat assistant
            limit (int | Unset): The maximum number of workflows versions to return Default: 50.
            cursor (None | str | Unset): The cursor for pagination
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowRegistrationListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registrations_v1_workflows_registrations_get,
            dict(
                workflow_id=workflow_id,
                task_queue=task_queue,
                active_only=active_only,
                include_shared=include_shared,
                workflow_search=workflow_search,
                archived=archived,
                with_workflow=with_workflow,
                available_in_chat_assistant=available_in_chat_assistant,
                limit=limit,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def execute_workflow(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]:
        """Execute Workflow

        Execute Workflow

        Args:
            workflow_identifier (str):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_v1_workflows_workflow_identifier_execute_post,
            dict(
                workflow_identifier=workflow_identifier,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def execute_workflow_async(
        self,
        *,
        workflow_identifier: str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]:
        """Execute Workflow

        Execute Workflow

        Args:
            workflow_identifier (str):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_v1_workflows_workflow_identifier_execute_post,
            dict(
                workflow_identifier=workflow_identifier,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def execute_workflow_registration(
        self,
        *,
        workflow_registration_id: UUID | str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]:
        """Execute Workflow Registration

        Execute Workflow Registration

        Args:
            workflow_registration_id (UUID):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post,
            dict(
                workflow_registration_id=workflow_registration_id,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def execute_workflow_registration_async(
        self,
        *,
        workflow_registration_id: UUID | str,
        execution_id: str | None | Unset = UNSET,
        input_: WorkflowExecutionRequestInputType0
        | Mapping[str, Any]
        | WorkflowExecutionRequestInputType1
        | None
        | Unset = UNSET,
        wait_for_result: bool | Unset = UNSET,
        timeout_seconds: float | None | Unset = UNSET,
        custom_tracing_attributes: WorkflowExecutionRequestCustomTracingAttributesType0
        | Mapping[str, Any]
        | None
        | Unset = UNSET,
        force_new_trace: bool | Unset = UNSET,
        extensions: WorkflowExecutionRequestExtensionsType0 | Mapping[str, Any] | None | Unset = UNSET,
        task_queue: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]:
        """Execute Workflow Registration

        Execute Workflow Registration

        Args:
            workflow_registration_id (UUID):
            execution_id (None | str | Unset): Allows you to specify a custom execution ID. If not provided, a random ID will
                be generated.
            input_ (None | Unset | WorkflowExecutionRequestInputType0 | WorkflowExecutionRequestInputType1): The input to the workflow. This should be a dictionary or a BaseModel that
                matches the workflow's input schema.
            wait_for_result (bool | Unset): If true, wait for the workflow to complete and return the result directly.
            timeout_seconds (float | None | Unset): Maximum time to wait for completion when wait_for_result is true.
            custom_tracing_attributes (None | Unset | WorkflowExecutionRequestCustomTracingAttributesType0):
            force_new_trace (bool | Unset): If true, ignore the caller's trace context and start a new, independent trace
                for this execution instead of joining the caller's trace.
            extensions (None | Unset | WorkflowExecutionRequestExtensionsType0): Plugin-specific data to propagate into WorkflowContext.extensions at execution
                time.
            task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            deployment_name (None | str | Unset): Name of the deployment to route this execution to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowExecutionResponse | WorkflowExecutionSyncResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _execute_workflow_registration_v1_workflows_registrations_workflow_registration_id_execute_post,
            dict(
                workflow_registration_id=workflow_registration_id,
                execution_id=execution_id,
                input_=input_,
                wait_for_result=wait_for_result,
                timeout_seconds=timeout_seconds,
                custom_tracing_attributes=custom_tracing_attributes,
                force_new_trace=force_new_trace,
                extensions=extensions,
                task_queue=task_queue,
                deployment_name=deployment_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowGetResponse]:
        """Get Workflow

        Get Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowGetResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_v1_workflows_workflow_identifier_get,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowGetResponse]:
        """Get Workflow

        Get Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowGetResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_v1_workflows_workflow_identifier_get,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_workflow(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowUpdateResponse]:
        """Update Workflow

        Update Workflow

        Args:
            workflow_identifier (str):
            display_name (None | str | Unset): New display name value
            description (None | str | Unset): New description value
            available_in_chat_assistant (bool | None | Unset): Whether to make the workflow available in the chat assistant
            tags (list[str] | None | Unset): New tags. Replaces the existing tag list.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowUpdateResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_v1_workflows_workflow_identifier_put,
            dict(
                workflow_identifier=workflow_identifier,
                display_name=display_name,
                description=description,
                available_in_chat_assistant=available_in_chat_assistant,
                tags=tags,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_workflow_async(
        self,
        *,
        workflow_identifier: str,
        display_name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        available_in_chat_assistant: bool | None | Unset = UNSET,
        tags: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowUpdateResponse]:
        """Update Workflow

        Update Workflow

        Args:
            workflow_identifier (str):
            display_name (None | str | Unset): New display name value
            description (None | str | Unset): New description value
            available_in_chat_assistant (bool | None | Unset): Whether to make the workflow available in the chat assistant
            tags (list[str] | None | Unset): New tags. Replaces the existing tag list.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowUpdateResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_workflow_v1_workflows_workflow_identifier_put,
            dict(
                workflow_identifier=workflow_identifier,
                display_name=display_name,
                description=description,
                available_in_chat_assistant=available_in_chat_assistant,
                tags=tags,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_workflow_registration(
        self,
        *,
        workflow_registration_id: UUID | str,
        with_workflow: bool | Unset = False,
        include_shared: bool | Unset = True,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowRegistrationGetResponse]:
        """Get Workflow Registration

        Get Workflow Registration

        Args:
            workflow_registration_id (UUID):
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowRegistrationGetResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get,
            dict(
                workflow_registration_id=workflow_registration_id,
                with_workflow=with_workflow,
                include_shared=include_shared,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_workflow_registration_async(
        self,
        *,
        workflow_registration_id: UUID | str,
        with_workflow: bool | Unset = False,
        include_shared: bool | Unset = True,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowRegistrationGetResponse]:
        """Get Workflow Registration

        Get Workflow Registration

        Args:
            workflow_registration_id (UUID):
            with_workflow (bool | Unset): Whether to include the workflow definition Default: False.
            include_shared (bool | Unset): Whether to include shared workflow versions Default:
                True.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowRegistrationGetResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_workflow_registration_v1_workflows_registrations_workflow_registration_id_get,
            dict(
                workflow_registration_id=workflow_registration_id,
                with_workflow=with_workflow,
                include_shared=include_shared,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def bulk_archive_workflows(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowBulkArchiveResponse]:
        """Bulk Archive Workflows

        Bulk Archive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to archive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowBulkArchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_archive_workflows_v1_workflows_archive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def bulk_archive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowBulkArchiveResponse]:
        """Bulk Archive Workflows

        Bulk Archive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to archive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowBulkArchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_archive_workflows_v1_workflows_archive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def bulk_unarchive_workflows(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowBulkUnarchiveResponse]:
        """Bulk Unarchive Workflows

        Bulk Unarchive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to unarchive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowBulkUnarchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_unarchive_workflows_v1_workflows_unarchive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def bulk_unarchive_workflows_async(
        self,
        *,
        workflow_ids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowBulkUnarchiveResponse]:
        """Bulk Unarchive Workflows

        Bulk Unarchive Workflows

        Args:
            workflow_ids (list[UUID]): List of workflow IDs to unarchive
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowBulkUnarchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _bulk_unarchive_workflows_v1_workflows_unarchive_put,
            dict(
                workflow_ids=workflow_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def archive_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowArchiveResponse]:
        """Archive Workflow

        Archive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowArchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _archive_workflow_v1_workflows_workflow_identifier_archive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return self._transport.send_raw(request, options)

    async def archive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowArchiveResponse]:
        """Archive Workflow

        Archive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowArchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _archive_workflow_v1_workflows_workflow_identifier_archive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def unarchive_workflow(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowUnarchiveResponse]:
        """Unarchive Workflow

        Unarchive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowUnarchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return self._transport.send_raw(request, options)

    async def unarchive_workflow_async(
        self,
        *,
        workflow_identifier: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowUnarchiveResponse]:
        """Unarchive Workflow

        Unarchive Workflow

        Args:
            workflow_identifier (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowUnarchiveResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unarchive_workflow_v1_workflows_workflow_identifier_unarchive_put,
            dict(
                workflow_identifier=workflow_identifier,
            ),
        )
        return await self._transport.send_raw_async(request, options)
