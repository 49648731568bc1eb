from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.schedule_calendar import ScheduleCalendar
    from ..models.schedule_interval import ScheduleInterval
    from ..models.schedule_policy import SchedulePolicy
else:
    ScheduleCalendar = _Lazy(globals(), "schedule_calendar", "ScheduleCalendar")
    ScheduleInterval = _Lazy(globals(), "schedule_interval", "ScheduleInterval")
    SchedulePolicy = _Lazy(globals(), "schedule_policy", "SchedulePolicy")


T = TypeVar("T", bound="PartialScheduleDefinition")


class PartialScheduleDefinition:
    """Schedule definition for partial updates.

    All fields are optional (inherited from _ScheduleRequestBase). Only explicitly-set
    fields are applied during an update; unset fields preserve the existing schedule values.

        Attributes:
            input_ (Any | Unset): Input to provide to the workflow when starting it.
            calendars (list[ScheduleCalendar] | Unset): Calendar-based specification of times.
            intervals (list[ScheduleInterval] | Unset): Interval-based specification of times.
            cron_expressions (list[str] | Unset): Cron-based specification of times.
            skip (list[ScheduleCalendar] | Unset): Set of calendar times to skip.
            start_at (datetime.datetime | None | Unset): Time after which the first action may be run.
            end_at (datetime.datetime | None | Unset): Time after which no more actions will be run.
            jitter (None | str | Unset): Jitter to apply each action.

                An action's scheduled time will be incremented by a random value between 0
                and this value if present (but not past the next schedule).
            time_zone_name (None | str | Unset): IANA time zone name, for example ``US/Central``.
            policy (SchedulePolicy | Unset):
            max_executions (int | None | Unset): Maximum number of times this schedule will trigger a workflow execution.
                Once this limit is reached, no further executions are triggered automatically. null means unlimited.
    """

    __slots__ = (
        "additional_properties",
        "calendars",
        "cron_expressions",
        "end_at",
        "input_",
        "intervals",
        "jitter",
        "max_executions",
        "policy",
        "skip",
        "start_at",
        "time_zone_name",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "input_",
        "calendars",
        "intervals",
        "cron_expressions",
        "skip",
        "start_at",
        "end_at",
        "jitter",
        "time_zone_name",
        "policy",
        "max_executions",
    )

    input_: Any | Unset
    calendars: list[ScheduleCalendar] | Unset
    intervals: list[ScheduleInterval] | Unset
    cron_expressions: list[str] | Unset
    skip: list[ScheduleCalendar] | Unset
    start_at: datetime.datetime | None | Unset
    end_at: datetime.datetime | None | Unset
    jitter: None | str | Unset
    time_zone_name: None | str | Unset
    policy: SchedulePolicy | Unset
    max_executions: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_: Any | Unset = UNSET,
        calendars: list[ScheduleCalendar] | Unset = UNSET,
        intervals: list[ScheduleInterval] | Unset = UNSET,
        cron_expressions: list[str] | Unset = UNSET,
        skip: list[ScheduleCalendar] | Unset = UNSET,
        start_at: datetime.datetime | None | Unset = UNSET,
        end_at: datetime.datetime | None | Unset = UNSET,
        jitter: None | str | Unset = UNSET,
        time_zone_name: None | str | Unset = UNSET,
        policy: SchedulePolicy | Unset = UNSET,
        max_executions: int | None | Unset = UNSET,
    ) -> None:
        self.input_ = input_
        self.calendars = calendars
        self.intervals = intervals
        self.cron_expressions = cron_expressions
        self.skip = skip
        self.start_at = start_at
        self.end_at = end_at
        self.jitter = jitter
        self.time_zone_name = time_zone_name
        self.policy = policy
        self.max_executions = max_executions
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        try:
            calendars: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.calendars, Unset):
                calendars = []
                try:
                    for calendars_item_data in self.calendars:
                        try:
                            calendars_item = calendars_item_data.to_dict()
                        except AttributeError:
                            if isinstance(calendars_item_data, ScheduleCalendar):
                                raise
                            calendars_item = _as_dict(calendars_item_data, "ScheduleCalendar")
                        calendars.append(calendars_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(calendars))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "calendars")
            raise

        try:
            intervals: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.intervals, Unset):
                intervals = []
                try:
                    for intervals_item_data in self.intervals:
                        try:
                            intervals_item = intervals_item_data.to_dict()
                        except AttributeError:
                            if isinstance(intervals_item_data, ScheduleInterval):
                                raise
                            intervals_item = _as_dict(intervals_item_data, "ScheduleInterval")
                        intervals.append(intervals_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(intervals))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "intervals")
            raise

        cron_expressions: list[str] | Unset = UNSET
        if not isinstance(self.cron_expressions, Unset):
            cron_expressions = self.cron_expressions

        try:
            skip: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.skip, Unset):
                skip = []
                try:
                    for skip_item_data in self.skip:
                        try:
                            skip_item = skip_item_data.to_dict()
                        except AttributeError:
                            if isinstance(skip_item_data, ScheduleCalendar):
                                raise
                            skip_item = _as_dict(skip_item_data, "ScheduleCalendar")
                        skip.append(skip_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(skip))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "skip")
            raise

        start_at: None | str | Unset
        if isinstance(self.start_at, Unset):
            start_at = UNSET
        elif isinstance(self.start_at, datetime.datetime):
            start_at = self.start_at.isoformat().replace("+00:00", "Z")
        else:
            start_at = self.start_at

        end_at: None | str | Unset
        if isinstance(self.end_at, Unset):
            end_at = UNSET
        elif isinstance(self.end_at, datetime.datetime):
            end_at = self.end_at.isoformat().replace("+00:00", "Z")
        else:
            end_at = self.end_at

        jitter: None | str | Unset
        if isinstance(self.jitter, Unset):
            jitter = UNSET
        else:
            jitter = self.jitter

        time_zone_name: None | str | Unset
        if isinstance(self.time_zone_name, Unset):
            time_zone_name = UNSET
        else:
            time_zone_name = self.time_zone_name

        try:
            policy: dict[str, Any] | Unset = UNSET
            if not isinstance(self.policy, Unset):
                try:
                    policy = self.policy.to_dict()
                except AttributeError:
                    if isinstance(self.policy, SchedulePolicy):
                        raise
                    policy = _as_dict(self.policy, "SchedulePolicy")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "policy")
            raise

        max_executions: int | None | Unset
        if isinstance(self.max_executions, Unset):
            max_executions = UNSET
        else:
            max_executions = self.max_executions

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if input_ is not UNSET:
            field_dict["input"] = input_
        if calendars is not UNSET:
            field_dict["calendars"] = calendars
        if intervals is not UNSET:
            field_dict["intervals"] = intervals
        if cron_expressions is not UNSET:
            field_dict["cron_expressions"] = cron_expressions
        if skip is not UNSET:
            field_dict["skip"] = skip
        if start_at is not UNSET:
            field_dict["start_at"] = start_at
        if end_at is not UNSET:
            field_dict["end_at"] = end_at
        if jitter is not UNSET:
            field_dict["jitter"] = jitter
        if time_zone_name is not UNSET:
            field_dict["time_zone_name"] = time_zone_name
        if policy is not UNSET:
            field_dict["policy"] = policy
        if max_executions is not UNSET:
            field_dict["max_executions"] = max_executions

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
        input_ = d.pop("input", UNSET)

        _calendars = d.pop("calendars", UNSET)
        calendars: list[ScheduleCalendar] | Unset = UNSET
        if _calendars is not UNSET:
            calendars = []
            for calendars_item_data in _calendars:
                calendars_item = ScheduleCalendar.from_dict(calendars_item_data)

                calendars.append(calendars_item)

        _intervals = d.pop("intervals", UNSET)
        intervals: list[ScheduleInterval] | Unset = UNSET
        if _intervals is not UNSET:
            intervals = []
            for intervals_item_data in _intervals:
                intervals_item = ScheduleInterval.from_dict(intervals_item_data)

                intervals.append(intervals_item)

        cron_expressions = cast(list[str], d.pop("cron_expressions", UNSET))

        _skip = d.pop("skip", UNSET)
        skip: list[ScheduleCalendar] | Unset = UNSET
        if _skip is not UNSET:
            skip = []
            for skip_item_data in _skip:
                skip_item = ScheduleCalendar.from_dict(skip_item_data)

                skip.append(skip_item)

        _start_at_data = d.pop("start_at", UNSET)
        start_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _start_at_data is None:
                start_at = _start_at_data
                break
            if isinstance(_start_at_data, Unset):
                start_at = _start_at_data
                break
            if isinstance(_start_at_data, str):
                try:
                    start_at_type_0 = datetime.datetime.fromisoformat(_start_at_data)

                    start_at = start_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            start_at = cast("datetime.datetime | None | Unset", _start_at_data)
            break

        _end_at_data = d.pop("end_at", UNSET)
        end_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _end_at_data is None:
                end_at = _end_at_data
                break
            if isinstance(_end_at_data, Unset):
                end_at = _end_at_data
                break
            if isinstance(_end_at_data, str):
                try:
                    end_at_type_0 = datetime.datetime.fromisoformat(_end_at_data)

                    end_at = end_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            end_at = cast("datetime.datetime | None | Unset", _end_at_data)
            break

        jitter: None | str | Unset = d.pop("jitter", UNSET)

        time_zone_name: None | str | Unset = d.pop("time_zone_name", UNSET)

        _policy = d.pop("policy", UNSET)
        policy: SchedulePolicy | Unset
        if isinstance(_policy, Unset):
            policy = UNSET
        else:
            policy = SchedulePolicy.from_dict(_policy)

        max_executions: int | None | Unset = d.pop("max_executions", UNSET)

        partial_schedule_definition = cls(
            input_,
            calendars,
            intervals,
            cron_expressions,
            skip,
            start_at,
            end_at,
            jitter,
            time_zone_name,
            policy,
            max_executions,
        )

        partial_schedule_definition.additional_properties = d
        return partial_schedule_definition

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
