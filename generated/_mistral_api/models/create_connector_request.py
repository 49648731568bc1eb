from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.auth_data import AuthData
    from ..models.create_connector_request_global_headers import CreateConnectorRequestGlobalHeaders
    from ..models.create_connector_request_headers_type_0 import CreateConnectorRequestHeadersType0
    from ..models.extended_o_auth_server_metadata import ExtendedOAuthServerMetadata
    from ..models.public_resource_visibility import PublicResourceVisibility
else:
    AuthData = _Lazy(globals(), "auth_data", "AuthData")
    CreateConnectorRequestGlobalHeaders = _Lazy(
        globals(), "create_connector_request_global_headers", "CreateConnectorRequestGlobalHeaders"
    )
    CreateConnectorRequestHeadersType0 = _Lazy(
        globals(), "create_connector_request_headers_type_0", "CreateConnectorRequestHeadersType0"
    )
    ExtendedOAuthServerMetadata = _Lazy(globals(), "extended_o_auth_server_metadata", "ExtendedOAuthServerMetadata")
    PublicResourceVisibility = _Lazy(globals(), "public_resource_visibility", "PublicResourceVisibility")


T = TypeVar("T", bound="CreateConnectorRequest")


class CreateConnectorRequest:
    """Public create schema for MCP connectors.

    Standalone model that excludes internal-only fields (``hosted_internally``,
    ``mistral_integration``, ``private_tool_execution``, ``auth_scheme``, ``locale``,
    ``github_app_data``) and restricts visibility to :class:`PublicResourceVisibility`
    (no ``shared_global``).

        Attributes:
            name (str): The name of the connector. Should be 64 char length maximum, alphanumeric, only underscores/dashes.
            description (str): The description of the connector.
            server (str): The url of the MCP server.
            protocol (Literal['mcp'] | Unset): Protocol of the connector. Only 'mcp' is supported on the public endpoint;
                creating HTTP connectors here is explicitly refused. Default: 'mcp'.
            title (None | str | Unset): Optional human-readable title for the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            visibility (PublicResourceVisibility | Unset): Visibility options available to public API callers.

                Excludes ``shared_global`` which is reserved for system-owned connectors.
            headers (CreateConnectorRequestHeadersType0 | None | Unset): Optional organization-level headers to be sent with
                the request to the mcp server.
            global_headers (CreateConnectorRequestGlobalHeaders | Unset): Optional connector-wide headers, keyed by header
                name, set at creation and applied to every credential. Secret values are encrypted at rest and never returned in
                clear.
            auth_data (AuthData | None | Unset): Optional additional authentication data for the connector.
            oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset): Optional OAuth2 authorization server
                metadata (authorization_endpoint, token_endpoint, etc.). When provided, skips .well-known discovery and uses
                these endpoints directly.
            oauth2_server_metadata_url (None | str | Unset): Optional URL to fetch OAuth2 authorization server metadata from
                (RFC 8414). When provided, the metadata is fetched from this URL and used instead of .well-known discovery.
                Mutually exclusive with oauth2_server_metadata.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
    """

    __slots__ = (
        "additional_properties",
        "auth_data",
        "description",
        "global_headers",
        "headers",
        "icon_url",
        "name",
        "oauth2_server_metadata",
        "oauth2_server_metadata_url",
        "protocol",
        "server",
        "system_prompt",
        "title",
        "visibility",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "description",
        "server",
        "protocol",
        "title",
        "icon_url",
        "visibility",
        "headers",
        "global_headers",
        "auth_data",
        "oauth2_server_metadata",
        "oauth2_server_metadata_url",
        "system_prompt",
    )

    name: str
    description: str
    server: str
    protocol: Literal["mcp"] | Unset
    title: None | str | Unset
    icon_url: None | str | Unset
    visibility: PublicResourceVisibility | Unset
    headers: CreateConnectorRequestHeadersType0 | None | Unset
    global_headers: CreateConnectorRequestGlobalHeaders | Unset
    auth_data: AuthData | None | Unset
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset
    oauth2_server_metadata_url: None | str | Unset
    system_prompt: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        description: str,
        server: str,
        protocol: Literal["mcp"] | Unset = "mcp",
        title: None | str | Unset = UNSET,
        icon_url: None | str | Unset = UNSET,
        visibility: PublicResourceVisibility | Unset = UNSET,
        headers: CreateConnectorRequestHeadersType0 | None | Unset = UNSET,
        global_headers: CreateConnectorRequestGlobalHeaders | Unset = UNSET,
        auth_data: AuthData | None | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset = UNSET,
        oauth2_server_metadata_url: None | str | Unset = UNSET,
        system_prompt: None | str | Unset = UNSET,
    ) -> None:
        self.name = name
        self.description = description
        self.server = server
        self.protocol = protocol
        self.title = title
        self.icon_url = icon_url
        self.visibility = visibility
        self.headers = headers
        self.global_headers = global_headers
        self.auth_data = auth_data
        self.oauth2_server_metadata = oauth2_server_metadata
        self.oauth2_server_metadata_url = oauth2_server_metadata_url
        self.system_prompt = system_prompt
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        description = self.description

        server = self.server

        protocol = self.protocol

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        visibility: str | Unset = UNSET
        if not isinstance(self.visibility, Unset):
            visibility = str(self.visibility)

        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, CreateConnectorRequestHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "headers")
            raise

        try:
            global_headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.global_headers, Unset):
                try:
                    global_headers = self.global_headers.to_dict()
                except AttributeError:
                    if isinstance(self.global_headers, CreateConnectorRequestGlobalHeaders):
                        raise
                    global_headers = _as_dict(self.global_headers, "CreateConnectorRequestGlobalHeaders")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "global_headers")
            raise

        try:
            auth_data: dict[str, Any] | None | Unset
            if isinstance(self.auth_data, Unset):
                auth_data = UNSET
            elif isinstance(self.auth_data, AuthData):
                auth_data = self.auth_data.to_dict()
            else:
                auth_data = self.auth_data
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "auth_data")
            raise

        try:
            oauth2_server_metadata: dict[str, Any] | None | Unset
            if isinstance(self.oauth2_server_metadata, Unset):
                oauth2_server_metadata = UNSET
            elif isinstance(self.oauth2_server_metadata, ExtendedOAuthServerMetadata):
                oauth2_server_metadata = self.oauth2_server_metadata.to_dict()
            else:
                oauth2_server_metadata = self.oauth2_server_metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "oauth2_server_metadata")
            raise

        oauth2_server_metadata_url: None | str | Unset
        if isinstance(self.oauth2_server_metadata_url, Unset):
            oauth2_server_metadata_url = UNSET
        else:
            oauth2_server_metadata_url = self.oauth2_server_metadata_url

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "description": description,
                "server": server,
            }
        )
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if title is not UNSET:
            field_dict["title"] = title
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if visibility is not UNSET:
            field_dict["visibility"] = visibility
        if headers is not UNSET:
            field_dict["headers"] = headers
        if global_headers is not UNSET:
            field_dict["global_headers"] = global_headers
        if auth_data is not UNSET:
            field_dict["auth_data"] = auth_data
        if oauth2_server_metadata is not UNSET:
            field_dict["oauth2_server_metadata"] = oauth2_server_metadata
        if oauth2_server_metadata_url is not UNSET:
            field_dict["oauth2_server_metadata_url"] = oauth2_server_metadata_url
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt

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
        name = d.pop("name")

        description = d.pop("description")

        server = d.pop("server")

        protocol = cast(Literal["mcp"] | Unset, d.pop("protocol", UNSET))
        if protocol != "mcp" and not isinstance(protocol, Unset):
            raise ValueError(f"protocol must match const 'mcp', got '{protocol}'")

        title: None | str | Unset = d.pop("title", UNSET)

        icon_url: None | str | Unset = d.pop("icon_url", UNSET)

        _visibility = d.pop("visibility", UNSET)
        visibility: PublicResourceVisibility | Unset
        if isinstance(_visibility, Unset):
            visibility = UNSET
        else:
            visibility = PublicResourceVisibility(_visibility)

        _headers_data = d.pop("headers", UNSET)
        headers: CreateConnectorRequestHeadersType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _headers_data is None:
                headers = _headers_data
                break
            if isinstance(_headers_data, Unset):
                headers = _headers_data
                break
            if isinstance(_headers_data, dict):
                try:
                    headers_type_0 = CreateConnectorRequestHeadersType0.from_dict(_headers_data)

                    headers = headers_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            headers = cast("CreateConnectorRequestHeadersType0 | None | Unset", _headers_data)
            break

        _global_headers = d.pop("global_headers", UNSET)
        global_headers: CreateConnectorRequestGlobalHeaders | Unset
        if isinstance(_global_headers, Unset):
            global_headers = UNSET
        else:
            global_headers = CreateConnectorRequestGlobalHeaders.from_dict(_global_headers)

        _auth_data_data = d.pop("auth_data", UNSET)
        auth_data: AuthData | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _auth_data_data is None:
                auth_data = _auth_data_data
                break
            if isinstance(_auth_data_data, Unset):
                auth_data = _auth_data_data
                break
            if isinstance(_auth_data_data, dict):
                try:
                    auth_data_type_0 = AuthData.from_dict(_auth_data_data)

                    auth_data = auth_data_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            auth_data = cast("AuthData | None | Unset", _auth_data_data)
            break

        _oauth2_server_metadata_data = d.pop("oauth2_server_metadata", UNSET)
        oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _oauth2_server_metadata_data is None:
                oauth2_server_metadata = _oauth2_server_metadata_data
                break
            if isinstance(_oauth2_server_metadata_data, Unset):
                oauth2_server_metadata = _oauth2_server_metadata_data
                break
            if isinstance(_oauth2_server_metadata_data, dict):
                try:
                    oauth2_server_metadata_type_0 = ExtendedOAuthServerMetadata.from_dict(_oauth2_server_metadata_data)

                    oauth2_server_metadata = oauth2_server_metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            oauth2_server_metadata = cast("ExtendedOAuthServerMetadata | None | Unset", _oauth2_server_metadata_data)
            break

        oauth2_server_metadata_url: None | str | Unset = d.pop("oauth2_server_metadata_url", UNSET)

        system_prompt: None | str | Unset = d.pop("system_prompt", UNSET)

        create_connector_request = cls(
            name,
            description,
            server,
            protocol,
            title,
            icon_url,
            visibility,
            headers,
            global_headers,
            auth_data,
            oauth2_server_metadata,
            oauth2_server_metadata_url,
            system_prompt,
        )

        create_connector_request.additional_properties = d
        return create_connector_request

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
