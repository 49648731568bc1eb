from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.register_deployment_request_deployment_status import RegisterDeploymentRequestDeploymentStatus
    from ..models.register_deployment_request_vespa_deployment import RegisterDeploymentRequestVespaDeployment
else:
    RegisterDeploymentRequestDeploymentStatus = _Lazy(
        globals(), "register_deployment_request_deployment_status", "RegisterDeploymentRequestDeploymentStatus"
    )
    RegisterDeploymentRequestVespaDeployment = _Lazy(
        globals(), "register_deployment_request_vespa_deployment", "RegisterDeploymentRequestVespaDeployment"
    )


T = TypeVar("T", bound="RegisterDeploymentRequestDeployment")


class RegisterDeploymentRequestDeployment:
    """
    Attributes:
        name (str):
        deployment (RegisterDeploymentRequestVespaDeployment):
        status (RegisterDeploymentRequestDeploymentStatus | Unset):  Default:
            RegisterDeploymentRequestDeploymentStatus.OFFLINE.
    """

    __slots__ = ("additional_properties", "deployment", "name", "status")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "deployment",
        "status",
    )

    name: str
    deployment: RegisterDeploymentRequestVespaDeployment
    status: RegisterDeploymentRequestDeploymentStatus | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        deployment: RegisterDeploymentRequestVespaDeployment,
        status: RegisterDeploymentRequestDeploymentStatus | Unset = UNSET,
    ) -> None:
        self.name = name
        self.deployment = deployment
        self.status = status
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                deployment = self.deployment.to_dict()
            except AttributeError:
                if isinstance(self.deployment, RegisterDeploymentRequestVespaDeployment):
                    raise
                deployment = _as_dict(self.deployment, "RegisterDeploymentRequestVespaDeployment")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "deployment")
            raise

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = str(self.status)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "deployment": deployment,
            }
        )
        if status is not UNSET:
            field_dict["status"] = status

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

        deployment = RegisterDeploymentRequestVespaDeployment.from_dict(d.pop("deployment"))

        _status = d.pop("status", UNSET)
        status: RegisterDeploymentRequestDeploymentStatus | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = RegisterDeploymentRequestDeploymentStatus(_status)

        register_deployment_request_deployment = cls(
            name,
            deployment,
            status,
        )

        register_deployment_request_deployment.additional_properties = d
        return register_deployment_request_deployment

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
