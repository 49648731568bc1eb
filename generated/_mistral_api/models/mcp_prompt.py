from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.mcp_prompt_meta_type_0 import MCPPromptMetaType0
    from ..models.mcp_server_icon import MCPServerIcon
    from ..models.prompt_argument import PromptArgument
else:
    MCPPromptMetaType0 = _Lazy(globals(), "mcp_prompt_meta_type_0", "MCPPromptMetaType0")
    MCPServerIcon = _Lazy(globals(), "mcp_server_icon", "MCPServerIcon")
    PromptArgument = _Lazy(globals(), "prompt_argument", "PromptArgument")


T = TypeVar("T", bound="MCPPrompt")


class MCPPrompt:
    """
    Attributes:
        name (str):
        title (None | str | Unset):
        description (None | str | Unset):
        arguments (list[PromptArgument] | None | Unset):
        icons (list[MCPServerIcon] | None | Unset):
        field_meta (MCPPromptMetaType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "arguments", "description", "field_meta", "icons", "name", "title")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "title",
        "description",
        "arguments",
        "icons",
        "field_meta",
    )

    name: str
    title: None | str | Unset
    description: None | str | Unset
    arguments: list[PromptArgument] | None | Unset
    icons: list[MCPServerIcon] | None | Unset
    field_meta: MCPPromptMetaType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        arguments: list[PromptArgument] | None | Unset = UNSET,
        icons: list[MCPServerIcon] | None | Unset = UNSET,
        field_meta: MCPPromptMetaType0 | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.title = title
        self.description = description
        self.arguments = arguments
        self.icons = icons
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            arguments: list[dict[str, Any]] | None | Unset
            if isinstance(self.arguments, Unset):
                arguments = UNSET
            elif isinstance(self.arguments, list):
                arguments = []
                try:
                    for arguments_type_0_item_data in self.arguments:
                        try:
                            arguments_type_0_item = arguments_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(arguments_type_0_item_data, PromptArgument):
                                raise
                            arguments_type_0_item = _as_dict(arguments_type_0_item_data, "PromptArgument")
                        arguments.append(arguments_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(arguments))
                    raise
            else:
                arguments = self.arguments
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "arguments")
            raise

        try:
            icons: list[dict[str, Any]] | None | Unset
            if isinstance(self.icons, Unset):
                icons = UNSET
            elif isinstance(self.icons, list):
                icons = []
                try:
                    for icons_type_0_item_data in self.icons:
                        try:
                            icons_type_0_item = icons_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(icons_type_0_item_data, MCPServerIcon):
                                raise
                            icons_type_0_item = _as_dict(icons_type_0_item_data, "MCPServerIcon")
                        icons.append(icons_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(icons))
                    raise
            else:
                icons = self.icons
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "icons")
            raise

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, MCPPromptMetaType0):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_meta")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if arguments is not UNSET:
            field_dict["arguments"] = arguments
        if icons is not UNSET:
            field_dict["icons"] = icons
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

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

        title: None | str | Unset = d.pop("title", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _arguments_data = d.pop("arguments", UNSET)
        arguments: list[PromptArgument] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _arguments_data is None:
                arguments = _arguments_data
                break
            if isinstance(_arguments_data, Unset):
                arguments = _arguments_data
                break
            if isinstance(_arguments_data, list):
                try:
                    arguments_type_0 = []
                    _arguments_type_0 = _arguments_data
                    for arguments_type_0_item_data in _arguments_type_0:
                        arguments_type_0_item = PromptArgument.from_dict(arguments_type_0_item_data)

                        arguments_type_0.append(arguments_type_0_item)

                    arguments = arguments_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            arguments = cast("list[PromptArgument] | None | Unset", _arguments_data)
            break

        _icons_data = d.pop("icons", UNSET)
        icons: list[MCPServerIcon] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _icons_data is None:
                icons = _icons_data
                break
            if isinstance(_icons_data, Unset):
                icons = _icons_data
                break
            if isinstance(_icons_data, list):
                try:
                    icons_type_0 = []
                    _icons_type_0 = _icons_data
                    for icons_type_0_item_data in _icons_type_0:
                        icons_type_0_item = MCPServerIcon.from_dict(icons_type_0_item_data)

                        icons_type_0.append(icons_type_0_item)

                    icons = icons_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            icons = cast("list[MCPServerIcon] | None | Unset", _icons_data)
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: MCPPromptMetaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = MCPPromptMetaType0.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("MCPPromptMetaType0 | None | Unset", _field_meta_data)
            break

        mcp_prompt = cls(
            name,
            title,
            description,
            arguments,
            icons,
            field_meta,
        )

        mcp_prompt.additional_properties = d
        return mcp_prompt

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
