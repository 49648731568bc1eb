from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UpdateRunInfo")


class UpdateRunInfo:
    """
    Attributes:
        execution_time (datetime.datetime):
        chunks_count (int):
    """

    __slots__ = ("additional_properties", "chunks_count", "execution_time")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "execution_time",
        "chunks_count",
    )

    execution_time: datetime.datetime
    chunks_count: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        execution_time: datetime.datetime,
        chunks_count: int,
    ) -> None:
        self.execution_time = execution_time
        self.chunks_count = chunks_count
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        execution_time = self.execution_time.isoformat().replace("+00:00", "Z")

        chunks_count = self.chunks_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_time": execution_time,
                "chunks_count": chunks_count,
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
        execution_time = datetime.datetime.fromisoformat(d.pop("execution_time"))

        chunks_count = d.pop("chunks_count")

        update_run_info = cls(
            execution_time,
            chunks_count,
        )

        update_run_info.additional_properties = d
        return update_run_info

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
