from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TempoTraceAttributeArrayElement")


class TempoTraceAttributeArrayElement:
    """
    Attributes:
        string_value (None | str | Unset): A string element in the array
        int_value (None | str | Unset): An integer element in the array
        bool_value (bool | None | Unset): A boolean element in the array
    """

    __slots__ = ("additional_properties", "bool_value", "int_value", "string_value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "string_value",
        "int_value",
        "bool_value",
    )

    string_value: None | str | Unset
    int_value: None | str | Unset
    bool_value: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        string_value: None | str | Unset = UNSET,
        int_value: None | str | Unset = UNSET,
        bool_value: bool | None | Unset = UNSET,
    ) -> None:
        self.string_value = string_value
        self.int_value = int_value
        self.bool_value = bool_value
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        string_value: None | str | Unset
        if isinstance(self.string_value, Unset):
            string_value = UNSET
        else:
            string_value = self.string_value

        int_value: None | str | Unset
        if isinstance(self.int_value, Unset):
            int_value = UNSET
        else:
            int_value = self.int_value

        bool_value: bool | None | Unset
        if isinstance(self.bool_value, Unset):
            bool_value = UNSET
        else:
            bool_value = self.bool_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if string_value is not UNSET:
            field_dict["stringValue"] = string_value
        if int_value is not UNSET:
            field_dict["intValue"] = int_value
        if bool_value is not UNSET:
            field_dict["boolValue"] = bool_value

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
        string_value: None | str | Unset = d.pop("stringValue", UNSET)

        int_value: None | str | Unset = d.pop("intValue", UNSET)

        bool_value: bool | None | Unset = d.pop("boolValue", UNSET)

        tempo_trace_attribute_array_element = cls(
            string_value,
            int_value,
            bool_value,
        )

        tempo_trace_attribute_array_element.additional_properties = d
        return tempo_trace_attribute_array_element

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
