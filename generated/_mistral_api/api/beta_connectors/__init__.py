"""BetaConnectors: generated resource (`client.beta.connectors`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, Literal, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote
from uuid import UUID

from ...client import (
    APIResponse,
    AsyncEventStream,
    EventStream,
    Request,
    RequestOptions,
    Transport,
    as_bytes,
    as_is,
    as_lines,
    as_none,
    as_text,
    to_file,
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.auth_data import AuthData
    from ...models.auth_url_response import AuthUrlResponse
    from ...models.authentication_method_create_or_update_request import AuthenticationMethodCreateOrUpdateRequest
    from ...models.connection_credentials import ConnectionCredentials
    from ...models.connector import Connector
    from ...models.connector_activate_for_consumer_v1_consumer_scope import ConnectorActivateForConsumerV1ConsumerScope
    from ...models.connector_call_tool_request import ConnectorCallToolRequest
    from ...models.connector_call_tool_request_arguments import ConnectorCallToolRequestArguments
    from ...models.connector_deactivate_for_consumer_v1_consumer_scope import (
        ConnectorDeactivateForConsumerV1ConsumerScope,
    )
    from ...models.connector_list_tools_v1_response_200_type_0_item_type_1 import (
        ConnectorListToolsV1Response200Type0ItemType1,
    )
    from ...models.connector_tool_call_response import ConnectorToolCallResponse
    from ...models.connectors_query_filters import ConnectorsQueryFilters
    from ...models.create_connector_request import CreateConnectorRequest
    from ...models.create_connector_request_global_headers import CreateConnectorRequestGlobalHeaders
    from ...models.create_connector_request_headers_type_0 import CreateConnectorRequestHeadersType0
    from ...models.credentials_create_or_update import CredentialsCreateOrUpdate
    from ...models.credentials_response import CredentialsResponse
    from ...models.extended_o_auth_server_metadata import ExtendedOAuthServerMetadata
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.mcp_tool import MCPTool
    from ...models.message_response import MessageResponse
    from ...models.outbound_authentication_type import OutboundAuthenticationType
    from ...models.paginated_connectors import PaginatedConnectors
    from ...models.public_authentication_method import PublicAuthenticationMethod
    from ...models.public_resource_visibility import PublicResourceVisibility
    from ...models.update_connector_request import UpdateConnectorRequest
else:
    AuthData = _Lazy(globals(), "auth_data", "AuthData")
    AuthUrlResponse = _Lazy(globals(), "auth_url_response", "AuthUrlResponse")
    AuthenticationMethodCreateOrUpdateRequest = _Lazy(
        globals(), "authentication_method_create_or_update_request", "AuthenticationMethodCreateOrUpdateRequest"
    )
    ConnectionCredentials = _Lazy(globals(), "connection_credentials", "ConnectionCredentials")
    Connector = _Lazy(globals(), "connector", "Connector")
    ConnectorActivateForConsumerV1ConsumerScope = _Lazy(
        globals(), "connector_activate_for_consumer_v1_consumer_scope", "ConnectorActivateForConsumerV1ConsumerScope"
    )
    ConnectorCallToolRequest = _Lazy(globals(), "connector_call_tool_request", "ConnectorCallToolRequest")
    ConnectorCallToolRequestArguments = _Lazy(
        globals(), "connector_call_tool_request_arguments", "ConnectorCallToolRequestArguments"
    )
    ConnectorDeactivateForConsumerV1ConsumerScope = _Lazy(
        globals(),
        "connector_deactivate_for_consumer_v1_consumer_scope",
        "ConnectorDeactivateForConsumerV1ConsumerScope",
    )
    ConnectorListToolsV1Response200Type0ItemType1 = _Lazy(
        globals(),
        "connector_list_tools_v1_response_200_type_0_item_type_1",
        "ConnectorListToolsV1Response200Type0ItemType1",
    )
    ConnectorToolCallResponse = _Lazy(globals(), "connector_tool_call_response", "ConnectorToolCallResponse")
    ConnectorsQueryFilters = _Lazy(globals(), "connectors_query_filters", "ConnectorsQueryFilters")
    CreateConnectorRequest = _Lazy(globals(), "create_connector_request", "CreateConnectorRequest")
    CreateConnectorRequestGlobalHeaders = _Lazy(
        globals(), "create_connector_request_global_headers", "CreateConnectorRequestGlobalHeaders"
    )
    CreateConnectorRequestHeadersType0 = _Lazy(
        globals(), "create_connector_request_headers_type_0", "CreateConnectorRequestHeadersType0"
    )
    CredentialsCreateOrUpdate = _Lazy(globals(), "credentials_create_or_update", "CredentialsCreateOrUpdate")
    CredentialsResponse = _Lazy(globals(), "credentials_response", "CredentialsResponse")
    ExtendedOAuthServerMetadata = _Lazy(globals(), "extended_o_auth_server_metadata", "ExtendedOAuthServerMetadata")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    MCPTool = _Lazy(globals(), "mcp_tool", "MCPTool")
    MessageResponse = _Lazy(globals(), "message_response", "MessageResponse")
    OutboundAuthenticationType = _Lazy(globals(), "outbound_authentication_type", "OutboundAuthenticationType")
    PaginatedConnectors = _Lazy(globals(), "paginated_connectors", "PaginatedConnectors")
    PublicAuthenticationMethod = _Lazy(globals(), "public_authentication_method", "PublicAuthenticationMethod")
    PublicResourceVisibility = _Lazy(globals(), "public_resource_visibility", "PublicResourceVisibility")
    UpdateConnectorRequest = _Lazy(globals(), "update_connector_request", "UpdateConnectorRequest")


_KEYWORDS_CONNECTOR_LIST_V1 = (
    "query_filters",
    "cursor",
    "page_size",
)


def _decode_connector_list_v1(data: Any) -> PaginatedConnectors:
    response_200 = PaginatedConnectors.from_dict(data)

    return response_200


def _connector_list_v1(
    *,
    query_filters: ConnectorsQueryFilters | Unset = UNSET,
    cursor: None | str | Unset = UNSET,
    page_size: int | Unset = 100,
) -> Request[PaginatedConnectors]:
    params: dict[str, Any] = {}

    json_query_filters: dict[str, Any] | Unset = UNSET
    if not isinstance(query_filters, Unset):
        json_query_filters = query_filters.to_dict()
    if not isinstance(json_query_filters, Unset):
        params.update(json_query_filters)

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors",
        operation_id="connector_list_v1",
        decode=_decode_connector_list_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_LIST_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_CREATE_V1 = (
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


def _decode_connector_create_v1(data: Any) -> Connector:
    response_201 = Connector.from_dict(data)

    return response_201


def _connector_create_v1(
    *,
    name: str,
    description: str,
    server: str,
    protocol: Literal["mcp"] | Unset = UNSET,
    title: str | None | Unset = UNSET,
    icon_url: str | None | Unset = UNSET,
    visibility: PublicResourceVisibility | str | Unset = UNSET,
    headers: CreateConnectorRequestHeadersType0 | Mapping[str, Any] | None | Unset = UNSET,
    global_headers: CreateConnectorRequestGlobalHeaders | Mapping[str, Any] | Unset = UNSET,
    auth_data: AuthData | Mapping[str, Any] | None | Unset = UNSET,
    oauth2_server_metadata: ExtendedOAuthServerMetadata | Mapping[str, Any] | None | Unset = UNSET,
    oauth2_server_metadata_url: str | None | Unset = UNSET,
    system_prompt: str | None | Unset = UNSET,
) -> Request[Connector]:

    _kwargs: dict[str, Any] = {}
    _body = CreateConnectorRequest(
        name=cast(Any, name),
        description=cast(Any, description),
        server=cast(Any, server),
        protocol=cast(Any, protocol),
        title=cast(Any, title),
        icon_url=cast(Any, icon_url),
        visibility=cast(Any, visibility),
        headers=cast(Any, headers),
        global_headers=cast(Any, global_headers),
        auth_data=cast(Any, auth_data),
        oauth2_server_metadata=cast(Any, oauth2_server_metadata),
        oauth2_server_metadata_url=cast(Any, oauth2_server_metadata_url),
        system_prompt=cast(Any, system_prompt),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/connectors",
        operation_id="connector_create_v1",
        decode=_decode_connector_create_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_CREATE_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_GET_AUTH_URL_V1 = (
    "connector_id_or_name",
    "app_return_url",
    "method_type",
    "credentials_name",
    "credentials_title",
    "github_installation_link",
)


def _decode_connector_get_auth_url_v1(data: Any) -> AuthUrlResponse:
    response_200 = AuthUrlResponse.from_dict(data)

    return response_200


def _connector_get_auth_url_v1(
    *,
    connector_id_or_name: UUID | str,
    app_return_url: None | str | Unset = UNSET,
    method_type: OutboundAuthenticationType | Unset = UNSET,
    credentials_name: None | str | Unset = UNSET,
    credentials_title: None | str | Unset = UNSET,
    github_installation_link: bool | Unset = False,
) -> Request[AuthUrlResponse]:
    params: dict[str, Any] = {}

    json_app_return_url: None | str | Unset
    if isinstance(app_return_url, Unset):
        json_app_return_url = UNSET
    else:
        json_app_return_url = app_return_url
    params["app_return_url"] = json_app_return_url

    json_method_type: str | Unset = UNSET
    if not isinstance(method_type, Unset):
        json_method_type = str(method_type)

    params["method_type"] = json_method_type

    json_credentials_name: None | str | Unset
    if isinstance(credentials_name, Unset):
        json_credentials_name = UNSET
    else:
        json_credentials_name = credentials_name
    params["credentials_name"] = json_credentials_name

    json_credentials_title: None | str | Unset
    if isinstance(credentials_title, Unset):
        json_credentials_title = UNSET
    else:
        json_credentials_title = credentials_title
    params["credentials_title"] = json_credentials_title

    params["github_installation_link"] = github_installation_link

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/auth_url".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_get_auth_url_v1",
        decode=_decode_connector_get_auth_url_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_GET_AUTH_URL_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_SHARE_V1 = ("connector_id",)


def _decode_connector_share_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_share_v1(
    *,
    connector_id: UUID | str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="PUT",
        path="/v1/connectors/{connector_id}/share".format(
            connector_id=quote(str(connector_id), safe=""),
        ),
        operation_id="connector_share_v1",
        decode=_decode_connector_share_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_SHARE_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_UNSHARE_V1 = ("connector_id",)


def _decode_connector_unshare_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_unshare_v1(
    *,
    connector_id: UUID | str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/connectors/{connector_id}/share".format(
            connector_id=quote(str(connector_id), safe=""),
        ),
        operation_id="connector_unshare_v1",
        decode=_decode_connector_unshare_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_UNSHARE_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_ACTIVATE_FOR_CONSUMER_V1 = (
    "connector_id",
    "consumer_scope",
)


def _decode_connector_activate_for_consumer_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_activate_for_consumer_v1(
    *,
    connector_id: UUID | str,
    consumer_scope: ConnectorActivateForConsumerV1ConsumerScope,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/connectors/{connector_id}/{consumer_scope}/activate".format(
            connector_id=quote(str(connector_id), safe=""),
            consumer_scope=quote(str(consumer_scope), safe=""),
        ),
        operation_id="connector_activate_for_consumer_v1",
        decode=_decode_connector_activate_for_consumer_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_ACTIVATE_FOR_CONSUMER_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_DEACTIVATE_FOR_CONSUMER_V1 = (
    "connector_id",
    "consumer_scope",
)


def _decode_connector_deactivate_for_consumer_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_deactivate_for_consumer_v1(
    *,
    connector_id: UUID | str,
    consumer_scope: ConnectorDeactivateForConsumerV1ConsumerScope,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="POST",
        path="/v1/connectors/{connector_id}/{consumer_scope}/deactivate".format(
            connector_id=quote(str(connector_id), safe=""),
            consumer_scope=quote(str(consumer_scope), safe=""),
        ),
        operation_id="connector_deactivate_for_consumer_v1",
        decode=_decode_connector_deactivate_for_consumer_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_DEACTIVATE_FOR_CONSUMER_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_CALL_TOOL_V1 = (
    "connector_id_or_name",
    "tool_name",
    "arguments",
    "credentials_name",
)


def _decode_connector_call_tool_v1(data: Any) -> ConnectorToolCallResponse:
    response_200 = ConnectorToolCallResponse.from_dict(data)

    return response_200


def _connector_call_tool_v1(
    *,
    connector_id_or_name: UUID | str,
    tool_name: str,
    arguments: ConnectorCallToolRequestArguments | Mapping[str, Any] | Unset = UNSET,
    credentials_name: None | str | Unset = UNSET,
) -> Request[ConnectorToolCallResponse]:
    params: dict[str, Any] = {}

    json_credentials_name: None | str | Unset
    if isinstance(credentials_name, Unset):
        json_credentials_name = UNSET
    else:
        json_credentials_name = credentials_name
    params["credentials_name"] = json_credentials_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _body = ConnectorCallToolRequest(
        arguments=cast(Any, arguments),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/connectors/{connector_id_or_name}/tools/{tool_name}/call".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
            tool_name=quote(str(tool_name), safe=""),
        ),
        operation_id="connector_call_tool_v1",
        decode=_decode_connector_call_tool_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_CALL_TOOL_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_LIST_TOOLS_V1 = (
    "connector_id_or_name",
    "page",
    "page_size",
    "refresh",
    "pretty",
    "credentials_name",
)


def _decode_connector_list_tools_v1(
    data: Any,
) -> builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]:
    _response_200_data = data
    response_200: list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]
    while True:  # one pass; each break is the generator's `return`
        if not isinstance(_response_200_data, list):
            raise TypeError()
        response_200_type_0 = []
        _response_200_type_0 = _response_200_data
        for response_200_type_0_item_data in _response_200_type_0:
            _response_200_type_0_item_data = response_200_type_0_item_data
            response_200_type_0_item: ConnectorListToolsV1Response200Type0ItemType1 | MCPTool
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_response_200_type_0_item_data, dict):
                    try:
                        response_200_type_0_item_type_0 = MCPTool.from_dict(_response_200_type_0_item_data)

                        response_200_type_0_item = response_200_type_0_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_response_200_type_0_item_data, dict):
                    raise TypeError()
                response_200_type_0_item_type_1 = ConnectorListToolsV1Response200Type0ItemType1.from_dict(
                    _response_200_type_0_item_data
                )

                response_200_type_0_item = response_200_type_0_item_type_1
                break

            response_200_type_0.append(response_200_type_0_item)

        response_200 = response_200_type_0
        break

    return response_200


def _connector_list_tools_v1(
    *,
    connector_id_or_name: UUID | str,
    page: int | Unset = 1,
    page_size: int | Unset = 100,
    refresh: bool | Unset = False,
    pretty: bool | Unset = False,
    credentials_name: None | str | Unset = UNSET,
) -> Request[builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params["refresh"] = refresh

    params["pretty"] = pretty

    json_credentials_name: None | str | Unset
    if isinstance(credentials_name, Unset):
        json_credentials_name = UNSET
    else:
        json_credentials_name = credentials_name
    params["credentials_name"] = json_credentials_name

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/tools".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_list_tools_v1",
        decode=_decode_connector_list_tools_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_LIST_TOOLS_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_GET_AUTHENTICATION_METHODS_V1 = ("connector_id_or_name",)


def _decode_connector_get_authentication_methods_v1(data: Any) -> builtins.list[PublicAuthenticationMethod]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = PublicAuthenticationMethod.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _connector_get_authentication_methods_v1(
    *,
    connector_id_or_name: UUID | str,
) -> Request[builtins.list[PublicAuthenticationMethod]]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/authentication_methods".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_get_authentication_methods_v1",
        decode=_decode_connector_get_authentication_methods_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_GET_AUTHENTICATION_METHODS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_LIST_ORGANIZATION_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "auth_type",
    "fetch_default",
)


def _decode_connector_list_organization_credentials_v1(data: Any) -> CredentialsResponse:
    response_200 = CredentialsResponse.from_dict(data)

    return response_200


def _connector_list_organization_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    auth_type: None | OutboundAuthenticationType | Unset = UNSET,
    fetch_default: bool | Unset = False,
) -> Request[CredentialsResponse]:
    params: dict[str, Any] = {}

    json_auth_type: None | str | Unset
    if isinstance(auth_type, Unset):
        json_auth_type = UNSET
    elif isinstance(auth_type, OutboundAuthenticationType):
        json_auth_type = str(auth_type)
    else:
        json_auth_type = auth_type
    params["auth_type"] = json_auth_type

    params["fetch_default"] = fetch_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/organization/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_list_organization_credentials_v1",
        decode=_decode_connector_list_organization_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_LIST_ORGANIZATION_CREDENTIALS_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_CREATE_OR_UPDATE_ORGANIZATION_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "name",
    "title",
    "is_default",
    "credentials",
)


def _decode_connector_create_or_update_organization_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_create_or_update_organization_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    name: str,
    title: str | None | Unset = UNSET,
    is_default: bool | None | Unset = UNSET,
    credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    _body = CredentialsCreateOrUpdate(
        name=cast(Any, name),
        title=cast(Any, title),
        is_default=cast(Any, is_default),
        credentials=cast(Any, credentials),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/connectors/{connector_id_or_name}/organization/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_create_or_update_organization_credentials_v1",
        decode=_decode_connector_create_or_update_organization_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_CREATE_OR_UPDATE_ORGANIZATION_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_LIST_WORKSPACE_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "auth_type",
    "fetch_default",
)


def _decode_connector_list_workspace_credentials_v1(data: Any) -> CredentialsResponse:
    response_200 = CredentialsResponse.from_dict(data)

    return response_200


def _connector_list_workspace_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    auth_type: None | OutboundAuthenticationType | Unset = UNSET,
    fetch_default: bool | Unset = False,
) -> Request[CredentialsResponse]:
    params: dict[str, Any] = {}

    json_auth_type: None | str | Unset
    if isinstance(auth_type, Unset):
        json_auth_type = UNSET
    elif isinstance(auth_type, OutboundAuthenticationType):
        json_auth_type = str(auth_type)
    else:
        json_auth_type = auth_type
    params["auth_type"] = json_auth_type

    params["fetch_default"] = fetch_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/workspace/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_list_workspace_credentials_v1",
        decode=_decode_connector_list_workspace_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_LIST_WORKSPACE_CREDENTIALS_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_CREATE_OR_UPDATE_WORKSPACE_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "name",
    "title",
    "is_default",
    "credentials",
)


def _decode_connector_create_or_update_workspace_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_create_or_update_workspace_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    name: str,
    title: str | None | Unset = UNSET,
    is_default: bool | None | Unset = UNSET,
    credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    _body = CredentialsCreateOrUpdate(
        name=cast(Any, name),
        title=cast(Any, title),
        is_default=cast(Any, is_default),
        credentials=cast(Any, credentials),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/connectors/{connector_id_or_name}/workspace/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_create_or_update_workspace_credentials_v1",
        decode=_decode_connector_create_or_update_workspace_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_CREATE_OR_UPDATE_WORKSPACE_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_LIST_USER_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "auth_type",
    "fetch_default",
)


def _decode_connector_list_user_credentials_v1(data: Any) -> CredentialsResponse:
    response_200 = CredentialsResponse.from_dict(data)

    return response_200


def _connector_list_user_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    auth_type: None | OutboundAuthenticationType | Unset = UNSET,
    fetch_default: bool | Unset = False,
) -> Request[CredentialsResponse]:
    params: dict[str, Any] = {}

    json_auth_type: None | str | Unset
    if isinstance(auth_type, Unset):
        json_auth_type = UNSET
    elif isinstance(auth_type, OutboundAuthenticationType):
        json_auth_type = str(auth_type)
    else:
        json_auth_type = auth_type
    params["auth_type"] = json_auth_type

    params["fetch_default"] = fetch_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}/user/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_list_user_credentials_v1",
        decode=_decode_connector_list_user_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_LIST_USER_CREDENTIALS_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_CREATE_OR_UPDATE_USER_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "name",
    "title",
    "is_default",
    "credentials",
)


def _decode_connector_create_or_update_user_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_create_or_update_user_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    name: str,
    title: str | None | Unset = UNSET,
    is_default: bool | None | Unset = UNSET,
    credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    _body = CredentialsCreateOrUpdate(
        name=cast(Any, name),
        title=cast(Any, title),
        is_default=cast(Any, is_default),
        credentials=cast(Any, credentials),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/connectors/{connector_id_or_name}/user/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_create_or_update_user_credentials_v1",
        decode=_decode_connector_create_or_update_user_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_CREATE_OR_UPDATE_USER_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_DELETE_ALL_USER_CREDENTIALS_V1 = ("connector_id_or_name",)


def _decode_connector_delete_all_user_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_delete_all_user_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/connectors/{connector_id_or_name}/user/credentials".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_delete_all_user_credentials_v1",
        decode=_decode_connector_delete_all_user_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_DELETE_ALL_USER_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_DELETE_ORGANIZATION_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "credentials_name",
)


def _decode_connector_delete_organization_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_delete_organization_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    credentials_name: str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/connectors/{connector_id_or_name}/organization/credentials/{credentials_name}".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
            credentials_name=quote(str(credentials_name), safe=""),
        ),
        operation_id="connector_delete_organization_credentials_v1",
        decode=_decode_connector_delete_organization_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_DELETE_ORGANIZATION_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_DELETE_WORKSPACE_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "credentials_name",
)


def _decode_connector_delete_workspace_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_delete_workspace_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    credentials_name: str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/connectors/{connector_id_or_name}/workspace/credentials/{credentials_name}".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
            credentials_name=quote(str(credentials_name), safe=""),
        ),
        operation_id="connector_delete_workspace_credentials_v1",
        decode=_decode_connector_delete_workspace_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_DELETE_WORKSPACE_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_DELETE_USER_CREDENTIALS_V1 = (
    "connector_id_or_name",
    "credentials_name",
)


def _decode_connector_delete_user_credentials_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_delete_user_credentials_v1(
    *,
    connector_id_or_name: UUID | str,
    credentials_name: str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/connectors/{connector_id_or_name}/user/credentials/{credentials_name}".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
            credentials_name=quote(str(credentials_name), safe=""),
        ),
        operation_id="connector_delete_user_credentials_v1",
        decode=_decode_connector_delete_user_credentials_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_DELETE_USER_CREDENTIALS_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_GET_V1 = (
    "connector_id_or_name",
    "fetch_user_data",
    "fetch_customer_data",
)


def _decode_connector_get_v1(data: Any) -> Connector:
    response_200 = Connector.from_dict(data)

    return response_200


def _connector_get_v1(
    *,
    connector_id_or_name: UUID | str,
    fetch_user_data: bool | Unset = False,
    fetch_customer_data: bool | Unset = False,
) -> Request[Connector]:
    params: dict[str, Any] = {}

    params["fetch_user_data"] = fetch_user_data

    params["fetch_customer_data"] = fetch_customer_data

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/connectors/{connector_id_or_name}".format(
            connector_id_or_name=quote(str(connector_id_or_name), safe=""),
        ),
        operation_id="connector_get_v1",
        decode=_decode_connector_get_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_GET_V1,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_DELETE_V1 = ("connector_id",)


def _decode_connector_delete_v1(data: Any) -> MessageResponse:
    response_200 = MessageResponse.from_dict(data)

    return response_200


def _connector_delete_v1(
    *,
    connector_id: UUID | str,
) -> Request[MessageResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/connectors/{connector_id}".format(
            connector_id=quote(str(connector_id), safe=""),
        ),
        operation_id="connector_delete_v1",
        decode=_decode_connector_delete_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_DELETE_V1,
        **_kwargs,
    )


_KEYWORDS_CONNECTOR_UPDATE_V1 = (
    "connector_id",
    "title",
    "name",
    "description",
    "icon_url",
    "system_prompt",
    "protocol",
    "server",
    "auth_methods",
)


def _decode_connector_update_v1(data: Any) -> Connector:
    response_200 = Connector.from_dict(data)

    return response_200


def _connector_update_v1(
    *,
    connector_id: UUID | str,
    title: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    icon_url: str | None | Unset = UNSET,
    system_prompt: str | None | Unset = UNSET,
    protocol: Literal["mcp"] | Unset = UNSET,
    server: str | None | Unset = UNSET,
    auth_methods: Sequence[AuthenticationMethodCreateOrUpdateRequest | Mapping[str, Any]] | None | Unset = UNSET,
) -> Request[Connector]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateConnectorRequest(
        title=cast(Any, title),
        name=cast(Any, name),
        description=cast(Any, description),
        icon_url=cast(Any, icon_url),
        system_prompt=cast(Any, system_prompt),
        protocol=cast(Any, protocol),
        server=cast(Any, server),
        auth_methods=cast(Any, auth_methods),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/connectors/{connector_id}".format(
            connector_id=quote(str(connector_id), safe=""),
        ),
        operation_id="connector_update_v1",
        decode=_decode_connector_update_v1,
        kind="json",
        keywords=_KEYWORDS_CONNECTOR_UPDATE_V1,
        **_kwargs,
    )


BetaConnectorsListResult: TypeAlias = PaginatedConnectors


BetaConnectorsCreateResult: TypeAlias = Connector


BetaConnectorsGetAuthUrlResult: TypeAlias = AuthUrlResponse


BetaConnectorsShareResult: TypeAlias = MessageResponse


BetaConnectorsConnectorUnshareV1Result: TypeAlias = MessageResponse


BetaConnectorsConnectorActivateForConsumerV1Result: TypeAlias = MessageResponse


BetaConnectorsConnectorDeactivateForConsumerV1Result: TypeAlias = MessageResponse


BetaConnectorsCallToolResult: TypeAlias = ConnectorToolCallResponse


BetaConnectorsListToolsResult: TypeAlias = builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]


BetaConnectorsGetAuthenticationMethodsResult: TypeAlias = builtins.list[PublicAuthenticationMethod]


BetaConnectorsListOrganizationCredentialsResult: TypeAlias = CredentialsResponse


BetaConnectorsCreateOrUpdateOrganizationCredentialsResult: TypeAlias = MessageResponse


BetaConnectorsListWorkspaceCredentialsResult: TypeAlias = CredentialsResponse


BetaConnectorsCreateOrUpdateWorkspaceCredentialsResult: TypeAlias = MessageResponse


BetaConnectorsListUserCredentialsResult: TypeAlias = CredentialsResponse


BetaConnectorsCreateOrUpdateUserCredentialsResult: TypeAlias = MessageResponse


BetaConnectorsConnectorDeleteAllUserCredentialsV1Result: TypeAlias = MessageResponse


BetaConnectorsDeleteOrganizationCredentialsResult: TypeAlias = MessageResponse


BetaConnectorsDeleteWorkspaceCredentialsResult: TypeAlias = MessageResponse


BetaConnectorsDeleteUserCredentialsResult: TypeAlias = MessageResponse


BetaConnectorsGetResult: TypeAlias = Connector


BetaConnectorsDeleteResult: TypeAlias = MessageResponse


BetaConnectorsUpdateResult: TypeAlias = Connector


class BetaConnectors:
    """`client.beta.connectors`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaConnectorsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaConnectorsWithRawResponse(self._transport)

    def list(
        self,
        *,
        query_filters: ConnectorsQueryFilters | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> PaginatedConnectors:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters.

        Args:
            query_filters (ConnectorsQueryFilters | Unset):
            cursor (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            PaginatedConnectors

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_v1,
            dict(
                query_filters=query_filters,
                cursor=cursor,
                page_size=page_size,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        query_filters: ConnectorsQueryFilters | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> PaginatedConnectors:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters.

        Args:
            query_filters (ConnectorsQueryFilters | Unset):
            cursor (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            PaginatedConnectors

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_v1,
            dict(
                query_filters=query_filters,
                cursor=cursor,
                page_size=page_size,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str,
        server: str,
        protocol: Literal["mcp"] | Unset = UNSET,
        title: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        visibility: PublicResourceVisibility | str | Unset = UNSET,
        headers: CreateConnectorRequestHeadersType0 | Mapping[str, Any] | None | Unset = UNSET,
        global_headers: CreateConnectorRequestGlobalHeaders | Mapping[str, Any] | Unset = UNSET,
        auth_data: AuthData | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.

        Args:
            name (str): The name of the connector. Should be 64 char length maximum, alphanumeric, only
                underscores/dashes.
            description (str): The description of the connector.
            server (str): The url of the MCP server.
            protocol (Literal['mcp'] | Unset): Protocol of the connector. Only 'mcp' is supported on the public endpoint;
                creating HTTP connectors here is explicitly refused.
            title (None | str | Unset): Optional human-readable title for the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            visibility (PublicResourceVisibility | Unset): Visibility options available to public API callers.

                Excludes ``shared_global`` which is reserved for system-owned connectors.
            headers (CreateConnectorRequestHeadersType0 | None | Unset): Optional organization-level headers to be sent with the request to the mcp
                server.
            global_headers (CreateConnectorRequestGlobalHeaders | Unset): Optional connector-wide headers, keyed by header name, set at creation and
                applied to every credential. Secret values are encrypted at rest and never
                returned in clear.
            auth_data (AuthData | None | Unset): Optional additional authentication data for the connector.
            oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset): Optional OAuth2 authorization server metadata (authorization_endpoint,
                token_endpoint, etc.). When provided, skips .well-known discovery and uses these
                endpoints directly.
            oauth2_server_metadata_url (None | str | Unset): Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When
                provided, the metadata is fetched from this URL and used instead of .well-known
                discovery. Mutually exclusive with oauth2_server_metadata.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Connector

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_v1,
            dict(
                name=name,
                description=description,
                server=server,
                protocol=protocol,
                title=title,
                icon_url=icon_url,
                visibility=visibility,
                headers=headers,
                global_headers=global_headers,
                auth_data=auth_data,
                oauth2_server_metadata=oauth2_server_metadata,
                oauth2_server_metadata_url=oauth2_server_metadata_url,
                system_prompt=system_prompt,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        server: str,
        protocol: Literal["mcp"] | Unset = UNSET,
        title: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        visibility: PublicResourceVisibility | str | Unset = UNSET,
        headers: CreateConnectorRequestHeadersType0 | Mapping[str, Any] | None | Unset = UNSET,
        global_headers: CreateConnectorRequestGlobalHeaders | Mapping[str, Any] | Unset = UNSET,
        auth_data: AuthData | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.

        Args:
            name (str): The name of the connector. Should be 64 char length maximum, alphanumeric, only
                underscores/dashes.
            description (str): The description of the connector.
            server (str): The url of the MCP server.
            protocol (Literal['mcp'] | Unset): Protocol of the connector. Only 'mcp' is supported on the public endpoint;
                creating HTTP connectors here is explicitly refused.
            title (None | str | Unset): Optional human-readable title for the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            visibility (PublicResourceVisibility | Unset): Visibility options available to public API callers.

                Excludes ``shared_global`` which is reserved for system-owned connectors.
            headers (CreateConnectorRequestHeadersType0 | None | Unset): Optional organization-level headers to be sent with the request to the mcp
                server.
            global_headers (CreateConnectorRequestGlobalHeaders | Unset): Optional connector-wide headers, keyed by header name, set at creation and
                applied to every credential. Secret values are encrypted at rest and never
                returned in clear.
            auth_data (AuthData | None | Unset): Optional additional authentication data for the connector.
            oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset): Optional OAuth2 authorization server metadata (authorization_endpoint,
                token_endpoint, etc.). When provided, skips .well-known discovery and uses these
                endpoints directly.
            oauth2_server_metadata_url (None | str | Unset): Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When
                provided, the metadata is fetched from this URL and used instead of .well-known
                discovery. Mutually exclusive with oauth2_server_metadata.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Connector

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_v1,
            dict(
                name=name,
                description=description,
                server=server,
                protocol=protocol,
                title=title,
                icon_url=icon_url,
                visibility=visibility,
                headers=headers,
                global_headers=global_headers,
                auth_data=auth_data,
                oauth2_server_metadata=oauth2_server_metadata,
                oauth2_server_metadata_url=oauth2_server_metadata_url,
                system_prompt=system_prompt,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_auth_url(
        self,
        *,
        connector_id_or_name: UUID | str,
        app_return_url: None | str | Unset = UNSET,
        method_type: OutboundAuthenticationType | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        credentials_title: None | str | Unset = UNSET,
        github_installation_link: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> AuthUrlResponse:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        Args:
            connector_id_or_name (str | UUID):
            app_return_url (None | str | Unset):
            method_type (OutboundAuthenticationType | Unset):
            credentials_name (None | str | Unset):
            credentials_title (None | str | Unset):
            github_installation_link (bool | Unset): Only valid with method_type=oauth2. When true,
                returns a GitHub App installation URL (https://github.com/apps/<slug>/installations/new)
                if the connector has the proper configuration The Github application needs to have
                'Request user authorization (OAuth) during installation' enabled to perform the proper
                auth loop. Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AuthUrlResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_auth_url_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                app_return_url=app_return_url,
                method_type=method_type,
                credentials_name=credentials_name,
                credentials_title=credentials_title,
                github_installation_link=github_installation_link,
            ),
        )
        return self._transport.send(request, options)

    async def get_auth_url_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        app_return_url: None | str | Unset = UNSET,
        method_type: OutboundAuthenticationType | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        credentials_title: None | str | Unset = UNSET,
        github_installation_link: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> AuthUrlResponse:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        Args:
            connector_id_or_name (str | UUID):
            app_return_url (None | str | Unset):
            method_type (OutboundAuthenticationType | Unset):
            credentials_name (None | str | Unset):
            credentials_title (None | str | Unset):
            github_installation_link (bool | Unset): Only valid with method_type=oauth2. When true,
                returns a GitHub App installation URL (https://github.com/apps/<slug>/installations/new)
                if the connector has the proper configuration The Github application needs to have
                'Request user authorization (OAuth) during installation' enabled to perform the proper
                auth loop. Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AuthUrlResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_auth_url_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                app_return_url=app_return_url,
                method_type=method_type,
                credentials_name=credentials_name,
                credentials_title=credentials_title,
                github_installation_link=github_installation_link,
            ),
        )
        return await self._transport.send_async(request, options)

    def share(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making it
        available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth
        on-behalf-of) will be affected and must be reconfigured after sharing. Only the connector's
        creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_share_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return self._transport.send(request, options)

    async def share_async(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making it
        available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth
        on-behalf-of) will be affected and must be reconfigured after sharing. Only the connector's
        creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_share_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def connector_unshare_v1(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector. Workspace-
        scoped connections and other members' connections are removed; the creator's own connection
        is preserved. Only the connector's creator can call this endpoint. Requires the
        ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_unshare_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return self._transport.send(request, options)

    async def connector_unshare_v1_async(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector. Workspace-
        scoped connections and other members' connections are removed; the creator's own connection
        is preserved. Only the connector's creator can call this endpoint. Requires the
        ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_unshare_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def connector_activate_for_consumer_v1(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorActivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorActivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_activate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return self._transport.send(request, options)

    async def connector_activate_for_consumer_v1_async(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorActivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorActivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_activate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return await self._transport.send_async(request, options)

    def connector_deactivate_for_consumer_v1(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorDeactivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        Disable a connector for the calling consumer only.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorDeactivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_deactivate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return self._transport.send(request, options)

    async def connector_deactivate_for_consumer_v1_async(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorDeactivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        Disable a connector for the calling consumer only.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorDeactivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_deactivate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return await self._transport.send_async(request, options)

    def call_tool(
        self,
        *,
        connector_id_or_name: UUID | str,
        tool_name: str,
        arguments: ConnectorCallToolRequestArguments | Mapping[str, Any] | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConnectorToolCallResponse:
        """Call Connector Tool

        Call a tool on an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            tool_name (str):
            credentials_name (None | str | Unset):
            arguments (ConnectorCallToolRequestArguments | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConnectorToolCallResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_call_tool_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                tool_name=tool_name,
                arguments=arguments,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send(request, options)

    async def call_tool_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        tool_name: str,
        arguments: ConnectorCallToolRequestArguments | Mapping[str, Any] | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConnectorToolCallResponse:
        """Call Connector Tool

        Call a tool on an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            tool_name (str):
            credentials_name (None | str | Unset):
            arguments (ConnectorCallToolRequestArguments | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConnectorToolCallResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_call_tool_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                tool_name=tool_name,
                arguments=arguments,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_tools(
        self,
        *,
        connector_id_or_name: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        refresh: bool | Unset = False,
        pretty: bool | Unset = False,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            page (int | Unset):  Default: 1.
            page_size (int | Unset):  Default: 100.
            refresh (bool | Unset):  Default: False.
            pretty (bool | Unset): Return a simplified payload with only name, description,
                annotations, and a compact inputSchema. Default: False.
            credentials_name (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_tools_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                page=page,
                page_size=page_size,
                refresh=refresh,
                pretty=pretty,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send(request, options)

    async def list_tools_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        refresh: bool | Unset = False,
        pretty: bool | Unset = False,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            page (int | Unset):  Default: 1.
            page_size (int | Unset):  Default: 100.
            refresh (bool | Unset):  Default: False.
            pretty (bool | Unset): Return a simplified payload with only name, description,
                annotations, and a compact inputSchema. Default: False.
            credentials_name (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_tools_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                page=page,
                page_size=page_size,
                refresh=refresh,
                pretty=pretty,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_authentication_methods(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported authentication
        methods and their required headers.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[PublicAuthenticationMethod]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_authentication_methods_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return self._transport.send(request, options)

    async def get_authentication_methods_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[PublicAuthenticationMethod]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported authentication
        methods and their required headers.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[PublicAuthenticationMethod]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_authentication_methods_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_organization_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CredentialsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return self._transport.send(request, options)

    async def list_organization_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CredentialsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_or_update_organization_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return self._transport.send(request, options)

    async def create_or_update_organization_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_workspace_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CredentialsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return self._transport.send(request, options)

    async def list_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CredentialsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_or_update_workspace_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return self._transport.send(request, options)

    async def create_or_update_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_user_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CredentialsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return self._transport.send(request, options)

    async def list_user_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> CredentialsResponse:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            CredentialsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_or_update_user_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return self._transport.send(request, options)

    async def create_or_update_user_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return await self._transport.send_async(request, options)

    def connector_delete_all_user_credentials_v1(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_all_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return self._transport.send(request, options)

    async def connector_delete_all_user_credentials_v1_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_all_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete_organization_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send(request, options)

    async def delete_organization_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete_workspace_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send(request, options)

    async def delete_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete_user_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send(request, options)

    async def delete_user_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        connector_id_or_name: UUID | str,
        fetch_user_data: bool | Unset = False,
        fetch_customer_data: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Get a connector.

        Get a connector by its ID or name.

        Args:
            connector_id_or_name (str | UUID):
            fetch_user_data (bool | Unset): Fetch the user-level data associated with the connector
                (e.g. connection credentials). Default: False.
            fetch_customer_data (bool | Unset): Fetch the customer data associated with the
                connector (e.g. customer secrets / config). Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Connector

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                fetch_user_data=fetch_user_data,
                fetch_customer_data=fetch_customer_data,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        fetch_user_data: bool | Unset = False,
        fetch_customer_data: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Get a connector.

        Get a connector by its ID or name.

        Args:
            connector_id_or_name (str | UUID):
            fetch_user_data (bool | Unset): Fetch the user-level data associated with the connector
                (e.g. connection credentials). Default: False.
            fetch_customer_data (bool | Unset): Fetch the customer data associated with the
                connector (e.g. customer secrets / config). Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Connector

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                fetch_user_data=fetch_user_data,
                fetch_customer_data=fetch_customer_data,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a connector.

        Delete a connector by its ID.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> MessageResponse:
        """Delete a connector.

        Delete a connector by its ID.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            MessageResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        connector_id: UUID | str,
        title: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        protocol: Literal["mcp"] | Unset = UNSET,
        server: str | None | Unset = UNSET,
        auth_methods: Sequence[AuthenticationMethodCreateOrUpdateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Update a connector.

        Update a connector by its ID.

        Args:
            connector_id (UUID):
            title (None | str | Unset): Optional human-readable title for the connector.
            name (None | str | Unset): The name of the connector.
            description (None | str | Unset): The description of the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            protocol (Literal['mcp'] | Unset):
            server (None | str | Unset): New server url for your mcp connector.
            auth_methods (list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset): list of authentication methods to add to the connector or to update
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Connector

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_update_v1,
            dict(
                connector_id=connector_id,
                title=title,
                name=name,
                description=description,
                icon_url=icon_url,
                system_prompt=system_prompt,
                protocol=protocol,
                server=server,
                auth_methods=auth_methods,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        connector_id: UUID | str,
        title: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        protocol: Literal["mcp"] | Unset = UNSET,
        server: str | None | Unset = UNSET,
        auth_methods: Sequence[AuthenticationMethodCreateOrUpdateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Connector:
        """Update a connector.

        Update a connector by its ID.

        Args:
            connector_id (UUID):
            title (None | str | Unset): Optional human-readable title for the connector.
            name (None | str | Unset): The name of the connector.
            description (None | str | Unset): The description of the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            protocol (Literal['mcp'] | Unset):
            server (None | str | Unset): New server url for your mcp connector.
            auth_methods (list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset): list of authentication methods to add to the connector or to update
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Connector

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_update_v1,
            dict(
                connector_id=connector_id,
                title=title,
                name=name,
                description=description,
                icon_url=icon_url,
                system_prompt=system_prompt,
                protocol=protocol,
                server=server,
                auth_methods=auth_methods,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaConnectorsWithRawResponse:
    """`client.beta.connectors`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        query_filters: ConnectorsQueryFilters | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PaginatedConnectors]:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters.

        Args:
            query_filters (ConnectorsQueryFilters | Unset):
            cursor (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[PaginatedConnectors]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_v1,
            dict(
                query_filters=query_filters,
                cursor=cursor,
                page_size=page_size,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        query_filters: ConnectorsQueryFilters | Unset = UNSET,
        cursor: None | str | Unset = UNSET,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[PaginatedConnectors]:
        """List all connectors.

        List all your custom connectors with keyset pagination and filters.

        Args:
            query_filters (ConnectorsQueryFilters | Unset):
            cursor (None | str | Unset):
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[PaginatedConnectors]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_v1,
            dict(
                query_filters=query_filters,
                cursor=cursor,
                page_size=page_size,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str,
        server: str,
        protocol: Literal["mcp"] | Unset = UNSET,
        title: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        visibility: PublicResourceVisibility | str | Unset = UNSET,
        headers: CreateConnectorRequestHeadersType0 | Mapping[str, Any] | None | Unset = UNSET,
        global_headers: CreateConnectorRequestGlobalHeaders | Mapping[str, Any] | Unset = UNSET,
        auth_data: AuthData | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Connector]:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.

        Args:
            name (str): The name of the connector. Should be 64 char length maximum, alphanumeric, only
                underscores/dashes.
            description (str): The description of the connector.
            server (str): The url of the MCP server.
            protocol (Literal['mcp'] | Unset): Protocol of the connector. Only 'mcp' is supported on the public endpoint;
                creating HTTP connectors here is explicitly refused.
            title (None | str | Unset): Optional human-readable title for the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            visibility (PublicResourceVisibility | Unset): Visibility options available to public API callers.

                Excludes ``shared_global`` which is reserved for system-owned connectors.
            headers (CreateConnectorRequestHeadersType0 | None | Unset): Optional organization-level headers to be sent with the request to the mcp
                server.
            global_headers (CreateConnectorRequestGlobalHeaders | Unset): Optional connector-wide headers, keyed by header name, set at creation and
                applied to every credential. Secret values are encrypted at rest and never
                returned in clear.
            auth_data (AuthData | None | Unset): Optional additional authentication data for the connector.
            oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset): Optional OAuth2 authorization server metadata (authorization_endpoint,
                token_endpoint, etc.). When provided, skips .well-known discovery and uses these
                endpoints directly.
            oauth2_server_metadata_url (None | str | Unset): Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When
                provided, the metadata is fetched from this URL and used instead of .well-known
                discovery. Mutually exclusive with oauth2_server_metadata.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Connector]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_v1,
            dict(
                name=name,
                description=description,
                server=server,
                protocol=protocol,
                title=title,
                icon_url=icon_url,
                visibility=visibility,
                headers=headers,
                global_headers=global_headers,
                auth_data=auth_data,
                oauth2_server_metadata=oauth2_server_metadata,
                oauth2_server_metadata_url=oauth2_server_metadata_url,
                system_prompt=system_prompt,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        server: str,
        protocol: Literal["mcp"] | Unset = UNSET,
        title: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        visibility: PublicResourceVisibility | str | Unset = UNSET,
        headers: CreateConnectorRequestHeadersType0 | Mapping[str, Any] | None | Unset = UNSET,
        global_headers: CreateConnectorRequestGlobalHeaders | Mapping[str, Any] | Unset = UNSET,
        auth_data: AuthData | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | Mapping[str, Any] | None | Unset = UNSET,
        oauth2_server_metadata_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Connector]:
        """Create a new connector.

        Create a new MCP connector. You can customize its visibility, url and auth type.

        Args:
            name (str): The name of the connector. Should be 64 char length maximum, alphanumeric, only
                underscores/dashes.
            description (str): The description of the connector.
            server (str): The url of the MCP server.
            protocol (Literal['mcp'] | Unset): Protocol of the connector. Only 'mcp' is supported on the public endpoint;
                creating HTTP connectors here is explicitly refused.
            title (None | str | Unset): Optional human-readable title for the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            visibility (PublicResourceVisibility | Unset): Visibility options available to public API callers.

                Excludes ``shared_global`` which is reserved for system-owned connectors.
            headers (CreateConnectorRequestHeadersType0 | None | Unset): Optional organization-level headers to be sent with the request to the mcp
                server.
            global_headers (CreateConnectorRequestGlobalHeaders | Unset): Optional connector-wide headers, keyed by header name, set at creation and
                applied to every credential. Secret values are encrypted at rest and never
                returned in clear.
            auth_data (AuthData | None | Unset): Optional additional authentication data for the connector.
            oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset): Optional OAuth2 authorization server metadata (authorization_endpoint,
                token_endpoint, etc.). When provided, skips .well-known discovery and uses these
                endpoints directly.
            oauth2_server_metadata_url (None | str | Unset): Optional URL to fetch OAuth2 authorization server metadata from (RFC 8414). When
                provided, the metadata is fetched from this URL and used instead of .well-known
                discovery. Mutually exclusive with oauth2_server_metadata.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Connector]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_v1,
            dict(
                name=name,
                description=description,
                server=server,
                protocol=protocol,
                title=title,
                icon_url=icon_url,
                visibility=visibility,
                headers=headers,
                global_headers=global_headers,
                auth_data=auth_data,
                oauth2_server_metadata=oauth2_server_metadata,
                oauth2_server_metadata_url=oauth2_server_metadata_url,
                system_prompt=system_prompt,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_auth_url(
        self,
        *,
        connector_id_or_name: UUID | str,
        app_return_url: None | str | Unset = UNSET,
        method_type: OutboundAuthenticationType | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        credentials_title: None | str | Unset = UNSET,
        github_installation_link: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AuthUrlResponse]:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        Args:
            connector_id_or_name (str | UUID):
            app_return_url (None | str | Unset):
            method_type (OutboundAuthenticationType | Unset):
            credentials_name (None | str | Unset):
            credentials_title (None | str | Unset):
            github_installation_link (bool | Unset): Only valid with method_type=oauth2. When true,
                returns a GitHub App installation URL (https://github.com/apps/<slug>/installations/new)
                if the connector has the proper configuration The Github application needs to have
                'Request user authorization (OAuth) during installation' enabled to perform the proper
                auth loop. Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AuthUrlResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_auth_url_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                app_return_url=app_return_url,
                method_type=method_type,
                credentials_name=credentials_name,
                credentials_title=credentials_title,
                github_installation_link=github_installation_link,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_auth_url_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        app_return_url: None | str | Unset = UNSET,
        method_type: OutboundAuthenticationType | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        credentials_title: None | str | Unset = UNSET,
        github_installation_link: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AuthUrlResponse]:
        """Get the auth URL for a connector.

        Get the OAuth2 authorization URL for a connector to initiate user authentication.

        Args:
            connector_id_or_name (str | UUID):
            app_return_url (None | str | Unset):
            method_type (OutboundAuthenticationType | Unset):
            credentials_name (None | str | Unset):
            credentials_title (None | str | Unset):
            github_installation_link (bool | Unset): Only valid with method_type=oauth2. When true,
                returns a GitHub App installation URL (https://github.com/apps/<slug>/installations/new)
                if the connector has the proper configuration The Github application needs to have
                'Request user authorization (OAuth) during installation' enabled to perform the proper
                auth loop. Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AuthUrlResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_auth_url_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                app_return_url=app_return_url,
                method_type=method_type,
                credentials_name=credentials_name,
                credentials_title=credentials_title,
                github_installation_link=github_installation_link,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def share(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making it
        available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth
        on-behalf-of) will be affected and must be reconfigured after sharing. Only the connector's
        creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_share_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def share_async(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Share a private connector to the current workspace.

        Transfers ownership of a private user-owned connector to the current workspace, making it
        available to all workspace members. The creator can later revert this via the unshare
        endpoint. Any authentication flows that rely on the original owner's identity (e.g. OAuth
        on-behalf-of) will be affected and must be reconfigured after sharing. Only the connector's
        creator can call this endpoint. Requires the ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_share_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def connector_unshare_v1(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector. Workspace-
        scoped connections and other members' connections are removed; the creator's own connection
        is preserved. Only the connector's creator can call this endpoint. Requires the
        ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_unshare_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def connector_unshare_v1_async(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Unshare a connector from the current workspace.

        Reverts a workspace-shared connector back to a private, creator-owned connector. Workspace-
        scoped connections and other members' connections are removed; the creator's own connection
        is preserved. Only the connector's creator can call this endpoint. Requires the
        ShareConnectorToWorkspace workspace permission.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_unshare_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def connector_activate_for_consumer_v1(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorActivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorActivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_activate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return self._transport.send_raw(request, options)

    async def connector_activate_for_consumer_v1_async(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorActivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Activate a connector for the given consumer (organization, workspace, user).

        Enable a connector for the consumer.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorActivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_activate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def connector_deactivate_for_consumer_v1(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorDeactivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        Disable a connector for the calling consumer only.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorDeactivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_deactivate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return self._transport.send_raw(request, options)

    async def connector_deactivate_for_consumer_v1_async(
        self,
        *,
        connector_id: UUID | str,
        consumer_scope: ConnectorDeactivateForConsumerV1ConsumerScope,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Deactivate a connector for the current consumer (at organization, workspace or user level).

        Disable a connector for the calling consumer only.

        Args:
            connector_id (UUID):
            consumer_scope (ConnectorDeactivateForConsumerV1ConsumerScope):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_deactivate_for_consumer_v1,
            dict(
                connector_id=connector_id,
                consumer_scope=consumer_scope,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def call_tool(
        self,
        *,
        connector_id_or_name: UUID | str,
        tool_name: str,
        arguments: ConnectorCallToolRequestArguments | Mapping[str, Any] | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConnectorToolCallResponse]:
        """Call Connector Tool

        Call a tool on an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            tool_name (str):
            credentials_name (None | str | Unset):
            arguments (ConnectorCallToolRequestArguments | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConnectorToolCallResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_call_tool_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                tool_name=tool_name,
                arguments=arguments,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def call_tool_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        tool_name: str,
        arguments: ConnectorCallToolRequestArguments | Mapping[str, Any] | Unset = UNSET,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConnectorToolCallResponse]:
        """Call Connector Tool

        Call a tool on an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            tool_name (str):
            credentials_name (None | str | Unset):
            arguments (ConnectorCallToolRequestArguments | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConnectorToolCallResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_call_tool_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                tool_name=tool_name,
                arguments=arguments,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_tools(
        self,
        *,
        connector_id_or_name: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        refresh: bool | Unset = False,
        pretty: bool | Unset = False,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            page (int | Unset):  Default: 1.
            page_size (int | Unset):  Default: 100.
            refresh (bool | Unset):  Default: False.
            pretty (bool | Unset): Return a simplified payload with only name, description,
                annotations, and a compact inputSchema. Default: False.
            credentials_name (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_tools_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                page=page,
                page_size=page_size,
                refresh=refresh,
                pretty=pretty,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_tools_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 100,
        refresh: bool | Unset = False,
        pretty: bool | Unset = False,
        credentials_name: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]]:
        """List tools for a connector.

        List all tools available for an MCP connector.

        Args:
            connector_id_or_name (str | UUID):
            page (int | Unset):  Default: 1.
            page_size (int | Unset):  Default: 100.
            refresh (bool | Unset):  Default: False.
            pretty (bool | Unset): Return a simplified payload with only name, description,
                annotations, and a compact inputSchema. Default: False.
            credentials_name (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[ConnectorListToolsV1Response200Type0ItemType1 | MCPTool]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_tools_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                page=page,
                page_size=page_size,
                refresh=refresh,
                pretty=pretty,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_authentication_methods(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[PublicAuthenticationMethod]]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported authentication
        methods and their required headers.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[PublicAuthenticationMethod]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_authentication_methods_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_authentication_methods_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[PublicAuthenticationMethod]]:
        """Get authentication methods for a connector.

        Get the authentication schema for a connector. Returns the list of supported authentication
        methods and their required headers.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[PublicAuthenticationMethod]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_authentication_methods_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_organization_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CredentialsResponse]:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CredentialsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_organization_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CredentialsResponse]:
        """List organization credentials for a connector.

        List all credentials configured at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CredentialsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_or_update_organization_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_or_update_organization_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Create or update organization credentials for a connector.

        Create or update credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_workspace_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CredentialsResponse]:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CredentialsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CredentialsResponse]:
        """List workspace credentials for a connector.

        List all credentials configured at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CredentialsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_or_update_workspace_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_or_update_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Create or update workspace credentials for a connector.

        Create or update credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_user_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CredentialsResponse]:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CredentialsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_user_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        auth_type: None | OutboundAuthenticationType | Unset = UNSET,
        fetch_default: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[CredentialsResponse]:
        """List user credentials for a connector.

        List all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            auth_type (None | OutboundAuthenticationType | Unset):
            fetch_default (bool | Unset):  Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[CredentialsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_list_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                auth_type=auth_type,
                fetch_default=fetch_default,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_or_update_user_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_or_update_user_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        name: str,
        title: str | None | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Create or update user credentials for a connector.

        Create or update credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            name (str): Name of the credentials. Use this name to access or modify your credentials.
            title (None | str | Unset): Human-readable title for the credentials.
            is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
                creation: if no credential exists yet for this auth method, the credential is
                automatically set as default when is_default is true or omitted; setting
                is_default to false is rejected because a default must exist. If other
                credentials already exist, setting is_default to true promotes this credential
                (demoting the previous default); false or omitted creates it as non-default. On
                update: true promotes this credential, false is rejected if it is currently the
                default (promote another credential first), omitted leaves the default status
                unchanged.
            credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_create_or_update_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                name=name,
                title=title,
                is_default=is_default,
                credentials=credentials,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def connector_delete_all_user_credentials_v1(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_all_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def connector_delete_all_user_credentials_v1_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete all user credentials for a connector.

        Delete all credentials configured at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_all_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete_organization_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_organization_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete organization credentials for a connector.

        Delete credentials at the organization level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_organization_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete_workspace_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_workspace_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete workspace credentials for a connector.

        Delete credentials at the workspace level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_workspace_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete_user_credentials(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_user_credentials_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        credentials_name: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete user credentials for a connector.

        Delete credentials at the user level for a given connector.

        Args:
            connector_id_or_name (str | UUID):
            credentials_name (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_user_credentials_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                credentials_name=credentials_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        connector_id_or_name: UUID | str,
        fetch_user_data: bool | Unset = False,
        fetch_customer_data: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Connector]:
        """Get a connector.

        Get a connector by its ID or name.

        Args:
            connector_id_or_name (str | UUID):
            fetch_user_data (bool | Unset): Fetch the user-level data associated with the connector
                (e.g. connection credentials). Default: False.
            fetch_customer_data (bool | Unset): Fetch the customer data associated with the
                connector (e.g. customer secrets / config). Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Connector]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                fetch_user_data=fetch_user_data,
                fetch_customer_data=fetch_customer_data,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        connector_id_or_name: UUID | str,
        fetch_user_data: bool | Unset = False,
        fetch_customer_data: bool | Unset = False,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Connector]:
        """Get a connector.

        Get a connector by its ID or name.

        Args:
            connector_id_or_name (str | UUID):
            fetch_user_data (bool | Unset): Fetch the user-level data associated with the connector
                (e.g. connection credentials). Default: False.
            fetch_customer_data (bool | Unset): Fetch the customer data associated with the
                connector (e.g. customer secrets / config). Default: False.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Connector]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_get_v1,
            dict(
                connector_id_or_name=connector_id_or_name,
                fetch_user_data=fetch_user_data,
                fetch_customer_data=fetch_customer_data,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete a connector.

        Delete a connector by its ID.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        connector_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[MessageResponse]:
        """Delete a connector.

        Delete a connector by its ID.

        Args:
            connector_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[MessageResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_delete_v1,
            dict(
                connector_id=connector_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        connector_id: UUID | str,
        title: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        protocol: Literal["mcp"] | Unset = UNSET,
        server: str | None | Unset = UNSET,
        auth_methods: Sequence[AuthenticationMethodCreateOrUpdateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Connector]:
        """Update a connector.

        Update a connector by its ID.

        Args:
            connector_id (UUID):
            title (None | str | Unset): Optional human-readable title for the connector.
            name (None | str | Unset): The name of the connector.
            description (None | str | Unset): The description of the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            protocol (Literal['mcp'] | Unset):
            server (None | str | Unset): New server url for your mcp connector.
            auth_methods (list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset): list of authentication methods to add to the connector or to update
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Connector]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_update_v1,
            dict(
                connector_id=connector_id,
                title=title,
                name=name,
                description=description,
                icon_url=icon_url,
                system_prompt=system_prompt,
                protocol=protocol,
                server=server,
                auth_methods=auth_methods,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        connector_id: UUID | str,
        title: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon_url: str | None | Unset = UNSET,
        system_prompt: str | None | Unset = UNSET,
        protocol: Literal["mcp"] | Unset = UNSET,
        server: str | None | Unset = UNSET,
        auth_methods: Sequence[AuthenticationMethodCreateOrUpdateRequest | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Connector]:
        """Update a connector.

        Update a connector by its ID.

        Args:
            connector_id (UUID):
            title (None | str | Unset): Optional human-readable title for the connector.
            name (None | str | Unset): The name of the connector.
            description (None | str | Unset): The description of the connector.
            icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
            system_prompt (None | str | Unset): Optional system prompt for the connector.
            protocol (Literal['mcp'] | Unset):
            server (None | str | Unset): New server url for your mcp connector.
            auth_methods (list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset): list of authentication methods to add to the connector or to update
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Connector]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _connector_update_v1,
            dict(
                connector_id=connector_id,
                title=title,
                name=name,
                description=description,
                icon_url=icon_url,
                system_prompt=system_prompt,
                protocol=protocol,
                server=server,
                auth_methods=auth_methods,
            ),
        )
        return await self._transport.send_raw_async(request, options)
