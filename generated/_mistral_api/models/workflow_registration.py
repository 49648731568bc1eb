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
    from ..models.workflow import Workflow
    from ..models.workflow_code_definition import WorkflowCodeDefinition
else:
    Workflow = _Lazy(globals(), "workflow", "Workflow")
    WorkflowCodeDefinition = _Lazy(globals(), "workflow_code_definition", "WorkflowCodeDefinition")


T = TypeVar("T", bound="WorkflowRegistration")


class WorkflowRegistration:
    """
    Attributes:
        id (UUID): Unique identifier of the workflow registration
        definition (WorkflowCodeDefinition):
        workflow_id (UUID): Workflow ID of the workflow
        deployment_id (None | Unset | UUID): Deprecated. Use deployment_name instead. Will be removed in a future
            release.
        task_queue (None | str | Unset): Deprecated. Use deployment_name instead. Will be removed in a future release.
        workflow (None | Unset | Workflow): Workflow of the workflow registration
        deployment_name (None | str | Unset): Name of the deployment this registration belongs to
        compatible_with_chat_assistant (bool | Unset): Whether the workflow is compatible with chat assistant Default:
            False.
    """

    __slots__ = (
        "additional_properties",
        "compatible_with_chat_assistant",
        "definition",
        "deployment_id",
        "deployment_name",
        "id",
        "task_queue",
        "workflow",
        "workflow_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "definition",
        "workflow_id",
        "deployment_id",
        "task_queue",
        "workflow",
        "deployment_name",
        "compatible_with_chat_assistant",
    )

    id: UUID
    definition: WorkflowCodeDefinition
    workflow_id: UUID
    deployment_id: None | Unset | UUID
    task_queue: None | str | Unset
    workflow: None | Unset | Workflow
    deployment_name: None | str | Unset
    compatible_with_chat_assistant: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        definition: WorkflowCodeDefinition,
        workflow_id: UUID,
        deployment_id: None | Unset | UUID = UNSET,
        task_queue: None | str | Unset = UNSET,
        workflow: None | Unset | Workflow = UNSET,
        deployment_name: None | str | Unset = UNSET,
        compatible_with_chat_assistant: bool | Unset = UNSET,
    ) -> None:
        self.id = id
        self.definition = definition
        self.workflow_id = workflow_id
        self.deployment_id = deployment_id
        self.task_queue = task_queue
        self.workflow = workflow
        self.deployment_name = deployment_name
        self.compatible_with_chat_assistant = compatible_with_chat_assistant
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        try:
            try:
                definition = self.definition.to_dict()
            except AttributeError:
                if isinstance(self.definition, WorkflowCodeDefinition):
                    raise
                definition = _as_dict(self.definition, "WorkflowCodeDefinition")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "definition")
            raise

        workflow_id = str(self.workflow_id)

        deployment_id: None | str | Unset
        if isinstance(self.deployment_id, Unset):
            deployment_id = UNSET
        elif isinstance(self.deployment_id, UUID):
            deployment_id = str(self.deployment_id)
        else:
            deployment_id = self.deployment_id

        task_queue: None | str | Unset
        if isinstance(self.task_queue, Unset):
            task_queue = UNSET
        else:
            task_queue = self.task_queue

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

        deployment_name: None | str | Unset
        if isinstance(self.deployment_name, Unset):
            deployment_name = UNSET
        else:
            deployment_name = self.deployment_name

        compatible_with_chat_assistant = self.compatible_with_chat_assistant

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "definition": definition,
                "workflow_id": workflow_id,
            }
        )
        if deployment_id is not UNSET:
            field_dict["deployment_id"] = deployment_id
        if task_queue is not UNSET:
            field_dict["task_queue"] = task_queue
        if workflow is not UNSET:
            field_dict["workflow"] = workflow
        if deployment_name is not UNSET:
            field_dict["deployment_name"] = deployment_name
        if compatible_with_chat_assistant is not UNSET:
            field_dict["compatible_with_chat_assistant"] = compatible_with_chat_assistant

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
        id = UUID(d.pop("id"))

        definition = WorkflowCodeDefinition.from_dict(d.pop("definition"))

        workflow_id = UUID(d.pop("workflow_id"))

        _deployment_id_data = d.pop("deployment_id", UNSET)
        deployment_id: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _deployment_id_data is None:
                deployment_id = _deployment_id_data
                break
            if isinstance(_deployment_id_data, Unset):
                deployment_id = _deployment_id_data
                break
            if isinstance(_deployment_id_data, str):
                try:
                    deployment_id_type_0 = UUID(_deployment_id_data)

                    deployment_id = deployment_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deployment_id = cast("None | Unset | UUID", _deployment_id_data)
            break

        task_queue: None | str | Unset = d.pop("task_queue", UNSET)

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

        deployment_name: None | str | Unset = d.pop("deployment_name", UNSET)

        compatible_with_chat_assistant = d.pop("compatible_with_chat_assistant", UNSET)

        workflow_registration = cls(
            id,
            definition,
            workflow_id,
            deployment_id,
            task_queue,
            workflow,
            deployment_name,
            compatible_with_chat_assistant,
        )

        workflow_registration.additional_properties = d
        return workflow_registration

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
