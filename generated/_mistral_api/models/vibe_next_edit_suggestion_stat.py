from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeNextEditSuggestionStat")


class VibeNextEditSuggestionStat:
    """
    Attributes:
        day (datetime.date):
        total_suggestions (int):
        outcome_accepted (int):
        outcome_rejected (int):
        outcome_timeout (int):
        outcome_aborted (int):
        outcome_dismissed (int):
        force_generated_true (int):
        force_generated_false (int):
        surface_widget (int):
        surface_ghost_text (int):
    """

    __slots__ = (
        "additional_properties",
        "day",
        "force_generated_false",
        "force_generated_true",
        "outcome_aborted",
        "outcome_accepted",
        "outcome_dismissed",
        "outcome_rejected",
        "outcome_timeout",
        "surface_ghost_text",
        "surface_widget",
        "total_suggestions",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "day",
        "total_suggestions",
        "outcome_accepted",
        "outcome_rejected",
        "outcome_timeout",
        "outcome_aborted",
        "outcome_dismissed",
        "force_generated_true",
        "force_generated_false",
        "surface_widget",
        "surface_ghost_text",
    )

    day: datetime.date
    total_suggestions: int
    outcome_accepted: int
    outcome_rejected: int
    outcome_timeout: int
    outcome_aborted: int
    outcome_dismissed: int
    force_generated_true: int
    force_generated_false: int
    surface_widget: int
    surface_ghost_text: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        day: datetime.date,
        total_suggestions: int,
        outcome_accepted: int,
        outcome_rejected: int,
        outcome_timeout: int,
        outcome_aborted: int,
        outcome_dismissed: int,
        force_generated_true: int,
        force_generated_false: int,
        surface_widget: int,
        surface_ghost_text: int,
    ) -> None:
        self.day = day
        self.total_suggestions = total_suggestions
        self.outcome_accepted = outcome_accepted
        self.outcome_rejected = outcome_rejected
        self.outcome_timeout = outcome_timeout
        self.outcome_aborted = outcome_aborted
        self.outcome_dismissed = outcome_dismissed
        self.force_generated_true = force_generated_true
        self.force_generated_false = force_generated_false
        self.surface_widget = surface_widget
        self.surface_ghost_text = surface_ghost_text
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        total_suggestions = self.total_suggestions

        outcome_accepted = self.outcome_accepted

        outcome_rejected = self.outcome_rejected

        outcome_timeout = self.outcome_timeout

        outcome_aborted = self.outcome_aborted

        outcome_dismissed = self.outcome_dismissed

        force_generated_true = self.force_generated_true

        force_generated_false = self.force_generated_false

        surface_widget = self.surface_widget

        surface_ghost_text = self.surface_ghost_text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "total_suggestions": total_suggestions,
                "outcome_accepted": outcome_accepted,
                "outcome_rejected": outcome_rejected,
                "outcome_timeout": outcome_timeout,
                "outcome_aborted": outcome_aborted,
                "outcome_dismissed": outcome_dismissed,
                "force_generated_true": force_generated_true,
                "force_generated_false": force_generated_false,
                "surface_widget": surface_widget,
                "surface_ghost_text": surface_ghost_text,
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

        total_suggestions = d.pop("total_suggestions")

        outcome_accepted = d.pop("outcome_accepted")

        outcome_rejected = d.pop("outcome_rejected")

        outcome_timeout = d.pop("outcome_timeout")

        outcome_aborted = d.pop("outcome_aborted")

        outcome_dismissed = d.pop("outcome_dismissed")

        force_generated_true = d.pop("force_generated_true")

        force_generated_false = d.pop("force_generated_false")

        surface_widget = d.pop("surface_widget")

        surface_ghost_text = d.pop("surface_ghost_text")

        vibe_next_edit_suggestion_stat = cls(
            day,
            total_suggestions,
            outcome_accepted,
            outcome_rejected,
            outcome_timeout,
            outcome_aborted,
            outcome_dismissed,
            force_generated_true,
            force_generated_false,
            surface_widget,
            surface_ghost_text,
        )

        vibe_next_edit_suggestion_stat.additional_properties = d
        return vibe_next_edit_suggestion_stat

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
