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
    from ..models.workflow import Workflow
else:
    Workflow = _Lazy(globals(), "workflow", "Workflow")


T = TypeVar("T", bound="WorkflowUpdateResponse")


class WorkflowUpdateResponse:
    """
    Attributes:
        workflow (Workflow):
    """

    __slots__ = ("additional_properties", "workflow")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("workflow",)

    workflow: Workflow
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow: Workflow,
    ) -> None:
        self.workflow = workflow
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                workflow = self.workflow.to_dict()
            except AttributeError:
                if isinstance(self.workflow, Workflow):
                    raise
                workflow = _as_dict(self.workflow, "Workflow")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow": workflow,
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
        workflow = Workflow.from_dict(d.pop("workflow"))

        workflow_update_response = cls(
            workflow,
        )

        workflow_update_response.additional_properties = d
        return workflow_update_response

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
