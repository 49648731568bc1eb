from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, InvalidFieldError, Unset
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ConnectorCallToolRequest")


@_attrs_define(repr=False)
class ConnectorCallToolRequest:
    """Request body for calling an MCP tool.

    Attributes:
        arguments (ConnectorCallToolRequestArguments | Unset):
    """

    arguments: ConnectorCallToolRequestArguments | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.connector_call_tool_request_arguments import ConnectorCallToolRequestArguments
