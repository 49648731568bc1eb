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
    from ..models.ocr_confidence_score import OCRConfidenceScore
    from ..models.ocr_table_object_format import OCRTableObjectFormat
else:
    OCRConfidenceScore = _Lazy(globals(), "ocr_confidence_score", "OCRConfidenceScore")
    OCRTableObjectFormat = _Lazy(globals(), "ocr_table_object_format", "OCRTableObjectFormat")


T = TypeVar("T", bound="OCRTableObject")


class OCRTableObject:
    """
    Attributes:
        id (str): Table ID for extracted table in a page
        content (str): Content of the table in the given format
        format_ (OCRTableObjectFormat): Format of the table
        word_confidence_scores (list[OCRConfidenceScore] | None | Unset): Per-word confidence scores for the table
            content. Returned when confidence_scores_granularity is set to 'word'.
    """

    __slots__ = ("additional_properties", "content", "format_", "id", "word_confidence_scores")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "content",
        "format_",
        "word_confidence_scores",
    )

    id: str
    content: str
    format_: OCRTableObjectFormat
    word_confidence_scores: list[OCRConfidenceScore] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        content: str,
        format_: OCRTableObjectFormat,
        word_confidence_scores: list[OCRConfidenceScore] | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.content = content
        self.format_ = format_
        self.word_confidence_scores = word_confidence_scores
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        content = self.content

        format_ = str(self.format_)

        try:
            word_confidence_scores: list[dict[str, Any]] | None | Unset
            if isinstance(self.word_confidence_scores, Unset):
                word_confidence_scores = UNSET
            elif isinstance(self.word_confidence_scores, list):
                word_confidence_scores = []
                try:
                    for word_confidence_scores_type_0_item_data in self.word_confidence_scores:
                        try:
                            word_confidence_scores_type_0_item = word_confidence_scores_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(word_confidence_scores_type_0_item_data, OCRConfidenceScore):
                                raise
                            word_confidence_scores_type_0_item = _as_dict(
                                word_confidence_scores_type_0_item_data, "OCRConfidenceScore"
                            )
                        word_confidence_scores.append(word_confidence_scores_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(word_confidence_scores))
                    raise
            else:
                word_confidence_scores = self.word_confidence_scores
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "word_confidence_scores")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
                "format": format_,
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
        id = d.pop("id")

        content = d.pop("content")

        format_ = OCRTableObjectFormat(d.pop("format"))

        _word_confidence_scores_data = d.pop("word_confidence_scores", UNSET)
        word_confidence_scores: list[OCRConfidenceScore] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _word_confidence_scores_data is None:
                word_confidence_scores = _word_confidence_scores_data
                break
            if isinstance(_word_confidence_scores_data, Unset):
                word_confidence_scores = _word_confidence_scores_data
                break
            if isinstance(_word_confidence_scores_data, list):
                try:
                    word_confidence_scores_type_0 = []
                    _word_confidence_scores_type_0 = _word_confidence_scores_data
                    for word_confidence_scores_type_0_item_data in _word_confidence_scores_type_0:
                        word_confidence_scores_type_0_item = OCRConfidenceScore.from_dict(
                            word_confidence_scores_type_0_item_data
                        )

                        word_confidence_scores_type_0.append(word_confidence_scores_type_0_item)

                    word_confidence_scores = word_confidence_scores_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            word_confidence_scores = cast("list[OCRConfidenceScore] | None | Unset", _word_confidence_scores_data)
            break

        ocr_table_object = cls(
            id,
            content,
            format_,
            word_confidence_scores,
        )

        ocr_table_object.additional_properties = d
        return ocr_table_object

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
