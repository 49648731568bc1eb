from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.skill_definition_assets import SkillDefinitionAssets
else:
    SkillDefinitionAssets = _Lazy(globals(), "skill_definition_assets", "SkillDefinitionAssets")


T = TypeVar("T", bound="SkillDefinition")


class SkillDefinition:
    """Versioned skill content.

    Attributes:
        description (str | Unset): Model-facing trigger and usage description.
        body (str | Unset): Skill body content.
        assets (SkillDefinitionAssets | Unset): Additional files available to the skill.
    """

    __slots__ = ("additional_properties", "assets", "body", "description")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "description",
        "body",
        "assets",
    )

    description: str | Unset
    body: str | Unset
    assets: SkillDefinitionAssets | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        description: str | Unset = UNSET,
        body: str | Unset = UNSET,
        assets: SkillDefinitionAssets | Unset = UNSET,
    ) -> None:
        self.description = description
        self.body = body
        self.assets = assets
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        body = self.body

        try:
            assets: dict[str, Any] | Unset = UNSET
            if not isinstance(self.assets, Unset):
                try:
                    assets = self.assets.to_dict()
                except AttributeError:
                    if isinstance(self.assets, SkillDefinitionAssets):
                        raise
                    assets = _as_dict(self.assets, "SkillDefinitionAssets")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "assets")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if body is not UNSET:
            field_dict["body"] = body
        if assets is not UNSET:
            field_dict["assets"] = assets

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
        description = d.pop("description", UNSET)

        body = d.pop("body", UNSET)

        _assets = d.pop("assets", UNSET)
        assets: SkillDefinitionAssets | Unset
        if isinstance(_assets, Unset):
            assets = UNSET
        else:
            assets = SkillDefinitionAssets.from_dict(_assets)

        skill_definition = cls(
            description,
            body,
            assets,
        )

        skill_definition.additional_properties = d
        return skill_definition

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
