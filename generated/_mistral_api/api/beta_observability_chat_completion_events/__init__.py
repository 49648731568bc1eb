"""BetaObservabilityChatCompletionEvents: generated resource (`client.beta.observability.chat_completion_events`)."""

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
    from ...models.chat_completion_event import ChatCompletionEvent
    from ...models.create_judge_request import CreateJudgeRequest
    from ...models.filter_payload import FilterPayload
    from ...models.judge_chat_completion_event_request import JudgeChatCompletionEventRequest
    from ...models.judge_output import JudgeOutput
    from ...models.observability_error import ObservabilityError
    from ...models.search_chat_completion_event_ids_request import SearchChatCompletionEventIdsRequest
    from ...models.search_chat_completion_event_ids_response import SearchChatCompletionEventIdsResponse
    from ...models.search_chat_completion_events_request import SearchChatCompletionEventsRequest
    from ...models.search_chat_completion_events_response import SearchChatCompletionEventsResponse
else:
    ChatCompletionEvent = _Lazy(globals(), "chat_completion_event", "ChatCompletionEvent")
    CreateJudgeRequest = _Lazy(globals(), "create_judge_request", "CreateJudgeRequest")
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")
    JudgeChatCompletionEventRequest = _Lazy(
        globals(), "judge_chat_completion_event_request", "JudgeChatCompletionEventRequest"
    )
    JudgeOutput = _Lazy(globals(), "judge_output", "JudgeOutput")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")
    SearchChatCompletionEventIdsRequest = _Lazy(
        globals(), "search_chat_completion_event_ids_request", "SearchChatCompletionEventIdsRequest"
    )
    SearchChatCompletionEventIdsResponse = _Lazy(
        globals(), "search_chat_completion_event_ids_response", "SearchChatCompletionEventIdsResponse"
    )
    SearchChatCompletionEventsRequest = _Lazy(
        globals(), "search_chat_completion_events_request", "SearchChatCompletionEventsRequest"
    )
    SearchChatCompletionEventsResponse = _Lazy(
        globals(), "search_chat_completion_events_response", "SearchChatCompletionEventsResponse"
    )


if TYPE_CHECKING:
    from ..beta_observability_chat_completion_events_fields import BetaObservabilityChatCompletionEventsFields

_KEYWORDS_GET_CHAT_COMPLETION_EVENTS_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_SEARCH_POST = (
    "search_params",
    "extra_fields",
    "page_size",
    "cursor",
)


def _decode_get_chat_completion_events_v1_observability_chat_completion_events_search_post(
    data: Any,
) -> SearchChatCompletionEventsResponse:
    response_200 = SearchChatCompletionEventsResponse.from_dict(data)

    return response_200


def _get_chat_completion_events_v1_observability_chat_completion_events_search_post(
    *,
    search_params: FilterPayload | Mapping[str, Any],
    extra_fields: Sequence[str] | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[SearchChatCompletionEventsResponse]:
    params: dict[str, Any] = {}

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _body = SearchChatCompletionEventsRequest(
        search_params=cast(Any, search_params),
        extra_fields=cast(Any, extra_fields),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/chat-completion-events/search",
        operation_id="get_chat_completion_events_v1_observability_chat_completion_events_search_post",
        decode=_decode_get_chat_completion_events_v1_observability_chat_completion_events_search_post,
        kind="json",
        keywords=_KEYWORDS_GET_CHAT_COMPLETION_EVENTS_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_SEARCH_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_CHAT_COMPLETION_EVENT_IDS_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_SEARCH_IDS_POST = (
    "search_params",
    "extra_fields",
)


def _decode_get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post(
    data: Any,
) -> SearchChatCompletionEventIdsResponse:
    response_200 = SearchChatCompletionEventIdsResponse.from_dict(data)

    return response_200


def _get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post(
    *,
    search_params: FilterPayload | Mapping[str, Any],
    extra_fields: Sequence[str] | None | Unset = UNSET,
) -> Request[SearchChatCompletionEventIdsResponse]:

    _kwargs: dict[str, Any] = {}
    _body = SearchChatCompletionEventIdsRequest(
        search_params=cast(Any, search_params),
        extra_fields=cast(Any, extra_fields),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/chat-completion-events/search-ids",
        operation_id="get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post",
        decode=_decode_get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post,
        kind="json",
        keywords=_KEYWORDS_GET_CHAT_COMPLETION_EVENT_IDS_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_SEARCH_IDS_POST,
        **_kwargs,
    )


_KEYWORDS_GET_CHAT_COMPLETION_EVENT_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_EVENT_ID_GET = ("event_id",)


def _decode_get_chat_completion_event_v1_observability_chat_completion_events_event_id_get(
    data: Any,
) -> ChatCompletionEvent:
    response_200 = ChatCompletionEvent.from_dict(data)

    return response_200


def _get_chat_completion_event_v1_observability_chat_completion_events_event_id_get(
    *,
    event_id: UUID | str,
) -> Request[ChatCompletionEvent]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/chat-completion-events/{event_id}".format(
            event_id=quote(str(event_id), safe=""),
        ),
        operation_id="get_chat_completion_event_v1_observability_chat_completion_events_event_id_get",
        decode=_decode_get_chat_completion_event_v1_observability_chat_completion_events_event_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_CHAT_COMPLETION_EVENT_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_EVENT_ID_GET,
        **_kwargs,
    )


_KEYWORDS_GET_SIMILAR_CHAT_COMPLETION_EVENTS_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_EVENT_ID_SIMILAR_EVENTS_GET = (
    "event_id",
)


def _decode_get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get(
    data: Any,
) -> SearchChatCompletionEventsResponse:
    response_200 = SearchChatCompletionEventsResponse.from_dict(data)

    return response_200


def _get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get(
    *,
    event_id: UUID | str,
) -> Request[SearchChatCompletionEventsResponse]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/chat-completion-events/{event_id}/similar-events".format(
            event_id=quote(str(event_id), safe=""),
        ),
        operation_id="get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get",
        decode=_decode_get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get,
        kind="json",
        keywords=_KEYWORDS_GET_SIMILAR_CHAT_COMPLETION_EVENTS_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_EVENT_ID_SIMILAR_EVENTS_GET,
        **_kwargs,
    )


_KEYWORDS_JUDGE_CHAT_COMPLETION_EVENT_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_EVENT_ID_LIVE_JUDGING_POST = (
    "event_id",
    "judge_definition",
)


def _decode_judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post(
    data: Any,
) -> JudgeOutput:
    response_200 = JudgeOutput.from_dict(data)

    return response_200


def _judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post(
    *,
    event_id: UUID | str,
    judge_definition: CreateJudgeRequest | Mapping[str, Any],
) -> Request[JudgeOutput]:

    _kwargs: dict[str, Any] = {}
    _body = JudgeChatCompletionEventRequest(
        judge_definition=cast(Any, judge_definition),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/chat-completion-events/{event_id}/live-judging".format(
            event_id=quote(str(event_id), safe=""),
        ),
        operation_id="judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post",
        decode=_decode_judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post,
        kind="json",
        keywords=_KEYWORDS_JUDGE_CHAT_COMPLETION_EVENT_V1_OBSERVABILITY_CHAT_COMPLETION_EVENTS_EVENT_ID_LIVE_JUDGING_POST,
        **_kwargs,
    )


BetaObservabilityChatCompletionEventsSearchResult: TypeAlias = SearchChatCompletionEventsResponse


BetaObservabilityChatCompletionEventsSearchIdsResult: TypeAlias = SearchChatCompletionEventIdsResponse


BetaObservabilityChatCompletionEventsFetchResult: TypeAlias = ChatCompletionEvent


BetaObservabilityChatCompletionEventsFetchSimilarEventsResult: TypeAlias = SearchChatCompletionEventsResponse


BetaObservabilityChatCompletionEventsJudgeResult: TypeAlias = JudgeOutput


class BetaObservabilityChatCompletionEvents:
    """`client.beta.observability.chat_completion_events`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityChatCompletionEventsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityChatCompletionEventsWithRawResponse(self._transport)

    @functools.cached_property
    def fields(self) -> BetaObservabilityChatCompletionEventsFields:
        from ..beta_observability_chat_completion_events_fields import BetaObservabilityChatCompletionEventsFields

        return BetaObservabilityChatCompletionEventsFields(self._transport)

    def search(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Chat Completion Events

        Get Chat Completion Events

        Args:
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SearchChatCompletionEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_events_v1_observability_chat_completion_events_search_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def search_async(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Chat Completion Events

        Get Chat Completion Events

        Args:
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SearchChatCompletionEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_events_v1_observability_chat_completion_events_search_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def search_ids(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once

        Alternative to /search that returns only the IDs and that can return many IDs at once

        Args:
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SearchChatCompletionEventIdsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
            ),
        )
        return self._transport.send(request, options)

    async def search_ids_async(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventIdsResponse:
        """Alternative to /search that returns only the IDs and that can return many IDs at once

        Alternative to /search that returns only the IDs and that can return many IDs at once

        Args:
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SearchChatCompletionEventIdsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionEvent:
        """Get Chat Completion Event

        Get Chat Completion Event

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ChatCompletionEvent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_v1_observability_chat_completion_events_event_id_get,
            dict(
                event_id=event_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_async(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> ChatCompletionEvent:
        """Get Chat Completion Event

        Get Chat Completion Event

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ChatCompletionEvent

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_v1_observability_chat_completion_events_event_id_get,
            dict(
                event_id=event_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch_similar_events(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events

        Get Similar Chat Completion Events

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SearchChatCompletionEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get,
            dict(
                event_id=event_id,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_similar_events_async(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> SearchChatCompletionEventsResponse:
        """Get Similar Chat Completion Events

        Get Similar Chat Completion Events

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            SearchChatCompletionEventsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get,
            dict(
                event_id=event_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def judge(
        self,
        *,
        event_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on an event based on the given options

        Run Judge on an event based on the given options

        Args:
            event_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            JudgeOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post,
            dict(
                event_id=event_id,
                judge_definition=judge_definition,
            ),
        )
        return self._transport.send(request, options)

    async def judge_async(
        self,
        *,
        event_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> JudgeOutput:
        """Run Judge on an event based on the given options

        Run Judge on an event based on the given options

        Args:
            event_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            JudgeOutput

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post,
            dict(
                event_id=event_id,
                judge_definition=judge_definition,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityChatCompletionEventsWithRawResponse:
    """`client.beta.observability.chat_completion_events`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def search(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SearchChatCompletionEventsResponse]:
        """Get Chat Completion Events

        Get Chat Completion Events

        Args:
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SearchChatCompletionEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_events_v1_observability_chat_completion_events_search_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def search_async(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SearchChatCompletionEventsResponse]:
        """Get Chat Completion Events

        Get Chat Completion Events

        Args:
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SearchChatCompletionEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_events_v1_observability_chat_completion_events_search_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def search_ids(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SearchChatCompletionEventIdsResponse]:
        """Alternative to /search that returns only the IDs and that can return many IDs at once

        Alternative to /search that returns only the IDs and that can return many IDs at once

        Args:
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SearchChatCompletionEventIdsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
            ),
        )
        return self._transport.send_raw(request, options)

    async def search_ids_async(
        self,
        *,
        search_params: FilterPayload | Mapping[str, Any],
        extra_fields: Sequence[str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SearchChatCompletionEventIdsResponse]:
        """Alternative to /search that returns only the IDs and that can return many IDs at once

        Alternative to /search that returns only the IDs and that can return many IDs at once

        Args:
            search_params (FilterPayload):
            extra_fields (list[str] | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SearchChatCompletionEventIdsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_ids_v1_observability_chat_completion_events_search_ids_post,
            dict(
                search_params=search_params,
                extra_fields=extra_fields,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionEvent]:
        """Get Chat Completion Event

        Get Chat Completion Event

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ChatCompletionEvent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_v1_observability_chat_completion_events_event_id_get,
            dict(
                event_id=event_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_async(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ChatCompletionEvent]:
        """Get Chat Completion Event

        Get Chat Completion Event

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ChatCompletionEvent]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_event_v1_observability_chat_completion_events_event_id_get,
            dict(
                event_id=event_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_similar_events(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SearchChatCompletionEventsResponse]:
        """Get Similar Chat Completion Events

        Get Similar Chat Completion Events

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SearchChatCompletionEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get,
            dict(
                event_id=event_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_similar_events_async(
        self,
        *,
        event_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[SearchChatCompletionEventsResponse]:
        """Get Similar Chat Completion Events

        Get Similar Chat Completion Events

        Args:
            event_id (UUID):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[SearchChatCompletionEventsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_similar_chat_completion_events_v1_observability_chat_completion_events_event_id_similar_events_get,
            dict(
                event_id=event_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def judge(
        self,
        *,
        event_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[JudgeOutput]:
        """Run Judge on an event based on the given options

        Run Judge on an event based on the given options

        Args:
            event_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[JudgeOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post,
            dict(
                event_id=event_id,
                judge_definition=judge_definition,
            ),
        )
        return self._transport.send_raw(request, options)

    async def judge_async(
        self,
        *,
        event_id: UUID | str,
        judge_definition: CreateJudgeRequest | Mapping[str, Any],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[JudgeOutput]:
        """Run Judge on an event based on the given options

        Run Judge on an event based on the given options

        Args:
            event_id (UUID):
            judge_definition (CreateJudgeRequest):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[JudgeOutput]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _judge_chat_completion_event_v1_observability_chat_completion_events_event_id_live_judging_post,
            dict(
                event_id=event_id,
                judge_definition=judge_definition,
            ),
        )
        return await self._transport.send_raw_async(request, options)
