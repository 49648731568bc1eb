from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.moderation_llm_action import ModerationLLMAction
    from ..models.moderation_llmv2_category_thresholds import ModerationLLMV2CategoryThresholds
else:
    ModerationLLMAction = _Lazy(globals(), "moderation_llm_action", "ModerationLLMAction")
    ModerationLLMV2CategoryThresholds = _Lazy(
        globals(), "moderation_llmv2_category_thresholds", "ModerationLLMV2CategoryThresholds"
    )


T = TypeVar("T", bound="ModerationLLMV2Config")


class ModerationLLMV2Config:
    """
    Attributes:
        model_name (str | Unset): Override model name. Should be omitted in general. Default: 'mistral-moderation-2603'.
        custom_category_thresholds (ModerationLLMV2CategoryThresholds | None | Unset):
        ignore_other_categories (bool | Unset): If true, only evaluate categories in custom_category_thresholds; others
            are ignored. Default: False.
        action (ModerationLLMAction | Unset):
    """

    __slots__ = (
        "action",
        "additional_properties",
        "custom_category_thresholds",
        "ignore_other_categories",
        "model_name",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model_name",
        "custom_category_thresholds",
        "ignore_other_categories",
        "action",
    )

    model_name: str | Unset
    custom_category_thresholds: ModerationLLMV2CategoryThresholds | None | Unset
    ignore_other_categories: bool | Unset
    action: ModerationLLMAction | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model_name: str | Unset = UNSET,
        custom_category_thresholds: ModerationLLMV2CategoryThresholds | None | Unset = UNSET,
        ignore_other_categories: bool | Unset = UNSET,
        action: ModerationLLMAction | Unset = UNSET,
    ) -> None:
        self.model_name = model_name
        self.custom_category_thresholds = custom_category_thresholds
        self.ignore_other_categories = ignore_other_categories
        self.action = action
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model_name = self.model_name

        try:
            custom_category_thresholds: dict[str, Any] | None | Unset
            if isinstance(self.custom_category_thresholds, Unset):
                custom_category_thresholds = UNSET
            elif isinstance(self.custom_category_thresholds, ModerationLLMV2CategoryThresholds):
                custom_category_thresholds = self.custom_category_thresholds.to_dict()
            else:
                custom_category_thresholds = self.custom_category_thresholds
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "custom_category_thresholds")
            raise

        ignore_other_categories = self.ignore_other_categories

        action: str | Unset = UNSET
        if not isinstance(self.action, Unset):
            action = str(self.action)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if model_name is not UNSET:
            field_dict["model_name"] = model_name
        if custom_category_thresholds is not UNSET:
            field_dict["custom_category_thresholds"] = custom_category_thresholds
        if ignore_other_categories is not UNSET:
            field_dict["ignore_other_categories"] = ignore_other_categories
        if action is not UNSET:
            field_dict["action"] = action

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
        model_name = d.pop("model_name", UNSET)

        _custom_category_thresholds_data = d.pop("custom_category_thresholds", UNSET)
        custom_category_thresholds: ModerationLLMV2CategoryThresholds | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _custom_category_thresholds_data is None:
                custom_category_thresholds = _custom_category_thresholds_data
                break
            if isinstance(_custom_category_thresholds_data, Unset):
                custom_category_thresholds = _custom_category_thresholds_data
                break
            if isinstance(_custom_category_thresholds_data, dict):
                try:
                    custom_category_thresholds_type_0 = ModerationLLMV2CategoryThresholds.from_dict(
                        _custom_category_thresholds_data
                    )

                    custom_category_thresholds = custom_category_thresholds_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            custom_category_thresholds = cast(
                "ModerationLLMV2CategoryThresholds | None | Unset", _custom_category_thresholds_data
            )
            break

        ignore_other_categories = d.pop("ignore_other_categories", UNSET)

        _action = d.pop("action", UNSET)
        action: ModerationLLMAction | Unset
        if isinstance(_action, Unset):
            action = UNSET
        else:
            action = ModerationLLMAction(_action)

        moderation_llmv2_config = cls(
            model_name,
            custom_category_thresholds,
            ignore_other_categories,
            action,
        )

        moderation_llmv2_config.additional_properties = d
        return moderation_llmv2_config

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
