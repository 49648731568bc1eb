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
    from ..models.deployment_build_state import DeploymentBuildState
else:
    DeploymentBuildState = _Lazy(globals(), "deployment_build_state", "DeploymentBuildState")


T = TypeVar("T", bound="DeploymentObservedState")


class DeploymentObservedState:
    """
    Attributes:
        phase (None | str | Unset):
        available_replicas (int | Unset):  Default: 0.
        ready_replicas (int | Unset):  Default: 0.
        endpoint (None | str | Unset):
        message (None | str | Unset):
        last_seen (datetime.datetime | None | Unset):
        deployed_revision (None | str | Unset):
        generation (int | None | Unset):
        build_state (DeploymentBuildState | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "available_replicas",
        "build_state",
        "deployed_revision",
        "endpoint",
        "generation",
        "last_seen",
        "message",
        "phase",
        "ready_replicas",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "phase",
        "available_replicas",
        "ready_replicas",
        "endpoint",
        "message",
        "last_seen",
        "deployed_revision",
        "generation",
        "build_state",
    )

    phase: None | str | Unset
    available_replicas: int | Unset
    ready_replicas: int | Unset
    endpoint: None | str | Unset
    message: None | str | Unset
    last_seen: datetime.datetime | None | Unset
    deployed_revision: None | str | Unset
    generation: int | None | Unset
    build_state: DeploymentBuildState | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        phase: None | str | Unset = UNSET,
        available_replicas: int | Unset = UNSET,
        ready_replicas: int | Unset = UNSET,
        endpoint: None | str | Unset = UNSET,
        message: None | str | Unset = UNSET,
        last_seen: datetime.datetime | None | Unset = UNSET,
        deployed_revision: None | str | Unset = UNSET,
        generation: int | None | Unset = UNSET,
        build_state: DeploymentBuildState | None | Unset = UNSET,
    ) -> None:
        self.phase = phase
        self.available_replicas = available_replicas
        self.ready_replicas = ready_replicas
        self.endpoint = endpoint
        self.message = message
        self.last_seen = last_seen
        self.deployed_revision = deployed_revision
        self.generation = generation
        self.build_state = build_state
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        phase: None | str | Unset
        if isinstance(self.phase, Unset):
            phase = UNSET
        else:
            phase = self.phase

        available_replicas = self.available_replicas

        ready_replicas = self.ready_replicas

        endpoint: None | str | Unset
        if isinstance(self.endpoint, Unset):
            endpoint = UNSET
        else:
            endpoint = self.endpoint

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        last_seen: None | str | Unset
        if isinstance(self.last_seen, Unset):
            last_seen = UNSET
        elif isinstance(self.last_seen, datetime.datetime):
            last_seen = self.last_seen.isoformat().replace("+00:00", "Z")
        else:
            last_seen = self.last_seen

        deployed_revision: None | str | Unset
        if isinstance(self.deployed_revision, Unset):
            deployed_revision = UNSET
        else:
            deployed_revision = self.deployed_revision

        generation: int | None | Unset
        if isinstance(self.generation, Unset):
            generation = UNSET
        else:
            generation = self.generation

        try:
            build_state: dict[str, Any] | None | Unset
            if isinstance(self.build_state, Unset):
                build_state = UNSET
            elif isinstance(self.build_state, DeploymentBuildState):
                build_state = self.build_state.to_dict()
            else:
                build_state = self.build_state
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "build_state")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if phase is not UNSET:
            field_dict["phase"] = phase
        if available_replicas is not UNSET:
            field_dict["available_replicas"] = available_replicas
        if ready_replicas is not UNSET:
            field_dict["ready_replicas"] = ready_replicas
        if endpoint is not UNSET:
            field_dict["endpoint"] = endpoint
        if message is not UNSET:
            field_dict["message"] = message
        if last_seen is not UNSET:
            field_dict["last_seen"] = last_seen
        if deployed_revision is not UNSET:
            field_dict["deployed_revision"] = deployed_revision
        if generation is not UNSET:
            field_dict["generation"] = generation
        if build_state is not UNSET:
            field_dict["build_state"] = build_state

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
        phase: None | str | Unset = d.pop("phase", UNSET)

        available_replicas = d.pop("available_replicas", UNSET)

        ready_replicas = d.pop("ready_replicas", UNSET)

        endpoint: None | str | Unset = d.pop("endpoint", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        _last_seen_data = d.pop("last_seen", UNSET)
        last_seen: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _last_seen_data is None:
                last_seen = _last_seen_data
                break
            if isinstance(_last_seen_data, Unset):
                last_seen = _last_seen_data
                break
            if isinstance(_last_seen_data, str):
                try:
                    last_seen_type_0 = datetime.datetime.fromisoformat(_last_seen_data)

                    last_seen = last_seen_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            last_seen = cast("datetime.datetime | None | Unset", _last_seen_data)
            break

        deployed_revision: None | str | Unset = d.pop("deployed_revision", UNSET)

        generation: int | None | Unset = d.pop("generation", UNSET)

        _build_state_data = d.pop("build_state", UNSET)
        build_state: DeploymentBuildState | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _build_state_data is None:
                build_state = _build_state_data
                break
            if isinstance(_build_state_data, Unset):
                build_state = _build_state_data
                break
            if isinstance(_build_state_data, dict):
                try:
                    build_state_type_0 = DeploymentBuildState.from_dict(_build_state_data)

                    build_state = build_state_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            build_state = cast("DeploymentBuildState | None | Unset", _build_state_data)
            break

        deployment_observed_state = cls(
            phase,
            available_replicas,
            ready_replicas,
            endpoint,
            message,
            last_seen,
            deployed_revision,
            generation,
            build_state,
        )

        deployment_observed_state.additional_properties = d
        return deployment_observed_state

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
