from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.metadata_dict import MetadataDict
    from ..models.speech_output_format import SpeechOutputFormat
else:
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    SpeechOutputFormat = _Lazy(globals(), "speech_output_format", "SpeechOutputFormat")


T = TypeVar("T", bound="SpeechRequest")


class SpeechRequest:
    """
    Attributes:
        input_ (str): Text to generate a speech from
        model (None | str | Unset):
        metadata (MetadataDict | None | Unset):
        stream (bool | Unset):  Default: False.
        prompt_cache_key (None | str | Unset):
        voice_id (None | str | Unset): The preset or custom voice to use for generating the speech.
        ref_audio (None | str | Unset): The audio reference for generating the speech.
        response_format (SpeechOutputFormat | Unset):
    """

    __slots__ = (
        "additional_properties",
        "input_",
        "metadata",
        "model",
        "prompt_cache_key",
        "ref_audio",
        "response_format",
        "stream",
        "voice_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "input_",
        "model",
        "metadata",
        "stream",
        "prompt_cache_key",
        "voice_id",
        "ref_audio",
        "response_format",
    )

    input_: str
    model: None | str | Unset
    metadata: MetadataDict | None | Unset
    stream: bool | Unset
    prompt_cache_key: None | str | Unset
    voice_id: None | str | Unset
    ref_audio: None | str | Unset
    response_format: SpeechOutputFormat | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        input_: str,
        model: None | str | Unset = UNSET,
        metadata: MetadataDict | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        prompt_cache_key: None | str | Unset = UNSET,
        voice_id: None | str | Unset = UNSET,
        ref_audio: None | str | Unset = UNSET,
        response_format: SpeechOutputFormat | Unset = UNSET,
    ) -> None:
        self.input_ = input_
        self.model = model
        self.metadata = metadata
        self.stream = stream
        self.prompt_cache_key = prompt_cache_key
        self.voice_id = voice_id
        self.ref_audio = ref_audio
        self.response_format = response_format
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        input_ = self.input_

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, MetadataDict):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        stream = self.stream

        prompt_cache_key: None | str | Unset
        if isinstance(self.prompt_cache_key, Unset):
            prompt_cache_key = UNSET
        else:
            prompt_cache_key = self.prompt_cache_key

        voice_id: None | str | Unset
        if isinstance(self.voice_id, Unset):
            voice_id = UNSET
        else:
            voice_id = self.voice_id

        ref_audio: None | str | Unset
        if isinstance(self.ref_audio, Unset):
            ref_audio = UNSET
        else:
            ref_audio = self.ref_audio

        response_format: str | Unset = UNSET
        if not isinstance(self.response_format, Unset):
            response_format = str(self.response_format)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "input": input_,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
        if stream is not UNSET:
            field_dict["stream"] = stream
        if prompt_cache_key is not UNSET:
            field_dict["prompt_cache_key"] = prompt_cache_key
        if voice_id is not UNSET:
            field_dict["voice_id"] = voice_id
        if ref_audio is not UNSET:
            field_dict["ref_audio"] = ref_audio
        if response_format is not UNSET:
            field_dict["response_format"] = response_format

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
        input_ = d.pop("input")

        model: None | str | Unset = d.pop("model", UNSET)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: MetadataDict | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = MetadataDict.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("MetadataDict | None | Unset", _metadata_data)
            break

        stream = d.pop("stream", UNSET)

        prompt_cache_key: None | str | Unset = d.pop("prompt_cache_key", UNSET)

        voice_id: None | str | Unset = d.pop("voice_id", UNSET)

        ref_audio: None | str | Unset = d.pop("ref_audio", UNSET)

        _response_format = d.pop("response_format", UNSET)
        response_format: SpeechOutputFormat | Unset
        if isinstance(_response_format, Unset):
            response_format = UNSET
        else:
            response_format = SpeechOutputFormat(_response_format)

        speech_request = cls(
            input_,
            model,
            metadata,
            stream,
            prompt_cache_key,
            voice_id,
            ref_audio,
            response_format,
        )

        speech_request.additional_properties = d
        return speech_request

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
