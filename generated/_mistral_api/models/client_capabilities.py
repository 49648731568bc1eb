from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.client_capabilities_experimental_type_0 import ClientCapabilitiesExperimentalType0
    from ..models.client_tasks_capability import ClientTasksCapability
    from ..models.elicitation_capability import ElicitationCapability
    from ..models.roots_capability import RootsCapability
    from ..models.sampling_capability import SamplingCapability
else:
    ClientCapabilitiesExperimentalType0 = _Lazy(
        globals(), "client_capabilities_experimental_type_0", "ClientCapabilitiesExperimentalType0"
    )
    ClientTasksCapability = _Lazy(globals(), "client_tasks_capability", "ClientTasksCapability")
    ElicitationCapability = _Lazy(globals(), "elicitation_capability", "ElicitationCapability")
    RootsCapability = _Lazy(globals(), "roots_capability", "RootsCapability")
    SamplingCapability = _Lazy(globals(), "sampling_capability", "SamplingCapability")


T = TypeVar("T", bound="ClientCapabilities")


class ClientCapabilities:
    """Capabilities a client may support.

    Attributes:
        experimental (ClientCapabilitiesExperimentalType0 | None | Unset):
        sampling (None | SamplingCapability | Unset):
        elicitation (ElicitationCapability | None | Unset):
        roots (None | RootsCapability | Unset):
        tasks (ClientTasksCapability | None | Unset):
    """

    __slots__ = ("additional_properties", "elicitation", "experimental", "roots", "sampling", "tasks")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "experimental",
        "sampling",
        "elicitation",
        "roots",
        "tasks",
    )

    experimental: ClientCapabilitiesExperimentalType0 | None | Unset
    sampling: None | SamplingCapability | Unset
    elicitation: ElicitationCapability | None | Unset
    roots: None | RootsCapability | Unset
    tasks: ClientTasksCapability | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        experimental: ClientCapabilitiesExperimentalType0 | None | Unset = UNSET,
        sampling: None | SamplingCapability | Unset = UNSET,
        elicitation: ElicitationCapability | None | Unset = UNSET,
        roots: None | RootsCapability | Unset = UNSET,
        tasks: ClientTasksCapability | None | Unset = UNSET,
    ) -> None:
        self.experimental = experimental
        self.sampling = sampling
        self.elicitation = elicitation
        self.roots = roots
        self.tasks = tasks
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            experimental: dict[str, Any] | None | Unset
            if isinstance(self.experimental, Unset):
                experimental = UNSET
            elif isinstance(self.experimental, ClientCapabilitiesExperimentalType0):
                experimental = self.experimental.to_dict()
            else:
                experimental = self.experimental
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "experimental")
            raise

        try:
            sampling: dict[str, Any] | None | Unset
            if isinstance(self.sampling, Unset):
                sampling = UNSET
            elif isinstance(self.sampling, SamplingCapability):
                sampling = self.sampling.to_dict()
            else:
                sampling = self.sampling
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "sampling")
            raise

        try:
            elicitation: dict[str, Any] | None | Unset
            if isinstance(self.elicitation, Unset):
                elicitation = UNSET
            elif isinstance(self.elicitation, ElicitationCapability):
                elicitation = self.elicitation.to_dict()
            else:
                elicitation = self.elicitation
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "elicitation")
            raise

        try:
            roots: dict[str, Any] | None | Unset
            if isinstance(self.roots, Unset):
                roots = UNSET
            elif isinstance(self.roots, RootsCapability):
                roots = self.roots.to_dict()
            else:
                roots = self.roots
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "roots")
            raise

        try:
            tasks: dict[str, Any] | None | Unset
            if isinstance(self.tasks, Unset):
                tasks = UNSET
            elif isinstance(self.tasks, ClientTasksCapability):
                tasks = self.tasks.to_dict()
            else:
                tasks = self.tasks
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tasks")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if experimental is not UNSET:
            field_dict["experimental"] = experimental
        if sampling is not UNSET:
            field_dict["sampling"] = sampling
        if elicitation is not UNSET:
            field_dict["elicitation"] = elicitation
        if roots is not UNSET:
            field_dict["roots"] = roots
        if tasks is not UNSET:
            field_dict["tasks"] = tasks

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
        _experimental_data = d.pop("experimental", UNSET)
        experimental: ClientCapabilitiesExperimentalType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _experimental_data is None:
                experimental = _experimental_data
                break
            if isinstance(_experimental_data, Unset):
                experimental = _experimental_data
                break
            if isinstance(_experimental_data, dict):
                try:
                    experimental_type_0 = ClientCapabilitiesExperimentalType0.from_dict(_experimental_data)

                    experimental = experimental_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            experimental = cast("ClientCapabilitiesExperimentalType0 | None | Unset", _experimental_data)
            break

        _sampling_data = d.pop("sampling", UNSET)
        sampling: None | SamplingCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _sampling_data is None:
                sampling = _sampling_data
                break
            if isinstance(_sampling_data, Unset):
                sampling = _sampling_data
                break
            if isinstance(_sampling_data, dict):
                try:
                    sampling_type_0 = SamplingCapability.from_dict(_sampling_data)

                    sampling = sampling_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            sampling = cast("None | SamplingCapability | Unset", _sampling_data)
            break

        _elicitation_data = d.pop("elicitation", UNSET)
        elicitation: ElicitationCapability | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _elicitation_data is None:
                elicitation = _elicitation_data
                break
            if isinstance(_elicitation_data, Unset):
                elicitation = _elicitation_data
                break
            if isinstance(_elicitation_data, dict):
                try:
                    elicitation_type_0 = ElicitationCapability.from_dict(_elicitation_data)

                    elicitation = elicitation_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            elicitation = cast("ElicitationCapability | None | Unset", _elicitation_data)
            break

        _roots_data = d.pop("roots", UNSET)
        roots: None | RootsCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _roots_data is None:
                roots = _roots_data
                break
            if isinstance(_roots_data, Unset):
                roots = _roots_data
                break
            if isinstance(_roots_data, dict):
                try:
                    roots_type_0 = RootsCapability.from_dict(_roots_data)

                    roots = roots_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            roots = cast("None | RootsCapability | Unset", _roots_data)
            break

        _tasks_data = d.pop("tasks", UNSET)
        tasks: ClientTasksCapability | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tasks_data is None:
                tasks = _tasks_data
                break
            if isinstance(_tasks_data, Unset):
                tasks = _tasks_data
                break
            if isinstance(_tasks_data, dict):
                try:
                    tasks_type_0 = ClientTasksCapability.from_dict(_tasks_data)

                    tasks = tasks_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tasks = cast("ClientTasksCapability | None | Unset", _tasks_data)
            break

        client_capabilities = cls(
            experimental,
            sampling,
            elicitation,
            roots,
            tasks,
        )

        client_capabilities.additional_properties = d
        return client_capabilities

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
