"""BetaObservabilityJudges: generated resource (`client.beta.observability.judges`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
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
    from ...models.create_judge_request import CreateJudgeRequest
    from ...models.judge import Judge
    from ...models.judge_classification_output import JudgeClassificationOutput
    from ...models.judge_conversation_request import JudgeConversationRequest
    from ...models.judge_conversation_request_messages_item import JudgeConversationRequestMessagesItem
    from ...models.judge_conversation_request_properties_type_0 import JudgeConversationRequestPropertiesType0
    from ...models.judge_output import JudgeOutput
    from ...models.judge_output_type import JudgeOutputType
    from ...models.judge_regression_output import JudgeRegressionOutput
    from ...models.list_judges_response import ListJudgesResponse
    from ...models.observability_error import ObservabilityError
    from ...models.update_judge_request import UpdateJudgeRequest
else:
    CreateJudgeRequest = _Lazy(globals(), "create_judge_request", "CreateJudgeRequest")
    Judge = _Lazy(globals(), "judge", "Judge")
    JudgeClassificationOutput = _Lazy(globals(), "judge_classification_output", "JudgeClassificationOutput")
    JudgeConversationRequest = _Lazy(globals(), "judge_conversation_request", "JudgeConversationRequest")
    JudgeConversationRequestMessagesItem = _Lazy(
        globals(), "judge_conversation_request_messages_item", "JudgeConversationRequestMessagesItem"
    )
    JudgeConversationRequestPropertiesType0 = _Lazy(
        globals(), "judge_conversation_request_properties_type_0", "JudgeConversationRequestPropertiesType0"
    )
    JudgeOutput = _Lazy(globals(), "judge_output", "JudgeOutput")
    JudgeOutputType = _Lazy(globals(), "judge_output_type", "JudgeOutputType")
    JudgeRegressionOutput = _Lazy(globals(), "judge_regression_output", "JudgeRegressionOutput")
    ListJudgesResponse = _Lazy(globals(), "list_judges_response", "ListJudgesResponse")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")
    UpdateJudgeRequest = _Lazy(globals(), "update_judge_request", "UpdateJudgeRequest")


_KEYWORDS_GET_JUDGES_V1_OBSERVABILITY_JUDGES_GET = (
    "type_filter",
    "model_filter",
    "page_size",
    "page",
    "q",
)


def _decode_get_judges_v1_observability_judges_get(data: Any) -> ListJudgesResponse:
    response_200 = ListJudgesResponse.from_dict(data)

    return response_200


def _get_judges_v1_observability_judges_get(
    *,
    type_filter: builtins.list[JudgeOutputType] | None | Unset = UNSET,
    model_filter: builtins.list[str] | None | Unset = UNSET,
    page_size: int | Unset = 50,
    page: int | Unset = 1,
    q: None | str | Unset = UNSET,
) -> Request[ListJudgesResponse]:
    params: dict[str, Any] = {}

    json_type_filter: list[str] | None | Unset
    if isinstance(type_filter, Unset):
        json_type_filter = UNSET
    elif isinstance(type_filter, list):
        json_type_filter = []
        for type_filter_type_0_item_data in type_filter:
            type_filter_type_0_item = str(type_filter_type_0_item_data)
            json_type_filter.append(type_filter_type_0_item)

    else:
        json_type_filter = type_filter
    params["type_filter"] = json_type_filter

    json_model_filter: list[str] | None | Unset
    if isinstance(model_filter, Unset):
        json_model_filter = UNSET
    elif isinstance(model_filter, list):
        json_model_filter = model_filter

    else:
        json_model_filter = model_filter
    params["model_filter"] = json_model_filter

    params["page_size"] = page_size

    params["page"] = page

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/judges",
        operation_id="get_judges_v1_observability_judges_get",
        decode=_decode_get_judges_v1_observability_judges_get,
        kind="json",
        keywords=_KEYWORDS_GET_JUDGES_V1_OBSERVABILITY_JUDGES_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_CREATE_JUDGE_V1_OBSERVABILITY_JUDGES_POST = (
    "name",
    "description",
    "model_name",
    "output",
    "instructions",
    "tools",
)


def _decode_create_judge_v1_observability_judges_post(data: Any) -> Judge:
    response_201 = Judge.from_dict(data)

    return response_201


def _create_judge_v1_observability_judges_post(
    *,
    name: str,
    description: str,
    model_name: str,
    output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
    instructions: str,
    tools: Sequence[str],
) -> Request[Judge]:

    _kwargs: dict[str, Any] = {}
    _body = CreateJudgeRequest(
        name=cast(Any, name),
        description=cast(Any, description),
        model_name=cast(Any, model_name),
        output=cast(Any, output),
        instructions=cast(Any, instructions),
        tools=cast(Any, tools),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/judges",
        operation_id="create_judge_v1_observability_judges_post",
        decode=_decode_create_judge_v1_observability_judges_post,
        kind="json",
        keywords=_KEYWORDS_CREATE_JUDGE_V1_OBSERVABILITY_JUDGES_POST,
        **_kwargs,
    )


_KEYWORDS_GET_JUDGE_BY_ID_V1_OBSERVABILITY_JUDGES_JUDGE_ID_GET = ("judge_id",)


def _decode_get_judge_by_id_v1_observability_judges_judge_id_get(data: Any) -> Judge:
    response_200 = Judge.from_dict(data)

    return response_200


def _get_judge_by_id_v1_observability_judges_judge_id_get(
    *,
    judge_id: UUID | str,
) -> Request[Judge]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/judges/{judge_id}".format(
            judge_id=quote(str(judge_id), safe=""),
        ),
        operation_id="get_judge_by_id_v1_observability_judges_judge_id_get",
        decode=_decode_get_judge_by_id_v1_observability_judges_judge_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_JUDGE_BY_ID_V1_OBSERVABILITY_JUDGES_JUDGE_ID_GET,
        **_kwargs,
    )


_KEYWORDS_UPDATE_JUDGE_V1_OBSERVABILITY_JUDGES_JUDGE_ID_PUT = (
    "judge_id",
    "name",
    "description",
    "model_name",
    "output",
    "instructions",
    "tools",
)


def _update_judge_v1_observability_judges_judge_id_put(
    *,
    judge_id: UUID | str,
    name: str,
    description: str,
    model_name: str,
    output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
    instructions: str,
    tools: Sequence[str],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateJudgeRequest(
        name=cast(Any, name),
        description=cast(Any, description),
        model_name=cast(Any, model_name),
        output=cast(Any, output),
        instructions=cast(Any, instructions),
        tools=cast(Any, tools),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PUT",
        path="/v1/observability/judges/{judge_id}".format(
            judge_id=quote(str(judge_id), safe=""),
        ),
        operation_id="update_judge_v1_observability_judges_judge_id_put",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_UPDATE_JUDGE_V1_OBSERVABILITY_JUDGES_JUDGE_ID_PUT,
        **_kwargs,
    )


_KEYWORDS_DELETE_JUDGE_V1_OBSERVABILITY_JUDGES_JUDGE_ID_DELETE = ("judge_id",)


def _delete_judge_v1_observability_judges_judge_id_delete(
    *,
    judge_id: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/observability/judges/{judge_id}".format(
            judge_id=quote(str(judge_id), safe=""),
        ),
        operation_id="delete_judge_v1_observability_judges_judge_id_delete",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_DELETE_JUDGE_V1_OBSERVABILITY_JUDGES_JUDGE_ID_DELETE,
        **_kwargs,
    )


_KEYWORDS_JUDGE_CONVERSATION_V1_OBSERVABILITY_JUDGES_JUDGE_ID_LIVE_JUDGING_POST = (
    "judge_id",
    "messages",
    "properties",
)


def _decode_judge_conversation_v1_observability_judges_judge_id_live_judging_post(data: Any) -> JudgeOutput:
    response_200 = JudgeOutput.from_dict(data)

    return response_200


def _judge_conversation_v1_observability_judges_judge_id_live_judging_post(
    *,
    judge_id: UUID | str,
    messages: Sequence[JudgeConversationRequestMessagesItem | Mapping[str, Any]],
    properties: JudgeConversationRequestPropertiesType0 | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[JudgeOutput]:

    _kwargs: dict[str, Any] = {}
    _body = JudgeConversationRequest(
        messages=cast(Any, messages),
        properties=cast(Any, properties),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/judges/{judge_id}/live-judging".format(
            judge_id=quote(str(judge_id), safe=""),
        ),
        operation_id="judge_conversation_v1_observability_judges_judge_id_live_judging_post",
        decode=_decode_judge_conversation_v1_observability_judges_judge_id_live_judging_post,
        kind="json",
        keywords=_KEYWORDS_JUDGE_CONVERSATION_V1_OBSERVABILITY_JUDGES_JUDGE_ID_LIVE_JUDGING_POST,
        **_kwargs,
    )


BetaObservabilityJudgesListResult: TypeAlias = ListJudgesResponse


BetaObservabilityJudgesCreateResult: TypeAlias = Judge


BetaObservabilityJudgesFetchResult: TypeAlias = Judge


BetaObservabilityJudgesUpdateResult: TypeAlias = None


BetaObservabilityJudgesDeleteResult: TypeAlias = None


BetaObservabilityJudgesJudgeConversationResult: TypeAlias = JudgeOutput


class BetaObservabilityJudges:
    """`client.beta.observability.judges`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityJudgesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityJudgesWithRawResponse(self._transport)

    def list(
        self,
        *,
        type_filter: builtins.list[JudgeOutputType] | None | Unset = UNSET,
        model_filter: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListJudgesResponse:
        """Get judges with optional filtering and search

        Get judges with optional filtering and search

        Args:
            type_filter (list[JudgeOutputType] | None | Unset): Filter by judge output types
            model_filter (list[str] | None | Unset): Filter by model names
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListJudgesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judges_v1_observability_judges_get,
            dict(
                type_filter=type_filter,
                model_filter=model_filter,
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return self._transport.send(request, options)

    async def list_async(
        self,
        *,
        type_filter: builtins.list[JudgeOutputType] | None | Unset = UNSET,
        model_filter: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> ListJudgesResponse:
        """Get judges with optional filtering and search

        Get judges with optional filtering and search

        Args:
            type_filter (list[JudgeOutputType] | None | Unset): Filter by judge output types
            model_filter (list[str] | None | Unset): Filter by model names
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListJudgesResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judges_v1_observability_judges_get,
            dict(
                type_filter=type_filter,
                model_filter=model_filter,
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return await self._transport.send_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Create a new judge

        Create a new judge

        Args:
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Judge

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_judge_v1_observability_judges_post,
            dict(
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return self._transport.send(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Create a new judge

        Create a new judge

        Args:
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Judge

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_judge_v1_observability_judges_post,
            dict(
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Get judge by id

        Get judge by id

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Judge

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judge_by_id_v1_observability_judges_judge_id_get,
            dict(
                judge_id=judge_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_async(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> Judge:
        """Get judge by id

        Get judge by id

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Judge

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judge_by_id_v1_observability_judges_judge_id_get,
            dict(
                judge_id=judge_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def update(
        self,
        *,
        judge_id: UUID | str,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a judge

        Update a judge

        Args:
            judge_id (UUID):
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_judge_v1_observability_judges_judge_id_put,
            dict(
                judge_id=judge_id,
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return self._transport.send(request, options)

    async def update_async(
        self,
        *,
        judge_id: UUID | str,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update a judge

        Update a judge

        Args:
            judge_id (UUID):
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_judge_v1_observability_judges_judge_id_put,
            dict(
                judge_id=judge_id,
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return await self._transport.send_async(request, options)

    def delete(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a judge

        Delete a judge

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_judge_v1_observability_judges_judge_id_delete,
            dict(
                judge_id=judge_id,
            ),
        )
        return self._transport.send(request, options)

    async def delete_async(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete a judge

        Delete a judge

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_judge_v1_observability_judges_judge_id_delete,
            dict(
                judge_id=judge_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def judge_conversation(
        self,
        *,
        judge_id: UUID | str,
        messages: Sequence[JudgeConversationRequestMessagesItem | Mapping[str, Any]],
        properties: JudgeConversationRequestPropertiesType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run a saved judge on a conversation

        Run a saved judge on a conversation

        Args:
            judge_id (UUID):
            messages (list[JudgeConversationRequestMessagesItem]):
            properties (JudgeConversationRequestPropertiesType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            JudgeOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_conversation_v1_observability_judges_judge_id_live_judging_post,
            dict(
                judge_id=judge_id,
                messages=messages,
                properties=properties,
            ),
        )
        return self._transport.send(request, options)

    async def judge_conversation_async(
        self,
        *,
        judge_id: UUID | str,
        messages: Sequence[JudgeConversationRequestMessagesItem | Mapping[str, Any]],
        properties: JudgeConversationRequestPropertiesType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run a saved judge on a conversation

        Run a saved judge on a conversation

        Args:
            judge_id (UUID):
            messages (list[JudgeConversationRequestMessagesItem]):
            properties (JudgeConversationRequestPropertiesType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            JudgeOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_conversation_v1_observability_judges_judge_id_live_judging_post,
            dict(
                judge_id=judge_id,
                messages=messages,
                properties=properties,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityJudgesWithRawResponse:
    """`client.beta.observability.judges`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        *,
        type_filter: builtins.list[JudgeOutputType] | None | Unset = UNSET,
        model_filter: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListJudgesResponse]:
        """Get judges with optional filtering and search

        Get judges with optional filtering and search

        Args:
            type_filter (list[JudgeOutputType] | None | Unset): Filter by judge output types
            model_filter (list[str] | None | Unset): Filter by model names
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListJudgesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judges_v1_observability_judges_get,
            dict(
                type_filter=type_filter,
                model_filter=model_filter,
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        *,
        type_filter: builtins.list[JudgeOutputType] | None | Unset = UNSET,
        model_filter: builtins.list[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        page: int | Unset = 1,
        q: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListJudgesResponse]:
        """Get judges with optional filtering and search

        Get judges with optional filtering and search

        Args:
            type_filter (list[JudgeOutputType] | None | Unset): Filter by judge output types
            model_filter (list[str] | None | Unset): Filter by model names
            page_size (int | Unset):  Default: 50.
            page (int | Unset):  Default: 1.
            q (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListJudgesResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judges_v1_observability_judges_get,
            dict(
                type_filter=type_filter,
                model_filter=model_filter,
                page_size=page_size,
                page=page,
                q=q,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def create(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Judge]:
        """Create a new judge

        Create a new judge

        Args:
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Judge]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_judge_v1_observability_judges_post,
            dict(
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return self._transport.send_raw(request, options)

    async def create_async(
        self,
        *,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Judge]:
        """Create a new judge

        Create a new judge

        Args:
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Judge]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _create_judge_v1_observability_judges_post,
            dict(
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Judge]:
        """Get judge by id

        Get judge by id

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Judge]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judge_by_id_v1_observability_judges_judge_id_get,
            dict(
                judge_id=judge_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_async(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Judge]:
        """Get judge by id

        Get judge by id

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Judge]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_judge_by_id_v1_observability_judges_judge_id_get,
            dict(
                judge_id=judge_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def update(
        self,
        *,
        judge_id: UUID | str,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update a judge

        Update a judge

        Args:
            judge_id (UUID):
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_judge_v1_observability_judges_judge_id_put,
            dict(
                judge_id=judge_id,
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return self._transport.send_raw(request, options)

    async def update_async(
        self,
        *,
        judge_id: UUID | str,
        name: str,
        description: str,
        model_name: str,
        output: JudgeClassificationOutput | Mapping[str, Any] | JudgeRegressionOutput,
        instructions: str,
        tools: Sequence[str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update a judge

        Update a judge

        Args:
            judge_id (UUID):
            name (str):
            description (str):
            model_name (str):
            output (JudgeClassificationOutput | JudgeRegressionOutput):
            instructions (str):
            tools (list[str]):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _update_judge_v1_observability_judges_judge_id_put,
            dict(
                judge_id=judge_id,
                name=name,
                description=description,
                model_name=model_name,
                output=output,
                instructions=instructions,
                tools=tools,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def delete(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a judge

        Delete a judge

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_judge_v1_observability_judges_judge_id_delete,
            dict(
                judge_id=judge_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def delete_async(
        self,
        *,
        judge_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete a judge

        Delete a judge

        Args:
            judge_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _delete_judge_v1_observability_judges_judge_id_delete,
            dict(
                judge_id=judge_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def judge_conversation(
        self,
        *,
        judge_id: UUID | str,
        messages: Sequence[JudgeConversationRequestMessagesItem | Mapping[str, Any]],
        properties: JudgeConversationRequestPropertiesType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[JudgeOutput]:
        """Run a saved judge on a conversation

        Run a saved judge on a conversation

        Args:
            judge_id (UUID):
            messages (list[JudgeConversationRequestMessagesItem]):
            properties (JudgeConversationRequestPropertiesType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[JudgeOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_conversation_v1_observability_judges_judge_id_live_judging_post,
            dict(
                judge_id=judge_id,
                messages=messages,
                properties=properties,
            ),
        )
        return self._transport.send_raw(request, options)

    async def judge_conversation_async(
        self,
        *,
        judge_id: UUID | str,
        messages: Sequence[JudgeConversationRequestMessagesItem | Mapping[str, Any]],
        properties: JudgeConversationRequestPropertiesType0 | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[JudgeOutput]:
        """Run a saved judge on a conversation

        Run a saved judge on a conversation

        Args:
            judge_id (UUID):
            messages (list[JudgeConversationRequestMessagesItem]):
            properties (JudgeConversationRequestPropertiesType0 | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[JudgeOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_conversation_v1_observability_judges_judge_id_live_judging_post,
            dict(
                judge_id=judge_id,
                messages=messages,
                properties=properties,
            ),
        )
        return await self._transport.send_raw_async(request, options)
