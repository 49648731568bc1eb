from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ScheduleRecentExecution")


class ScheduleRecentExecution:
    """
    Attributes:
        scheduled_at (datetime.datetime): Time the execution was scheduled to run.
        started_at (datetime.datetime): Actual time the execution started.
        execution_id (str): ID of the workflow execution that was started.
    """

    __slots__ = ("additional_properties", "execution_id", "scheduled_at", "started_at")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "scheduled_at",
        "started_at",
        "execution_id",
    )

    scheduled_at: datetime.datetime
    started_at: datetime.datetime
    execution_id: str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        scheduled_at: datetime.datetime,
        started_at: datetime.datetime,
        execution_id: str,
    ) -> None:
        self.scheduled_at = scheduled_at
        self.started_at = started_at
        self.execution_id = execution_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        scheduled_at = self.scheduled_at.isoformat().replace("+00:00", "Z")

        started_at = self.started_at.isoformat().replace("+00:00", "Z")

        execution_id = self.execution_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "scheduled_at": scheduled_at,
                "started_at": started_at,
                "execution_id": execution_id,
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
        scheduled_at = datetime.datetime.fromisoformat(d.pop("scheduled_at"))

        started_at = datetime.datetime.fromisoformat(d.pop("started_at"))

        execution_id = d.pop("execution_id")

        schedule_recent_execution = cls(
            scheduled_at,
            started_at,
            execution_id,
        )

        schedule_recent_execution.additional_properties = d
        return schedule_recent_execution

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
