from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="MCPServerAuthenticationRequirement")


class MCPServerAuthenticationRequirement:
    """Authentication requirements for a remote transport (SEP-2127).

    Attributes:
        required (bool): Whether authentication is mandatory
        schemes (list[str] | Unset): Supported schemes (e.g. ['bearer', 'oauth2'])
    """

    __slots__ = ("additional_properties", "required", "schemes")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "required",
        "schemes",
    )

    required: bool
    schemes: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        required: bool,
        schemes: list[str] | Unset = UNSET,
    ) -> None:
        self.required = required
        self.schemes = schemes
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        required = self.required

        schemes: list[str] | Unset = UNSET
        if not isinstance(self.schemes, Unset):
            schemes = self.schemes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "required": required,
            }
        )
        if schemes is not UNSET:
            field_dict["schemes"] = schemes

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
        required = d.pop("required")

        schemes = cast(list[str], d.pop("schemes", UNSET))

        mcp_server_authentication_requirement = cls(
            required,
            schemes,
        )

        mcp_server_authentication_requirement.additional_properties = d
        return mcp_server_authentication_requirement

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
