from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.deployment_resource_config_update import DeploymentResourceConfigUpdate
    from ..models.workflows_worker_spec_update import WorkflowsWorkerSpecUpdate
else:
    DeploymentResourceConfigUpdate = _Lazy(
        globals(), "deployment_resource_config_update", "DeploymentResourceConfigUpdate"
    )
    WorkflowsWorkerSpecUpdate = _Lazy(globals(), "workflows_worker_spec_update", "WorkflowsWorkerSpecUpdate")


T = TypeVar("T", bound="UpdateDeploymentRequest")


class UpdateDeploymentRequest:
    """
    Attributes:
        spec (None | Unset | WorkflowsWorkerSpecUpdate):
        resources (DeploymentResourceConfigUpdate | None | Unset):
    """

    __slots__ = ("additional_properties", "resources", "spec")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "spec",
        "resources",
    )

    spec: None | Unset | WorkflowsWorkerSpecUpdate
    resources: DeploymentResourceConfigUpdate | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        spec: None | Unset | WorkflowsWorkerSpecUpdate = UNSET,
        resources: DeploymentResourceConfigUpdate | None | Unset = UNSET,
    ) -> None:
        self.spec = spec
        self.resources = resources
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            spec: dict[str, Any] | None | Unset
            if isinstance(self.spec, Unset):
                spec = UNSET
            elif isinstance(self.spec, WorkflowsWorkerSpecUpdate):
                spec = self.spec.to_dict()
            else:
                spec = self.spec
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "spec")
            raise

        try:
            resources: dict[str, Any] | None | Unset
            if isinstance(self.resources, Unset):
                resources = UNSET
            elif isinstance(self.resources, DeploymentResourceConfigUpdate):
                resources = self.resources.to_dict()
            else:
                resources = self.resources
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "resources")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if spec is not UNSET:
            field_dict["spec"] = spec
        if resources is not UNSET:
            field_dict["resources"] = resources

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
        _spec_data = d.pop("spec", UNSET)
        spec: None | Unset | WorkflowsWorkerSpecUpdate
        while True:  # one pass; each break is the generator's `return`
            if _spec_data is None:
                spec = _spec_data
                break
            if isinstance(_spec_data, Unset):
                spec = _spec_data
                break
            if isinstance(_spec_data, dict):
                try:
                    spec_type_0 = WorkflowsWorkerSpecUpdate.from_dict(_spec_data)

                    spec = spec_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            spec = cast("None | Unset | WorkflowsWorkerSpecUpdate", _spec_data)
            break

        _resources_data = d.pop("resources", UNSET)
        resources: DeploymentResourceConfigUpdate | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _resources_data is None:
                resources = _resources_data
                break
            if isinstance(_resources_data, Unset):
                resources = _resources_data
                break
            if isinstance(_resources_data, dict):
                try:
                    resources_type_0 = DeploymentResourceConfigUpdate.from_dict(_resources_data)

                    resources = resources_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            resources = cast("DeploymentResourceConfigUpdate | None | Unset", _resources_data)
            break

        update_deployment_request = cls(
            spec,
            resources,
        )

        update_deployment_request.additional_properties = d
        return update_deployment_request

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
