from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TokenLimitsByModel")


class TokenLimitsByModel:
    """
    Attributes:
        tokens_per_minute (int): Maximum tokens allowed per minute.
        tokens_per_month (int): Maximum tokens allowed per month.
    """

    __slots__ = ("additional_properties", "tokens_per_minute", "tokens_per_month")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "tokens_per_minute",
        "tokens_per_month",
    )

    tokens_per_minute: int
    tokens_per_month: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tokens_per_minute: int,
        tokens_per_month: int,
    ) -> None:
        self.tokens_per_minute = tokens_per_minute
        self.tokens_per_month = tokens_per_month
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        tokens_per_minute = self.tokens_per_minute

        tokens_per_month = self.tokens_per_month

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tokens_per_minute": tokens_per_minute,
                "tokens_per_month": tokens_per_month,
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
        tokens_per_minute = d.pop("tokens_per_minute")

        tokens_per_month = d.pop("tokens_per_month")

        token_limits_by_model = cls(
            tokens_per_minute,
            tokens_per_month,
        )

        token_limits_by_model.additional_properties = d
        return token_limits_by_model

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
