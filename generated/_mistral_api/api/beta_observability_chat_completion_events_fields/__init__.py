"""BetaObservabilityChatCompletionEventsFields: generated resource (`client.beta.observability.chat_completion_events.fields`)."""

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
    from ...models.fetch_chat_completion_field_options_response import FetchChatCompletionFieldOptionsResponse
    from ...models.fetch_field_option_counts_request import FetchFieldOptionCountsRequest
    from ...models.fetch_field_option_counts_response import FetchFieldOptionCountsResponse
    from ...models.filter_payload import FilterPayload
    from ...models.get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get_operator import (
        GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
    )
    from ...models.list_chat_completion_fields_response import ListChatCompletionFieldsResponse
    from ...models.observability_error import ObservabilityError
else:
    FetchChatCompletionFieldOptionsResponse = _Lazy(
        globals(), "fetch_chat_completion_field_options_response", "FetchChatCompletionFieldOptionsResponse"
    )
    FetchFieldOptionCountsRequest = _Lazy(
        globals(), "fetch_field_option_counts_request", "FetchFieldOptionCountsRequest"
    )
    FetchFieldOptionCountsResponse = _Lazy(
        globals(), "fetch_field_option_counts_response", "FetchFieldOptionCountsResponse"
    )
    FilterPayload = _Lazy(globals(), "filter_payload", "FilterPayload")
    GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator = _Lazy(
        globals(),
        "get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get_operator",
        "GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator",
    )
    ListChatCompletionFieldsResponse = _Lazy(
        globals(), "list_chat_completion_fields_response", "ListChatCompletionFieldsResponse"
    )
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")


_KEYWORDS_GET_CHAT_COMPLETION_FIELDS_V1_OBSERVABILITY_CHAT_COMPLETION_FIELDS_GET = ()


def _decode_get_chat_completion_fields_v1_observability_chat_completion_fields_get(
    data: Any,
) -> ListChatCompletionFieldsResponse:
    response_200 = ListChatCompletionFieldsResponse.from_dict(data)

    return response_200


def _get_chat_completion_fields_v1_observability_chat_completion_fields_get() -> Request[
    ListChatCompletionFieldsResponse
]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/chat-completion-fields",
        operation_id="get_chat_completion_fields_v1_observability_chat_completion_fields_get",
        decode=_decode_get_chat_completion_fields_v1_observability_chat_completion_fields_get,
        kind="json",
        keywords=_KEYWORDS_GET_CHAT_COMPLETION_FIELDS_V1_OBSERVABILITY_CHAT_COMPLETION_FIELDS_GET,
        **_kwargs,
    )


_KEYWORDS_GET_CHAT_COMPLETION_FIELD_OPTIONS_V1_OBSERVABILITY_CHAT_COMPLETION_FIELDS_FIELD_NAME_OPTIONS_GET = (
    "field_name",
    "operator",
)


def _decode_get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get(
    data: Any,
) -> FetchChatCompletionFieldOptionsResponse:
    response_200 = FetchChatCompletionFieldOptionsResponse.from_dict(data)

    return response_200


def _get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get(
    *,
    field_name: str,
    operator: GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
) -> Request[FetchChatCompletionFieldOptionsResponse]:
    params: dict[str, Any] = {}

    json_operator = str(operator)
    params["operator"] = json_operator

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/chat-completion-fields/{field_name}/options".format(
            field_name=quote(str(field_name), safe=""),
        ),
        operation_id="get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get",
        decode=_decode_get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get,
        kind="json",
        keywords=_KEYWORDS_GET_CHAT_COMPLETION_FIELD_OPTIONS_V1_OBSERVABILITY_CHAT_COMPLETION_FIELDS_FIELD_NAME_OPTIONS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_CHAT_COMPLETION_FIELD_OPTIONS_COUNTS_V1_OBSERVABILITY_CHAT_COMPLETION_FIELDS_FIELD_NAME_OPTIONS_COUNTS_POST = (
    "field_name",
    "filter_params",
)


def _decode_get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post(
    data: Any,
) -> FetchFieldOptionCountsResponse:
    response_200 = FetchFieldOptionCountsResponse.from_dict(data)

    return response_200


def _get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post(
    *,
    field_name: str,
    filter_params: FilterPayload | Mapping[str, Any] | None | Unset = UNSET,
) -> Request[FetchFieldOptionCountsResponse]:

    _kwargs: dict[str, Any] = {}
    _body = FetchFieldOptionCountsRequest(
        filter_params=cast(Any, filter_params),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/chat-completion-fields/{field_name}/options-counts".format(
            field_name=quote(str(field_name), safe=""),
        ),
        operation_id="get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post",
        decode=_decode_get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post,
        kind="json",
        keywords=_KEYWORDS_GET_CHAT_COMPLETION_FIELD_OPTIONS_COUNTS_V1_OBSERVABILITY_CHAT_COMPLETION_FIELDS_FIELD_NAME_OPTIONS_COUNTS_POST,
        **_kwargs,
    )


BetaObservabilityChatCompletionEventsFieldsListResult: TypeAlias = ListChatCompletionFieldsResponse


BetaObservabilityChatCompletionEventsFieldsFetchOptionsResult: TypeAlias = FetchChatCompletionFieldOptionsResponse


BetaObservabilityChatCompletionEventsFieldsFetchOptionCountsResult: TypeAlias = FetchFieldOptionCountsResponse


class BetaObservabilityChatCompletionEventsFields:
    """`client.beta.observability.chat_completion_events.fields`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityChatCompletionEventsFieldsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityChatCompletionEventsFieldsWithRawResponse(self._transport)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields

        Get Chat Completion Fields

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListChatCompletionFieldsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_chat_completion_fields_v1_observability_chat_completion_fields_get, dict())
        return self._transport.send(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> ListChatCompletionFieldsResponse:
        """Get Chat Completion Fields

        Get Chat Completion Fields

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            ListChatCompletionFieldsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_chat_completion_fields_v1_observability_chat_completion_fields_get, dict())
        return await self._transport.send_async(request, options)

    def fetch_options(
        self,
        *,
        field_name: str,
        operator: GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
        **options: Unpack[RequestOptions],
    ) -> FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options

        Get Chat Completion Field Options

        Args:
            field_name (str):
            operator (GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptio
                nsGetOperator): The operator to use for filtering options
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FetchChatCompletionFieldOptionsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get,
            dict(
                field_name=field_name,
                operator=operator,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        operator: GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
        **options: Unpack[RequestOptions],
    ) -> FetchChatCompletionFieldOptionsResponse:
        """Get Chat Completion Field Options

        Get Chat Completion Field Options

        Args:
            field_name (str):
            operator (GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptio
                nsGetOperator): The operator to use for filtering options
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FetchChatCompletionFieldOptionsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get,
            dict(
                field_name=field_name,
                operator=operator,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch_option_counts(
        self,
        *,
        field_name: str,
        filter_params: FilterPayload | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts

        Get Chat Completion Field Options Counts

        Args:
            field_name (str):
            filter_params (FilterPayload | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FetchFieldOptionCountsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post,
            dict(
                field_name=field_name,
                filter_params=filter_params,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_option_counts_async(
        self,
        *,
        field_name: str,
        filter_params: FilterPayload | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> FetchFieldOptionCountsResponse:
        """Get Chat Completion Field Options Counts

        Get Chat Completion Field Options Counts

        Args:
            field_name (str):
            filter_params (FilterPayload | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            FetchFieldOptionCountsResponse

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post,
            dict(
                field_name=field_name,
                filter_params=filter_params,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityChatCompletionEventsFieldsWithRawResponse:
    """`client.beta.observability.chat_completion_events.fields`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListChatCompletionFieldsResponse]:
        """Get Chat Completion Fields

        Get Chat Completion Fields

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListChatCompletionFieldsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_chat_completion_fields_v1_observability_chat_completion_fields_get, dict())
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[ListChatCompletionFieldsResponse]:
        """Get Chat Completion Fields

        Get Chat Completion Fields

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[ListChatCompletionFieldsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_chat_completion_fields_v1_observability_chat_completion_fields_get, dict())
        return await self._transport.send_raw_async(request, options)

    def fetch_options(
        self,
        *,
        field_name: str,
        operator: GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FetchChatCompletionFieldOptionsResponse]:
        """Get Chat Completion Field Options

        Get Chat Completion Field Options

        Args:
            field_name (str):
            operator (GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptio
                nsGetOperator): The operator to use for filtering options
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FetchChatCompletionFieldOptionsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get,
            dict(
                field_name=field_name,
                operator=operator,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        operator: GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptionsGetOperator,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FetchChatCompletionFieldOptionsResponse]:
        """Get Chat Completion Field Options

        Get Chat Completion Field Options

        Args:
            field_name (str):
            operator (GetChatCompletionFieldOptionsV1ObservabilityChatCompletionFieldsFieldNameOptio
                nsGetOperator): The operator to use for filtering options
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FetchChatCompletionFieldOptionsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_v1_observability_chat_completion_fields_field_name_options_get,
            dict(
                field_name=field_name,
                operator=operator,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_option_counts(
        self,
        *,
        field_name: str,
        filter_params: FilterPayload | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FetchFieldOptionCountsResponse]:
        """Get Chat Completion Field Options Counts

        Get Chat Completion Field Options Counts

        Args:
            field_name (str):
            filter_params (FilterPayload | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FetchFieldOptionCountsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post,
            dict(
                field_name=field_name,
                filter_params=filter_params,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_option_counts_async(
        self,
        *,
        field_name: str,
        filter_params: FilterPayload | Mapping[str, Any] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[FetchFieldOptionCountsResponse]:
        """Get Chat Completion Field Options Counts

        Get Chat Completion Field Options Counts

        Args:
            field_name (str):
            filter_params (FilterPayload | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[FetchFieldOptionCountsResponse]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_chat_completion_field_options_counts_v1_observability_chat_completion_fields_field_name_options_counts_post,
            dict(
                field_name=field_name,
                filter_params=filter_params,
            ),
        )
        return await self._transport.send_raw_async(request, options)
