from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="CreatePromptVersionResponse")


class CreatePromptVersionResponse:
    """
    Attributes:
        version (int | Unset):  Example: 1.
        deduplicated (bool | Unset):  Example: False.
    """

    __slots__ = ("additional_properties", "deduplicated", "version")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "version",
        "deduplicated",
    )

    version: int | Unset
    deduplicated: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        version: int | Unset = UNSET,
        deduplicated: bool | Unset = UNSET,
    ) -> None:
        self.version = version
        self.deduplicated = deduplicated
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        deduplicated = self.deduplicated

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if deduplicated is not UNSET:
            field_dict["deduplicated"] = deduplicated

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
        version = d.pop("version", UNSET)

        deduplicated = d.pop("deduplicated", UNSET)

        create_prompt_version_response = cls(
            version,
            deduplicated,
        )

        create_prompt_version_response.additional_properties = d
        return create_prompt_version_response

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
