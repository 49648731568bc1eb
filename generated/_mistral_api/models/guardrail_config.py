from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.moderation_llmv1_config import ModerationLLMV1Config
    from ..models.moderation_llmv2_config import ModerationLLMV2Config
else:
    ModerationLLMV1Config = _Lazy(globals(), "moderation_llmv1_config", "ModerationLLMV1Config")
    ModerationLLMV2Config = _Lazy(globals(), "moderation_llmv2_config", "ModerationLLMV2Config")


T = TypeVar("T", bound="GuardrailConfig")


class GuardrailConfig:
    """
    Attributes:
        block_on_error (bool | Unset): If true, return HTTP 403 and block request in the event of a server-side error
            Default: False.
        moderation_llm_v1 (ModerationLLMV1Config | None | Unset):
        moderation_llm_v2 (ModerationLLMV2Config | None | Unset):
    """

    __slots__ = ("additional_properties", "block_on_error", "moderation_llm_v1", "moderation_llm_v2")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "block_on_error",
        "moderation_llm_v1",
        "moderation_llm_v2",
    )

    block_on_error: bool | Unset
    moderation_llm_v1: ModerationLLMV1Config | None | Unset
    moderation_llm_v2: ModerationLLMV2Config | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        block_on_error: bool | Unset = UNSET,
        moderation_llm_v1: ModerationLLMV1Config | None | Unset = UNSET,
        moderation_llm_v2: ModerationLLMV2Config | None | Unset = UNSET,
    ) -> None:
        self.block_on_error = block_on_error
        self.moderation_llm_v1 = moderation_llm_v1
        self.moderation_llm_v2 = moderation_llm_v2
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        block_on_error = self.block_on_error

        try:
            moderation_llm_v1: dict[str, Any] | None | Unset
            if isinstance(self.moderation_llm_v1, Unset):
                moderation_llm_v1 = UNSET
            elif isinstance(self.moderation_llm_v1, ModerationLLMV1Config):
                moderation_llm_v1 = self.moderation_llm_v1.to_dict()
            else:
                moderation_llm_v1 = self.moderation_llm_v1
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "moderation_llm_v1")
            raise

        try:
            moderation_llm_v2: dict[str, Any] | None | Unset
            if isinstance(self.moderation_llm_v2, Unset):
                moderation_llm_v2 = UNSET
            elif isinstance(self.moderation_llm_v2, ModerationLLMV2Config):
                moderation_llm_v2 = self.moderation_llm_v2.to_dict()
            else:
                moderation_llm_v2 = self.moderation_llm_v2
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "moderation_llm_v2")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if block_on_error is not UNSET:
            field_dict["block_on_error"] = block_on_error
        if moderation_llm_v1 is not UNSET:
            field_dict["moderation_llm_v1"] = moderation_llm_v1
        if moderation_llm_v2 is not UNSET:
            field_dict["moderation_llm_v2"] = moderation_llm_v2

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
        block_on_error = d.pop("block_on_error", UNSET)

        _moderation_llm_v1_data = d.pop("moderation_llm_v1", UNSET)
        moderation_llm_v1: ModerationLLMV1Config | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _moderation_llm_v1_data is None:
                moderation_llm_v1 = _moderation_llm_v1_data
                break
            if isinstance(_moderation_llm_v1_data, Unset):
                moderation_llm_v1 = _moderation_llm_v1_data
                break
            if isinstance(_moderation_llm_v1_data, dict):
                try:
                    moderation_llm_v1_type_0 = ModerationLLMV1Config.from_dict(_moderation_llm_v1_data)

                    moderation_llm_v1 = moderation_llm_v1_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            moderation_llm_v1 = cast("ModerationLLMV1Config | None | Unset", _moderation_llm_v1_data)
            break

        _moderation_llm_v2_data = d.pop("moderation_llm_v2", UNSET)
        moderation_llm_v2: ModerationLLMV2Config | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _moderation_llm_v2_data is None:
                moderation_llm_v2 = _moderation_llm_v2_data
                break
            if isinstance(_moderation_llm_v2_data, Unset):
                moderation_llm_v2 = _moderation_llm_v2_data
                break
            if isinstance(_moderation_llm_v2_data, dict):
                try:
                    moderation_llm_v2_type_0 = ModerationLLMV2Config.from_dict(_moderation_llm_v2_data)

                    moderation_llm_v2 = moderation_llm_v2_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            moderation_llm_v2 = cast("ModerationLLMV2Config | None | Unset", _moderation_llm_v2_data)
            break

        guardrail_config = cls(
            block_on_error,
            moderation_llm_v1,
            moderation_llm_v2,
        )

        guardrail_config.additional_properties = d
        return guardrail_config

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
