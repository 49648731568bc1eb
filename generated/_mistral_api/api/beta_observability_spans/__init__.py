"""BetaObservabilitySpans: generated resource (`client.beta.observability.spans`)."""

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
    from ...models.get_span_evaluation_field_options import GetSpanEvaluationFieldOptions
    from ...models.get_span_evaluation_fields import GetSpanEvaluationFields
    from ...models.get_span_evaluations import GetSpanEvaluations
    from ...models.get_span_field_options import GetSpanFieldOptions
    from ...models.get_span_fields import GetSpanFields
    from ...models.get_spans import GetSpans
    from ...models.metric_definition import MetricDefinition
    from ...models.observability_error import ObservabilityError
    from ...models.order_by_clause import OrderByClause
    from ...models.span_evaluations_request import SpanEvaluationsRequest
    from ...models.spans_request import SpansRequest
    from ...models.time_dimension import TimeDimension
else:
    Aggregation = _Lazy(globals(), "aggregation", "Aggregation")
    AggregationRequest = _Lazy(globals(), "aggregation_request", "AggregationRequest")
    GetSpanEvaluationFieldOptions = _Lazy(
        globals(), "get_span_evaluation_field_options", "GetSpanEvaluationFieldOptions"
    )
    GetSpanEvaluationFields = _Lazy(globals(), "get_span_evaluation_fields", "GetSpanEvaluationFields")
    GetSpanEvaluations = _Lazy(globals(), "get_span_evaluations", "GetSpanEvaluations")
    GetSpanFieldOptions = _Lazy(globals(), "get_span_field_options", "GetSpanFieldOptions")
    GetSpanFields = _Lazy(globals(), "get_span_fields", "GetSpanFields")
    GetSpans = _Lazy(globals(), "get_spans", "GetSpans")
    MetricDefinition = _Lazy(globals(), "metric_definition", "MetricDefinition")
    ObservabilityError = _Lazy(globals(), "observability_error", "ObservabilityError")
    OrderByClause = _Lazy(globals(), "order_by_clause", "OrderByClause")
    SpanEvaluationsRequest = _Lazy(globals(), "span_evaluations_request", "SpanEvaluationsRequest")
    SpansRequest = _Lazy(globals(), "spans_request", "SpansRequest")
    TimeDimension = _Lazy(globals(), "time_dimension", "TimeDimension")


_KEYWORDS_SEARCH_SPANS_V1_OBSERVABILITY_SPANS_SEARCH_POST = (
    "search_expression",
    "from_",
    "to",
    "page_size",
    "cursor",
)


def _decode_search_spans_v1_observability_spans_search_post(data: Any) -> GetSpans:
    response_200 = GetSpans.from_dict(data)

    return response_200


def _search_spans_v1_observability_spans_search_post(
    *,
    search_expression: str | None | Unset = UNSET,
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
    _body = SpansRequest(
        search_expression=cast(Any, search_expression),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/spans/search",
        operation_id="search_spans_v1_observability_spans_search_post",
        decode=_decode_search_spans_v1_observability_spans_search_post,
        kind="json",
        keywords=_KEYWORDS_SEARCH_SPANS_V1_OBSERVABILITY_SPANS_SEARCH_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_AGGREGATE_SPANS_V1_OBSERVABILITY_SPANS_AGGREGATE_POST = (
    "metric",
    "dimensions",
    "time_dimension",
    "search_expression",
    "order_by",
    "limit",
    "from_",
    "to",
)


def _decode_aggregate_spans_v1_observability_spans_aggregate_post(data: Any) -> Aggregation:
    response_200 = Aggregation.from_dict(data)

    return response_200


def _aggregate_spans_v1_observability_spans_aggregate_post(
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
        path="/v1/observability/spans/aggregate",
        operation_id="aggregate_spans_v1_observability_spans_aggregate_post",
        decode=_decode_aggregate_spans_v1_observability_spans_aggregate_post,
        kind="json",
        keywords=_KEYWORDS_AGGREGATE_SPANS_V1_OBSERVABILITY_SPANS_AGGREGATE_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SEARCH_SPAN_EVALUATIONS_V1_OBSERVABILITY_SPANS_EVALUATIONS_SEARCH_POST = (
    "search_expression",
    "from_",
    "to",
    "page_size",
    "cursor",
)


def _decode_search_span_evaluations_v1_observability_spans_evaluations_search_post(data: Any) -> GetSpanEvaluations:
    response_200 = GetSpanEvaluations.from_dict(data)

    return response_200


def _search_span_evaluations_v1_observability_spans_evaluations_search_post(
    *,
    search_expression: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[GetSpanEvaluations]:
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
    _body = SpanEvaluationsRequest(
        search_expression=cast(Any, search_expression),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/spans/evaluations/search",
        operation_id="search_span_evaluations_v1_observability_spans_evaluations_search_post",
        decode=_decode_search_span_evaluations_v1_observability_spans_evaluations_search_post,
        kind="json",
        keywords=_KEYWORDS_SEARCH_SPAN_EVALUATIONS_V1_OBSERVABILITY_SPANS_EVALUATIONS_SEARCH_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_SEARCH_LATEST_SPAN_EVALUATIONS_V1_OBSERVABILITY_SPANS_EVALUATIONS_SEARCH_LATEST_POST = (
    "search_expression",
    "from_",
    "to",
    "page_size",
    "cursor",
)


def _decode_search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post(
    data: Any,
) -> GetSpanEvaluations:
    response_200 = GetSpanEvaluations.from_dict(data)

    return response_200


def _search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post(
    *,
    search_expression: str | None | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    page_size: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
) -> Request[GetSpanEvaluations]:
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
    _body = SpanEvaluationsRequest(
        search_expression=cast(Any, search_expression),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/observability/spans/evaluations/search/latest",
        operation_id="search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post",
        decode=_decode_search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post,
        kind="json",
        keywords=_KEYWORDS_SEARCH_LATEST_SPAN_EVALUATIONS_V1_OBSERVABILITY_SPANS_EVALUATIONS_SEARCH_LATEST_POST,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_SPAN_FIELDS_V1_OBSERVABILITY_SPANS_FIELDS_GET = ()


def _decode_get_span_fields_v1_observability_spans_fields_get(data: Any) -> GetSpanFields:
    response_200 = GetSpanFields.from_dict(data)

    return response_200


def _get_span_fields_v1_observability_spans_fields_get() -> Request[GetSpanFields]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/spans/fields",
        operation_id="get_span_fields_v1_observability_spans_fields_get",
        decode=_decode_get_span_fields_v1_observability_spans_fields_get,
        kind="json",
        keywords=_KEYWORDS_GET_SPAN_FIELDS_V1_OBSERVABILITY_SPANS_FIELDS_GET,
        **_kwargs,
    )


_KEYWORDS_GET_SPAN_EVALUATION_FIELDS_V1_OBSERVABILITY_SPANS_EVALUATIONS_FIELDS_GET = ()


def _decode_get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get(
    data: Any,
) -> GetSpanEvaluationFields:
    response_200 = GetSpanEvaluationFields.from_dict(data)

    return response_200


def _get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get() -> Request[GetSpanEvaluationFields]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/observability/spans/evaluations/fields",
        operation_id="get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get",
        decode=_decode_get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get,
        kind="json",
        keywords=_KEYWORDS_GET_SPAN_EVALUATION_FIELDS_V1_OBSERVABILITY_SPANS_EVALUATIONS_FIELDS_GET,
        **_kwargs,
    )


_KEYWORDS_GET_SPAN_FIELD_OPTIONS_V1_OBSERVABILITY_SPANS_FIELDS_FIELD_NAME_OPTIONS_GET = (
    "field_name",
    "from_",
    "to",
)


def _decode_get_span_field_options_v1_observability_spans_fields_field_name_options_get(
    data: Any,
) -> GetSpanFieldOptions:
    response_200 = GetSpanFieldOptions.from_dict(data)

    return response_200


def _get_span_field_options_v1_observability_spans_fields_field_name_options_get(
    *,
    field_name: str,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
) -> Request[GetSpanFieldOptions]:
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
        path="/v1/observability/spans/fields/{field_name}/options".format(
            field_name=quote(str(field_name), safe=""),
        ),
        operation_id="get_span_field_options_v1_observability_spans_fields_field_name_options_get",
        decode=_decode_get_span_field_options_v1_observability_spans_fields_field_name_options_get,
        kind="json",
        keywords=_KEYWORDS_GET_SPAN_FIELD_OPTIONS_V1_OBSERVABILITY_SPANS_FIELDS_FIELD_NAME_OPTIONS_GET,
        params=params,
        **_kwargs,
    )


_KEYWORDS_GET_SPAN_EVALUATION_FIELD_OPTIONS_V1_OBSERVABILITY_SPANS_EVALUATIONS_FIELDS_FIELD_NAME_OPTIONS_GET = (
    "field_name",
    "from_",
    "to",
)


def _decode_get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get(
    data: Any,
) -> GetSpanEvaluationFieldOptions:
    response_200 = GetSpanEvaluationFieldOptions.from_dict(data)

    return response_200


def _get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get(
    *,
    field_name: str,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
) -> Request[GetSpanEvaluationFieldOptions]:
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
        path="/v1/observability/spans/evaluations/fields/{field_name}/options".format(
            field_name=quote(str(field_name), safe=""),
        ),
        operation_id="get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get",
        decode=_decode_get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get,
        kind="json",
        keywords=_KEYWORDS_GET_SPAN_EVALUATION_FIELD_OPTIONS_V1_OBSERVABILITY_SPANS_EVALUATIONS_FIELDS_FIELD_NAME_OPTIONS_GET,
        params=params,
        **_kwargs,
    )


BetaObservabilitySpansSearchSpansResult: TypeAlias = GetSpans


BetaObservabilitySpansAggregateSpansV1ObservabilitySpansAggregatePostResult: TypeAlias = Aggregation


BetaObservabilitySpansSearchSpanEvaluationsResult: TypeAlias = GetSpanEvaluations


BetaObservabilitySpansSearchLatestSpanEvaluationsResult: TypeAlias = GetSpanEvaluations


BetaObservabilitySpansListSpanFieldsResult: TypeAlias = GetSpanFields


BetaObservabilitySpansListSpanEvalFieldsResult: TypeAlias = GetSpanEvaluationFields


BetaObservabilitySpansFetchSpanFieldOptionsResult: TypeAlias = GetSpanFieldOptions


BetaObservabilitySpansFetchSpanEvalFieldOptionsResult: TypeAlias = GetSpanEvaluationFieldOptions


class BetaObservabilitySpans:
    """`client.beta.observability.spans`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaObservabilitySpansWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaObservabilitySpansWithRawResponse(self._transport)

    def search_spans(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpans:
        """Search spans

        Search spans

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpans

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_spans_v1_observability_spans_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def search_spans_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpans:
        """Search spans

        Search spans

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpans

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_spans_v1_observability_spans_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def aggregate_spans_v1_observability_spans_aggregate_post(
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
        """Aggregate spans

        Aggregate spans

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
            _aggregate_spans_v1_observability_spans_aggregate_post,
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

    async def aggregate_spans_v1_observability_spans_aggregate_post_async(
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
        """Aggregate spans

        Aggregate spans

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
            _aggregate_spans_v1_observability_spans_aggregate_post,
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

    def search_span_evaluations(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """Search span evaluations

        Search span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluations

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_span_evaluations_v1_observability_spans_evaluations_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def search_span_evaluations_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """Search span evaluations

        Search span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluations

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_span_evaluations_v1_observability_spans_evaluations_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def search_latest_span_evaluations(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """Search latest span evaluations

        Search latest span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluations

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send(request, options)

    async def search_latest_span_evaluations_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluations:
        """Search latest span evaluations

        Search latest span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluations

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_async(request, options)

    def list_span_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFields:
        """Get span field definitions

        Get span field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_span_fields_v1_observability_spans_fields_get, dict())
        return self._transport.send(request, options)

    async def list_span_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFields:
        """Get span field definitions

        Get span field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_span_fields_v1_observability_spans_fields_get, dict())
        return await self._transport.send_async(request, options)

    def list_span_eval_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFields:
        """Get span evaluation field definitions

        Get span evaluation field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluationFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get, dict()
        )
        return self._transport.send(request, options)

    async def list_span_eval_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFields:
        """Get span evaluation field definitions

        Get span evaluation field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluationFields

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get, dict()
        )
        return await self._transport.send_async(request, options)

    def fetch_span_field_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFieldOptions:
        """Get options for a span field

        Get options for a span field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_field_options_v1_observability_spans_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_span_field_options_async(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanFieldOptions:
        """Get options for a span field

        Get options for a span field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_field_options_v1_observability_spans_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_async(request, options)

    def fetch_span_eval_field_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field

        Get options for a span evaluation field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluationFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send(request, options)

    async def fetch_span_eval_field_options_async(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> GetSpanEvaluationFieldOptions:
        """Get options for a span evaluation field

        Get options for a span evaluation field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GetSpanEvaluationFieldOptions

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaObservabilitySpansWithRawResponse:
    """`client.beta.observability.spans`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def search_spans(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpans]:
        """Search spans

        Search spans

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpans]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_spans_v1_observability_spans_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def search_spans_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpans]:
        """Search spans

        Search spans

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpans]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_spans_v1_observability_spans_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def aggregate_spans_v1_observability_spans_aggregate_post(
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
        """Aggregate spans

        Aggregate spans

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
            _aggregate_spans_v1_observability_spans_aggregate_post,
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

    async def aggregate_spans_v1_observability_spans_aggregate_post_async(
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
        """Aggregate spans

        Aggregate spans

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
            _aggregate_spans_v1_observability_spans_aggregate_post,
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

    def search_span_evaluations(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluations]:
        """Search span evaluations

        Search span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluations]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_span_evaluations_v1_observability_spans_evaluations_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def search_span_evaluations_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluations]:
        """Search span evaluations

        Search span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluations]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_span_evaluations_v1_observability_spans_evaluations_search_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def search_latest_span_evaluations(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluations]:
        """Search latest span evaluations

        Search latest span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluations]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return self._transport.send_raw(request, options)

    async def search_latest_span_evaluations_async(
        self,
        *,
        search_expression: str | None | Unset = UNSET,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        page_size: int | Unset = 50,
        cursor: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluations]:
        """Search latest span evaluations

        Search latest span evaluations

        Args:
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            page_size (int | Unset):  Default: 50.
            cursor (None | str | Unset):
            search_expression (None | str | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluations]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _search_latest_span_evaluations_v1_observability_spans_evaluations_search_latest_post,
            dict(
                search_expression=search_expression,
                from_=from_,
                to=to,
                page_size=page_size,
                cursor=cursor,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def list_span_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanFields]:
        """Get span field definitions

        Get span field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_span_fields_v1_observability_spans_fields_get, dict())
        return self._transport.send_raw(request, options)

    async def list_span_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanFields]:
        """Get span field definitions

        Get span field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_get_span_fields_v1_observability_spans_fields_get, dict())
        return await self._transport.send_raw_async(request, options)

    def list_span_eval_fields(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluationFields]:
        """Get span evaluation field definitions

        Get span evaluation field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluationFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get, dict()
        )
        return self._transport.send_raw(request, options)

    async def list_span_eval_fields_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluationFields]:
        """Get span evaluation field definitions

        Get span evaluation field definitions

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluationFields]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_fields_v1_observability_spans_evaluations_fields_get, dict()
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_span_field_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanFieldOptions]:
        """Get options for a span field

        Get options for a span field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_field_options_v1_observability_spans_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_span_field_options_async(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanFieldOptions]:
        """Get options for a span field

        Get options for a span field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_field_options_v1_observability_spans_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def fetch_span_eval_field_options(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluationFieldOptions]:
        """Get options for a span evaluation field

        Get options for a span evaluation field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluationFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return self._transport.send_raw(request, options)

    async def fetch_span_eval_field_options_async(
        self,
        *,
        field_name: str,
        from_: datetime.datetime | None | Unset = UNSET,
        to: datetime.datetime | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GetSpanEvaluationFieldOptions]:
        """Get options for a span evaluation field

        Get options for a span evaluation field

        Args:
            field_name (str):
            from_ (datetime.datetime | None | Unset):
            to (datetime.datetime | None | Unset):
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GetSpanEvaluationFieldOptions]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _get_span_evaluation_field_options_v1_observability_spans_evaluations_fields_field_name_options_get,
            dict(
                field_name=field_name,
                from_=from_,
                to=to,
            ),
        )
        return await self._transport.send_raw_async(request, options)
