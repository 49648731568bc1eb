from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.schedule_definition import ScheduleDefinition
else:
    ScheduleDefinition = _Lazy(globals(), "schedule_definition", "ScheduleDefinition")


T = TypeVar("T", bound="WorkflowScheduleRequest")


class WorkflowScheduleRequest:
    """
    Attributes:
        schedule (ScheduleDefinition): Specification of the times scheduled actions may occur.

            The times are the union of :py:attr:`calendars`, :py:attr:`intervals`, and
            :py:attr:`cron_expressions` excluding anything in :py:attr:`skip`.

            Used for input where schedule_id is optional (can be provided or auto-generated).
        workflow_registration_id (None | Unset | UUID): The ID of the workflow registration to schedule
        workflow_version_id (None | Unset | UUID): Deprecated: use workflow_registration_id
        workflow_identifier (None | str | Unset): The name or ID of the workflow to schedule
        workflow_task_queue (None | str | Unset): Deprecated. Use deployment_name instead.
        schedule_id (None | str | Unset): Allows you to specify a custom schedule ID. If not provided, a random ID will
            be generated.
        deployment_name (None | str | Unset): Name of the deployment to route this schedule to
    """

    __slots__ = (
        "additional_properties",
        "deployment_name",
        "schedule",
        "schedule_id",
        "workflow_identifier",
        "workflow_registration_id",
        "workflow_task_queue",
        "workflow_version_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "schedule",
        "workflow_registration_id",
        "workflow_version_id",
        "workflow_identifier",
        "workflow_task_queue",
        "schedule_id",
        "deployment_name",
    )

    schedule: ScheduleDefinition
    workflow_registration_id: None | Unset | UUID
    workflow_version_id: None | Unset | UUID
    workflow_identifier: None | str | Unset
    workflow_task_queue: None | str | Unset
    schedule_id: None | str | Unset
    deployment_name: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        schedule: ScheduleDefinition,
        workflow_registration_id: None | Unset | UUID = UNSET,
        workflow_version_id: None | Unset | UUID = UNSET,
        workflow_identifier: None | str | Unset = UNSET,
        workflow_task_queue: None | str | Unset = UNSET,
        schedule_id: None | str | Unset = UNSET,
        deployment_name: None | str | Unset = UNSET,
    ) -> None:
        self.schedule = schedule
        self.workflow_registration_id = workflow_registration_id
        self.workflow_version_id = workflow_version_id
        self.workflow_identifier = workflow_identifier
        self.workflow_task_queue = workflow_task_queue
        self.schedule_id = schedule_id
        self.deployment_name = deployment_name
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                schedule = self.schedule.to_dict()
            except AttributeError:
                if isinstance(self.schedule, ScheduleDefinition):
                    raise
                schedule = _as_dict(self.schedule, "ScheduleDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "schedule")
            raise

        workflow_registration_id: None | str | Unset
        if isinstance(self.workflow_registration_id, Unset):
            workflow_registration_id = UNSET
        elif isinstance(self.workflow_registration_id, UUID):
            workflow_registration_id = str(self.workflow_registration_id)
        else:
            workflow_registration_id = self.workflow_registration_id

        workflow_version_id: None | str | Unset
        if isinstance(self.workflow_version_id, Unset):
            workflow_version_id = UNSET
        elif isinstance(self.workflow_version_id, UUID):
            workflow_version_id = str(self.workflow_version_id)
        else:
            workflow_version_id = self.workflow_version_id

        workflow_identifier: None | str | Unset
        if isinstance(self.workflow_identifier, Unset):
            workflow_identifier = UNSET
        else:
            workflow_identifier = self.workflow_identifier

        workflow_task_queue: None | str | Unset
        if isinstance(self.workflow_task_queue, Unset):
            workflow_task_queue = UNSET
        else:
            workflow_task_queue = self.workflow_task_queue

        schedule_id: None | str | Unset
        if isinstance(self.schedule_id, Unset):
            schedule_id = UNSET
        else:
            schedule_id = self.schedule_id

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "schedule": schedule,
            }
        )
        if workflow_registration_id is not UNSET:
            field_dict["workflow_registration_id"] = workflow_registration_id
        if workflow_version_id is not UNSET:
            field_dict["workflow_version_id"] = workflow_version_id
        if workflow_identifier is not UNSET:
            field_dict["workflow_identifier"] = workflow_identifier
        if workflow_task_queue is not UNSET:
            field_dict["workflow_task_queue"] = workflow_task_queue
        if schedule_id is not UNSET:
            field_dict["schedule_id"] = schedule_id
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name

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
        schedule = ScheduleDefinition.from_dict(d.pop("schedule"))

        _workflow_registration_id_data = d.pop("workflow_registration_id", UNSET)
        workflow_registration_id: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _workflow_registration_id_data is None:
                workflow_registration_id = _workflow_registration_id_data
                break
            if isinstance(_workflow_registration_id_data, Unset):
                workflow_registration_id = _workflow_registration_id_data
                break
            if isinstance(_workflow_registration_id_data, str):
                try:
                    workflow_registration_id_type_0 = UUID(_workflow_registration_id_data)

                    workflow_registration_id = workflow_registration_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workflow_registration_id = cast("None | Unset | UUID", _workflow_registration_id_data)
            break

        _workflow_version_id_data = d.pop("workflow_version_id", UNSET)
        workflow_version_id: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _workflow_version_id_data is None:
                workflow_version_id = _workflow_version_id_data
                break
            if isinstance(_workflow_version_id_data, Unset):
                workflow_version_id = _workflow_version_id_data
                break
            if isinstance(_workflow_version_id_data, str):
                try:
                    workflow_version_id_type_0 = UUID(_workflow_version_id_data)

                    workflow_version_id = workflow_version_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workflow_version_id = cast("None | Unset | UUID", _workflow_version_id_data)
            break

        workflow_identifier: None | str | Unset = d.pop("workflow_identifier", UNSET)

        workflow_task_queue: None | str | Unset = d.pop("workflow_task_queue", UNSET)

        schedule_id: None | str | Unset = d.pop("schedule_id", UNSET)

        deployment_name: None | str | Unset = d.pop("deployment_name", UNSET)

        workflow_schedule_request = cls(
            schedule,
            workflow_registration_id,
            workflow_version_id,
            workflow_identifier,
            workflow_task_queue,
            schedule_id,
            deployment_name,
        )

        workflow_schedule_request.additional_properties = d
        return workflow_schedule_request

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
