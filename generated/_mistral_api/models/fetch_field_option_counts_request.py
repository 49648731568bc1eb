from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.filter_payload import FilterPayload
else:
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")


T = TypeVar("T", bound="FetchFieldOptionCountsRequest")


class FetchFieldOptionCountsRequest:
    """
    Attributes:
        filter_params (FilterPayload | None | Unset):
    """

    __slots__ = ("additional_properties", "filter_params")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("filter_params",)

    filter_params: FilterPayload | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        filter_params: FilterPayload | None | Unset = UNSET,
    ) -> None:
        self.filter_params = filter_params
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            filter_params: dict[str, Any] | None | Unset
            if isinstance(self.filter_params, Unset):
                filter_params = UNSET
            elif isinstance(self.filter_params, FilterPayload):
                filter_params = self.filter_params.to_dict()
            else:
                filter_params = self.filter_params
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "filter_params")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filter_params is not UNSET:
            field_dict["filter_params"] = filter_params

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
        _filter_params_data = d.pop("filter_params", UNSET)
        filter_params: FilterPayload | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _filter_params_data is None:
                filter_params = _filter_params_data
                break
            if isinstance(_filter_params_data, Unset):
                filter_params = _filter_params_data
                break
            if isinstance(_filter_params_data, dict):
                try:
                    filter_params_type_0 = FilterPayload.from_dict(_filter_params_data)

                    filter_params = filter_params_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            filter_params = cast("FilterPayload | None | Unset", _filter_params_data)
            break

        fetch_field_option_counts_request = cls(
            filter_params,
        )

        fetch_field_option_counts_request.additional_properties = d
        return fetch_field_option_counts_request

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
