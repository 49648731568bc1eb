from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.partial_schedule_definition import PartialScheduleDefinition
else:
    PartialScheduleDefinition = _Lazy(globals(), "partial_schedule_definition", "PartialScheduleDefinition")


T = TypeVar("T", bound="WorkflowScheduleUpdateRequest")


class WorkflowScheduleUpdateRequest:
    """
    Attributes:
        schedule (PartialScheduleDefinition): Schedule definition for partial updates.

            All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-set
            fields are applied during an update; unset fields preserve the existing schedule values.
    """

    __slots__ = ("additional_properties", "schedule")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("schedule",)

    schedule: PartialScheduleDefinition
    additional_properties: dict[str, Any]

    def __init__(
        self,
        schedule: PartialScheduleDefinition,
    ) -> None:
        self.schedule = schedule
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                schedule = self.schedule.to_dict()
            except AttributeError:
                if isinstance(self.schedule, PartialScheduleDefinition):
                    raise
                schedule = _as_dict(self.schedule, "PartialScheduleDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "schedule")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
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
        schedule = PartialScheduleDefinition.from_dict(d.pop("schedule"))

        workflow_schedule_update_request = cls(
            schedule,
        )

        workflow_schedule_update_request.additional_properties = d
        return workflow_schedule_update_request

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
