from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.workflow_type import WorkflowType
else:
    WorkflowType = _Lazy(globals(), "workflow_type", "WorkflowType")


T = TypeVar("T", bound="WorkflowWithWorkerStatus")


class WorkflowWithWorkerStatus:
    """
    Attributes:
        id (UUID): Unique identifier of the workflow
        name (str): Name of the workflow
        display_name (str): Display name of the workflow
        type_ (WorkflowType):
        customer_id (UUID): Customer ID of the workflow
        workspace_id (UUID): Workspace ID of the workflow
        active (bool): Whether the workflow is active
        description (None | str | Unset): Description of the workflow
        shared_namespace (None | str | Unset): Reserved namespace for shared workflows (e.g., 'shared:my-shared-
            workflow')
        available_in_chat_assistant (bool | Unset): Whether the workflow is available in chat assistant Default: False.
        is_technical (bool | Unset): Whether the workflow is technical (e.g. SDK-managed) Default: False.
        archived (bool | Unset): Whether the workflow is archived Default: False.
        tags (list[str] | Unset): Tags for filtering and discovery
    """

    __slots__ = (
        "active",
        "additional_properties",
        "archived",
        "available_in_chat_assistant",
        "customer_id",
        "description",
        "display_name",
        "id",
        "is_technical",
        "name",
        "shared_namespace",
        "tags",
        "type_",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "display_name",
        "type_",
        "customer_id",
        "workspace_id",
        "active",
        "description",
        "shared_namespace",
        "available_in_chat_assistant",
        "is_technical",
        "archived",
        "tags",
    )

    id: UUID
    name: str
    display_name: str
    type_: WorkflowType
    customer_id: UUID
    workspace_id: UUID
    active: bool
    description: None | str | Unset
    shared_namespace: None | str | Unset
    available_in_chat_assistant: bool | Unset
    is_technical: bool | Unset
    archived: bool | Unset
    tags: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        display_name: str,
        type_: WorkflowType,
        customer_id: UUID,
        workspace_id: UUID,
        active: bool,
        description: None | str | Unset = UNSET,
        shared_namespace: None | str | Unset = UNSET,
        available_in_chat_assistant: bool | Unset = UNSET,
        is_technical: bool | Unset = UNSET,
        archived: bool | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.display_name = display_name
        self.type_ = type_
        self.customer_id = customer_id
        self.workspace_id = workspace_id
        self.active = active
        self.description = description
        self.shared_namespace = shared_namespace
        self.available_in_chat_assistant = available_in_chat_assistant
        self.is_technical = is_technical
        self.archived = archived
        self.tags = tags
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        type_ = str(self.type_)

        customer_id = str(self.customer_id)

        workspace_id = str(self.workspace_id)

        active = self.active

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        shared_namespace: None | str | Unset
        if isinstance(self.shared_namespace, Unset):
            shared_namespace = UNSET
        else:
            shared_namespace = self.shared_namespace

        available_in_chat_assistant = self.available_in_chat_assistant

        is_technical = self.is_technical

        archived = self.archived

        tags: list[str] | Unset = UNSET
        if not isinstance(self.tags, Unset):
            tags = self.tags

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "display_name": display_name,
                "type": type_,
                "customer_id": customer_id,
                "workspace_id": workspace_id,
                "active": active,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if shared_namespace is not UNSET:
            field_dict["shared_namespace"] = shared_namespace
        if available_in_chat_assistant is not UNSET:
            field_dict["available_in_chat_assistant"] = available_in_chat_assistant
        if is_technical is not UNSET:
            field_dict["is_technical"] = is_technical
        if archived is not UNSET:
            field_dict["archived"] = archived
        if tags is not UNSET:
            field_dict["tags"] = tags

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

        name = d.pop("name")

        display_name = d.pop("display_name")

        type_ = WorkflowType(d.pop("type"))

        customer_id = UUID(d.pop("customer_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        active = d.pop("active")

        description: None | str | Unset = d.pop("description", UNSET)

        shared_namespace: None | str | Unset = d.pop("shared_namespace", UNSET)

        available_in_chat_assistant = d.pop("available_in_chat_assistant", UNSET)

        is_technical = d.pop("is_technical", UNSET)

        archived = d.pop("archived", UNSET)

        tags = cast(list[str], d.pop("tags", UNSET))

        workflow_with_worker_status = cls(
            id,
            name,
            display_name,
            type_,
            customer_id,
            workspace_id,
            active,
            description,
            shared_namespace,
            available_in_chat_assistant,
            is_technical,
            archived,
            tags,
        )

        workflow_with_worker_status.additional_properties = d
        return workflow_with_worker_status

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
