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
    from ..models.transcription_segment_chunk import TranscriptionSegmentChunk
    from ..models.usage_info import UsageInfo
else:
    TranscriptionSegmentChunk = _Lazy(globals(), "transcription_segment_chunk", "TranscriptionSegmentChunk")
    UsageInfo = _Lazy(globals(), "usage_info", "UsageInfo")


T = TypeVar("T", bound="TranscriptionStreamDone")


class TranscriptionStreamDone:
    """
    Attributes:
        model (str):
        text (str):
        language (None | str):
        usage (UsageInfo):
        segments (list[TranscriptionSegmentChunk] | Unset):
        type_ (Literal['transcription.done'] | Unset):  Default: 'transcription.done'.
    """

    __slots__ = ("additional_properties", "language", "model", "segments", "text", "type_", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "text",
        "language",
        "usage",
        "segments",
        "type_",
    )

    model: str
    text: str
    language: None | str
    usage: UsageInfo
    segments: list[TranscriptionSegmentChunk] | Unset
    type_: Literal["transcription.done"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        text: str,
        language: None | str,
        usage: UsageInfo,
        segments: list[TranscriptionSegmentChunk] | Unset = UNSET,
        type_: Literal["transcription.done"] | Unset = "transcription.done",
    ) -> None:
        self.model = model
        self.text = text
        self.language = language
        self.usage = usage
        self.segments = segments
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        text = self.text

        language: None | str
        language = self.language

        try:
            try:
                usage = self.usage.to_dict()
            except AttributeError:
                if isinstance(self.usage, UsageInfo):
                    raise
                usage = _as_dict(self.usage, "UsageInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage")
            raise

        try:
            segments: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.segments, Unset):
                segments = []
                try:
                    for segments_item_data in self.segments:
                        try:
                            segments_item = segments_item_data.to_dict()
                        except AttributeError:
                            if isinstance(segments_item_data, TranscriptionSegmentChunk):
                                raise
                            segments_item = _as_dict(segments_item_data, "TranscriptionSegmentChunk")
                        segments.append(segments_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(segments))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "segments")
            raise

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
                "text": text,
                "language": language,
                "usage": usage,
            }
        )
        if segments is not UNSET:
            field_dict["segments"] = segments
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        model = d.pop("model")

        text = d.pop("text")

        language: None | str = d.pop("language")

        usage = UsageInfo.from_dict(d.pop("usage"))

        _segments = d.pop("segments", UNSET)
        segments: list[TranscriptionSegmentChunk] | Unset = UNSET
        if _segments is not UNSET:
            segments = []
            for segments_item_data in _segments:
                segments_item = TranscriptionSegmentChunk.from_dict(segments_item_data)

                segments.append(segments_item)

        type_ = cast(Literal["transcription.done"] | Unset, d.pop("type", UNSET))
        if type_ != "transcription.done" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'transcription.done', got '{type_}'")

        transcription_stream_done = cls(
            model,
            text,
            language,
            usage,
            segments,
            type_,
        )

        transcription_stream_done.additional_properties = d
        return transcription_stream_done

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
