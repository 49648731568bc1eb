from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UsageLimits")


class UsageLimits:
    """
    Attributes:
        monthly_limit_reached (bool): Whether the monthly usage limit has been reached.
        no_monthly_limit (bool | Unset): Whether no monthly usage limit is configured. Default: False.
        usage (float | None | Unset): Current usage counted against the limit.
        vibe_usage (float | None | Unset): Current Vibe usage counted against the limit.
        total_usage (float | None | Unset): Total current usage counted against the limit.
        usage_limit (float | None | Unset): Current usage limit.
    """

    __slots__ = (
        "additional_properties",
        "monthly_limit_reached",
        "no_monthly_limit",
        "total_usage",
        "usage",
        "usage_limit",
        "vibe_usage",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "monthly_limit_reached",
        "no_monthly_limit",
        "usage",
        "vibe_usage",
        "total_usage",
        "usage_limit",
    )

    monthly_limit_reached: bool
    no_monthly_limit: bool | Unset
    usage: float | None | Unset
    vibe_usage: float | None | Unset
    total_usage: float | None | Unset
    usage_limit: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        monthly_limit_reached: bool,
        no_monthly_limit: bool | Unset = UNSET,
        usage: float | None | Unset = UNSET,
        vibe_usage: float | None | Unset = UNSET,
        total_usage: float | None | Unset = UNSET,
        usage_limit: float | None | Unset = UNSET,
    ) -> None:
        self.monthly_limit_reached = monthly_limit_reached
        self.no_monthly_limit = no_monthly_limit
        self.usage = usage
        self.vibe_usage = vibe_usage
        self.total_usage = total_usage
        self.usage_limit = usage_limit
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        monthly_limit_reached = self.monthly_limit_reached

        no_monthly_limit = self.no_monthly_limit

        usage: float | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        else:
            usage = self.usage

        vibe_usage: float | None | Unset
        if isinstance(self.vibe_usage, Unset):
            vibe_usage = UNSET
        else:
            vibe_usage = self.vibe_usage

        total_usage: float | None | Unset
        if isinstance(self.total_usage, Unset):
            total_usage = UNSET
        else:
            total_usage = self.total_usage

        usage_limit: float | None | Unset
        if isinstance(self.usage_limit, Unset):
            usage_limit = UNSET
        else:
            usage_limit = self.usage_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "monthly_limit_reached": monthly_limit_reached,
            }
        )
        if no_monthly_limit is not UNSET:
            field_dict["no_monthly_limit"] = no_monthly_limit
        if usage is not UNSET:
            field_dict["usage"] = usage
        if vibe_usage is not UNSET:
            field_dict["vibe_usage"] = vibe_usage
        if total_usage is not UNSET:
            field_dict["total_usage"] = total_usage
        if usage_limit is not UNSET:
            field_dict["usage_limit"] = usage_limit

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
        monthly_limit_reached = d.pop("monthly_limit_reached")

        no_monthly_limit = d.pop("no_monthly_limit", UNSET)

        usage: float | None | Unset = d.pop("usage", UNSET)

        vibe_usage: float | None | Unset = d.pop("vibe_usage", UNSET)

        total_usage: float | None | Unset = d.pop("total_usage", UNSET)

        usage_limit: float | None | Unset = d.pop("usage_limit", UNSET)

        usage_limits = cls(
            monthly_limit_reached,
            no_monthly_limit,
            usage,
            vibe_usage,
            total_usage,
            usage_limit,
        )

        usage_limits.additional_properties = d
        return usage_limits

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
