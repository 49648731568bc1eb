from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.failure import Failure
else:
    Failure = _Lazy(globals(), "failure", "Failure")


T = TypeVar("T", bound="WorkflowTaskFailedAttributes")


class WorkflowTaskFailedAttributes:
    """Attributes for workflow task failed events.

    Attributes:
        task_id (str): Unique identifier for the task within the workflow execution.
        failure (Failure): Represents an error or exception that occurred during execution.
    """

    __slots__ = ("additional_properties", "failure", "task_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "task_id",
        "failure",
    )

    task_id: str
    failure: Failure
    additional_properties: dict[str, Any]

    def __init__(
        self,
        task_id: str,
        failure: Failure,
    ) -> None:
        self.task_id = task_id
        self.failure = failure
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        task_id = self.task_id

        try:
            try:
                failure = self.failure.to_dict()
            except AttributeError:
                if isinstance(self.failure, Failure):
                    raise
                failure = _as_dict(self.failure, "Failure")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "failure")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "task_id": task_id,
                "failure": failure,
            }
        )

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
        task_id = d.pop("task_id")

        failure = Failure.from_dict(d.pop("failure"))

        workflow_task_failed_attributes = cls(
            task_id,
            failure,
        )

        workflow_task_failed_attributes.additional_properties = d
        return workflow_task_failed_attributes

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
