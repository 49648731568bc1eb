"""WorkflowsSchedules: generated resource (`client.workflows.schedules`)."""

from __future__ import annotations

import builtins
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
    from ...models.get_schedules_v1_workflows_schedules_get_status_type_0 import (
        GetSchedulesV1WorkflowsSchedulesGetStatusType0,
    )
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.partial_schedule_definition import PartialScheduleDefinition
    from ...models.schedule_definition import ScheduleDefinition
    from ...models.schedule_definition_output import ScheduleDefinitionOutput
    from ...models.workflow_schedule_list_response import WorkflowScheduleListResponse
    from ...models.workflow_schedule_pause_request import WorkflowSchedulePauseRequest
    from ...models.workflow_schedule_request import WorkflowScheduleRequest
    from ...models.workflow_schedule_response import WorkflowScheduleResponse
    from ...models.workflow_schedule_trigger_request import WorkflowScheduleTriggerRequest
    from ...models.workflow_schedule_update_request import WorkflowScheduleUpdateRequest
else:
    GetSchedulesV1WorkflowsSchedulesGetStatusType0 = _Lazy(
        globals(),
        "get_schedules_v1_workflows_schedules_get_status_type_0",
        "GetSchedulesV1WorkflowsSchedulesGetStatusType0",
    )
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    PartialScheduleDefinition = _Lazy(globals(), "partial_schedule_definition", "PartialScheduleDefinition")
    ScheduleDefinition = _Lazy(globals(), "schedule_definition", "ScheduleDefinition")
    ScheduleDefinitionOutput = _Lazy(globals(), "schedule_definition_output", "ScheduleDefinitionOutput")
    WorkflowScheduleListResponse = _Lazy(globals(), "workflow_schedule_list_response", "WorkflowScheduleListResponse")
    WorkflowSchedulePauseRequest = _Lazy(globals(), "workflow_schedule_pause_request", "WorkflowSchedulePauseRequest")
    WorkflowScheduleRequest = _Lazy(globals(), "workflow_schedule_request", "WorkflowScheduleRequest")
    WorkflowScheduleResponse = _Lazy(globals(), "workflow_schedule_response", "WorkflowScheduleResponse")
    WorkflowScheduleTriggerRequest = _Lazy(
        globals(), "workflow_schedule_trigger_request", "WorkflowScheduleTriggerRequest"
    )
    WorkflowScheduleUpdateRequest = _Lazy(
        globals(), "workflow_schedule_update_request", "WorkflowScheduleUpdateRequest"
    )


_KEYWORDS_GET_SCHEDULES_V1_WORKFLOWS_SCHEDULES_GET = (
    "workflow_name",
    "user_id",
    "status",
    "search",
    "page_size",
    "next_page_token",
)


def _decode_get_schedules_v1_workflows_schedules_get(data: Any) -> WorkflowScheduleListResponse:
    response_200 = WorkflowScheduleListResponse.from_dict(data)

    return response_200


def _get_schedules_v1_workflows_schedules_get(
    *,
    workflow_name: None | str | Unset = UNSET,
    user_id: None | str | Unset = UNSET,
    status: GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset = UNSET,
    search: None | str | Unset = UNSET,
    page_size: int | None | Unset = UNSET,
    next_page_token: None | str | Unset = UNSET,
) -> Request[WorkflowScheduleListResponse]:
    params: dict[str, Any] = {}

    json_workflow_name: None | str | Unset
    if isinstance(workflow_name, Unset):
        json_workflow_name = UNSET
    else:
        json_workflow_name = workflow_name
    params["workflow_name"] = json_workflow_name

    json_user_id: None | str | Unset
    if isinstance(user_id, Unset):
        json_user_id = UNSET
    else:
        json_user_id = user_id
    params["user_id"] = json_user_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, GetSchedulesV1WorkflowsSchedulesGetStatusType0):
        json_status = str(status)
    else:
        json_status = status
    params["status"] = json_status

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_page_size: int | None | Unset
    if isinstance(page_size, Unset):
        json_page_size = UNSET
    else:
        json_page_size = page_size
    params["page_size"] = json_page_size

    json_next_page_token: None | str | Unset
    if isinstance(next_page_token, Unset):
        json_next_page_token = UNSET
    else:
        json_next_page_token = next_page_token
    params["next_page_token"] = json_next_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/schedules",
        operation_id="get_schedules_v1_workflows_schedules_get",
        decode=_decode_get_schedules_v1_workflows_schedules_get,
        kind="json",
        keywords=_KEYWORDS_GET_SCHEDULES_V1_WORKFLOWS_SCHEDULES_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SCHEDULE_WORKFLOW_V1_WORKFLOWS_SCHEDULES_POST = (
    "schedule",
    "workflow_registration_id",
    "workflow_version_id",
    "workflow_identifier",
    "workflow_task_queue",
    "schedule_id",
    "deployment_name",
)


def _decode_schedule_workflow_v1_workflows_schedules_post(data: Any) -> WorkflowScheduleResponse:
    response_201 = WorkflowScheduleResponse.from_dict(data)

    return response_201


def _schedule_workflow_v1_workflows_schedules_post(
    *,
    schedule: ScheduleDefinition | Mapping[str, Any],
    workflow_registration_id: UUID | str | None | Unset = UNSET,
    workflow_version_id: UUID | str | None | Unset = UNSET,
    workflow_identifier: str | None | Unset = UNSET,
    workflow_task_queue: str | None | Unset = UNSET,
    schedule_id: str | None | Unset = UNSET,
    deployment_name: str | None | Unset = UNSET,
) -> Request[WorkflowScheduleResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowScheduleRequest(
        schedule=cast(Any, schedule),
        workflow_registration_id=cast(Any, workflow_registration_id),
        workflow_version_id=cast(Any, workflow_version_id),
        workflow_identifier=cast(Any, workflow_identifier),
        workflow_task_queue=cast(Any, workflow_task_queue),
        schedule_id=cast(Any, schedule_id),
        deployment_name=cast(Any, deployment_name),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/workflows/schedules",
        operation_id="schedule_workflow_v1_workflows_schedules_post",
        decode=_decode_schedule_workflow_v1_workflows_schedules_post,
        kind="json",
        keywords=_KEYWORDS_SCHEDULE_WORKFLOW_V1_WORKFLOWS_SCHEDULES_POST,
        **_kwargs,
    )


_KEYWORDS_GET_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_GET = ("schedule_id",)


def _decode_get_schedule_v1_workflows_schedules_schedule_id_get(data: Any) -> ScheduleDefinitionOutput:
    response_200 = ScheduleDefinitionOutput.from_dict(data)

    return response_200


def _get_schedule_v1_workflows_schedules_schedule_id_get(
    *,
    schedule_id: str,
) -> Request[ScheduleDefinitionOutput]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/workflows/schedules/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        operation_id="get_schedule_v1_workflows_schedules_schedule_id_get",
        decode=_decode_get_schedule_v1_workflows_schedules_schedule_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_GET,
        **_kwargs,
    )


_KEYWORDS_UNSCHEDULE_WORKFLOW_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_DELETE = ("schedule_id",)


def _unschedule_workflow_v1_workflows_schedules_schedule_id_delete(
    *,
    schedule_id: str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/workflows/schedules/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        operation_id="unschedule_workflow_v1_workflows_schedules_schedule_id_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_UNSCHEDULE_WORKFLOW_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_UPDATE_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_PATCH = (
    "schedule_id",
    "schedule",
)


def _decode_update_schedule_v1_workflows_schedules_schedule_id_patch(data: Any) -> WorkflowScheduleResponse:
    response_200 = WorkflowScheduleResponse.from_dict(data)

    return response_200


def _update_schedule_v1_workflows_schedules_schedule_id_patch(
    *,
    schedule_id: str,
    schedule: PartialScheduleDefinition | Mapping[str, Any],
) -> Request[WorkflowScheduleResponse]:

    _kwargs: dict[str, Any] = {}
    _body = WorkflowScheduleUpdateRequest(
        schedule=cast(Any, schedule),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/workflows/schedules/{schedule_id}".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        operation_id="update_schedule_v1_workflows_schedules_schedule_id_patch",
        decode=_decode_update_schedule_v1_workflows_schedules_schedule_id_patch,
        kind="json",
        keywords=_KEYWORDS_UPDATE_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_PATCH,
        **_kwargs,
    )


_KEYWORDS_PAUSE_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_PAUSE_POST = (
    "schedule_id",
    "body",
)


def _pause_schedule_v1_workflows_schedules_schedule_id_pause_post(
    *,
    schedule_id: str,
    body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _kwargs["json"] = to_json(body)
    return Request(
        method="POST",
        path="/v1/workflows/schedules/{schedule_id}/pause".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        operation_id="pause_schedule_v1_workflows_schedules_schedule_id_pause_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_PAUSE_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_PAUSE_POST,
        **_kwargs,
    )


_KEYWORDS_RESUME_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_RESUME_POST = (
    "schedule_id",
    "body",
)


def _resume_schedule_v1_workflows_schedules_schedule_id_resume_post(
    *,
    schedule_id: str,
    body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _kwargs["json"] = to_json(body)
    return Request(
        method="POST",
        path="/v1/workflows/schedules/{schedule_id}/resume".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        operation_id="resume_schedule_v1_workflows_schedules_schedule_id_resume_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_RESUME_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_RESUME_POST,
        **_kwargs,
    )


_KEYWORDS_TRIGGER_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_TRIGGER_POST = (
    "schedule_id",
    "body",
)


def _trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post(
    *,
    schedule_id: str,
    body: WorkflowScheduleTriggerRequest | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _kwargs["json"] = to_json(body)
    return Request(
        method="POST",
        path="/v1/workflows/schedules/{schedule_id}/trigger".format(
            schedule_id=quote(str(schedule_id), safe=""),
        ),
        operation_id="trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_TRIGGER_SCHEDULE_V1_WORKFLOWS_SCHEDULES_SCHEDULE_ID_TRIGGER_POST,
        **_kwargs,
    )


WorkflowsSchedulesGetSchedulesResult: TypeAlias = WorkflowScheduleListResponse


WorkflowsSchedulesScheduleWorkflowResult: TypeAlias = WorkflowScheduleResponse


WorkflowsSchedulesGetScheduleResult: TypeAlias = ScheduleDefinitionOutput


WorkflowsSchedulesUnscheduleWorkflowResult: TypeAlias = None


WorkflowsSchedulesUpdateScheduleResult: TypeAlias = WorkflowScheduleResponse


WorkflowsSchedulesPauseScheduleResult: TypeAlias = None


WorkflowsSchedulesResumeScheduleResult: TypeAlias = None


WorkflowsSchedulesTriggerScheduleResult: TypeAlias = None


class WorkflowsSchedules:
    """`client.workflows.schedules`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> WorkflowsSchedulesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return WorkflowsSchedulesWithRawResponse(self._transport)

    def get_schedules(
        self,
        *,
        workflow_name: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        status: GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        next_page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleListResponse:
        """Get Schedules

        Get Schedules

        Args:
            workflow_name (None | str | Unset): Filter by exact workflow name
            user_id (None | str | Unset): Filter by user ID. Pass 'current' to resolve to the
                authenticated user's ID.
            status (GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset): Filter by
                schedule status: 'active' or 'paused'
            search (None | str | Unset): Prefix search query for workflow name
            page_size (int | None | Unset): Number of items per page. Omitting this parameter
                fetches all results at once (deprecated — pass page_size to use pagination).
            next_page_token (None | str | Unset): Token for the next page of results
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowScheduleListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedules_v1_workflows_schedules_get,
            dict(
                workflow_name=workflow_name,
                user_id=user_id,
                status=status,
                search=search,
                page_size=page_size,
                next_page_token=next_page_token,
            ),
        )
        return self._transport.send(request, options)

    async def get_schedules_async(
        self,
        *,
        workflow_name: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        status: GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        next_page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleListResponse:
        """Get Schedules

        Get Schedules

        Args:
            workflow_name (None | str | Unset): Filter by exact workflow name
            user_id (None | str | Unset): Filter by user ID. Pass 'current' to resolve to the
                authenticated user's ID.
            status (GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset): Filter by
                schedule status: 'active' or 'paused'
            search (None | str | Unset): Prefix search query for workflow name
            page_size (int | None | Unset): Number of items per page. Omitting this parameter
                fetches all results at once (deprecated — pass page_size to use pagination).
            next_page_token (None | str | Unset): Token for the next page of results
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowScheduleListResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedules_v1_workflows_schedules_get,
            dict(
                workflow_name=workflow_name,
                user_id=user_id,
                status=status,
                search=search,
                page_size=page_size,
                next_page_token=next_page_token,
            ),
        )
        return await self._transport.send_async(request, options)

    def schedule_workflow(
        self,
        *,
        schedule: ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: UUID | str | None | Unset = UNSET,
        workflow_version_id: UUID | str | None | Unset = UNSET,
        workflow_identifier: str | None | Unset = UNSET,
        workflow_task_queue: str | None | Unset = UNSET,
        schedule_id: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """Schedule Workflow

        Schedule Workflow

        Args:
            schedule (ScheduleDefinition): Specification of the times scheduled actions may occur.

                The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and
                :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`.

                Used for input where schedule_id is optional (can be provided or auto-
                generated).
            workflow_registration_id (None | Unset | UUID): The ID of the workflow registration to schedule
            workflow_version_id (None | Unset | UUID): Deprecated: use workflow_registration_id
            workflow_identifier (None | str | Unset): The name or ID of the workflow to schedule
            workflow_task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            schedule_id (None | str | Unset): Allows you to specify a custom schedule ID. If not provided, a random ID will be
                generated.
            deployment_name (None | str | Unset): Name of the deployment to route this schedule to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowScheduleResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _schedule_workflow_v1_workflows_schedules_post,
            dict(
                schedule=schedule,
                workflow_registration_id=workflow_registration_id,
                workflow_version_id=workflow_version_id,
                workflow_identifier=workflow_identifier,
                workflow_task_queue=workflow_task_queue,
                schedule_id=schedule_id,
                deployment_name=deployment_name,
            ),
        )
        return self._transport.send(request, options)

    async def schedule_workflow_async(
        self,
        *,
        schedule: ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: UUID | str | None | Unset = UNSET,
        workflow_version_id: UUID | str | None | Unset = UNSET,
        workflow_identifier: str | None | Unset = UNSET,
        workflow_task_queue: str | None | Unset = UNSET,
        schedule_id: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """Schedule Workflow

        Schedule Workflow

        Args:
            schedule (ScheduleDefinition): Specification of the times scheduled actions may occur.

                The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and
                :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`.

                Used for input where schedule_id is optional (can be provided or auto-
                generated).
            workflow_registration_id (None | Unset | UUID): The ID of the workflow registration to schedule
            workflow_version_id (None | Unset | UUID): Deprecated: use workflow_registration_id
            workflow_identifier (None | str | Unset): The name or ID of the workflow to schedule
            workflow_task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            schedule_id (None | str | Unset): Allows you to specify a custom schedule ID. If not provided, a random ID will be
                generated.
            deployment_name (None | str | Unset): Name of the deployment to route this schedule to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowScheduleResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _schedule_workflow_v1_workflows_schedules_post,
            dict(
                schedule=schedule,
                workflow_registration_id=workflow_registration_id,
                workflow_version_id=workflow_version_id,
                workflow_identifier=workflow_identifier,
                workflow_task_queue=workflow_task_queue,
                schedule_id=schedule_id,
                deployment_name=deployment_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_schedule(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> ScheduleDefinitionOutput:
        """Get Schedule

        Get Schedule

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ScheduleDefinitionOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedule_v1_workflows_schedules_schedule_id_get,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_schedule_async(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> ScheduleDefinitionOutput:
        """Get Schedule

        Get Schedule

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ScheduleDefinitionOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedule_v1_workflows_schedules_schedule_id_get,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def unschedule_workflow(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unschedule Workflow

        Unschedule Workflow

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unschedule_workflow_v1_workflows_schedules_schedule_id_delete,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return self._transport.send(request, options)

    async def unschedule_workflow_async(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Unschedule Workflow

        Unschedule Workflow

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unschedule_workflow_v1_workflows_schedules_schedule_id_delete,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_schedule(
        self,
        *,
        schedule_id: str,
        schedule: PartialScheduleDefinition | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """Update Schedule

        Update Schedule

        Args:
            schedule_id (str):
            schedule (PartialScheduleDefinition): Schedule definition for partial updates.

                All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-
                set
                fields are applied during an update; unset fields preserve the existing schedule
                values.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowScheduleResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_schedule_v1_workflows_schedules_schedule_id_patch,
            dict(
                schedule_id=schedule_id,
                schedule=schedule,
            ),
        )
        return self._transport.send(request, options)

    async def update_schedule_async(
        self,
        *,
        schedule_id: str,
        schedule: PartialScheduleDefinition | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> WorkflowScheduleResponse:
        """Update Schedule

        Update Schedule

        Args:
            schedule_id (str):
            schedule (PartialScheduleDefinition): Schedule definition for partial updates.

                All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-
                set
                fields are applied during an update; unset fields preserve the existing schedule
                values.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkflowScheduleResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_schedule_v1_workflows_schedules_schedule_id_patch,
            dict(
                schedule_id=schedule_id,
                schedule=schedule,
            ),
        )
        return await self._transport.send_async(request, options)

    def pause_schedule(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Pause Schedule

        Pause Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _pause_schedule_v1_workflows_schedules_schedule_id_pause_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return self._transport.send(request, options)

    async def pause_schedule_async(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Pause Schedule

        Pause Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _pause_schedule_v1_workflows_schedules_schedule_id_pause_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return await self._transport.send_async(request, options)

    def resume_schedule(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Resume Schedule

        Resume Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _resume_schedule_v1_workflows_schedules_schedule_id_resume_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return self._transport.send(request, options)

    async def resume_schedule_async(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Resume Schedule

        Resume Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _resume_schedule_v1_workflows_schedules_schedule_id_resume_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return await self._transport.send_async(request, options)

    def trigger_schedule(
        self,
        *,
        schedule_id: str,
        body: WorkflowScheduleTriggerRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Trigger Schedule

        Trigger Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return self._transport.send(request, options)

    async def trigger_schedule_async(
        self,
        *,
        schedule_id: str,
        body: WorkflowScheduleTriggerRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Trigger Schedule

        Trigger Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return await self._transport.send_async(request, options)


class WorkflowsSchedulesWithRawResponse:
    """`client.workflows.schedules`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def get_schedules(
        self,
        *,
        workflow_name: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        status: GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        next_page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowScheduleListResponse]:
        """Get Schedules

        Get Schedules

        Args:
            workflow_name (None | str | Unset): Filter by exact workflow name
            user_id (None | str | Unset): Filter by user ID. Pass 'current' to resolve to the
                authenticated user's ID.
            status (GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset): Filter by
                schedule status: 'active' or 'paused'
            search (None | str | Unset): Prefix search query for workflow name
            page_size (int | None | Unset): Number of items per page. Omitting this parameter
                fetches all results at once (deprecated — pass page_size to use pagination).
            next_page_token (None | str | Unset): Token for the next page of results
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowScheduleListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedules_v1_workflows_schedules_get,
            dict(
                workflow_name=workflow_name,
                user_id=user_id,
                status=status,
                search=search,
                page_size=page_size,
                next_page_token=next_page_token,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_schedules_async(
        self,
        *,
        workflow_name: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        status: GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset = UNSET,
        search: None | str | Unset = UNSET,
        page_size: int | None | Unset = UNSET,
        next_page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowScheduleListResponse]:
        """Get Schedules

        Get Schedules

        Args:
            workflow_name (None | str | Unset): Filter by exact workflow name
            user_id (None | str | Unset): Filter by user ID. Pass 'current' to resolve to the
                authenticated user's ID.
            status (GetSchedulesV1WorkflowsSchedulesGetStatusType0 | None | Unset): Filter by
                schedule status: 'active' or 'paused'
            search (None | str | Unset): Prefix search query for workflow name
            page_size (int | None | Unset): Number of items per page. Omitting this parameter
                fetches all results at once (deprecated — pass page_size to use pagination).
            next_page_token (None | str | Unset): Token for the next page of results
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowScheduleListResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedules_v1_workflows_schedules_get,
            dict(
                workflow_name=workflow_name,
                user_id=user_id,
                status=status,
                search=search,
                page_size=page_size,
                next_page_token=next_page_token,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def schedule_workflow(
        self,
        *,
        schedule: ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: UUID | str | None | Unset = UNSET,
        workflow_version_id: UUID | str | None | Unset = UNSET,
        workflow_identifier: str | None | Unset = UNSET,
        workflow_task_queue: str | None | Unset = UNSET,
        schedule_id: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowScheduleResponse]:
        """Schedule Workflow

        Schedule Workflow

        Args:
            schedule (ScheduleDefinition): Specification of the times scheduled actions may occur.

                The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and
                :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`.

                Used for input where schedule_id is optional (can be provided or auto-
                generated).
            workflow_registration_id (None | Unset | UUID): The ID of the workflow registration to schedule
            workflow_version_id (None | Unset | UUID): Deprecated: use workflow_registration_id
            workflow_identifier (None | str | Unset): The name or ID of the workflow to schedule
            workflow_task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            schedule_id (None | str | Unset): Allows you to specify a custom schedule ID. If not provided, a random ID will be
                generated.
            deployment_name (None | str | Unset): Name of the deployment to route this schedule to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowScheduleResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _schedule_workflow_v1_workflows_schedules_post,
            dict(
                schedule=schedule,
                workflow_registration_id=workflow_registration_id,
                workflow_version_id=workflow_version_id,
                workflow_identifier=workflow_identifier,
                workflow_task_queue=workflow_task_queue,
                schedule_id=schedule_id,
                deployment_name=deployment_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def schedule_workflow_async(
        self,
        *,
        schedule: ScheduleDefinition | Mapping[str, Any],
        workflow_registration_id: UUID | str | None | Unset = UNSET,
        workflow_version_id: UUID | str | None | Unset = UNSET,
        workflow_identifier: str | None | Unset = UNSET,
        workflow_task_queue: str | None | Unset = UNSET,
        schedule_id: str | None | Unset = UNSET,
        deployment_name: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowScheduleResponse]:
        """Schedule Workflow

        Schedule Workflow

        Args:
            schedule (ScheduleDefinition): Specification of the times scheduled actions may occur.

                The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and
                :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`.

                Used for input where schedule_id is optional (can be provided or auto-
                generated).
            workflow_registration_id (None | Unset | UUID): The ID of the workflow registration to schedule
            workflow_version_id (None | Unset | UUID): Deprecated: use workflow_registration_id
            workflow_identifier (None | str | Unset): The name or ID of the workflow to schedule
            workflow_task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
            schedule_id (None | str | Unset): Allows you to specify a custom schedule ID. If not provided, a random ID will be
                generated.
            deployment_name (None | str | Unset): Name of the deployment to route this schedule to
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowScheduleResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _schedule_workflow_v1_workflows_schedules_post,
            dict(
                schedule=schedule,
                workflow_registration_id=workflow_registration_id,
                workflow_version_id=workflow_version_id,
                workflow_identifier=workflow_identifier,
                workflow_task_queue=workflow_task_queue,
                schedule_id=schedule_id,
                deployment_name=deployment_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_schedule(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ScheduleDefinitionOutput]:
        """Get Schedule

        Get Schedule

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ScheduleDefinitionOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedule_v1_workflows_schedules_schedule_id_get,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_schedule_async(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ScheduleDefinitionOutput]:
        """Get Schedule

        Get Schedule

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ScheduleDefinitionOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_schedule_v1_workflows_schedules_schedule_id_get,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def unschedule_workflow(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Unschedule Workflow

        Unschedule Workflow

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unschedule_workflow_v1_workflows_schedules_schedule_id_delete,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def unschedule_workflow_async(
        self,
        *,
        schedule_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Unschedule Workflow

        Unschedule Workflow

        Args:
            schedule_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _unschedule_workflow_v1_workflows_schedules_schedule_id_delete,
            dict(
                schedule_id=schedule_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_schedule(
        self,
        *,
        schedule_id: str,
        schedule: PartialScheduleDefinition | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowScheduleResponse]:
        """Update Schedule

        Update Schedule

        Args:
            schedule_id (str):
            schedule (PartialScheduleDefinition): Schedule definition for partial updates.

                All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-
                set
                fields are applied during an update; unset fields preserve the existing schedule
                values.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowScheduleResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_schedule_v1_workflows_schedules_schedule_id_patch,
            dict(
                schedule_id=schedule_id,
                schedule=schedule,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_schedule_async(
        self,
        *,
        schedule_id: str,
        schedule: PartialScheduleDefinition | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkflowScheduleResponse]:
        """Update Schedule

        Update Schedule

        Args:
            schedule_id (str):
            schedule (PartialScheduleDefinition): Schedule definition for partial updates.

                All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-
                set
                fields are applied during an update; unset fields preserve the existing schedule
                values.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkflowScheduleResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_schedule_v1_workflows_schedules_schedule_id_patch,
            dict(
                schedule_id=schedule_id,
                schedule=schedule,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def pause_schedule(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Pause Schedule

        Pause Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _pause_schedule_v1_workflows_schedules_schedule_id_pause_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return self._transport.send_raw(request, options)

    async def pause_schedule_async(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Pause Schedule

        Pause Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _pause_schedule_v1_workflows_schedules_schedule_id_pause_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def resume_schedule(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Resume Schedule

        Resume Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _resume_schedule_v1_workflows_schedules_schedule_id_resume_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return self._transport.send_raw(request, options)

    async def resume_schedule_async(
        self,
        *,
        schedule_id: str,
        body: WorkflowSchedulePauseRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Resume Schedule

        Resume Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _resume_schedule_v1_workflows_schedules_schedule_id_resume_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def trigger_schedule(
        self,
        *,
        schedule_id: str,
        body: WorkflowScheduleTriggerRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Trigger Schedule

        Trigger Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return self._transport.send_raw(request, options)

    async def trigger_schedule_async(
        self,
        *,
        schedule_id: str,
        body: WorkflowScheduleTriggerRequest | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Trigger Schedule

        Trigger Schedule

        Args:
            schedule_id (str):
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _trigger_schedule_v1_workflows_schedules_schedule_id_trigger_post,
            dict(
                schedule_id=schedule_id,
                body=body,
            ),
        )
        return await self._transport.send_raw_async(request, options)
