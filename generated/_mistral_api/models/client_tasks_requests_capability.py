from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tasks_elicitation_capability import TasksElicitationCapability
    from ..models.tasks_sampling_capability import TasksSamplingCapability
else:
    TasksElicitationCapability = _Lazy(globals(), "tasks_elicitation_capability", "TasksElicitationCapability")
    TasksSamplingCapability = _Lazy(globals(), "tasks_sampling_capability", "TasksSamplingCapability")


T = TypeVar("T", bound="ClientTasksRequestsCapability")


class ClientTasksRequestsCapability:
    """Capability for tasks requests operations.

    Attributes:
        sampling (None | TasksSamplingCapability | Unset):
        elicitation (None | TasksElicitationCapability | Unset):
    """

    __slots__ = ("additional_properties", "elicitation", "sampling")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "sampling",
        "elicitation",
    )

    sampling: None | TasksSamplingCapability | Unset
    elicitation: None | TasksElicitationCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        sampling: None | TasksSamplingCapability | Unset = UNSET,
        elicitation: None | TasksElicitationCapability | Unset = UNSET,
    ) -> None:
        self.sampling = sampling
        self.elicitation = elicitation
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            sampling: dict[str, Any] | None | Unset
            if isinstance(self.sampling, Unset):
                sampling = UNSET
            elif isinstance(self.sampling, TasksSamplingCapability):
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
            elif isinstance(self.elicitation, TasksElicitationCapability):
                elicitation = self.elicitation.to_dict()
            else:
                elicitation = self.elicitation
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "elicitation")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if sampling is not UNSET:
            field_dict["sampling"] = sampling
        if elicitation is not UNSET:
            field_dict["elicitation"] = elicitation

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
        _sampling_data = d.pop("sampling", UNSET)
        sampling: None | TasksSamplingCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _sampling_data is None:
                sampling = _sampling_data
                break
            if isinstance(_sampling_data, Unset):
                sampling = _sampling_data
                break
            if isinstance(_sampling_data, dict):
                try:
                    sampling_type_0 = TasksSamplingCapability.from_dict(_sampling_data)

                    sampling = sampling_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            sampling = cast("None | TasksSamplingCapability | Unset", _sampling_data)
            break

        _elicitation_data = d.pop("elicitation", UNSET)
        elicitation: None | TasksElicitationCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _elicitation_data is None:
                elicitation = _elicitation_data
                break
            if isinstance(_elicitation_data, Unset):
                elicitation = _elicitation_data
                break
            if isinstance(_elicitation_data, dict):
                try:
                    elicitation_type_0 = TasksElicitationCapability.from_dict(_elicitation_data)

                    elicitation = elicitation_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            elicitation = cast("None | TasksElicitationCapability | Unset", _elicitation_data)
            break

        client_tasks_requests_capability = cls(
            sampling,
            elicitation,
        )

        client_tasks_requests_capability.additional_properties = d
        return client_tasks_requests_capability

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
