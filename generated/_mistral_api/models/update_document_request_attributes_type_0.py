from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UpdateDocumentRequestAttributesType0")


class UpdateDocumentRequestAttributesType0:
    __slots__ = ("additional_properties",)
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ()

    additional_properties: dict[str, bool | datetime.datetime | float | int | list[bool | float | int | str] | str]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            if isinstance(prop, datetime.datetime):
                field_dict[prop_name] = prop.isoformat().replace("+00:00", "Z")
            elif isinstance(prop, list):
                field_dict[prop_name] = []
                for additional_property_type_5_item_data in prop:
                    additional_property_type_5_item: bool | float | int | str
                    additional_property_type_5_item = additional_property_type_5_item_data
                    field_dict[prop_name].append(additional_property_type_5_item)

            else:
                field_dict[prop_name] = prop

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
        update_document_request_attributes_type_0 = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: bool | datetime.datetime | float | int | list[bool | float | int | str] | str
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_additional_property_data, str):
                    try:
                        additional_property_type_4 = datetime.datetime.fromisoformat(_additional_property_data)

                        additional_property = additional_property_type_4
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_additional_property_data, list):
                    try:
                        additional_property_type_5 = []
                        _additional_property_type_5 = _additional_property_data
                        for additional_property_type_5_item_data in _additional_property_type_5:
                            additional_property_type_5_item: bool | float | int | str = (
                                additional_property_type_5_item_data
                            )

                            additional_property_type_5.append(additional_property_type_5_item)

                        additional_property = additional_property_type_5
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                additional_property = cast(
                    "bool | datetime.datetime | float | int | list[bool | float | int | str] | str",
                    _additional_property_data,
                )
                break

            additional_properties[prop_name] = additional_property

        update_document_request_attributes_type_0.additional_properties = additional_properties
        return update_document_request_attributes_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> bool | datetime.datetime | float | int | list[bool | float | int | str] | str:
        return self.additional_properties[key]

    def __setitem__(
        self, key: str, value: bool | datetime.datetime | float | list[bool | float | int | str] | str
    ) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
