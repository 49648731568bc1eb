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
    from ..models.voice_response import VoiceResponse
else:
    VoiceResponse = _Lazy(globals(), "voice_response", "VoiceResponse")


T = TypeVar("T", bound="VoiceListResponse")


class VoiceListResponse:
    """Schema for voice list response

    Attributes:
        items (list[VoiceResponse]):
        total (int):
        page (int):
        page_size (int):
        total_pages (int):
    """

    __slots__ = ("additional_properties", "items", "page", "page_size", "total", "total_pages")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "items",
        "total",
        "page",
        "page_size",
        "total_pages",
    )

    items: list[VoiceResponse]
    total: int
    page: int
    page_size: int
    total_pages: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        items: list[VoiceResponse],
        total: int,
        page: int,
        page_size: int,
        total_pages: int,
    ) -> None:
        self.items = items
        self.total = total
        self.page = page
        self.page_size = page_size
        self.total_pages = total_pages
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            items = []
            try:
                for items_item_data in self.items:
                    try:
                        items_item = items_item_data.to_dict()
                    except AttributeError:
                        if isinstance(items_item_data, VoiceResponse):
                            raise
                        items_item = _as_dict(items_item_data, "VoiceResponse")
                    items.append(items_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(items))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "items")
            raise

        total = self.total

        page = self.page

        page_size = self.page_size

        total_pages = self.total_pages

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total": total,
                "page": page,
                "page_size": page_size,
                "total_pages": total_pages,
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
        items = []
        _items = d.pop("items")
        for items_item_data in _items:
            items_item = VoiceResponse.from_dict(items_item_data)

            items.append(items_item)

        total = d.pop("total")

        page = d.pop("page")

        page_size = d.pop("page_size")

        total_pages = d.pop("total_pages")

        voice_list_response = cls(
            items,
            total,
            page,
            page_size,
            total_pages,
        )

        voice_list_response.additional_properties = d
        return voice_list_response

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
