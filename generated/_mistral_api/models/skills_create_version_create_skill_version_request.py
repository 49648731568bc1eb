from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.skill_definition import SkillDefinition
else:
    SkillDefinition = _Lazy(globals(), "skill_definition", "SkillDefinition")


T = TypeVar("T", bound="SkillsCreateVersionCreateSkillVersionRequest")


class SkillsCreateVersionCreateSkillVersionRequest:
    """
    Attributes:
        definition (SkillDefinition): Versioned skill content.
        notes (None | str | Unset): Notes for this version.
        aliases (list[str] | Unset): Aliases pointing to this version.
    """

    __slots__ = ("additional_properties", "aliases", "definition", "notes")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "definition",
        "notes",
        "aliases",
    )

    definition: SkillDefinition
    notes: None | str | Unset
    aliases: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        definition: SkillDefinition,
        notes: None | str | Unset = UNSET,
        aliases: list[str] | Unset = UNSET,
    ) -> None:
        self.definition = definition
        self.notes = notes
        self.aliases = aliases
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                definition = self.definition.to_dict()
            except AttributeError:
                if isinstance(self.definition, SkillDefinition):
                    raise
                definition = _as_dict(self.definition, "SkillDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "definition")
            raise

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "definition": definition,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if aliases is not UNSET:
            field_dict["aliases"] = aliases

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
        definition = SkillDefinition.from_dict(d.pop("definition"))

        notes: None | str | Unset = d.pop("notes", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        skills_create_version_create_skill_version_request = cls(
            definition,
            notes,
            aliases,
        )

        skills_create_version_create_skill_version_request.additional_properties = d
        return skills_create_version_create_skill_version_request

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
