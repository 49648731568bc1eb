from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeSessionStat")


class VibeSessionStat:
    """
    Attributes:
        day (datetime.date):
        nb_sessions (int):
        nb_sessions_cli (int):
        nb_sessions_acp (int):
        nb_sessions_programmatic (int):
    """

    __slots__ = (
        "additional_properties",
        "day",
        "nb_sessions",
        "nb_sessions_acp",
        "nb_sessions_cli",
        "nb_sessions_programmatic",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "day",
        "nb_sessions",
        "nb_sessions_cli",
        "nb_sessions_acp",
        "nb_sessions_programmatic",
    )

    day: datetime.date
    nb_sessions: int
    nb_sessions_cli: int
    nb_sessions_acp: int
    nb_sessions_programmatic: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        day: datetime.date,
        nb_sessions: int,
        nb_sessions_cli: int,
        nb_sessions_acp: int,
        nb_sessions_programmatic: int,
    ) -> None:
        self.day = day
        self.nb_sessions = nb_sessions
        self.nb_sessions_cli = nb_sessions_cli
        self.nb_sessions_acp = nb_sessions_acp
        self.nb_sessions_programmatic = nb_sessions_programmatic
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        nb_sessions = self.nb_sessions

        nb_sessions_cli = self.nb_sessions_cli

        nb_sessions_acp = self.nb_sessions_acp

        nb_sessions_programmatic = self.nb_sessions_programmatic

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "nb_sessions": nb_sessions,
                "nb_sessions_cli": nb_sessions_cli,
                "nb_sessions_acp": nb_sessions_acp,
                "nb_sessions_programmatic": nb_sessions_programmatic,
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

        nb_sessions = d.pop("nb_sessions")

        nb_sessions_cli = d.pop("nb_sessions_cli")

        nb_sessions_acp = d.pop("nb_sessions_acp")

        nb_sessions_programmatic = d.pop("nb_sessions_programmatic")

        vibe_session_stat = cls(
            day,
            nb_sessions,
            nb_sessions_cli,
            nb_sessions_acp,
            nb_sessions_programmatic,
        )

        vibe_session_stat.additional_properties = d
        return vibe_session_stat

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
