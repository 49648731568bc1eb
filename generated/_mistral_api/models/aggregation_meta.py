from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AggregationMeta")


class AggregationMeta:
    """
    Attributes:
        from_timestamp (datetime.datetime):
        to_timestamp (datetime.datetime):
        granularity_seconds (int | None | Unset):
    """

    __slots__ = ("additional_properties", "from_timestamp", "granularity_seconds", "to_timestamp")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "from_timestamp",
        "to_timestamp",
        "granularity_seconds",
    )

    from_timestamp: datetime.datetime
    to_timestamp: datetime.datetime
    granularity_seconds: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        from_timestamp: datetime.datetime,
        to_timestamp: datetime.datetime,
        granularity_seconds: int | None | Unset = UNSET,
    ) -> None:
        self.from_timestamp = from_timestamp
        self.to_timestamp = to_timestamp
        self.granularity_seconds = granularity_seconds
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        from_timestamp = self.from_timestamp.isoformat().replace("+00:00", "Z")

        to_timestamp = self.to_timestamp.isoformat().replace("+00:00", "Z")

        granularity_seconds: int | None | Unset
        if isinstance(self.granularity_seconds, Unset):
            granularity_seconds = UNSET
        else:
            granularity_seconds = self.granularity_seconds

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_timestamp": from_timestamp,
                "to_timestamp": to_timestamp,
            }
        )
        if granularity_seconds is not UNSET:
            field_dict["granularity_seconds"] = granularity_seconds

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
        from_timestamp = datetime.datetime.fromisoformat(d.pop("from_timestamp"))

        to_timestamp = datetime.datetime.fromisoformat(d.pop("to_timestamp"))

        granularity_seconds: int | None | Unset = d.pop("granularity_seconds", UNSET)

        aggregation_meta = cls(
            from_timestamp,
            to_timestamp,
            granularity_seconds,
        )

        aggregation_meta.additional_properties = d
        return aggregation_meta

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
