from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.schedule_overlap_policy import ScheduleOverlapPolicy
else:
    ScheduleOverlapPolicy = _Lazy(globals(), "schedule_overlap_policy", "ScheduleOverlapPolicy")


T = TypeVar("T", bound="SchedulePolicy")


class SchedulePolicy:
    """
    Attributes:
        catchup_window_seconds (int | Unset): After a Temporal server is unavailable, amount of time in seconds in the
            past to execute missed actions. Default: 31536000.
        overlap (ScheduleOverlapPolicy | Unset): Controls what happens when a workflow would be started by a schedule
            but
            one is already running.
        pause_on_failure (bool | Unset): Whether to pause the schedule after a workflow failure. Default: False.
    """

    __slots__ = ("additional_properties", "catchup_window_seconds", "overlap", "pause_on_failure")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "catchup_window_seconds",
        "overlap",
        "pause_on_failure",
    )

    catchup_window_seconds: int | Unset
    overlap: ScheduleOverlapPolicy | Unset
    pause_on_failure: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        catchup_window_seconds: int | Unset = UNSET,
        overlap: ScheduleOverlapPolicy | Unset = UNSET,
        pause_on_failure: bool | Unset = UNSET,
    ) -> None:
        self.catchup_window_seconds = catchup_window_seconds
        self.overlap = overlap
        self.pause_on_failure = pause_on_failure
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        catchup_window_seconds = self.catchup_window_seconds

        overlap: int | Unset = UNSET
        if not isinstance(self.overlap, Unset):
            overlap = self.overlap.value

        pause_on_failure = self.pause_on_failure

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if catchup_window_seconds is not UNSET:
            field_dict["catchup_window_seconds"] = catchup_window_seconds
        if overlap is not UNSET:
            field_dict["overlap"] = overlap
        if pause_on_failure is not UNSET:
            field_dict["pause_on_failure"] = pause_on_failure

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
        catchup_window_seconds = d.pop("catchup_window_seconds", UNSET)

        _overlap = d.pop("overlap", UNSET)
        overlap: ScheduleOverlapPolicy | Unset
        if isinstance(_overlap, Unset):
            overlap = UNSET
        else:
            overlap = ScheduleOverlapPolicy(_overlap)

        pause_on_failure = d.pop("pause_on_failure", UNSET)

        schedule_policy = cls(
            catchup_window_seconds,
            overlap,
            pause_on_failure,
        )

        schedule_policy.additional_properties = d
        return schedule_policy

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
