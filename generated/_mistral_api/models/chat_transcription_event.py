from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.chat_transcription_event_response_message import ChatTranscriptionEventResponseMessage
else:
    ChatTranscriptionEventResponseMessage = _Lazy(
        globals(), "chat_transcription_event_response_message", "ChatTranscriptionEventResponseMessage"
    )


T = TypeVar("T", bound="ChatTranscriptionEvent")


class ChatTranscriptionEvent:
    """
    Attributes:
        audio_url (str):
        model (str):
        response_message (ChatTranscriptionEventResponseMessage):
    """

    __slots__ = ("additional_properties", "audio_url", "model", "response_message")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "audio_url",
        "model",
        "response_message",
    )

    audio_url: str
    model: str
    response_message: ChatTranscriptionEventResponseMessage
    additional_properties: dict[str, Any]

    def __init__(
        self,
        audio_url: str,
        model: str,
        response_message: ChatTranscriptionEventResponseMessage,
    ) -> None:
        self.audio_url = audio_url
        self.model = model
        self.response_message = response_message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        audio_url = self.audio_url

        model = self.model

        try:
            try:
                response_message = self.response_message.to_dict()
            except AttributeError:
                if isinstance(self.response_message, ChatTranscriptionEventResponseMessage):
                    raise
                response_message = _as_dict(self.response_message, "ChatTranscriptionEventResponseMessage")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "response_message")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "audio_url": audio_url,
                "model": model,
                "response_message": response_message,
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
        audio_url = d.pop("audio_url")

        model = d.pop("model")

        response_message = ChatTranscriptionEventResponseMessage.from_dict(d.pop("response_message"))

        chat_transcription_event = cls(
            audio_url,
            model,
            response_message,
        )

        chat_transcription_event.additional_properties = d
        return chat_transcription_event

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
