from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.schedule_range import ScheduleRange
else:
    ScheduleRange = _Lazy(globals(), "schedule_range", "ScheduleRange")


T = TypeVar("T", bound="ScheduleCalendar")


class ScheduleCalendar:
    """
    Attributes:
        second (list[ScheduleRange] | Unset):
        minute (list[ScheduleRange] | Unset):
        hour (list[ScheduleRange] | Unset):
        day_of_month (list[ScheduleRange] | Unset):
        month (list[ScheduleRange] | Unset):
        year (list[ScheduleRange] | Unset):
        day_of_week (list[ScheduleRange] | Unset):
        comment (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "comment",
        "day_of_month",
        "day_of_week",
        "hour",
        "minute",
        "month",
        "second",
        "year",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "second",
        "minute",
        "hour",
        "day_of_month",
        "month",
        "year",
        "day_of_week",
        "comment",
    )

    second: list[ScheduleRange] | Unset
    minute: list[ScheduleRange] | Unset
    hour: list[ScheduleRange] | Unset
    day_of_month: list[ScheduleRange] | Unset
    month: list[ScheduleRange] | Unset
    year: list[ScheduleRange] | Unset
    day_of_week: list[ScheduleRange] | Unset
    comment: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        second: list[ScheduleRange] | Unset = UNSET,
        minute: list[ScheduleRange] | Unset = UNSET,
        hour: list[ScheduleRange] | Unset = UNSET,
        day_of_month: list[ScheduleRange] | Unset = UNSET,
        month: list[ScheduleRange] | Unset = UNSET,
        year: list[ScheduleRange] | Unset = UNSET,
        day_of_week: list[ScheduleRange] | Unset = UNSET,
        comment: None | str | Unset = UNSET,
    ) -> None:
        self.second = second
        self.minute = minute
        self.hour = hour
        self.day_of_month = day_of_month
        self.month = month
        self.year = year
        self.day_of_week = day_of_week
        self.comment = comment
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            second: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.second, Unset):
                second = []
                try:
                    for second_item_data in self.second:
                        try:
                            second_item = second_item_data.to_dict()
                        except AttributeError:
                            if isinstance(second_item_data, ScheduleRange):
                                raise
                            second_item = _as_dict(second_item_data, "ScheduleRange")
                        second.append(second_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(second))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "second")
            raise

        try:
            minute: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.minute, Unset):
                minute = []
                try:
                    for minute_item_data in self.minute:
                        try:
                            minute_item = minute_item_data.to_dict()
                        except AttributeError:
                            if isinstance(minute_item_data, ScheduleRange):
                                raise
                            minute_item = _as_dict(minute_item_data, "ScheduleRange")
                        minute.append(minute_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(minute))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "minute")
            raise

        try:
            hour: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.hour, Unset):
                hour = []
                try:
                    for hour_item_data in self.hour:
                        try:
                            hour_item = hour_item_data.to_dict()
                        except AttributeError:
                            if isinstance(hour_item_data, ScheduleRange):
                                raise
                            hour_item = _as_dict(hour_item_data, "ScheduleRange")
                        hour.append(hour_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(hour))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "hour")
            raise

        try:
            day_of_month: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.day_of_month, Unset):
                day_of_month = []
                try:
                    for day_of_month_item_data in self.day_of_month:
                        try:
                            day_of_month_item = day_of_month_item_data.to_dict()
                        except AttributeError:
                            if isinstance(day_of_month_item_data, ScheduleRange):
                                raise
                            day_of_month_item = _as_dict(day_of_month_item_data, "ScheduleRange")
                        day_of_month.append(day_of_month_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(day_of_month))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "day_of_month")
            raise

        try:
            month: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.month, Unset):
                month = []
                try:
                    for month_item_data in self.month:
                        try:
                            month_item = month_item_data.to_dict()
                        except AttributeError:
                            if isinstance(month_item_data, ScheduleRange):
                                raise
                            month_item = _as_dict(month_item_data, "ScheduleRange")
                        month.append(month_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(month))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "month")
            raise

        try:
            year: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.year, Unset):
                year = []
                try:
                    for year_item_data in self.year:
                        try:
                            year_item = year_item_data.to_dict()
                        except AttributeError:
                            if isinstance(year_item_data, ScheduleRange):
                                raise
                            year_item = _as_dict(year_item_data, "ScheduleRange")
                        year.append(year_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(year))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "year")
            raise

        try:
            day_of_week: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.day_of_week, Unset):
                day_of_week = []
                try:
                    for day_of_week_item_data in self.day_of_week:
                        try:
                            day_of_week_item = day_of_week_item_data.to_dict()
                        except AttributeError:
                            if isinstance(day_of_week_item_data, ScheduleRange):
                                raise
                            day_of_week_item = _as_dict(day_of_week_item_data, "ScheduleRange")
                        day_of_week.append(day_of_week_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(day_of_week))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "day_of_week")
            raise

        comment: None | str | Unset
        if isinstance(self.comment, Unset):
            comment = UNSET
        else:
            comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if second is not UNSET:
            field_dict["second"] = second
        if minute is not UNSET:
            field_dict["minute"] = minute
        if hour is not UNSET:
            field_dict["hour"] = hour
        if day_of_month is not UNSET:
            field_dict["day_of_month"] = day_of_month
        if month is not UNSET:
            field_dict["month"] = month
        if year is not UNSET:
            field_dict["year"] = year
        if day_of_week is not UNSET:
            field_dict["day_of_week"] = day_of_week
        if comment is not UNSET:
            field_dict["comment"] = comment

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
        _second = d.pop("second", UNSET)
        second: list[ScheduleRange] | Unset = UNSET
        if _second is not UNSET:
            second = []
            for second_item_data in _second:
                second_item = ScheduleRange.from_dict(second_item_data)

                second.append(second_item)

        _minute = d.pop("minute", UNSET)
        minute: list[ScheduleRange] | Unset = UNSET
        if _minute is not UNSET:
            minute = []
            for minute_item_data in _minute:
                minute_item = ScheduleRange.from_dict(minute_item_data)

                minute.append(minute_item)

        _hour = d.pop("hour", UNSET)
        hour: list[ScheduleRange] | Unset = UNSET
        if _hour is not UNSET:
            hour = []
            for hour_item_data in _hour:
                hour_item = ScheduleRange.from_dict(hour_item_data)

                hour.append(hour_item)

        _day_of_month = d.pop("day_of_month", UNSET)
        day_of_month: list[ScheduleRange] | Unset = UNSET
        if _day_of_month is not UNSET:
            day_of_month = []
            for day_of_month_item_data in _day_of_month:
                day_of_month_item = ScheduleRange.from_dict(day_of_month_item_data)

                day_of_month.append(day_of_month_item)

        _month = d.pop("month", UNSET)
        month: list[ScheduleRange] | Unset = UNSET
        if _month is not UNSET:
            month = []
            for month_item_data in _month:
                month_item = ScheduleRange.from_dict(month_item_data)

                month.append(month_item)

        _year = d.pop("year", UNSET)
        year: list[ScheduleRange] | Unset = UNSET
        if _year is not UNSET:
            year = []
            for year_item_data in _year:
                year_item = ScheduleRange.from_dict(year_item_data)

                year.append(year_item)

        _day_of_week = d.pop("day_of_week", UNSET)
        day_of_week: list[ScheduleRange] | Unset = UNSET
        if _day_of_week is not UNSET:
            day_of_week = []
            for day_of_week_item_data in _day_of_week:
                day_of_week_item = ScheduleRange.from_dict(day_of_week_item_data)

                day_of_week.append(day_of_week_item)

        comment: None | str | Unset = d.pop("comment", UNSET)

        schedule_calendar = cls(
            second,
            minute,
            hour,
            day_of_month,
            month,
            year,
            day_of_week,
            comment,
        )

        schedule_calendar.additional_properties = d
        return schedule_calendar

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
