from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeToolCallsStat")


class VibeToolCallsStat:
    """
    Attributes:
        day (datetime.date):
        total (int):
        status_success (int):
        status_failure (int):
        status_skipped (int):
        approval_ask (int):
        approval_always (int):
        approval_never (int):
    """

    __slots__ = (
        "additional_properties",
        "approval_always",
        "approval_ask",
        "approval_never",
        "day",
        "status_failure",
        "status_skipped",
        "status_success",
        "total",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "day",
        "total",
        "status_success",
        "status_failure",
        "status_skipped",
        "approval_ask",
        "approval_always",
        "approval_never",
    )

    day: datetime.date
    total: int
    status_success: int
    status_failure: int
    status_skipped: int
    approval_ask: int
    approval_always: int
    approval_never: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        day: datetime.date,
        total: int,
        status_success: int,
        status_failure: int,
        status_skipped: int,
        approval_ask: int,
        approval_always: int,
        approval_never: int,
    ) -> None:
        self.day = day
        self.total = total
        self.status_success = status_success
        self.status_failure = status_failure
        self.status_skipped = status_skipped
        self.approval_ask = approval_ask
        self.approval_always = approval_always
        self.approval_never = approval_never
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        total = self.total

        status_success = self.status_success

        status_failure = self.status_failure

        status_skipped = self.status_skipped

        approval_ask = self.approval_ask

        approval_always = self.approval_always

        approval_never = self.approval_never

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "total": total,
                "status_success": status_success,
                "status_failure": status_failure,
                "status_skipped": status_skipped,
                "approval_ask": approval_ask,
                "approval_always": approval_always,
                "approval_never": approval_never,
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
        day = datetime.date.fromisoformat(d.pop("day"))

        total = d.pop("total")

        status_success = d.pop("status_success")

        status_failure = d.pop("status_failure")

        status_skipped = d.pop("status_skipped")

        approval_ask = d.pop("approval_ask")

        approval_always = d.pop("approval_always")

        approval_never = d.pop("approval_never")

        vibe_tool_calls_stat = cls(
            day,
            total,
            status_success,
            status_failure,
            status_skipped,
            approval_ask,
            approval_always,
            approval_never,
        )

        vibe_tool_calls_stat.additional_properties = d
        return vibe_tool_calls_stat

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
