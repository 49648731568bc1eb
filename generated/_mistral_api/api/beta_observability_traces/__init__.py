"""BetaObservabilityTraces: generated resource (`client.beta.observability.traces`)."""

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
    from ...models.aggregation import Aggregation
    from ...models.aggregation_request import AggregationRequest
    from ...models.get_span import GetSpan
    from ...models.get_spans import GetSpans
    from ...models.get_trace import GetTrace
    from ...models.get_trace_field_options import GetTraceFieldOptions
    from ...models.get_trace_fields import GetTraceFields
    from ...models.get_traces import GetTraces
    from ...models.metric_definition import MetricDefinition
    from ...models.observability_error import ObservabilityError
    from ...models.order_by_clause import OrderByClause
    from ...models.time_dimension import TimeDimension
    from ...models.traces_request import TracesRequest
else:
    Aggregation = _Lazy(globals(), "aggregation", "Aggregation")
    AggregationRequest = _Lazy(globals(), "aggregation_request", "AggregationRequest")
    GetSpan = _Lazy(globals(), "get_span", "GetSpan")
    GetSpans = _Lazy(globals(), "get_spans", "GetSpans")
    GetTrace = _Lazy(globals(), "get_trace", "GetTrace")
    GetTraceFieldOptions = _Lazy(globals(), "get_trace_field_options", "GetTraceFieldOptions")
    GetTraceFields = _Lazy(globals(), "get_trace_fields", "GetTraceFields")
    GetTraces = _Lazy(globals(), "get_traces", "GetTraces")
    MetricDefinition = _Lazy(globals(), "metric_definition", "MetricDefinition")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")
    OrderByClause = _Lazy(globals(), "order_by_clause", "OrderByClause")
    TimeDimension = _Lazy(globals(), "time_dimension", "TimeDimension")
    TracesRequest = _Lazy(globals(), "traces_request", "TracesRequest")


_KEYWORDS_SEARCH_TRACES_V1_OBSERVABILITY_TRACES_SEARCH_POST = (
    "search_expression",
    "from_",
    "to",
    "page_size",
    "cursor",
)


def _decode_search_traces_v1_observability_traces_search_post(data: Any) -> GetTraces:
    response_200 = GetTraces.from_dict(data)

    return response_200


def _search_traces_v1_observability_traces_search_post(
    *,
    search_expression: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[GetTraces]:
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
    _body = TracesRequest(
        search_expression=cast(Any, search_expression),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/traces/search",
        operation_id="search_traces_v1_observability_traces_search_post",
        decode=_decode_search_traces_v1_observability_traces_search_post,
        kind="json",
        keywords=_KEYWORDS_SEARCH_TRACES_V1_OBSERVABILITY_TRACES_SEARCH_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGGREGATE_TRACES_V1_OBSERVABILITY_TRACES_AGGREGATE_POST = (
    "metric",
    "dimensions",
    "time_dimension",
    "search_expression",
    "order_by",
    "limit",
    "from_",
    "to",
)


def _decode_aggregate_traces_v1_observability_traces_aggregate_post(data: Any) -> Aggregation:
    response_200 = Aggregation.from_dict(data)

    return response_200


def _aggregate_traces_v1_observability_traces_aggregate_post(
    *,
    metric: MetricDefinition | Mapping[str, Any],
    dimensions: Sequence[str] | Unset = UNSET,
    time_dimension: TimeDimension | Mapping[str, Any] | None | Unset = UNSET,
    search_expression: str | None | Unset = UNSET,
    order_by: Sequence[OrderByClause | Mapping[str, Any]] | None | Unset = UNSET,
    limit: int | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
) -> Request[Aggregation]:
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
    _body = AggregationRequest(
        metric=cast(Any, metric),
        dimensions=cast(Any, dimensions),
        time_dimension=cast(Any, time_dimension),
        search_expression=cast(Any, search_expression),
        order_by=cast(Any, order_by),
        limit=cast(Any, limit),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/traces/aggregate",
        operation_id="aggregate_traces_v1_observability_traces_aggregate_post",
        decode=_decode_aggregate_traces_v1_observability_traces_aggregate_post,
        kind="json",
        keywords=_KEYWORDS_AGGREGATE_TRACES_V1_OBSERVABILITY_TRACES_AGGREGATE_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_TRACE_FIELDS_V1_OBSERVABILITY_TRACES_FIELDS_GET = ()


def _decode_get_trace_fields_v1_observability_traces_fields_get(data: Any) -> GetTraceFields:
    response_200 = GetTraceFields.from_dict(data)

    return response_200


def _get_trace_fields_v1_observability_traces_fields_get() -> Request[GetTraceFields]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/traces/fields",
        operation_id="get_trace_fields_v1_observability_traces_fields_get",
        decode=_decode_get_trace_fields_v1_observability_traces_fields_get,
        kind="json",
        keywords=_KEYWORDS_GET_TRACE_FIELDS_V1_OBSERVABILITY_TRACES_FIELDS_GET,
        **_kwargs,
    )


_KEYWORDS_GET_TRACE_BY_ID_V1_OBSERVABILITY_TRACES_TRACE_ID_GET = ("trace_id",)


def _decode_get_trace_by_id_v1_observability_traces_trace_id_get(data: Any) -> GetTrace:
    response_200 = GetTrace.from_dict(data)

    return response_200


def _get_trace_by_id_v1_observability_traces_trace_id_get(
    *,
    trace_id: str,
) -> Request[GetTrace]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/traces/{trace_id}".format(
            trace_id=quote(str(trace_id), safe=""),
        ),
        operation_id="get_trace_by_id_v1_observability_traces_trace_id_get",
        decode=_decode_get_trace_by_id_v1_observability_traces_trace_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_TRACE_BY_ID_V1_OBSERVABILITY_TRACES_TRACE_ID_GET,
        **_kwargs,
    )


_KEYWORDS_GET_TRACE_SPANS_V1_OBSERVABILITY_TRACES_TRACE_ID_SPANS_GET = (
    "trace_id",
    "from_",
    "to",
    "page_size",
    "cursor",
)


def _decode_get_trace_spans_v1_observability_traces_trace_id_spans_get(data: Any) -> GetSpans:
    response_200 = GetSpans.from_dict(data)

    return response_200


def _get_trace_spans_v1_observability_traces_trace_id_spans_get(
    *,
    trace_id: str,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[GetSpans]:
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
    return Request(
        method="GET",
        path="/v1/observability/traces/{trace_id}/spans".format(
            trace_id=quote(str(trace_id), safe=""),
        ),
        operation_id="get_trace_spans_v1_observability_traces_trace_id_spans_get",
        decode=_decode_get_trace_spans_v1_observability_traces_trace_id_spans_get,
        kind="json",
        keywords=_KEYWORDS_GET_TRACE_SPANS_V1_OBSERVABILITY_TRACES_TRACE_ID_SPANS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_TRACE_FIELD_OPTIONS_V1_OBSERVABILITY_TRACES_FIELDS_FIELD_NAME_OPTIONS_GET = (
    "field_name",
    "from_",
    "to",
)


def _decode_get_trace_field_options_v1_observability_traces_fields_field_name_options_get(
    data: Any,
) -> GetTraceFieldOptions:
    response_200 = GetTraceFieldOptions.from_dict(data)

    return response_200


def _get_trace_field_options_v1_observability_traces_fields_field_name_options_get(
    *,
    field_name: str,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
) -> Request[GetTraceFieldOptions]:
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
        path="/v1/observability/traces/fields/{field_name}/options".format(
            field_name=quote(str(field_name), safe=""),
        ),
        operation_id="get_trace_field_options_v1_observability_traces_fields_field_name_options_get",
        decode=_decode_get_trace_field_options_v1_observability_traces_fields_field_name_options_get,
        kind="json",
        keywords=_KEYWORDS_GET_TRACE_FIELD_OPTIONS_V1_OBSERVABILITY_TRACES_FIELDS_FIELD_NAME_OPTIONS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_SPAN_BY_ID_V1_OBSERVABILITY_TRACES_TRACE_ID_SPANS_SPAN_ID_GET = (
    "trace_id",
    "span_id",
    "from_",
    "to",
)


def _decode_get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get(data: Any) -> GetSpan:
    response_200 = GetSpan.from_dict(data)

    return response_200


def _get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get(
    *,
    trace_id: str,
    span_id: str,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
) -> Request[GetSpan]:
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
        path="/v1/observability/traces/{trace_id}/spans/{span_id}".format(
            trace_id=quote(str(trace_id), safe=""),
            span_id=quote(str(span_id), safe=""),
        ),
        operation_id="get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get",
        decode=_decode_get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get,
        kind="json",
        keywords=_KEYWORDS_GET_SPAN_BY_ID_V1_OBSERVABILITY_TRACES_TRACE_ID_SPANS_SPAN_ID_GET,
        params=params,
        **_kwargs,
    )


BetaObservabilityTracesSearchResult: TypeAlias = GetTraces


BetaObservabilityTracesAggregateTracesV1ObservabilityTracesAggregatePostResult: TypeAlias = Aggregation


BetaObservabilityTracesGetTraceFieldsResult: TypeAlias = GetTraceFields


BetaObservabilityTracesGetTraceByIdResult: TypeAlias = GetTrace


BetaObservabilityTracesGetTraceSpansResult: TypeAlias = GetSpans


BetaObservabilityTracesFetchOptionsResult: TypeAlias = GetTraceFieldOptions


BetaObservabilityTracesGetSpanByIdResult: TypeAlias = GetSpan


class BetaObservabilityTraces:
    """`client.beta.observability.traces`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilityTracesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilityTracesWithRawResponse(self._transport)

    def search(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetTraces:
        """Search traces

        Search traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTraces

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_traces_v1_observability_traces_search_post,
            dict(
                search_expression=search_expression,
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
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetTraces:
        """Search traces

        Search traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTraces

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_traces_v1_observability_traces_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def aggregate_traces_v1_observability_traces_aggregate_post(
        self,
        *,
        metric: MetricDefinition | Mapping[str, Any],
        dimensions: Sequence[str] | Unset = UNSET,
        time_dimension: TimeDimension | Mapping[str, Any] | None | Unset = UNSET,
        search_expression: str | None | Unset = UNSET,
        order_by: Sequence[OrderByClause | Mapping[str, Any]] | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Aggregation:
        """Aggregate traces

        Aggregate traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            metric (MetricDefinition):
            dimensions (list[str] | Unset):
            time_dimension (None | TimeDimension | Unset):
            search_expression (None | str | Unset):
            order_by (list[OrderByClause] | None | Unset):
            limit (int | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Aggregation

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _aggregate_traces_v1_observability_traces_aggregate_post,
            dict(
                metric=metric,
                dimensions=dimensions,
                time_dimension=time_dimension,
                search_expression=search_expression,
                order_by=order_by,
                limit=limit,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send(request, options)

    async def aggregate_traces_v1_observability_traces_aggregate_post_async(
        self,
        *,
        metric: MetricDefinition | Mapping[str, Any],
        dimensions: Sequence[str] | Unset = UNSET,
        time_dimension: TimeDimension | Mapping[str, Any] | None | Unset = UNSET,
        search_expression: str | None | Unset = UNSET,
        order_by: Sequence[OrderByClause | Mapping[str, Any]] | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> Aggregation:
        """Aggregate traces

        Aggregate traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            metric (MetricDefinition):
            dimensions (list[str] | Unset):
            time_dimension (None | TimeDimension | Unset):
            search_expression (None | str | Unset):
            order_by (list[OrderByClause] | None | Unset):
            limit (int | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            Aggregation

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _aggregate_traces_v1_observability_traces_aggregate_post,
            dict(
                metric=metric,
                dimensions=dimensions,
                time_dimension=time_dimension,
                search_expression=search_expression,
                order_by=order_by,
                limit=limit,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_trace_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFields:
        """Get trace field definitions

        Get trace field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTraceFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_trace_fields_v1_observability_traces_fields_get, dict())
        return self._transport.send(request, options)

    async def get_trace_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFields:
        """Get trace field definitions

        Get trace field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTraceFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_trace_fields_v1_observability_traces_fields_get, dict())
        return await self._transport.send_async(request, options)

    def get_trace_by_id(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetTrace:
        """Get trace by id

        Get trace by id

        Args:
            trace_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTrace

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_by_id_v1_observability_traces_trace_id_get,
            dict(
                trace_id=trace_id,
            ),
        )
        return self._transport.send(request, options)

    async def get_trace_by_id_async(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> GetTrace:
        """Get trace by id

        Get trace by id

        Args:
            trace_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTrace

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_by_id_v1_observability_traces_trace_id_get,
            dict(
                trace_id=trace_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpans:
        """Get trace spans

        Get trace spans

        Args:
            trace_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpans

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_spans_v1_observability_traces_trace_id_spans_get,
            dict(
                trace_id=trace_id,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def get_trace_spans_async(
        self,
        *,
        trace_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpans:
        """Get trace spans

        Get trace spans

        Args:
            trace_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpans

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_spans_v1_observability_traces_trace_id_spans_get,
            dict(
                trace_id=trace_id,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetTraceFieldOptions:
        """Get options for a trace field

        Get options for a trace field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTraceFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_field_options_v1_observability_traces_fields_field_name_options_get,
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
    ) -> GetTraceFieldOptions:
        """Get options for a trace field

        Get options for a trace field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetTraceFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_field_options_v1_observability_traces_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_async(request, options)

    def get_span_by_id(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpan:
        """Get span by id

        Get span by id

        Args:
            trace_id (str):
            span_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpan

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get,
            dict(
                trace_id=trace_id,
                span_id=span_id,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send(request, options)

    async def get_span_by_id_async(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpan:
        """Get span by id

        Get span by id

        Args:
            trace_id (str):
            span_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpan

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get,
            dict(
                trace_id=trace_id,
                span_id=span_id,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilityTracesWithRawResponse:
    """`client.beta.observability.traces`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def search(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTraces]:
        """Search traces

        Search traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTraces]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_traces_v1_observability_traces_search_post,
            dict(
                search_expression=search_expression,
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
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTraces]:
        """Search traces

        Search traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTraces]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_traces_v1_observability_traces_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def aggregate_traces_v1_observability_traces_aggregate_post(
        self,
        *,
        metric: MetricDefinition | Mapping[str, Any],
        dimensions: Sequence[str] | Unset = UNSET,
        time_dimension: TimeDimension | Mapping[str, Any] | None | Unset = UNSET,
        search_expression: str | None | Unset = UNSET,
        order_by: Sequence[OrderByClause | Mapping[str, Any]] | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Aggregation]:
        """Aggregate traces

        Aggregate traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            metric (MetricDefinition):
            dimensions (list[str] | Unset):
            time_dimension (None | TimeDimension | Unset):
            search_expression (None | str | Unset):
            order_by (list[OrderByClause] | None | Unset):
            limit (int | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Aggregation]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _aggregate_traces_v1_observability_traces_aggregate_post,
            dict(
                metric=metric,
                dimensions=dimensions,
                time_dimension=time_dimension,
                search_expression=search_expression,
                order_by=order_by,
                limit=limit,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send_raw(request, options)

    async def aggregate_traces_v1_observability_traces_aggregate_post_async(
        self,
        *,
        metric: MetricDefinition | Mapping[str, Any],
        dimensions: Sequence[str] | Unset = UNSET,
        time_dimension: TimeDimension | Mapping[str, Any] | None | Unset = UNSET,
        search_expression: str | None | Unset = UNSET,
        order_by: Sequence[OrderByClause | Mapping[str, Any]] | None | Unset = UNSET,
        limit: int | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[Aggregation]:
        """Aggregate traces

        Aggregate traces

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            metric (MetricDefinition):
            dimensions (list[str] | Unset):
            time_dimension (None | TimeDimension | Unset):
            search_expression (None | str | Unset):
            order_by (list[OrderByClause] | None | Unset):
            limit (int | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[Aggregation]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _aggregate_traces_v1_observability_traces_aggregate_post,
            dict(
                metric=metric,
                dimensions=dimensions,
                time_dimension=time_dimension,
                search_expression=search_expression,
                order_by=order_by,
                limit=limit,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_trace_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTraceFields]:
        """Get trace field definitions

        Get trace field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTraceFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_trace_fields_v1_observability_traces_fields_get, dict())
        return self._transport.send_raw(request, options)

    async def get_trace_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTraceFields]:
        """Get trace field definitions

        Get trace field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTraceFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_trace_fields_v1_observability_traces_fields_get, dict())
        return await self._transport.send_raw_async(request, options)

    def get_trace_by_id(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTrace]:
        """Get trace by id

        Get trace by id

        Args:
            trace_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTrace]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_by_id_v1_observability_traces_trace_id_get,
            dict(
                trace_id=trace_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_trace_by_id_async(
        self,
        *,
        trace_id: str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTrace]:
        """Get trace by id

        Get trace by id

        Args:
            trace_id (str):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTrace]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_by_id_v1_observability_traces_trace_id_get,
            dict(
                trace_id=trace_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_trace_spans(
        self,
        *,
        trace_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpans]:
        """Get trace spans

        Get trace spans

        Args:
            trace_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpans]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_spans_v1_observability_traces_trace_id_spans_get,
            dict(
                trace_id=trace_id,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_trace_spans_async(
        self,
        *,
        trace_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpans]:
        """Get trace spans

        Get trace spans

        Args:
            trace_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpans]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_spans_v1_observability_traces_trace_id_spans_get,
            dict(
                trace_id=trace_id,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetTraceFieldOptions]:
        """Get options for a trace field

        Get options for a trace field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTraceFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_field_options_v1_observability_traces_fields_field_name_options_get,
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
    ) -> APIResponse[GetTraceFieldOptions]:
        """Get options for a trace field

        Get options for a trace field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetTraceFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_trace_field_options_v1_observability_traces_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def get_span_by_id(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpan]:
        """Get span by id

        Get span by id

        Args:
            trace_id (str):
            span_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpan]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get,
            dict(
                trace_id=trace_id,
                span_id=span_id,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send_raw(request, options)

    async def get_span_by_id_async(
        self,
        *,
        trace_id: str,
        span_id: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpan]:
        """Get span by id

        Get span by id

        Args:
            trace_id (str):
            span_id (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpan]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_by_id_v1_observability_traces_trace_id_spans_span_id_get,
            dict(
                trace_id=trace_id,
                span_id=span_id,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_raw_async(request, options)
