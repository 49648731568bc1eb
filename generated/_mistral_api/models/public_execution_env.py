from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.public_connector_execution_data import PublicConnectorExecutionData
    from ..models.tool import Tool
else:
    PublicConnectorExecutionData = _Lazy(globals(), "public_connector_execution_data", "PublicConnectorExecutionData")
    Tool = _Lazy(globals(), "tool", "Tool")


T = TypeVar("T", bound="PublicExecutionEnv")


class PublicExecutionEnv:
    """Credentials-free projection of ExecutionEnv for the public /connectors/mistral response.

    Attributes:
        tools (list[Tool]):
        tool_execution_data (PublicConnectorExecutionData):
        errors (list[str]):
    """

    __slots__ = ("additional_properties", "errors", "tool_execution_data", "tools")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "tools",
        "tool_execution_data",
        "errors",
    )

    tools: list[Tool]
    tool_execution_data: PublicConnectorExecutionData
    errors: list[str]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        tools: list[Tool],
        tool_execution_data: PublicConnectorExecutionData,
        errors: list[str],
    ) -> None:
        self.tools = tools
        self.tool_execution_data = tool_execution_data
        self.errors = errors
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            tools = []
            try:
                for tools_item_data in self.tools:
                    try:
                        tools_item = tools_item_data.to_dict()
                    except AttributeError:
                        if isinstance(tools_item_data, Tool):
                            raise
                        tools_item = _as_dict(tools_item_data, "Tool")
                    tools.append(tools_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(tools))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        try:
            try:
                tool_execution_data = self.tool_execution_data.to_dict()
            except AttributeError:
                if isinstance(self.tool_execution_data, PublicConnectorExecutionData):
                    raise
                tool_execution_data = _as_dict(self.tool_execution_data, "PublicConnectorExecutionData")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_execution_data")
            raise

        errors = self.errors

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "tools": tools,
                "tool_execution_data": tool_execution_data,
                "errors": errors,
            }
        )

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
        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = Tool.from_dict(tools_item_data)

            tools.append(tools_item)

        tool_execution_data = PublicConnectorExecutionData.from_dict(d.pop("tool_execution_data"))

        errors = cast(list[str], d.pop("errors"))

        public_execution_env = cls(
            tools,
            tool_execution_data,
            errors,
        )

        public_execution_env.additional_properties = d
        return public_execution_env

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
