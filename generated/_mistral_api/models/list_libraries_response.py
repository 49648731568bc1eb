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
    from ..models.library import Library
    from ..models.pagination_info import PaginationInfo
else:
    Library = _Lazy(globals(), "library", "Library")
    PaginationInfo = _Lazy(globals(), "pagination_info", "PaginationInfo")


T = TypeVar("T", bound="ListLibrariesResponse")


class ListLibrariesResponse:
    """
    Attributes:
        data (list[Library]):
        pagination (None | PaginationInfo | Unset): Deprecated: offset pagination metadata. Only populated for callers
            using the deprecated `page` parameter; omitted when `page_token` is used. While RBAC filtering is being rolled
            out `total_items` is a rough estimate (candidate count before per-library checks). Use `next_page_token` instead
            — this field will be removed once offset paging is retired.
        next_page_token (None | str | Unset): Opaque continuation token for the next page. Pass it back as `page_token`
            to fetch the next page. Null when there are no more results. Prefer this over the deprecated offset `page`
            parameter.
    """

    __slots__ = ("additional_properties", "data", "next_page_token", "pagination")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "data",
        "pagination",
        "next_page_token",
    )

    data: list[Library]
    pagination: None | PaginationInfo | Unset
    next_page_token: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        data: list[Library],
        pagination: None | PaginationInfo | Unset = UNSET,
        next_page_token: None | str | Unset = UNSET,
    ) -> None:
        self.data = data
        self.pagination = pagination
        self.next_page_token = next_page_token
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            data = []
            try:
                for data_item_data in self.data:
                    try:
                        data_item = data_item_data.to_dict()
                    except AttributeError:
                        if isinstance(data_item_data, Library):
                            raise
                        data_item = _as_dict(data_item_data, "Library")
                    data.append(data_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(data))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        try:
            pagination: dict[str, Any] | None | Unset
            if isinstance(self.pagination, Unset):
                pagination = UNSET
            elif isinstance(self.pagination, PaginationInfo):
                pagination = self.pagination.to_dict()
            else:
                pagination = self.pagination
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "pagination")
            raise

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data": data,
            }
        )
        if pagination is not UNSET:
            field_dict["pagination"] = pagination
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

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
        data = []
        _data = d.pop("data")
        for data_item_data in _data:
            data_item = Library.from_dict(data_item_data)

            data.append(data_item)

        _pagination_data = d.pop("pagination", UNSET)
        pagination: None | PaginationInfo | Unset
        while True:  # one pass; each break is the generator's `return`
            if _pagination_data is None:
                pagination = _pagination_data
                break
            if isinstance(_pagination_data, Unset):
                pagination = _pagination_data
                break
            if isinstance(_pagination_data, dict):
                try:
                    pagination_type_0 = PaginationInfo.from_dict(_pagination_data)

                    pagination = pagination_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            pagination = cast("None | PaginationInfo | Unset", _pagination_data)
            break

        next_page_token: None | str | Unset = d.pop("next_page_token", UNSET)

        list_libraries_response = cls(
            data,
            pagination,
            next_page_token,
        )

        list_libraries_response.additional_properties = d
        return list_libraries_response

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
