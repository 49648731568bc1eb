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
    from ..models.workflow_registration_with_worker_status import WorkflowRegistrationWithWorkerStatus
else:
    WorkflowRegistrationWithWorkerStatus = _Lazy(
        globals(), "workflow_registration_with_worker_status", "WorkflowRegistrationWithWorkerStatus"
    )


T = TypeVar("T", bound="WorkflowRegistrationGetResponse")


class WorkflowRegistrationGetResponse:
    """
    Attributes:
        workflow_registration (WorkflowRegistrationWithWorkerStatus):
        workflow_version (WorkflowRegistrationWithWorkerStatus):
    """

    __slots__ = ("additional_properties", "workflow_registration", "workflow_version")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workflow_registration",
        "workflow_version",
    )

    workflow_registration: WorkflowRegistrationWithWorkerStatus
    workflow_version: WorkflowRegistrationWithWorkerStatus
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workflow_registration: WorkflowRegistrationWithWorkerStatus,
        workflow_version: WorkflowRegistrationWithWorkerStatus,
    ) -> None:
        self.workflow_registration = workflow_registration
        self.workflow_version = workflow_version
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                workflow_registration = self.workflow_registration.to_dict()
            except AttributeError:
                if isinstance(self.workflow_registration, WorkflowRegistrationWithWorkerStatus):
                    raise
                workflow_registration = _as_dict(self.workflow_registration, "WorkflowRegistrationWithWorkerStatus")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow_registration")
            raise

        try:
            try:
                workflow_version = self.workflow_version.to_dict()
            except AttributeError:
                if isinstance(self.workflow_version, WorkflowRegistrationWithWorkerStatus):
                    raise
                workflow_version = _as_dict(self.workflow_version, "WorkflowRegistrationWithWorkerStatus")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workflow_version")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workflow_registration": workflow_registration,
                "workflow_version": workflow_version,
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
        workflow_registration = WorkflowRegistrationWithWorkerStatus.from_dict(d.pop("workflow_registration"))

        workflow_version = WorkflowRegistrationWithWorkerStatus.from_dict(d.pop("workflow_version"))

        workflow_registration_get_response = cls(
            workflow_registration,
            workflow_version,
        )

        workflow_registration_get_response.additional_properties = d
        return workflow_registration_get_response

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
