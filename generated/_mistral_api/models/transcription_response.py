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
    from ..models.transcription_segment_chunk import TranscriptionSegmentChunk
    from ..models.usage_info import UsageInfo
else:
    TranscriptionSegmentChunk = _Lazy(globals(), "transcription_segment_chunk", "TranscriptionSegmentChunk")
    UsageInfo = _Lazy(globals(), "usage_info", "UsageInfo")


T = TypeVar("T", bound="TranscriptionResponse")


class TranscriptionResponse:
    """
    Attributes:
        model (str):
        text (str):
        language (None | str):
        usage (UsageInfo):
        segments (list[TranscriptionSegmentChunk] | Unset):
    """

    __slots__ = ("additional_properties", "language", "model", "segments", "text", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "text",
        "language",
        "usage",
        "segments",
    )

    model: str
    text: str
    language: None | str
    usage: UsageInfo
    segments: list[TranscriptionSegmentChunk] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        text: str,
        language: None | str,
        usage: UsageInfo,
        segments: list[TranscriptionSegmentChunk] | Unset = UNSET,
    ) -> None:
        self.model = model
        self.text = text
        self.language = language
        self.usage = usage
        self.segments = segments
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

        transcription_response = cls(
            model,
            text,
            language,
            usage,
            segments,
        )

        transcription_response.additional_properties = d
        return transcription_response

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
