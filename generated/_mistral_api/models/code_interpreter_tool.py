from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.code_interpreter_tool_type import CodeInterpreterToolType
    from ..models.tool_configuration import ToolConfiguration
else:
    CodeInterpreterToolType = _Lazy(globals(), "code_interpreter_tool_type", "CodeInterpreterToolType")
    ToolConfiguration = _Lazy(globals(), "tool_configuration", "ToolConfiguration")


T = TypeVar("T", bound="CodeInterpreterTool")


class CodeInterpreterTool:
    """
    Attributes:
        tool_configuration (None | ToolConfiguration | Unset):
        type_ (CodeInterpreterToolType | Unset):  Default: CodeInterpreterToolType.CODE_INTERPRETER.
    """

    __slots__ = ("additional_properties", "tool_configuration", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "tool_configuration",
        "type_",
    )

    tool_configuration: None | ToolConfiguration | Unset
    type_: CodeInterpreterToolType | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tool_configuration: None | ToolConfiguration | Unset = UNSET,
        type_: CodeInterpreterToolType | Unset = CodeInterpreterToolType.CODE_INTERPRETER,
    ) -> None:
        self.tool_configuration = tool_configuration
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            tool_configuration: dict[str, Any] | None | Unset
            if isinstance(self.tool_configuration, Unset):
                tool_configuration = UNSET
            elif isinstance(self.tool_configuration, ToolConfiguration):
                tool_configuration = self.tool_configuration.to_dict()
            else:
                tool_configuration = self.tool_configuration
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_configuration")
            raise

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tool_configuration is not UNSET:
            field_dict["tool_configuration"] = tool_configuration
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        _tool_configuration_data = d.pop("tool_configuration", UNSET)
        tool_configuration: None | ToolConfiguration | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_configuration_data is None:
                tool_configuration = _tool_configuration_data
                break
            if isinstance(_tool_configuration_data, Unset):
                tool_configuration = _tool_configuration_data
                break
            if isinstance(_tool_configuration_data, dict):
                try:
                    tool_configuration_type_0 = ToolConfiguration.from_dict(_tool_configuration_data)

                    tool_configuration = tool_configuration_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_configuration = cast("None | ToolConfiguration | Unset", _tool_configuration_data)
            break

        _type_ = d.pop("type", UNSET)
        type_: CodeInterpreterToolType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CodeInterpreterToolType(_type_)

        code_interpreter_tool = cls(
            tool_configuration,
            type_,
        )

        code_interpreter_tool.additional_properties = d
        return code_interpreter_tool

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
