from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, File, FileTypes, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AudioChunk")


class AudioChunk:
    """
    Attributes:
        input_audio (File | str):
        type_ (Literal['input_audio'] | Unset):  Default: 'input_audio'.
    """

    __slots__ = ("additional_properties", "input_audio", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "input_audio",
        "type_",
    )

    input_audio: File | str
    type_: Literal["input_audio"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_audio: File | str,
        type_: Literal["input_audio"] | Unset = "input_audio",
    ) -> None:
        self.input_audio = input_audio
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        input_audio: FileTypes | str
        if isinstance(self.input_audio, File):
            input_audio = self.input_audio.to_tuple()

        else:
            input_audio = self.input_audio

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input_audio": input_audio,
            }
        )
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
        _input_audio_data = d.pop("input_audio")
        input_audio: File | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_input_audio_data, bytes):
                try:
                    input_audio_type_1 = File(payload=BytesIO(_input_audio_data))

                    input_audio = input_audio_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            input_audio = cast("File | str", _input_audio_data)
            break

        type_ = cast(Literal["input_audio"] | Unset, d.pop("type", UNSET))
        if type_ != "input_audio" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'input_audio', got '{type_}'")

        audio_chunk = cls(
            input_audio,
            type_,
        )

        audio_chunk.additional_properties = d
        return audio_chunk

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
