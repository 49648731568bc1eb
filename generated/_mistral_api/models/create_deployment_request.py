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
    from ..models.deployment_resource_config import DeploymentResourceConfig
    from ..models.deployment_worker_spec_input import DeploymentWorkerSpecInput
else:
    DeploymentResourceConfig = _Lazy(globals(), "deployment_resource_config", "DeploymentResourceConfig")
    DeploymentWorkerSpecInput = _Lazy(globals(), "deployment_worker_spec_input", "DeploymentWorkerSpecInput")


T = TypeVar("T", bound="CreateDeploymentRequest")


class CreateDeploymentRequest:
    """
    Attributes:
        name (str):
        spec (DeploymentWorkerSpecInput):
        resources (DeploymentResourceConfig | None | Unset):
        hardened (bool | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "hardened", "name", "resources", "spec")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "spec",
        "resources",
        "hardened",
    )

    name: str
    spec: DeploymentWorkerSpecInput
    resources: DeploymentResourceConfig | None | Unset
    hardened: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        spec: DeploymentWorkerSpecInput,
        resources: DeploymentResourceConfig | None | Unset = UNSET,
        hardened: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.spec = spec
        self.resources = resources
        self.hardened = hardened
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        try:
            try:
                spec = self.spec.to_dict()
            except AttributeError:
                if isinstance(self.spec, DeploymentWorkerSpecInput):
                    raise
                spec = _as_dict(self.spec, "DeploymentWorkerSpecInput")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "spec")
            raise

        try:
            resources: dict[str, Any] | None | Unset
            if isinstance(self.resources, Unset):
                resources = UNSET
            elif isinstance(self.resources, DeploymentResourceConfig):
                resources = self.resources.to_dict()
            else:
                resources = self.resources
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resources")
            raise

        hardened = self.hardened

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "spec": spec,
            }
        )
        if resources is not UNSET:
            field_dict["resources"] = resources
        if hardened is not UNSET:
            field_dict["hardened"] = hardened

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

        spec = DeploymentWorkerSpecInput.from_dict(d.pop("spec"))

        _resources_data = d.pop("resources", UNSET)
        resources: DeploymentResourceConfig | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _resources_data is None:
                resources = _resources_data
                break
            if isinstance(_resources_data, Unset):
                resources = _resources_data
                break
            if isinstance(_resources_data, dict):
                try:
                    resources_type_0 = DeploymentResourceConfig.from_dict(_resources_data)

                    resources = resources_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            resources = cast("DeploymentResourceConfig | None | Unset", _resources_data)
            break

        hardened = d.pop("hardened", UNSET)

        create_deployment_request = cls(
            name,
            spec,
            resources,
            hardened,
        )

        create_deployment_request.additional_properties = d
        return create_deployment_request

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
