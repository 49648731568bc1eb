from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VibeConsumedTokensStat")


class VibeConsumedTokensStat:
    """
    Attributes:
        day (datetime.date):
        model (str):
        cached_tokens (int):
        input_tokens (int):
        output_tokens (int):
    """

    __slots__ = ("additional_properties", "cached_tokens", "day", "input_tokens", "model", "output_tokens")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "day",
        "model",
        "cached_tokens",
        "input_tokens",
        "output_tokens",
    )

    day: datetime.date
    model: str
    cached_tokens: int
    input_tokens: int
    output_tokens: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        day: datetime.date,
        model: str,
        cached_tokens: int,
        input_tokens: int,
        output_tokens: int,
    ) -> None:
        self.day = day
        self.model = model
        self.cached_tokens = cached_tokens
        self.input_tokens = input_tokens
        self.output_tokens = output_tokens
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        day = self.day.isoformat()

        model = self.model

        cached_tokens = self.cached_tokens

        input_tokens = self.input_tokens

        output_tokens = self.output_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "day": day,
                "model": model,
                "cached_tokens": cached_tokens,
                "input_tokens": input_tokens,
                "output_tokens": output_tokens,
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

        model = d.pop("model")

        cached_tokens = d.pop("cached_tokens")

        input_tokens = d.pop("input_tokens")

        output_tokens = d.pop("output_tokens")

        vibe_consumed_tokens_stat = cls(
            day,
            model,
            cached_tokens,
            input_tokens,
            output_tokens,
        )

        vibe_consumed_tokens_stat.additional_properties = d
        return vibe_consumed_tokens_stat

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
