from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.mcpui_tool_meta_visibility_type_0_item import MCPUIToolMetaVisibilityType0Item
else:
    MCPUIToolMetaVisibilityType0Item = _Lazy(
        globals(), "mcpui_tool_meta_visibility_type_0_item", "MCPUIToolMetaVisibilityType0Item"
    )


T = TypeVar("T", bound="MCPUIToolMeta")


class MCPUIToolMeta:
    """UI metadata for tools that reference UI resources.

    Attributes:
        resource_uri (None | str | Unset):
        visibility (list[MCPUIToolMetaVisibilityType0Item] | None | Unset):
    """

    __slots__ = ("additional_properties", "resource_uri", "visibility")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "resource_uri",
        "visibility",
    )

    resource_uri: None | str | Unset
    visibility: list[MCPUIToolMetaVisibilityType0Item] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        resource_uri: None | str | Unset = UNSET,
        visibility: list[MCPUIToolMetaVisibilityType0Item] | None | Unset = UNSET,
    ) -> None:
        self.resource_uri = resource_uri
        self.visibility = visibility
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        resource_uri: None | str | Unset
        if isinstance(self.resource_uri, Unset):
            resource_uri = UNSET
        else:
            resource_uri = self.resource_uri

        visibility: list[str] | None | Unset
        if isinstance(self.visibility, Unset):
            visibility = UNSET
        elif isinstance(self.visibility, list):
            visibility = []
            for visibility_type_0_item_data in self.visibility:
                visibility_type_0_item = str(visibility_type_0_item_data)
                visibility.append(visibility_type_0_item)

        else:
            visibility = self.visibility

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if resource_uri is not UNSET:
            field_dict["resourceUri"] = resource_uri
        if visibility is not UNSET:
            field_dict["visibility"] = visibility

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
        resource_uri: None | str | Unset = d.pop("resourceUri", UNSET)

        _visibility_data = d.pop("visibility", UNSET)
        visibility: list[MCPUIToolMetaVisibilityType0Item] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _visibility_data is None:
                visibility = _visibility_data
                break
            if isinstance(_visibility_data, Unset):
                visibility = _visibility_data
                break
            if isinstance(_visibility_data, list):
                try:
                    visibility_type_0 = []
                    _visibility_type_0 = _visibility_data
                    for visibility_type_0_item_data in _visibility_type_0:
                        visibility_type_0_item = MCPUIToolMetaVisibilityType0Item(visibility_type_0_item_data)

                        visibility_type_0.append(visibility_type_0_item)

                    visibility = visibility_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            visibility = cast("list[MCPUIToolMetaVisibilityType0Item] | None | Unset", _visibility_data)
            break

        mcpui_tool_meta = cls(
            resource_uri,
            visibility,
        )

        mcpui_tool_meta.additional_properties = d
        return mcpui_tool_meta

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
