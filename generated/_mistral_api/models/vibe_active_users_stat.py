from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeActiveUsersStat")


class VibeActiveUsersStat:
    """
    Attributes:
        day (datetime.date):
        nb_active_users_total (int):
        nb_active_users_cli (int):
        nb_active_users_acp (int):
        nb_active_users_programmatic (int):
    """

    __slots__ = (
        "additional_properties",
        "day",
        "nb_active_users_acp",
        "nb_active_users_cli",
        "nb_active_users_programmatic",
        "nb_active_users_total",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "day",
        "nb_active_users_total",
        "nb_active_users_cli",
        "nb_active_users_acp",
        "nb_active_users_programmatic",
    )

    day: datetime.date
    nb_active_users_total: int
    nb_active_users_cli: int
    nb_active_users_acp: int
    nb_active_users_programmatic: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        day: datetime.date,
        nb_active_users_total: int,
        nb_active_users_cli: int,
        nb_active_users_acp: int,
        nb_active_users_programmatic: int,
    ) -> None:
        self.day = day
        self.nb_active_users_total = nb_active_users_total
        self.nb_active_users_cli = nb_active_users_cli
        self.nb_active_users_acp = nb_active_users_acp
        self.nb_active_users_programmatic = nb_active_users_programmatic
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        nb_active_users_total = self.nb_active_users_total

        nb_active_users_cli = self.nb_active_users_cli

        nb_active_users_acp = self.nb_active_users_acp

        nb_active_users_programmatic = self.nb_active_users_programmatic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "nb_active_users_total": nb_active_users_total,
                "nb_active_users_cli": nb_active_users_cli,
                "nb_active_users_acp": nb_active_users_acp,
                "nb_active_users_programmatic": nb_active_users_programmatic,
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

        nb_active_users_total = d.pop("nb_active_users_total")

        nb_active_users_cli = d.pop("nb_active_users_cli")

        nb_active_users_acp = d.pop("nb_active_users_acp")

        nb_active_users_programmatic = d.pop("nb_active_users_programmatic")

        vibe_active_users_stat = cls(
            day,
            nb_active_users_total,
            nb_active_users_cli,
            nb_active_users_acp,
            nb_active_users_programmatic,
        )

        vibe_active_users_stat.additional_properties = d
        return vibe_active_users_stat

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
