from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.update_metrics_request_index_metrics import UpdateMetricsRequestIndexMetrics
else:
    UpdateMetricsRequestIndexMetrics = _Lazy(
        globals(), "update_metrics_request_index_metrics", "UpdateMetricsRequestIndexMetrics"
    )


T = TypeVar("T", bound="UpdateMetricsRequestDeploymentMetricsOnline")


class UpdateMetricsRequestDeploymentMetricsOnline:
    """
    Attributes:
        status (Literal['online']):
        document_count (int):
        index_metrics (list[UpdateMetricsRequestIndexMetrics]):
    """

    __slots__ = ("additional_properties", "document_count", "index_metrics", "status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "status",
        "document_count",
        "index_metrics",
    )

    status: Literal["online"]
    document_count: int
    index_metrics: list[UpdateMetricsRequestIndexMetrics]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: Literal["online"],
        document_count: int,
        index_metrics: list[UpdateMetricsRequestIndexMetrics],
    ) -> None:
        self.status = status
        self.document_count = document_count
        self.index_metrics = index_metrics
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        document_count = self.document_count

        try:
            index_metrics = []
            try:
                for index_metrics_item_data in self.index_metrics:
                    try:
                        index_metrics_item = index_metrics_item_data.to_dict()
                    except AttributeError:
                        if isinstance(index_metrics_item_data, UpdateMetricsRequestIndexMetrics):
                            raise
                        index_metrics_item = _as_dict(index_metrics_item_data, "UpdateMetricsRequestIndexMetrics")
                    index_metrics.append(index_metrics_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(index_metrics))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "index_metrics")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
                "document_count": document_count,
                "index_metrics": index_metrics,
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
        status = cast(Literal["online"], d.pop("status"))
        if status != "online":
            raise ValueError(f"status must match const 'online', got '{status}'")

        document_count = d.pop("document_count")

        index_metrics = []
        _index_metrics = d.pop("index_metrics")
        for index_metrics_item_data in _index_metrics:
            index_metrics_item = UpdateMetricsRequestIndexMetrics.from_dict(index_metrics_item_data)

            index_metrics.append(index_metrics_item)

        update_metrics_request_deployment_metrics_online = cls(
            status,
            document_count,
            index_metrics,
        )

        update_metrics_request_deployment_metrics_online.additional_properties = d
        return update_metrics_request_deployment_metrics_online

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
