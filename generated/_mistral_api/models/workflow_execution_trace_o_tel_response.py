from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tempo_get_trace_response import TempoGetTraceResponse
    from ..models.workflow_execution_status import WorkflowExecutionStatus
else:
    TempoGetTraceResponse = _Lazy(globals(), "tempo_get_trace_response", "TempoGetTraceResponse")
    WorkflowExecutionStatus = _Lazy(globals(), "workflow_execution_status", "WorkflowExecutionStatus")


T = TypeVar("T", bound="WorkflowExecutionTraceOTelResponse")


class WorkflowExecutionTraceOTelResponse:
    """
    Attributes:
        workflow_name (str): The name of the workflow
        execution_id (str): The ID of the workflow execution
        root_execution_id (str): The root execution ID of the workflow execution
        status (None | WorkflowExecutionStatus): The status of the workflow execution
        start_time (datetime.datetime): The start time of the workflow execution
        end_time (datetime.datetime | None): The end time of the workflow execution, if available
        result (Any | None): The result of the workflow execution, if available
        data_source (str): The data source of the trace
        workflow_id (None | Unset | UUID): The ID of the workflow
        deployment_name (None | str | Unset): The name of the deployment that ran this execution
        parent_execution_id (None | str | Unset): The parent execution ID of the workflow execution
        run_id (None | str | Unset): The unique run identifier (database UUID)
        user_id (None | str | Unset): The ID of the user who triggered the execution
        total_duration_ms (int | None | Unset): The total duration of the trace in milliseconds
        otel_trace_id (None | str | Unset): The ID of the trace
        otel_trace_data (None | TempoGetTraceResponse | Unset): The raw OpenTelemetry trace data
    """

    __slots__ = (
        "additional_properties",
        "data_source",
        "deployment_name",
        "end_time",
        "execution_id",
        "otel_trace_data",
        "otel_trace_id",
        "parent_execution_id",
        "result",
        "root_execution_id",
        "run_id",
        "start_time",
        "status",
        "total_duration_ms",
        "user_id",
        "workflow_id",
        "workflow_name",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workflow_name",
        "execution_id",
        "root_execution_id",
        "status",
        "start_time",
        "end_time",
        "result",
        "data_source",
        "workflow_id",
        "deployment_name",
        "parent_execution_id",
        "run_id",
        "user_id",
        "total_duration_ms",
        "otel_trace_id",
        "otel_trace_data",
    )

    workflow_name: str
    execution_id: str
    root_execution_id: str
    status: None | WorkflowExecutionStatus
    start_time: datetime.datetime
    end_time: datetime.datetime | None
    result: Any | None
    data_source: str
    workflow_id: None | Unset | UUID
    deployment_name: None | str | Unset
    parent_execution_id: None | str | Unset
    run_id: None | str | Unset
    user_id: None | str | Unset
    total_duration_ms: int | None | Unset
    otel_trace_id: None | str | Unset
    otel_trace_data: None | TempoGetTraceResponse | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow_name: str,
        execution_id: str,
        root_execution_id: str,
        status: None | WorkflowExecutionStatus,
        start_time: datetime.datetime,
        end_time: datetime.datetime | None,
        result: Any | None,
        data_source: str,
        workflow_id: None | Unset | UUID = UNSET,
        deployment_name: None | str | Unset = UNSET,
        parent_execution_id: None | str | Unset = UNSET,
        run_id: None | str | Unset = UNSET,
        user_id: None | str | Unset = UNSET,
        total_duration_ms: int | None | Unset = UNSET,
        otel_trace_id: None | str | Unset = UNSET,
        otel_trace_data: None | TempoGetTraceResponse | Unset = UNSET,
    ) -> None:
        self.workflow_name = workflow_name
        self.execution_id = execution_id
        self.root_execution_id = root_execution_id
        self.status = status
        self.start_time = start_time
        self.end_time = end_time
        self.result = result
        self.data_source = data_source
        self.workflow_id = workflow_id
        self.deployment_name = deployment_name
        self.parent_execution_id = parent_execution_id
        self.run_id = run_id
        self.user_id = user_id
        self.total_duration_ms = total_duration_ms
        self.otel_trace_id = otel_trace_id
        self.otel_trace_data = otel_trace_data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        workflow_name = self.workflow_name

        execution_id = self.execution_id

        root_execution_id = self.root_execution_id

        status: None | str
        if isinstance(self.status, WorkflowExecutionStatus):
            status = str(self.status)
        else:
            status = self.status

        start_time = self.start_time.isoformat().replace("+00:00", "Z")

        end_time: None | str
        if isinstance(self.end_time, datetime.datetime):
            end_time = self.end_time.isoformat().replace("+00:00", "Z")
        else:
            end_time = self.end_time

        result: Any | None
        result = self.result

        data_source = self.data_source

        workflow_id: None | str | Unset
        if isinstance(self.workflow_id, Unset):
            workflow_id = UNSET
        elif isinstance(self.workflow_id, UUID):
            workflow_id = str(self.workflow_id)
        else:
            workflow_id = self.workflow_id

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        parent_execution_id: None | str | Unset
        if isinstance(self.parent_execution_id, Unset):
            parent_execution_id = UNSET
        else:
            parent_execution_id = self.parent_execution_id

        run_id: None | str | Unset
        if isinstance(self.run_id, Unset):
            run_id = UNSET
        else:
            run_id = self.run_id

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        else:
            user_id = self.user_id

        total_duration_ms: int | None | Unset
        if isinstance(self.total_duration_ms, Unset):
            total_duration_ms = UNSET
        else:
            total_duration_ms = self.total_duration_ms

        otel_trace_id: None | str | Unset
        if isinstance(self.otel_trace_id, Unset):
            otel_trace_id = UNSET
        else:
            otel_trace_id = self.otel_trace_id

        try:
            otel_trace_data: dict[str, Any] | None | Unset
            if isinstance(self.otel_trace_data, Unset):
                otel_trace_data = UNSET
            elif isinstance(self.otel_trace_data, TempoGetTraceResponse):
                otel_trace_data = self.otel_trace_data.to_dict()
            else:
                otel_trace_data = self.otel_trace_data
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "otel_trace_data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_name": workflow_name,
                "execution_id": execution_id,
                "root_execution_id": root_execution_id,
                "status": status,
                "start_time": start_time,
                "end_time": end_time,
                "result": result,
                "data_source": data_source,
            }
        )
        if workflow_id is not UNSET:
            field_dict["workflow_id"] = workflow_id
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if parent_execution_id is not UNSET:
            field_dict["parent_execution_id"] = parent_execution_id
        if run_id is not UNSET:
            field_dict["run_id"] = run_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
        if total_duration_ms is not UNSET:
            field_dict["total_duration_ms"] = total_duration_ms
        if otel_trace_id is not UNSET:
            field_dict["otel_trace_id"] = otel_trace_id
        if otel_trace_data is not UNSET:
            field_dict["otel_trace_data"] = otel_trace_data

        return field_dict

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        workflow_name = d.pop("workflow_name")

        execution_id = d.pop("execution_id")

        root_execution_id = d.pop("root_execution_id")

        _status_data = d.pop("status")
        status: None | WorkflowExecutionStatus
        while True:  # one pass; each break is the generator's `return`
            if _status_data is None:
                status = _status_data
                break
            if isinstance(_status_data, str):
                try:
                    status_type_0 = WorkflowExecutionStatus(_status_data)

                    status = status_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            status = cast("None | WorkflowExecutionStatus", _status_data)
            break

        start_time = datetime.datetime.fromisoformat(d.pop("start_time"))

        _end_time_data = d.pop("end_time")
        end_time: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _end_time_data is None:
                end_time = _end_time_data
                break
            if isinstance(_end_time_data, str):
                try:
                    end_time_type_0 = datetime.datetime.fromisoformat(_end_time_data)

                    end_time = end_time_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            end_time = cast("datetime.datetime | None", _end_time_data)
            break

        result: Any | None = d.pop("result")

        data_source = d.pop("data_source")

        _workflow_id_data = d.pop("workflow_id", UNSET)
        workflow_id: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _workflow_id_data is None:
                workflow_id = _workflow_id_data
                break
            if isinstance(_workflow_id_data, Unset):
                workflow_id = _workflow_id_data
                break
            if isinstance(_workflow_id_data, str):
                try:
                    workflow_id_type_0 = UUID(_workflow_id_data)

                    workflow_id = workflow_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workflow_id = cast("None | Unset | UUID", _workflow_id_data)
            break

        deployment_name: None | str | Unset = d.pop("deployment_name", UNSET)

        parent_execution_id: None | str | Unset = d.pop("parent_execution_id", UNSET)

        run_id: None | str | Unset = d.pop("run_id", UNSET)

        user_id: None | str | Unset = d.pop("user_id", UNSET)

        total_duration_ms: int | None | Unset = d.pop("total_duration_ms", UNSET)

        otel_trace_id: None | str | Unset = d.pop("otel_trace_id", UNSET)

        _otel_trace_data_data = d.pop("otel_trace_data", UNSET)
        otel_trace_data: None | TempoGetTraceResponse | Unset
        while True:  # one pass; each break is the generator's `return`
            if _otel_trace_data_data is None:
                otel_trace_data = _otel_trace_data_data
                break
            if isinstance(_otel_trace_data_data, Unset):
                otel_trace_data = _otel_trace_data_data
                break
            if isinstance(_otel_trace_data_data, dict):
                try:
                    otel_trace_data_type_0 = TempoGetTraceResponse.from_dict(_otel_trace_data_data)

                    otel_trace_data = otel_trace_data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            otel_trace_data = cast("None | TempoGetTraceResponse | Unset", _otel_trace_data_data)
            break

        workflow_execution_trace_o_tel_response = cls(
            workflow_name,
            execution_id,
            root_execution_id,
            status,
            start_time,
            end_time,
            result,
            data_source,
            workflow_id,
            deployment_name,
            parent_execution_id,
            run_id,
            user_id,
            total_duration_ms,
            otel_trace_id,
            otel_trace_data,
        )

        workflow_execution_trace_o_tel_response.additional_properties = d
        return workflow_execution_trace_o_tel_response

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
