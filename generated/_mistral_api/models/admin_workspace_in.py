from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AdminWorkspaceIn")


class AdminWorkspaceIn:
    """
    Attributes:
        name (str): Workspace name.
        admin_user_id (UUID): User ID to grant the Workspace Admin role to.
        description (str | Unset): Workspace description. Default: ''.
        icon (str | Unset): Workspace icon. Default: ''.
        add_all_org_members (bool | Unset): Whether to add all Organization members to the Workspace. Default: False.
    """

    __slots__ = ("add_all_org_members", "additional_properties", "admin_user_id", "description", "icon", "name")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "admin_user_id",
        "description",
        "icon",
        "add_all_org_members",
    )

    name: str
    admin_user_id: UUID
    description: str | Unset
    icon: str | Unset
    add_all_org_members: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        admin_user_id: UUID,
        description: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        add_all_org_members: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.admin_user_id = admin_user_id
        self.description = description
        self.icon = icon
        self.add_all_org_members = add_all_org_members
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        admin_user_id = str(self.admin_user_id)

        description = self.description

        icon = self.icon

        add_all_org_members = self.add_all_org_members

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "admin_user_id": admin_user_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if icon is not UNSET:
            field_dict["icon"] = icon
        if add_all_org_members is not UNSET:
            field_dict["add_all_org_members"] = add_all_org_members

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
        name = d.pop("name")

        admin_user_id = UUID(d.pop("admin_user_id"))

        description = d.pop("description", UNSET)

        icon = d.pop("icon", UNSET)

        add_all_org_members = d.pop("add_all_org_members", UNSET)

        admin_workspace_in = cls(
            name,
            admin_user_id,
            description,
            icon,
            add_all_org_members,
        )

        admin_workspace_in.additional_properties = d
        return admin_workspace_in

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
