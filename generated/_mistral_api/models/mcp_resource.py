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
    from ..models.annotations import Annotations
    from ..models.mcp_resource_meta_type_0 import MCPResourceMetaType0
    from ..models.mcp_server_icon import MCPServerIcon
else:
    Annotations = _Lazy(globals(), "annotations", "Annotations")
    MCPResourceMetaType0 = _Lazy(globals(), "mcp_resource_meta_type_0", "MCPResourceMetaType0")
    MCPServerIcon = _Lazy(globals(), "mcp_server_icon", "MCPServerIcon")


T = TypeVar("T", bound="MCPResource")


class MCPResource:
    """
    Attributes:
        name (str):
        uri (str):
        title (None | str | Unset):
        description (None | str | Unset):
        mime_type (None | str | Unset):
        size (int | None | Unset):
        icons (list[MCPServerIcon] | None | Unset):
        annotations (Annotations | None | Unset):
        field_meta (MCPResourceMetaType0 | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "annotations",
        "description",
        "field_meta",
        "icons",
        "mime_type",
        "name",
        "size",
        "title",
        "uri",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "uri",
        "title",
        "description",
        "mime_type",
        "size",
        "icons",
        "annotations",
        "field_meta",
    )

    name: str
    uri: str
    title: None | str | Unset
    description: None | str | Unset
    mime_type: None | str | Unset
    size: int | None | Unset
    icons: list[MCPServerIcon] | None | Unset
    annotations: Annotations | None | Unset
    field_meta: MCPResourceMetaType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        uri: str,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        mime_type: None | str | Unset = UNSET,
        size: int | None | Unset = UNSET,
        icons: list[MCPServerIcon] | None | Unset = UNSET,
        annotations: Annotations | None | Unset = UNSET,
        field_meta: MCPResourceMetaType0 | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.uri = uri
        self.title = title
        self.description = description
        self.mime_type = mime_type
        self.size = size
        self.icons = icons
        self.annotations = annotations
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        uri = self.uri

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

        mime_type: None | str | Unset
        if isinstance(self.mime_type, Unset):
            mime_type = UNSET
        else:
            mime_type = self.mime_type

        size: int | None | Unset
        if isinstance(self.size, Unset):
            size = UNSET
        else:
            size = self.size

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
            annotations: dict[str, Any] | None | Unset
            if isinstance(self.annotations, Unset):
                annotations = UNSET
            elif isinstance(self.annotations, Annotations):
                annotations = self.annotations.to_dict()
            else:
                annotations = self.annotations
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "annotations")
            raise

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, MCPResourceMetaType0):
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
                "uri": uri,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if mime_type is not UNSET:
            field_dict["mimeType"] = mime_type
        if size is not UNSET:
            field_dict["size"] = size
        if icons is not UNSET:
            field_dict["icons"] = icons
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
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

        uri = d.pop("uri")

        title: None | str | Unset = d.pop("title", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        mime_type: None | str | Unset = d.pop("mimeType", UNSET)

        size: int | None | Unset = d.pop("size", UNSET)

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

        _annotations_data = d.pop("annotations", UNSET)
        annotations: Annotations | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _annotations_data is None:
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, Unset):
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, dict):
                try:
                    annotations_type_0 = Annotations.from_dict(_annotations_data)

                    annotations = annotations_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            annotations = cast("Annotations | None | Unset", _annotations_data)
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: MCPResourceMetaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = MCPResourceMetaType0.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("MCPResourceMetaType0 | None | Unset", _field_meta_data)
            break

        mcp_resource = cls(
            name,
            uri,
            title,
            description,
            mime_type,
            size,
            icons,
            annotations,
            field_meta,
        )

        mcp_resource.additional_properties = d
        return mcp_resource

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
