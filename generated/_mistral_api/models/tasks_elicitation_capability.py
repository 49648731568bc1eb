from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tasks_create_elicitation_capability import TasksCreateElicitationCapability
else:
    TasksCreateElicitationCapability = _Lazy(
        globals(), "tasks_create_elicitation_capability", "TasksCreateElicitationCapability"
    )


T = TypeVar("T", bound="TasksElicitationCapability")


class TasksElicitationCapability:
    """Capability for tasks elicitation operations.

    Attributes:
        create (None | TasksCreateElicitationCapability | Unset):
    """

    __slots__ = ("additional_properties", "create")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("create",)

    create: None | TasksCreateElicitationCapability | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        create: None | TasksCreateElicitationCapability | Unset = UNSET,
    ) -> None:
        self.create = create
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            create: dict[str, Any] | None | Unset
            if isinstance(self.create, Unset):
                create = UNSET
            elif isinstance(self.create, TasksCreateElicitationCapability):
                create = self.create.to_dict()
            else:
                create = self.create
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "create")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if create is not UNSET:
            field_dict["create"] = create

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
        _create_data = d.pop("create", UNSET)
        create: None | TasksCreateElicitationCapability | Unset
        while True:  # one pass; each break is the generator's `return`
            if _create_data is None:
                create = _create_data
                break
            if isinstance(_create_data, Unset):
                create = _create_data
                break
            if isinstance(_create_data, dict):
                try:
                    create_type_0 = TasksCreateElicitationCapability.from_dict(_create_data)

                    create = create_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            create = cast("None | TasksCreateElicitationCapability | Unset", _create_data)
            break

        tasks_elicitation_capability = cls(
            create,
        )

        tasks_elicitation_capability.additional_properties = d
        return tasks_elicitation_capability

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
