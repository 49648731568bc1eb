from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UsageInfoPromptTokensDetailsType0")


class UsageInfoPromptTokensDetailsType0:
    """
    Attributes:
        cached_tokens (int | Unset):
        audio_tokens (int | Unset):
    """

    __slots__ = ("additional_properties", "audio_tokens", "cached_tokens")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "cached_tokens",
        "audio_tokens",
    )

    cached_tokens: int | Unset
    audio_tokens: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        cached_tokens: int | Unset = UNSET,
        audio_tokens: int | Unset = UNSET,
    ) -> None:
        self.cached_tokens = cached_tokens
        self.audio_tokens = audio_tokens
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        cached_tokens = self.cached_tokens

        audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if cached_tokens is not UNSET:
            field_dict["cached_tokens"] = cached_tokens
        if audio_tokens is not UNSET:
            field_dict["audio_tokens"] = audio_tokens

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
        cached_tokens = d.pop("cached_tokens", UNSET)

        audio_tokens = d.pop("audio_tokens", UNSET)

        usage_info_prompt_tokens_details_type_0 = cls(
            cached_tokens,
            audio_tokens,
        )

        usage_info_prompt_tokens_details_type_0.additional_properties = d
        return usage_info_prompt_tokens_details_type_0

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
