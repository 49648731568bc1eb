from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.tool_execution_task_support_type_0 import ToolExecutionTaskSupportType0
else:
    ToolExecutionTaskSupportType0 = _Lazy(
        globals(), "tool_execution_task_support_type_0", "ToolExecutionTaskSupportType0"
    )


T = TypeVar("T", bound="ToolExecution")


class ToolExecution:
    """Execution-related properties for a tool.

    Attributes:
        task_support (None | ToolExecutionTaskSupportType0 | Unset):
    """

    __slots__ = ("additional_properties", "task_support")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("task_support",)

    task_support: None | ToolExecutionTaskSupportType0 | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_support: None | ToolExecutionTaskSupportType0 | Unset = UNSET,
    ) -> None:
        self.task_support = task_support
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        task_support: None | str | Unset
        if isinstance(self.task_support, Unset):
            task_support = UNSET
        elif isinstance(self.task_support, ToolExecutionTaskSupportType0):
            task_support = str(self.task_support)
        else:
            task_support = self.task_support

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if task_support is not UNSET:
            field_dict["taskSupport"] = task_support

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
        _task_support_data = d.pop("taskSupport", UNSET)
        task_support: None | ToolExecutionTaskSupportType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _task_support_data is None:
                task_support = _task_support_data
                break
            if isinstance(_task_support_data, Unset):
                task_support = _task_support_data
                break
            if isinstance(_task_support_data, str):
                try:
                    task_support_type_0 = ToolExecutionTaskSupportType0(_task_support_data)

                    task_support = task_support_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            task_support = cast("None | ToolExecutionTaskSupportType0 | Unset", _task_support_data)
            break

        tool_execution = cls(
            task_support,
        )

        tool_execution.additional_properties = d
        return tool_execution

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
