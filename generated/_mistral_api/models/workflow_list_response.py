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
    from ..models.workflow_basic_definition import WorkflowBasicDefinition
else:
    WorkflowBasicDefinition = _Lazy(globals(), "workflow_basic_definition", "WorkflowBasicDefinition")


T = TypeVar("T", bound="WorkflowListResponse")


class WorkflowListResponse:
    """
    Attributes:
        workflows (list[WorkflowBasicDefinition]): A list of workflows
        next_cursor (None | str):
    """

    __slots__ = ("additional_properties", "next_cursor", "workflows")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workflows",
        "next_cursor",
    )

    workflows: list[WorkflowBasicDefinition]
    next_cursor: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflows: list[WorkflowBasicDefinition],
        next_cursor: None | str,
    ) -> None:
        self.workflows = workflows
        self.next_cursor = next_cursor
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            workflows = []
            try:
                for workflows_item_data in self.workflows:
                    try:
                        workflows_item = workflows_item_data.to_dict()
                    except AttributeError:
                        if isinstance(workflows_item_data, WorkflowBasicDefinition):
                            raise
                        workflows_item = _as_dict(workflows_item_data, "WorkflowBasicDefinition")
                    workflows.append(workflows_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(workflows))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflows")
            raise

        next_cursor: None | str
        next_cursor = self.next_cursor

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflows": workflows,
                "next_cursor": next_cursor,
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
        workflows = []
        _workflows = d.pop("workflows")
        for workflows_item_data in _workflows:
            workflows_item = WorkflowBasicDefinition.from_dict(workflows_item_data)

            workflows.append(workflows_item)

        next_cursor: None | str = d.pop("next_cursor")

        workflow_list_response = cls(
            workflows,
            next_cursor,
        )

        workflow_list_response.additional_properties = d
        return workflow_list_response

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
