from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.authentication_configuration import AuthenticationConfiguration
    from ..models.connection_preference import ConnectionPreference
    from ..models.connector_locale import ConnectorLocale
    from ..models.connector_protocol import ConnectorProtocol
    from ..models.connector_tool import ConnectorTool
    from ..models.consumer_type import ConsumerType
    from ..models.mcp_server_card import MCPServerCard
    from ..models.public_authentication_method import PublicAuthenticationMethod
    from ..models.public_connection_config import PublicConnectionConfig
    from ..models.public_execution_env import PublicExecutionEnv
    from ..models.resource_visibility import ResourceVisibility
else:
    AuthenticationConfiguration = _Lazy(globals(), "authentication_configuration", "AuthenticationConfiguration")
    ConnectionPreference = _Lazy(globals(), "connection_preference", "ConnectionPreference")
    ConnectorLocale = _Lazy(globals(), "connector_locale", "ConnectorLocale")
    ConnectorProtocol = _Lazy(globals(), "connector_protocol", "ConnectorProtocol")
    ConnectorTool = _Lazy(globals(), "connector_tool", "ConnectorTool")
    ConsumerType = _Lazy(globals(), "consumer_type", "ConsumerType")
    MCPServerCard = _Lazy(globals(), "mcp_server_card", "MCPServerCard")
    PublicAuthenticationMethod = _Lazy(globals(), "public_authentication_method", "PublicAuthenticationMethod")
    PublicConnectionConfig = _Lazy(globals(), "public_connection_config", "PublicConnectionConfig")
    PublicExecutionEnv = _Lazy(globals(), "public_execution_env", "PublicExecutionEnv")
    ResourceVisibility = _Lazy(globals(), "resource_visibility", "ResourceVisibility")


T = TypeVar("T", bound="Connector")


class Connector:
    """
    Attributes:
        id (UUID):
        name (str):
        description (str):
        created_at (datetime.datetime):
        modified_at (datetime.datetime):
        owner_type (ConsumerType):
        visibility (ResourceVisibility):
        private_tool_execution (bool):
        title (None | str | Unset):
        server (None | str | Unset):
        protocol (ConnectorProtocol | Unset):
        icon_url (None | str | Unset):
        server_card (MCPServerCard | None | Unset):
        owner_id (None | str | Unset):
        creator_id (None | str | Unset):
        locale (ConnectorLocale | None | Unset):
        system_prompt (None | str | Unset):
        supported_auth_methods (list[PublicAuthenticationMethod] | None | Unset):
        connection_preferences (list[ConnectionPreference] | None | Unset):
        connection_credentials (list[AuthenticationConfiguration] | None | Unset):
        active (bool | None | Unset):
        mistral (bool | Unset):  Default: False.
        is_authenticated (bool | None | Unset):
        tools (list[ConnectorTool] | None | Unset):
        system_prompt_route (None | str | Unset):
        connection_config (None | PublicConnectionConfig | Unset):
        execution_env (None | PublicExecutionEnv | Unset):
    """

    __slots__ = (
        "active",
        "additional_properties",
        "connection_config",
        "connection_credentials",
        "connection_preferences",
        "created_at",
        "creator_id",
        "description",
        "execution_env",
        "icon_url",
        "id",
        "is_authenticated",
        "locale",
        "mistral",
        "modified_at",
        "name",
        "owner_id",
        "owner_type",
        "private_tool_execution",
        "protocol",
        "server",
        "server_card",
        "supported_auth_methods",
        "system_prompt",
        "system_prompt_route",
        "title",
        "tools",
        "visibility",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "description",
        "created_at",
        "modified_at",
        "owner_type",
        "visibility",
        "private_tool_execution",
        "title",
        "server",
        "protocol",
        "icon_url",
        "server_card",
        "owner_id",
        "creator_id",
        "locale",
        "system_prompt",
        "supported_auth_methods",
        "connection_preferences",
        "connection_credentials",
        "active",
        "mistral",
        "is_authenticated",
        "tools",
        "system_prompt_route",
        "connection_config",
        "execution_env",
    )

    id: UUID
    name: str
    description: str
    created_at: datetime.datetime
    modified_at: datetime.datetime
    owner_type: ConsumerType
    visibility: ResourceVisibility
    private_tool_execution: bool
    title: None | str | Unset
    server: None | str | Unset
    protocol: ConnectorProtocol | Unset
    icon_url: None | str | Unset
    server_card: MCPServerCard | None | Unset
    owner_id: None | str | Unset
    creator_id: None | str | Unset
    locale: ConnectorLocale | None | Unset
    system_prompt: None | str | Unset
    supported_auth_methods: list[PublicAuthenticationMethod] | None | Unset
    connection_preferences: list[ConnectionPreference] | None | Unset
    connection_credentials: list[AuthenticationConfiguration] | None | Unset
    active: bool | None | Unset
    mistral: bool | Unset
    is_authenticated: bool | None | Unset
    tools: list[ConnectorTool] | None | Unset
    system_prompt_route: None | str | Unset
    connection_config: None | PublicConnectionConfig | Unset
    execution_env: None | PublicExecutionEnv | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        description: str,
        created_at: datetime.datetime,
        modified_at: datetime.datetime,
        owner_type: ConsumerType,
        visibility: ResourceVisibility,
        private_tool_execution: bool,
        title: None | str | Unset = UNSET,
        server: None | str | Unset = UNSET,
        protocol: ConnectorProtocol | Unset = UNSET,
        icon_url: None | str | Unset = UNSET,
        server_card: MCPServerCard | None | Unset = UNSET,
        owner_id: None | str | Unset = UNSET,
        creator_id: None | str | Unset = UNSET,
        locale: ConnectorLocale | None | Unset = UNSET,
        system_prompt: None | str | Unset = UNSET,
        supported_auth_methods: list[PublicAuthenticationMethod] | None | Unset = UNSET,
        connection_preferences: list[ConnectionPreference] | None | Unset = UNSET,
        connection_credentials: list[AuthenticationConfiguration] | None | Unset = UNSET,
        active: bool | None | Unset = UNSET,
        mistral: bool | Unset = UNSET,
        is_authenticated: bool | None | Unset = UNSET,
        tools: list[ConnectorTool] | None | Unset = UNSET,
        system_prompt_route: None | str | Unset = UNSET,
        connection_config: None | PublicConnectionConfig | Unset = UNSET,
        execution_env: None | PublicExecutionEnv | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.description = description
        self.created_at = created_at
        self.modified_at = modified_at
        self.owner_type = owner_type
        self.visibility = visibility
        self.private_tool_execution = private_tool_execution
        self.title = title
        self.server = server
        self.protocol = protocol
        self.icon_url = icon_url
        self.server_card = server_card
        self.owner_id = owner_id
        self.creator_id = creator_id
        self.locale = locale
        self.system_prompt = system_prompt
        self.supported_auth_methods = supported_auth_methods
        self.connection_preferences = connection_preferences
        self.connection_credentials = connection_credentials
        self.active = active
        self.mistral = mistral
        self.is_authenticated = is_authenticated
        self.tools = tools
        self.system_prompt_route = system_prompt_route
        self.connection_config = connection_config
        self.execution_env = execution_env
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        description = self.description

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        modified_at = self.modified_at.isoformat().replace("+00:00", "Z")

        owner_type = str(self.owner_type)

        visibility = str(self.visibility)

        private_tool_execution = self.private_tool_execution

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        server: None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        protocol: str | Unset = UNSET
        if not isinstance(self.protocol, Unset):
            protocol = str(self.protocol)

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        try:
            server_card: dict[str, Any] | None | Unset
            if isinstance(self.server_card, Unset):
                server_card = UNSET
            elif isinstance(self.server_card, MCPServerCard):
                server_card = self.server_card.to_dict()
            else:
                server_card = self.server_card
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "server_card")
            raise

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        else:
            owner_id = self.owner_id

        creator_id: None | str | Unset
        if isinstance(self.creator_id, Unset):
            creator_id = UNSET
        else:
            creator_id = self.creator_id

        try:
            locale: dict[str, Any] | None | Unset
            if isinstance(self.locale, Unset):
                locale = UNSET
            elif isinstance(self.locale, ConnectorLocale):
                locale = self.locale.to_dict()
            else:
                locale = self.locale
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "locale")
            raise

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        try:
            supported_auth_methods: list[dict[str, Any]] | None | Unset
            if isinstance(self.supported_auth_methods, Unset):
                supported_auth_methods = UNSET
            elif isinstance(self.supported_auth_methods, list):
                supported_auth_methods = []
                try:
                    for supported_auth_methods_type_0_item_data in self.supported_auth_methods:
                        try:
                            supported_auth_methods_type_0_item = supported_auth_methods_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(supported_auth_methods_type_0_item_data, PublicAuthenticationMethod):
                                raise
                            supported_auth_methods_type_0_item = _as_dict(
                                supported_auth_methods_type_0_item_data, "PublicAuthenticationMethod"
                            )
                        supported_auth_methods.append(supported_auth_methods_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(supported_auth_methods))
                    raise
            else:
                supported_auth_methods = self.supported_auth_methods
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "supported_auth_methods")
            raise

        try:
            connection_preferences: list[dict[str, Any]] | None | Unset
            if isinstance(self.connection_preferences, Unset):
                connection_preferences = UNSET
            elif isinstance(self.connection_preferences, list):
                connection_preferences = []
                try:
                    for connection_preferences_type_0_item_data in self.connection_preferences:
                        try:
                            connection_preferences_type_0_item = connection_preferences_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(connection_preferences_type_0_item_data, ConnectionPreference):
                                raise
                            connection_preferences_type_0_item = _as_dict(
                                connection_preferences_type_0_item_data, "ConnectionPreference"
                            )
                        connection_preferences.append(connection_preferences_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(connection_preferences))
                    raise
            else:
                connection_preferences = self.connection_preferences
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connection_preferences")
            raise

        try:
            connection_credentials: list[dict[str, Any]] | None | Unset
            if isinstance(self.connection_credentials, Unset):
                connection_credentials = UNSET
            elif isinstance(self.connection_credentials, list):
                connection_credentials = []
                try:
                    for connection_credentials_type_0_item_data in self.connection_credentials:
                        try:
                            connection_credentials_type_0_item = connection_credentials_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(connection_credentials_type_0_item_data, AuthenticationConfiguration):
                                raise
                            connection_credentials_type_0_item = _as_dict(
                                connection_credentials_type_0_item_data, "AuthenticationConfiguration"
                            )
                        connection_credentials.append(connection_credentials_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(connection_credentials))
                    raise
            else:
                connection_credentials = self.connection_credentials
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connection_credentials")
            raise

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        mistral = self.mistral

        is_authenticated: bool | None | Unset
        if isinstance(self.is_authenticated, Unset):
            is_authenticated = UNSET
        else:
            is_authenticated = self.is_authenticated

        try:
            tools: list[dict[str, Any]] | None | Unset
            if isinstance(self.tools, Unset):
                tools = UNSET
            elif isinstance(self.tools, list):
                tools = []
                try:
                    for tools_type_0_item_data in self.tools:
                        try:
                            tools_type_0_item = tools_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(tools_type_0_item_data, ConnectorTool):
                                raise
                            tools_type_0_item = _as_dict(tools_type_0_item_data, "ConnectorTool")
                        tools.append(tools_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tools))
                    raise
            else:
                tools = self.tools
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tools")
            raise

        system_prompt_route: None | str | Unset
        if isinstance(self.system_prompt_route, Unset):
            system_prompt_route = UNSET
        else:
            system_prompt_route = self.system_prompt_route

        try:
            connection_config: dict[str, Any] | None | Unset
            if isinstance(self.connection_config, Unset):
                connection_config = UNSET
            elif isinstance(self.connection_config, PublicConnectionConfig):
                connection_config = self.connection_config.to_dict()
            else:
                connection_config = self.connection_config
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "connection_config")
            raise

        try:
            execution_env: dict[str, Any] | None | Unset
            if isinstance(self.execution_env, Unset):
                execution_env = UNSET
            elif isinstance(self.execution_env, PublicExecutionEnv):
                execution_env = self.execution_env.to_dict()
            else:
                execution_env = self.execution_env
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "execution_env")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "description": description,
                "created_at": created_at,
                "modified_at": modified_at,
                "owner_type": owner_type,
                "visibility": visibility,
                "private_tool_execution": private_tool_execution,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if server is not UNSET:
            field_dict["server"] = server
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if server_card is not UNSET:
            field_dict["server_card"] = server_card
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if creator_id is not UNSET:
            field_dict["creator_id"] = creator_id
        if locale is not UNSET:
            field_dict["locale"] = locale
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if supported_auth_methods is not UNSET:
            field_dict["supported_auth_methods"] = supported_auth_methods
        if connection_preferences is not UNSET:
            field_dict["connection_preferences"] = connection_preferences
        if connection_credentials is not UNSET:
            field_dict["connection_credentials"] = connection_credentials
        if active is not UNSET:
            field_dict["active"] = active
        if mistral is not UNSET:
            field_dict["mistral"] = mistral
        if is_authenticated is not UNSET:
            field_dict["is_authenticated"] = is_authenticated
        if tools is not UNSET:
            field_dict["tools"] = tools
        if system_prompt_route is not UNSET:
            field_dict["system_prompt_route"] = system_prompt_route
        if connection_config is not UNSET:
            field_dict["connection_config"] = connection_config
        if execution_env is not UNSET:
            field_dict["execution_env"] = execution_env

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
        id = UUID(d.pop("id"))

        name = d.pop("name")

        description = d.pop("description")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        modified_at = datetime.datetime.fromisoformat(d.pop("modified_at"))

        owner_type = ConsumerType(d.pop("owner_type"))

        visibility = ResourceVisibility(d.pop("visibility"))

        private_tool_execution = d.pop("private_tool_execution")

        title: None | str | Unset = d.pop("title", UNSET)

        server: None | str | Unset = d.pop("server", UNSET)

        _protocol = d.pop("protocol", UNSET)
        protocol: ConnectorProtocol | Unset
        if isinstance(_protocol, Unset):
            protocol = UNSET
        else:
            protocol = ConnectorProtocol(_protocol)

        icon_url: None | str | Unset = d.pop("icon_url", UNSET)

        _server_card_data = d.pop("server_card", UNSET)
        server_card: MCPServerCard | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _server_card_data is None:
                server_card = _server_card_data
                break
            if isinstance(_server_card_data, Unset):
                server_card = _server_card_data
                break
            if isinstance(_server_card_data, dict):
                try:
                    server_card_type_0 = MCPServerCard.from_dict(_server_card_data)

                    server_card = server_card_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            server_card = cast("MCPServerCard | None | Unset", _server_card_data)
            break

        owner_id: None | str | Unset = d.pop("owner_id", UNSET)

        creator_id: None | str | Unset = d.pop("creator_id", UNSET)

        _locale_data = d.pop("locale", UNSET)
        locale: ConnectorLocale | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _locale_data is None:
                locale = _locale_data
                break
            if isinstance(_locale_data, Unset):
                locale = _locale_data
                break
            if isinstance(_locale_data, dict):
                try:
                    locale_type_0 = ConnectorLocale.from_dict(_locale_data)

                    locale = locale_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            locale = cast("ConnectorLocale | None | Unset", _locale_data)
            break

        system_prompt: None | str | Unset = d.pop("system_prompt", UNSET)

        _supported_auth_methods_data = d.pop("supported_auth_methods", UNSET)
        supported_auth_methods: list[PublicAuthenticationMethod] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _supported_auth_methods_data is None:
                supported_auth_methods = _supported_auth_methods_data
                break
            if isinstance(_supported_auth_methods_data, Unset):
                supported_auth_methods = _supported_auth_methods_data
                break
            if isinstance(_supported_auth_methods_data, list):
                try:
                    supported_auth_methods_type_0 = []
                    _supported_auth_methods_type_0 = _supported_auth_methods_data
                    for supported_auth_methods_type_0_item_data in _supported_auth_methods_type_0:
                        supported_auth_methods_type_0_item = PublicAuthenticationMethod.from_dict(
                            supported_auth_methods_type_0_item_data
                        )

                        supported_auth_methods_type_0.append(supported_auth_methods_type_0_item)

                    supported_auth_methods = supported_auth_methods_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            supported_auth_methods = cast(
                "list[PublicAuthenticationMethod] | None | Unset", _supported_auth_methods_data
            )
            break

        _connection_preferences_data = d.pop("connection_preferences", UNSET)
        connection_preferences: list[ConnectionPreference] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _connection_preferences_data is None:
                connection_preferences = _connection_preferences_data
                break
            if isinstance(_connection_preferences_data, Unset):
                connection_preferences = _connection_preferences_data
                break
            if isinstance(_connection_preferences_data, list):
                try:
                    connection_preferences_type_0 = []
                    _connection_preferences_type_0 = _connection_preferences_data
                    for connection_preferences_type_0_item_data in _connection_preferences_type_0:
                        connection_preferences_type_0_item = ConnectionPreference.from_dict(
                            connection_preferences_type_0_item_data
                        )

                        connection_preferences_type_0.append(connection_preferences_type_0_item)

                    connection_preferences = connection_preferences_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            connection_preferences = cast("list[ConnectionPreference] | None | Unset", _connection_preferences_data)
            break

        _connection_credentials_data = d.pop("connection_credentials", UNSET)
        connection_credentials: list[AuthenticationConfiguration] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _connection_credentials_data is None:
                connection_credentials = _connection_credentials_data
                break
            if isinstance(_connection_credentials_data, Unset):
                connection_credentials = _connection_credentials_data
                break
            if isinstance(_connection_credentials_data, list):
                try:
                    connection_credentials_type_0 = []
                    _connection_credentials_type_0 = _connection_credentials_data
                    for connection_credentials_type_0_item_data in _connection_credentials_type_0:
                        connection_credentials_type_0_item = AuthenticationConfiguration.from_dict(
                            connection_credentials_type_0_item_data
                        )

                        connection_credentials_type_0.append(connection_credentials_type_0_item)

                    connection_credentials = connection_credentials_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            connection_credentials = cast(
                "list[AuthenticationConfiguration] | None | Unset", _connection_credentials_data
            )
            break

        active: bool | None | Unset = d.pop("active", UNSET)

        mistral = d.pop("mistral", UNSET)

        is_authenticated: bool | None | Unset = d.pop("is_authenticated", UNSET)

        _tools_data = d.pop("tools", UNSET)
        tools: list[ConnectorTool] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tools_data is None:
                tools = _tools_data
                break
            if isinstance(_tools_data, Unset):
                tools = _tools_data
                break
            if isinstance(_tools_data, list):
                try:
                    tools_type_0 = []
                    _tools_type_0 = _tools_data
                    for tools_type_0_item_data in _tools_type_0:
                        tools_type_0_item = ConnectorTool.from_dict(tools_type_0_item_data)

                        tools_type_0.append(tools_type_0_item)

                    tools = tools_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tools = cast("list[ConnectorTool] | None | Unset", _tools_data)
            break

        system_prompt_route: None | str | Unset = d.pop("system_prompt_route", UNSET)

        _connection_config_data = d.pop("connection_config", UNSET)
        connection_config: None | PublicConnectionConfig | Unset
        while True:  # one pass; each break is the generator's `return`
            if _connection_config_data is None:
                connection_config = _connection_config_data
                break
            if isinstance(_connection_config_data, Unset):
                connection_config = _connection_config_data
                break
            if isinstance(_connection_config_data, dict):
                try:
                    connection_config_type_0 = PublicConnectionConfig.from_dict(_connection_config_data)

                    connection_config = connection_config_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            connection_config = cast("None | PublicConnectionConfig | Unset", _connection_config_data)
            break

        _execution_env_data = d.pop("execution_env", UNSET)
        execution_env: None | PublicExecutionEnv | Unset
        while True:  # one pass; each break is the generator's `return`
            if _execution_env_data is None:
                execution_env = _execution_env_data
                break
            if isinstance(_execution_env_data, Unset):
                execution_env = _execution_env_data
                break
            if isinstance(_execution_env_data, dict):
                try:
                    execution_env_type_0 = PublicExecutionEnv.from_dict(_execution_env_data)

                    execution_env = execution_env_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            execution_env = cast("None | PublicExecutionEnv | Unset", _execution_env_data)
            break

        connector = cls(
            id,
            name,
            description,
            created_at,
            modified_at,
            owner_type,
            visibility,
            private_tool_execution,
            title,
            server,
            protocol,
            icon_url,
            server_card,
            owner_id,
            creator_id,
            locale,
            system_prompt,
            supported_auth_methods,
            connection_preferences,
            connection_credentials,
            active,
            mistral,
            is_authenticated,
            tools,
            system_prompt_route,
            connection_config,
            execution_env,
        )

        connector.additional_properties = d
        return connector

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
