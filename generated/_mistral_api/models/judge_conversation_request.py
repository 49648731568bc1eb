from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.judge_conversation_request_messages_item import JudgeConversationRequestMessagesItem
    from ..models.judge_conversation_request_properties_type_0 import JudgeConversationRequestPropertiesType0
else:
    JudgeConversationRequestMessagesItem = _Lazy(
        globals(), "judge_conversation_request_messages_item", "JudgeConversationRequestMessagesItem"
    )
    JudgeConversationRequestPropertiesType0 = _Lazy(
        globals(), "judge_conversation_request_properties_type_0", "JudgeConversationRequestPropertiesType0"
    )


T = TypeVar("T", bound="JudgeConversationRequest")


class JudgeConversationRequest:
    """
    Attributes:
        messages (list[JudgeConversationRequestMessagesItem]):
        properties (JudgeConversationRequestPropertiesType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "messages", "properties")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "messages",
        "properties",
    )

    messages: list[JudgeConversationRequestMessagesItem]
    properties: JudgeConversationRequestPropertiesType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        messages: list[JudgeConversationRequestMessagesItem],
        properties: JudgeConversationRequestPropertiesType0 | None | Unset = UNSET,
    ) -> None:
        self.messages = messages
        self.properties = properties
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            messages = []
            try:
                for messages_item_data in self.messages:
                    try:
                        messages_item = messages_item_data.to_dict()
                    except AttributeError:
                        if isinstance(messages_item_data, JudgeConversationRequestMessagesItem):
                            raise
                        messages_item = _as_dict(messages_item_data, "JudgeConversationRequestMessagesItem")
                    messages.append(messages_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(messages))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "messages")
            raise

        try:
            properties: dict[str, Any] | None | Unset
            if isinstance(self.properties, Unset):
                properties = UNSET
            elif isinstance(self.properties, JudgeConversationRequestPropertiesType0):
                properties = self.properties.to_dict()
            else:
                properties = self.properties
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "properties")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "messages": messages,
            }
        )
        if properties is not UNSET:
            field_dict["properties"] = properties

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
        messages = []
        _messages = d.pop("messages")
        for messages_item_data in _messages:
            messages_item = JudgeConversationRequestMessagesItem.from_dict(messages_item_data)

            messages.append(messages_item)

        _properties_data = d.pop("properties", UNSET)
        properties: JudgeConversationRequestPropertiesType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _properties_data is None:
                properties = _properties_data
                break
            if isinstance(_properties_data, Unset):
                properties = _properties_data
                break
            if isinstance(_properties_data, dict):
                try:
                    properties_type_0 = JudgeConversationRequestPropertiesType0.from_dict(_properties_data)

                    properties = properties_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            properties = cast("JudgeConversationRequestPropertiesType0 | None | Unset", _properties_data)
            break

        judge_conversation_request = cls(
            messages,
            properties,
        )

        judge_conversation_request.additional_properties = d
        return judge_conversation_request

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
