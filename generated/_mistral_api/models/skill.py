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
    from ..models.registry_sharing_scope import RegistrySharingScope
    from ..models.skill_definition import SkillDefinition
else:
    RegistrySharingScope = _Lazy(globals(), "registry_sharing_scope", "RegistrySharingScope")
    SkillDefinition = _Lazy(globals(), "skill_definition", "SkillDefinition")


T = TypeVar("T", bound="Skill")


class Skill:
    """
    Attributes:
        id (str | Unset):
        name (str | Unset): Stable object name.
        definition (SkillDefinition | Unset): Versioned skill content.
        version (int | Unset):  Example: 1.
        notes (str | Unset): Notes for this version.
        aliases (list[str] | Unset): Aliases pointing to this version.
        sharing_scope (RegistrySharingScope | Unset):
        created_at (datetime.datetime | Unset): RFC 3339 timestamp.
        updated_at (datetime.datetime | Unset): RFC 3339 timestamp.
        latest_version (int | Unset): Latest version number. Example: 1.
    """

    __slots__ = (
        "additional_properties",
        "aliases",
        "created_at",
        "definition",
        "id",
        "latest_version",
        "name",
        "notes",
        "sharing_scope",
        "updated_at",
        "version",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "definition",
        "version",
        "notes",
        "aliases",
        "sharing_scope",
        "created_at",
        "updated_at",
        "latest_version",
    )

    id: str | Unset
    name: str | Unset
    definition: SkillDefinition | Unset
    version: int | Unset
    notes: str | Unset
    aliases: list[str] | Unset
    sharing_scope: RegistrySharingScope | Unset
    created_at: datetime.datetime | Unset
    updated_at: datetime.datetime | Unset
    latest_version: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str | Unset = UNSET,
        name: str | Unset = UNSET,
        definition: SkillDefinition | Unset = UNSET,
        version: int | Unset = UNSET,
        notes: str | Unset = UNSET,
        aliases: list[str] | Unset = UNSET,
        sharing_scope: RegistrySharingScope | Unset = UNSET,
        created_at: datetime.datetime | Unset = UNSET,
        updated_at: datetime.datetime | Unset = UNSET,
        latest_version: int | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.definition = definition
        self.version = version
        self.notes = notes
        self.aliases = aliases
        self.sharing_scope = sharing_scope
        self.created_at = created_at
        self.updated_at = updated_at
        self.latest_version = latest_version
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        try:
            definition: dict[str, Any] | Unset = UNSET
            if not isinstance(self.definition, Unset):
                try:
                    definition = self.definition.to_dict()
                except AttributeError:
                    if isinstance(self.definition, SkillDefinition):
                        raise
                    definition = _as_dict(self.definition, "SkillDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "definition")
            raise

        version = self.version

        notes = self.notes

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        sharing_scope: str | Unset = UNSET
        if not isinstance(self.sharing_scope, Unset):
            sharing_scope = str(self.sharing_scope)

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at: str | Unset = UNSET
        if not isinstance(self.updated_at, Unset):
            updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        latest_version = self.latest_version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if name is not UNSET:
            field_dict["name"] = name
        if definition is not UNSET:
            field_dict["definition"] = definition
        if version is not UNSET:
            field_dict["version"] = version
        if notes is not UNSET:
            field_dict["notes"] = notes
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if sharing_scope is not UNSET:
            field_dict["sharingScope"] = sharing_scope
        if created_at is not UNSET:
            field_dict["createdAt"] = created_at
        if updated_at is not UNSET:
            field_dict["updatedAt"] = updated_at
        if latest_version is not UNSET:
            field_dict["latestVersion"] = latest_version

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
        id = d.pop("id", UNSET)

        name = d.pop("name", UNSET)

        _definition = d.pop("definition", UNSET)
        definition: SkillDefinition | Unset
        if isinstance(_definition, Unset):
            definition = UNSET
        else:
            definition = SkillDefinition.from_dict(_definition)

        version = d.pop("version", UNSET)

        notes = d.pop("notes", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        _sharing_scope = d.pop("sharingScope", UNSET)
        sharing_scope: RegistrySharingScope | Unset
        if isinstance(_sharing_scope, Unset):
            sharing_scope = UNSET
        else:
            sharing_scope = RegistrySharingScope(_sharing_scope)

        _created_at = d.pop("createdAt", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _updated_at = d.pop("updatedAt", UNSET)
        updated_at: datetime.datetime | Unset
        if isinstance(_updated_at, Unset):
            updated_at = UNSET
        else:
            updated_at = datetime.datetime.fromisoformat(_updated_at)

        latest_version = d.pop("latestVersion", UNSET)

        skill = cls(
            id,
            name,
            definition,
            version,
            notes,
            aliases,
            sharing_scope,
            created_at,
            updated_at,
            latest_version,
        )

        skill.additional_properties = d
        return skill

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
