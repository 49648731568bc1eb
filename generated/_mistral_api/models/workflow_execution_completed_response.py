from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workflow_execution_completed_attributes_response import WorkflowExecutionCompletedAttributesResponse
else:
    WorkflowExecutionCompletedAttributesResponse = _Lazy(
        globals(), "workflow_execution_completed_attributes_response", "WorkflowExecutionCompletedAttributesResponse"
    )


T = TypeVar("T", bound="WorkflowExecutionCompletedResponse")


class WorkflowExecutionCompletedResponse:
    """Emitted when a workflow execution completes successfully.

    This is a terminal event indicating the workflow finished without errors.

        Attributes:
            event_id (str): Unique identifier for this event instance.
            event_timestamp (int): Unix timestamp in nanoseconds when the event was created.
            root_workflow_exec_id (str): Execution ID of the root workflow that initiated this execution chain.
            parent_workflow_exec_id (None | str): Execution ID of the parent workflow that initiated this execution. If this
                is a root workflow, this field is not set.
            continued_run_id (None | str): Run ID of the execution this run continued from. Non-null for continue-as-new
                runs.
            first_execution_run_id (None | str): Run ID of the first execution in this workflow chain. Equals
                workflow_run_id on fresh starts and resets (chain anchor resets on reset); differs on CAN and Retry runs where
                it stays anchored to the original first run.
            schedule_id (None | str): Temporal schedule ID that triggered this execution, if any.
            workflow_exec_id (str): Execution ID of the workflow that emitted this event.
            workflow_run_id (str): Run ID of the workflow execution. Changes on continue-as-new while workflow_exec_id stays
                the same.
            workflow_name (str): The registered name of the workflow that emitted this event.
            event_type (Literal['WORKFLOW_EXECUTION_COMPLETED']): Event type discriminator. Default:
                'WORKFLOW_EXECUTION_COMPLETED'.
            attributes (WorkflowExecutionCompletedAttributesResponse): Attributes for workflow execution completed events.
    """

    __slots__ = (
        "additional_properties",
        "attributes",
        "continued_run_id",
        "event_id",
        "event_timestamp",
        "event_type",
        "first_execution_run_id",
        "parent_workflow_exec_id",
        "root_workflow_exec_id",
        "schedule_id",
        "workflow_exec_id",
        "workflow_name",
        "workflow_run_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event_id",
        "event_timestamp",
        "root_workflow_exec_id",
        "parent_workflow_exec_id",
        "continued_run_id",
        "first_execution_run_id",
        "schedule_id",
        "workflow_exec_id",
        "workflow_run_id",
        "workflow_name",
        "attributes",
        "event_type",
    )

    event_id: str
    event_timestamp: int
    root_workflow_exec_id: str
    parent_workflow_exec_id: None | str
    continued_run_id: None | str
    first_execution_run_id: None | str
    schedule_id: None | str
    workflow_exec_id: str
    workflow_run_id: str
    workflow_name: str
    attributes: WorkflowExecutionCompletedAttributesResponse
    event_type: Literal["WORKFLOW_EXECUTION_COMPLETED"]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event_id: str,
        event_timestamp: int,
        root_workflow_exec_id: str,
        parent_workflow_exec_id: None | str,
        continued_run_id: None | str,
        first_execution_run_id: None | str,
        schedule_id: None | str,
        workflow_exec_id: str,
        workflow_run_id: str,
        workflow_name: str,
        attributes: WorkflowExecutionCompletedAttributesResponse,
        event_type: Literal["WORKFLOW_EXECUTION_COMPLETED"] = "WORKFLOW_EXECUTION_COMPLETED",
    ) -> None:
        self.event_id = event_id
        self.event_timestamp = event_timestamp
        self.root_workflow_exec_id = root_workflow_exec_id
        self.parent_workflow_exec_id = parent_workflow_exec_id
        self.continued_run_id = continued_run_id
        self.first_execution_run_id = first_execution_run_id
        self.schedule_id = schedule_id
        self.workflow_exec_id = workflow_exec_id
        self.workflow_run_id = workflow_run_id
        self.workflow_name = workflow_name
        self.attributes = attributes
        self.event_type = event_type
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        event_timestamp = self.event_timestamp

        root_workflow_exec_id = self.root_workflow_exec_id

        parent_workflow_exec_id: None | str
        parent_workflow_exec_id = self.parent_workflow_exec_id

        continued_run_id: None | str
        continued_run_id = self.continued_run_id

        first_execution_run_id: None | str
        first_execution_run_id = self.first_execution_run_id

        schedule_id: None | str
        schedule_id = self.schedule_id

        workflow_exec_id = self.workflow_exec_id

        workflow_run_id = self.workflow_run_id

        workflow_name = self.workflow_name

        event_type = self.event_type

        try:
            try:
                attributes = self.attributes.to_dict()
            except AttributeError:
                if isinstance(self.attributes, WorkflowExecutionCompletedAttributesResponse):
                    raise
                attributes = _as_dict(self.attributes, "WorkflowExecutionCompletedAttributesResponse")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "event_timestamp": event_timestamp,
                "root_workflow_exec_id": root_workflow_exec_id,
                "parent_workflow_exec_id": parent_workflow_exec_id,
                "continued_run_id": continued_run_id,
                "first_execution_run_id": first_execution_run_id,
                "schedule_id": schedule_id,
                "workflow_exec_id": workflow_exec_id,
                "workflow_run_id": workflow_run_id,
                "workflow_name": workflow_name,
                "event_type": event_type,
                "attributes": attributes,
            }
        )

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
        event_id = d.pop("event_id")

        event_timestamp = d.pop("event_timestamp")

        root_workflow_exec_id = d.pop("root_workflow_exec_id")

        parent_workflow_exec_id: None | str = d.pop("parent_workflow_exec_id")

        continued_run_id: None | str = d.pop("continued_run_id")

        first_execution_run_id: None | str = d.pop("first_execution_run_id")

        schedule_id: None | str = d.pop("schedule_id")

        workflow_exec_id = d.pop("workflow_exec_id")

        workflow_run_id = d.pop("workflow_run_id")

        workflow_name = d.pop("workflow_name")

        event_type = cast(Literal["WORKFLOW_EXECUTION_COMPLETED"], d.pop("event_type"))
        if event_type != "WORKFLOW_EXECUTION_COMPLETED":
            raise ValueError(f"event_type must match const 'WORKFLOW_EXECUTION_COMPLETED', got '{event_type}'")

        attributes = WorkflowExecutionCompletedAttributesResponse.from_dict(d.pop("attributes"))

        workflow_execution_completed_response = cls(
            event_id,
            event_timestamp,
            root_workflow_exec_id,
            parent_workflow_exec_id,
            continued_run_id,
            first_execution_run_id,
            schedule_id,
            workflow_exec_id,
            workflow_run_id,
            workflow_name,
            attributes,
            event_type,
        )

        workflow_execution_completed_response.additional_properties = d
        return workflow_execution_completed_response

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
