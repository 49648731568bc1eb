from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.execution_tool import ExecutionTool
    from ..models.public_execution_connector import PublicExecutionConnector
else:
    ExecutionTool = _Lazy(globals(), "execution_tool", "ExecutionTool")
    PublicExecutionConnector = _Lazy(globals(), "public_execution_connector", "PublicExecutionConnector")


T = TypeVar("T", bound="PublicConnectorExecutionData")


class PublicConnectorExecutionData:
    """
    Attributes:
        integrations (list[PublicExecutionConnector]):
        tools (list[ExecutionTool]):
        use_connectors_gateway (bool | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "integrations", "tools", "use_connectors_gateway")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "integrations",
        "tools",
        "use_connectors_gateway",
    )

    integrations: list[PublicExecutionConnector]
    tools: list[ExecutionTool]
    use_connectors_gateway: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        integrations: list[PublicExecutionConnector],
        tools: list[ExecutionTool],
        use_connectors_gateway: bool | Unset = UNSET,
    ) -> None:
        self.integrations = integrations
        self.tools = tools
        self.use_connectors_gateway = use_connectors_gateway
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            integrations = []
            try:
                for integrations_item_data in self.integrations:
                    try:
                        integrations_item = integrations_item_data.to_dict()
                    except AttributeError:
                        if isinstance(integrations_item_data, PublicExecutionConnector):
                            raise
                        integrations_item = _as_dict(integrations_item_data, "PublicExecutionConnector")
                    integrations.append(integrations_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(integrations))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "integrations")
            raise

        try:
            tools = []
            try:
                for tools_item_data in self.tools:
                    try:
                        tools_item = tools_item_data.to_dict()
                    except AttributeError:
                        if isinstance(tools_item_data, ExecutionTool):
                            raise
                        tools_item = _as_dict(tools_item_data, "ExecutionTool")
                    tools.append(tools_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(tools))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        use_connectors_gateway = self.use_connectors_gateway

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "integrations": integrations,
                "tools": tools,
            }
        )
        if use_connectors_gateway is not UNSET:
            field_dict["use_connectors_gateway"] = use_connectors_gateway

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
        integrations = []
        _integrations = d.pop("integrations")
        for integrations_item_data in _integrations:
            integrations_item = PublicExecutionConnector.from_dict(integrations_item_data)

            integrations.append(integrations_item)

        tools = []
        _tools = d.pop("tools")
        for tools_item_data in _tools:
            tools_item = ExecutionTool.from_dict(tools_item_data)

            tools.append(tools_item)

        use_connectors_gateway = d.pop("use_connectors_gateway", UNSET)

        public_connector_execution_data = cls(
            integrations,
            tools,
            use_connectors_gateway,
        )

        public_connector_execution_data.additional_properties = d
        return public_connector_execution_data

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
