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
    from ..models.message_tokens import MessageTokens
else:
    MessageTokens = _Lazy(globals(), "message_tokens", "MessageTokens")


T = TypeVar("T", bound="PromptTokensDetails")


class PromptTokensDetails:
    """Token usage details for the prompt.

    Attributes:
        messages (list[MessageTokens] | Unset):
        cached_tokens (int | Unset):  Default: 0.
        audio_tokens (int | Unset):  Default: 0.
    """

    __slots__ = ("additional_properties", "audio_tokens", "cached_tokens", "messages")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "messages",
        "cached_tokens",
        "audio_tokens",
    )

    messages: list[MessageTokens] | Unset
    cached_tokens: int | Unset
    audio_tokens: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        messages: list[MessageTokens] | Unset = UNSET,
        cached_tokens: int | Unset = UNSET,
        audio_tokens: int | Unset = UNSET,
    ) -> None:
        self.messages = messages
        self.cached_tokens = cached_tokens
        self.audio_tokens = audio_tokens
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            messages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.messages, Unset):
                messages = []
                try:
                    for messages_item_data in self.messages:
                        try:
                            messages_item = messages_item_data.to_dict()
                        except AttributeError:
                            if isinstance(messages_item_data, MessageTokens):
                                raise
                            messages_item = _as_dict(messages_item_data, "MessageTokens")
                        messages.append(messages_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(messages))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "messages")
            raise

        cached_tokens = self.cached_tokens

        audio_tokens = self.audio_tokens

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if messages is not UNSET:
            field_dict["messages"] = messages
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
        _messages = d.pop("messages", UNSET)
        messages: list[MessageTokens] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = MessageTokens.from_dict(messages_item_data)

                messages.append(messages_item)

        cached_tokens = d.pop("cached_tokens", UNSET)

        audio_tokens = d.pop("audio_tokens", UNSET)

        prompt_tokens_details = cls(
            messages,
            cached_tokens,
            audio_tokens,
        )

        prompt_tokens_details.additional_properties = d
        return prompt_tokens_details

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
