from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connector_tool_jsonschema_type_0 import ConnectorToolJsonschemaType0
    from ..models.connector_tool_locale import ConnectorToolLocale
    from ..models.execution_config import ExecutionConfig
    from ..models.resource_visibility import ResourceVisibility
else:
    ConnectorToolJsonschemaType0 = _Lazy(globals(), "connector_tool_jsonschema_type_0", "ConnectorToolJsonschemaType0")
    ConnectorToolLocale = _Lazy(globals(), "connector_tool_locale", "ConnectorToolLocale")
    ExecutionConfig = _Lazy(globals(), "execution_config", "ExecutionConfig")
    ResourceVisibility = _Lazy(globals(), "resource_visibility", "ResourceVisibility")


T = TypeVar("T", bound="ConnectorTool")


class ConnectorTool:
    """
    Attributes:
        id (str):
        name (str):
        description (str):
        execution_config (ExecutionConfig | None):
        visibility (ResourceVisibility):
        created_at (datetime.datetime):
        modified_at (datetime.datetime):
        system_prompt (None | str | Unset):
        locale (ConnectorToolLocale | None | Unset):
        jsonschema (ConnectorToolJsonschemaType0 | None | Unset):
        active (bool | None | Unset):
    """

    __slots__ = (
        "active",
        "additional_properties",
        "created_at",
        "description",
        "execution_config",
        "id",
        "jsonschema",
        "locale",
        "modified_at",
        "name",
        "system_prompt",
        "visibility",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "description",
        "execution_config",
        "visibility",
        "created_at",
        "modified_at",
        "system_prompt",
        "locale",
        "jsonschema",
        "active",
    )

    id: str
    name: str
    description: str
    execution_config: ExecutionConfig | None
    visibility: ResourceVisibility
    created_at: datetime.datetime
    modified_at: datetime.datetime
    system_prompt: None | str | Unset
    locale: ConnectorToolLocale | None | Unset
    jsonschema: ConnectorToolJsonschemaType0 | None | Unset
    active: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        name: str,
        description: str,
        execution_config: ExecutionConfig | None,
        visibility: ResourceVisibility,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        system_prompt: None | str | Unset = UNSET,
        locale: ConnectorToolLocale | None | Unset = UNSET,
        jsonschema: ConnectorToolJsonschemaType0 | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.execution_config = execution_config
        self.visibility = visibility
        self.created_at = created_at
        self.modified_at = modified_at
        self.system_prompt = system_prompt
        self.locale = locale
        self.jsonschema = jsonschema
        self.active = active
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        description = self.description

        try:
            execution_config: dict[str, Any] | None
            if isinstance(self.execution_config, ExecutionConfig):
                execution_config = self.execution_config.to_dict()
            else:
                execution_config = self.execution_config
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "execution_config")
            raise

        visibility = str(self.visibility)

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        modified_at = self.modified_at.isoformat().replace("+00:00", "Z")

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        try:
            locale: dict[str, Any] | None | Unset
            if isinstance(self.locale, Unset):
                locale = UNSET
            elif isinstance(self.locale, ConnectorToolLocale):
                locale = self.locale.to_dict()
            else:
                locale = self.locale
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "locale")
            raise

        try:
            jsonschema: dict[str, Any] | None | Unset
            if isinstance(self.jsonschema, Unset):
                jsonschema = UNSET
            elif isinstance(self.jsonschema, ConnectorToolJsonschemaType0):
                jsonschema = self.jsonschema.to_dict()
            else:
                jsonschema = self.jsonschema
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "jsonschema")
            raise

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "execution_config": execution_config,
                "visibility": visibility,
                "created_at": created_at,
                "modified_at": modified_at,
            }
        )
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if locale is not UNSET:
            field_dict["locale"] = locale
        if jsonschema is not UNSET:
            field_dict["jsonschema"] = jsonschema
        if active is not UNSET:
            field_dict["active"] = active

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

        name = d.pop("name")

        description = d.pop("description")

        _execution_config_data = d.pop("execution_config")
        execution_config: ExecutionConfig | None
        while True:  # one pass; each break is the generator's `return`
            if _execution_config_data is None:
                execution_config = _execution_config_data
                break
            if isinstance(_execution_config_data, dict):
                try:
                    execution_config_type_0 = ExecutionConfig.from_dict(_execution_config_data)

                    execution_config = execution_config_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            execution_config = cast("ExecutionConfig | None", _execution_config_data)
            break

        visibility = ResourceVisibility(d.pop("visibility"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        system_prompt: None | str | Unset = d.pop("system_prompt", UNSET)

        _locale_data = d.pop("locale", UNSET)
        locale: ConnectorToolLocale | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _locale_data is None:
                locale = _locale_data
                break
            if isinstance(_locale_data, Unset):
                locale = _locale_data
                break
            if isinstance(_locale_data, dict):
                try:
                    locale_type_0 = ConnectorToolLocale.from_dict(_locale_data)

                    locale = locale_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            locale = cast("ConnectorToolLocale | None | Unset", _locale_data)
            break

        _jsonschema_data = d.pop("jsonschema", UNSET)
        jsonschema: ConnectorToolJsonschemaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _jsonschema_data is None:
                jsonschema = _jsonschema_data
                break
            if isinstance(_jsonschema_data, Unset):
                jsonschema = _jsonschema_data
                break
            if isinstance(_jsonschema_data, dict):
                try:
                    jsonschema_type_0 = ConnectorToolJsonschemaType0.from_dict(_jsonschema_data)

                    jsonschema = jsonschema_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            jsonschema = cast("ConnectorToolJsonschemaType0 | None | Unset", _jsonschema_data)
            break

        active: bool | None | Unset = d.pop("active", UNSET)

        connector_tool = cls(
            id,
            name,
            description,
            execution_config,
            visibility,
            created_at,
            modified_at,
            system_prompt,
            locale,
            jsonschema,
            active,
        )

        connector_tool.additional_properties = d
        return connector_tool

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
