from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OCRBlockConfidenceScores")


class OCRBlockConfidenceScores:
    """Per-block confidence scores, computed per-word from model logprobs.

    All fields ``None`` when the block couldn't be scored.
    Individual fields ``None`` when that signal is absent — e.g. an image-only block has
    no caption, so content scores are ``None``.

        Attributes:
            average_content_confidence_score (float | None | Unset): Average confidence over the block's content (caption)
                tokens. None when the block has no textual content (e.g. image-only entry).
            minimum_content_confidence_score (float | None | Unset): Minimum per-word content confidence in the block. None
                when the block has no textual content.
            block_type_confidence_score (float | None | Unset): Confidence in the block type (e.g. 'text', 'title',
                'table'). None when the entry had no block type or the block type span could not be located.
    """

    __slots__ = (
        "additional_properties",
        "average_content_confidence_score",
        "block_type_confidence_score",
        "minimum_content_confidence_score",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "average_content_confidence_score",
        "minimum_content_confidence_score",
        "block_type_confidence_score",
    )

    average_content_confidence_score: float | None | Unset
    minimum_content_confidence_score: float | None | Unset
    block_type_confidence_score: float | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        average_content_confidence_score: float | None | Unset = UNSET,
        minimum_content_confidence_score: float | None | Unset = UNSET,
        block_type_confidence_score: float | None | Unset = UNSET,
    ) -> None:
        self.average_content_confidence_score = average_content_confidence_score
        self.minimum_content_confidence_score = minimum_content_confidence_score
        self.block_type_confidence_score = block_type_confidence_score
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        average_content_confidence_score: float | None | Unset
        if isinstance(self.average_content_confidence_score, Unset):
            average_content_confidence_score = UNSET
        else:
            average_content_confidence_score = self.average_content_confidence_score

        minimum_content_confidence_score: float | None | Unset
        if isinstance(self.minimum_content_confidence_score, Unset):
            minimum_content_confidence_score = UNSET
        else:
            minimum_content_confidence_score = self.minimum_content_confidence_score

        block_type_confidence_score: float | None | Unset
        if isinstance(self.block_type_confidence_score, Unset):
            block_type_confidence_score = UNSET
        else:
            block_type_confidence_score = self.block_type_confidence_score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if average_content_confidence_score is not UNSET:
            field_dict["average_content_confidence_score"] = average_content_confidence_score
        if minimum_content_confidence_score is not UNSET:
            field_dict["minimum_content_confidence_score"] = minimum_content_confidence_score
        if block_type_confidence_score is not UNSET:
            field_dict["block_type_confidence_score"] = block_type_confidence_score

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
        average_content_confidence_score: float | None | Unset = d.pop("average_content_confidence_score", UNSET)

        minimum_content_confidence_score: float | None | Unset = d.pop("minimum_content_confidence_score", UNSET)

        block_type_confidence_score: float | None | Unset = d.pop("block_type_confidence_score", UNSET)

        ocr_block_confidence_scores = cls(
            average_content_confidence_score,
            minimum_content_confidence_score,
            block_type_confidence_score,
        )

        ocr_block_confidence_scores.additional_properties = d
        return ocr_block_confidence_scores

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
