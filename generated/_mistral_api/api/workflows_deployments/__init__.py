"""WorkflowsDeployments: generated resource (`client.workflows.deployments`)."""

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
    from ...models.create_deployment_request import CreateDeploymentRequest
    from ...models.deployment_detail_response import DeploymentDetailResponse
    from ...models.deployment_list_response import DeploymentListResponse
    from ...models.deployment_log_search_response import DeploymentLogSearchResponse
    from ...models.deployment_resource_config import DeploymentResourceConfig
    from ...models.deployment_resource_config_update import DeploymentResourceConfigUpdate
    from ...models.deployment_worker_list_response import DeploymentWorkerListResponse
    from ...models.deployment_worker_spec_input import DeploymentWorkerSpecInput
    from ...models.get_deployment_logs_order import GetDeploymentLogsOrder
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.list_deployment_workers_v1_workflows_deployments_name_workers_get_worker_status_type_0 import (
        ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0,
    )
    from ...models.list_deployments_v1_workflows_deployments_get_order import (
        ListDeploymentsV1WorkflowsDeploymentsGetOrder,
    )
    from ...models.list_deployments_v1_workflows_deployments_get_order_by_type_0 import (
        ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0,
    )
    from ...models.managed_deployment_response import ManagedDeploymentResponse
    from ...models.stream_deployment_logs_response_200 import StreamDeploymentLogsResponse200
    from ...models.update_deployment_request import UpdateDeploymentRequest
    from ...models.workflows_worker_spec_update import WorkflowsWorkerSpecUpdate
else:
    CreateDeploymentRequest = _Lazy(globals(), "create_deployment_request", "CreateDeploymentRequest")
    DeploymentDetailResponse = _Lazy(globals(), "deployment_detail_response", "DeploymentDetailResponse")
    DeploymentListResponse = _Lazy(globals(), "deployment_list_response", "DeploymentListResponse")
    DeploymentLogSearchResponse = _Lazy(globals(), "deployment_log_search_response", "DeploymentLogSearchResponse")
    DeploymentResourceConfig = _Lazy(globals(), "deployment_resource_config", "DeploymentResourceConfig")
    DeploymentResourceConfigUpdate = _Lazy(
        globals(), "deployment_resource_config_update", "DeploymentResourceConfigUpdate"
    )
    DeploymentWorkerListResponse = _Lazy(globals(), "deployment_worker_list_response", "DeploymentWorkerListResponse")
    DeploymentWorkerSpecInput = _Lazy(globals(), "deployment_worker_spec_input", "DeploymentWorkerSpecInput")
    GetDeploymentLogsOrder = _Lazy(globals(), "get_deployment_logs_order", "GetDeploymentLogsOrder")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0 = _Lazy(
        globals(),
        "list_deployment_workers_v1_workflows_deployments_name_workers_get_worker_status_type_0",
        "ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0",
    )
    ListDeploymentsV1WorkflowsDeploymentsGetOrder = _Lazy(
        globals(),
        "list_deployments_v1_workflows_deployments_get_order",
        "ListDeploymentsV1WorkflowsDeploymentsGetOrder",
    )
    ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 = _Lazy(
        globals(),
        "list_deployments_v1_workflows_deployments_get_order_by_type_0",
        "ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0",
    )
    ManagedDeploymentResponse = _Lazy(globals(), "managed_deployment_response", "ManagedDeploymentResponse")
    StreamDeploymentLogsResponse200 = _Lazy(
        globals(), "stream_deployment_logs_response_200", "StreamDeploymentLogsResponse200"
    )
    UpdateDeploymentRequest = _Lazy(globals(), "update_deployment_request", "UpdateDeploymentRequest")
    WorkflowsWorkerSpecUpdate = _Lazy(globals(), "workflows_worker_spec_update", "WorkflowsWorkerSpecUpdate")


_KEYWORDS_LIST_DEPLOYMENTS_V1_WORKFLOWS_DEPLOYMENTS_GET = (
    "active_only",
    "is_hardened",
    "workflow_name",
    "search",
    "order_by",
    "order",
    "limit",
    "cursor",
    "workspace_id",
)


def _decode_list_deployments_v1_workflows_deployments_get(data: Any) -> DeploymentListResponse:
    response_200 = DeploymentListResponse.from_dict(data)

    return response_200


def _list_deployments_v1_workflows_deployments_get(
    *,
    active_only: bool | Unset = True,
    is_hardened: bool | None | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    order_by: ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset = UNSET,
    order: ListDeploymentsV1WorkflowsDeploymentsGetOrder | Unset = ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC,
    limit: int | None | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    workspace_id: UUID | str | None | Unset = UNSET,
) -> Request[DeploymentListResponse]:
    params: dict[str, Any] = {}

    params["active_only"] = active_only

    json_is_hardened: bool | None | Unset
    if isinstance(is_hardened, Unset):
        json_is_hardened = UNSET
    else:
        json_is_hardened = is_hardened
    params["is_hardened"] = json_is_hardened

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_order_by: None | str | Unset
    if isinstance(order_by, Unset):
        json_order_by = UNSET
    elif isinstance(order_by, ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0):
        json_order_by = str(order_by)
    else:
        json_order_by = order_by
    params["order_by"] = json_order_by

    json_order: str | Unset = UNSET
    if not isinstance(order, Unset):
        json_order = str(order)

    params["order"] = json_order

    json_limit: int | None | Unset
    if isinstance(limit, Unset):
        json_limit = UNSET
    else:
        json_limit = limit
    params["limit"] = json_limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_workspace_id: None | str | Unset
    if isinstance(workspace_id, Unset):
        json_workspace_id = UNSET
    elif isinstance(workspace_id, UUID):
        json_workspace_id = str(workspace_id)
    else:
        json_workspace_id = workspace_id
    params["workspace_id"] = json_workspace_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/deployments",
        operation_id="list_deployments_v1_workflows_deployments_get",
        decode=_decode_list_deployments_v1_workflows_deployments_get,
        kind="json",
        keywords=_KEYWORDS_LIST_DEPLOYMENTS_V1_WORKFLOWS_DEPLOYMENTS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CREATE_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_POST = (
    "name",
    "spec",
    "resources",
    "hardened",
)


def _decode_create_deployment_v1_workflows_deployments_post(data: Any) -> ManagedDeploymentResponse:
    response_202 = ManagedDeploymentResponse.from_dict(data)

    return response_202


def _create_deployment_v1_workflows_deployments_post(
    *,
    name: str,
    spec: DeploymentWorkerSpecInput | Mapping[str, Any],
    resources: DeploymentResourceConfig | Mapping[str, Any] | None | Unset = UNSET,
    hardened: bool | Unset = UNSET,
) -> Request[ManagedDeploymentResponse]:

    _kwargs: dict[str, Any] = {}
    _body = CreateDeploymentRequest(
        name=cast(Any, name),
        spec=cast(Any, spec),
        resources=cast(Any, resources),
        hardened=cast(Any, hardened),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/deployments",
        operation_id="create_deployment_v1_workflows_deployments_post",
        decode=_decode_create_deployment_v1_workflows_deployments_post,
        kind="json",
        keywords=_KEYWORDS_CREATE_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_POST,
        **_kwargs,
    )


_KEYWORDS_GET_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_GET = (
    "name",
    "workflow_name",
)


def _decode_get_deployment_v1_workflows_deployments_name_get(data: Any) -> DeploymentDetailResponse:
    response_200 = DeploymentDetailResponse.from_dict(data)

    return response_200


def _get_deployment_v1_workflows_deployments_name_get(
    *,
    name: str,
    workflow_name: None | str | Unset = UNSET,
) -> Request[DeploymentDetailResponse]:
    params: dict[str, Any] = {}

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/deployments/{name}".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="get_deployment_v1_workflows_deployments_name_get",
        decode=_decode_get_deployment_v1_workflows_deployments_name_get,
        kind="json",
        keywords=_KEYWORDS_GET_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_DELETE_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_DELETE = ("name",)


def _decode_delete_deployment_v1_workflows_deployments_name_delete(data: Any) -> ManagedDeploymentResponse:
    response_202 = ManagedDeploymentResponse.from_dict(data)

    return response_202


def _delete_deployment_v1_workflows_deployments_name_delete(
    *,
    name: str,
) -> Request[ManagedDeploymentResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/workflows/deployments/{name}".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="delete_deployment_v1_workflows_deployments_name_delete",
        decode=_decode_delete_deployment_v1_workflows_deployments_name_delete,
        kind="json",
        keywords=_KEYWORDS_DELETE_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_DELETE,
        **_kwargs,
    )


_KEYWORDS_UPDATE_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_PATCH = (
    "name",
    "spec",
    "resources",
)


def _decode_update_deployment_v1_workflows_deployments_name_patch(data: Any) -> ManagedDeploymentResponse:
    response_202 = ManagedDeploymentResponse.from_dict(data)

    return response_202


def _update_deployment_v1_workflows_deployments_name_patch(
    *,
    name: str,
    spec: WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | Unset = UNSET,
    resources: DeploymentResourceConfigUpdate | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[ManagedDeploymentResponse]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateDeploymentRequest(
        spec=cast(Any, spec),
        resources=cast(Any, resources),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/workflows/deployments/{name}".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="update_deployment_v1_workflows_deployments_name_patch",
        decode=_decode_update_deployment_v1_workflows_deployments_name_patch,
        kind="json",
        keywords=_KEYWORDS_UPDATE_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_PATCH,
        **_kwargs,
    )


_KEYWORDS_STOP_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_STOP_POST = ("name",)


def _decode_stop_deployment_v1_workflows_deployments_name_stop_post(data: Any) -> ManagedDeploymentResponse:
    response_202 = ManagedDeploymentResponse.from_dict(data)

    return response_202


def _stop_deployment_v1_workflows_deployments_name_stop_post(
    *,
    name: str,
) -> Request[ManagedDeploymentResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/workflows/deployments/{name}/stop".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="stop_deployment_v1_workflows_deployments_name_stop_post",
        decode=_decode_stop_deployment_v1_workflows_deployments_name_stop_post,
        kind="json",
        keywords=_KEYWORDS_STOP_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_STOP_POST,
        **_kwargs,
    )


_KEYWORDS_START_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_START_POST = ("name",)


def _decode_start_deployment_v1_workflows_deployments_name_start_post(data: Any) -> ManagedDeploymentResponse:
    response_202 = ManagedDeploymentResponse.from_dict(data)

    return response_202


def _start_deployment_v1_workflows_deployments_name_start_post(
    *,
    name: str,
) -> Request[ManagedDeploymentResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/workflows/deployments/{name}/start".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="start_deployment_v1_workflows_deployments_name_start_post",
        decode=_decode_start_deployment_v1_workflows_deployments_name_start_post,
        kind="json",
        keywords=_KEYWORDS_START_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_START_POST,
        **_kwargs,
    )


_KEYWORDS_RESTART_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_RESTART_POST = ("name",)


def _decode_restart_deployment_v1_workflows_deployments_name_restart_post(data: Any) -> ManagedDeploymentResponse:
    response_202 = ManagedDeploymentResponse.from_dict(data)

    return response_202


def _restart_deployment_v1_workflows_deployments_name_restart_post(
    *,
    name: str,
) -> Request[ManagedDeploymentResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/workflows/deployments/{name}/restart".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="restart_deployment_v1_workflows_deployments_name_restart_post",
        decode=_decode_restart_deployment_v1_workflows_deployments_name_restart_post,
        kind="json",
        keywords=_KEYWORDS_RESTART_DEPLOYMENT_V1_WORKFLOWS_DEPLOYMENTS_NAME_RESTART_POST,
        **_kwargs,
    )


_KEYWORDS_LIST_DEPLOYMENT_WORKERS_V1_WORKFLOWS_DEPLOYMENTS_NAME_WORKERS_GET = (
    "name",
    "worker_status",
    "limit",
    "cursor",
)


def _decode_list_deployment_workers_v1_workflows_deployments_name_workers_get(
    data: Any,
) -> DeploymentWorkerListResponse:
    response_200 = DeploymentWorkerListResponse.from_dict(data)

    return response_200


def _list_deployment_workers_v1_workflows_deployments_name_workers_get(
    *,
    name: str,
    worker_status: ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0 | None | Unset = UNSET,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[DeploymentWorkerListResponse]:
    params: dict[str, Any] = {}

    json_worker_status: None | str | Unset
    if isinstance(worker_status, Unset):
        json_worker_status = UNSET
    elif isinstance(worker_status, ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0):
        json_worker_status = str(worker_status)
    else:
        json_worker_status = worker_status
    params["worker_status"] = json_worker_status

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
        path="/v1/workflows/deployments/{name}/workers".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="list_deployment_workers_v1_workflows_deployments_name_workers_get",
        decode=_decode_list_deployment_workers_v1_workflows_deployments_name_workers_get,
        kind="json",
        keywords=_KEYWORDS_LIST_DEPLOYMENT_WORKERS_V1_WORKFLOWS_DEPLOYMENTS_NAME_WORKERS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_DEPLOYMENT_LOGS = (
    "name",
    "worker_name",
    "workflow_name",
    "after",
    "before",
    "order",
    "cursor",
    "limit",
)


def _decode_get_deployment_logs(data: Any) -> DeploymentLogSearchResponse:
    response_200 = DeploymentLogSearchResponse.from_dict(data)

    return response_200


def _get_deployment_logs(
    *,
    name: str,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    before: datetime.datetime | None | Unset = UNSET,
    order: GetDeploymentLogsOrder | Unset = GetDeploymentLogsOrder.ASC,
    cursor: None | str | Unset = UNSET,
    limit: int | Unset = 50,
) -> Request[DeploymentLogSearchResponse]:
    params: dict[str, Any] = {}

    json_worker_name: None | str | Unset
    if isinstance(worker_name, Unset):
        json_worker_name = UNSET
    else:
        json_worker_name = worker_name
    params["worker_name"] = json_worker_name

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

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
        path="/v1/workflows/deployments/{name}/logs".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="get_deployment_logs",
        decode=_decode_get_deployment_logs,
        kind="json",
        keywords=_KEYWORDS_GET_DEPLOYMENT_LOGS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_STREAM_DEPLOYMENT_LOGS = (
    "name",
    "worker_name",
    "workflow_name",
    "after",
    "last_event_id_query",
    "last_event_id_header",
)


def _stream_deployment_logs_stream(
    *,
    name: str,
    worker_name: None | str | Unset = UNSET,
    workflow_name: None | str | Unset = UNSET,
    after: datetime.datetime | None | Unset = UNSET,
    last_event_id_query: None | str | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Request[Any]:
    params: dict[str, Any] = {}

    json_worker_name: None | str | Unset
    if isinstance(worker_name, Unset):
        json_worker_name = UNSET
    else:
        json_worker_name = worker_name
    params["worker_name"] = json_worker_name

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

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
        path="/v1/workflows/deployments/{name}/logs/stream".format(
            name=quote(str(name), safe=""),
        ),
        operation_id="stream_deployment_logs",
        decode=as_is,
        stream=True,
        event_fields=(),
        keywords=_KEYWORDS_STREAM_DEPLOYMENT_LOGS,
        params=params,
        headers={k: str(v) for k, v in headers.items()},
        **_kwargs,
    )


WorkflowsDeploymentsListDeploymentsResult: TypeAlias = DeploymentListResponse


WorkflowsDeploymentsCreateDeploymentV1WorkflowsDeploymentsPostResult: TypeAlias = ManagedDeploymentResponse


WorkflowsDeploymentsGetDeploymentResult: TypeAlias = DeploymentDetailResponse


WorkflowsDeploymentsDeleteDeploymentV1WorkflowsDeploymentsNameDeleteResult: TypeAlias = ManagedDeploymentResponse


WorkflowsDeploymentsUpdateDeploymentV1WorkflowsDeploymentsNamePatchResult: TypeAlias = ManagedDeploymentResponse


WorkflowsDeploymentsStopDeploymentV1WorkflowsDeploymentsNameStopPostResult: TypeAlias = ManagedDeploymentResponse


WorkflowsDeploymentsStartDeploymentV1WorkflowsDeploymentsNameStartPostResult: TypeAlias = ManagedDeploymentResponse


WorkflowsDeploymentsRestartDeploymentV1WorkflowsDeploymentsNameRestartPostResult: TypeAlias = ManagedDeploymentResponse


WorkflowsDeploymentsListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetResult: TypeAlias = (
    DeploymentWorkerListResponse
)


WorkflowsDeploymentsGetDeploymentLogsResult: TypeAlias = DeploymentLogSearchResponse


WorkflowsDeploymentsStreamDeploymentLogsEvent: TypeAlias = Any


class WorkflowsDeployments:
    """`client.workflows.deployments`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsDeploymentsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsDeploymentsWithRawResponse(self._transport)

    def list_deployments(
        self,
        *,
        active_only: bool | Unset = True,
        is_hardened: bool | None | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        order_by: ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset = UNSET,
        order: ListDeploymentsV1WorkflowsDeploymentsGetOrder
        | Unset = ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC,
        limit: int | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeploymentListResponse:
        """List Deployments

        List Deployments

        Args:
            active_only (bool | Unset):  Default: True.
            is_hardened (bool | None | Unset): Filter deployments by hardened status
            workflow_name (None | str | Unset):
            search (None | str | Unset): Filter deployments by name or ID prefix
            order_by (ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset): Field to
                sort by. When omitted, active and managed deployments are grouped first, then sorted by
                created_at. When set, results are sorted purely by the specified field with no grouping.
            order (ListDeploymentsV1WorkflowsDeploymentsGetOrder | Unset): Sort direction. Applied
                to order_by when set, or within each activity group when omitted. Default:
                ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC.
            limit (int | None | Unset): Maximum number of deployments to return
            cursor (None | str | Unset): Cursor from a previous response for pagination
            workspace_id (None | Unset | UUID): Workspace ID to scope the request to. Defaults to
                the caller's context.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployments_v1_workflows_deployments_get,
            dict(
                active_only=active_only,
                is_hardened=is_hardened,
                workflow_name=workflow_name,
                search=search,
                order_by=order_by,
                order=order,
                limit=limit,
                cursor=cursor,
                workspace_id=workspace_id,
            ),
        )
        return self._transport.send(request, options)

    async def list_deployments_async(
        self,
        *,
        active_only: bool | Unset = True,
        is_hardened: bool | None | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        order_by: ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset = UNSET,
        order: ListDeploymentsV1WorkflowsDeploymentsGetOrder
        | Unset = ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC,
        limit: int | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeploymentListResponse:
        """List Deployments

        List Deployments

        Args:
            active_only (bool | Unset):  Default: True.
            is_hardened (bool | None | Unset): Filter deployments by hardened status
            workflow_name (None | str | Unset):
            search (None | str | Unset): Filter deployments by name or ID prefix
            order_by (ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset): Field to
                sort by. When omitted, active and managed deployments are grouped first, then sorted by
                created_at. When set, results are sorted purely by the specified field with no grouping.
            order (ListDeploymentsV1WorkflowsDeploymentsGetOrder | Unset): Sort direction. Applied
                to order_by when set, or within each activity group when omitted. Default:
                ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC.
            limit (int | None | Unset): Maximum number of deployments to return
            cursor (None | str | Unset): Cursor from a previous response for pagination
            workspace_id (None | Unset | UUID): Workspace ID to scope the request to. Defaults to
                the caller's context.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployments_v1_workflows_deployments_get,
            dict(
                active_only=active_only,
                is_hardened=is_hardened,
                workflow_name=workflow_name,
                search=search,
                order_by=order_by,
                order=order,
                limit=limit,
                cursor=cursor,
                workspace_id=workspace_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_deployment_v1_workflows_deployments_post(
        self,
        *,
        name: str,
        spec: DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: DeploymentResourceConfig | Mapping[str, Any] | None | Unset = UNSET,
        hardened: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Create Deployment

        Create Deployment

        Args:
            name (str):
            spec (DeploymentWorkerSpecInput):
            resources (DeploymentResourceConfig | None | Unset):
            hardened (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_deployment_v1_workflows_deployments_post,
            dict(
                name=name,
                spec=spec,
                resources=resources,
                hardened=hardened,
            ),
        )
        return self._transport.send(request, options)

    async def create_deployment_v1_workflows_deployments_post_async(
        self,
        *,
        name: str,
        spec: DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: DeploymentResourceConfig | Mapping[str, Any] | None | Unset = UNSET,
        hardened: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Create Deployment

        Create Deployment

        Args:
            name (str):
            spec (DeploymentWorkerSpecInput):
            resources (DeploymentResourceConfig | None | Unset):
            hardened (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_deployment_v1_workflows_deployments_post,
            dict(
                name=name,
                spec=spec,
                resources=resources,
                hardened=hardened,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_deployment(
        self,
        *,
        name: str,
        workflow_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeploymentDetailResponse:
        """Get Deployment

        Get Deployment

        Args:
            name (str):
            workflow_name (None | str | Unset): Scope serving status to this workflow
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentDetailResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_v1_workflows_deployments_name_get,
            dict(
                name=name,
                workflow_name=workflow_name,
            ),
        )
        return self._transport.send(request, options)

    async def get_deployment_async(
        self,
        *,
        name: str,
        workflow_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeploymentDetailResponse:
        """Get Deployment

        Get Deployment

        Args:
            name (str):
            workflow_name (None | str | Unset): Scope serving status to this workflow
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentDetailResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_v1_workflows_deployments_name_get,
            dict(
                name=name,
                workflow_name=workflow_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete_deployment_v1_workflows_deployments_name_delete(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Delete Deployment

        Delete Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_deployment_v1_workflows_deployments_name_delete,
            dict(
                name=name,
            ),
        )
        return self._transport.send(request, options)

    async def delete_deployment_v1_workflows_deployments_name_delete_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Delete Deployment

        Delete Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_deployment_v1_workflows_deployments_name_delete,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_deployment_v1_workflows_deployments_name_patch(
        self,
        *,
        name: str,
        spec: WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | Unset = UNSET,
        resources: DeploymentResourceConfigUpdate | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Update Deployment

        Update Deployment

        Args:
            name (str):
            spec (None | Unset | WorkflowsWorkerSpecUpdate):
            resources (DeploymentResourceConfigUpdate | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_deployment_v1_workflows_deployments_name_patch,
            dict(
                name=name,
                spec=spec,
                resources=resources,
            ),
        )
        return self._transport.send(request, options)

    async def update_deployment_v1_workflows_deployments_name_patch_async(
        self,
        *,
        name: str,
        spec: WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | Unset = UNSET,
        resources: DeploymentResourceConfigUpdate | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Update Deployment

        Update Deployment

        Args:
            name (str):
            spec (None | Unset | WorkflowsWorkerSpecUpdate):
            resources (DeploymentResourceConfigUpdate | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_deployment_v1_workflows_deployments_name_patch,
            dict(
                name=name,
                spec=spec,
                resources=resources,
            ),
        )
        return await self._transport.send_async(request, options)

    def stop_deployment_v1_workflows_deployments_name_stop_post(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Stop Deployment

        Stop Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stop_deployment_v1_workflows_deployments_name_stop_post,
            dict(
                name=name,
            ),
        )
        return self._transport.send(request, options)

    async def stop_deployment_v1_workflows_deployments_name_stop_post_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Stop Deployment

        Stop Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stop_deployment_v1_workflows_deployments_name_stop_post,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_async(request, options)

    def start_deployment_v1_workflows_deployments_name_start_post(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Start Deployment

        Start Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _start_deployment_v1_workflows_deployments_name_start_post,
            dict(
                name=name,
            ),
        )
        return self._transport.send(request, options)

    async def start_deployment_v1_workflows_deployments_name_start_post_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Start Deployment

        Start Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _start_deployment_v1_workflows_deployments_name_start_post,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_async(request, options)

    def restart_deployment_v1_workflows_deployments_name_restart_post(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Restart Deployment

        Restart Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _restart_deployment_v1_workflows_deployments_name_restart_post,
            dict(
                name=name,
            ),
        )
        return self._transport.send(request, options)

    async def restart_deployment_v1_workflows_deployments_name_restart_post_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> ManagedDeploymentResponse:
        """Restart Deployment

        Restart Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ManagedDeploymentResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _restart_deployment_v1_workflows_deployments_name_restart_post,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_deployment_workers_v1_workflows_deployments_name_workers_get(
        self,
        *,
        name: str,
        worker_status: ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0
        | None
        | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeploymentWorkerListResponse:
        """List Deployment Workers

        List Deployment Workers

        Args:
            name (str):
            worker_status
                (ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0 | None |
                Unset): Filter by worker activity. active=only active, inactive=only inactive, None=no
                filter
            limit (int | Unset): Maximum number of workers to return Default: 50.
            cursor (None | str | Unset): Cursor from a previous response's `next_cursor`. Resend
                `worker_status` unchanged alongside it.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentWorkerListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployment_workers_v1_workflows_deployments_name_workers_get,
            dict(
                name=name,
                worker_status=worker_status,
                limit=limit,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def list_deployment_workers_v1_workflows_deployments_name_workers_get_async(
        self,
        *,
        name: str,
        worker_status: ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0
        | None
        | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> DeploymentWorkerListResponse:
        """List Deployment Workers

        List Deployment Workers

        Args:
            name (str):
            worker_status
                (ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0 | None |
                Unset): Filter by worker activity. active=only active, inactive=only inactive, None=no
                filter
            limit (int | Unset): Maximum number of workers to return Default: 50.
            cursor (None | str | Unset): Cursor from a previous response's `next_cursor`. Resend
                `worker_status` unchanged alongside it.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentWorkerListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployment_workers_v1_workflows_deployments_name_workers_get,
            dict(
                name=name,
                worker_status=worker_status,
                limit=limit,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_deployment_logs(
        self,
        *,
        name: str,
        worker_name: None | str | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetDeploymentLogsOrder | Unset = GetDeploymentLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> DeploymentLogSearchResponse:
        """Get Deployment Logs

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            name (str):
            worker_name (None | str | Unset): Filter logs by worker name
            workflow_name (None | str | Unset): Filter logs by workflow name
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetDeploymentLogsOrder | Unset): First-page sort order: 'asc' (oldest first) or
                'desc'. Ignored when `cursor` is set. Default: GetDeploymentLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentLogSearchResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_logs,
            dict(
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return self._transport.send(request, options)

    async def get_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: None | str | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetDeploymentLogsOrder | Unset = GetDeploymentLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> DeploymentLogSearchResponse:
        """Get Deployment Logs

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            name (str):
            worker_name (None | str | Unset): Filter logs by worker name
            workflow_name (None | str | Unset): Filter logs by workflow name
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetDeploymentLogsOrder | Unset): First-page sort order: 'asc' (oldest first) or
                'desc'. Ignored when `cursor` is set. Default: GetDeploymentLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeploymentLogSearchResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_logs,
            dict(
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return await self._transport.send_async(request, options)

    def stream_deployment_logs(
        self,
        *,
        name: str,
        worker_name: None | str | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        last_event_id_query: None | str | Unset = UNSET,
        last_event_id_header: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[Any]:
        """Stream Deployment Logs

        Stream logs for a deployment (all of its workers) via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header
        wins)
        and takes precedence over `after`; omit all to tail from the deployment start.

        Args:
            name (str):
            worker_name (None | str | Unset): Filter logs by worker name
            workflow_name (None | str | Unset): Filter logs by workflow name
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
            _stream_deployment_logs_stream,
            dict(
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                last_event_id_query=last_event_id_query,
                last_event_id_header=last_event_id_header,
            ),
        )
        return self._transport.stream(request, options)

    async def stream_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: None | str | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        last_event_id_query: None | str | Unset = UNSET,
        last_event_id_header: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[Any]:
        """Stream Deployment Logs

        Stream logs for a deployment (all of its workers) via SSE.

        Resume cursor comes from the `Last-Event-ID` header or `last_event_id` query param (header
        wins)
        and takes precedence over `after`; omit all to tail from the deployment start.

        Args:
            name (str):
            worker_name (None | str | Unset): Filter logs by worker name
            workflow_name (None | str | Unset): Filter logs by workflow name
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
            _stream_deployment_logs_stream,
            dict(
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                last_event_id_query=last_event_id_query,
                last_event_id_header=last_event_id_header,
            ),
        )
        return await self._transport.stream_async(request, options)


class WorkflowsDeploymentsWithRawResponse:
    """`client.workflows.deployments`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list_deployments(
        self,
        *,
        active_only: bool | Unset = True,
        is_hardened: bool | None | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        order_by: ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset = UNSET,
        order: ListDeploymentsV1WorkflowsDeploymentsGetOrder
        | Unset = ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC,
        limit: int | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentListResponse]:
        """List Deployments

        List Deployments

        Args:
            active_only (bool | Unset):  Default: True.
            is_hardened (bool | None | Unset): Filter deployments by hardened status
            workflow_name (None | str | Unset):
            search (None | str | Unset): Filter deployments by name or ID prefix
            order_by (ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset): Field to
                sort by. When omitted, active and managed deployments are grouped first, then sorted by
                created_at. When set, results are sorted purely by the specified field with no grouping.
            order (ListDeploymentsV1WorkflowsDeploymentsGetOrder | Unset): Sort direction. Applied
                to order_by when set, or within each activity group when omitted. Default:
                ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC.
            limit (int | None | Unset): Maximum number of deployments to return
            cursor (None | str | Unset): Cursor from a previous response for pagination
            workspace_id (None | Unset | UUID): Workspace ID to scope the request to. Defaults to
                the caller's context.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployments_v1_workflows_deployments_get,
            dict(
                active_only=active_only,
                is_hardened=is_hardened,
                workflow_name=workflow_name,
                search=search,
                order_by=order_by,
                order=order,
                limit=limit,
                cursor=cursor,
                workspace_id=workspace_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_deployments_async(
        self,
        *,
        active_only: bool | Unset = True,
        is_hardened: bool | None | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        order_by: ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset = UNSET,
        order: ListDeploymentsV1WorkflowsDeploymentsGetOrder
        | Unset = ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC,
        limit: int | None | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        workspace_id: UUID | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentListResponse]:
        """List Deployments

        List Deployments

        Args:
            active_only (bool | Unset):  Default: True.
            is_hardened (bool | None | Unset): Filter deployments by hardened status
            workflow_name (None | str | Unset):
            search (None | str | Unset): Filter deployments by name or ID prefix
            order_by (ListDeploymentsV1WorkflowsDeploymentsGetOrderByType0 | None | Unset): Field to
                sort by. When omitted, active and managed deployments are grouped first, then sorted by
                created_at. When set, results are sorted purely by the specified field with no grouping.
            order (ListDeploymentsV1WorkflowsDeploymentsGetOrder | Unset): Sort direction. Applied
                to order_by when set, or within each activity group when omitted. Default:
                ListDeploymentsV1WorkflowsDeploymentsGetOrder.DESC.
            limit (int | None | Unset): Maximum number of deployments to return
            cursor (None | str | Unset): Cursor from a previous response for pagination
            workspace_id (None | Unset | UUID): Workspace ID to scope the request to. Defaults to
                the caller's context.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployments_v1_workflows_deployments_get,
            dict(
                active_only=active_only,
                is_hardened=is_hardened,
                workflow_name=workflow_name,
                search=search,
                order_by=order_by,
                order=order,
                limit=limit,
                cursor=cursor,
                workspace_id=workspace_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_deployment_v1_workflows_deployments_post(
        self,
        *,
        name: str,
        spec: DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: DeploymentResourceConfig | Mapping[str, Any] | None | Unset = UNSET,
        hardened: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Create Deployment

        Create Deployment

        Args:
            name (str):
            spec (DeploymentWorkerSpecInput):
            resources (DeploymentResourceConfig | None | Unset):
            hardened (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_deployment_v1_workflows_deployments_post,
            dict(
                name=name,
                spec=spec,
                resources=resources,
                hardened=hardened,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_deployment_v1_workflows_deployments_post_async(
        self,
        *,
        name: str,
        spec: DeploymentWorkerSpecInput | Mapping[str, Any],
        resources: DeploymentResourceConfig | Mapping[str, Any] | None | Unset = UNSET,
        hardened: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Create Deployment

        Create Deployment

        Args:
            name (str):
            spec (DeploymentWorkerSpecInput):
            resources (DeploymentResourceConfig | None | Unset):
            hardened (bool | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_deployment_v1_workflows_deployments_post,
            dict(
                name=name,
                spec=spec,
                resources=resources,
                hardened=hardened,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_deployment(
        self,
        *,
        name: str,
        workflow_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentDetailResponse]:
        """Get Deployment

        Get Deployment

        Args:
            name (str):
            workflow_name (None | str | Unset): Scope serving status to this workflow
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentDetailResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_v1_workflows_deployments_name_get,
            dict(
                name=name,
                workflow_name=workflow_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_deployment_async(
        self,
        *,
        name: str,
        workflow_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentDetailResponse]:
        """Get Deployment

        Get Deployment

        Args:
            name (str):
            workflow_name (None | str | Unset): Scope serving status to this workflow
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentDetailResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_v1_workflows_deployments_name_get,
            dict(
                name=name,
                workflow_name=workflow_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete_deployment_v1_workflows_deployments_name_delete(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Delete Deployment

        Delete Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_deployment_v1_workflows_deployments_name_delete,
            dict(
                name=name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_deployment_v1_workflows_deployments_name_delete_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Delete Deployment

        Delete Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_deployment_v1_workflows_deployments_name_delete,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_deployment_v1_workflows_deployments_name_patch(
        self,
        *,
        name: str,
        spec: WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | Unset = UNSET,
        resources: DeploymentResourceConfigUpdate | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Update Deployment

        Update Deployment

        Args:
            name (str):
            spec (None | Unset | WorkflowsWorkerSpecUpdate):
            resources (DeploymentResourceConfigUpdate | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_deployment_v1_workflows_deployments_name_patch,
            dict(
                name=name,
                spec=spec,
                resources=resources,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_deployment_v1_workflows_deployments_name_patch_async(
        self,
        *,
        name: str,
        spec: WorkflowsWorkerSpecUpdate | Mapping[str, Any] | None | Unset = UNSET,
        resources: DeploymentResourceConfigUpdate | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Update Deployment

        Update Deployment

        Args:
            name (str):
            spec (None | Unset | WorkflowsWorkerSpecUpdate):
            resources (DeploymentResourceConfigUpdate | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_deployment_v1_workflows_deployments_name_patch,
            dict(
                name=name,
                spec=spec,
                resources=resources,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def stop_deployment_v1_workflows_deployments_name_stop_post(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Stop Deployment

        Stop Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stop_deployment_v1_workflows_deployments_name_stop_post,
            dict(
                name=name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def stop_deployment_v1_workflows_deployments_name_stop_post_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Stop Deployment

        Stop Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _stop_deployment_v1_workflows_deployments_name_stop_post,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def start_deployment_v1_workflows_deployments_name_start_post(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Start Deployment

        Start Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _start_deployment_v1_workflows_deployments_name_start_post,
            dict(
                name=name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def start_deployment_v1_workflows_deployments_name_start_post_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Start Deployment

        Start Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _start_deployment_v1_workflows_deployments_name_start_post,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def restart_deployment_v1_workflows_deployments_name_restart_post(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Restart Deployment

        Restart Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _restart_deployment_v1_workflows_deployments_name_restart_post,
            dict(
                name=name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def restart_deployment_v1_workflows_deployments_name_restart_post_async(
        self,
        *,
        name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ManagedDeploymentResponse]:
        """Restart Deployment

        Restart Deployment

        Args:
            name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ManagedDeploymentResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _restart_deployment_v1_workflows_deployments_name_restart_post,
            dict(
                name=name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_deployment_workers_v1_workflows_deployments_name_workers_get(
        self,
        *,
        name: str,
        worker_status: ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0
        | None
        | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentWorkerListResponse]:
        """List Deployment Workers

        List Deployment Workers

        Args:
            name (str):
            worker_status
                (ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0 | None |
                Unset): Filter by worker activity. active=only active, inactive=only inactive, None=no
                filter
            limit (int | Unset): Maximum number of workers to return Default: 50.
            cursor (None | str | Unset): Cursor from a previous response's `next_cursor`. Resend
                `worker_status` unchanged alongside it.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentWorkerListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployment_workers_v1_workflows_deployments_name_workers_get,
            dict(
                name=name,
                worker_status=worker_status,
                limit=limit,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_deployment_workers_v1_workflows_deployments_name_workers_get_async(
        self,
        *,
        name: str,
        worker_status: ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0
        | None
        | Unset = UNSET,
        limit: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentWorkerListResponse]:
        """List Deployment Workers

        List Deployment Workers

        Args:
            name (str):
            worker_status
                (ListDeploymentWorkersV1WorkflowsDeploymentsNameWorkersGetWorkerStatusType0 | None |
                Unset): Filter by worker activity. active=only active, inactive=only inactive, None=no
                filter
            limit (int | Unset): Maximum number of workers to return Default: 50.
            cursor (None | str | Unset): Cursor from a previous response's `next_cursor`. Resend
                `worker_status` unchanged alongside it.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentWorkerListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _list_deployment_workers_v1_workflows_deployments_name_workers_get,
            dict(
                name=name,
                worker_status=worker_status,
                limit=limit,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_deployment_logs(
        self,
        *,
        name: str,
        worker_name: None | str | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetDeploymentLogsOrder | Unset = GetDeploymentLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentLogSearchResponse]:
        """Get Deployment Logs

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            name (str):
            worker_name (None | str | Unset): Filter logs by worker name
            workflow_name (None | str | Unset): Filter logs by workflow name
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetDeploymentLogsOrder | Unset): First-page sort order: 'asc' (oldest first) or
                'desc'. Ignored when `cursor` is set. Default: GetDeploymentLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentLogSearchResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_logs,
            dict(
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_deployment_logs_async(
        self,
        *,
        name: str,
        worker_name: None | str | Unset = UNSET,
        workflow_name: None | str | Unset = UNSET,
        after: datetime.datetime | None | Unset = UNSET,
        before: datetime.datetime | None | Unset = UNSET,
        order: GetDeploymentLogsOrder | Unset = GetDeploymentLogsOrder.ASC,
        cursor: None | str | Unset = UNSET,
        limit: int | Unset = 50,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeploymentLogSearchResponse]:
        """Get Deployment Logs

        Retrieve logs for a deployment (across all of its workers).

        Use `after`/`before`/`order` on the first request to set the time range and sort order; for
        the next pages pass the `cursor` from the previous response (it remembers the range and
        order).

        Args:
            name (str):
            worker_name (None | str | Unset): Filter logs by worker name
            workflow_name (None | str | Unset): Filter logs by workflow name
            after (datetime.datetime | None | Unset): Only return logs at or after this timestamp
            before (datetime.datetime | None | Unset): Only return logs before this timestamp
            order (GetDeploymentLogsOrder | Unset): First-page sort order: 'asc' (oldest first) or
                'desc'. Ignored when `cursor` is set. Default: GetDeploymentLogsOrder.ASC.
            cursor (None | str | Unset): Pagination cursor from a previous response's `next_cursor`;
                carries the window and order
            limit (int | Unset): Maximum number of logs to return Default: 50.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeploymentLogSearchResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_deployment_logs,
            dict(
                name=name,
                worker_name=worker_name,
                workflow_name=workflow_name,
                after=after,
                before=before,
                order=order,
                cursor=cursor,
                limit=limit,
            ),
        )
        return await self._transport.send_raw_async(request, options)
