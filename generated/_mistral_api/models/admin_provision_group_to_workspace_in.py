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
    from ..models.admin_provision_group_to_workspace_in_workspace_role_name_type_0 import (
        AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0,
    )
    from ..models.static_workspace_roles import StaticWorkspaceRoles
    from ..models.workspace_role import WorkspaceRole
else:
    AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 = _Lazy(
        globals(),
        "admin_provision_group_to_workspace_in_workspace_role_name_type_0",
        "AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0",
    )
    StaticWorkspaceRoles = _Lazy(globals(), "static_workspace_roles", "StaticWorkspaceRoles")
    WorkspaceRole = _Lazy(globals(), "workspace_role", "WorkspaceRole")


T = TypeVar("T", bound="AdminProvisionGroupToWorkspaceIn")


class AdminProvisionGroupToWorkspaceIn:
    """
    Attributes:
        user_group_uuid (UUID): User group ID to provision.
        workspace_uuid (UUID): Workspace ID where the group is provisioned.
        workspace_role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Workspace role value to assign to the
            group. Mutually exclusive with 'workspace_role_name'.
        workspace_role_name (AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset): Workspace role name
            to assign to the group. Mutually exclusive with 'workspace_role'.
    """

    __slots__ = ("additional_properties", "user_group_uuid", "workspace_role", "workspace_role_name", "workspace_uuid")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "user_group_uuid",
        "workspace_uuid",
        "workspace_role",
        "workspace_role_name",
    )

    user_group_uuid: UUID
    workspace_uuid: UUID
    workspace_role: None | StaticWorkspaceRoles | Unset | WorkspaceRole
    workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_group_uuid: UUID,
        workspace_uuid: UUID,
        workspace_role: None | StaticWorkspaceRoles | Unset | WorkspaceRole = UNSET,
        workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset = UNSET,
    ) -> None:
        self.user_group_uuid = user_group_uuid
        self.workspace_uuid = workspace_uuid
        self.workspace_role = workspace_role
        self.workspace_role_name = workspace_role_name
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        user_group_uuid = str(self.user_group_uuid)

        workspace_uuid = str(self.workspace_uuid)

        workspace_role: None | str | Unset
        if isinstance(self.workspace_role, Unset):
            workspace_role = UNSET
        elif isinstance(self.workspace_role, WorkspaceRole) or isinstance(self.workspace_role, StaticWorkspaceRoles):
            workspace_role = str(self.workspace_role)
        else:
            workspace_role = self.workspace_role

        workspace_role_name: None | str | Unset
        if isinstance(self.workspace_role_name, Unset):
            workspace_role_name = UNSET
        elif isinstance(self.workspace_role_name, AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0):
            workspace_role_name = str(self.workspace_role_name)
        else:
            workspace_role_name = self.workspace_role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_group_uuid": user_group_uuid,
                "workspace_uuid": workspace_uuid,
            }
        )
        if workspace_role is not UNSET:
            field_dict["workspace_role"] = workspace_role
        if workspace_role_name is not UNSET:
            field_dict["workspace_role_name"] = workspace_role_name

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
        user_group_uuid = UUID(d.pop("user_group_uuid"))

        workspace_uuid = UUID(d.pop("workspace_uuid"))

        _workspace_role_data = d.pop("workspace_role", UNSET)
        workspace_role: None | StaticWorkspaceRoles | Unset | WorkspaceRole
        while True:  # one pass; each break is the generator's `return`
            if _workspace_role_data is None:
                workspace_role = _workspace_role_data
                break
            if isinstance(_workspace_role_data, Unset):
                workspace_role = _workspace_role_data
                break
            if isinstance(_workspace_role_data, str):
                try:
                    workspace_role_type_0 = WorkspaceRole(_workspace_role_data)

                    workspace_role = workspace_role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_workspace_role_data, str):
                try:
                    workspace_role_type_1 = StaticWorkspaceRoles(_workspace_role_data)

                    workspace_role = workspace_role_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspace_role = cast("None | StaticWorkspaceRoles | Unset | WorkspaceRole", _workspace_role_data)
            break

        _workspace_role_name_data = d.pop("workspace_role_name", UNSET)
        workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _workspace_role_name_data is None:
                workspace_role_name = _workspace_role_name_data
                break
            if isinstance(_workspace_role_name_data, Unset):
                workspace_role_name = _workspace_role_name_data
                break
            if isinstance(_workspace_role_name_data, str):
                try:
                    workspace_role_name_type_0 = AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0(
                        _workspace_role_name_data
                    )

                    workspace_role_name = workspace_role_name_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspace_role_name = cast(
                "AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset", _workspace_role_name_data
            )
            break

        admin_provision_group_to_workspace_in = cls(
            user_group_uuid,
            workspace_uuid,
            workspace_role,
            workspace_role_name,
        )

        admin_provision_group_to_workspace_in.additional_properties = d
        return admin_provision_group_to_workspace_in

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
