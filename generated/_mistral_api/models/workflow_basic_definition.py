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
    from ..models.workflow_metadata import WorkflowMetadata
else:
    WorkflowMetadata = _Lazy(globals(), "workflow_metadata", "WorkflowMetadata")


T = TypeVar("T", bound="WorkflowBasicDefinition")


class WorkflowBasicDefinition:
    """
    Attributes:
        id (UUID):
        name (str): The name of the workflow
        display_name (str): The display name of the workflow
        archived (bool): Whether the workflow is archived
        description (None | str | Unset): A description of the workflow
        metadata (WorkflowMetadata | Unset):
        tags (list[str] | Unset): Workflow tags
    """

    __slots__ = ("additional_properties", "archived", "description", "display_name", "id", "metadata", "name", "tags")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "display_name",
        "archived",
        "description",
        "metadata",
        "tags",
    )

    id: UUID
    name: str
    display_name: str
    archived: bool
    description: None | str | Unset
    metadata: WorkflowMetadata | Unset
    tags: list[str] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        display_name: str,
        archived: bool,
        description: None | str | Unset = UNSET,
        metadata: WorkflowMetadata | Unset = UNSET,
        tags: list[str] | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.display_name = display_name
        self.archived = archived
        self.description = description
        self.metadata = metadata
        self.tags = tags
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        display_name = self.display_name

        archived = self.archived

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        try:
            metadata: dict[str, Any] | Unset = UNSET
            if not isinstance(self.metadata, Unset):
                try:
                    metadata = self.metadata.to_dict()
                except AttributeError:
                    if isinstance(self.metadata, WorkflowMetadata):
                        raise
                    metadata = _as_dict(self.metadata, "WorkflowMetadata")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

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
                "archived": archived,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if metadata is not UNSET:
            field_dict["metadata"] = metadata
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

        archived = d.pop("archived")

        description: None | str | Unset = d.pop("description", UNSET)

        _metadata = d.pop("metadata", UNSET)
        metadata: WorkflowMetadata | Unset
        if isinstance(_metadata, Unset):
            metadata = UNSET
        else:
            metadata = WorkflowMetadata.from_dict(_metadata)

        tags = cast(list[str], d.pop("tags", UNSET))

        workflow_basic_definition = cls(
            id,
            name,
            display_name,
            archived,
            description,
            metadata,
            tags,
        )

        workflow_basic_definition.additional_properties = d
        return workflow_basic_definition

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
