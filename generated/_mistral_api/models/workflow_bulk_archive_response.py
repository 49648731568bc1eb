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
    from ..models.workflow import Workflow
    from ..models.workflow_bulk_error import WorkflowBulkError
else:
    Workflow = _Lazy(globals(), "workflow", "Workflow")
    WorkflowBulkError = _Lazy(globals(), "workflow_bulk_error", "WorkflowBulkError")


T = TypeVar("T", bound="WorkflowBulkArchiveResponse")


class WorkflowBulkArchiveResponse:
    """
    Attributes:
        archived (list[Workflow]): Workflows that were successfully archived or were already archived
        errored (list[WorkflowBulkError] | Unset): Workflows that could not be archived and the corresponding error
            messages
    """

    __slots__ = ("additional_properties", "archived", "errored")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "archived",
        "errored",
    )

    archived: list[Workflow]
    errored: list[WorkflowBulkError] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        archived: list[Workflow],
        errored: list[WorkflowBulkError] | Unset = UNSET,
    ) -> None:
        self.archived = archived
        self.errored = errored
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            archived = []
            try:
                for archived_item_data in self.archived:
                    try:
                        archived_item = archived_item_data.to_dict()
                    except AttributeError:
                        if isinstance(archived_item_data, Workflow):
                            raise
                        archived_item = _as_dict(archived_item_data, "Workflow")
                    archived.append(archived_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(archived))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "archived")
            raise

        try:
            errored: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.errored, Unset):
                errored = []
                try:
                    for errored_item_data in self.errored:
                        try:
                            errored_item = errored_item_data.to_dict()
                        except AttributeError:
                            if isinstance(errored_item_data, WorkflowBulkError):
                                raise
                            errored_item = _as_dict(errored_item_data, "WorkflowBulkError")
                        errored.append(errored_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(errored))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "errored")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "archived": archived,
            }
        )
        if errored is not UNSET:
            field_dict["errored"] = errored

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
        archived = []
        _archived = d.pop("archived")
        for archived_item_data in _archived:
            archived_item = Workflow.from_dict(archived_item_data)

            archived.append(archived_item)

        _errored = d.pop("errored", UNSET)
        errored: list[WorkflowBulkError] | Unset = UNSET
        if _errored is not UNSET:
            errored = []
            for errored_item_data in _errored:
                errored_item = WorkflowBulkError.from_dict(errored_item_data)

                errored.append(errored_item)

        workflow_bulk_archive_response = cls(
            archived,
            errored,
        )

        workflow_bulk_archive_response.additional_properties = d
        return workflow_bulk_archive_response

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
