from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkflowTaskTimedOutAttributes")


class WorkflowTaskTimedOutAttributes:
    """Attributes for workflow task timed out events.

    Attributes:
        task_id (str): Unique identifier for the task within the workflow execution.
        timeout_type (None | str | Unset): The type of timeout that occurred (e.g., 'START_TO_CLOSE',
            'SCHEDULE_TO_START').
    """

    __slots__ = ("additional_properties", "task_id", "timeout_type")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "task_id",
        "timeout_type",
    )

    task_id: str
    timeout_type: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_id: str,
        timeout_type: None | str | Unset = UNSET,
    ) -> None:
        self.task_id = task_id
        self.timeout_type = timeout_type
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        timeout_type: None | str | Unset
        if isinstance(self.timeout_type, Unset):
            timeout_type = UNSET
        else:
            timeout_type = self.timeout_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
            }
        )
        if timeout_type is not UNSET:
            field_dict["timeout_type"] = timeout_type

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
        task_id = d.pop("task_id")

        timeout_type: None | str | Unset = d.pop("timeout_type", UNSET)

        workflow_task_timed_out_attributes = cls(
            task_id,
            timeout_type,
        )

        workflow_task_timed_out_attributes.additional_properties = d
        return workflow_task_timed_out_attributes

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
