from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.chat_completion_event_enabled_tools_item import ChatCompletionEventEnabledToolsItem
    from ..models.chat_completion_event_extra_fields import ChatCompletionEventExtraFields
    from ..models.chat_completion_event_request_messages_item import ChatCompletionEventRequestMessagesItem
    from ..models.chat_completion_event_response_messages_item import ChatCompletionEventResponseMessagesItem
    from ..models.chat_transcription_event import ChatTranscriptionEvent
else:
    ChatCompletionEventEnabledToolsItem = _Lazy(
        globals(), "chat_completion_event_enabled_tools_item", "ChatCompletionEventEnabledToolsItem"
    )
    ChatCompletionEventExtraFields = _Lazy(
        globals(), "chat_completion_event_extra_fields", "ChatCompletionEventExtraFields"
    )
    ChatCompletionEventRequestMessagesItem = _Lazy(
        globals(), "chat_completion_event_request_messages_item", "ChatCompletionEventRequestMessagesItem"
    )
    ChatCompletionEventResponseMessagesItem = _Lazy(
        globals(), "chat_completion_event_response_messages_item", "ChatCompletionEventResponseMessagesItem"
    )
    ChatTranscriptionEvent = _Lazy(globals(), "chat_transcription_event", "ChatTranscriptionEvent")


T = TypeVar("T", bound="ChatCompletionEvent")


class ChatCompletionEvent:
    """
    Attributes:
        event_id (str):
        correlation_id (str):
        created_at (datetime.datetime):
        extra_fields (ChatCompletionEventExtraFields):
        nb_input_tokens (int):
        nb_output_tokens (int):
        enabled_tools (list[ChatCompletionEventEnabledToolsItem]):
        request_messages (list[ChatCompletionEventRequestMessagesItem]):
        response_messages (list[ChatCompletionEventResponseMessagesItem]):
        nb_messages (int):
        chat_transcription_events (list[ChatTranscriptionEvent]):
    """

    __slots__ = (
        "additional_properties",
        "chat_transcription_events",
        "correlation_id",
        "created_at",
        "enabled_tools",
        "event_id",
        "extra_fields",
        "nb_input_tokens",
        "nb_messages",
        "nb_output_tokens",
        "request_messages",
        "response_messages",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event_id",
        "correlation_id",
        "created_at",
        "extra_fields",
        "nb_input_tokens",
        "nb_output_tokens",
        "enabled_tools",
        "request_messages",
        "response_messages",
        "nb_messages",
        "chat_transcription_events",
    )

    event_id: str
    correlation_id: str
    created_at: datetime.datetime
    extra_fields: ChatCompletionEventExtraFields
    nb_input_tokens: int
    nb_output_tokens: int
    enabled_tools: list[ChatCompletionEventEnabledToolsItem]
    request_messages: list[ChatCompletionEventRequestMessagesItem]
    response_messages: list[ChatCompletionEventResponseMessagesItem]
    nb_messages: int
    chat_transcription_events: list[ChatTranscriptionEvent]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event_id: str,
        correlation_id: str,
        created_at: datetime.datetime,
        extra_fields: ChatCompletionEventExtraFields,
        nb_input_tokens: int,
        nb_output_tokens: int,
        enabled_tools: list[ChatCompletionEventEnabledToolsItem],
        request_messages: list[ChatCompletionEventRequestMessagesItem],
        response_messages: list[ChatCompletionEventResponseMessagesItem],
        nb_messages: int,
        chat_transcription_events: list[ChatTranscriptionEvent],
    ) -> None:
        self.event_id = event_id
        self.correlation_id = correlation_id
        self.created_at = created_at
        self.extra_fields = extra_fields
        self.nb_input_tokens = nb_input_tokens
        self.nb_output_tokens = nb_output_tokens
        self.enabled_tools = enabled_tools
        self.request_messages = request_messages
        self.response_messages = response_messages
        self.nb_messages = nb_messages
        self.chat_transcription_events = chat_transcription_events
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event_id = self.event_id

        correlation_id = self.correlation_id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        try:
            try:
                extra_fields = self.extra_fields.to_dict()
            except AttributeError:
                if isinstance(self.extra_fields, ChatCompletionEventExtraFields):
                    raise
                extra_fields = _as_dict(self.extra_fields, "ChatCompletionEventExtraFields")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "extra_fields")
            raise

        nb_input_tokens = self.nb_input_tokens

        nb_output_tokens = self.nb_output_tokens

        try:
            enabled_tools = []
            try:
                for enabled_tools_item_data in self.enabled_tools:
                    try:
                        enabled_tools_item = enabled_tools_item_data.to_dict()
                    except AttributeError:
                        if isinstance(enabled_tools_item_data, ChatCompletionEventEnabledToolsItem):
                            raise
                        enabled_tools_item = _as_dict(enabled_tools_item_data, "ChatCompletionEventEnabledToolsItem")
                    enabled_tools.append(enabled_tools_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(enabled_tools))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "enabled_tools")
            raise

        try:
            request_messages = []
            try:
                for request_messages_item_data in self.request_messages:
                    try:
                        request_messages_item = request_messages_item_data.to_dict()
                    except AttributeError:
                        if isinstance(request_messages_item_data, ChatCompletionEventRequestMessagesItem):
                            raise
                        request_messages_item = _as_dict(
                            request_messages_item_data, "ChatCompletionEventRequestMessagesItem"
                        )
                    request_messages.append(request_messages_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(request_messages))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "request_messages")
            raise

        try:
            response_messages = []
            try:
                for response_messages_item_data in self.response_messages:
                    try:
                        response_messages_item = response_messages_item_data.to_dict()
                    except AttributeError:
                        if isinstance(response_messages_item_data, ChatCompletionEventResponseMessagesItem):
                            raise
                        response_messages_item = _as_dict(
                            response_messages_item_data, "ChatCompletionEventResponseMessagesItem"
                        )
                    response_messages.append(response_messages_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(response_messages))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "response_messages")
            raise

        nb_messages = self.nb_messages

        try:
            chat_transcription_events = []
            try:
                for chat_transcription_events_item_data in self.chat_transcription_events:
                    try:
                        chat_transcription_events_item = chat_transcription_events_item_data.to_dict()
                    except AttributeError:
                        if isinstance(chat_transcription_events_item_data, ChatTranscriptionEvent):
                            raise
                        chat_transcription_events_item = _as_dict(
                            chat_transcription_events_item_data, "ChatTranscriptionEvent"
                        )
                    chat_transcription_events.append(chat_transcription_events_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(chat_transcription_events))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "chat_transcription_events")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event_id": event_id,
                "correlation_id": correlation_id,
                "created_at": created_at,
                "extra_fields": extra_fields,
                "nb_input_tokens": nb_input_tokens,
                "nb_output_tokens": nb_output_tokens,
                "enabled_tools": enabled_tools,
                "request_messages": request_messages,
                "response_messages": response_messages,
                "nb_messages": nb_messages,
                "chat_transcription_events": chat_transcription_events,
            }
        )

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
        event_id = d.pop("event_id")

        correlation_id = d.pop("correlation_id")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        extra_fields = ChatCompletionEventExtraFields.from_dict(d.pop("extra_fields"))

        nb_input_tokens = d.pop("nb_input_tokens")

        nb_output_tokens = d.pop("nb_output_tokens")

        enabled_tools = []
        _enabled_tools = d.pop("enabled_tools")
        for enabled_tools_item_data in _enabled_tools:
            enabled_tools_item = ChatCompletionEventEnabledToolsItem.from_dict(enabled_tools_item_data)

            enabled_tools.append(enabled_tools_item)

        request_messages = []
        _request_messages = d.pop("request_messages")
        for request_messages_item_data in _request_messages:
            request_messages_item = ChatCompletionEventRequestMessagesItem.from_dict(request_messages_item_data)

            request_messages.append(request_messages_item)

        response_messages = []
        _response_messages = d.pop("response_messages")
        for response_messages_item_data in _response_messages:
            response_messages_item = ChatCompletionEventResponseMessagesItem.from_dict(response_messages_item_data)

            response_messages.append(response_messages_item)

        nb_messages = d.pop("nb_messages")

        chat_transcription_events = []
        _chat_transcription_events = d.pop("chat_transcription_events")
        for chat_transcription_events_item_data in _chat_transcription_events:
            chat_transcription_events_item = ChatTranscriptionEvent.from_dict(chat_transcription_events_item_data)

            chat_transcription_events.append(chat_transcription_events_item)

        chat_completion_event = cls(
            event_id,
            correlation_id,
            created_at,
            extra_fields,
            nb_input_tokens,
            nb_output_tokens,
            enabled_tools,
            request_messages,
            response_messages,
            nb_messages,
            chat_transcription_events,
        )

        chat_completion_event.additional_properties = d
        return chat_completion_event

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
