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


T = TypeVar("T", bound="ToolFileChunk")


class ToolFileChunk:
    """
    Attributes:
        tool (BuiltInConnectors | str):
        file_id (str):
        type_ (Literal['tool_file'] | Unset):  Default: 'tool_file'.
        file_name (None | str | Unset):
        file_type (None | str | Unset):
    """

    __slots__ = ("additional_properties", "file_id", "file_name", "file_type", "tool", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "tool",
        "file_id",
        "type_",
        "file_name",
        "file_type",
    )

    tool: BuiltInConnectors | str
    file_id: str
    type_: Literal["tool_file"] | Unset
    file_name: None | str | Unset
    file_type: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tool: BuiltInConnectors | str,
        file_id: str,
        type_: Literal["tool_file"] | Unset = "tool_file",
        file_name: None | str | Unset = UNSET,
        file_type: None | str | Unset = UNSET,
    ) -> None:
        self.tool = tool
        self.file_id = file_id
        self.type_ = type_
        self.file_name = file_name
        self.file_type = file_type
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        tool: str
        if isinstance(self.tool, BuiltInConnectors):
            tool = str(self.tool)
        else:
            tool = self.tool

        file_id = self.file_id

        type_ = self.type_

        file_name: None | str | Unset
        if isinstance(self.file_name, Unset):
            file_name = UNSET
        else:
            file_name = self.file_name

        file_type: None | str | Unset
        if isinstance(self.file_type, Unset):
            file_type = UNSET
        else:
            file_type = self.file_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tool": tool,
                "file_id": file_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if file_name is not UNSET:
            field_dict["file_name"] = file_name
        if file_type is not UNSET:
            field_dict["file_type"] = file_type

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

        file_id = d.pop("file_id")

        type_ = cast(Literal["tool_file"] | Unset, d.pop("type", UNSET))
        if type_ != "tool_file" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'tool_file', got '{type_}'")

        file_name: None | str | Unset = d.pop("file_name", UNSET)

        file_type: None | str | Unset = d.pop("file_type", UNSET)

        tool_file_chunk = cls(
            tool,
            file_id,
            type_,
            file_name,
            file_type,
        )

        tool_file_chunk.additional_properties = d
        return tool_file_chunk

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
