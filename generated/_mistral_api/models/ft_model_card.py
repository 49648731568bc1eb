from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.model_capabilities import ModelCapabilities
else:
    ModelCapabilities = _Lazy(globals(), "model_capabilities", "ModelCapabilities")


T = TypeVar("T", bound="FTModelCard")


class FTModelCard:
    """Extra fields for fine-tuned models.

    Attributes:
        id (str):
        capabilities (ModelCapabilities): This is populated by Harmattan, but some fields have a name
            that we don't want to expose in the API.
        job (str):
        root (str):
        object_ (str | Unset):  Default: 'model'.
        created (int | Unset):
        owned_by (str | Unset):  Default: 'mistralai'.
        name (None | str | Unset):
        description (None | str | Unset):
        max_context_length (int | Unset):  Default: 32768.
        aliases (list[str] | Unset):
        deprecation (datetime.datetime | None | Unset):
        deprecation_replacement_model (None | str | Unset):
        default_model_temperature (float | None | Unset):
        internal (bool | Unset):  Default: False.
        type_ (Literal['fine-tuned'] | Unset):  Default: 'fine-tuned'.
        archived (bool | Unset):  Default: False.
    """

    __slots__ = (
        "additional_properties",
        "aliases",
        "archived",
        "capabilities",
        "created",
        "default_model_temperature",
        "deprecation",
        "deprecation_replacement_model",
        "description",
        "id",
        "internal",
        "job",
        "max_context_length",
        "name",
        "object_",
        "owned_by",
        "root",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "capabilities",
        "job",
        "root",
        "object_",
        "created",
        "owned_by",
        "name",
        "description",
        "max_context_length",
        "aliases",
        "deprecation",
        "deprecation_replacement_model",
        "default_model_temperature",
        "internal",
        "type_",
        "archived",
    )

    id: str
    capabilities: ModelCapabilities
    job: str
    root: str
    object_: str | Unset
    created: int | Unset
    owned_by: str | Unset
    name: None | str | Unset
    description: None | str | Unset
    max_context_length: int | Unset
    aliases: list[str] | Unset
    deprecation: datetime.datetime | None | Unset
    deprecation_replacement_model: None | str | Unset
    default_model_temperature: float | None | Unset
    internal: bool | Unset
    type_: Literal["fine-tuned"] | Unset
    archived: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        capabilities: ModelCapabilities,
        job: str,
        root: str,
        object_: str | Unset = UNSET,
        created: int | Unset = UNSET,
        owned_by: str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        max_context_length: int | Unset = UNSET,
        aliases: list[str] | Unset = UNSET,
        deprecation: datetime.datetime | None | Unset = UNSET,
        deprecation_replacement_model: None | str | Unset = UNSET,
        default_model_temperature: float | None | Unset = UNSET,
        internal: bool | Unset = UNSET,
        type_: Literal["fine-tuned"] | Unset = "fine-tuned",
        archived: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.capabilities = capabilities
        self.job = job
        self.root = root
        self.object_ = object_
        self.created = created
        self.owned_by = owned_by
        self.name = name
        self.description = description
        self.max_context_length = max_context_length
        self.aliases = aliases
        self.deprecation = deprecation
        self.deprecation_replacement_model = deprecation_replacement_model
        self.default_model_temperature = default_model_temperature
        self.internal = internal
        self.type_ = type_
        self.archived = archived
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
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

        object_ = self.object_

        created = self.created

        owned_by = self.owned_by

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
        elif isinstance(self.deprecation, datetime.datetime):
            deprecation = self.deprecation.isoformat().replace("+00:00", "Z")
        else:
            deprecation = self.deprecation

        deprecation_replacement_model: None | str | Unset
        if isinstance(self.deprecation_replacement_model, Unset):
            deprecation_replacement_model = UNSET
        else:
            deprecation_replacement_model = self.deprecation_replacement_model

        default_model_temperature: float | None | Unset
        if isinstance(self.default_model_temperature, Unset):
            default_model_temperature = UNSET
        else:
            default_model_temperature = self.default_model_temperature

        internal = self.internal

        type_ = self.type_

        archived = self.archived

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "capabilities": capabilities,
                "job": job,
                "root": root,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if created is not UNSET:
            field_dict["created"] = created
        if owned_by is not UNSET:
            field_dict["owned_by"] = owned_by
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
        if deprecation_replacement_model is not UNSET:
            field_dict["deprecation_replacement_model"] = deprecation_replacement_model
        if default_model_temperature is not UNSET:
            field_dict["default_model_temperature"] = default_model_temperature
        if internal is not UNSET:
            field_dict["internal"] = internal
        if type_ is not UNSET:
            field_dict["type"] = type_
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

        capabilities = ModelCapabilities.from_dict(d.pop("capabilities"))

        job = d.pop("job")

        root = d.pop("root")

        object_ = d.pop("object", UNSET)

        created = d.pop("created", UNSET)

        owned_by = d.pop("owned_by", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        max_context_length = d.pop("max_context_length", UNSET)

        aliases = cast(list[str], d.pop("aliases", UNSET))

        _deprecation_data = d.pop("deprecation", UNSET)
        deprecation: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _deprecation_data is None:
                deprecation = _deprecation_data
                break
            if isinstance(_deprecation_data, Unset):
                deprecation = _deprecation_data
                break
            if isinstance(_deprecation_data, str):
                try:
                    deprecation_type_0 = datetime.datetime.fromisoformat(_deprecation_data)

                    deprecation = deprecation_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deprecation = cast("datetime.datetime | None | Unset", _deprecation_data)
            break

        deprecation_replacement_model: None | str | Unset = d.pop("deprecation_replacement_model", UNSET)

        default_model_temperature: float | None | Unset = d.pop("default_model_temperature", UNSET)

        internal = d.pop("internal", UNSET)

        type_ = cast(Literal["fine-tuned"] | Unset, d.pop("type", UNSET))
        if type_ != "fine-tuned" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'fine-tuned', got '{type_}'")

        archived = d.pop("archived", UNSET)

        ft_model_card = cls(
            id,
            capabilities,
            job,
            root,
            object_,
            created,
            owned_by,
            name,
            description,
            max_context_length,
            aliases,
            deprecation,
            deprecation_replacement_model,
            default_model_temperature,
            internal,
            type_,
            archived,
        )

        ft_model_card.additional_properties = d
        return ft_model_card

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
