from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.usage_info_prompt_tokens_details_type_0 import UsageInfoPromptTokensDetailsType0
else:
    UsageInfoPromptTokensDetailsType0 = _Lazy(
        globals(), "usage_info_prompt_tokens_details_type_0", "UsageInfoPromptTokensDetailsType0"
    )


T = TypeVar("T", bound="UsageInfo")


class UsageInfo:
    """
    Attributes:
        prompt_tokens (int):  Default: 0.
        completion_tokens (int):  Default: 0.
        total_tokens (int):  Default: 0.
        prompt_audio_seconds (int | None | Unset):
        service_tier (None | str | Unset): The service tier at which the request was processed: standard or priority.
        num_cached_tokens (int | None | Unset):
        prompt_tokens_details (None | Unset | UsageInfoPromptTokensDetailsType0):
    """

    __slots__ = (
        "additional_properties",
        "completion_tokens",
        "num_cached_tokens",
        "prompt_audio_seconds",
        "prompt_tokens",
        "prompt_tokens_details",
        "service_tier",
        "total_tokens",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "prompt_tokens",
        "completion_tokens",
        "total_tokens",
        "prompt_audio_seconds",
        "service_tier",
        "num_cached_tokens",
        "prompt_tokens_details",
    )

    prompt_tokens: int
    completion_tokens: int
    total_tokens: int
    prompt_audio_seconds: int | None | Unset
    service_tier: None | str | Unset
    num_cached_tokens: int | None | Unset
    prompt_tokens_details: None | Unset | UsageInfoPromptTokensDetailsType0
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt_tokens: int = 0,
        completion_tokens: int = 0,
        total_tokens: int = 0,
        prompt_audio_seconds: int | None | Unset = UNSET,
        service_tier: None | str | Unset = UNSET,
        num_cached_tokens: int | None | Unset = UNSET,
        prompt_tokens_details: None | Unset | UsageInfoPromptTokensDetailsType0 = UNSET,
    ) -> None:
        self.prompt_tokens = prompt_tokens
        self.completion_tokens = completion_tokens
        self.total_tokens = total_tokens
        self.prompt_audio_seconds = prompt_audio_seconds
        self.service_tier = service_tier
        self.num_cached_tokens = num_cached_tokens
        self.prompt_tokens_details = prompt_tokens_details
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        total_tokens = self.total_tokens

        prompt_audio_seconds: int | None | Unset
        if isinstance(self.prompt_audio_seconds, Unset):
            prompt_audio_seconds = UNSET
        else:
            prompt_audio_seconds = self.prompt_audio_seconds

        service_tier: None | str | Unset
        if isinstance(self.service_tier, Unset):
            service_tier = UNSET
        else:
            service_tier = self.service_tier

        num_cached_tokens: int | None | Unset
        if isinstance(self.num_cached_tokens, Unset):
            num_cached_tokens = UNSET
        else:
            num_cached_tokens = self.num_cached_tokens

        try:
            prompt_tokens_details: dict[str, Any] | None | Unset
            if isinstance(self.prompt_tokens_details, Unset):
                prompt_tokens_details = UNSET
            elif isinstance(self.prompt_tokens_details, UsageInfoPromptTokensDetailsType0):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prompt_tokens_details")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "prompt_tokens": prompt_tokens,
                "completion_tokens": completion_tokens,
                "total_tokens": total_tokens,
            }
        )
        if prompt_audio_seconds is not UNSET:
            field_dict["prompt_audio_seconds"] = prompt_audio_seconds
        if service_tier is not UNSET:
            field_dict["service_tier"] = service_tier
        if num_cached_tokens is not UNSET:
            field_dict["num_cached_tokens"] = num_cached_tokens
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details

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
        prompt_tokens = d.pop("prompt_tokens")

        completion_tokens = d.pop("completion_tokens")

        total_tokens = d.pop("total_tokens")

        prompt_audio_seconds: int | None | Unset = d.pop("prompt_audio_seconds", UNSET)

        service_tier: None | str | Unset = d.pop("service_tier", UNSET)

        num_cached_tokens: int | None | Unset = d.pop("num_cached_tokens", UNSET)

        _prompt_tokens_details_data = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: None | Unset | UsageInfoPromptTokensDetailsType0
        while True:  # one pass; each break is the generator's `return`
            if _prompt_tokens_details_data is None:
                prompt_tokens_details = _prompt_tokens_details_data
                break
            if isinstance(_prompt_tokens_details_data, Unset):
                prompt_tokens_details = _prompt_tokens_details_data
                break
            if isinstance(_prompt_tokens_details_data, dict):
                try:
                    prompt_tokens_details_type_0 = UsageInfoPromptTokensDetailsType0.from_dict(
                        _prompt_tokens_details_data
                    )

                    prompt_tokens_details = prompt_tokens_details_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prompt_tokens_details = cast(
                "None | Unset | UsageInfoPromptTokensDetailsType0", _prompt_tokens_details_data
            )
            break

        usage_info = cls(
            prompt_tokens,
            completion_tokens,
            total_tokens,
            prompt_audio_seconds,
            service_tier,
            num_cached_tokens,
            prompt_tokens_details,
        )

        usage_info.additional_properties = d
        return usage_info

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
