from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OCRUsageInfo")


class OCRUsageInfo:
    """
    Attributes:
        pages_processed (int): Number of pages processed
        doc_size_bytes (int | None | Unset): Document size in bytes
    """

    __slots__ = ("additional_properties", "doc_size_bytes", "pages_processed")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "pages_processed",
        "doc_size_bytes",
    )

    pages_processed: int
    doc_size_bytes: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        pages_processed: int,
        doc_size_bytes: int | None | Unset = UNSET,
    ) -> None:
        self.pages_processed = pages_processed
        self.doc_size_bytes = doc_size_bytes
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        pages_processed = self.pages_processed

        doc_size_bytes: int | None | Unset
        if isinstance(self.doc_size_bytes, Unset):
            doc_size_bytes = UNSET
        else:
            doc_size_bytes = self.doc_size_bytes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "pages_processed": pages_processed,
            }
        )
        if doc_size_bytes is not UNSET:
            field_dict["doc_size_bytes"] = doc_size_bytes

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
        pages_processed = d.pop("pages_processed")

        doc_size_bytes: int | None | Unset = d.pop("doc_size_bytes", UNSET)

        ocr_usage_info = cls(
            pages_processed,
            doc_size_bytes,
        )

        ocr_usage_info.additional_properties = d
        return ocr_usage_info

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
