from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.schedule_overlap_policy import ScheduleOverlapPolicy
else:
    ScheduleOverlapPolicy = _Lazy(globals(), "schedule_overlap_policy", "ScheduleOverlapPolicy")


T = TypeVar("T", bound="WorkflowScheduleTriggerRequest")


class WorkflowScheduleTriggerRequest:
    """
    Attributes:
        overlap (None | ScheduleOverlapPolicy | Unset): Optional overlap policy override to use for the immediate
            trigger.
    """

    __slots__ = ("additional_properties", "overlap")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("overlap",)

    overlap: None | ScheduleOverlapPolicy | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        overlap: None | ScheduleOverlapPolicy | Unset = UNSET,
    ) -> None:
        self.overlap = overlap
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        overlap: int | None | Unset
        if isinstance(self.overlap, Unset):
            overlap = UNSET
        elif isinstance(self.overlap, ScheduleOverlapPolicy):
            overlap = self.overlap.value
        else:
            overlap = self.overlap

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if overlap is not UNSET:
            field_dict["overlap"] = overlap

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
        _overlap_data = d.pop("overlap", UNSET)
        overlap: None | ScheduleOverlapPolicy | Unset
        while True:  # one pass; each break is the generator's `return`
            if _overlap_data is None:
                overlap = _overlap_data
                break
            if isinstance(_overlap_data, Unset):
                overlap = _overlap_data
                break
            if isinstance(_overlap_data, int):
                try:
                    overlap_type_0 = ScheduleOverlapPolicy(_overlap_data)

                    overlap = overlap_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            overlap = cast("None | ScheduleOverlapPolicy | Unset", _overlap_data)
            break

        workflow_schedule_trigger_request = cls(
            overlap,
        )

        workflow_schedule_trigger_request.additional_properties = d
        return workflow_schedule_trigger_request

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
