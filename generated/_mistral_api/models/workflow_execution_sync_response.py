from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkflowExecutionSyncResponse")


class WorkflowExecutionSyncResponse:
    """Response model for synchronous workflow execution

    Attributes:
        workflow_name (str): Name of the workflow that was executed
        execution_id (str): ID of the workflow execution
        result (Any): The result of the workflow execution
    """

    __slots__ = ("additional_properties", "execution_id", "result", "workflow_name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workflow_name",
        "execution_id",
        "result",
    )

    workflow_name: str
    execution_id: str
    result: Any
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow_name: str,
        execution_id: str,
        result: Any,
    ) -> None:
        self.workflow_name = workflow_name
        self.execution_id = execution_id
        self.result = result
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        workflow_name = self.workflow_name

        execution_id = self.execution_id

        result = self.result

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_name": workflow_name,
                "execution_id": execution_id,
                "result": result,
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
        workflow_name = d.pop("workflow_name")

        execution_id = d.pop("execution_id")

        result = d.pop("result")

        workflow_execution_sync_response = cls(
            workflow_name,
            execution_id,
            result,
        )

        workflow_execution_sync_response.additional_properties = d
        return workflow_execution_sync_response

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
