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
    from ..models.connector_call_tool_request_arguments import ConnectorCallToolRequestArguments
else:
    ConnectorCallToolRequestArguments = _Lazy(
        globals(), "connector_call_tool_request_arguments", "ConnectorCallToolRequestArguments"
    )


T = TypeVar("T", bound="ConnectorCallToolRequest")


class ConnectorCallToolRequest:
    """Request body for calling an MCP tool.

    Attributes:
        arguments (ConnectorCallToolRequestArguments | Unset):
    """

    __slots__ = ("additional_properties", "arguments")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("arguments",)

    arguments: ConnectorCallToolRequestArguments | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        arguments: ConnectorCallToolRequestArguments | Unset = UNSET,
    ) -> None:
        self.arguments = arguments
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            arguments: dict[str, Any] | Unset = UNSET
            if not isinstance(self.arguments, Unset):
                try:
                    arguments = self.arguments.to_dict()
                except AttributeError:
                    if isinstance(self.arguments, ConnectorCallToolRequestArguments):
                        raise
                    arguments = _as_dict(self.arguments, "ConnectorCallToolRequestArguments")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "arguments")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if arguments is not UNSET:
            field_dict["arguments"] = arguments

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
        _arguments = d.pop("arguments", UNSET)
        arguments: ConnectorCallToolRequestArguments | Unset
        if isinstance(_arguments, Unset):
            arguments = UNSET
        else:
            arguments = ConnectorCallToolRequestArguments.from_dict(_arguments)

        connector_call_tool_request = cls(
            arguments,
        )

        connector_call_tool_request.additional_properties = d
        return connector_call_tool_request

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
