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
    from ..models.user_group_target_type import UserGroupTargetType
else:
    UserGroupTargetType = _Lazy(globals(), "user_group_target_type", "UserGroupTargetType")


T = TypeVar("T", bound="AdminUserGroupOut")


class AdminUserGroupOut:
    """
    Attributes:
        uuid (UUID): User group ID.
        name (str): Name of the user group.
        description (None | str): Optional description of the user group.
        externally_managed (bool | None | Unset): Whether the group is managed by an external system.
        target_type (None | Unset | UserGroupTargetType): Type of resources this group can access.
        organization_role (None | str | Unset): Organization role assigned to the group.
        parent_group_ids (list[UUID] | Unset): UUIDs of the groups this group is directly nested inside.
    """

    __slots__ = (
        "additional_properties",
        "description",
        "externally_managed",
        "name",
        "organization_role",
        "parent_group_ids",
        "target_type",
        "uuid",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "uuid",
        "name",
        "description",
        "externally_managed",
        "target_type",
        "organization_role",
        "parent_group_ids",
    )

    uuid: UUID
    name: str
    description: None | str
    externally_managed: bool | None | Unset
    target_type: None | Unset | UserGroupTargetType
    organization_role: None | str | Unset
    parent_group_ids: list[UUID] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        uuid: UUID,
        name: str,
        description: None | str,
        externally_managed: bool | None | Unset = UNSET,
        target_type: None | Unset | UserGroupTargetType = UNSET,
        organization_role: None | str | Unset = UNSET,
        parent_group_ids: list[UUID] | Unset = UNSET,
    ) -> None:
        self.uuid = uuid
        self.name = name
        self.description = description
        self.externally_managed = externally_managed
        self.target_type = target_type
        self.organization_role = organization_role
        self.parent_group_ids = parent_group_ids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        description: None | str
        description = self.description

        externally_managed: bool | None | Unset
        if isinstance(self.externally_managed, Unset):
            externally_managed = UNSET
        else:
            externally_managed = self.externally_managed

        target_type: None | str | Unset
        if isinstance(self.target_type, Unset):
            target_type = UNSET
        elif isinstance(self.target_type, UserGroupTargetType):
            target_type = str(self.target_type)
        else:
            target_type = self.target_type

        organization_role: None | str | Unset
        if isinstance(self.organization_role, Unset):
            organization_role = UNSET
        else:
            organization_role = self.organization_role

        parent_group_ids: list[str] | Unset = UNSET
        if not isinstance(self.parent_group_ids, Unset):
            parent_group_ids = []
            for parent_group_ids_item_data in self.parent_group_ids:
                parent_group_ids_item = str(parent_group_ids_item_data)
                parent_group_ids.append(parent_group_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "description": description,
            }
        )
        if externally_managed is not UNSET:
            field_dict["externally_managed"] = externally_managed
        if target_type is not UNSET:
            field_dict["target_type"] = target_type
        if organization_role is not UNSET:
            field_dict["organization_role"] = organization_role
        if parent_group_ids is not UNSET:
            field_dict["parent_group_ids"] = parent_group_ids

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
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        description: None | str = d.pop("description")

        externally_managed: bool | None | Unset = d.pop("externally_managed", UNSET)

        _target_type_data = d.pop("target_type", UNSET)
        target_type: None | Unset | UserGroupTargetType
        while True:  # one pass; each break is the generator's `return`
            if _target_type_data is None:
                target_type = _target_type_data
                break
            if isinstance(_target_type_data, Unset):
                target_type = _target_type_data
                break
            if isinstance(_target_type_data, str):
                try:
                    target_type_type_0 = UserGroupTargetType(_target_type_data)

                    target_type = target_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            target_type = cast("None | Unset | UserGroupTargetType", _target_type_data)
            break

        organization_role: None | str | Unset = d.pop("organization_role", UNSET)

        _parent_group_ids = d.pop("parent_group_ids", UNSET)
        parent_group_ids: list[UUID] | Unset = UNSET
        if _parent_group_ids is not UNSET:
            parent_group_ids = []
            for parent_group_ids_item_data in _parent_group_ids:
                parent_group_ids_item = UUID(parent_group_ids_item_data)

                parent_group_ids.append(parent_group_ids_item)

        admin_user_group_out = cls(
            uuid,
            name,
            description,
            externally_managed,
            target_type,
            organization_role,
            parent_group_ids,
        )

        admin_user_group_out.additional_properties = d
        return admin_user_group_out

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
