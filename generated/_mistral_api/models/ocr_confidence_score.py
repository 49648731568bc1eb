from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OCRConfidenceScore")


class OCRConfidenceScore:
    """Confidence score for a token or word in OCR output.

    Attributes:
        text (str): The word or text segment
        confidence (float): Confidence score (0-1)
        start_index (int): Start index of the text in the page markdown string
    """

    __slots__ = ("additional_properties", "confidence", "start_index", "text")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "text",
        "confidence",
        "start_index",
    )

    text: str
    confidence: float
    start_index: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text: str,
        confidence: float,
        start_index: int,
    ) -> None:
        self.text = text
        self.confidence = confidence
        self.start_index = start_index
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        confidence = self.confidence

        start_index = self.start_index

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "confidence": confidence,
                "start_index": start_index,
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
        text = d.pop("text")

        confidence = d.pop("confidence")

        start_index = d.pop("start_index")

        ocr_confidence_score = cls(
            text,
            confidence,
            start_index,
        )

        ocr_confidence_score.additional_properties = d
        return ocr_confidence_score

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
