from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.base_field_definition import BaseFieldDefinition
    from ..models.field_group import FieldGroup
else:
    BaseFieldDefinition = _Lazy(globals(), "base_field_definition", "BaseFieldDefinition")
    FieldGroup = _Lazy(globals(), "field_group", "FieldGroup")


T = TypeVar("T", bound="ListChatCompletionFieldsResponse")


class ListChatCompletionFieldsResponse:
    """
    Attributes:
        field_definitions (list[BaseFieldDefinition]):
        field_groups (list[FieldGroup]):
    """

    __slots__ = ("additional_properties", "field_definitions", "field_groups")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "field_definitions",
        "field_groups",
    )

    field_definitions: list[BaseFieldDefinition]
    field_groups: list[FieldGroup]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        field_definitions: list[BaseFieldDefinition],
        field_groups: list[FieldGroup],
    ) -> None:
        self.field_definitions = field_definitions
        self.field_groups = field_groups
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            field_definitions = []
            try:
                for field_definitions_item_data in self.field_definitions:
                    try:
                        field_definitions_item = field_definitions_item_data.to_dict()
                    except AttributeError:
                        if isinstance(field_definitions_item_data, BaseFieldDefinition):
                            raise
                        field_definitions_item = _as_dict(field_definitions_item_data, "BaseFieldDefinition")
                    field_definitions.append(field_definitions_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(field_definitions))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_definitions")
            raise

        try:
            field_groups = []
            try:
                for field_groups_item_data in self.field_groups:
                    try:
                        field_groups_item = field_groups_item_data.to_dict()
                    except AttributeError:
                        if isinstance(field_groups_item_data, FieldGroup):
                            raise
                        field_groups_item = _as_dict(field_groups_item_data, "FieldGroup")
                    field_groups.append(field_groups_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(field_groups))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_groups")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "field_definitions": field_definitions,
                "field_groups": field_groups,
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
        field_definitions = []
        _field_definitions = d.pop("field_definitions")
        for field_definitions_item_data in _field_definitions:
            field_definitions_item = BaseFieldDefinition.from_dict(field_definitions_item_data)

            field_definitions.append(field_definitions_item)

        field_groups = []
        _field_groups = d.pop("field_groups")
        for field_groups_item_data in _field_groups:
            field_groups_item = FieldGroup.from_dict(field_groups_item_data)

            field_groups.append(field_groups_item)

        list_chat_completion_fields_response = cls(
            field_definitions,
            field_groups,
        )

        list_chat_completion_fields_response.additional_properties = d
        return list_chat_completion_fields_response

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
