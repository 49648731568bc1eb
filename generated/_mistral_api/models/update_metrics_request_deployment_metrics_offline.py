from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="UpdateMetricsRequestDeploymentMetricsOffline")


class UpdateMetricsRequestDeploymentMetricsOffline:
    """
    Attributes:
        status (Literal['offline']):
        clear_metrics (bool | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "clear_metrics", "status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "status",
        "clear_metrics",
    )

    status: Literal["offline"]
    clear_metrics: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status: Literal["offline"],
        clear_metrics: bool | Unset = UNSET,
    ) -> None:
        self.status = status
        self.clear_metrics = clear_metrics
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        clear_metrics = self.clear_metrics

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if clear_metrics is not UNSET:
            field_dict["clear_metrics"] = clear_metrics

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
        status = cast(Literal["offline"], d.pop("status"))
        if status != "offline":
            raise ValueError(f"status must match const 'offline', got '{status}'")

        clear_metrics = d.pop("clear_metrics", UNSET)

        update_metrics_request_deployment_metrics_offline = cls(
            status,
            clear_metrics,
        )

        update_metrics_request_deployment_metrics_offline.additional_properties = d
        return update_metrics_request_deployment_metrics_offline

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
