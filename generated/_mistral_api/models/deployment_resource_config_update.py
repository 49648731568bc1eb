from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="DeploymentResourceConfigUpdate")


class DeploymentResourceConfigUpdate:
    """
    Attributes:
        replicas (int | None | Unset):
        cpu_request (None | str | Unset):
        cpu_limit (None | str | Unset):
        memory_request (None | str | Unset):
        memory_limit (None | str | Unset):
    """

    __slots__ = ("additional_properties", "cpu_limit", "cpu_request", "memory_limit", "memory_request", "replicas")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "replicas",
        "cpu_request",
        "cpu_limit",
        "memory_request",
        "memory_limit",
    )

    replicas: int | None | Unset
    cpu_request: None | str | Unset
    cpu_limit: None | str | Unset
    memory_request: None | str | Unset
    memory_limit: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        replicas: int | None | Unset = UNSET,
        cpu_request: None | str | Unset = UNSET,
        cpu_limit: None | str | Unset = UNSET,
        memory_request: None | str | Unset = UNSET,
        memory_limit: None | str | Unset = UNSET,
    ) -> None:
        self.replicas = replicas
        self.cpu_request = cpu_request
        self.cpu_limit = cpu_limit
        self.memory_request = memory_request
        self.memory_limit = memory_limit
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        replicas: int | None | Unset
        if isinstance(self.replicas, Unset):
            replicas = UNSET
        else:
            replicas = self.replicas

        cpu_request: None | str | Unset
        if isinstance(self.cpu_request, Unset):
            cpu_request = UNSET
        else:
            cpu_request = self.cpu_request

        cpu_limit: None | str | Unset
        if isinstance(self.cpu_limit, Unset):
            cpu_limit = UNSET
        else:
            cpu_limit = self.cpu_limit

        memory_request: None | str | Unset
        if isinstance(self.memory_request, Unset):
            memory_request = UNSET
        else:
            memory_request = self.memory_request

        memory_limit: None | str | Unset
        if isinstance(self.memory_limit, Unset):
            memory_limit = UNSET
        else:
            memory_limit = self.memory_limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if replicas is not UNSET:
            field_dict["replicas"] = replicas
        if cpu_request is not UNSET:
            field_dict["cpu_request"] = cpu_request
        if cpu_limit is not UNSET:
            field_dict["cpu_limit"] = cpu_limit
        if memory_request is not UNSET:
            field_dict["memory_request"] = memory_request
        if memory_limit is not UNSET:
            field_dict["memory_limit"] = memory_limit

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
        replicas: int | None | Unset = d.pop("replicas", UNSET)

        cpu_request: None | str | Unset = d.pop("cpu_request", UNSET)

        cpu_limit: None | str | Unset = d.pop("cpu_limit", UNSET)

        memory_request: None | str | Unset = d.pop("memory_request", UNSET)

        memory_limit: None | str | Unset = d.pop("memory_limit", UNSET)

        deployment_resource_config_update = cls(
            replicas,
            cpu_request,
            cpu_limit,
            memory_request,
            memory_limit,
        )

        deployment_resource_config_update.additional_properties = d
        return deployment_resource_config_update

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
