from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tasks_call_capability import TasksCallCapability
else:
    TasksCallCapability = _Lazy(globals(), "tasks_call_capability", "TasksCallCapability")


T = TypeVar("T", bound="TasksToolsCapability")


class TasksToolsCapability:
    """Capability for tasks tools operations.

    Attributes:
        call (None | TasksCallCapability | Unset):
    """

    __slots__ = ("additional_properties", "call")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("call",)

    call: None | TasksCallCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        call: None | TasksCallCapability | Unset = UNSET,
    ) -> None:
        self.call = call
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            call: dict[str, Any] | None | Unset
            if isinstance(self.call, Unset):
                call = UNSET
            elif isinstance(self.call, TasksCallCapability):
                call = self.call.to_dict()
            else:
                call = self.call
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "call")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if call is not UNSET:
            field_dict["call"] = call

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
        _call_data = d.pop("call", UNSET)
        call: None | TasksCallCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _call_data is None:
                call = _call_data
                break
            if isinstance(_call_data, Unset):
                call = _call_data
                break
            if isinstance(_call_data, dict):
                try:
                    call_type_0 = TasksCallCapability.from_dict(_call_data)

                    call = call_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            call = cast("None | TasksCallCapability | Unset", _call_data)
            break

        tasks_tools_capability = cls(
            call,
        )

        tasks_tools_capability.additional_properties = d
        return tasks_tools_capability

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
