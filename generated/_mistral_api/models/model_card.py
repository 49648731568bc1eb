from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, InvalidFieldError, Unset
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="ModelCard")


@_attrs_define(repr=False)
class ModelCard:
    """A base or fine-tuned model (`type` is `base` or `fine-tuned`).

    Attributes:
        id (str):
        object_ (str | Unset):
        created (int | Unset):
        owned_by (str | Unset):
        type_ (str | Unset):
        name (None | str | Unset):
        description (None | str | Unset):
        max_context_length (int | Unset):
        aliases (list[str] | Unset):
        deprecation (None | str | Unset):
        default_model_temperature (float | None | Unset):
        capabilities (ModelCapabilities | Unset):
        job (str | Unset):
        root (str | Unset):
        archived (bool | Unset):
    """

    id: str
    object_: str | Unset = UNSET
    created: int | Unset = UNSET
    owned_by: str | Unset = UNSET
    type_: str | Unset = UNSET
    name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    max_context_length: int | Unset = UNSET
    aliases: list[str] | Unset = UNSET
    deprecation: None | str | Unset = UNSET
    default_model_temperature: float | None | Unset = UNSET
    capabilities: ModelCapabilities | Unset = UNSET
    job: str | Unset = UNSET
    root: str | Unset = UNSET
    archived: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        object_ = self.object_

        created = self.created

        owned_by = self.owned_by

        type_ = self.type_

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        max_context_length = self.max_context_length

        aliases: list[str] | Unset = UNSET
        if not isinstance(self.aliases, Unset):
            aliases = self.aliases

        deprecation: None | str | Unset
        if isinstance(self.deprecation, Unset):
            deprecation = UNSET
        else:
            deprecation = self.deprecation

        default_model_temperature: float | None | Unset
        if isinstance(self.default_model_temperature, Unset):
            default_model_temperature = UNSET
        else:
            default_model_temperature = self.default_model_temperature

        try:
            capabilities: dict[str, Any] | Unset = UNSET
            if not isinstance(self.capabilities, Unset):
                try:
                    capabilities = self.capabilities.to_dict()
                except AttributeError:
                    if isinstance(self.capabilities, ModelCapabilities):
                        raise
                    capabilities = _as_dict(self.capabilities, "ModelCapabilities")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "capabilities")
            raise

        job = self.job

        root = self.root

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
        if type_ is not UNSET:
            field_dict["type"] = type_
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if max_context_length is not UNSET:
            field_dict["max_context_length"] = max_context_length
        if aliases is not UNSET:
            field_dict["aliases"] = aliases
        if deprecation is not UNSET:
            field_dict["deprecation"] = deprecation
        if default_model_temperature is not UNSET:
            field_dict["default_model_temperature"] = default_model_temperature
        if capabilities is not UNSET:
            field_dict["capabilities"] = capabilities
        if job is not UNSET:
            field_dict["job"] = job
        if root is not UNSET:
            field_dict["root"] = root
        if archived is not UNSET:
            field_dict["archived"] = archived

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
        id = d.pop("id")

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        owned_by = d.pop("owned_by", UNSET)

        type_ = d.pop("type", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        max_context_length = d.pop("max_context_length", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        deprecation: None | str | Unset = d.pop("deprecation", UNSET)

        default_model_temperature: float | None | Unset = d.pop("default_model_temperature", UNSET)

        _capabilities = d.pop("capabilities", UNSET)
        capabilities: ModelCapabilities | Unset
        if isinstance(_capabilities, Unset):
            capabilities = UNSET
        else:
            capabilities = ModelCapabilities.from_dict(_capabilities)

        job = d.pop("job", UNSET)

        root = d.pop("root", UNSET)

        archived = d.pop("archived", UNSET)

        model_card = cls(
            id,
            object_,
            created,
            owned_by,
            type_,
            name,
            description,
            max_context_length,
            aliases,
            deprecation,
            default_model_temperature,
            capabilities,
            job,
            root,
            archived,
        )

        model_card.additional_properties = d
        return model_card

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.model_capabilities import ModelCapabilities
