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
    from ..models.transcription_stream_done import TranscriptionStreamDone
    from ..models.transcription_stream_event_types import TranscriptionStreamEventTypes
    from ..models.transcription_stream_language import TranscriptionStreamLanguage
    from ..models.transcription_stream_segment_delta import TranscriptionStreamSegmentDelta
    from ..models.transcription_stream_text_delta import TranscriptionStreamTextDelta
else:
    TranscriptionStreamDone = _Lazy(globals(), "transcription_stream_done", "TranscriptionStreamDone")
    TranscriptionStreamEventTypes = _Lazy(
        globals(), "transcription_stream_event_types", "TranscriptionStreamEventTypes"
    )
    TranscriptionStreamLanguage = _Lazy(globals(), "transcription_stream_language", "TranscriptionStreamLanguage")
    TranscriptionStreamSegmentDelta = _Lazy(
        globals(), "transcription_stream_segment_delta", "TranscriptionStreamSegmentDelta"
    )
    TranscriptionStreamTextDelta = _Lazy(globals(), "transcription_stream_text_delta", "TranscriptionStreamTextDelta")


T = TypeVar("T", bound="TranscriptionStreamEvents")


class TranscriptionStreamEvents:
    """
    Attributes:
        event (TranscriptionStreamEventTypes):
        data (TranscriptionStreamDone | TranscriptionStreamLanguage | TranscriptionStreamSegmentDelta |
            TranscriptionStreamTextDelta):
    """

    __slots__ = ("additional_properties", "data", "event")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "event",
        "data",
    )

    event: TranscriptionStreamEventTypes
    data: (
        TranscriptionStreamDone
        | TranscriptionStreamLanguage
        | TranscriptionStreamSegmentDelta
        | TranscriptionStreamTextDelta
    )
    additional_properties: dict[str, Any]

    def __init__(
        self,
        event: TranscriptionStreamEventTypes,
        data: TranscriptionStreamDone
        | TranscriptionStreamLanguage
        | TranscriptionStreamSegmentDelta
        | TranscriptionStreamTextDelta,
    ) -> None:
        self.event = event
        self.data = data
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        event = str(self.event)

        try:
            data: dict[str, Any]
            if (
                isinstance(self.data, TranscriptionStreamTextDelta)
                or isinstance(self.data, TranscriptionStreamLanguage)
                or isinstance(self.data, TranscriptionStreamSegmentDelta)
            ):
                data = self.data.to_dict()
            else:
                try:
                    data = self.data.to_dict()
                except AttributeError:
                    if isinstance(self.data, TranscriptionStreamDone):
                        raise
                    data = _as_dict(
                        self.data,
                        "TranscriptionStreamDone | TranscriptionStreamLanguage | TranscriptionStreamSegmentDelta | TranscriptionStreamTextDelta",
                    )
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "data")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "event": event,
                "data": data,
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
        event = TranscriptionStreamEventTypes(d.pop("event"))

        _data_data = d.pop("data")
        data: (
            TranscriptionStreamDone
            | TranscriptionStreamLanguage
            | TranscriptionStreamSegmentDelta
            | TranscriptionStreamTextDelta
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_data_data, dict):
                try:
                    data_type_0 = TranscriptionStreamTextDelta.from_dict(_data_data)

                    data = data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_1 = TranscriptionStreamLanguage.from_dict(_data_data)

                    data = data_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_data_data, dict):
                try:
                    data_type_2 = TranscriptionStreamSegmentDelta.from_dict(_data_data)

                    data = data_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_data_data, dict):
                raise TypeError()
            data_type_3 = TranscriptionStreamDone.from_dict(_data_data)

            data = data_type_3
            break

        transcription_stream_events = cls(
            event,
            data,
        )

        transcription_stream_events.additional_properties = d
        return transcription_stream_events

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
