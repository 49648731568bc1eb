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
    from ..models.mcp_server_icon import MCPServerIcon
    from ..models.mcp_tool_input_schema import MCPToolInputSchema
    from ..models.mcp_tool_meta import MCPToolMeta
    from ..models.mcp_tool_output_schema_type_0 import MCPToolOutputSchemaType0
    from ..models.tool_annotations import ToolAnnotations
    from ..models.tool_execution import ToolExecution
else:
    MCPServerIcon = _Lazy(globals(), "mcp_server_icon", "MCPServerIcon")
    MCPToolInputSchema = _Lazy(globals(), "mcp_tool_input_schema", "MCPToolInputSchema")
    MCPToolMeta = _Lazy(globals(), "mcp_tool_meta", "MCPToolMeta")
    MCPToolOutputSchemaType0 = _Lazy(globals(), "mcp_tool_output_schema_type_0", "MCPToolOutputSchemaType0")
    ToolAnnotations = _Lazy(globals(), "tool_annotations", "ToolAnnotations")
    ToolExecution = _Lazy(globals(), "tool_execution", "ToolExecution")


T = TypeVar("T", bound="MCPTool")


class MCPTool:
    """
    Attributes:
        name (str):
        input_schema (MCPToolInputSchema):
        title (None | str | Unset):
        description (None | str | Unset):
        output_schema (MCPToolOutputSchemaType0 | None | Unset):
        icons (list[MCPServerIcon] | None | Unset):
        annotations (None | ToolAnnotations | Unset):
        field_meta (MCPToolMeta | None | Unset):
        execution (None | ToolExecution | Unset):
    """

    __slots__ = (
        "additional_properties",
        "annotations",
        "description",
        "execution",
        "field_meta",
        "icons",
        "input_schema",
        "name",
        "output_schema",
        "title",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "input_schema",
        "title",
        "description",
        "output_schema",
        "icons",
        "annotations",
        "field_meta",
        "execution",
    )

    name: str
    input_schema: MCPToolInputSchema
    title: None | str | Unset
    description: None | str | Unset
    output_schema: MCPToolOutputSchemaType0 | None | Unset
    icons: list[MCPServerIcon] | None | Unset
    annotations: None | ToolAnnotations | Unset
    field_meta: MCPToolMeta | None | Unset
    execution: None | ToolExecution | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        input_schema: MCPToolInputSchema,
        title: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        output_schema: MCPToolOutputSchemaType0 | None | Unset = UNSET,
        icons: list[MCPServerIcon] | None | Unset = UNSET,
        annotations: None | ToolAnnotations | Unset = UNSET,
        field_meta: MCPToolMeta | None | Unset = UNSET,
        execution: None | ToolExecution | Unset = UNSET,
    ) -> None:
        self.name = name
        self.input_schema = input_schema
        self.title = title
        self.description = description
        self.output_schema = output_schema
        self.icons = icons
        self.annotations = annotations
        self.field_meta = field_meta
        self.execution = execution
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                input_schema = self.input_schema.to_dict()
            except AttributeError:
                if isinstance(self.input_schema, MCPToolInputSchema):
                    raise
                input_schema = _as_dict(self.input_schema, "MCPToolInputSchema")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "input_schema")
            raise

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
            output_schema: dict[str, Any] | None | Unset
            if isinstance(self.output_schema, Unset):
                output_schema = UNSET
            elif isinstance(self.output_schema, MCPToolOutputSchemaType0):
                output_schema = self.output_schema.to_dict()
            else:
                output_schema = self.output_schema
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "output_schema")
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
            annotations: dict[str, Any] | None | Unset
            if isinstance(self.annotations, Unset):
                annotations = UNSET
            elif isinstance(self.annotations, ToolAnnotations):
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
            elif isinstance(self.field_meta, MCPToolMeta):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_meta")
            raise

        try:
            execution: dict[str, Any] | None | Unset
            if isinstance(self.execution, Unset):
                execution = UNSET
            elif isinstance(self.execution, ToolExecution):
                execution = self.execution.to_dict()
            else:
                execution = self.execution
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "execution")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "inputSchema": input_schema,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if description is not UNSET:
            field_dict["description"] = description
        if output_schema is not UNSET:
            field_dict["outputSchema"] = output_schema
        if icons is not UNSET:
            field_dict["icons"] = icons
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta
        if execution is not UNSET:
            field_dict["execution"] = execution

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

        input_schema = MCPToolInputSchema.from_dict(d.pop("inputSchema"))

        title: None | str | Unset = d.pop("title", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        _output_schema_data = d.pop("outputSchema", UNSET)
        output_schema: MCPToolOutputSchemaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _output_schema_data is None:
                output_schema = _output_schema_data
                break
            if isinstance(_output_schema_data, Unset):
                output_schema = _output_schema_data
                break
            if isinstance(_output_schema_data, dict):
                try:
                    output_schema_type_0 = MCPToolOutputSchemaType0.from_dict(_output_schema_data)

                    output_schema = output_schema_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            output_schema = cast("MCPToolOutputSchemaType0 | None | Unset", _output_schema_data)
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

        _annotations_data = d.pop("annotations", UNSET)
        annotations: None | ToolAnnotations | Unset
        while True:  # one pass; each break is the generator's `return`
            if _annotations_data is None:
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, Unset):
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, dict):
                try:
                    annotations_type_0 = ToolAnnotations.from_dict(_annotations_data)

                    annotations = annotations_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            annotations = cast("None | ToolAnnotations | Unset", _annotations_data)
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: MCPToolMeta | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = MCPToolMeta.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("MCPToolMeta | None | Unset", _field_meta_data)
            break

        _execution_data = d.pop("execution", UNSET)
        execution: None | ToolExecution | Unset
        while True:  # one pass; each break is the generator's `return`
            if _execution_data is None:
                execution = _execution_data
                break
            if isinstance(_execution_data, Unset):
                execution = _execution_data
                break
            if isinstance(_execution_data, dict):
                try:
                    execution_type_0 = ToolExecution.from_dict(_execution_data)

                    execution = execution_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            execution = cast("None | ToolExecution | Unset", _execution_data)
            break

        mcp_tool = cls(
            name,
            input_schema,
            title,
            description,
            output_schema,
            icons,
            annotations,
            field_meta,
            execution,
        )

        mcp_tool.additional_properties = d
        return mcp_tool

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
