from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Dataset")


class Dataset:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        deleted_at (datetime.datetime | None):
        name (str):
        description (str):
        owner_id (UUID):
        workspace_id (UUID):
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "deleted_at",
        "description",
        "id",
        "name",
        "owner_id",
        "updated_at",
        "workspace_id",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "created_at",
        "updated_at",
        "deleted_at",
        "name",
        "description",
        "owner_id",
        "workspace_id",
    )

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    deleted_at: datetime.datetime | None
    name: str
    description: str
    owner_id: UUID
    workspace_id: UUID
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        deleted_at: datetime.datetime | None,
        name: str,
        description: str,
        owner_id: UUID,
        workspace_id: UUID,
    ) -> None:
        self.id = id
        self.created_at = created_at
        self.updated_at = updated_at
        self.deleted_at = deleted_at
        self.name = name
        self.description = description
        self.owner_id = owner_id
        self.workspace_id = workspace_id
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

        name = self.name

        description = self.description

        owner_id = str(self.owner_id)

        workspace_id = str(self.workspace_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "deleted_at": deleted_at,
                "name": name,
                "description": description,
                "owner_id": owner_id,
                "workspace_id": workspace_id,
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

        name = d.pop("name")

        description = d.pop("description")

        owner_id = UUID(d.pop("owner_id"))

        workspace_id = UUID(d.pop("workspace_id"))

        dataset = cls(
            id,
            created_at,
            updated_at,
            deleted_at,
            name,
            description,
            owner_id,
            workspace_id,
        )

        dataset.additional_properties = d
        return dataset

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
