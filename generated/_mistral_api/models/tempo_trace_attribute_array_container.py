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
    from ..models.tempo_trace_attribute_array_element import TempoTraceAttributeArrayElement
else:
    TempoTraceAttributeArrayElement = _Lazy(
        globals(), "tempo_trace_attribute_array_element", "TempoTraceAttributeArrayElement"
    )


T = TypeVar("T", bound="TempoTraceAttributeArrayContainer")


class TempoTraceAttributeArrayContainer:
    """
    Attributes:
        values (list[TempoTraceAttributeArrayElement] | Unset): The values of the array
    """

    __slots__ = ("additional_properties", "values")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("values",)

    values: list[TempoTraceAttributeArrayElement] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        values: list[TempoTraceAttributeArrayElement] | Unset = UNSET,
    ) -> None:
        self.values = values
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            values: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.values, Unset):
                values = []
                try:
                    for values_item_data in self.values:
                        try:
                            values_item = values_item_data.to_dict()
                        except AttributeError:
                            if isinstance(values_item_data, TempoTraceAttributeArrayElement):
                                raise
                            values_item = _as_dict(values_item_data, "TempoTraceAttributeArrayElement")
                        values.append(values_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(values))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "values")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if values is not UNSET:
            field_dict["values"] = values

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
        _values = d.pop("values", UNSET)
        values: list[TempoTraceAttributeArrayElement] | Unset = UNSET
        if _values is not UNSET:
            values = []
            for values_item_data in _values:
                values_item = TempoTraceAttributeArrayElement.from_dict(values_item_data)

                values.append(values_item)

        tempo_trace_attribute_array_container = cls(
            values,
        )

        tempo_trace_attribute_array_container.additional_properties = d
        return tempo_trace_attribute_array_container

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
