from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import InvalidFieldError
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ClientCapabilitiesExperimentalType0")


@_attrs_define(repr=False)
class ClientCapabilitiesExperimentalType0:
    additional_properties: dict[str, ClientCapabilitiesExperimentalType0AdditionalProperty] = _attrs_field(
        init=False, factory=dict
    )

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                try:
                    field_dict[prop_name] = prop.to_dict()
                except AttributeError:
                    if isinstance(prop, ClientCapabilitiesExperimentalType0AdditionalProperty):
                        raise
                    field_dict[prop_name] = _as_dict(prop, "ClientCapabilitiesExperimentalType0AdditionalProperty")
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, prop_name)
                raise

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
        client_capabilities_experimental_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional_property = ClientCapabilitiesExperimentalType0AdditionalProperty.from_dict(prop_dict)

            additional_properties[prop_name] = additional_property

        client_capabilities_experimental_type_0.additional_properties = additional_properties
        return client_capabilities_experimental_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> ClientCapabilitiesExperimentalType0AdditionalProperty:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: ClientCapabilitiesExperimentalType0AdditionalProperty) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.client_capabilities_experimental_type_0_additional_property import (
    ClientCapabilitiesExperimentalType0AdditionalProperty,
)
