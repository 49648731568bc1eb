from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connection_config_type import ConnectionConfigType
    from ..models.tool_execution_configuration import ToolExecutionConfiguration
else:
    ConnectionConfigType = _Lazy(globals(), "connection_config_type", "ConnectionConfigType")
    ToolExecutionConfiguration = _Lazy(globals(), "tool_execution_configuration", "ToolExecutionConfiguration")


T = TypeVar("T", bound="PublicExecutionConnectionConfig")


class PublicExecutionConnectionConfig:
    """Connection config exposed in the public, unauthenticated /connectors/mistral response.

    Unlike ConnectionConfig, this has no `headers` field and forbids extra fields, so
    connector credentials can never be serialized into this cacheable response.

        Attributes:
            type_ (ConnectionConfigType):
            server (None | str | Unset):
            name (None | str | Unset):
            id (None | str | Unset):
            tool_configuration (None | ToolExecutionConfiguration | Unset):
            hosted_internally (bool | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "hosted_internally", "id", "name", "server", "tool_configuration", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "server",
        "name",
        "id",
        "tool_configuration",
        "hosted_internally",
    )

    type_: ConnectionConfigType
    server: None | str | Unset
    name: None | str | Unset
    id: None | str | Unset
    tool_configuration: None | ToolExecutionConfiguration | Unset
    hosted_internally: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: ConnectionConfigType,
        server: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        tool_configuration: None | ToolExecutionConfiguration | Unset = UNSET,
        hosted_internally: bool | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.server = server
        self.name = name
        self.id = id
        self.tool_configuration = tool_configuration
        self.hosted_internally = hosted_internally
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        server: None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        id: None | str | Unset
        if isinstance(self.id, Unset):
            id = UNSET
        else:
            id = self.id

        try:
            tool_configuration: dict[str, Any] | None | Unset
            if isinstance(self.tool_configuration, Unset):
                tool_configuration = UNSET
            elif isinstance(self.tool_configuration, ToolExecutionConfiguration):
                tool_configuration = self.tool_configuration.to_dict()
            else:
                tool_configuration = self.tool_configuration
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_configuration")
            raise

        hosted_internally = self.hosted_internally

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
            }
        )
        if server is not UNSET:
            field_dict["server"] = server
        if name is not UNSET:
            field_dict["name"] = name
        if id is not UNSET:
            field_dict["id"] = id
        if tool_configuration is not UNSET:
            field_dict["tool_configuration"] = tool_configuration
        if hosted_internally is not UNSET:
            field_dict["hosted_internally"] = hosted_internally

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
        type_ = ConnectionConfigType(d.pop("type"))

        server: None | str | Unset = d.pop("server", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        id: None | str | Unset = d.pop("id", UNSET)

        _tool_configuration_data = d.pop("tool_configuration", UNSET)
        tool_configuration: None | ToolExecutionConfiguration | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_configuration_data is None:
                tool_configuration = _tool_configuration_data
                break
            if isinstance(_tool_configuration_data, Unset):
                tool_configuration = _tool_configuration_data
                break
            if isinstance(_tool_configuration_data, dict):
                try:
                    tool_configuration_type_0 = ToolExecutionConfiguration.from_dict(_tool_configuration_data)

                    tool_configuration = tool_configuration_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_configuration = cast("None | ToolExecutionConfiguration | Unset", _tool_configuration_data)
            break

        hosted_internally = d.pop("hosted_internally", UNSET)

        public_execution_connection_config = cls(
            type_,
            server,
            name,
            id,
            tool_configuration,
            hosted_internally,
        )

        public_execution_connection_config.additional_properties = d
        return public_execution_connection_config

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
