from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.ocr_block_confidence_scores import OCRBlockConfidenceScores
else:
    OCRBlockConfidenceScores = _Lazy(globals(), "ocr_block_confidence_scores", "OCRBlockConfidenceScores")


T = TypeVar("T", bound="OCRListBlock")


class OCRListBlock:
    """
    Attributes:
        top_left_x (int):
        top_left_y (int):
        bottom_right_x (int):
        bottom_right_y (int):
        content (str): Text/markdown/html content of this block
        confidence_scores (None | OCRBlockConfidenceScores | Unset): Confidence scores for this block. Populated when
            confidence_scores_granularity is set to 'block'.
        type_ (Literal['list'] | Unset):  Default: 'list'.
    """

    __slots__ = (
        "additional_properties",
        "bottom_right_x",
        "bottom_right_y",
        "confidence_scores",
        "content",
        "top_left_x",
        "top_left_y",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "top_left_x",
        "top_left_y",
        "bottom_right_x",
        "bottom_right_y",
        "content",
        "confidence_scores",
        "type_",
    )

    top_left_x: int
    top_left_y: int
    bottom_right_x: int
    bottom_right_y: int
    content: str
    confidence_scores: None | OCRBlockConfidenceScores | Unset
    type_: Literal["list"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        top_left_x: int,
        top_left_y: int,
        bottom_right_x: int,
        bottom_right_y: int,
        content: str,
        confidence_scores: None | OCRBlockConfidenceScores | Unset = UNSET,
        type_: Literal["list"] | Unset = "list",
    ) -> None:
        self.top_left_x = top_left_x
        self.top_left_y = top_left_y
        self.bottom_right_x = bottom_right_x
        self.bottom_right_y = bottom_right_y
        self.content = content
        self.confidence_scores = confidence_scores
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        top_left_x = self.top_left_x

        top_left_y = self.top_left_y

        bottom_right_x = self.bottom_right_x

        bottom_right_y = self.bottom_right_y

        content = self.content

        try:
            confidence_scores: dict[str, Any] | None | Unset
            if isinstance(self.confidence_scores, Unset):
                confidence_scores = UNSET
            elif isinstance(self.confidence_scores, OCRBlockConfidenceScores):
                confidence_scores = self.confidence_scores.to_dict()
            else:
                confidence_scores = self.confidence_scores
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "confidence_scores")
            raise

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "top_left_x": top_left_x,
                "top_left_y": top_left_y,
                "bottom_right_x": bottom_right_x,
                "bottom_right_y": bottom_right_y,
                "content": content,
            }
        )
        if confidence_scores is not UNSET:
            field_dict["confidence_scores"] = confidence_scores
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        top_left_x = d.pop("top_left_x")

        top_left_y = d.pop("top_left_y")

        bottom_right_x = d.pop("bottom_right_x")

        bottom_right_y = d.pop("bottom_right_y")

        content = d.pop("content")

        _confidence_scores_data = d.pop("confidence_scores", UNSET)
        confidence_scores: None | OCRBlockConfidenceScores | Unset
        while True:  # one pass; each break is the generator's `return`
            if _confidence_scores_data is None:
                confidence_scores = _confidence_scores_data
                break
            if isinstance(_confidence_scores_data, Unset):
                confidence_scores = _confidence_scores_data
                break
            if isinstance(_confidence_scores_data, dict):
                try:
                    confidence_scores_type_0 = OCRBlockConfidenceScores.from_dict(_confidence_scores_data)

                    confidence_scores = confidence_scores_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            confidence_scores = cast("None | OCRBlockConfidenceScores | Unset", _confidence_scores_data)
            break

        type_ = cast(Literal["list"] | Unset, d.pop("type", UNSET))
        if type_ != "list" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'list', got '{type_}'")

        ocr_list_block = cls(
            top_left_x,
            top_left_y,
            bottom_right_x,
            bottom_right_y,
            content,
            confidence_scores,
            type_,
        )

        ocr_list_block.additional_properties = d
        return ocr_list_block

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
