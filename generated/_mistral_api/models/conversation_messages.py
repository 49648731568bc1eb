from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.message_input_entry import MessageInputEntry
    from ..models.message_output_entry import MessageOutputEntry
else:
    MessageInputEntry = _Lazy(globals(), "message_input_entry", "MessageInputEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")


T = TypeVar("T", bound="ConversationMessages")


class ConversationMessages:
    """Similar to the conversation history but only keep the messages

    Attributes:
        conversation_id (str):
        messages (list[MessageInputEntry | MessageOutputEntry]):
        object_ (Literal['conversation.messages'] | Unset):  Default: 'conversation.messages'.
    """

    __slots__ = ("additional_properties", "conversation_id", "messages", "object_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "conversation_id",
        "messages",
        "object_",
    )

    conversation_id: str
    messages: list[MessageInputEntry | MessageOutputEntry]
    object_: Literal["conversation.messages"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        conversation_id: str,
        messages: list[MessageInputEntry | MessageOutputEntry],
        object_: Literal["conversation.messages"] | Unset = "conversation.messages",
    ) -> None:
        self.conversation_id = conversation_id
        self.messages = messages
        self.object_ = object_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        conversation_id = self.conversation_id

        try:
            messages = []
            try:
                for componentsschemas_message_entries_item_data in self.messages:
                    componentsschemas_message_entries_item: dict[str, Any]
                    if isinstance(componentsschemas_message_entries_item_data, MessageInputEntry):
                        componentsschemas_message_entries_item = componentsschemas_message_entries_item_data.to_dict()
                    else:
                        try:
                            componentsschemas_message_entries_item = (
                                componentsschemas_message_entries_item_data.to_dict()
                            )
                        except AttributeError:
                            if isinstance(componentsschemas_message_entries_item_data, MessageOutputEntry):
                                raise
                            componentsschemas_message_entries_item = _as_dict(
                                componentsschemas_message_entries_item_data, "MessageInputEntry | MessageOutputEntry"
                            )
                    messages.append(componentsschemas_message_entries_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(messages))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "messages")
            raise

        object_ = self.object_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "conversation_id": conversation_id,
                "messages": messages,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_

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
        conversation_id = d.pop("conversation_id")

        messages = []
        _messages = d.pop("messages")
        for componentsschemas_message_entries_item_data in _messages:
            _componentsschemas_message_entries_item_data = componentsschemas_message_entries_item_data
            componentsschemas_message_entries_item: MessageInputEntry | MessageOutputEntry
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_componentsschemas_message_entries_item_data, dict):
                    try:
                        componentsschemas_message_entries_item_type_0 = MessageInputEntry.from_dict(
                            _componentsschemas_message_entries_item_data
                        )

                        componentsschemas_message_entries_item = componentsschemas_message_entries_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_componentsschemas_message_entries_item_data, dict):
                    raise TypeError()
                componentsschemas_message_entries_item_type_1 = MessageOutputEntry.from_dict(
                    _componentsschemas_message_entries_item_data
                )

                componentsschemas_message_entries_item = componentsschemas_message_entries_item_type_1
                break

            messages.append(componentsschemas_message_entries_item)

        object_ = cast(Literal["conversation.messages"] | Unset, d.pop("object", UNSET))
        if object_ != "conversation.messages" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'conversation.messages', got '{object_}'")

        conversation_messages = cls(
            conversation_id,
            messages,
            object_,
        )

        conversation_messages.additional_properties = d
        return conversation_messages

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
