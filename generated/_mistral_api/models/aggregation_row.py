from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.aggregation_row_dimensions import AggregationRowDimensions
else:
    AggregationRowDimensions = _Lazy(globals(), "aggregation_row_dimensions", "AggregationRowDimensions")


T = TypeVar("T", bound="AggregationRow")


class AggregationRow:
    """
    Attributes:
        metric_name (str):
        time_bucket (datetime.datetime | None | Unset):
        dimensions (AggregationRowDimensions | Unset):
        metric_value (float | int | None | Unset):
    """

    __slots__ = ("additional_properties", "dimensions", "metric_name", "metric_value", "time_bucket")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "metric_name",
        "time_bucket",
        "dimensions",
        "metric_value",
    )

    metric_name: str
    time_bucket: datetime.datetime | None | Unset
    dimensions: AggregationRowDimensions | Unset
    metric_value: float | int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        metric_name: str,
        time_bucket: datetime.datetime | None | Unset = UNSET,
        dimensions: AggregationRowDimensions | Unset = UNSET,
        metric_value: float | None | Unset = UNSET,
    ) -> None:
        self.metric_name = metric_name
        self.time_bucket = time_bucket
        self.dimensions = dimensions
        self.metric_value = metric_value
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        metric_name = self.metric_name

        time_bucket: None | str | Unset
        if isinstance(self.time_bucket, Unset):
            time_bucket = UNSET
        elif isinstance(self.time_bucket, datetime.datetime):
            time_bucket = self.time_bucket.isoformat().replace("+00:00", "Z")
        else:
            time_bucket = self.time_bucket

        try:
            dimensions: dict[str, Any] | Unset = UNSET
            if not isinstance(self.dimensions, Unset):
                try:
                    dimensions = self.dimensions.to_dict()
                except AttributeError:
                    if isinstance(self.dimensions, AggregationRowDimensions):
                        raise
                    dimensions = _as_dict(self.dimensions, "AggregationRowDimensions")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "dimensions")
            raise

        metric_value: float | int | None | Unset
        if isinstance(self.metric_value, Unset):
            metric_value = UNSET
        else:
            metric_value = self.metric_value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "metric_name": metric_name,
            }
        )
        if time_bucket is not UNSET:
            field_dict["time_bucket"] = time_bucket
        if dimensions is not UNSET:
            field_dict["dimensions"] = dimensions
        if metric_value is not UNSET:
            field_dict["metric_value"] = metric_value

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
        metric_name = d.pop("metric_name")

        _time_bucket_data = d.pop("time_bucket", UNSET)
        time_bucket: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _time_bucket_data is None:
                time_bucket = _time_bucket_data
                break
            if isinstance(_time_bucket_data, Unset):
                time_bucket = _time_bucket_data
                break
            if isinstance(_time_bucket_data, str):
                try:
                    time_bucket_type_0 = datetime.datetime.fromisoformat(_time_bucket_data)

                    time_bucket = time_bucket_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            time_bucket = cast("datetime.datetime | None | Unset", _time_bucket_data)
            break

        _dimensions = d.pop("dimensions", UNSET)
        dimensions: AggregationRowDimensions | Unset
        if isinstance(_dimensions, Unset):
            dimensions = UNSET
        else:
            dimensions = AggregationRowDimensions.from_dict(_dimensions)

        metric_value: float | int | None | Unset = d.pop("metric_value", UNSET)

        aggregation_row = cls(
            metric_name,
            time_bucket,
            dimensions,
            metric_value,
        )

        aggregation_row.additional_properties = d
        return aggregation_row

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
