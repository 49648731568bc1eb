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
    from ..models.field_option_count_item import FieldOptionCountItem
else:
    FieldOptionCountItem = _Lazy(globals(), "field_option_count_item", "FieldOptionCountItem")


T = TypeVar("T", bound="FetchFieldOptionCountsResponse")


class FetchFieldOptionCountsResponse:
    """
    Attributes:
        counts (list[FieldOptionCountItem]):
    """

    __slots__ = ("additional_properties", "counts")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("counts",)

    counts: list[FieldOptionCountItem]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        counts: list[FieldOptionCountItem],
    ) -> None:
        self.counts = counts
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            counts = []
            try:
                for counts_item_data in self.counts:
                    try:
                        counts_item = counts_item_data.to_dict()
                    except AttributeError:
                        if isinstance(counts_item_data, FieldOptionCountItem):
                            raise
                        counts_item = _as_dict(counts_item_data, "FieldOptionCountItem")
                    counts.append(counts_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(counts))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "counts")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "counts": counts,
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
        counts = []
        _counts = d.pop("counts")
        for counts_item_data in _counts:
            counts_item = FieldOptionCountItem.from_dict(counts_item_data)

            counts.append(counts_item)

        fetch_field_option_counts_response = cls(
            counts,
        )

        fetch_field_option_counts_response.additional_properties = d
        return fetch_field_option_counts_response

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
