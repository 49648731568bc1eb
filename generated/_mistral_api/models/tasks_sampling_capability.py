from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tasks_create_message_capability import TasksCreateMessageCapability
else:
    TasksCreateMessageCapability = _Lazy(globals(), "tasks_create_message_capability", "TasksCreateMessageCapability")


T = TypeVar("T", bound="TasksSamplingCapability")


class TasksSamplingCapability:
    """Capability for tasks sampling operations.

    Attributes:
        create_message (None | TasksCreateMessageCapability | Unset):
    """

    __slots__ = ("additional_properties", "create_message")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("create_message",)

    create_message: None | TasksCreateMessageCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        create_message: None | TasksCreateMessageCapability | Unset = UNSET,
    ) -> None:
        self.create_message = create_message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            create_message: dict[str, Any] | None | Unset
            if isinstance(self.create_message, Unset):
                create_message = UNSET
            elif isinstance(self.create_message, TasksCreateMessageCapability):
                create_message = self.create_message.to_dict()
            else:
                create_message = self.create_message
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "create_message")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create_message is not UNSET:
            field_dict["createMessage"] = create_message

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
        _create_message_data = d.pop("createMessage", UNSET)
        create_message: None | TasksCreateMessageCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _create_message_data is None:
                create_message = _create_message_data
                break
            if isinstance(_create_message_data, Unset):
                create_message = _create_message_data
                break
            if isinstance(_create_message_data, dict):
                try:
                    create_message_type_0 = TasksCreateMessageCapability.from_dict(_create_message_data)

                    create_message = create_message_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            create_message = cast("None | TasksCreateMessageCapability | Unset", _create_message_data)
            break

        tasks_sampling_capability = cls(
            create_message,
        )

        tasks_sampling_capability.additional_properties = d
        return tasks_sampling_capability

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
