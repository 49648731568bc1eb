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
    from ..models.deployment_observed_state import DeploymentObservedState
    from ..models.deployment_resource_config import DeploymentResourceConfig
    from ..models.deployment_worker_spec_response import DeploymentWorkerSpecResponse
else:
    DeploymentObservedState = _Lazy(globals(), "deployment_observed_state", "DeploymentObservedState")
    DeploymentResourceConfig = _Lazy(globals(), "deployment_resource_config", "DeploymentResourceConfig")
    DeploymentWorkerSpecResponse = _Lazy(globals(), "deployment_worker_spec_response", "DeploymentWorkerSpecResponse")


T = TypeVar("T", bound="ManagedDeploymentResponse")


class ManagedDeploymentResponse:
    """
    Attributes:
        service_id (str):
        name (str):
        spec (DeploymentWorkerSpecResponse):
        resources (DeploymentResourceConfig):
        status (DeploymentObservedState):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        stopped (bool | Unset):  Default: False.
        rollout_status (None | str | Unset):
        created_by (None | str | Unset):
        updated_by (None | str | Unset):
        deployed_by (None | str | Unset):
        deployed_at (datetime.datetime | None | Unset):
        is_hardened (bool | Unset):  Default: False.
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "created_by",
        "deployed_at",
        "deployed_by",
        "is_hardened",
        "name",
        "resources",
        "rollout_status",
        "service_id",
        "spec",
        "status",
        "stopped",
        "updated_at",
        "updated_by",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "service_id",
        "name",
        "spec",
        "resources",
        "status",
        "created_at",
        "updated_at",
        "stopped",
        "rollout_status",
        "created_by",
        "updated_by",
        "deployed_by",
        "deployed_at",
        "is_hardened",
    )

    service_id: str
    name: str
    spec: DeploymentWorkerSpecResponse
    resources: DeploymentResourceConfig
    status: DeploymentObservedState
    created_at: datetime.datetime
    updated_at: datetime.datetime
    stopped: bool | Unset
    rollout_status: None | str | Unset
    created_by: None | str | Unset
    updated_by: None | str | Unset
    deployed_by: None | str | Unset
    deployed_at: datetime.datetime | None | Unset
    is_hardened: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        service_id: str,
        name: str,
        spec: DeploymentWorkerSpecResponse,
        resources: DeploymentResourceConfig,
        status: DeploymentObservedState,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        stopped: bool | Unset = UNSET,
        rollout_status: None | str | Unset = UNSET,
        created_by: None | str | Unset = UNSET,
        updated_by: None | str | Unset = UNSET,
        deployed_by: None | str | Unset = UNSET,
        deployed_at: datetime.datetime | None | Unset = UNSET,
        is_hardened: bool | Unset = UNSET,
    ) -> None:
        self.service_id = service_id
        self.name = name
        self.spec = spec
        self.resources = resources
        self.status = status
        self.created_at = created_at
        self.updated_at = updated_at
        self.stopped = stopped
        self.rollout_status = rollout_status
        self.created_by = created_by
        self.updated_by = updated_by
        self.deployed_by = deployed_by
        self.deployed_at = deployed_at
        self.is_hardened = is_hardened
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        service_id = self.service_id

        name = self.name

        try:
            try:
                spec = self.spec.to_dict()
            except AttributeError:
                if isinstance(self.spec, DeploymentWorkerSpecResponse):
                    raise
                spec = _as_dict(self.spec, "DeploymentWorkerSpecResponse")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "spec")
            raise

        try:
            try:
                resources = self.resources.to_dict()
            except AttributeError:
                if isinstance(self.resources, DeploymentResourceConfig):
                    raise
                resources = _as_dict(self.resources, "DeploymentResourceConfig")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resources")
            raise

        try:
            try:
                status = self.status.to_dict()
            except AttributeError:
                if isinstance(self.status, DeploymentObservedState):
                    raise
                status = _as_dict(self.status, "DeploymentObservedState")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "status")
            raise

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        stopped = self.stopped

        rollout_status: None | str | Unset
        if isinstance(self.rollout_status, Unset):
            rollout_status = UNSET
        else:
            rollout_status = self.rollout_status

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        else:
            created_by = self.created_by

        updated_by: None | str | Unset
        if isinstance(self.updated_by, Unset):
            updated_by = UNSET
        else:
            updated_by = self.updated_by

        deployed_by: None | str | Unset
        if isinstance(self.deployed_by, Unset):
            deployed_by = UNSET
        else:
            deployed_by = self.deployed_by

        deployed_at: None | str | Unset
        if isinstance(self.deployed_at, Unset):
            deployed_at = UNSET
        elif isinstance(self.deployed_at, datetime.datetime):
            deployed_at = self.deployed_at.isoformat().replace("+00:00", "Z")
        else:
            deployed_at = self.deployed_at

        is_hardened = self.is_hardened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "service_id": service_id,
                "name": name,
                "spec": spec,
                "resources": resources,
                "status": status,
                "created_at": created_at,
                "updated_at": updated_at,
            }
        )
        if stopped is not UNSET:
            field_dict["stopped"] = stopped
        if rollout_status is not UNSET:
            field_dict["rollout_status"] = rollout_status
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if deployed_by is not UNSET:
            field_dict["deployed_by"] = deployed_by
        if deployed_at is not UNSET:
            field_dict["deployed_at"] = deployed_at
        if is_hardened is not UNSET:
            field_dict["is_hardened"] = is_hardened

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
        service_id = d.pop("service_id")

        name = d.pop("name")

        spec = DeploymentWorkerSpecResponse.from_dict(d.pop("spec"))

        resources = DeploymentResourceConfig.from_dict(d.pop("resources"))

        status = DeploymentObservedState.from_dict(d.pop("status"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        stopped = d.pop("stopped", UNSET)

        rollout_status: None | str | Unset = d.pop("rollout_status", UNSET)

        created_by: None | str | Unset = d.pop("created_by", UNSET)

        updated_by: None | str | Unset = d.pop("updated_by", UNSET)

        deployed_by: None | str | Unset = d.pop("deployed_by", UNSET)

        _deployed_at_data = d.pop("deployed_at", UNSET)
        deployed_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _deployed_at_data is None:
                deployed_at = _deployed_at_data
                break
            if isinstance(_deployed_at_data, Unset):
                deployed_at = _deployed_at_data
                break
            if isinstance(_deployed_at_data, str):
                try:
                    deployed_at_type_0 = datetime.datetime.fromisoformat(_deployed_at_data)

                    deployed_at = deployed_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deployed_at = cast("datetime.datetime | None | Unset", _deployed_at_data)
            break

        is_hardened = d.pop("is_hardened", UNSET)

        managed_deployment_response = cls(
            service_id,
            name,
            spec,
            resources,
            status,
            created_at,
            updated_at,
            stopped,
            rollout_status,
            created_by,
            updated_by,
            deployed_by,
            deployed_at,
            is_hardened,
        )

        managed_deployment_response.additional_properties = d
        return managed_deployment_response

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
