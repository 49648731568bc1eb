from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.filter_payload import FilterPayload
else:
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")


T = TypeVar("T", bound="SearchChatCompletionEventsRequest")


class SearchChatCompletionEventsRequest:
    """
    Attributes:
        search_params (FilterPayload):
        extra_fields (list[str] | None | Unset):
    """

    __slots__ = ("additional_properties", "extra_fields", "search_params")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "search_params",
        "extra_fields",
    )

    search_params: FilterPayload
    extra_fields: list[str] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        search_params: FilterPayload,
        extra_fields: list[str] | None | Unset = UNSET,
    ) -> None:
        self.search_params = search_params
        self.extra_fields = extra_fields
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                search_params = self.search_params.to_dict()
            except AttributeError:
                if isinstance(self.search_params, FilterPayload):
                    raise
                search_params = _as_dict(self.search_params, "FilterPayload")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "search_params")
            raise

        extra_fields: list[str] | None | Unset
        if isinstance(self.extra_fields, Unset):
            extra_fields = UNSET
        elif isinstance(self.extra_fields, list):
            extra_fields = self.extra_fields

        else:
            extra_fields = self.extra_fields

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "search_params": search_params,
            }
        )
        if extra_fields is not UNSET:
            field_dict["extra_fields"] = extra_fields

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
        search_params = FilterPayload.from_dict(d.pop("search_params"))

        _extra_fields_data = d.pop("extra_fields", UNSET)
        extra_fields: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _extra_fields_data is None:
                extra_fields = _extra_fields_data
                break
            if isinstance(_extra_fields_data, Unset):
                extra_fields = _extra_fields_data
                break
            if isinstance(_extra_fields_data, list):
                try:
                    extra_fields_type_0 = cast(list[str], _extra_fields_data)

                    extra_fields = extra_fields_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            extra_fields = cast("list[str] | None | Unset", _extra_fields_data)
            break

        search_chat_completion_events_request = cls(
            search_params,
            extra_fields,
        )

        search_chat_completion_events_request.additional_properties = d
        return search_chat_completion_events_request

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
