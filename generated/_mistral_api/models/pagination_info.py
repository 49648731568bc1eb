from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PaginationInfo")


class PaginationInfo:
    """
    Attributes:
        total_items (int):
        total_pages (int):
        current_page (int):
        page_size (int):
        has_more (bool):
    """

    __slots__ = ("additional_properties", "current_page", "has_more", "page_size", "total_items", "total_pages")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "total_items",
        "total_pages",
        "current_page",
        "page_size",
        "has_more",
    )

    total_items: int
    total_pages: int
    current_page: int
    page_size: int
    has_more: bool
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total_items: int,
        total_pages: int,
        current_page: int,
        page_size: int,
        has_more: bool,
    ) -> None:
        self.total_items = total_items
        self.total_pages = total_pages
        self.current_page = current_page
        self.page_size = page_size
        self.has_more = has_more
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        total_items = self.total_items

        total_pages = self.total_pages

        current_page = self.current_page

        page_size = self.page_size

        has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_items": total_items,
                "total_pages": total_pages,
                "current_page": current_page,
                "page_size": page_size,
                "has_more": has_more,
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
        total_items = d.pop("total_items")

        total_pages = d.pop("total_pages")

        current_page = d.pop("current_page")

        page_size = d.pop("page_size")

        has_more = d.pop("has_more")

        pagination_info = cls(
            total_items,
            total_pages,
            current_page,
            page_size,
            has_more,
        )

        pagination_info.additional_properties = d
        return pagination_info

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
