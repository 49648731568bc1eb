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
    from ..models.defs_usage_info import DefsUsageInfo
else:
    DefsUsageInfo = _Lazy(globals(), "defs_usage_info", "DefsUsageInfo")


T = TypeVar("T", bound="SpeechStreamDone")


class SpeechStreamDone:
    """
    Attributes:
        usage (DefsUsageInfo):
        type_ (Literal['speech.audio.done'] | Unset):  Default: 'speech.audio.done'.
    """

    __slots__ = ("additional_properties", "type_", "usage")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "usage",
        "type_",
    )

    usage: DefsUsageInfo
    type_: Literal["speech.audio.done"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        usage: DefsUsageInfo,
        type_: Literal["speech.audio.done"] | Unset = "speech.audio.done",
    ) -> None:
        self.usage = usage
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                usage = self.usage.to_dict()
            except AttributeError:
                if isinstance(self.usage, DefsUsageInfo):
                    raise
                usage = _as_dict(self.usage, "DefsUsageInfo")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "usage")
            raise

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "usage": usage,
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
        usage = DefsUsageInfo.from_dict(d.pop("usage"))

        type_ = cast(Literal["speech.audio.done"] | Unset, d.pop("type", UNSET))
        if type_ != "speech.audio.done" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'speech.audio.done', got '{type_}'")

        speech_stream_done = cls(
            usage,
            type_,
        )

        speech_stream_done.additional_properties = d
        return speech_stream_done

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
