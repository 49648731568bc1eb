from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ActionAvailable")


class ActionAvailable:
    """The viewer may perform the action on the resource.

    Attributes:
        status (Literal['available'] | Unset):  Default: 'available'.
    """

    __slots__ = ("additional_properties", "status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("status",)

    status: Literal["available"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: Literal["available"] | Unset = "available",
    ) -> None:
        self.status = status
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status

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
        status = cast(Literal["available"] | Unset, d.pop("status", UNSET))
        if status != "available" and not isinstance(status, Unset):
            raise ValueError(f"status must match const 'available', got '{status}'")

        action_available = cls(
            status,
        )

        action_available.additional_properties = d
        return action_available

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
