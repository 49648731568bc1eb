from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="GlobalHeaderValue")


class GlobalHeaderValue:
    """Value of a connector-wide header. ``value`` is plaintext in memory so create
    round-trips and encryption-at-rest keep the real value; secrets are redacted only
    on JSON serialization (API responses).

        Attributes:
            value (str):
            is_secret (bool | Unset):  Default: True.
    """

    __slots__ = ("additional_properties", "is_secret", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "value",
        "is_secret",
    )

    value: str
    is_secret: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        value: str,
        is_secret: bool | Unset = UNSET,
    ) -> None:
        self.value = value
        self.is_secret = is_secret
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        is_secret = self.is_secret

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if is_secret is not UNSET:
            field_dict["is_secret"] = is_secret

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
        value = d.pop("value")

        is_secret = d.pop("is_secret", UNSET)

        global_header_value = cls(
            value,
            is_secret,
        )

        global_header_value.additional_properties = d
        return global_header_value

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
