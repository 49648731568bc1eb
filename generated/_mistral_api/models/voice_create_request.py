from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VoiceCreateRequest")


class VoiceCreateRequest:
    """Request model for creating a new voice with base64 audio.

    Attributes:
        name (str):
        sample_audio (str): Base64-encoded audio file
        slug (None | str | Unset):
        languages (list[str] | Unset):
        gender (None | str | Unset):
        age (int | None | Unset):
        tags (list[str] | None | Unset):
        color (None | str | Unset):
        description (None | str | Unset):
        retention_notice (int | Unset):  Default: 30.
        sample_filename (None | str | Unset): Original filename for extension detection
    """

    __slots__ = (
        "additional_properties",
        "age",
        "color",
        "description",
        "gender",
        "languages",
        "name",
        "retention_notice",
        "sample_audio",
        "sample_filename",
        "slug",
        "tags",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "sample_audio",
        "slug",
        "languages",
        "gender",
        "age",
        "tags",
        "color",
        "description",
        "retention_notice",
        "sample_filename",
    )

    name: str
    sample_audio: str
    slug: None | str | Unset
    languages: list[str] | Unset
    gender: None | str | Unset
    age: int | None | Unset
    tags: list[str] | None | Unset
    color: None | str | Unset
    description: None | str | Unset
    retention_notice: int | Unset
    sample_filename: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        sample_audio: str,
        slug: None | str | Unset = UNSET,
        languages: list[str] | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        color: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        retention_notice: int | Unset = UNSET,
        sample_filename: None | str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.sample_audio = sample_audio
        self.slug = slug
        self.languages = languages
        self.gender = gender
        self.age = age
        self.tags = tags
        self.color = color
        self.description = description
        self.retention_notice = retention_notice
        self.sample_filename = sample_filename
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        sample_audio = self.sample_audio

        slug: None | str | Unset
        if isinstance(self.slug, Unset):
            slug = UNSET
        else:
            slug = self.slug

        languages: list[str] | Unset = UNSET
        if not isinstance(self.languages, Unset):
            languages = self.languages

        gender: None | str | Unset
        if isinstance(self.gender, Unset):
            gender = UNSET
        else:
            gender = self.gender

        age: int | None | Unset
        if isinstance(self.age, Unset):
            age = UNSET
        else:
            age = self.age

        tags: list[str] | None | Unset
        if isinstance(self.tags, Unset):
            tags = UNSET
        elif isinstance(self.tags, list):
            tags = self.tags

        else:
            tags = self.tags

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        retention_notice = self.retention_notice

        sample_filename: None | str | Unset
        if isinstance(self.sample_filename, Unset):
            sample_filename = UNSET
        else:
            sample_filename = self.sample_filename

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "sample_audio": sample_audio,
            }
        )
        if slug is not UNSET:
            field_dict["slug"] = slug
        if languages is not UNSET:
            field_dict["languages"] = languages
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age is not UNSET:
            field_dict["age"] = age
        if tags is not UNSET:
            field_dict["tags"] = tags
        if color is not UNSET:
            field_dict["color"] = color
        if description is not UNSET:
            field_dict["description"] = description
        if retention_notice is not UNSET:
            field_dict["retention_notice"] = retention_notice
        if sample_filename is not UNSET:
            field_dict["sample_filename"] = sample_filename

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
        name = d.pop("name")

        sample_audio = d.pop("sample_audio")

        slug: None | str | Unset = d.pop("slug", UNSET)

        languages = cast(list[str], d.pop("languages", UNSET))

        gender: None | str | Unset = d.pop("gender", UNSET)

        age: int | None | Unset = d.pop("age", UNSET)

        _tags_data = d.pop("tags", UNSET)
        tags: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tags_data is None:
                tags = _tags_data
                break
            if isinstance(_tags_data, Unset):
                tags = _tags_data
                break
            if isinstance(_tags_data, list):
                try:
                    tags_type_0 = cast(list[str], _tags_data)

                    tags = tags_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tags = cast("list[str] | None | Unset", _tags_data)
            break

        color: None | str | Unset = d.pop("color", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        retention_notice = d.pop("retention_notice", UNSET)

        sample_filename: None | str | Unset = d.pop("sample_filename", UNSET)

        voice_create_request = cls(
            name,
            sample_audio,
            slug,
            languages,
            gender,
            age,
            tags,
            color,
            description,
            retention_notice,
            sample_filename,
        )

        voice_create_request.additional_properties = d
        return voice_create_request

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
