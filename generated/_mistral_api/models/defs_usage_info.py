from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.completion_tokens_details import CompletionTokensDetails
    from ..models.prompt_tokens_details import PromptTokensDetails
else:
    CompletionTokensDetails = _Lazy(globals(), "completion_tokens_details", "CompletionTokensDetails")
    PromptTokensDetails = _Lazy(globals(), "prompt_tokens_details", "PromptTokensDetails")


T = TypeVar("T", bound="DefsUsageInfo")


class DefsUsageInfo:
    """
    Attributes:
        prompt_audio_seconds (int | None | Unset):
        prompt_tokens (int | Unset):  Default: 0.
        total_tokens (int | Unset):  Default: 0.
        completion_tokens (int | None | Unset):  Default: 0.
        request_count (int | None | Unset):
        prompt_tokens_details (None | PromptTokensDetails | Unset):
        completion_tokens_details (CompletionTokensDetails | None | Unset):
        prompt_token_details (None | PromptTokensDetails | Unset):
        num_cached_tokens (int | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "completion_tokens",
        "completion_tokens_details",
        "num_cached_tokens",
        "prompt_audio_seconds",
        "prompt_token_details",
        "prompt_tokens",
        "prompt_tokens_details",
        "request_count",
        "total_tokens",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "prompt_audio_seconds",
        "prompt_tokens",
        "total_tokens",
        "completion_tokens",
        "request_count",
        "prompt_tokens_details",
        "completion_tokens_details",
        "prompt_token_details",
        "num_cached_tokens",
    )

    prompt_audio_seconds: int | None | Unset
    prompt_tokens: int | Unset
    total_tokens: int | Unset
    completion_tokens: int | None | Unset
    request_count: int | None | Unset
    prompt_tokens_details: None | PromptTokensDetails | Unset
    completion_tokens_details: CompletionTokensDetails | None | Unset
    prompt_token_details: None | PromptTokensDetails | Unset
    num_cached_tokens: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        prompt_audio_seconds: int | None | Unset = UNSET,
        prompt_tokens: int | Unset = UNSET,
        total_tokens: int | Unset = UNSET,
        completion_tokens: int | None | Unset = UNSET,
        request_count: int | None | Unset = UNSET,
        prompt_tokens_details: None | PromptTokensDetails | Unset = UNSET,
        completion_tokens_details: CompletionTokensDetails | None | Unset = UNSET,
        prompt_token_details: None | PromptTokensDetails | Unset = UNSET,
        num_cached_tokens: int | None | Unset = UNSET,
    ) -> None:
        self.prompt_audio_seconds = prompt_audio_seconds
        self.prompt_tokens = prompt_tokens
        self.total_tokens = total_tokens
        self.completion_tokens = completion_tokens
        self.request_count = request_count
        self.prompt_tokens_details = prompt_tokens_details
        self.completion_tokens_details = completion_tokens_details
        self.prompt_token_details = prompt_token_details
        self.num_cached_tokens = num_cached_tokens
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        prompt_audio_seconds: int | None | Unset
        if isinstance(self.prompt_audio_seconds, Unset):
            prompt_audio_seconds = UNSET
        else:
            prompt_audio_seconds = self.prompt_audio_seconds

        prompt_tokens = self.prompt_tokens

        total_tokens = self.total_tokens

        completion_tokens: int | None | Unset
        if isinstance(self.completion_tokens, Unset):
            completion_tokens = UNSET
        else:
            completion_tokens = self.completion_tokens

        request_count: int | None | Unset
        if isinstance(self.request_count, Unset):
            request_count = UNSET
        else:
            request_count = self.request_count

        try:
            prompt_tokens_details: dict[str, Any] | None | Unset
            if isinstance(self.prompt_tokens_details, Unset):
                prompt_tokens_details = UNSET
            elif isinstance(self.prompt_tokens_details, PromptTokensDetails):
                prompt_tokens_details = self.prompt_tokens_details.to_dict()
            else:
                prompt_tokens_details = self.prompt_tokens_details
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prompt_tokens_details")
            raise

        try:
            completion_tokens_details: dict[str, Any] | None | Unset
            if isinstance(self.completion_tokens_details, Unset):
                completion_tokens_details = UNSET
            elif isinstance(self.completion_tokens_details, CompletionTokensDetails):
                completion_tokens_details = self.completion_tokens_details.to_dict()
            else:
                completion_tokens_details = self.completion_tokens_details
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completion_tokens_details")
            raise

        try:
            prompt_token_details: dict[str, Any] | None | Unset
            if isinstance(self.prompt_token_details, Unset):
                prompt_token_details = UNSET
            elif isinstance(self.prompt_token_details, PromptTokensDetails):
                prompt_token_details = self.prompt_token_details.to_dict()
            else:
                prompt_token_details = self.prompt_token_details
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "prompt_token_details")
            raise

        num_cached_tokens: int | None | Unset
        if isinstance(self.num_cached_tokens, Unset):
            num_cached_tokens = UNSET
        else:
            num_cached_tokens = self.num_cached_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if prompt_audio_seconds is not UNSET:
            field_dict["prompt_audio_seconds"] = prompt_audio_seconds
        if prompt_tokens is not UNSET:
            field_dict["prompt_tokens"] = prompt_tokens
        if total_tokens is not UNSET:
            field_dict["total_tokens"] = total_tokens
        if completion_tokens is not UNSET:
            field_dict["completion_tokens"] = completion_tokens
        if request_count is not UNSET:
            field_dict["request_count"] = request_count
        if prompt_tokens_details is not UNSET:
            field_dict["prompt_tokens_details"] = prompt_tokens_details
        if completion_tokens_details is not UNSET:
            field_dict["completion_tokens_details"] = completion_tokens_details
        if prompt_token_details is not UNSET:
            field_dict["prompt_token_details"] = prompt_token_details
        if num_cached_tokens is not UNSET:
            field_dict["num_cached_tokens"] = num_cached_tokens

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
        prompt_audio_seconds: int | None | Unset = d.pop("prompt_audio_seconds", UNSET)

        prompt_tokens = d.pop("prompt_tokens", UNSET)

        total_tokens = d.pop("total_tokens", UNSET)

        completion_tokens: int | None | Unset = d.pop("completion_tokens", UNSET)

        request_count: int | None | Unset = d.pop("request_count", UNSET)

        _prompt_tokens_details_data = d.pop("prompt_tokens_details", UNSET)
        prompt_tokens_details: None | PromptTokensDetails | Unset
        while True:  # one pass; each break is the generator's `return`
            if _prompt_tokens_details_data is None:
                prompt_tokens_details = _prompt_tokens_details_data
                break
            if isinstance(_prompt_tokens_details_data, Unset):
                prompt_tokens_details = _prompt_tokens_details_data
                break
            if isinstance(_prompt_tokens_details_data, dict):
                try:
                    prompt_tokens_details_type_0 = PromptTokensDetails.from_dict(_prompt_tokens_details_data)

                    prompt_tokens_details = prompt_tokens_details_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prompt_tokens_details = cast("None | PromptTokensDetails | Unset", _prompt_tokens_details_data)
            break

        _completion_tokens_details_data = d.pop("completion_tokens_details", UNSET)
        completion_tokens_details: CompletionTokensDetails | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _completion_tokens_details_data is None:
                completion_tokens_details = _completion_tokens_details_data
                break
            if isinstance(_completion_tokens_details_data, Unset):
                completion_tokens_details = _completion_tokens_details_data
                break
            if isinstance(_completion_tokens_details_data, dict):
                try:
                    completion_tokens_details_type_0 = CompletionTokensDetails.from_dict(
                        _completion_tokens_details_data
                    )

                    completion_tokens_details = completion_tokens_details_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            completion_tokens_details = cast("CompletionTokensDetails | None | Unset", _completion_tokens_details_data)
            break

        _prompt_token_details_data = d.pop("prompt_token_details", UNSET)
        prompt_token_details: None | PromptTokensDetails | Unset
        while True:  # one pass; each break is the generator's `return`
            if _prompt_token_details_data is None:
                prompt_token_details = _prompt_token_details_data
                break
            if isinstance(_prompt_token_details_data, Unset):
                prompt_token_details = _prompt_token_details_data
                break
            if isinstance(_prompt_token_details_data, dict):
                try:
                    prompt_token_details_type_0 = PromptTokensDetails.from_dict(_prompt_token_details_data)

                    prompt_token_details = prompt_token_details_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            prompt_token_details = cast("None | PromptTokensDetails | Unset", _prompt_token_details_data)
            break

        num_cached_tokens: int | None | Unset = d.pop("num_cached_tokens", UNSET)

        defs_usage_info = cls(
            prompt_audio_seconds,
            prompt_tokens,
            total_tokens,
            completion_tokens,
            request_count,
            prompt_tokens_details,
            completion_tokens_details,
            prompt_token_details,
            num_cached_tokens,
        )

        defs_usage_info.additional_properties = d
        return defs_usage_info

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
