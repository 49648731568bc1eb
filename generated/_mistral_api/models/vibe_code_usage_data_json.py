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
    from ..models.basic_model_usage_data_json import BasicModelUsageDataJSON
else:
    BasicModelUsageDataJSON = _Lazy(globals(), "basic_model_usage_data_json", "BasicModelUsageDataJSON")


T = TypeVar("T", bound="VibeCodeUsageDataJSON")


class VibeCodeUsageDataJSON:
    """
    Attributes:
        completion (BasicModelUsageDataJSON):
        ocr (BasicModelUsageDataJSON):
        connectors (BasicModelUsageDataJSON):
        audio (BasicModelUsageDataJSON):
        audio_characters (BasicModelUsageDataJSON):
    """

    __slots__ = ("additional_properties", "audio", "audio_characters", "completion", "connectors", "ocr")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "completion",
        "ocr",
        "connectors",
        "audio",
        "audio_characters",
    )

    completion: BasicModelUsageDataJSON
    ocr: BasicModelUsageDataJSON
    connectors: BasicModelUsageDataJSON
    audio: BasicModelUsageDataJSON
    audio_characters: BasicModelUsageDataJSON
    additional_properties: dict[str, Any]

    def __init__(
        self,
        completion: BasicModelUsageDataJSON,
        ocr: BasicModelUsageDataJSON,
        connectors: BasicModelUsageDataJSON,
        audio: BasicModelUsageDataJSON,
        audio_characters: BasicModelUsageDataJSON,
    ) -> None:
        self.completion = completion
        self.ocr = ocr
        self.connectors = connectors
        self.audio = audio
        self.audio_characters = audio_characters
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                completion = self.completion.to_dict()
            except AttributeError:
                if isinstance(self.completion, BasicModelUsageDataJSON):
                    raise
                completion = _as_dict(self.completion, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "completion")
            raise

        try:
            try:
                ocr = self.ocr.to_dict()
            except AttributeError:
                if isinstance(self.ocr, BasicModelUsageDataJSON):
                    raise
                ocr = _as_dict(self.ocr, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "ocr")
            raise

        try:
            try:
                connectors = self.connectors.to_dict()
            except AttributeError:
                if isinstance(self.connectors, BasicModelUsageDataJSON):
                    raise
                connectors = _as_dict(self.connectors, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connectors")
            raise

        try:
            try:
                audio = self.audio.to_dict()
            except AttributeError:
                if isinstance(self.audio, BasicModelUsageDataJSON):
                    raise
                audio = _as_dict(self.audio, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "audio")
            raise

        try:
            try:
                audio_characters = self.audio_characters.to_dict()
            except AttributeError:
                if isinstance(self.audio_characters, BasicModelUsageDataJSON):
                    raise
                audio_characters = _as_dict(self.audio_characters, "BasicModelUsageDataJSON")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "audio_characters")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "completion": completion,
                "ocr": ocr,
                "connectors": connectors,
                "audio": audio,
                "audio_characters": audio_characters,
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
        completion = BasicModelUsageDataJSON.from_dict(d.pop("completion"))

        ocr = BasicModelUsageDataJSON.from_dict(d.pop("ocr"))

        connectors = BasicModelUsageDataJSON.from_dict(d.pop("connectors"))

        audio = BasicModelUsageDataJSON.from_dict(d.pop("audio"))

        audio_characters = BasicModelUsageDataJSON.from_dict(d.pop("audio_characters"))

        vibe_code_usage_data_json = cls(
            completion,
            ocr,
            connectors,
            audio,
            audio_characters,
        )

        vibe_code_usage_data_json.additional_properties = d
        return vibe_code_usage_data_json

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
