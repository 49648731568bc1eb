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
    from ..models.vibe_work_by_time_stat import VibeWorkByTimeStat
else:
    VibeWorkByTimeStat = _Lazy(globals(), "vibe_work_by_time_stat", "VibeWorkByTimeStat")


T = TypeVar("T", bound="VibeWorkByTimeStatsOUT")


class VibeWorkByTimeStatsOUT:
    """
    Attributes:
        start_time (int): Start of the queried window, as a Unix timestamp in seconds.
        end_time (int): End of the queried window, as a Unix timestamp in seconds.
        data (list[VibeWorkByTimeStat]):
    """

    __slots__ = ("additional_properties", "data", "end_time", "start_time")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "start_time",
        "end_time",
        "data",
    )

    start_time: int
    end_time: int
    data: list[VibeWorkByTimeStat]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        start_time: int,
        end_time: int,
        data: list[VibeWorkByTimeStat],
    ) -> None:
        self.start_time = start_time
        self.end_time = end_time
        self.data = data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        start_time = self.start_time

        end_time = self.end_time

        try:
            data = []
            try:
                for data_item_data in self.data:
                    try:
                        data_item = data_item_data.to_dict()
                    except AttributeError:
                        if isinstance(data_item_data, VibeWorkByTimeStat):
                            raise
                        data_item = _as_dict(data_item_data, "VibeWorkByTimeStat")
                    data.append(data_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(data))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time": start_time,
                "end_time": end_time,
                "data": data,
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
        start_time = d.pop("start_time")

        end_time = d.pop("end_time")

        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = VibeWorkByTimeStat.from_dict(data_item_data)

            data.append(data_item)

        vibe_work_by_time_stats_out = cls(
            start_time,
            end_time,
            data,
        )

        vibe_work_by_time_stats_out.additional_properties = d
        return vibe_work_by_time_stats_out

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
