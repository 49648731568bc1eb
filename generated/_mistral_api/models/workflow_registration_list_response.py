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
    from ..models.workflow_registration import WorkflowRegistration
else:
    WorkflowRegistration = _Lazy(globals(), "workflow_registration", "WorkflowRegistration")


T = TypeVar("T", bound="WorkflowRegistrationListResponse")


class WorkflowRegistrationListResponse:
    """
    Attributes:
        workflow_registrations (list[WorkflowRegistration]): A list of workflow registrations
        next_cursor (None | str):
        workflow_versions (list[WorkflowRegistration]): Deprecated: use workflow_registrations
    """

    __slots__ = ("additional_properties", "next_cursor", "workflow_registrations", "workflow_versions")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workflow_registrations",
        "next_cursor",
        "workflow_versions",
    )

    workflow_registrations: list[WorkflowRegistration]
    next_cursor: None | str
    workflow_versions: list[WorkflowRegistration]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow_registrations: list[WorkflowRegistration],
        next_cursor: None | str,
        workflow_versions: list[WorkflowRegistration],
    ) -> None:
        self.workflow_registrations = workflow_registrations
        self.next_cursor = next_cursor
        self.workflow_versions = workflow_versions
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            workflow_registrations = []
            try:
                for workflow_registrations_item_data in self.workflow_registrations:
                    try:
                        workflow_registrations_item = workflow_registrations_item_data.to_dict()
                    except AttributeError:
                        if isinstance(workflow_registrations_item_data, WorkflowRegistration):
                            raise
                        workflow_registrations_item = _as_dict(workflow_registrations_item_data, "WorkflowRegistration")
                    workflow_registrations.append(workflow_registrations_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(workflow_registrations))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow_registrations")
            raise

        next_cursor: None | str
        next_cursor = self.next_cursor

        try:
            workflow_versions = []
            try:
                for workflow_versions_item_data in self.workflow_versions:
                    try:
                        workflow_versions_item = workflow_versions_item_data.to_dict()
                    except AttributeError:
                        if isinstance(workflow_versions_item_data, WorkflowRegistration):
                            raise
                        workflow_versions_item = _as_dict(workflow_versions_item_data, "WorkflowRegistration")
                    workflow_versions.append(workflow_versions_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(workflow_versions))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow_versions")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_registrations": workflow_registrations,
                "next_cursor": next_cursor,
                "workflow_versions": workflow_versions,
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
        workflow_registrations = []
        _workflow_registrations = d.pop("workflow_registrations")
        for workflow_registrations_item_data in _workflow_registrations:
            workflow_registrations_item = WorkflowRegistration.from_dict(workflow_registrations_item_data)

            workflow_registrations.append(workflow_registrations_item)

        next_cursor: None | str = d.pop("next_cursor")

        workflow_versions = []
        _workflow_versions = d.pop("workflow_versions")
        for workflow_versions_item_data in _workflow_versions:
            workflow_versions_item = WorkflowRegistration.from_dict(workflow_versions_item_data)

            workflow_versions.append(workflow_versions_item)

        workflow_registration_list_response = cls(
            workflow_registrations,
            next_cursor,
            workflow_versions,
        )

        workflow_registration_list_response.additional_properties = d
        return workflow_registration_list_response

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
