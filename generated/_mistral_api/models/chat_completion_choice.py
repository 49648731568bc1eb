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
    from ..models.assistant_message import AssistantMessage
    from ..models.chat_completion_choice_finish_reason import ChatCompletionChoiceFinishReason
    from ..models.delta_message import DeltaMessage
else:
    AssistantMessage = _Lazy(globals(), "assistant_message", "AssistantMessage")
    ChatCompletionChoiceFinishReason = _Lazy(
        globals(), "chat_completion_choice_finish_reason", "ChatCompletionChoiceFinishReason"
    )
    DeltaMessage = _Lazy(globals(), "delta_message", "DeltaMessage")


T = TypeVar("T", bound="ChatCompletionChoice")


class ChatCompletionChoice:
    """
    Attributes:
        index (int):  Example: 0.
        message (AssistantMessage):
        finish_reason (ChatCompletionChoiceFinishReason):  Example: stop.
        messages (list[DeltaMessage] | Unset):
    """

    __slots__ = ("additional_properties", "finish_reason", "index", "message", "messages")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "index",
        "message",
        "finish_reason",
        "messages",
    )

    index: int
    message: AssistantMessage
    finish_reason: ChatCompletionChoiceFinishReason
    messages: list[DeltaMessage] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        index: int,
        message: AssistantMessage,
        finish_reason: ChatCompletionChoiceFinishReason,
        messages: list[DeltaMessage] | Unset = UNSET,
    ) -> None:
        self.index = index
        self.message = message
        self.finish_reason = finish_reason
        self.messages = messages
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        index = self.index

        try:
            try:
                message = self.message.to_dict()
            except AttributeError:
                if isinstance(self.message, AssistantMessage):
                    raise
                message = _as_dict(self.message, "AssistantMessage")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "message")
            raise

        finish_reason = str(self.finish_reason)

        try:
            messages: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.messages, Unset):
                messages = []
                try:
                    for messages_item_data in self.messages:
                        try:
                            messages_item = messages_item_data.to_dict()
                        except AttributeError:
                            if isinstance(messages_item_data, DeltaMessage):
                                raise
                            messages_item = _as_dict(messages_item_data, "DeltaMessage")
                        messages.append(messages_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(messages))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "messages")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "index": index,
                "message": message,
                "finish_reason": finish_reason,
            }
        )
        if messages is not UNSET:
            field_dict["messages"] = messages

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
        index = d.pop("index")

        message = AssistantMessage.from_dict(d.pop("message"))

        finish_reason = ChatCompletionChoiceFinishReason(d.pop("finish_reason"))

        _messages = d.pop("messages", UNSET)
        messages: list[DeltaMessage] | Unset = UNSET
        if _messages is not UNSET:
            messages = []
            for messages_item_data in _messages:
                messages_item = DeltaMessage.from_dict(messages_item_data)

                messages.append(messages_item)

        chat_completion_choice = cls(
            index,
            message,
            finish_reason,
            messages,
        )

        chat_completion_choice.additional_properties = d
        return chat_completion_choice

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
