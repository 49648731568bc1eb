from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.base_field_definition_supported_operators_item import BaseFieldDefinitionSupportedOperatorsItem
    from ..models.base_field_definition_type import BaseFieldDefinitionType
else:
    BaseFieldDefinitionSupportedOperatorsItem = _Lazy(
        globals(), "base_field_definition_supported_operators_item", "BaseFieldDefinitionSupportedOperatorsItem"
    )
    BaseFieldDefinitionType = _Lazy(globals(), "base_field_definition_type", "BaseFieldDefinitionType")


T = TypeVar("T", bound="BaseFieldDefinition")


class BaseFieldDefinition:
    """
    Attributes:
        name (str):
        label (str):
        type_ (BaseFieldDefinitionType):
        supported_operators (list[BaseFieldDefinitionSupportedOperatorsItem]):
        group (None | str | Unset):
    """

    __slots__ = ("additional_properties", "group", "label", "name", "supported_operators", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "label",
        "type_",
        "supported_operators",
        "group",
    )

    name: str
    label: str
    type_: BaseFieldDefinitionType
    supported_operators: list[BaseFieldDefinitionSupportedOperatorsItem]
    group: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        label: str,
        type_: BaseFieldDefinitionType,
        supported_operators: list[BaseFieldDefinitionSupportedOperatorsItem],
        group: None | str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.label = label
        self.type_ = type_
        self.supported_operators = supported_operators
        self.group = group
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        label = self.label

        type_ = str(self.type_)

        supported_operators = []
        for supported_operators_item_data in self.supported_operators:
            supported_operators_item = str(supported_operators_item_data)
            supported_operators.append(supported_operators_item)

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

        type_ = BaseFieldDefinitionType(d.pop("type"))

        supported_operators = []
        _supported_operators = d.pop("supported_operators")
        for supported_operators_item_data in _supported_operators:
            supported_operators_item = BaseFieldDefinitionSupportedOperatorsItem(supported_operators_item_data)

            supported_operators.append(supported_operators_item)

        group: None | str | Unset = d.pop("group", UNSET)

        base_field_definition = cls(
            name,
            label,
            type_,
            supported_operators,
            group,
        )

        base_field_definition.additional_properties = d
        return base_field_definition

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
