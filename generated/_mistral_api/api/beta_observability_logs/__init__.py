"""BetaObservabilityLogs: generated resource (`client.beta.observability.logs`)."""

from __future__ import annotations

import builtins
import datetime
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
    from ...models.get_log_field_options import GetLogFieldOptions
    from ...models.get_log_fields import GetLogFields
    from ...models.get_logs import GetLogs
    from ...models.logs_request import LogsRequest
    from ...models.logs_request_order import LogsRequestOrder
    from ...models.observability_error import ObservabilityError
else:
    GetLogFieldOptions = _Lazy(globals(), "get_log_field_options", "GetLogFieldOptions")
    GetLogFields = _Lazy(globals(), "get_log_fields", "GetLogFields")
    GetLogs = _Lazy(globals(), "get_logs", "GetLogs")
    LogsRequest = _Lazy(globals(), "logs_request", "LogsRequest")
    LogsRequestOrder = _Lazy(globals(), "logs_request_order", "LogsRequestOrder")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")


_KEYWORDS_SEARCH_LOGS_V1_OBSERVABILITY_LOGS_SEARCH_POST = (
    "search_expression",
    "order",
    "from_",
    "to",
    "page_size",
    "cursor",
)


def _decode_search_logs_v1_observability_logs_search_post(data: Any) -> GetLogs:
    response_200 = GetLogs.from_dict(data)

    return response_200


def _search_logs_v1_observability_logs_search_post(
    *,
    search_expression: str | None | Unset = UNSET,
    order: LogsRequestOrder | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[GetLogs]:
    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat().replace("+00:00", "Z")
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat().replace("+00:00", "Z")
    else:
        json_to = to
    params["to"] = json_to

    params["page_size"] = page_size

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    _body = LogsRequest(
        search_expression=cast(Any, search_expression),
        order=cast(Any, order),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/logs/search",
        operation_id="search_logs_v1_observability_logs_search_post",
        decode=_decode_search_logs_v1_observability_logs_search_post,
        kind="json",
        keywords=_KEYWORDS_SEARCH_LOGS_V1_OBSERVABILITY_LOGS_SEARCH_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_LOG_FIELDS_V1_OBSERVABILITY_LOGS_FIELDS_GET = ()


def _decode_get_log_fields_v1_observability_logs_fields_get(data: Any) -> GetLogFields:
    response_200 = GetLogFields.from_dict(data)

    return response_200


def _get_log_fields_v1_observability_logs_fields_get() -> Request[GetLogFields]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/logs/fields",
        operation_id="get_log_fields_v1_observability_logs_fields_get",
        decode=_decode_get_log_fields_v1_observability_logs_fields_get,
        kind="json",
        keywords=_KEYWORDS_GET_LOG_FIELDS_V1_OBSERVABILITY_LOGS_FIELDS_GET,
        **_kwargs,
    )


_KEYWORDS_GET_LOG_FIELD_OPTIONS_V1_OBSERVABILITY_LOGS_FIELDS_FIELD_NAME_OPTIONS_GET = (
    "field_name",
    "from_",
    "to",
)


def _decode_get_log_field_options_v1_observability_logs_fields_field_name_options_get(data: Any) -> GetLogFieldOptions:
    response_200 = GetLogFieldOptions.from_dict(data)

    return response_200


def _get_log_field_options_v1_observability_logs_fields_field_name_options_get(
    *,
    field_name: str,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
) -> Request[GetLogFieldOptions]:
    params: dict[str, Any] = {}

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat().replace("+00:00", "Z")
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat().replace("+00:00", "Z")
    else:
        json_to = to
    params["to"] = json_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/logs/fields/{field_name}/options".format(
            field_name=quote(str(field_name), safe=""),
        ),
        operation_id="get_log_field_options_v1_observability_logs_fields_field_name_options_get",
        decode=_decode_get_log_field_options_v1_observability_logs_fields_field_name_options_get,
        kind="json",
        keywords=_KEYWORDS_GET_LOG_FIELD_OPTIONS_V1_OBSERVABILITY_LOGS_FIELDS_FIELD_NAME_OPTIONS_GET,
        params=params,
        **_kwargs,
    )


BetaObservabilityLogsSearchResult: TypeAlias = GetLogs


BetaObservabilityLogsListResult: TypeAlias = GetLogFields


BetaObservabilityLogsFetchOptionsResult: TypeAlias = GetLogFieldOptions


class BetaObservabilityLogs:
    """`client.beta.observability.logs`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityLogsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityLogsWithRawResponse(self._transport)

    def search(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        order: LogsRequestOrder | str | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetLogs:
        """Search logs

        Search logs

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            order (LogsRequestOrder | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetLogs

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_logs_v1_observability_logs_search_post,
            dict(
                search_expression=search_expression,
                order=order,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def search_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        order: LogsRequestOrder | str | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetLogs:
        """Search logs

        Search logs

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            order (LogsRequestOrder | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetLogs

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_logs_v1_observability_logs_search_post,
            dict(
                search_expression=search_expression,
                order=order,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetLogFields:
        """Get log field definitions

        Get log field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetLogFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_log_fields_v1_observability_logs_fields_get, dict())
        return self._transport.send(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetLogFields:
        """Get log field definitions

        Get log field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetLogFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_log_fields_v1_observability_logs_fields_get, dict())
        return await self._transport.send_async(request, options)

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetLogFieldOptions:
        """Get options for a log field

        Get options for a log field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetLogFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_log_field_options_v1_observability_logs_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetLogFieldOptions:
        """Get options for a log field

        Get options for a log field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetLogFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_log_field_options_v1_observability_logs_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityLogsWithRawResponse:
    """`client.beta.observability.logs`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def search(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        order: LogsRequestOrder | str | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetLogs]:
        """Search logs

        Search logs

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            order (LogsRequestOrder | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetLogs]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_logs_v1_observability_logs_search_post,
            dict(
                search_expression=search_expression,
                order=order,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def search_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        order: LogsRequestOrder | str | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetLogs]:
        """Search logs

        Search logs

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            order (LogsRequestOrder | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetLogs]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_logs_v1_observability_logs_search_post,
            dict(
                search_expression=search_expression,
                order=order,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetLogFields]:
        """Get log field definitions

        Get log field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetLogFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_log_fields_v1_observability_logs_fields_get, dict())
        return self._transport.send_raw(request, options)

    async def list_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetLogFields]:
        """Get log field definitions

        Get log field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetLogFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_log_fields_v1_observability_logs_fields_get, dict())
        return await self._transport.send_raw_async(request, options)

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetLogFieldOptions]:
        """Get options for a log field

        Get options for a log field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetLogFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_log_field_options_v1_observability_logs_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_options_async(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetLogFieldOptions]:
        """Get options for a log field

        Get options for a log field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetLogFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_log_field_options_v1_observability_logs_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_raw_async(request, options)
