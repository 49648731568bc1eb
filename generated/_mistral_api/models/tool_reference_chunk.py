from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.built_in_connectors import BuiltInConnectors
else:
    BuiltInConnectors = _Lazy(globals(), "built_in_connectors", "BuiltInConnectors")


T = TypeVar("T", bound="ToolReferenceChunk")


class ToolReferenceChunk:
    """
    Attributes:
        tool (BuiltInConnectors | str):
        title (str):
        type_ (Literal['tool_reference'] | Unset):  Default: 'tool_reference'.
        url (None | str | Unset):
        favicon (None | str | Unset):
        description (None | str | Unset):
    """

    __slots__ = ("additional_properties", "description", "favicon", "title", "tool", "type_", "url")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "tool",
        "title",
        "type_",
        "url",
        "favicon",
        "description",
    )

    tool: BuiltInConnectors | str
    title: str
    type_: Literal["tool_reference"] | Unset
    url: None | str | Unset
    favicon: None | str | Unset
    description: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tool: BuiltInConnectors | str,
        title: str,
        type_: Literal["tool_reference"] | Unset = "tool_reference",
        url: None | str | Unset = UNSET,
        favicon: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> None:
        self.tool = tool
        self.title = title
        self.type_ = type_
        self.url = url
        self.favicon = favicon
        self.description = description
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        tool: str
        if isinstance(self.tool, BuiltInConnectors):
            tool = str(self.tool)
        else:
            tool = self.tool

        title = self.title

        type_ = self.type_

        url: None | str | Unset
        if isinstance(self.url, Unset):
            url = UNSET
        else:
            url = self.url

        favicon: None | str | Unset
        if isinstance(self.favicon, Unset):
            favicon = UNSET
        else:
            favicon = self.favicon

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool": tool,
                "title": title,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if url is not UNSET:
            field_dict["url"] = url
        if favicon is not UNSET:
            field_dict["favicon"] = favicon
        if description is not UNSET:
            field_dict["description"] = description

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
        _tool_data = d.pop("tool")
        tool: BuiltInConnectors | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_tool_data, str):
                try:
                    tool_type_0 = BuiltInConnectors(_tool_data)

                    tool = tool_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool = cast("BuiltInConnectors | str", _tool_data)
            break

        title = d.pop("title")

        type_ = cast(Literal["tool_reference"] | Unset, d.pop("type", UNSET))
        if type_ != "tool_reference" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool_reference', got '{type_}'")

        url: None | str | Unset = d.pop("url", UNSET)

        favicon: None | str | Unset = d.pop("favicon", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        tool_reference_chunk = cls(
            tool,
            title,
            type_,
            url,
            favicon,
            description,
        )

        tool_reference_chunk.additional_properties = d
        return tool_reference_chunk

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
