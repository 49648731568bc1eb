from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="WorkspaceSpendLimitOUT")


class WorkspaceSpendLimitOUT:
    """
    Attributes:
        value (float | None): Monthly spending limit for the Workspace.
        currency (None | str): Currency used for the Workspace spending limit.
        no_monthly_limit (bool | None): Whether the Workspace has no monthly spending limit.
    """

    __slots__ = ("additional_properties", "currency", "no_monthly_limit", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "value",
        "currency",
        "no_monthly_limit",
    )

    value: float | None
    currency: None | str
    no_monthly_limit: bool | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        value: float | None,
        currency: None | str,
        no_monthly_limit: bool | None,
    ) -> None:
        self.value = value
        self.currency = currency
        self.no_monthly_limit = no_monthly_limit
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        value: float | None
        value = self.value

        currency: None | str
        currency = self.currency

        no_monthly_limit: bool | None
        no_monthly_limit = self.no_monthly_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
                "currency": currency,
                "no_monthly_limit": no_monthly_limit,
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
        value: float | None = d.pop("value")

        currency: None | str = d.pop("currency")

        no_monthly_limit: bool | None = d.pop("no_monthly_limit")

        workspace_spend_limit_out = cls(
            value,
            currency,
            no_monthly_limit,
        )

        workspace_spend_limit_out.additional_properties = d
        return workspace_spend_limit_out

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
