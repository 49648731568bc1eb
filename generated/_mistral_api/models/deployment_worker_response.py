from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.deployment_location import DeploymentLocation
else:
    DeploymentLocation = _Lazy(globals(), "deployment_location", "DeploymentLocation")


T = TypeVar("T", bound="DeploymentWorkerResponse")


class DeploymentWorkerResponse:
    """
    Attributes:
        name (str): Worker name
        created_at (datetime.datetime): When the worker first registered
        updated_at (datetime.datetime): When the worker last registered
        is_active (bool): Whether this worker's liveness key is currently alive
        location (DeploymentLocation | None | Unset): Where the worker is running; null if the worker did not report a
            location
    """

    __slots__ = ("additional_properties", "created_at", "is_active", "location", "name", "updated_at")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "created_at",
        "updated_at",
        "is_active",
        "location",
    )

    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    is_active: bool
    location: DeploymentLocation | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        is_active: bool,
        location: DeploymentLocation | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.created_at = created_at
        self.updated_at = updated_at
        self.is_active = is_active
        self.location = location
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        is_active = self.is_active

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "is_active": is_active,
            }
        )
        if location is not UNSET:
            field_dict["location"] = location

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
        name = d.pop("name")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        is_active = d.pop("is_active")

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

        deployment_worker_response = cls(
            name,
            created_at,
            updated_at,
            is_active,
            location,
        )

        deployment_worker_response.additional_properties = d
        return deployment_worker_response

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
