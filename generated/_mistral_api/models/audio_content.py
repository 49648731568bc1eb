from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.annotations import Annotations
    from ..models.audio_content_meta_type_0 import AudioContentMetaType0
else:
    Annotations = _Lazy(globals(), "annotations", "Annotations")
    AudioContentMetaType0 = _Lazy(globals(), "audio_content_meta_type_0", "AudioContentMetaType0")


T = TypeVar("T", bound="AudioContent")


class AudioContent:
    """Audio content for a message.

    Attributes:
        type_ (Literal['audio']):
        data (str):
        mime_type (str):
        annotations (Annotations | None | Unset):
        field_meta (AudioContentMetaType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "annotations", "data", "field_meta", "mime_type", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "data",
        "mime_type",
        "annotations",
        "field_meta",
    )

    type_: Literal["audio"]
    data: str
    mime_type: str
    annotations: Annotations | None | Unset
    field_meta: AudioContentMetaType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: Literal["audio"],
        data: str,
        mime_type: str,
        annotations: Annotations | None | Unset = UNSET,
        field_meta: AudioContentMetaType0 | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.data = data
        self.mime_type = mime_type
        self.annotations = annotations
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = self.type_

        data = self.data

        mime_type = self.mime_type

        try:
            annotations: dict[str, Any] | None | Unset
            if isinstance(self.annotations, Unset):
                annotations = UNSET
            elif isinstance(self.annotations, Annotations):
                annotations = self.annotations.to_dict()
            else:
                annotations = self.annotations
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "annotations")
            raise

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, AudioContentMetaType0):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_meta")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "data": data,
                "mimeType": mime_type,
            }
        )
        if annotations is not UNSET:
            field_dict["annotations"] = annotations
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

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
        type_ = cast(Literal["audio"], d.pop("type"))
        if type_ != "audio":
            raise ValueError(f"type must match const 'audio', got '{type_}'")

        data = d.pop("data")

        mime_type = d.pop("mimeType")

        _annotations_data = d.pop("annotations", UNSET)
        annotations: Annotations | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _annotations_data is None:
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, Unset):
                annotations = _annotations_data
                break
            if isinstance(_annotations_data, dict):
                try:
                    annotations_type_0 = Annotations.from_dict(_annotations_data)

                    annotations = annotations_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            annotations = cast("Annotations | None | Unset", _annotations_data)
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: AudioContentMetaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = AudioContentMetaType0.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("AudioContentMetaType0 | None | Unset", _field_meta_data)
            break

        audio_content = cls(
            type_,
            data,
            mime_type,
            annotations,
            field_meta,
        )

        audio_content.additional_properties = d
        return audio_content

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
