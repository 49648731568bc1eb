from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workflow_execution_without_result_response import WorkflowExecutionWithoutResultResponse
else:
    WorkflowExecutionWithoutResultResponse = _Lazy(
        globals(), "workflow_execution_without_result_response", "WorkflowExecutionWithoutResultResponse"
    )


T = TypeVar("T", bound="WorkflowExecutionListResponse")


class WorkflowExecutionListResponse:
    """Deprecated: use WorkflowRunListResponse instead. Will be removed in the next major version.

    Attributes:
        executions (list[WorkflowExecutionWithoutResultResponse]): A list of workflow executions
        next_page_token (None | str | Unset): Token to use for fetching the next page of results. Null if this is the
            last page.
    """

    __slots__ = ("additional_properties", "executions", "next_page_token")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "executions",
        "next_page_token",
    )

    executions: list[WorkflowExecutionWithoutResultResponse]
    next_page_token: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        executions: list[WorkflowExecutionWithoutResultResponse],
        next_page_token: None | str | Unset = UNSET,
    ) -> None:
        self.executions = executions
        self.next_page_token = next_page_token
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            executions = []
            try:
                for executions_item_data in self.executions:
                    try:
                        executions_item = executions_item_data.to_dict()
                    except AttributeError:
                        if isinstance(executions_item_data, WorkflowExecutionWithoutResultResponse):
                            raise
                        executions_item = _as_dict(executions_item_data, "WorkflowExecutionWithoutResultResponse")
                    executions.append(executions_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(executions))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "executions")
            raise

        next_page_token: None | str | Unset
        if isinstance(self.next_page_token, Unset):
            next_page_token = UNSET
        else:
            next_page_token = self.next_page_token

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "executions": executions,
            }
        )
        if next_page_token is not UNSET:
            field_dict["next_page_token"] = next_page_token

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
        executions = []
        _executions = d.pop("executions")
        for executions_item_data in _executions:
            executions_item = WorkflowExecutionWithoutResultResponse.from_dict(executions_item_data)

            executions.append(executions_item)

        next_page_token: None | str | Unset = d.pop("next_page_token", UNSET)

        workflow_execution_list_response = cls(
            executions,
            next_page_token,
        )

        workflow_execution_list_response.additional_properties = d
        return workflow_execution_list_response

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
