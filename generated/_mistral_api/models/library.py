from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Library")


class Library:
    """
    Attributes:
        id (UUID):
        name (str):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        owner_id (None | UUID):
        owner_type (str):
        total_size (int):
        nb_documents (int):
        chunk_size (int | None):
        emoji (None | str | Unset):
        description (None | str | Unset):
        generated_description (None | str | Unset):
        explicit_user_members_count (int | None | Unset):
        explicit_workspace_members_count (int | None | Unset):
        org_sharing_role (None | str | Unset):
        generated_name (None | str | Unset): Generated Name
    """

    __slots__ = (
        "additional_properties",
        "chunk_size",
        "created_at",
        "description",
        "emoji",
        "explicit_user_members_count",
        "explicit_workspace_members_count",
        "generated_description",
        "generated_name",
        "id",
        "name",
        "nb_documents",
        "org_sharing_role",
        "owner_id",
        "owner_type",
        "total_size",
        "updated_at",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "name",
        "created_at",
        "updated_at",
        "owner_id",
        "owner_type",
        "total_size",
        "nb_documents",
        "chunk_size",
        "emoji",
        "description",
        "generated_description",
        "explicit_user_members_count",
        "explicit_workspace_members_count",
        "org_sharing_role",
        "generated_name",
    )

    id: UUID
    name: str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    owner_id: None | UUID
    owner_type: str
    total_size: int
    nb_documents: int
    chunk_size: int | None
    emoji: None | str | Unset
    description: None | str | Unset
    generated_description: None | str | Unset
    explicit_user_members_count: int | None | Unset
    explicit_workspace_members_count: int | None | Unset
    org_sharing_role: None | str | Unset
    generated_name: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: UUID,
        name: str,
        created_at: datetime.datetime,
        updated_at: datetime.datetime,
        owner_id: None | UUID,
        owner_type: str,
        total_size: int,
        nb_documents: int,
        chunk_size: int | None,
        emoji: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        generated_description: None | str | Unset = UNSET,
        explicit_user_members_count: int | None | Unset = UNSET,
        explicit_workspace_members_count: int | None | Unset = UNSET,
        org_sharing_role: None | str | Unset = UNSET,
        generated_name: None | str | Unset = UNSET,
    ) -> None:
        self.id = id
        self.name = name
        self.created_at = created_at
        self.updated_at = updated_at
        self.owner_id = owner_id
        self.owner_type = owner_type
        self.total_size = total_size
        self.nb_documents = nb_documents
        self.chunk_size = chunk_size
        self.emoji = emoji
        self.description = description
        self.generated_description = generated_description
        self.explicit_user_members_count = explicit_user_members_count
        self.explicit_workspace_members_count = explicit_workspace_members_count
        self.org_sharing_role = org_sharing_role
        self.generated_name = generated_name
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        updated_at = self.updated_at.isoformat().replace("+00:00", "Z")

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner_type = self.owner_type

        total_size = self.total_size

        nb_documents = self.nb_documents

        chunk_size: int | None
        chunk_size = self.chunk_size

        emoji: None | str | Unset
        if isinstance(self.emoji, Unset):
            emoji = UNSET
        else:
            emoji = self.emoji

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        generated_description: None | str | Unset
        if isinstance(self.generated_description, Unset):
            generated_description = UNSET
        else:
            generated_description = self.generated_description

        explicit_user_members_count: int | None | Unset
        if isinstance(self.explicit_user_members_count, Unset):
            explicit_user_members_count = UNSET
        else:
            explicit_user_members_count = self.explicit_user_members_count

        explicit_workspace_members_count: int | None | Unset
        if isinstance(self.explicit_workspace_members_count, Unset):
            explicit_workspace_members_count = UNSET
        else:
            explicit_workspace_members_count = self.explicit_workspace_members_count

        org_sharing_role: None | str | Unset
        if isinstance(self.org_sharing_role, Unset):
            org_sharing_role = UNSET
        else:
            org_sharing_role = self.org_sharing_role

        generated_name: None | str | Unset
        if isinstance(self.generated_name, Unset):
            generated_name = UNSET
        else:
            generated_name = self.generated_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "created_at": created_at,
                "updated_at": updated_at,
                "owner_id": owner_id,
                "owner_type": owner_type,
                "total_size": total_size,
                "nb_documents": nb_documents,
                "chunk_size": chunk_size,
            }
        )
        if emoji is not UNSET:
            field_dict["emoji"] = emoji
        if description is not UNSET:
            field_dict["description"] = description
        if generated_description is not UNSET:
            field_dict["generated_description"] = generated_description
        if explicit_user_members_count is not UNSET:
            field_dict["explicit_user_members_count"] = explicit_user_members_count
        if explicit_workspace_members_count is not UNSET:
            field_dict["explicit_workspace_members_count"] = explicit_workspace_members_count
        if org_sharing_role is not UNSET:
            field_dict["org_sharing_role"] = org_sharing_role
        if generated_name is not UNSET:
            field_dict["generated_name"] = generated_name

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        _owner_id_data = d.pop("owner_id")
        owner_id: None | UUID
        while True:  # one pass; each break is the generator's `return`
            if _owner_id_data is None:
                owner_id = _owner_id_data
                break
            if isinstance(_owner_id_data, str):
                try:
                    owner_id_type_0 = UUID(_owner_id_data)

                    owner_id = owner_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            owner_id = cast("None | UUID", _owner_id_data)
            break

        owner_type = d.pop("owner_type")

        total_size = d.pop("total_size")

        nb_documents = d.pop("nb_documents")

        chunk_size: int | None = d.pop("chunk_size")

        emoji: None | str | Unset = d.pop("emoji", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        generated_description: None | str | Unset = d.pop("generated_description", UNSET)

        explicit_user_members_count: int | None | Unset = d.pop("explicit_user_members_count", UNSET)

        explicit_workspace_members_count: int | None | Unset = d.pop("explicit_workspace_members_count", UNSET)

        org_sharing_role: None | str | Unset = d.pop("org_sharing_role", UNSET)

        generated_name: None | str | Unset = d.pop("generated_name", UNSET)

        library = cls(
            id,
            name,
            created_at,
            updated_at,
            owner_id,
            owner_type,
            total_size,
            nb_documents,
            chunk_size,
            emoji,
            description,
            generated_description,
            explicit_user_members_count,
            explicit_workspace_members_count,
            org_sharing_role,
            generated_name,
        )

        library.additional_properties = d
        return library

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
