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
    from ..models.static_workspace_roles import StaticWorkspaceRoles
    from ..models.workspace_member_single_in_role_name_type_0 import WorkspaceMemberSingleINRoleNameType0
    from ..models.workspace_member_single_in_role_names_type_0_item import WorkspaceMemberSingleINRoleNamesType0Item
    from ..models.workspace_role import WorkspaceRole
else:
    StaticWorkspaceRoles = _Lazy(globals(), "static_workspace_roles", "StaticWorkspaceRoles")
    WorkspaceMemberSingleINRoleNameType0 = _Lazy(
        globals(), "workspace_member_single_in_role_name_type_0", "WorkspaceMemberSingleINRoleNameType0"
    )
    WorkspaceMemberSingleINRoleNamesType0Item = _Lazy(
        globals(), "workspace_member_single_in_role_names_type_0_item", "WorkspaceMemberSingleINRoleNamesType0Item"
    )
    WorkspaceRole = _Lazy(globals(), "workspace_role", "WorkspaceRole")


T = TypeVar("T", bound="WorkspaceMemberSingleIN")


class WorkspaceMemberSingleIN:
    """
    Attributes:
        user_uuid (UUID): User ID of the Workspace member.
        role_names (list[WorkspaceMemberSingleINRoleNamesType0Item] | None | Unset): Simplified role names to assign.
            Mutually exclusive with 'roles'.
        roles (list[StaticWorkspaceRoles] | list[WorkspaceRole] | None | Unset): Role values to assign. Mutually
            exclusive with 'role_names'.
        role_name (None | Unset | WorkspaceMemberSingleINRoleNameType0): Deprecated single role name, kept for backward
            compatibility. Mutually exclusive with 'role'.
        role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated legacy single role value, kept for
            backward compatibility. Mutually exclusive with 'role_name'.
    """

    __slots__ = ("additional_properties", "role", "role_name", "role_names", "roles", "user_uuid")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "user_uuid",
        "role_names",
        "roles",
        "role_name",
        "role",
    )

    user_uuid: UUID
    role_names: list[WorkspaceMemberSingleINRoleNamesType0Item] | None | Unset
    roles: list[StaticWorkspaceRoles] | list[WorkspaceRole] | None | Unset
    role_name: None | Unset | WorkspaceMemberSingleINRoleNameType0
    role: None | StaticWorkspaceRoles | Unset | WorkspaceRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_uuid: UUID,
        role_names: list[WorkspaceMemberSingleINRoleNamesType0Item] | None | Unset = UNSET,
        roles: list[StaticWorkspaceRoles] | list[WorkspaceRole] | None | Unset = UNSET,
        role_name: None | Unset | WorkspaceMemberSingleINRoleNameType0 = UNSET,
        role: None | StaticWorkspaceRoles | Unset | WorkspaceRole = UNSET,
    ) -> None:
        self.user_uuid = user_uuid
        self.role_names = role_names
        self.roles = roles
        self.role_name = role_name
        self.role = role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        user_uuid = str(self.user_uuid)

        role_names: list[str] | None | Unset
        if isinstance(self.role_names, Unset):
            role_names = UNSET
        elif isinstance(self.role_names, list):
            role_names = []
            for role_names_type_0_item_data in self.role_names:
                role_names_type_0_item = str(role_names_type_0_item_data)
                role_names.append(role_names_type_0_item)

        else:
            role_names = self.role_names

        roles: list[str] | None | Unset
        if isinstance(self.roles, Unset):
            roles = UNSET
        elif isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = str(roles_type_0_item_data)
                roles.append(roles_type_0_item)

        elif isinstance(self.roles, list):
            roles = []
            for roles_type_1_item_data in self.roles:
                roles_type_1_item = str(roles_type_1_item_data)
                roles.append(roles_type_1_item)

        else:
            roles = self.roles

        role_name: None | str | Unset
        if isinstance(self.role_name, Unset):
            role_name = UNSET
        elif isinstance(self.role_name, WorkspaceMemberSingleINRoleNameType0):
            role_name = str(self.role_name)
        else:
            role_name = self.role_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, WorkspaceRole) or isinstance(self.role, StaticWorkspaceRoles):
            role = str(self.role)
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_uuid": user_uuid,
            }
        )
        if role_names is not UNSET:
            field_dict["role_names"] = role_names
        if roles is not UNSET:
            field_dict["roles"] = roles
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if role is not UNSET:
            field_dict["role"] = role

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
        user_uuid = UUID(d.pop("user_uuid"))

        _role_names_data = d.pop("role_names", UNSET)
        role_names: list[WorkspaceMemberSingleINRoleNamesType0Item] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _role_names_data is None:
                role_names = _role_names_data
                break
            if isinstance(_role_names_data, Unset):
                role_names = _role_names_data
                break
            if isinstance(_role_names_data, list):
                try:
                    role_names_type_0 = []
                    _role_names_type_0 = _role_names_data
                    for role_names_type_0_item_data in _role_names_type_0:
                        role_names_type_0_item = WorkspaceMemberSingleINRoleNamesType0Item(role_names_type_0_item_data)

                        role_names_type_0.append(role_names_type_0_item)

                    role_names = role_names_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_names = cast("list[WorkspaceMemberSingleINRoleNamesType0Item] | None | Unset", _role_names_data)
            break

        _roles_data = d.pop("roles", UNSET)
        roles: list[StaticWorkspaceRoles] | list[WorkspaceRole] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _roles_data is None:
                roles = _roles_data
                break
            if isinstance(_roles_data, Unset):
                roles = _roles_data
                break
            if isinstance(_roles_data, list):
                try:
                    roles_type_0 = []
                    _roles_type_0 = _roles_data
                    for roles_type_0_item_data in _roles_type_0:
                        roles_type_0_item = WorkspaceRole(roles_type_0_item_data)

                        roles_type_0.append(roles_type_0_item)

                    roles = roles_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_roles_data, list):
                try:
                    roles_type_1 = []
                    _roles_type_1 = _roles_data
                    for roles_type_1_item_data in _roles_type_1:
                        roles_type_1_item = StaticWorkspaceRoles(roles_type_1_item_data)

                        roles_type_1.append(roles_type_1_item)

                    roles = roles_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            roles = cast("list[StaticWorkspaceRoles] | list[WorkspaceRole] | None | Unset", _roles_data)
            break

        _role_name_data = d.pop("role_name", UNSET)
        role_name: None | Unset | WorkspaceMemberSingleINRoleNameType0
        while True:  # one pass; each break is the generator's `return`
            if _role_name_data is None:
                role_name = _role_name_data
                break
            if isinstance(_role_name_data, Unset):
                role_name = _role_name_data
                break
            if isinstance(_role_name_data, str):
                try:
                    role_name_type_0 = WorkspaceMemberSingleINRoleNameType0(_role_name_data)

                    role_name = role_name_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_name = cast("None | Unset | WorkspaceMemberSingleINRoleNameType0", _role_name_data)
            break

        _role_data = d.pop("role", UNSET)
        role: None | StaticWorkspaceRoles | Unset | WorkspaceRole
        while True:  # one pass; each break is the generator's `return`
            if _role_data is None:
                role = _role_data
                break
            if isinstance(_role_data, Unset):
                role = _role_data
                break
            if isinstance(_role_data, str):
                try:
                    role_type_0 = WorkspaceRole(_role_data)

                    role = role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_role_data, str):
                try:
                    role_type_1 = StaticWorkspaceRoles(_role_data)

                    role = role_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role = cast("None | StaticWorkspaceRoles | Unset | WorkspaceRole", _role_data)
            break

        workspace_member_single_in = cls(
            user_uuid,
            role_names,
            roles,
            role_name,
            role,
        )

        workspace_member_single_in.additional_properties = d
        return workspace_member_single_in

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
