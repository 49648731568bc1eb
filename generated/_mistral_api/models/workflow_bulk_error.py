from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workflow import Workflow
else:
    Workflow = _Lazy(globals(), "workflow", "Workflow")


T = TypeVar("T", bound="WorkflowBulkError")


class WorkflowBulkError:
    """
    Attributes:
        workflow_id (UUID): The requested workflow ID
        message (str): Error message describing why the operation failed
        workflow (None | Unset | Workflow): The workflow, if found
    """

    __slots__ = ("additional_properties", "message", "workflow", "workflow_id")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workflow_id",
        "message",
        "workflow",
    )

    workflow_id: UUID
    message: str
    workflow: None | Unset | Workflow
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow_id: UUID,
        message: str,
        workflow: None | Unset | Workflow = UNSET,
    ) -> None:
        self.workflow_id = workflow_id
        self.message = message
        self.workflow = workflow
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        workflow_id = str(self.workflow_id)

        message = self.message

        try:
            workflow: dict[str, Any] | None | Unset
            if isinstance(self.workflow, Unset):
                workflow = UNSET
            elif isinstance(self.workflow, Workflow):
                workflow = self.workflow.to_dict()
            else:
                workflow = self.workflow
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_id": workflow_id,
                "message": message,
            }
        )
        if workflow is not UNSET:
            field_dict["workflow"] = workflow

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
        workflow_id = UUID(d.pop("workflow_id"))

        message = d.pop("message")

        _workflow_data = d.pop("workflow", UNSET)
        workflow: None | Unset | Workflow
        while True:  # one pass; each break is the generator's `return`
            if _workflow_data is None:
                workflow = _workflow_data
                break
            if isinstance(_workflow_data, Unset):
                workflow = _workflow_data
                break
            if isinstance(_workflow_data, dict):
                try:
                    workflow_type_0 = Workflow.from_dict(_workflow_data)

                    workflow = workflow_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workflow = cast("None | Unset | Workflow", _workflow_data)
            break

        workflow_bulk_error = cls(
            workflow_id,
            message,
            workflow,
        )

        workflow_bulk_error.additional_properties = d
        return workflow_bulk_error

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
