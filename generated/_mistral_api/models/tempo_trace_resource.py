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
    from ..models.tempo_trace_attribute import TempoTraceAttribute
else:
    TempoTraceAttribute = _Lazy(globals(), "tempo_trace_attribute", "TempoTraceAttribute")


T = TypeVar("T", bound="TempoTraceResource")


class TempoTraceResource:
    """
    Attributes:
        attributes (list[TempoTraceAttribute] | Unset): The attributes of the resource
    """

    __slots__ = ("additional_properties", "attributes")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("attributes",)

    attributes: list[TempoTraceAttribute] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        attributes: list[TempoTraceAttribute] | Unset = UNSET,
    ) -> None:
        self.attributes = attributes
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            attributes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.attributes, Unset):
                attributes = []
                try:
                    for attributes_item_data in self.attributes:
                        try:
                            attributes_item = attributes_item_data.to_dict()
                        except AttributeError:
                            if isinstance(attributes_item_data, TempoTraceAttribute):
                                raise
                            attributes_item = _as_dict(attributes_item_data, "TempoTraceAttribute")
                        attributes.append(attributes_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(attributes))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "attributes")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if attributes is not UNSET:
            field_dict["attributes"] = attributes

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
        _attributes = d.pop("attributes", UNSET)
        attributes: list[TempoTraceAttribute] | Unset = UNSET
        if _attributes is not UNSET:
            attributes = []
            for attributes_item_data in _attributes:
                attributes_item = TempoTraceAttribute.from_dict(attributes_item_data)

                attributes.append(attributes_item)

        tempo_trace_resource = cls(
            attributes,
        )

        tempo_trace_resource.additional_properties = d
        return tempo_trace_resource

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
