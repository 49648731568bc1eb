from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.scalar_metric import ScalarMetric
    from ..models.time_series_metric import TimeSeriesMetric
else:
    ScalarMetric = _Lazy(globals(), "scalar_metric", "ScalarMetric")
    TimeSeriesMetric = _Lazy(globals(), "time_series_metric", "TimeSeriesMetric")


T = TypeVar("T", bound="WorkflowMetrics")


class WorkflowMetrics:
    """Complete metrics for a specific workflow.

    This type combines all metric categories.

        Attributes:
            execution_count (ScalarMetric): Scalar metric with a single value.
            success_count (ScalarMetric): Scalar metric with a single value.
            error_count (ScalarMetric): Scalar metric with a single value.
            average_latency_ms (ScalarMetric): Scalar metric with a single value.
            latency_over_time (TimeSeriesMetric): Time-series metric with timestamp-value pairs.
            retry_rate (ScalarMetric): Scalar metric with a single value.
    """

    __slots__ = (
        "additional_properties",
        "average_latency_ms",
        "error_count",
        "execution_count",
        "latency_over_time",
        "retry_rate",
        "success_count",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "execution_count",
        "success_count",
        "error_count",
        "average_latency_ms",
        "latency_over_time",
        "retry_rate",
    )

    execution_count: ScalarMetric
    success_count: ScalarMetric
    error_count: ScalarMetric
    average_latency_ms: ScalarMetric
    latency_over_time: TimeSeriesMetric
    retry_rate: ScalarMetric
    additional_properties: dict[str, Any]

    def __init__(
        self,
        execution_count: ScalarMetric,
        success_count: ScalarMetric,
        error_count: ScalarMetric,
        average_latency_ms: ScalarMetric,
        latency_over_time: TimeSeriesMetric,
        retry_rate: ScalarMetric,
    ) -> None:
        self.execution_count = execution_count
        self.success_count = success_count
        self.error_count = error_count
        self.average_latency_ms = average_latency_ms
        self.latency_over_time = latency_over_time
        self.retry_rate = retry_rate
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                execution_count = self.execution_count.to_dict()
            except AttributeError:
                if isinstance(self.execution_count, ScalarMetric):
                    raise
                execution_count = _as_dict(self.execution_count, "ScalarMetric")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "execution_count")
            raise

        try:
            try:
                success_count = self.success_count.to_dict()
            except AttributeError:
                if isinstance(self.success_count, ScalarMetric):
                    raise
                success_count = _as_dict(self.success_count, "ScalarMetric")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "success_count")
            raise

        try:
            try:
                error_count = self.error_count.to_dict()
            except AttributeError:
                if isinstance(self.error_count, ScalarMetric):
                    raise
                error_count = _as_dict(self.error_count, "ScalarMetric")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "error_count")
            raise

        try:
            try:
                average_latency_ms = self.average_latency_ms.to_dict()
            except AttributeError:
                if isinstance(self.average_latency_ms, ScalarMetric):
                    raise
                average_latency_ms = _as_dict(self.average_latency_ms, "ScalarMetric")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "average_latency_ms")
            raise

        try:
            try:
                latency_over_time = self.latency_over_time.to_dict()
            except AttributeError:
                if isinstance(self.latency_over_time, TimeSeriesMetric):
                    raise
                latency_over_time = _as_dict(self.latency_over_time, "TimeSeriesMetric")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "latency_over_time")
            raise

        try:
            try:
                retry_rate = self.retry_rate.to_dict()
            except AttributeError:
                if isinstance(self.retry_rate, ScalarMetric):
                    raise
                retry_rate = _as_dict(self.retry_rate, "ScalarMetric")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "retry_rate")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "execution_count": execution_count,
                "success_count": success_count,
                "error_count": error_count,
                "average_latency_ms": average_latency_ms,
                "latency_over_time": latency_over_time,
                "retry_rate": retry_rate,
            }
        )

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
        execution_count = ScalarMetric.from_dict(d.pop("execution_count"))

        success_count = ScalarMetric.from_dict(d.pop("success_count"))

        error_count = ScalarMetric.from_dict(d.pop("error_count"))

        average_latency_ms = ScalarMetric.from_dict(d.pop("average_latency_ms"))

        latency_over_time = TimeSeriesMetric.from_dict(d.pop("latency_over_time"))

        retry_rate = ScalarMetric.from_dict(d.pop("retry_rate"))

        workflow_metrics = cls(
            execution_count,
            success_count,
            error_count,
            average_latency_ms,
            latency_over_time,
            retry_rate,
        )

        workflow_metrics.additional_properties = d
        return workflow_metrics

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
