from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.raw_content import RawContent
    from ..models.skill_asset_content_type_1 import SkillAssetContentType1
else:
    RawContent = _Lazy(globals(), "raw_content", "RawContent")
    SkillAssetContentType1 = _Lazy(globals(), "skill_asset_content_type_1", "SkillAssetContentType1")


T = TypeVar("T", bound="SkillDefinitionAssets")


class SkillDefinitionAssets:
    """Additional files available to the skill."""

    __slots__ = ("additional_properties",)
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ()

    additional_properties: dict[str, RawContent | SkillAssetContentType1]

    def __init__(
        self,
    ) -> None:
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:

        field_dict: dict[str, Any] = {}
        for prop_name, prop in self.additional_properties.items():
            try:
                if isinstance(prop, RawContent):
                    field_dict[prop_name] = prop.to_dict()
                else:
                    try:
                        field_dict[prop_name] = prop.to_dict()
                    except AttributeError:
                        if isinstance(prop, SkillAssetContentType1):
                            raise
                        field_dict[prop_name] = _as_dict(prop, "RawContent | SkillAssetContentType1")
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, prop_name)
                raise

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
        skill_definition_assets = cls()

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            _additional_property_data = prop_dict
            additional_property: RawContent | SkillAssetContentType1
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_additional_property_data, dict):
                    try:
                        componentsschemas_skill_asset_content_raw_content = RawContent.from_dict(
                            _additional_property_data
                        )

                        additional_property = componentsschemas_skill_asset_content_raw_content
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_additional_property_data, dict):
                    raise TypeError()
                componentsschemas_skill_asset_content_type_1 = SkillAssetContentType1.from_dict(
                    _additional_property_data
                )

                additional_property = componentsschemas_skill_asset_content_type_1
                break

            additional_properties[prop_name] = additional_property

        skill_definition_assets.additional_properties = additional_properties
        return skill_definition_assets

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> RawContent | SkillAssetContentType1:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: RawContent | SkillAssetContentType1) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
