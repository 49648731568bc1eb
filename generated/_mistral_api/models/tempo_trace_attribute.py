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
    from ..models.tempo_trace_attribute_array_value import TempoTraceAttributeArrayValue
    from ..models.tempo_trace_attribute_bool_value import TempoTraceAttributeBoolValue
    from ..models.tempo_trace_attribute_int_value import TempoTraceAttributeIntValue
    from ..models.tempo_trace_attribute_string_value import TempoTraceAttributeStringValue
else:
    TempoTraceAttributeArrayValue = _Lazy(
        globals(), "tempo_trace_attribute_array_value", "TempoTraceAttributeArrayValue"
    )
    TempoTraceAttributeBoolValue = _Lazy(globals(), "tempo_trace_attribute_bool_value", "TempoTraceAttributeBoolValue")
    TempoTraceAttributeIntValue = _Lazy(globals(), "tempo_trace_attribute_int_value", "TempoTraceAttributeIntValue")
    TempoTraceAttributeStringValue = _Lazy(
        globals(), "tempo_trace_attribute_string_value", "TempoTraceAttributeStringValue"
    )


T = TypeVar("T", bound="TempoTraceAttribute")


class TempoTraceAttribute:
    """
    Attributes:
        key (str): The key of the attribute
        value (TempoTraceAttributeArrayValue | TempoTraceAttributeBoolValue | TempoTraceAttributeIntValue |
            TempoTraceAttributeStringValue): The value of the attribute
    """

    __slots__ = ("additional_properties", "key", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "key",
        "value",
    )

    key: str
    value: (
        TempoTraceAttributeArrayValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeStringValue
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        key: str,
        value: TempoTraceAttributeArrayValue
        | TempoTraceAttributeBoolValue
        | TempoTraceAttributeIntValue
        | TempoTraceAttributeStringValue,
    ) -> None:
        self.key = key
        self.value = value
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        try:
            value: dict[str, Any]
            if (
                isinstance(self.value, TempoTraceAttributeStringValue)
                or isinstance(self.value, TempoTraceAttributeIntValue)
                or isinstance(self.value, TempoTraceAttributeBoolValue)
            ):
                value = self.value.to_dict()
            else:
                try:
                    value = self.value.to_dict()
                except AttributeError:
                    if isinstance(self.value, TempoTraceAttributeArrayValue):
                        raise
                    value = _as_dict(
                        self.value,
                        "TempoTraceAttributeArrayValue | TempoTraceAttributeBoolValue | TempoTraceAttributeIntValue | TempoTraceAttributeStringValue",
                    )
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "value")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "value": value,
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
        key = d.pop("key")

        _value_data = d.pop("value")
        value: (
            TempoTraceAttributeArrayValue
            | TempoTraceAttributeBoolValue
            | TempoTraceAttributeIntValue
            | TempoTraceAttributeStringValue
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_value_data, dict):
                try:
                    value_type_0 = TempoTraceAttributeStringValue.from_dict(_value_data)

                    value = value_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_value_data, dict):
                try:
                    value_type_1 = TempoTraceAttributeIntValue.from_dict(_value_data)

                    value = value_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_value_data, dict):
                try:
                    value_type_2 = TempoTraceAttributeBoolValue.from_dict(_value_data)

                    value = value_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_value_data, dict):
                raise TypeError()
            value_type_3 = TempoTraceAttributeArrayValue.from_dict(_value_data)

            value = value_type_3
            break

        tempo_trace_attribute = cls(
            key,
            value,
        )

        tempo_trace_attribute.additional_properties = d
        return tempo_trace_attribute

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
