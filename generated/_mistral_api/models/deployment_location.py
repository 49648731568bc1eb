from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.location_type import LocationType
else:
    LocationType = _Lazy(globals(), "location_type", "LocationType")


T = TypeVar("T", bound="DeploymentLocation")


class DeploymentLocation:
    """
    Attributes:
        location_type (LocationType):
        k8s_cluster (None | str | Unset): K8s cluster name, if applicable
        k8s_namespace (None | str | Unset): K8s namespace, if applicable
    """

    __slots__ = ("additional_properties", "k8s_cluster", "k8s_namespace", "location_type")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "location_type",
        "k8s_cluster",
        "k8s_namespace",
    )

    location_type: LocationType
    k8s_cluster: None | str | Unset
    k8s_namespace: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        location_type: LocationType,
        k8s_cluster: None | str | Unset = UNSET,
        k8s_namespace: None | str | Unset = UNSET,
    ) -> None:
        self.location_type = location_type
        self.k8s_cluster = k8s_cluster
        self.k8s_namespace = k8s_namespace
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        location_type = str(self.location_type)

        k8s_cluster: None | str | Unset
        if isinstance(self.k8s_cluster, Unset):
            k8s_cluster = UNSET
        else:
            k8s_cluster = self.k8s_cluster

        k8s_namespace: None | str | Unset
        if isinstance(self.k8s_namespace, Unset):
            k8s_namespace = UNSET
        else:
            k8s_namespace = self.k8s_namespace

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "location_type": location_type,
            }
        )
        if k8s_cluster is not UNSET:
            field_dict["k8s_cluster"] = k8s_cluster
        if k8s_namespace is not UNSET:
            field_dict["k8s_namespace"] = k8s_namespace

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
        location_type = LocationType(d.pop("location_type"))

        k8s_cluster: None | str | Unset = d.pop("k8s_cluster", UNSET)

        k8s_namespace: None | str | Unset = d.pop("k8s_namespace", UNSET)

        deployment_location = cls(
            location_type,
            k8s_cluster,
            k8s_namespace,
        )

        deployment_location.additional_properties = d
        return deployment_location

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
