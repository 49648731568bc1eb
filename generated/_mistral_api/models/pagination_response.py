from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="PaginationResponse")


class PaginationResponse:
    """
    Attributes:
        page_size (int):
        next_cursor (None | str | Unset):
    """

    __slots__ = ("additional_properties", "next_cursor", "page_size")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "page_size",
        "next_cursor",
    )

    page_size: int
    next_cursor: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        page_size: int,
        next_cursor: None | str | Unset = UNSET,
    ) -> None:
        self.page_size = page_size
        self.next_cursor = next_cursor
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        page_size = self.page_size

        next_cursor: None | str | Unset
        if isinstance(self.next_cursor, Unset):
            next_cursor = UNSET
        else:
            next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "page_size": page_size,
            }
        )
        if next_cursor is not UNSET:
            field_dict["next_cursor"] = next_cursor

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
        page_size = d.pop("page_size")

        next_cursor: None | str | Unset = d.pop("next_cursor", UNSET)

        pagination_response = cls(
            page_size,
            next_cursor,
        )

        pagination_response.additional_properties = d
        return pagination_response

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
