from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="MCPServerIcon")


class MCPServerIcon:
    """An icon for display in user interfaces.

    Attributes:
        src (str):
        mime_type (None | str | Unset):
        sizes (list[str] | None | Unset):
    """

    __slots__ = ("additional_properties", "mime_type", "sizes", "src")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "src",
        "mime_type",
        "sizes",
    )

    src: str
    mime_type: None | str | Unset
    sizes: list[str] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        src: str,
        mime_type: None | str | Unset = UNSET,
        sizes: list[str] | None | Unset = UNSET,
    ) -> None:
        self.src = src
        self.mime_type = mime_type
        self.sizes = sizes
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        src = self.src

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        sizes: list[str] | None | Unset
        if isinstance(self.sizes, Unset):
            sizes = UNSET
        elif isinstance(self.sizes, list):
            sizes = self.sizes

        else:
            sizes = self.sizes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "src": src,
            }
        )
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if sizes is not UNSET:
            field_dict["sizes"] = sizes

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
        src = d.pop("src")

        mime_type: None | str | Unset = d.pop("mimeType", UNSET)

        _sizes_data = d.pop("sizes", UNSET)
        sizes: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _sizes_data is None:
                sizes = _sizes_data
                break
            if isinstance(_sizes_data, Unset):
                sizes = _sizes_data
                break
            if isinstance(_sizes_data, list):
                try:
                    sizes_type_0 = cast(list[str], _sizes_data)

                    sizes = sizes_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            sizes = cast("list[str] | None | Unset", _sizes_data)
            break

        mcp_server_icon = cls(
            src,
            mime_type,
            sizes,
        )

        mcp_server_icon.additional_properties = d
        return mcp_server_icon

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
