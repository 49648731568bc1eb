from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.deployment_location import DeploymentLocation
    from ..models.location_type import LocationType
    from ..models.managed_deployment_response import ManagedDeploymentResponse
else:
    DeploymentLocation = _Lazy(globals(), "deployment_location", "DeploymentLocation")
    LocationType = _Lazy(globals(), "location_type", "LocationType")
    ManagedDeploymentResponse = _Lazy(globals(), "managed_deployment_response", "ManagedDeploymentResponse")


T = TypeVar("T", bound="DeploymentResponse")


class DeploymentResponse:
    """
    Attributes:
        id (UUID): Unique identifier of the deployment
        name (str): Deployment name
        is_active (bool): Whether at least one worker is currently live
        created_at (datetime.datetime): When the deployment was first registered
        updated_at (datetime.datetime): When the deployment was last updated
        is_hardened (bool | Unset): Whether the deployment has at least one authorized credential Default: False.
        location (DeploymentLocation | None | Unset): Where the deployment is running
        worker_count (int | Unset): Number of workers registered to the deployment Default: 0.
        active_worker_count (int | Unset): Number of workers currently live within the liveness cutoff Default: 0.
        locations (list[LocationType] | Unset): Distinct location types reported by the deployment's workers
        managed (ManagedDeploymentResponse | None | Unset): Live managed service state for managed deployments; null for
            self-hosted deployments or when managed services are unavailable
    """

    __slots__ = (
        "active_worker_count",
        "additional_properties",
        "created_at",
        "id",
        "is_active",
        "is_hardened",
        "location",
        "locations",
        "managed",
        "name",
        "updated_at",
        "worker_count",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "is_active",
        "created_at",
        "updated_at",
        "is_hardened",
        "location",
        "worker_count",
        "active_worker_count",
        "locations",
        "managed",
    )

    id: UUID
    name: str
    is_active: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_hardened: bool | Unset
    location: DeploymentLocation | None | Unset
    worker_count: int | Unset
    active_worker_count: int | Unset
    locations: list[LocationType] | Unset
    managed: ManagedDeploymentResponse | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        is_active: bool,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        is_hardened: bool | Unset = UNSET,
        location: DeploymentLocation | None | Unset = UNSET,
        worker_count: int | Unset = UNSET,
        active_worker_count: int | Unset = UNSET,
        locations: list[LocationType] | Unset = UNSET,
        managed: ManagedDeploymentResponse | None | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.is_active = is_active
        self.created_at = created_at
        self.updated_at = updated_at
        self.is_hardened = is_hardened
        self.location = location
        self.worker_count = worker_count
        self.active_worker_count = active_worker_count
        self.locations = locations
        self.managed = managed
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        is_active = self.is_active

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        is_hardened = self.is_hardened

        try:
            location: dict[str, Any] | None | Unset
            if isinstance(self.location, Unset):
                location = UNSET
            elif isinstance(self.location, DeploymentLocation):
                location = self.location.to_dict()
            else:
                location = self.location
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "location")
            raise

        worker_count = self.worker_count

        active_worker_count = self.active_worker_count

        locations: list[str] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = []
            for locations_item_data in self.locations:
                locations_item = str(locations_item_data)
                locations.append(locations_item)

        try:
            managed: dict[str, Any] | None | Unset
            if isinstance(self.managed, Unset):
                managed = UNSET
            elif isinstance(self.managed, ManagedDeploymentResponse):
                managed = self.managed.to_dict()
            else:
                managed = self.managed
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "managed")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "is_active": is_active,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if is_hardened is not UNSET:
            field_dict["is_hardened"] = is_hardened
        if location is not UNSET:
            field_dict["location"] = location
        if worker_count is not UNSET:
            field_dict["worker_count"] = worker_count
        if active_worker_count is not UNSET:
            field_dict["active_worker_count"] = active_worker_count
        if locations is not UNSET:
            field_dict["locations"] = locations
        if managed is not UNSET:
            field_dict["managed"] = managed

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
        id = UUID(d.pop("id"))

        name = d.pop("name")

        is_active = d.pop("is_active")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        is_hardened = d.pop("is_hardened", UNSET)

        _location_data = d.pop("location", UNSET)
        location: DeploymentLocation | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _location_data is None:
                location = _location_data
                break
            if isinstance(_location_data, Unset):
                location = _location_data
                break
            if isinstance(_location_data, dict):
                try:
                    location_type_0 = DeploymentLocation.from_dict(_location_data)

                    location = location_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            location = cast("DeploymentLocation | None | Unset", _location_data)
            break

        worker_count = d.pop("worker_count", UNSET)

        active_worker_count = d.pop("active_worker_count", UNSET)

        _locations = d.pop("locations", UNSET)
        locations: list[LocationType] | Unset = UNSET
        if _locations is not UNSET:
            locations = []
            for locations_item_data in _locations:
                locations_item = LocationType(locations_item_data)

                locations.append(locations_item)

        _managed_data = d.pop("managed", UNSET)
        managed: ManagedDeploymentResponse | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _managed_data is None:
                managed = _managed_data
                break
            if isinstance(_managed_data, Unset):
                managed = _managed_data
                break
            if isinstance(_managed_data, dict):
                try:
                    managed_type_0 = ManagedDeploymentResponse.from_dict(_managed_data)

                    managed = managed_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            managed = cast("ManagedDeploymentResponse | None | Unset", _managed_data)
            break

        deployment_response = cls(
            id,
            name,
            is_active,
            created_at,
            updated_at,
            is_hardened,
            location,
            worker_count,
            active_worker_count,
            locations,
            managed,
        )

        deployment_response.additional_properties = d
        return deployment_response

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
