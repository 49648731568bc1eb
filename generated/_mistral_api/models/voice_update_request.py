from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="VoiceUpdateRequest")


class VoiceUpdateRequest:
    """Request model for partially updating voice metadata.

    Attributes:
        name (None | str | Unset):
        languages (list[str] | None | Unset):
        gender (None | str | Unset):
        age (int | None | Unset):
        tags (list[str] | None | Unset):
        description (None | str | Unset):
    """

    __slots__ = ("additional_properties", "age", "description", "gender", "languages", "name", "tags")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "languages",
        "gender",
        "age",
        "tags",
        "description",
    )

    name: None | str | Unset
    languages: list[str] | None | Unset
    gender: None | str | Unset
    age: int | None | Unset
    tags: list[str] | None | Unset
    description: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: None | str | Unset = UNSET,
        languages: list[str] | None | Unset = UNSET,
        gender: None | str | Unset = UNSET,
        age: int | None | Unset = UNSET,
        tags: list[str] | None | Unset = UNSET,
        description: None | str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.languages = languages
        self.gender = gender
        self.age = age
        self.tags = tags
        self.description = description
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        languages: list[str] | None | Unset
        if isinstance(self.languages, Unset):
            languages = UNSET
        elif isinstance(self.languages, list):
            languages = self.languages

        else:
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

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if languages is not UNSET:
            field_dict["languages"] = languages
        if gender is not UNSET:
            field_dict["gender"] = gender
        if age is not UNSET:
            field_dict["age"] = age
        if tags is not UNSET:
            field_dict["tags"] = tags
        if description is not UNSET:
            field_dict["description"] = description

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
        name: None | str | Unset = d.pop("name", UNSET)

        _languages_data = d.pop("languages", UNSET)
        languages: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _languages_data is None:
                languages = _languages_data
                break
            if isinstance(_languages_data, Unset):
                languages = _languages_data
                break
            if isinstance(_languages_data, list):
                try:
                    languages_type_0 = cast(list[str], _languages_data)

                    languages = languages_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            languages = cast("list[str] | None | Unset", _languages_data)
            break

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

        description: None | str | Unset = d.pop("description", UNSET)

        voice_update_request = cls(
            name,
            languages,
            gender,
            age,
            tags,
            description,
        )

        voice_update_request.additional_properties = d
        return voice_update_request

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
