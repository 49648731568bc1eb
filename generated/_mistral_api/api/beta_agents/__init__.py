"""BetaAgents: generated resource (`client.beta.agents`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote

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
    from ...models.agent import Agent
    from ...models.agent_alias_response import AgentAliasResponse
    from ...models.agent_list_page import AgentListPage
    from ...models.code_interpreter_tool import CodeInterpreterTool
    from ...models.completion_args import CompletionArgs
    from ...models.create_agent_request import CreateAgentRequest
    from ...models.custom_connector import CustomConnector
    from ...models.document_library_tool import DocumentLibraryTool
    from ...models.function_tool import FunctionTool
    from ...models.guardrail_config import GuardrailConfig
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.image_generation_tool import ImageGenerationTool
    from ...models.metadata_dict import MetadataDict
    from ...models.request_source import RequestSource
    from ...models.update_agent_request import UpdateAgentRequest
    from ...models.web_search_premium_tool import WebSearchPremiumTool
    from ...models.web_search_tool import WebSearchTool
else:
    Agent = _Lazy(globals(), "agent", "Agent")
    AgentAliasResponse = _Lazy(globals(), "agent_alias_response", "AgentAliasResponse")
    AgentListPage = _Lazy(globals(), "agent_list_page", "AgentListPage")
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CompletionArgs = _Lazy(globals(), "completion_args", "CompletionArgs")
    CreateAgentRequest = _Lazy(globals(), "create_agent_request", "CreateAgentRequest")
    CustomConnector = _Lazy(globals(), "custom_connector", "CustomConnector")
    DocumentLibraryTool = _Lazy(globals(), "document_library_tool", "DocumentLibraryTool")
    FunctionTool = _Lazy(globals(), "function_tool", "FunctionTool")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ImageGenerationTool = _Lazy(globals(), "image_generation_tool", "ImageGenerationTool")
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    RequestSource = _Lazy(globals(), "request_source", "RequestSource")
    UpdateAgentRequest = _Lazy(globals(), "update_agent_request", "UpdateAgentRequest")
    WebSearchPremiumTool = _Lazy(globals(), "web_search_premium_tool", "WebSearchPremiumTool")
    WebSearchTool = _Lazy(globals(), "web_search_tool", "WebSearchTool")


_KEYWORDS_AGENTS_API_V1_AGENTS_LIST = (
    "page",
    "page_size",
    "deployment_chat",
    "sources",
    "name",
    "search",
    "id",
)


def _decode_agents_api_v1_agents_list(data: Any) -> builtins.list[Agent]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Agent.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _agents_api_v1_agents_list(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 20,
    deployment_chat: bool | None | Unset = UNSET,
    sources: builtins.list[RequestSource] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
) -> Request[builtins.list[Agent]]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_deployment_chat: bool | None | Unset
    if isinstance(deployment_chat, Unset):
        json_deployment_chat = UNSET
    else:
        json_deployment_chat = deployment_chat
    params["deployment_chat"] = json_deployment_chat

    json_sources: list[str] | None | Unset
    if isinstance(sources, Unset):
        json_sources = UNSET
    elif isinstance(sources, list):
        json_sources = []
        for sources_type_0_item_data in sources:
            sources_type_0_item = str(sources_type_0_item_data)
            json_sources.append(sources_type_0_item)

    else:
        json_sources = sources
    params["sources"] = json_sources

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_id: None | str | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    else:
        json_id = id
    params["id"] = json_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/agents",
        operation_id="agents_api_v1_agents_list",
        decode=_decode_agents_api_v1_agents_list,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_LIST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_CREATE = (
    "model",
    "name",
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "description",
    "handoffs",
    "metadata",
    "version_message",
)


def _decode_agents_api_v1_agents_create(data: Any) -> Agent:
    response_200 = Agent.from_dict(data)

    return response_200


def _agents_api_v1_agents_create(
    *,
    model: str,
    name: str,
    instructions: str | None | Unset = UNSET,
    tools: Sequence[
        FunctionTool
        | Mapping[str, Any]
        | WebSearchTool
        | WebSearchPremiumTool
        | CodeInterpreterTool
        | ImageGenerationTool
        | DocumentLibraryTool
        | CustomConnector
    ]
    | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    handoffs: Sequence[str] | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    version_message: str | None | Unset = UNSET,
) -> Request[Agent]:

    _kwargs: dict[str, Any] = {}
    _body = CreateAgentRequest(
        model=cast(Any, model),
        name=cast(Any, name),
        instructions=cast(Any, instructions),
        tools=cast(Any, tools),
        completion_args=cast(Any, completion_args),
        guardrails=cast(Any, guardrails),
        description=cast(Any, description),
        handoffs=cast(Any, handoffs),
        metadata=cast(Any, metadata),
        version_message=cast(Any, version_message),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/agents",
        operation_id="agents_api_v1_agents_create",
        decode=_decode_agents_api_v1_agents_create,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_CREATE,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_LIST_PAGES = (
    "page_size",
    "deployment_chat",
    "sources",
    "name",
    "search",
    "id",
    "page_token",
)


def _decode_agents_api_v1_agents_list_pages(data: Any) -> AgentListPage:
    response_200 = AgentListPage.from_dict(data)

    return response_200


def _agents_api_v1_agents_list_pages(
    *,
    page_size: int | Unset = 20,
    deployment_chat: bool | None | Unset = UNSET,
    sources: builtins.list[RequestSource] | None | Unset = UNSET,
    name: None | str | Unset = UNSET,
    search: None | str | Unset = UNSET,
    id: None | str | Unset = UNSET,
    page_token: None | str | Unset = UNSET,
) -> Request[AgentListPage]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_deployment_chat: bool | None | Unset
    if isinstance(deployment_chat, Unset):
        json_deployment_chat = UNSET
    else:
        json_deployment_chat = deployment_chat
    params["deployment_chat"] = json_deployment_chat

    json_sources: list[str] | None | Unset
    if isinstance(sources, Unset):
        json_sources = UNSET
    elif isinstance(sources, list):
        json_sources = []
        for sources_type_0_item_data in sources:
            sources_type_0_item = str(sources_type_0_item_data)
            json_sources.append(sources_type_0_item)

    else:
        json_sources = sources
    params["sources"] = json_sources

    json_name: None | str | Unset
    if isinstance(name, Unset):
        json_name = UNSET
    else:
        json_name = name
    params["name"] = json_name

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    json_id: None | str | Unset
    if isinstance(id, Unset):
        json_id = UNSET
    else:
        json_id = id
    params["id"] = json_id

    json_page_token: None | str | Unset
    if isinstance(page_token, Unset):
        json_page_token = UNSET
    else:
        json_page_token = page_token
    params["page_token"] = json_page_token

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/agents/pages",
        operation_id="agents_api_v1_agents_list_pages",
        decode=_decode_agents_api_v1_agents_list_pages,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_LIST_PAGES,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_GET = (
    "agent_id",
    "agent_version",
)


def _decode_agents_api_v1_agents_get(data: Any) -> Agent:
    response_200 = Agent.from_dict(data)

    return response_200


def _agents_api_v1_agents_get(
    *,
    agent_id: str,
    agent_version: int | None | str | Unset = UNSET,
) -> Request[Agent]:
    params: dict[str, Any] = {}

    json_agent_version: int | None | str | Unset
    if isinstance(agent_version, Unset):
        json_agent_version = UNSET
    else:
        json_agent_version = agent_version
    params["agent_version"] = json_agent_version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_get",
        decode=_decode_agents_api_v1_agents_get,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_DELETE = ("agent_id",)


def _agents_api_v1_agents_delete(
    *,
    agent_id: str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_DELETE,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_UPDATE = (
    "agent_id",
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "model",
    "name",
    "description",
    "handoffs",
    "deployment_chat",
    "metadata",
    "version_message",
)


def _decode_agents_api_v1_agents_update(data: Any) -> Agent:
    response_200 = Agent.from_dict(data)

    return response_200


def _agents_api_v1_agents_update(
    *,
    agent_id: str,
    instructions: str | None | Unset = UNSET,
    tools: Sequence[
        FunctionTool
        | Mapping[str, Any]
        | WebSearchTool
        | WebSearchPremiumTool
        | CodeInterpreterTool
        | ImageGenerationTool
        | DocumentLibraryTool
        | CustomConnector
    ]
    | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    model: str | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    handoffs: Sequence[str] | None | Unset = UNSET,
    deployment_chat: bool | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    version_message: str | None | Unset = UNSET,
) -> Request[Agent]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateAgentRequest(
        instructions=cast(Any, instructions),
        tools=cast(Any, tools),
        completion_args=cast(Any, completion_args),
        guardrails=cast(Any, guardrails),
        model=cast(Any, model),
        name=cast(Any, name),
        description=cast(Any, description),
        handoffs=cast(Any, handoffs),
        deployment_chat=cast(Any, deployment_chat),
        metadata=cast(Any, metadata),
        version_message=cast(Any, version_message),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/agents/{agent_id}".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_update",
        decode=_decode_agents_api_v1_agents_update,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_UPDATE,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_UPDATE_VERSION = (
    "agent_id",
    "version",
)


def _decode_agents_api_v1_agents_update_version(data: Any) -> Agent:
    response_200 = Agent.from_dict(data)

    return response_200


def _agents_api_v1_agents_update_version(
    *,
    agent_id: str,
    version: int,
) -> Request[Agent]:
    params: dict[str, Any] = {}

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="PATCH",
        path="/v1/agents/{agent_id}/version".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_update_version",
        decode=_decode_agents_api_v1_agents_update_version,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_UPDATE_VERSION,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_LIST_VERSIONS = (
    "agent_id",
    "page",
    "page_size",
)


def _decode_agents_api_v1_agents_list_versions(data: Any) -> builtins.list[Agent]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = Agent.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _agents_api_v1_agents_list_versions(
    *,
    agent_id: str,
    page: int | Unset = 0,
    page_size: int | Unset = 20,
) -> Request[builtins.list[Agent]]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/agents/{agent_id}/versions".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_list_versions",
        decode=_decode_agents_api_v1_agents_list_versions,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_LIST_VERSIONS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_GET_VERSION = (
    "agent_id",
    "version",
)


def _decode_agents_api_v1_agents_get_version(data: Any) -> Agent:
    response_200 = Agent.from_dict(data)

    return response_200


def _agents_api_v1_agents_get_version(
    *,
    agent_id: str,
    version: str,
) -> Request[Agent]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/agents/{agent_id}/versions/{version}".format(
            agent_id=quote(str(agent_id), safe=""),
            version=quote(str(version), safe=""),
        ),
        operation_id="agents_api_v1_agents_get_version",
        decode=_decode_agents_api_v1_agents_get_version,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_GET_VERSION,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_LIST_VERSION_ALIASES = ("agent_id",)


def _decode_agents_api_v1_agents_list_version_aliases(data: Any) -> builtins.list[AgentAliasResponse]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = AgentAliasResponse.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _agents_api_v1_agents_list_version_aliases(
    *,
    agent_id: str,
) -> Request[builtins.list[AgentAliasResponse]]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/agents/{agent_id}/aliases".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_list_version_aliases",
        decode=_decode_agents_api_v1_agents_list_version_aliases,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_LIST_VERSION_ALIASES,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_CREATE_OR_UPDATE_ALIAS = (
    "agent_id",
    "alias",
    "version",
)


def _decode_agents_api_v1_agents_create_or_update_alias(data: Any) -> AgentAliasResponse:
    response_200 = AgentAliasResponse.from_dict(data)

    return response_200


def _agents_api_v1_agents_create_or_update_alias(
    *,
    agent_id: str,
    alias: str,
    version: int,
) -> Request[AgentAliasResponse]:
    params: dict[str, Any] = {}

    params["alias"] = alias

    params["version"] = version

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="PUT",
        path="/v1/agents/{agent_id}/aliases".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_create_or_update_alias",
        decode=_decode_agents_api_v1_agents_create_or_update_alias,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_CREATE_OR_UPDATE_ALIAS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_AGENTS_DELETE_ALIAS = (
    "agent_id",
    "alias",
)


def _agents_api_v1_agents_delete_alias(
    *,
    agent_id: str,
    alias: str,
) -> Request[None]:
    params: dict[str, Any] = {}

    params["alias"] = alias

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/agents/{agent_id}/aliases".format(
            agent_id=quote(str(agent_id), safe=""),
        ),
        operation_id="agents_api_v1_agents_delete_alias",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_AGENTS_API_V1_AGENTS_DELETE_ALIAS,
        params=params,
        **_kwargs,
    )


BetaAgentsListResult: TypeAlias = builtins.list[Agent]


BetaAgentsCreateResult: TypeAlias = Agent


BetaAgentsAgentsApiV1AgentsListPagesResult: TypeAlias = AgentListPage


BetaAgentsGetResult: TypeAlias = Agent


BetaAgentsDeleteResult: TypeAlias = None


BetaAgentsUpdateResult: TypeAlias = Agent


BetaAgentsUpdateVersionResult: TypeAlias = Agent


BetaAgentsListVersionsResult: TypeAlias = builtins.list[Agent]


BetaAgentsGetVersionResult: TypeAlias = Agent


BetaAgentsListVersionAliasesResult: TypeAlias = builtins.list[AgentAliasResponse]


BetaAgentsCreateVersionAliasResult: TypeAlias = AgentAliasResponse


BetaAgentsDeleteVersionAliasResult: TypeAlias = None


class BetaAgents:
    """`client.beta.agents`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAgentsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAgentsWithRawResponse(self._transport)

    def list(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Agent]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features such as
        agent sharing are not supported by this endpoint. Use the cursor-paginated `GET
        /v1/agents/pages` instead.

        Args:
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list,
            dict(
                page=page,
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Agent]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features such as
        agent sharing are not supported by this endpoint. Use the cursor-paginated `GET
        /v1/agents/pages` instead.

        Args:
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list,
            dict(
                page=page,
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        model: str,
        name: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then available
        to be used as a regular assistant in a conversation or as part of an agent pool from which
        it can be used.

        Args:
            model (str):
            name (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create,
            dict(
                model=model,
                name=name,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                description=description,
                handoffs=handoffs,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        model: str,
        name: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then available
        to be used as a regular assistant in a conversation or as part of an agent pool from which
        it can be used.

        Args:
            model (str):
            name (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create,
            dict(
                model=model,
                name=name,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                description=description,
                handoffs=handoffs,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return await self._transport.send_async(request, options)

    def agents_api_v1_agents_list_pages(
        self,
        *,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentListPage:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint
        paginates by opaque cursor and honors per-agent sharing, returning only agents the caller is
        authorized to see.

        Args:
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            page_token (None | str | Unset): Opaque cursor from a previous response's
                next_page_token. When set, results page forward from the cursor.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AgentListPage

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_pages,
            dict(
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
                page_token=page_token,
            ),
        )
        return self._transport.send(request, options)

    async def agents_api_v1_agents_list_pages_async(
        self,
        *,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AgentListPage:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint
        paginates by opaque cursor and honors per-agent sharing, returning only agents the caller is
        authorized to see.

        Args:
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            page_token (None | str | Unset): Opaque cursor from a previous response's
                next_page_token. When set, results page forward from the cursor.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AgentListPage

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_pages,
            dict(
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
                page_token=page_token,
            ),
        )
        return await self._transport.send_async(request, options)

    def get(
        self,
        *,
        agent_id: str,
        agent_version: int | None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version parameter
        can be an integer version number or a string alias.

        Args:
            agent_id (str):
            agent_version (int | None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get,
            dict(
                agent_id=agent_id,
                agent_version=agent_version,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        agent_id: str,
        agent_version: int | None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version parameter
        can be an integer version number or a string alias.

        Args:
            agent_id (str):
            agent_version (int | None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get,
            dict(
                agent_id=agent_id,
                agent_version=agent_version,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent entity.

        Delete an agent entity.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete,
            dict(
                agent_id=agent_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent entity.

        Delete an agent entity.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete,
            dict(
                agent_id=agent_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        agent_id: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        deployment_chat: bool | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        Args:
            agent_id (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            model (None | str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            deployment_chat (bool | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update,
            dict(
                agent_id=agent_id,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                model=model,
                name=name,
                description=description,
                handoffs=handoffs,
                deployment_chat=deployment_chat,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        agent_id: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        deployment_chat: bool | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        Args:
            agent_id (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            model (None | str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            deployment_chat (bool | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update,
            dict(
                agent_id=agent_id,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                model=model,
                name=name,
                description=description,
                handoffs=handoffs,
                deployment_chat=deployment_chat,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return await self._transport.send_async(request, options)

    def update_version(
        self,
        *,
        agent_id: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Update an agent version.

        Switch the version of an agent.

        Args:
            agent_id (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return self._transport.send(request, options)

    async def update_version_async(
        self,
        *,
        agent_id: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Update an agent version.

        Switch the version of an agent.

        Args:
            agent_id (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_versions(
        self,
        *,
        agent_id: str,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Agent]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Args:
            agent_id (str):
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of versions per page Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_versions,
            dict(
                agent_id=agent_id,
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send(request, options)

    async def list_versions_async(
        self,
        *,
        agent_id: str,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[Agent]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Args:
            agent_id (str):
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of versions per page Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_versions,
            dict(
                agent_id=agent_id,
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_version(
        self,
        *,
        agent_id: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number.

        Args:
            agent_id (str):
            version (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return self._transport.send(request, options)

    async def get_version_async(
        self,
        *,
        agent_id: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> Agent:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number.

        Args:
            agent_id (str):
            version (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Agent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_version_aliases(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AgentAliasResponse]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[AgentAliasResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_version_aliases,
            dict(
                agent_id=agent_id,
            ),
        )
        return self._transport.send(request, options)

    async def list_version_aliases_async(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AgentAliasResponse]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[AgentAliasResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_version_aliases,
            dict(
                agent_id=agent_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def create_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> AgentAliasResponse:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases are
        unique per agent and can be reassigned to different versions.

        Args:
            agent_id (str):
            alias (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AgentAliasResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create_or_update_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
                version=version,
            ),
        )
        return self._transport.send(request, options)

    async def create_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> AgentAliasResponse:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases are
        unique per agent and can be reassigned to different versions.

        Args:
            agent_id (str):
            alias (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AgentAliasResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create_or_update_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
                version=version,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent version alias.

        Delete an existing alias for an agent.

        Args:
            agent_id (str):
            alias (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
            ),
        )
        return self._transport.send(request, options)

    async def delete_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete an agent version alias.

        Delete an existing alias for an agent.

        Args:
            agent_id (str):
            alias (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAgentsWithRawResponse:
    """`client.beta.agents`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[Agent]]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features such as
        agent sharing are not supported by this endpoint. Use the cursor-paginated `GET
        /v1/agents/pages` instead.

        Args:
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[Agent]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list,
            dict(
                page=page,
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[Agent]]:
        """List agent entities.

        Retrieve a list of agent entities sorted by creation time. Deprecated: some features such as
        agent sharing are not supported by this endpoint. Use the cursor-paginated `GET
        /v1/agents/pages` instead.

        Args:
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[Agent]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list,
            dict(
                page=page,
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        model: str,
        name: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then available
        to be used as a regular assistant in a conversation or as part of an agent pool from which
        it can be used.

        Args:
            model (str):
            name (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create,
            dict(
                model=model,
                name=name,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                description=description,
                handoffs=handoffs,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        model: str,
        name: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Create a agent that can be used within a conversation.

        Create a new agent giving it instructions, tools, description. The agent is then available
        to be used as a regular assistant in a conversation or as part of an agent pool from which
        it can be used.

        Args:
            model (str):
            name (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create,
            dict(
                model=model,
                name=name,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                description=description,
                handoffs=handoffs,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def agents_api_v1_agents_list_pages(
        self,
        *,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AgentListPage]:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint
        paginates by opaque cursor and honors per-agent sharing, returning only agents the caller is
        authorized to see.

        Args:
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            page_token (None | str | Unset): Opaque cursor from a previous response's
                next_page_token. When set, results page forward from the cursor.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AgentListPage]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_pages,
            dict(
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
                page_token=page_token,
            ),
        )
        return self._transport.send_raw(request, options)

    async def agents_api_v1_agents_list_pages_async(
        self,
        *,
        page_size: int | Unset = 20,
        deployment_chat: bool | None | Unset = UNSET,
        sources: builtins.list[RequestSource] | None | Unset = UNSET,
        name: None | str | Unset = UNSET,
        search: None | str | Unset = UNSET,
        id: None | str | Unset = UNSET,
        page_token: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AgentListPage]:
        """List agent entities, cursor-paginated.

        Retrieve a page of agent entities. Unlike the deprecated `GET /v1/agents`, this endpoint
        paginates by opaque cursor and honors per-agent sharing, returning only agents the caller is
        authorized to see.

        Args:
            page_size (int | Unset): Number of agents per page Default: 20.
            deployment_chat (bool | None | Unset):
            sources (list[RequestSource] | None | Unset):
            name (None | str | Unset): Filter by agent name
            search (None | str | Unset): Search agents by name or ID
            id (None | str | Unset):
            page_token (None | str | Unset): Opaque cursor from a previous response's
                next_page_token. When set, results page forward from the cursor.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AgentListPage]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_pages,
            dict(
                page_size=page_size,
                deployment_chat=deployment_chat,
                sources=sources,
                name=name,
                search=search,
                id=id,
                page_token=page_token,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        agent_id: str,
        agent_version: int | None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version parameter
        can be an integer version number or a string alias.

        Args:
            agent_id (str):
            agent_version (int | None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get,
            dict(
                agent_id=agent_id,
                agent_version=agent_version,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        agent_id: str,
        agent_version: int | None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Retrieve an agent entity.

        Given an agent, retrieve an agent entity with its attributes. The agent_version parameter
        can be an integer version number or a string alias.

        Args:
            agent_id (str):
            agent_version (int | None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get,
            dict(
                agent_id=agent_id,
                agent_version=agent_version,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete an agent entity.

        Delete an agent entity.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete,
            dict(
                agent_id=agent_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete an agent entity.

        Delete an agent entity.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete,
            dict(
                agent_id=agent_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        agent_id: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        deployment_chat: bool | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        Args:
            agent_id (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            model (None | str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            deployment_chat (bool | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update,
            dict(
                agent_id=agent_id,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                model=model,
                name=name,
                description=description,
                handoffs=handoffs,
                deployment_chat=deployment_chat,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        agent_id: str,
        instructions: str | None | Unset = UNSET,
        tools: Sequence[
            FunctionTool
            | Mapping[str, Any]
            | WebSearchTool
            | WebSearchPremiumTool
            | CodeInterpreterTool
            | ImageGenerationTool
            | DocumentLibraryTool
            | CustomConnector
        ]
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        handoffs: Sequence[str] | None | Unset = UNSET,
        deployment_chat: bool | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        version_message: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Update an agent entity.

        Update an agent attributes and create a new version.

        Args:
            agent_id (str):
            instructions (None | str | Unset): Instruction prompt the model will follow during the conversation.
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | Unset): List of tools which are available to the model during the conversation.
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            model (None | str | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            handoffs (list[str] | None | Unset):
            deployment_chat (bool | None | Unset):
            metadata (MetadataDict | None | Unset):
            version_message (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update,
            dict(
                agent_id=agent_id,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                model=model,
                name=name,
                description=description,
                handoffs=handoffs,
                deployment_chat=deployment_chat,
                metadata=metadata,
                version_message=version_message,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update_version(
        self,
        *,
        agent_id: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Update an agent version.

        Switch the version of an agent.

        Args:
            agent_id (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_version_async(
        self,
        *,
        agent_id: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Update an agent version.

        Switch the version of an agent.

        Args:
            agent_id (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_update_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_versions(
        self,
        *,
        agent_id: str,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[Agent]]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Args:
            agent_id (str):
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of versions per page Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[Agent]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_versions,
            dict(
                agent_id=agent_id,
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_versions_async(
        self,
        *,
        agent_id: str,
        page: int | Unset = 0,
        page_size: int | Unset = 20,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[Agent]]:
        """List all versions of an agent.

        Retrieve all versions for a specific agent with full agent context. Supports pagination.

        Args:
            agent_id (str):
            page (int | Unset): Page number (0-indexed) Default: 0.
            page_size (int | Unset): Number of versions per page Default: 20.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[Agent]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_versions,
            dict(
                agent_id=agent_id,
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_version(
        self,
        *,
        agent_id: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number.

        Args:
            agent_id (str):
            version (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_version_async(
        self,
        *,
        agent_id: str,
        version: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Agent]:
        """Retrieve a specific version of an agent.

        Get a specific agent version by version number.

        Args:
            agent_id (str):
            version (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Agent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_get_version,
            dict(
                agent_id=agent_id,
                version=version,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_version_aliases(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[AgentAliasResponse]]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[AgentAliasResponse]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_version_aliases,
            dict(
                agent_id=agent_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_version_aliases_async(
        self,
        *,
        agent_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[AgentAliasResponse]]:
        """List all aliases for an agent.

        Retrieve all version aliases for a specific agent.

        Args:
            agent_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[AgentAliasResponse]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_list_version_aliases,
            dict(
                agent_id=agent_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AgentAliasResponse]:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases are
        unique per agent and can be reassigned to different versions.

        Args:
            agent_id (str):
            alias (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AgentAliasResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create_or_update_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
                version=version,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        version: int,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AgentAliasResponse]:
        """Create or update an agent version alias.

        Create a new alias or update an existing alias to point to a specific version. Aliases are
        unique per agent and can be reassigned to different versions.

        Args:
            agent_id (str):
            alias (str):
            version (int):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AgentAliasResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_create_or_update_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
                version=version,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete_version_alias(
        self,
        *,
        agent_id: str,
        alias: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete an agent version alias.

        Delete an existing alias for an agent.

        Args:
            agent_id (str):
            alias (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_version_alias_async(
        self,
        *,
        agent_id: str,
        alias: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete an agent version alias.

        Delete an existing alias for an agent.

        Args:
            agent_id (str):
            alias (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_agents_delete_alias,
            dict(
                agent_id=agent_id,
                alias=alias,
            ),
        )
        return await self._transport.send_raw_async(request, options)
