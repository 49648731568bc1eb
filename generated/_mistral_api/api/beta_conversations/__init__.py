"""BetaConversations: generated resource (`client.beta.conversations`)."""

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
    from ...models.agent_conversation import AgentConversation
    from ...models.agent_handoff_entry import AgentHandoffEntry
    from ...models.code_interpreter_tool import CodeInterpreterTool
    from ...models.completion_args import CompletionArgs
    from ...models.conversation_append_request import ConversationAppendRequest
    from ...models.conversation_append_request_handoff_execution import ConversationAppendRequestHandoffExecution
    from ...models.conversation_events import ConversationEvents
    from ...models.conversation_history import ConversationHistory
    from ...models.conversation_messages import ConversationMessages
    from ...models.conversation_request import ConversationRequest
    from ...models.conversation_request_handoff_execution_type_0 import ConversationRequestHandoffExecutionType0
    from ...models.conversation_response import ConversationResponse
    from ...models.conversation_restart_request import ConversationRestartRequest
    from ...models.conversation_restart_request_handoff_execution import ConversationRestartRequestHandoffExecution
    from ...models.custom_connector import CustomConnector
    from ...models.document_library_tool import DocumentLibraryTool
    from ...models.function_call_entry import FunctionCallEntry
    from ...models.function_result_entry import FunctionResultEntry
    from ...models.function_tool import FunctionTool
    from ...models.guardrail_config import GuardrailConfig
    from ...models.http_validation_error_body import HTTPValidationErrorBody
    from ...models.image_generation_tool import ImageGenerationTool
    from ...models.message_input_entry import MessageInputEntry
    from ...models.message_output_entry import MessageOutputEntry
    from ...models.metadata_dict import MetadataDict
    from ...models.model_conversation import ModelConversation
    from ...models.tool_call_confirmation import ToolCallConfirmation
    from ...models.tool_execution_entry import ToolExecutionEntry
    from ...models.web_search_premium_tool import WebSearchPremiumTool
    from ...models.web_search_tool import WebSearchTool
else:
    AgentConversation = _Lazy(globals(), "agent_conversation", "AgentConversation")
    AgentHandoffEntry = _Lazy(globals(), "agent_handoff_entry", "AgentHandoffEntry")
    CodeInterpreterTool = _Lazy(globals(), "code_interpreter_tool", "CodeInterpreterTool")
    CompletionArgs = _Lazy(globals(), "completion_args", "CompletionArgs")
    ConversationAppendRequest = _Lazy(globals(), "conversation_append_request", "ConversationAppendRequest")
    ConversationAppendRequestHandoffExecution = _Lazy(
        globals(), "conversation_append_request_handoff_execution", "ConversationAppendRequestHandoffExecution"
    )
    ConversationEvents = _Lazy(globals(), "conversation_events", "ConversationEvents")
    ConversationHistory = _Lazy(globals(), "conversation_history", "ConversationHistory")
    ConversationMessages = _Lazy(globals(), "conversation_messages", "ConversationMessages")
    ConversationRequest = _Lazy(globals(), "conversation_request", "ConversationRequest")
    ConversationRequestHandoffExecutionType0 = _Lazy(
        globals(), "conversation_request_handoff_execution_type_0", "ConversationRequestHandoffExecutionType0"
    )
    ConversationResponse = _Lazy(globals(), "conversation_response", "ConversationResponse")
    ConversationRestartRequest = _Lazy(globals(), "conversation_restart_request", "ConversationRestartRequest")
    ConversationRestartRequestHandoffExecution = _Lazy(
        globals(), "conversation_restart_request_handoff_execution", "ConversationRestartRequestHandoffExecution"
    )
    CustomConnector = _Lazy(globals(), "custom_connector", "CustomConnector")
    DocumentLibraryTool = _Lazy(globals(), "document_library_tool", "DocumentLibraryTool")
    FunctionCallEntry = _Lazy(globals(), "function_call_entry", "FunctionCallEntry")
    FunctionResultEntry = _Lazy(globals(), "function_result_entry", "FunctionResultEntry")
    FunctionTool = _Lazy(globals(), "function_tool", "FunctionTool")
    GuardrailConfig = _Lazy(globals(), "guardrail_config", "GuardrailConfig")
    HTTPValidationErrorBody = _Lazy(globals(), "http_validation_error_body", "HTTPValidationErrorBody")
    ImageGenerationTool = _Lazy(globals(), "image_generation_tool", "ImageGenerationTool")
    MessageInputEntry = _Lazy(globals(), "message_input_entry", "MessageInputEntry")
    MessageOutputEntry = _Lazy(globals(), "message_output_entry", "MessageOutputEntry")
    MetadataDict = _Lazy(globals(), "metadata_dict", "MetadataDict")
    ModelConversation = _Lazy(globals(), "model_conversation", "ModelConversation")
    ToolCallConfirmation = _Lazy(globals(), "tool_call_confirmation", "ToolCallConfirmation")
    ToolExecutionEntry = _Lazy(globals(), "tool_execution_entry", "ToolExecutionEntry")
    WebSearchPremiumTool = _Lazy(globals(), "web_search_premium_tool", "WebSearchPremiumTool")
    WebSearchTool = _Lazy(globals(), "web_search_tool", "WebSearchTool")


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_LIST = (
    "page",
    "page_size",
)


def _decode_agents_api_v1_conversations_list(data: Any) -> builtins.list[AgentConversation | ModelConversation]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        _response_200_item_data = response_200_item_data
        response_200_item: AgentConversation | ModelConversation
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_response_200_item_data, dict):
                try:
                    response_200_item_type_0 = ModelConversation.from_dict(_response_200_item_data)

                    response_200_item = response_200_item_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_response_200_item_data, dict):
                raise TypeError()
            response_200_item_type_1 = AgentConversation.from_dict(_response_200_item_data)

            response_200_item = response_200_item_type_1
            break

        response_200.append(response_200_item)

    return response_200


def _agents_api_v1_conversations_list(
    *,
    page: int | Unset = 0,
    page_size: int | Unset = 100,
) -> Request[builtins.list[AgentConversation | ModelConversation]]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/conversations",
        operation_id="agents_api_v1_conversations_list",
        decode=_decode_agents_api_v1_conversations_list,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_LIST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_START = (
    "inputs",
    "store",
    "handoff_execution",
    "instructions",
    "tools",
    "completion_args",
    "guardrails",
    "name",
    "description",
    "metadata",
    "agent_id",
    "agent_version",
    "model",
)


def _decode_agents_api_v1_conversations_start(data: Any) -> ConversationResponse:
    response_200 = ConversationResponse.from_dict(data)

    return response_200


def _agents_api_v1_conversations_start(
    *,
    inputs: str
    | Sequence[
        MessageInputEntry
        | Mapping[str, Any]
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ],
    store: bool | None | Unset = UNSET,
    handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
    | None
    | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    agent_id: str | None | Unset = UNSET,
    agent_version: str | int | None | Unset = UNSET,
    model: str | None | Unset = UNSET,
) -> Request[ConversationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ConversationRequest(
        inputs=cast(Any, inputs),
        stream=UNSET,
        store=cast(Any, store),
        handoff_execution=cast(Any, handoff_execution),
        instructions=cast(Any, instructions),
        tools=cast(Any, tools),
        completion_args=cast(Any, completion_args),
        guardrails=cast(Any, guardrails),
        name=cast(Any, name),
        description=cast(Any, description),
        metadata=cast(Any, metadata),
        agent_id=cast(Any, agent_id),
        agent_version=cast(Any, agent_version),
        model=cast(Any, model),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/conversations",
        operation_id="agents_api_v1_conversations_start",
        decode=_decode_agents_api_v1_conversations_start,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_START,
        **_kwargs,
    )


def _agents_api_v1_conversations_start_stream(
    *,
    inputs: str
    | Sequence[
        MessageInputEntry
        | Mapping[str, Any]
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ],
    store: bool | None | Unset = UNSET,
    handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
    | None
    | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    agent_id: str | None | Unset = UNSET,
    agent_version: str | int | None | Unset = UNSET,
    model: str | None | Unset = UNSET,
) -> Request[ConversationEvents]:

    _kwargs: dict[str, Any] = {}
    _body = ConversationRequest(
        inputs=cast(Any, inputs),
        stream=True,
        store=cast(Any, store),
        handoff_execution=cast(Any, handoff_execution),
        instructions=cast(Any, instructions),
        tools=cast(Any, tools),
        completion_args=cast(Any, completion_args),
        guardrails=cast(Any, guardrails),
        name=cast(Any, name),
        description=cast(Any, description),
        metadata=cast(Any, metadata),
        agent_id=cast(Any, agent_id),
        agent_version=cast(Any, agent_version),
        model=cast(Any, model),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/conversations",
        operation_id="agents_api_v1_conversations_start",
        decode=ConversationEvents.from_dict,
        stream=True,
        event_fields=(
            "event",
            "data",
        ),
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_START,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_GET = ("conversation_id",)


def _decode_agents_api_v1_conversations_get(data: Any) -> AgentConversation | ModelConversation:
    _response_200_data = data
    response_200: AgentConversation | ModelConversation
    while True:  # one pass; each break is the generator's `return`
        if isinstance(_response_200_data, dict):
            try:
                response_200_type_0 = ModelConversation.from_dict(_response_200_data)

                response_200 = response_200_type_0
                break
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
        if not isinstance(_response_200_data, dict):
            raise TypeError()
        response_200_type_1 = AgentConversation.from_dict(_response_200_data)

        response_200 = response_200_type_1
        break

    return response_200


def _agents_api_v1_conversations_get(
    *,
    conversation_id: str,
) -> Request[AgentConversation | ModelConversation]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_get",
        decode=_decode_agents_api_v1_conversations_get,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_GET,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_APPEND = (
    "conversation_id",
    "inputs",
    "store",
    "handoff_execution",
    "completion_args",
    "tool_confirmations",
)


def _decode_agents_api_v1_conversations_append(data: Any) -> ConversationResponse:
    response_200 = ConversationResponse.from_dict(data)

    return response_200


def _agents_api_v1_conversations_append(
    *,
    conversation_id: str,
    inputs: str
    | Sequence[
        MessageInputEntry
        | Mapping[str, Any]
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ]
    | Unset = UNSET,
    store: bool | Unset = UNSET,
    handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
    tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
) -> Request[ConversationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ConversationAppendRequest(
        inputs=cast(Any, inputs),
        stream=UNSET,
        store=cast(Any, store),
        handoff_execution=cast(Any, handoff_execution),
        completion_args=cast(Any, completion_args),
        tool_confirmations=cast(Any, tool_confirmations),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_append",
        decode=_decode_agents_api_v1_conversations_append,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_APPEND,
        **_kwargs,
    )


def _agents_api_v1_conversations_append_stream(
    *,
    conversation_id: str,
    inputs: str
    | Sequence[
        MessageInputEntry
        | Mapping[str, Any]
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ]
    | Unset = UNSET,
    store: bool | Unset = UNSET,
    handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
    tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
) -> Request[ConversationEvents]:

    _kwargs: dict[str, Any] = {}
    _body = ConversationAppendRequest(
        inputs=cast(Any, inputs),
        stream=True,
        store=cast(Any, store),
        handoff_execution=cast(Any, handoff_execution),
        completion_args=cast(Any, completion_args),
        tool_confirmations=cast(Any, tool_confirmations),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_append",
        decode=ConversationEvents.from_dict,
        stream=True,
        event_fields=(
            "event",
            "data",
        ),
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_APPEND,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_DELETE = ("conversation_id",)


def _agents_api_v1_conversations_delete(
    *,
    conversation_id: str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/conversations/{conversation_id}".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_DELETE,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_HISTORY = ("conversation_id",)


def _decode_agents_api_v1_conversations_history(data: Any) -> ConversationHistory:
    response_200 = ConversationHistory.from_dict(data)

    return response_200


def _agents_api_v1_conversations_history(
    *,
    conversation_id: str,
) -> Request[ConversationHistory]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/conversations/{conversation_id}/history".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_history",
        decode=_decode_agents_api_v1_conversations_history,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_HISTORY,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_MESSAGES = ("conversation_id",)


def _decode_agents_api_v1_conversations_messages(data: Any) -> ConversationMessages:
    response_200 = ConversationMessages.from_dict(data)

    return response_200


def _agents_api_v1_conversations_messages(
    *,
    conversation_id: str,
) -> Request[ConversationMessages]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/conversations/{conversation_id}/messages".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_messages",
        decode=_decode_agents_api_v1_conversations_messages,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_MESSAGES,
        **_kwargs,
    )


_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_RESTART = (
    "conversation_id",
    "from_entry_id",
    "inputs",
    "store",
    "handoff_execution",
    "completion_args",
    "guardrails",
    "metadata",
    "agent_version",
)


def _decode_agents_api_v1_conversations_restart(data: Any) -> ConversationResponse:
    response_200 = ConversationResponse.from_dict(data)

    return response_200


def _agents_api_v1_conversations_restart(
    *,
    conversation_id: str,
    from_entry_id: str,
    inputs: str
    | Sequence[
        MessageInputEntry
        | Mapping[str, Any]
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ]
    | Unset = UNSET,
    store: bool | Unset = UNSET,
    handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    agent_version: str | int | None | Unset = UNSET,
) -> Request[ConversationResponse]:

    _kwargs: dict[str, Any] = {}
    _body = ConversationRestartRequest(
        from_entry_id=cast(Any, from_entry_id),
        inputs=cast(Any, inputs),
        stream=UNSET,
        store=cast(Any, store),
        handoff_execution=cast(Any, handoff_execution),
        completion_args=cast(Any, completion_args),
        guardrails=cast(Any, guardrails),
        metadata=cast(Any, metadata),
        agent_version=cast(Any, agent_version),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/conversations/{conversation_id}/restart".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_restart",
        decode=_decode_agents_api_v1_conversations_restart,
        kind="json",
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_RESTART,
        **_kwargs,
    )


def _agents_api_v1_conversations_restart_stream(
    *,
    conversation_id: str,
    from_entry_id: str,
    inputs: str
    | Sequence[
        MessageInputEntry
        | Mapping[str, Any]
        | MessageOutputEntry
        | FunctionResultEntry
        | FunctionCallEntry
        | ToolExecutionEntry
        | AgentHandoffEntry
    ]
    | Unset = UNSET,
    store: bool | Unset = UNSET,
    handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
    completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
    guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
    metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
    agent_version: str | int | None | Unset = UNSET,
) -> Request[ConversationEvents]:

    _kwargs: dict[str, Any] = {}
    _body = ConversationRestartRequest(
        from_entry_id=cast(Any, from_entry_id),
        inputs=cast(Any, inputs),
        stream=True,
        store=cast(Any, store),
        handoff_execution=cast(Any, handoff_execution),
        completion_args=cast(Any, completion_args),
        guardrails=cast(Any, guardrails),
        metadata=cast(Any, metadata),
        agent_version=cast(Any, agent_version),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/conversations/{conversation_id}/restart".format(
            conversation_id=quote(str(conversation_id), safe=""),
        ),
        operation_id="agents_api_v1_conversations_restart",
        decode=ConversationEvents.from_dict,
        stream=True,
        event_fields=(
            "event",
            "data",
        ),
        keywords=_KEYWORDS_AGENTS_API_V1_CONVERSATIONS_RESTART,
        **_kwargs,
    )


BetaConversationsListResult: TypeAlias = builtins.list[AgentConversation | ModelConversation]


BetaConversationsStartResult: TypeAlias = ConversationResponse


BetaConversationsStartStreamEvent: TypeAlias = ConversationEvents


BetaConversationsGetResult: TypeAlias = AgentConversation | ModelConversation


BetaConversationsAppendResult: TypeAlias = ConversationResponse


BetaConversationsAppendStreamEvent: TypeAlias = ConversationEvents


BetaConversationsDeleteResult: TypeAlias = None


BetaConversationsGetHistoryResult: TypeAlias = ConversationHistory


BetaConversationsGetMessagesResult: TypeAlias = ConversationMessages


BetaConversationsRestartResult: TypeAlias = ConversationResponse


BetaConversationsRestartStreamEvent: TypeAlias = ConversationEvents


class BetaConversations:
    """`client.beta.conversations`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaConversationsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaConversationsWithRawResponse(self._transport)

    def list(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AgentConversation | ModelConversation]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[AgentConversation | ModelConversation]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_list,
            dict(
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[AgentConversation | ModelConversation]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[AgentConversation | ModelConversation]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_list,
            dict(
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_async(request, options)

    def start(
        self,
        *,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ],
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and
        tool executions are run and the response is appended to the conversation.Use the returned
        conversation_id to continue the conversation.

        Args:
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str):
            store (bool | None | Unset):
            handoff_execution (ConversationRequestHandoffExecutionType0 | None | Unset):
            instructions (None | str | Unset):
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            completion_args (CompletionArgs | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            agent_id (None | str | Unset):
            agent_version (int | None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_start,
            dict(
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                name=name,
                description=description,
                metadata=metadata,
                agent_id=agent_id,
                agent_version=agent_version,
                model=model,
            ),
        )
        return self._transport.send(request, options)

    async def start_async(
        self,
        *,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ],
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and
        tool executions are run and the response is appended to the conversation.Use the returned
        conversation_id to continue the conversation.

        Args:
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str):
            store (bool | None | Unset):
            handoff_execution (ConversationRequestHandoffExecutionType0 | None | Unset):
            instructions (None | str | Unset):
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            completion_args (CompletionArgs | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            agent_id (None | str | Unset):
            agent_version (int | None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_start,
            dict(
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                name=name,
                description=description,
                metadata=metadata,
                agent_id=agent_id,
                agent_version=agent_version,
                model=model,
            ),
        )
        return await self._transport.send_async(request, options)

    def start_stream(
        self,
        *,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ],
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[ConversationEvents]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and
        tool executions are run and the response is appended to the conversation.Use the returned
        conversation_id to continue the conversation.

        Args:
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str):
            store (bool | None | Unset):
            handoff_execution (ConversationRequestHandoffExecutionType0 | None | Unset):
            instructions (None | str | Unset):
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            completion_args (CompletionArgs | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            agent_id (None | str | Unset):
            agent_version (int | None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[ConversationEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_start_stream,
            dict(
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                name=name,
                description=description,
                metadata=metadata,
                agent_id=agent_id,
                agent_version=agent_version,
                model=model,
            ),
        )
        return self._transport.stream(request, options)

    async def start_stream_async(
        self,
        *,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ],
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[ConversationEvents]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and
        tool executions are run and the response is appended to the conversation.Use the returned
        conversation_id to continue the conversation.

        Args:
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str):
            store (bool | None | Unset):
            handoff_execution (ConversationRequestHandoffExecutionType0 | None | Unset):
            instructions (None | str | Unset):
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            completion_args (CompletionArgs | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            agent_id (None | str | Unset):
            agent_version (int | None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[ConversationEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_start_stream,
            dict(
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                name=name,
                description=description,
                metadata=metadata,
                agent_id=agent_id,
                agent_version=agent_version,
                model=model,
            ),
        )
        return await self._transport.stream_async(request, options)

    def get(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> AgentConversation | ModelConversation:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AgentConversation | ModelConversation

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_get,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> AgentConversation | ModelConversation:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AgentConversation | ModelConversation

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_get,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def append(
        self,
        *,
        conversation_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id (str): ID of the conversation to which we append entries.
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationAppendRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            tool_confirmations (list[ToolCallConfirmation] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_append,
            dict(
                conversation_id=conversation_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                tool_confirmations=tool_confirmations,
            ),
        )
        return self._transport.send(request, options)

    async def append_async(
        self,
        *,
        conversation_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id (str): ID of the conversation to which we append entries.
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationAppendRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            tool_confirmations (list[ToolCallConfirmation] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_append,
            dict(
                conversation_id=conversation_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                tool_confirmations=tool_confirmations,
            ),
        )
        return await self._transport.send_async(request, options)

    def append_stream(
        self,
        *,
        conversation_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[ConversationEvents]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id (str): ID of the conversation to which we append entries.
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationAppendRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            tool_confirmations (list[ToolCallConfirmation] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[ConversationEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_append_stream,
            dict(
                conversation_id=conversation_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                tool_confirmations=tool_confirmations,
            ),
        )
        return self._transport.stream(request, options)

    async def append_stream_async(
        self,
        *,
        conversation_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[ConversationEvents]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id (str): ID of the conversation to which we append entries.
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationAppendRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            tool_confirmations (list[ToolCallConfirmation] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[ConversationEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_append_stream,
            dict(
                conversation_id=conversation_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                tool_confirmations=tool_confirmations,
            ),
        )
        return await self._transport.stream_async(request, options)

    def delete(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_delete,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_delete,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_history(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> ConversationHistory:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The entries
        are sorted in the order they were appended, those can be messages, connectors or
        function_call.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching entries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationHistory

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_history,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_history_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> ConversationHistory:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The entries
        are sorted in the order they were appended, those can be messages, connectors or
        function_call.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching entries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationHistory

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_history,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_messages(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> ConversationMessages:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This is
        similar to retrieving all entries except we filter the messages only.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching messages.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationMessages

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_messages,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_messages_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> ConversationMessages:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This is
        similar to retrieving all entries except we filter the messages only.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching messages.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationMessages

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_messages,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def restart(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id (str): ID of the original conversation which is being restarted.
            from_entry_id (str):
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationRestartRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
            agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided, uses the
                current version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_restart,
            dict(
                conversation_id=conversation_id,
                from_entry_id=from_entry_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                guardrails=guardrails,
                metadata=metadata,
                agent_version=agent_version,
            ),
        )
        return self._transport.send(request, options)

    async def restart_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ConversationResponse:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id (str): ID of the original conversation which is being restarted.
            from_entry_id (str):
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationRestartRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
            agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided, uses the
                current version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ConversationResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_restart,
            dict(
                conversation_id=conversation_id,
                from_entry_id=from_entry_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                guardrails=guardrails,
                metadata=metadata,
                agent_version=agent_version,
            ),
        )
        return await self._transport.send_async(request, options)

    def restart_stream(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> EventStream[ConversationEvents]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id (str): ID of the original conversation which is being restarted.
            from_entry_id (str):
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationRestartRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
            agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided, uses the
                current version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            EventStream[ConversationEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_restart_stream,
            dict(
                conversation_id=conversation_id,
                from_entry_id=from_entry_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                guardrails=guardrails,
                metadata=metadata,
                agent_version=agent_version,
            ),
        )
        return self._transport.stream(request, options)

    async def restart_stream_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AsyncEventStream[ConversationEvents]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id (str): ID of the original conversation which is being restarted.
            from_entry_id (str):
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationRestartRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
            agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided, uses the
                current version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AsyncEventStream[ConversationEvents] (closed on exit, at its end or by close())

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_restart_stream,
            dict(
                conversation_id=conversation_id,
                from_entry_id=from_entry_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                guardrails=guardrails,
                metadata=metadata,
                agent_version=agent_version,
            ),
        )
        return await self._transport.stream_async(request, options)


class BetaConversationsWithRawResponse:
    """`client.beta.conversations`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[AgentConversation | ModelConversation]]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[AgentConversation | ModelConversation]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_list,
            dict(
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        page: int | Unset = 0,
        page_size: int | Unset = 100,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[AgentConversation | ModelConversation]]:
        """List all created conversations.

        Retrieve a list of conversation entities sorted by creation time.

        Args:
            page (int | Unset):  Default: 0.
            page_size (int | Unset):  Default: 100.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[AgentConversation | ModelConversation]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_list,
            dict(
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def start(
        self,
        *,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ],
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationResponse]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and
        tool executions are run and the response is appended to the conversation.Use the returned
        conversation_id to continue the conversation.

        Args:
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str):
            store (bool | None | Unset):
            handoff_execution (ConversationRequestHandoffExecutionType0 | None | Unset):
            instructions (None | str | Unset):
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            completion_args (CompletionArgs | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            agent_id (None | str | Unset):
            agent_version (int | None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_start,
            dict(
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                name=name,
                description=description,
                metadata=metadata,
                agent_id=agent_id,
                agent_version=agent_version,
                model=model,
            ),
        )
        return self._transport.send_raw(request, options)

    async def start_async(
        self,
        *,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ],
        store: bool | None | Unset = UNSET,
        handoff_execution: ConversationRequestHandoffExecutionType0 | str | None | Unset = UNSET,
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
        | None
        | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | None | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_id: str | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        model: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationResponse]:
        """Create a conversation and append entries to it.

        Create a new conversation, using a base model or an agent and append entries. Completion and
        tool executions are run and the response is appended to the conversation.Use the returned
        conversation_id to continue the conversation.

        Args:
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str):
            store (bool | None | Unset):
            handoff_execution (ConversationRequestHandoffExecutionType0 | None | Unset):
            instructions (None | str | Unset):
            tools (list[CodeInterpreterTool | CustomConnector | DocumentLibraryTool | FunctionTool | ImageGenerationTool | WebSearchPremiumTool | WebSearchTool] | None | Unset):
            completion_args (CompletionArgs | None | Unset):
            guardrails (list[GuardrailConfig] | None | Unset):
            name (None | str | Unset):
            description (None | str | Unset):
            metadata (MetadataDict | None | Unset):
            agent_id (None | str | Unset):
            agent_version (int | None | str | Unset):
            model (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_start,
            dict(
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                instructions=instructions,
                tools=tools,
                completion_args=completion_args,
                guardrails=guardrails,
                name=name,
                description=description,
                metadata=metadata,
                agent_id=agent_id,
                agent_version=agent_version,
                model=model,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AgentConversation | ModelConversation]:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AgentConversation | ModelConversation]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_get,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AgentConversation | ModelConversation]:
        """Retrieve a conversation information.

        Given a conversation_id retrieve a conversation entity with its attributes.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AgentConversation | ModelConversation]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_get,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def append(
        self,
        *,
        conversation_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationResponse]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id (str): ID of the conversation to which we append entries.
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationAppendRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            tool_confirmations (list[ToolCallConfirmation] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_append,
            dict(
                conversation_id=conversation_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                tool_confirmations=tool_confirmations,
            ),
        )
        return self._transport.send_raw(request, options)

    async def append_async(
        self,
        *,
        conversation_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationAppendRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        tool_confirmations: Sequence[ToolCallConfirmation | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationResponse]:
        """Append new entries to an existing conversation.

        Run completion on the history of the conversation and the user entries. Return the new
        created entries.

        Args:
            conversation_id (str): ID of the conversation to which we append entries.
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationAppendRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            tool_confirmations (list[ToolCallConfirmation] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_append,
            dict(
                conversation_id=conversation_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                tool_confirmations=tool_confirmations,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_delete,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a conversation.

        Delete a conversation given a conversation_id.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching metadata.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_delete,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_history(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationHistory]:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The entries
        are sorted in the order they were appended, those can be messages, connectors or
        function_call.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching entries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationHistory]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_history,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_history_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationHistory]:
        """Retrieve all entries in a conversation.

        Given a conversation_id retrieve all the entries belonging to that conversation. The entries
        are sorted in the order they were appended, those can be messages, connectors or
        function_call.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching entries.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationHistory]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_history,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_messages(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationMessages]:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This is
        similar to retrieving all entries except we filter the messages only.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching messages.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationMessages]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_messages,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_messages_async(
        self,
        *,
        conversation_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationMessages]:
        """Retrieve all messages in a conversation.

        Given a conversation_id retrieve all the messages belonging to that conversation. This is
        similar to retrieving all entries except we filter the messages only.

        Args:
            conversation_id (str): ID of the conversation from which we are fetching messages.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationMessages]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_messages,
            dict(
                conversation_id=conversation_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def restart(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationResponse]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id (str): ID of the original conversation which is being restarted.
            from_entry_id (str):
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationRestartRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
            agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided, uses the
                current version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_restart,
            dict(
                conversation_id=conversation_id,
                from_entry_id=from_entry_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                guardrails=guardrails,
                metadata=metadata,
                agent_version=agent_version,
            ),
        )
        return self._transport.send_raw(request, options)

    async def restart_async(
        self,
        *,
        conversation_id: str,
        from_entry_id: str,
        inputs: str
        | Sequence[
            MessageInputEntry
            | Mapping[str, Any]
            | MessageOutputEntry
            | FunctionResultEntry
            | FunctionCallEntry
            | ToolExecutionEntry
            | AgentHandoffEntry
        ]
        | Unset = UNSET,
        store: bool | Unset = UNSET,
        handoff_execution: ConversationRestartRequestHandoffExecution | str | Unset = UNSET,
        completion_args: CompletionArgs | Mapping[str, Any] | Unset = UNSET,
        guardrails: Sequence[GuardrailConfig | Mapping[str, Any]] | None | Unset = UNSET,
        metadata: MetadataDict | Mapping[str, Any] | None | Unset = UNSET,
        agent_version: str | int | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ConversationResponse]:
        """Restart a conversation starting from a given entry.

        Given a conversation_id and an id, recreate a conversation from this point and run
        completion. A new conversation is returned with the new entries returned.

        Args:
            conversation_id (str): ID of the original conversation which is being restarted.
            from_entry_id (str):
            inputs (list[AgentHandoffEntry | FunctionCallEntry | FunctionResultEntry | MessageInputEntry | MessageOutputEntry | ToolExecutionEntry] | str | Unset):
            store (bool | Unset): Whether to store the results into our servers or not.
            handoff_execution (ConversationRestartRequestHandoffExecution | Unset):
            completion_args (CompletionArgs | Unset): White-listed arguments from the completion API
            guardrails (list[GuardrailConfig] | None | Unset):
            metadata (MetadataDict | None | Unset): Custom metadata for the conversation.
            agent_version (int | None | str | Unset): Specific version of the agent to use when restarting. If not provided, uses the
                current version.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ConversationResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _agents_api_v1_conversations_restart,
            dict(
                conversation_id=conversation_id,
                from_entry_id=from_entry_id,
                inputs=inputs,
                store=store,
                handoff_execution=handoff_execution,
                completion_args=completion_args,
                guardrails=guardrails,
                metadata=metadata,
                agent_version=agent_version,
            ),
        )
        return await self._transport.send_raw_async(request, options)
