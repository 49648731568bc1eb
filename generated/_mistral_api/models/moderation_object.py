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
    from ..models.moderation_object_categories import ModerationObjectCategories
    from ..models.moderation_object_category_scores import ModerationObjectCategoryScores
else:
    ModerationObjectCategories = _Lazy(globals(), "moderation_object_categories", "ModerationObjectCategories")
    ModerationObjectCategoryScores = _Lazy(
        globals(), "moderation_object_category_scores", "ModerationObjectCategoryScores"
    )


T = TypeVar("T", bound="ModerationObject")


class ModerationObject:
    """
    Attributes:
        categories (ModerationObjectCategories | Unset): Moderation result thresholds
        category_scores (ModerationObjectCategoryScores | Unset): Moderation result
    """

    __slots__ = ("additional_properties", "categories", "category_scores")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "categories",
        "category_scores",
    )

    categories: ModerationObjectCategories | Unset
    category_scores: ModerationObjectCategoryScores | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        categories: ModerationObjectCategories | Unset = UNSET,
        category_scores: ModerationObjectCategoryScores | Unset = UNSET,
    ) -> None:
        self.categories = categories
        self.category_scores = category_scores
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            categories: dict[str, Any] | Unset = UNSET
            if not isinstance(self.categories, Unset):
                try:
                    categories = self.categories.to_dict()
                except AttributeError:
                    if isinstance(self.categories, ModerationObjectCategories):
                        raise
                    categories = _as_dict(self.categories, "ModerationObjectCategories")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "categories")
            raise

        try:
            category_scores: dict[str, Any] | Unset = UNSET
            if not isinstance(self.category_scores, Unset):
                try:
                    category_scores = self.category_scores.to_dict()
                except AttributeError:
                    if isinstance(self.category_scores, ModerationObjectCategoryScores):
                        raise
                    category_scores = _as_dict(self.category_scores, "ModerationObjectCategoryScores")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "category_scores")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if categories is not UNSET:
            field_dict["categories"] = categories
        if category_scores is not UNSET:
            field_dict["category_scores"] = category_scores

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
        _categories = d.pop("categories", UNSET)
        categories: ModerationObjectCategories | Unset
        if isinstance(_categories, Unset):
            categories = UNSET
        else:
            categories = ModerationObjectCategories.from_dict(_categories)

        _category_scores = d.pop("category_scores", UNSET)
        category_scores: ModerationObjectCategoryScores | Unset
        if isinstance(_category_scores, Unset):
            category_scores = UNSET
        else:
            category_scores = ModerationObjectCategoryScores.from_dict(_category_scores)

        moderation_object = cls(
            categories,
            category_scores,
        )

        moderation_object.additional_properties = d
        return moderation_object

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
