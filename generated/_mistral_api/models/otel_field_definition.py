from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.metric_aggregation import MetricAggregation
from ..models.otel_field_definition_supported_operators_item import OtelFieldDefinitionSupportedOperatorsItem
from ..models.otel_field_definition_type import OtelFieldDefinitionType
from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OtelFieldDefinition")


@_attrs_define(repr=False)
class OtelFieldDefinition:
    """
    Attributes:
        name (str):
        label (str):
        type_ (OtelFieldDefinitionType):
        supported_operators (list[OtelFieldDefinitionSupportedOperatorsItem]):
        supported_aggregations (list[MetricAggregation]):
        group (None | str | Unset):
    """

    name: str
    label: str
    type_: OtelFieldDefinitionType
    supported_operators: list[OtelFieldDefinitionSupportedOperatorsItem]
    supported_aggregations: list[MetricAggregation]
    group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        type_ = str(self.type_)

        supported_operators = []
        for supported_operators_item_data in self.supported_operators:
            supported_operators_item = str(supported_operators_item_data)
            supported_operators.append(supported_operators_item)

        supported_aggregations = []
        for supported_aggregations_item_data in self.supported_aggregations:
            supported_aggregations_item = str(supported_aggregations_item_data)
            supported_aggregations.append(supported_aggregations_item)

        group: None | str | Unset
        if isinstance(self.group, Unset):
            group = UNSET
        else:
            group = self.group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "label": label,
                "type": type_,
                "supported_operators": supported_operators,
                "supported_aggregations": supported_aggregations,
            }
        )
        if group is not UNSET:
            field_dict["group"] = group

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

        label = d.pop("label")

        type_ = OtelFieldDefinitionType(d.pop("type"))

        supported_operators = []
        _supported_operators = d.pop("supported_operators")
        for supported_operators_item_data in _supported_operators:
            supported_operators_item = OtelFieldDefinitionSupportedOperatorsItem(supported_operators_item_data)

            supported_operators.append(supported_operators_item)

        supported_aggregations = []
        _supported_aggregations = d.pop("supported_aggregations")
        for supported_aggregations_item_data in _supported_aggregations:
            supported_aggregations_item = MetricAggregation(supported_aggregations_item_data)

            supported_aggregations.append(supported_aggregations_item)

        group: None | str | Unset = d.pop("group", UNSET)

        otel_field_definition = cls(
            name,
            label,
            type_,
            supported_operators,
            supported_aggregations,
            group,
        )

        otel_field_definition.additional_properties = d
        return otel_field_definition

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
