from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.prompt_definition import PromptDefinition
else:
    PromptDefinition = _Lazy(globals(), "prompt_definition", "PromptDefinition")


T = TypeVar("T", bound="PromptVersion")


class PromptVersion:
    """
    Attributes:
        version (int | Unset):  Example: 1.
        definition (PromptDefinition | Unset): Versioned prompt content.
        notes (str | Unset): Notes for this version.
        aliases (list[str] | Unset): Aliases pointing to this version.
        created_at (datetime.datetime | Unset): RFC 3339 timestamp.
    """

    __slots__ = ("additional_properties", "aliases", "created_at", "definition", "notes", "version")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "version",
        "definition",
        "notes",
        "aliases",
        "created_at",
    )

    version: int | Unset
    definition: PromptDefinition | Unset
    notes: str | Unset
    aliases: list[str] | Unset
    created_at: datetime.datetime | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        version: int | Unset = UNSET,
        definition: PromptDefinition | Unset = UNSET,
        notes: str | Unset = UNSET,
        aliases: list[str] | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
    ) -> None:
        self.version = version
        self.definition = definition
        self.notes = notes
        self.aliases = aliases
        self.created_at = created_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        version = self.version

        try:
            definition: dict[str, Any] | Unset = UNSET
            if not isinstance(self.definition, Unset):
                try:
                    definition = self.definition.to_dict()
                except AttributeError:
                    if isinstance(self.definition, PromptDefinition):
                        raise
                    definition = _as_dict(self.definition, "PromptDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "definition")
            raise

        notes = self.notes

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if version is not UNSET:
            field_dict["version"] = version
        if definition is not UNSET:
            field_dict["definition"] = definition
        if notes is not UNSET:
            field_dict["notes"] = notes
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at

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

        _definition = d.pop("definition", UNSET)
        definition: PromptDefinition | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = PromptDefinition.from_dict(_definition)

        notes = d.pop("notes", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        prompt_version = cls(
            version,
            definition,
            notes,
            aliases,
            created_at,
        )

        prompt_version.additional_properties = d
        return prompt_version

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
