from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ModelCapabilities")


class ModelCapabilities:
    """This is populated by Harmattan, but some fields have a name
    that we don't want to expose in the API.

        Attributes:
            completion_chat (bool | Unset):  Default: False.
            function_calling (bool | Unset):  Default: False.
            reasoning (bool | Unset):  Default: False.
            completion_fim (bool | Unset):  Default: False.
            fine_tuning (bool | Unset):  Default: False.
            vision (bool | Unset):  Default: False.
            ocr (bool | Unset):  Default: False.
            classification (bool | Unset):  Default: False.
            moderation (bool | Unset):  Default: False.
            audio (bool | Unset):  Default: False.
            audio_transcription (bool | Unset):  Default: False.
            audio_transcription_realtime (bool | Unset):  Default: False.
            audio_speech (bool | Unset):  Default: False.
            unified_resources (bool | Unset):  Default: False.
    """

    __slots__ = (
        "additional_properties",
        "audio",
        "audio_speech",
        "audio_transcription",
        "audio_transcription_realtime",
        "classification",
        "completion_chat",
        "completion_fim",
        "fine_tuning",
        "function_calling",
        "moderation",
        "ocr",
        "reasoning",
        "unified_resources",
        "vision",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "completion_chat",
        "function_calling",
        "reasoning",
        "completion_fim",
        "fine_tuning",
        "vision",
        "ocr",
        "classification",
        "moderation",
        "audio",
        "audio_transcription",
        "audio_transcription_realtime",
        "audio_speech",
        "unified_resources",
    )

    completion_chat: bool | Unset
    function_calling: bool | Unset
    reasoning: bool | Unset
    completion_fim: bool | Unset
    fine_tuning: bool | Unset
    vision: bool | Unset
    ocr: bool | Unset
    classification: bool | Unset
    moderation: bool | Unset
    audio: bool | Unset
    audio_transcription: bool | Unset
    audio_transcription_realtime: bool | Unset
    audio_speech: bool | Unset
    unified_resources: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        completion_chat: bool | Unset = UNSET,
        function_calling: bool | Unset = UNSET,
        reasoning: bool | Unset = UNSET,
        completion_fim: bool | Unset = UNSET,
        fine_tuning: bool | Unset = UNSET,
        vision: bool | Unset = UNSET,
        ocr: bool | Unset = UNSET,
        classification: bool | Unset = UNSET,
        moderation: bool | Unset = UNSET,
        audio: bool | Unset = UNSET,
        audio_transcription: bool | Unset = UNSET,
        audio_transcription_realtime: bool | Unset = UNSET,
        audio_speech: bool | Unset = UNSET,
        unified_resources: bool | Unset = UNSET,
    ) -> None:
        self.completion_chat = completion_chat
        self.function_calling = function_calling
        self.reasoning = reasoning
        self.completion_fim = completion_fim
        self.fine_tuning = fine_tuning
        self.vision = vision
        self.ocr = ocr
        self.classification = classification
        self.moderation = moderation
        self.audio = audio
        self.audio_transcription = audio_transcription
        self.audio_transcription_realtime = audio_transcription_realtime
        self.audio_speech = audio_speech
        self.unified_resources = unified_resources
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        completion_chat = self.completion_chat

        function_calling = self.function_calling

        reasoning = self.reasoning

        completion_fim = self.completion_fim

        fine_tuning = self.fine_tuning

        vision = self.vision

        ocr = self.ocr

        classification = self.classification

        moderation = self.moderation

        audio = self.audio

        audio_transcription = self.audio_transcription

        audio_transcription_realtime = self.audio_transcription_realtime

        audio_speech = self.audio_speech

        unified_resources = self.unified_resources

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if completion_chat is not UNSET:
            field_dict["completion_chat"] = completion_chat
        if function_calling is not UNSET:
            field_dict["function_calling"] = function_calling
        if reasoning is not UNSET:
            field_dict["reasoning"] = reasoning
        if completion_fim is not UNSET:
            field_dict["completion_fim"] = completion_fim
        if fine_tuning is not UNSET:
            field_dict["fine_tuning"] = fine_tuning
        if vision is not UNSET:
            field_dict["vision"] = vision
        if ocr is not UNSET:
            field_dict["ocr"] = ocr
        if classification is not UNSET:
            field_dict["classification"] = classification
        if moderation is not UNSET:
            field_dict["moderation"] = moderation
        if audio is not UNSET:
            field_dict["audio"] = audio
        if audio_transcription is not UNSET:
            field_dict["audio_transcription"] = audio_transcription
        if audio_transcription_realtime is not UNSET:
            field_dict["audio_transcription_realtime"] = audio_transcription_realtime
        if audio_speech is not UNSET:
            field_dict["audio_speech"] = audio_speech
        if unified_resources is not UNSET:
            field_dict["unified_resources"] = unified_resources

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
        completion_chat = d.pop("completion_chat", UNSET)

        function_calling = d.pop("function_calling", UNSET)

        reasoning = d.pop("reasoning", UNSET)

        completion_fim = d.pop("completion_fim", UNSET)

        fine_tuning = d.pop("fine_tuning", UNSET)

        vision = d.pop("vision", UNSET)

        ocr = d.pop("ocr", UNSET)

        classification = d.pop("classification", UNSET)

        moderation = d.pop("moderation", UNSET)

        audio = d.pop("audio", UNSET)

        audio_transcription = d.pop("audio_transcription", UNSET)

        audio_transcription_realtime = d.pop("audio_transcription_realtime", UNSET)

        audio_speech = d.pop("audio_speech", UNSET)

        unified_resources = d.pop("unified_resources", UNSET)

        model_capabilities = cls(
            completion_chat,
            function_calling,
            reasoning,
            completion_fim,
            fine_tuning,
            vision,
            ocr,
            classification,
            moderation,
            audio,
            audio_transcription,
            audio_transcription_realtime,
            audio_speech,
            unified_resources,
        )

        model_capabilities.additional_properties = d
        return model_capabilities

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
