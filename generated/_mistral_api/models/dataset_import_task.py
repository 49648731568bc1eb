from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.base_task_status import BaseTaskStatus
else:
    BaseTaskStatus = _Lazy(globals(), "base_task_status", "BaseTaskStatus")


T = TypeVar("T", bound="DatasetImportTask")


class DatasetImportTask:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        deleted_at (datetime.datetime | None):
        creator_id (UUID):
        dataset_id (UUID):
        workspace_id (UUID):
        status (BaseTaskStatus):
        progress (int | None | Unset):
        message (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "creator_id",
        "dataset_id",
        "deleted_at",
        "id",
        "message",
        "progress",
        "status",
        "updated_at",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "creator_id",
        "dataset_id",
        "workspace_id",
        "status",
        "progress",
        "message",
    )

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    creator_id: UUID
    dataset_id: UUID
    workspace_id: UUID
    status: BaseTaskStatus
    progress: int | None | Unset
    message: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        deleted_at: datetime.datetime | None,
        creator_id: UUID,
        dataset_id: UUID,
        workspace_id: UUID,
        status: BaseTaskStatus,
        progress: int | None | Unset = UNSET,
        message: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at
        self.creator_id = creator_id
        self.dataset_id = dataset_id
        self.workspace_id = workspace_id
        self.status = status
        self.progress = progress
        self.message = message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        deleted_at: None | str
        if isinstance(self.deleted_at, datetime.datetime):
            deleted_at = self.deleted_at.isoformat().replace("+00:00", "Z")
        else:
            deleted_at = self.deleted_at

        creator_id = str(self.creator_id)

        dataset_id = str(self.dataset_id)

        workspace_id = str(self.workspace_id)

        status = str(self.status)

        progress: int | None | Unset
        if isinstance(self.progress, Unset):
            progress = UNSET
        else:
            progress = self.progress

        message: None | str | Unset
        if isinstance(self.message, Unset):
            message = UNSET
        else:
            message = self.message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "creator_id": creator_id,
                "dataset_id": dataset_id,
                "workspace_id": workspace_id,
                "status": status,
            }
        )
        if progress is not UNSET:
            field_dict["progress"] = progress
        if message is not UNSET:
            field_dict["message"] = message

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _deleted_at_data = d.pop("deleted_at")
        deleted_at: datetime.datetime | None
        while True:  # one pass; each break is the generator's `return`
            if _deleted_at_data is None:
                deleted_at = _deleted_at_data
                break
            if isinstance(_deleted_at_data, str):
                try:
                    deleted_at_type_0 = datetime.datetime.fromisoformat(_deleted_at_data)

                    deleted_at = deleted_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            deleted_at = cast("datetime.datetime | None", _deleted_at_data)
            break

        creator_id = UUID(d.pop("creator_id"))

        dataset_id = UUID(d.pop("dataset_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        status = BaseTaskStatus(d.pop("status"))

        progress: int | None | Unset = d.pop("progress", UNSET)

        message: None | str | Unset = d.pop("message", UNSET)

        dataset_import_task = cls(
            id,
            created_at,
            updated_at,
            deleted_at,
            creator_id,
            dataset_id,
            workspace_id,
            status,
            progress,
            message,
        )

        dataset_import_task.additional_properties = d
        return dataset_import_task

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
