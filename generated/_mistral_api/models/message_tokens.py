from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.roles import Roles
else:
    Roles = _Lazy(globals(), "roles", "Roles")


T = TypeVar("T", bound="MessageTokens")


class MessageTokens:
    """Information on a single message included in a tokenized prompt as part of an InstructRequest.

    Attributes:
        role (Roles):
        total_tokens (int | None | Unset):
        truncated (bool | Unset):  Default: False.
        usage_count (int | Unset):  Default: 1.
    """

    __slots__ = ("additional_properties", "role", "total_tokens", "truncated", "usage_count")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "role",
        "total_tokens",
        "truncated",
        "usage_count",
    )

    role: Roles
    total_tokens: int | None | Unset
    truncated: bool | Unset
    usage_count: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: Roles,
        total_tokens: int | None | Unset = UNSET,
        truncated: bool | Unset = UNSET,
        usage_count: int | Unset = UNSET,
    ) -> None:
        self.role = role
        self.total_tokens = total_tokens
        self.truncated = truncated
        self.usage_count = usage_count
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        role = str(self.role)

        total_tokens: int | None | Unset
        if isinstance(self.total_tokens, Unset):
            total_tokens = UNSET
        else:
            total_tokens = self.total_tokens

        truncated = self.truncated

        usage_count = self.usage_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
            }
        )
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if truncated is not UNSET:
            field_dict["truncated"] = truncated
        if usage_count is not UNSET:
            field_dict["usage_count"] = usage_count

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
        role = Roles(d.pop("role"))

        total_tokens: int | None | Unset = d.pop("total_tokens", UNSET)

        truncated = d.pop("truncated", UNSET)

        usage_count = d.pop("usage_count", UNSET)

        message_tokens = cls(
            role,
            total_tokens,
            truncated,
            usage_count,
        )

        message_tokens.additional_properties = d
        return message_tokens

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
