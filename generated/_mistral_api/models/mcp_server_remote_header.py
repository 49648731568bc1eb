from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="MCPServerRemoteHeader")


class MCPServerRemoteHeader:
    """Header definition for a remote transport (SEP-2127).

    Attributes:
        name (str): Header name
        description (str): Human-readable description of the header
        is_required (bool | None | Unset):
        is_secret (bool | None | Unset):
        default (None | str | Unset):
        choices (list[str] | None | Unset):
    """

    __slots__ = ("additional_properties", "choices", "default", "description", "is_required", "is_secret", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "is_required",
        "is_secret",
        "default",
        "choices",
    )

    name: str
    description: str
    is_required: bool | None | Unset
    is_secret: bool | None | Unset
    default: None | str | Unset
    choices: list[str] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        description: str,
        is_required: bool | None | Unset = UNSET,
        is_secret: bool | None | Unset = UNSET,
        default: None | str | Unset = UNSET,
        choices: list[str] | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.is_required = is_required
        self.is_secret = is_secret
        self.default = default
        self.choices = choices
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        is_required: bool | None | Unset
        if isinstance(self.is_required, Unset):
            is_required = UNSET
        else:
            is_required = self.is_required

        is_secret: bool | None | Unset
        if isinstance(self.is_secret, Unset):
            is_secret = UNSET
        else:
            is_secret = self.is_secret

        default: None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        choices: list[str] | None | Unset
        if isinstance(self.choices, Unset):
            choices = UNSET
        elif isinstance(self.choices, list):
            choices = self.choices

        else:
            choices = self.choices

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
            }
        )
        if is_required is not UNSET:
            field_dict["isRequired"] = is_required
        if is_secret is not UNSET:
            field_dict["isSecret"] = is_secret
        if default is not UNSET:
            field_dict["default"] = default
        if choices is not UNSET:
            field_dict["choices"] = choices

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
        name = d.pop("name")

        description = d.pop("description")

        is_required: bool | None | Unset = d.pop("isRequired", UNSET)

        is_secret: bool | None | Unset = d.pop("isSecret", UNSET)

        default: None | str | Unset = d.pop("default", UNSET)

        _choices_data = d.pop("choices", UNSET)
        choices: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _choices_data is None:
                choices = _choices_data
                break
            if isinstance(_choices_data, Unset):
                choices = _choices_data
                break
            if isinstance(_choices_data, list):
                try:
                    choices_type_0 = cast(list[str], _choices_data)

                    choices = choices_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            choices = cast("list[str] | None | Unset", _choices_data)
            break

        mcp_server_remote_header = cls(
            name,
            description,
            is_required,
            is_secret,
            default,
            choices,
        )

        mcp_server_remote_header.additional_properties = d
        return mcp_server_remote_header

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
