from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeNextEditModifiedLOCStat")


class VibeNextEditModifiedLOCStat:
    """
    Attributes:
        day (datetime.date):
        lines_inserted (int):
        lines_deleted (int):
        lines_unchanged (int):
        lines_total (int):
    """

    __slots__ = ("additional_properties", "day", "lines_deleted", "lines_inserted", "lines_total", "lines_unchanged")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "day",
        "lines_inserted",
        "lines_deleted",
        "lines_unchanged",
        "lines_total",
    )

    day: datetime.date
    lines_inserted: int
    lines_deleted: int
    lines_unchanged: int
    lines_total: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        day: datetime.date,
        lines_inserted: int,
        lines_deleted: int,
        lines_unchanged: int,
        lines_total: int,
    ) -> None:
        self.day = day
        self.lines_inserted = lines_inserted
        self.lines_deleted = lines_deleted
        self.lines_unchanged = lines_unchanged
        self.lines_total = lines_total
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        lines_inserted = self.lines_inserted

        lines_deleted = self.lines_deleted

        lines_unchanged = self.lines_unchanged

        lines_total = self.lines_total

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "lines_inserted": lines_inserted,
                "lines_deleted": lines_deleted,
                "lines_unchanged": lines_unchanged,
                "lines_total": lines_total,
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

        lines_inserted = d.pop("lines_inserted")

        lines_deleted = d.pop("lines_deleted")

        lines_unchanged = d.pop("lines_unchanged")

        lines_total = d.pop("lines_total")

        vibe_next_edit_modified_loc_stat = cls(
            day,
            lines_inserted,
            lines_deleted,
            lines_unchanged,
            lines_total,
        )

        vibe_next_edit_modified_loc_stat.additional_properties = d
        return vibe_next_edit_modified_loc_stat

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
