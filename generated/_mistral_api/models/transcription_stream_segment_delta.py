from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="TranscriptionStreamSegmentDelta")


class TranscriptionStreamSegmentDelta:
    """
    Attributes:
        text (str):
        start (float):
        end (float):
        type_ (Literal['transcription.segment'] | Unset):  Default: 'transcription.segment'.
        speaker_id (None | str | Unset):
    """

    __slots__ = ("additional_properties", "end", "speaker_id", "start", "text", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "text",
        "start",
        "end",
        "type_",
        "speaker_id",
    )

    text: str
    start: float
    end: float
    type_: Literal["transcription.segment"] | Unset
    speaker_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        text: str,
        start: float,
        end: float,
        type_: Literal["transcription.segment"] | Unset = "transcription.segment",
        speaker_id: None | str | Unset = UNSET,
    ) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.type_ = type_
        self.speaker_id = speaker_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        text = self.text

        start = self.start

        end = self.end

        type_ = self.type_

        speaker_id: None | str | Unset
        if isinstance(self.speaker_id, Unset):
            speaker_id = UNSET
        else:
            speaker_id = self.speaker_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "text": text,
                "start": start,
                "end": end,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if speaker_id is not UNSET:
            field_dict["speaker_id"] = speaker_id

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
        text = d.pop("text")

        start = d.pop("start")

        end = d.pop("end")

        type_ = cast(Literal["transcription.segment"] | Unset, d.pop("type", UNSET))
        if type_ != "transcription.segment" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'transcription.segment', got '{type_}'")

        speaker_id: None | str | Unset = d.pop("speaker_id", UNSET)

        transcription_stream_segment_delta = cls(
            text,
            start,
            end,
            type_,
            speaker_id,
        )

        transcription_stream_segment_delta.additional_properties = d
        return transcription_stream_segment_delta

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
