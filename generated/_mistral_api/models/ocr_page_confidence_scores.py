from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.ocr_confidence_score import OCRConfidenceScore
else:
    OCRConfidenceScore = _Lazy(globals(), "ocr_confidence_score", "OCRConfidenceScore")


T = TypeVar("T", bound="OCRPageConfidenceScores")


class OCRPageConfidenceScores:
    """Confidence scores for an OCR page at various granularities.

    Note on page-level stats:
    - For 'page' and 'block' granularity: average/minimum are computed from per-token
      exp(logprob). Neither ``word_confidence_scores`` nor ``token_scores`` is populated.
      Per-block scores are attached to response blocks separately for 'block' granularity.
    - For 'word' granularity: average/minimum are computed from per-word confidence, where
      each word's confidence is exp(mean(token_logprobs)) — a geometric mean over the
      word's subword tokens. ``word_confidence_scores`` is populated.
    - For 'token' granularity (internal): average/minimum are computed from
      ``token_scores``; ``token_scores`` is populated.

        Attributes:
            average_page_confidence_score (float): Average confidence score for the page
            minimum_page_confidence_score (float): Minimum confidence score for the page
            word_confidence_scores (list[OCRConfidenceScore] | Unset): Word-level confidence scores (populated only for
                'word' granularity)
    """

    __slots__ = (
        "additional_properties",
        "average_page_confidence_score",
        "minimum_page_confidence_score",
        "word_confidence_scores",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "average_page_confidence_score",
        "minimum_page_confidence_score",
        "word_confidence_scores",
    )

    average_page_confidence_score: float
    minimum_page_confidence_score: float
    word_confidence_scores: list[OCRConfidenceScore] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        average_page_confidence_score: float,
        minimum_page_confidence_score: float,
        word_confidence_scores: list[OCRConfidenceScore] | Unset = UNSET,
    ) -> None:
        self.average_page_confidence_score = average_page_confidence_score
        self.minimum_page_confidence_score = minimum_page_confidence_score
        self.word_confidence_scores = word_confidence_scores
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        average_page_confidence_score = self.average_page_confidence_score

        minimum_page_confidence_score = self.minimum_page_confidence_score

        try:
            word_confidence_scores: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.word_confidence_scores, Unset):
                word_confidence_scores = []
                try:
                    for word_confidence_scores_item_data in self.word_confidence_scores:
                        try:
                            word_confidence_scores_item = word_confidence_scores_item_data.to_dict()
                        except AttributeError:
                            if isinstance(word_confidence_scores_item_data, OCRConfidenceScore):
                                raise
                            word_confidence_scores_item = _as_dict(
                                word_confidence_scores_item_data, "OCRConfidenceScore"
                            )
                        word_confidence_scores.append(word_confidence_scores_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(word_confidence_scores))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "word_confidence_scores")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "average_page_confidence_score": average_page_confidence_score,
                "minimum_page_confidence_score": minimum_page_confidence_score,
            }
        )
        if word_confidence_scores is not UNSET:
            field_dict["word_confidence_scores"] = word_confidence_scores

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
        average_page_confidence_score = d.pop("average_page_confidence_score")

        minimum_page_confidence_score = d.pop("minimum_page_confidence_score")

        _word_confidence_scores = d.pop("word_confidence_scores", UNSET)
        word_confidence_scores: list[OCRConfidenceScore] | Unset = UNSET
        if _word_confidence_scores is not UNSET:
            word_confidence_scores = []
            for word_confidence_scores_item_data in _word_confidence_scores:
                word_confidence_scores_item = OCRConfidenceScore.from_dict(word_confidence_scores_item_data)

                word_confidence_scores.append(word_confidence_scores_item)

        ocr_page_confidence_scores = cls(
            average_page_confidence_score,
            minimum_page_confidence_score,
            word_confidence_scores,
        )

        ocr_page_confidence_scores.additional_properties = d
        return ocr_page_confidence_scores

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
