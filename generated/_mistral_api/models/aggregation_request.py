from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.metric_definition import MetricDefinition
    from ..models.order_by_clause import OrderByClause
    from ..models.time_dimension import TimeDimension
else:
    MetricDefinition = _Lazy(globals(), "metric_definition", "MetricDefinition")
    OrderByClause = _Lazy(globals(), "order_by_clause", "OrderByClause")
    TimeDimension = _Lazy(globals(), "time_dimension", "TimeDimension")


T = TypeVar("T", bound="AggregationRequest")


class AggregationRequest:
    """
    Attributes:
        metric (MetricDefinition):
        dimensions (list[str] | Unset):
        time_dimension (None | TimeDimension | Unset):
        search_expression (None | str | Unset):
        order_by (list[OrderByClause] | None | Unset):
        limit (int | Unset):  Default: 1000.
    """

    __slots__ = (
        "additional_properties",
        "dimensions",
        "limit",
        "metric",
        "order_by",
        "search_expression",
        "time_dimension",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "metric",
        "dimensions",
        "time_dimension",
        "search_expression",
        "order_by",
        "limit",
    )

    metric: MetricDefinition
    dimensions: list[str] | Unset
    time_dimension: None | TimeDimension | Unset
    search_expression: None | str | Unset
    order_by: list[OrderByClause] | None | Unset
    limit: int | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metric: MetricDefinition,
        dimensions: list[str] | Unset = UNSET,
        time_dimension: None | TimeDimension | Unset = UNSET,
        search_expression: None | str | Unset = UNSET,
        order_by: list[OrderByClause] | None | Unset = UNSET,
        limit: int | Unset = UNSET,
    ) -> None:
        self.metric = metric
        self.dimensions = dimensions
        self.time_dimension = time_dimension
        self.search_expression = search_expression
        self.order_by = order_by
        self.limit = limit
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                metric = self.metric.to_dict()
            except AttributeError:
                if isinstance(self.metric, MetricDefinition):
                    raise
                metric = _as_dict(self.metric, "MetricDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metric")
            raise

        dimensions: list[str] | Unset = UNSET
        if not isinstance(self.dimensions, Unset):
            dimensions = self.dimensions

        try:
            time_dimension: dict[str, Any] | None | Unset
            if isinstance(self.time_dimension, Unset):
                time_dimension = UNSET
            elif isinstance(self.time_dimension, TimeDimension):
                time_dimension = self.time_dimension.to_dict()
            else:
                time_dimension = self.time_dimension
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "time_dimension")
            raise

        search_expression: None | str | Unset
        if isinstance(self.search_expression, Unset):
            search_expression = UNSET
        else:
            search_expression = self.search_expression

        try:
            order_by: list[dict[str, Any]] | None | Unset
            if isinstance(self.order_by, Unset):
                order_by = UNSET
            elif isinstance(self.order_by, list):
                order_by = []
                try:
                    for order_by_type_0_item_data in self.order_by:
                        try:
                            order_by_type_0_item = order_by_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(order_by_type_0_item_data, OrderByClause):
                                raise
                            order_by_type_0_item = _as_dict(order_by_type_0_item_data, "OrderByClause")
                        order_by.append(order_by_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(order_by))
                    raise
            else:
                order_by = self.order_by
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "order_by")
            raise

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric": metric,
            }
        )
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if time_dimension is not UNSET:
            field_dict["time_dimension"] = time_dimension
        if search_expression is not UNSET:
            field_dict["search_expression"] = search_expression
        if order_by is not UNSET:
            field_dict["order_by"] = order_by
        if limit is not UNSET:
            field_dict["limit"] = limit

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
        metric = MetricDefinition.from_dict(d.pop("metric"))

        dimensions = cast(list[str], d.pop("dimensions", UNSET))

        _time_dimension_data = d.pop("time_dimension", UNSET)
        time_dimension: None | TimeDimension | Unset
        while True:  # one pass; each break is the generator's `return`
            if _time_dimension_data is None:
                time_dimension = _time_dimension_data
                break
            if isinstance(_time_dimension_data, Unset):
                time_dimension = _time_dimension_data
                break
            if isinstance(_time_dimension_data, dict):
                try:
                    time_dimension_type_0 = TimeDimension.from_dict(_time_dimension_data)

                    time_dimension = time_dimension_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            time_dimension = cast("None | TimeDimension | Unset", _time_dimension_data)
            break

        search_expression: None | str | Unset = d.pop("search_expression", UNSET)

        _order_by_data = d.pop("order_by", UNSET)
        order_by: list[OrderByClause] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _order_by_data is None:
                order_by = _order_by_data
                break
            if isinstance(_order_by_data, Unset):
                order_by = _order_by_data
                break
            if isinstance(_order_by_data, list):
                try:
                    order_by_type_0 = []
                    _order_by_type_0 = _order_by_data
                    for order_by_type_0_item_data in _order_by_type_0:
                        order_by_type_0_item = OrderByClause.from_dict(order_by_type_0_item_data)

                        order_by_type_0.append(order_by_type_0_item)

                    order_by = order_by_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            order_by = cast("list[OrderByClause] | None | Unset", _order_by_data)
            break

        limit = d.pop("limit", UNSET)

        aggregation_request = cls(
            metric,
            dimensions,
            time_dimension,
            search_expression,
            order_by,
            limit,
        )

        aggregation_request.additional_properties = d
        return aggregation_request

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
