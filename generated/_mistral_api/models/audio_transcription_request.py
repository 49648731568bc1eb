from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from .. import types
from ..types import UNSET, File, FileTypes, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.timestamp_granularity import TimestampGranularity
else:
    TimestampGranularity = _Lazy(globals(), "timestamp_granularity", "TimestampGranularity")


T = TypeVar("T", bound="AudioTranscriptionRequest")


class AudioTranscriptionRequest:
    """
    Attributes:
        model (str): ID of the model to be used.
        file (File | None | Unset):
        file_url (None | str | Unset): Url of a file to be transcribed
        file_id (None | str | Unset): ID of a file uploaded to /v1/files
        language (None | str | Unset): Language of the audio, e.g. 'en'. Providing the language can boost accuracy.
        temperature (float | None | Unset):
        stream (bool | Unset):  Default: False.
        diarize (bool | Unset):  Default: False.
        context_bias (list[str] | Unset):
        timestamp_granularities (list[TimestampGranularity] | Unset): Granularities of timestamps to include in the
            response.
    """

    __slots__ = (
        "additional_properties",
        "context_bias",
        "diarize",
        "file",
        "file_id",
        "file_url",
        "language",
        "model",
        "stream",
        "temperature",
        "timestamp_granularities",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "model",
        "file",
        "file_url",
        "file_id",
        "language",
        "temperature",
        "stream",
        "diarize",
        "context_bias",
        "timestamp_granularities",
    )

    model: str
    file: File | None | Unset
    file_url: None | str | Unset
    file_id: None | str | Unset
    language: None | str | Unset
    temperature: float | None | Unset
    stream: bool | Unset
    diarize: bool | Unset
    context_bias: list[str] | Unset
    timestamp_granularities: list[TimestampGranularity] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        model: str,
        file: File | None | Unset = UNSET,
        file_url: None | str | Unset = UNSET,
        file_id: None | str | Unset = UNSET,
        language: None | str | Unset = UNSET,
        temperature: float | None | Unset = UNSET,
        stream: bool | Unset = UNSET,
        diarize: bool | Unset = UNSET,
        context_bias: list[str] | Unset = UNSET,
        timestamp_granularities: list[TimestampGranularity] | Unset = UNSET,
    ) -> None:
        self.model = model
        self.file = file
        self.file_url = file_url
        self.file_id = file_id
        self.language = language
        self.temperature = temperature
        self.stream = stream
        self.diarize = diarize
        self.context_bias = context_bias
        self.timestamp_granularities = timestamp_granularities
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        model = self.model

        file: FileTypes | None | Unset
        if isinstance(self.file, Unset):
            file = UNSET
        elif isinstance(self.file, File):
            file = self.file.to_tuple()

        else:
            file = self.file

        file_url: None | str | Unset
        if isinstance(self.file_url, Unset):
            file_url = UNSET
        else:
            file_url = self.file_url

        file_id: None | str | Unset
        if isinstance(self.file_id, Unset):
            file_id = UNSET
        else:
            file_id = self.file_id

        language: None | str | Unset
        if isinstance(self.language, Unset):
            language = UNSET
        else:
            language = self.language

        temperature: float | None | Unset
        if isinstance(self.temperature, Unset):
            temperature = UNSET
        else:
            temperature = self.temperature

        stream = self.stream

        diarize = self.diarize

        context_bias: list[str] | Unset = UNSET
        if not isinstance(self.context_bias, Unset):
            context_bias = self.context_bias

        timestamp_granularities: list[str] | Unset = UNSET
        if not isinstance(self.timestamp_granularities, Unset):
            timestamp_granularities = []
            for timestamp_granularities_item_data in self.timestamp_granularities:
                timestamp_granularities_item = str(timestamp_granularities_item_data)
                timestamp_granularities.append(timestamp_granularities_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "model": model,
            }
        )
        if file is not UNSET:
            field_dict["file"] = file
        if file_url is not UNSET:
            field_dict["file_url"] = file_url
        if file_id is not UNSET:
            field_dict["file_id"] = file_id
        if language is not UNSET:
            field_dict["language"] = language
        if temperature is not UNSET:
            field_dict["temperature"] = temperature
        if stream is not UNSET:
            field_dict["stream"] = stream
        if diarize is not UNSET:
            field_dict["diarize"] = diarize
        if context_bias is not UNSET:
            field_dict["context_bias"] = context_bias
        if timestamp_granularities is not UNSET:
            field_dict["timestamp_granularities"] = timestamp_granularities

        return field_dict

    def model_dump(self) -> dict[str, Any]:
        """This model as JSON-ready data: to_dict(), under the name pydantic and Mistral's SDK use."""
        return self.to_dict()

    def model_dump_json(self, *, indent: int | None = None) -> str:
        """This model as JSON text: compact, or indented by `indent` spaces (pydantic's name)."""
        return _dump_json(self.to_dict(), indent)

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("model", (None, str(self.model).encode(), "text/plain")))

        if not isinstance(self.file, Unset):
            if isinstance(self.file, File):
                files.append(("file", self.file.to_tuple()))
            else:
                files.append(("file", (None, str(self.file).encode(), "text/plain")))

        if not isinstance(self.file_url, Unset):
            if isinstance(self.file_url, str):
                files.append(("file_url", (None, str(self.file_url).encode(), "text/plain")))
            else:
                files.append(("file_url", (None, str(self.file_url).encode(), "text/plain")))

        if not isinstance(self.file_id, Unset):
            if isinstance(self.file_id, str):
                files.append(("file_id", (None, str(self.file_id).encode(), "text/plain")))
            else:
                files.append(("file_id", (None, str(self.file_id).encode(), "text/plain")))

        if not isinstance(self.language, Unset):
            if isinstance(self.language, str):
                files.append(("language", (None, str(self.language).encode(), "text/plain")))
            else:
                files.append(("language", (None, str(self.language).encode(), "text/plain")))

        if not isinstance(self.temperature, Unset):
            if isinstance(self.temperature, float):
                files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))
            else:
                files.append(("temperature", (None, str(self.temperature).encode(), "text/plain")))

        if not isinstance(self.stream, Unset):
            files.append(("stream", (None, str(self.stream).encode(), "text/plain")))

        if not isinstance(self.diarize, Unset):
            files.append(("diarize", (None, str(self.diarize).encode(), "text/plain")))

        if not isinstance(self.context_bias, Unset):
            for context_bias_item_element in self.context_bias:
                files.append(("context_bias", (None, str(context_bias_item_element).encode(), "text/plain")))

        if not isinstance(self.timestamp_granularities, Unset):
            for timestamp_granularities_item_element in self.timestamp_granularities:
                files.append(
                    (
                        "timestamp_granularities",
                        (None, str(timestamp_granularities_item_element).encode(), "text/plain"),
                    )
                )

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        model = d.pop("model")

        _file_data = d.pop("file", UNSET)
        file: File | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _file_data is None:
                file = _file_data
                break
            if isinstance(_file_data, Unset):
                file = _file_data
                break
            if isinstance(_file_data, bytes):
                try:
                    file_type_0 = File(payload=BytesIO(_file_data))

                    file = file_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            file = cast("File | None | Unset", _file_data)
            break

        file_url: None | str | Unset = d.pop("file_url", UNSET)

        file_id: None | str | Unset = d.pop("file_id", UNSET)

        language: None | str | Unset = d.pop("language", UNSET)

        temperature: float | None | Unset = d.pop("temperature", UNSET)

        stream = d.pop("stream", UNSET)

        diarize = d.pop("diarize", UNSET)

        context_bias = cast(list[str], d.pop("context_bias", UNSET))

        _timestamp_granularities = d.pop("timestamp_granularities", UNSET)
        timestamp_granularities: list[TimestampGranularity] | Unset = UNSET
        if _timestamp_granularities is not UNSET:
            timestamp_granularities = []
            for timestamp_granularities_item_data in _timestamp_granularities:
                timestamp_granularities_item = TimestampGranularity(timestamp_granularities_item_data)

                timestamp_granularities.append(timestamp_granularities_item)

        audio_transcription_request = cls(
            model,
            file,
            file_url,
            file_id,
            language,
            temperature,
            stream,
            diarize,
            context_bias,
            timestamp_granularities,
        )

        audio_transcription_request.additional_properties = d
        return audio_transcription_request

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
