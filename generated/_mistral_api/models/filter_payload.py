from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.filter_condition import FilterCondition
    from ..models.filter_group import FilterGroup
else:
    FilterCondition = _Lazy(globals(), "filter_condition", "FilterCondition")
    FilterGroup = _Lazy(globals(), "filter_group", "FilterGroup")


T = TypeVar("T", bound="FilterPayload")


class FilterPayload:
    """
    Attributes:
        filters (FilterCondition | FilterGroup | None):
    """

    __slots__ = ("additional_properties", "filters")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("filters",)

    filters: FilterCondition | FilterGroup | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        filters: FilterCondition | FilterGroup | None,
    ) -> None:
        self.filters = filters
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            filters: dict[str, Any] | None
            if isinstance(self.filters, FilterGroup) or isinstance(self.filters, FilterCondition):
                filters = self.filters.to_dict()
            else:
                filters = self.filters
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "filters")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "filters": filters,
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
        _filters_data = d.pop("filters")
        filters: FilterCondition | FilterGroup | None
        while True:  # one pass; each break is the generator's `return`
            if _filters_data is None:
                filters = _filters_data
                break
            if isinstance(_filters_data, dict):
                try:
                    filters_type_0 = FilterGroup.from_dict(_filters_data)

                    filters = filters_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_filters_data, dict):
                try:
                    filters_type_1 = FilterCondition.from_dict(_filters_data)

                    filters = filters_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            filters = cast("FilterCondition | FilterGroup | None", _filters_data)
            break

        filter_payload = cls(
            filters,
        )

        filter_payload.additional_properties = d
        return filter_payload

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
