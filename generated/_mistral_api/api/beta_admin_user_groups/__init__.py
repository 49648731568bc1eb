"""BetaAdminUserGroups: generated resource (`client.beta.admin.user_groups`)."""

from __future__ import annotations

import builtins
import functools
from collections.abc import Iterator, Mapping, Sequence
from typing import IO, TYPE_CHECKING, Any, TypeAlias, TypedDict, Unpack, cast
from urllib.parse import quote
from uuid import UUID

from ...client import (
    APIResponse,
    AsyncEventStream,
    EventStream,
    Request,
    RequestOptions,
    Transport,
    as_bytes,
    as_is,
    as_lines,
    as_none,
    as_text,
    to_file,
    to_json,
)
from ...types import UNSET, File, Unset
from ...types import Lazy as _Lazy

if TYPE_CHECKING:
    from ...models.admin_assign_users_to_group_in import AdminAssignUsersToGroupIn
    from ...models.admin_provision_group_to_workspace_in import AdminProvisionGroupToWorkspaceIn
    from ...models.admin_provision_group_to_workspace_in_workspace_role_name_type_0 import (
        AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0,
    )
    from ...models.admin_update_user_group_in import AdminUpdateUserGroupIn
    from ...models.admin_user_group_in import AdminUserGroupIn
    from ...models.admin_user_group_members_out import AdminUserGroupMembersOut
    from ...models.admin_user_group_out import AdminUserGroupOut
    from ...models.admin_user_groups_out import AdminUserGroupsOut
    from ...models.assign_group_to_workspace_in import AssignGroupToWorkspaceIn
    from ...models.assign_group_to_workspace_in_role_names_type_0_item import AssignGroupToWorkspaceInRoleNamesType0Item
    from ...models.group_workspace_assignments_out import GroupWorkspaceAssignmentsOut
    from ...models.nested_groups_out import NestedGroupsOut
    from ...models.set_nested_groups_in import SetNestedGroupsIn
    from ...models.static_organization_roles import StaticOrganizationRoles
    from ...models.static_workspace_roles import StaticWorkspaceRoles
    from ...models.update_group_workspace_assignment_in import UpdateGroupWorkspaceAssignmentIn
    from ...models.update_group_workspace_assignment_in_role_names_type_0_item import (
        UpdateGroupWorkspaceAssignmentInRoleNamesType0Item,
    )
    from ...models.update_user_group_organization_role_in import UpdateUserGroupOrganizationRoleIn
    from ...models.user_group_target_type import UserGroupTargetType
    from ...models.user_role import UserRole
    from ...models.workspace_role import WorkspaceRole
else:
    AdminAssignUsersToGroupIn = _Lazy(globals(), "admin_assign_users_to_group_in", "AdminAssignUsersToGroupIn")
    AdminProvisionGroupToWorkspaceIn = _Lazy(
        globals(), "admin_provision_group_to_workspace_in", "AdminProvisionGroupToWorkspaceIn"
    )
    AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 = _Lazy(
        globals(),
        "admin_provision_group_to_workspace_in_workspace_role_name_type_0",
        "AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0",
    )
    AdminUpdateUserGroupIn = _Lazy(globals(), "admin_update_user_group_in", "AdminUpdateUserGroupIn")
    AdminUserGroupIn = _Lazy(globals(), "admin_user_group_in", "AdminUserGroupIn")
    AdminUserGroupMembersOut = _Lazy(globals(), "admin_user_group_members_out", "AdminUserGroupMembersOut")
    AdminUserGroupOut = _Lazy(globals(), "admin_user_group_out", "AdminUserGroupOut")
    AdminUserGroupsOut = _Lazy(globals(), "admin_user_groups_out", "AdminUserGroupsOut")
    AssignGroupToWorkspaceIn = _Lazy(globals(), "assign_group_to_workspace_in", "AssignGroupToWorkspaceIn")
    AssignGroupToWorkspaceInRoleNamesType0Item = _Lazy(
        globals(), "assign_group_to_workspace_in_role_names_type_0_item", "AssignGroupToWorkspaceInRoleNamesType0Item"
    )
    GroupWorkspaceAssignmentsOut = _Lazy(globals(), "group_workspace_assignments_out", "GroupWorkspaceAssignmentsOut")
    NestedGroupsOut = _Lazy(globals(), "nested_groups_out", "NestedGroupsOut")
    SetNestedGroupsIn = _Lazy(globals(), "set_nested_groups_in", "SetNestedGroupsIn")
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    StaticWorkspaceRoles = _Lazy(globals(), "static_workspace_roles", "StaticWorkspaceRoles")
    UpdateGroupWorkspaceAssignmentIn = _Lazy(
        globals(), "update_group_workspace_assignment_in", "UpdateGroupWorkspaceAssignmentIn"
    )
    UpdateGroupWorkspaceAssignmentInRoleNamesType0Item = _Lazy(
        globals(),
        "update_group_workspace_assignment_in_role_names_type_0_item",
        "UpdateGroupWorkspaceAssignmentInRoleNamesType0Item",
    )
    UpdateUserGroupOrganizationRoleIn = _Lazy(
        globals(), "update_user_group_organization_role_in", "UpdateUserGroupOrganizationRoleIn"
    )
    UserGroupTargetType = _Lazy(globals(), "user_group_target_type", "UserGroupTargetType")
    UserRole = _Lazy(globals(), "user_role", "UserRole")
    WorkspaceRole = _Lazy(globals(), "workspace_role", "WorkspaceRole")


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_USER_GROUPS = (
    "page",
    "page_size",
    "search",
)


def _decode_users_api_admin_user_groups_get_user_groups(data: Any) -> AdminUserGroupsOut:
    response_200 = AdminUserGroupsOut.from_dict(data)

    return response_200


def _users_api_admin_user_groups_get_user_groups(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: None | str | Unset = UNSET,
) -> Request[AdminUserGroupsOut]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_search: None | str | Unset
    if isinstance(search, Unset):
        json_search = UNSET
    else:
        json_search = search
    params["search"] = json_search

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/user-groups",
        operation_id="users_api_admin_user_groups_get_user_groups",
        decode=_decode_users_api_admin_user_groups_get_user_groups,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_USER_GROUPS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_CREATE_USER_GROUP = (
    "name",
    "description",
    "target_type",
    "parent_group_ids",
)


def _decode_users_api_admin_user_groups_create_user_group(data: Any) -> AdminUserGroupOut:
    response_200 = AdminUserGroupOut.from_dict(data)

    return response_200


def _users_api_admin_user_groups_create_user_group(
    *,
    name: str,
    description: str | None | Unset = UNSET,
    target_type: UserGroupTargetType | str | None | Unset = UNSET,
    parent_group_ids: Sequence[UUID | str] | Unset = UNSET,
) -> Request[AdminUserGroupOut]:

    _kwargs: dict[str, Any] = {}
    _body = AdminUserGroupIn(
        name=cast(Any, name),
        description=cast(Any, description),
        target_type=cast(Any, target_type),
        parent_group_ids=cast(Any, parent_group_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/user-groups",
        operation_id="users_api_admin_user_groups_create_user_group",
        decode=_decode_users_api_admin_user_groups_create_user_group,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_CREATE_USER_GROUP,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_PROVISION_GROUP_TO_WORKSPACE = (
    "user_group_uuid",
    "workspace_uuid",
    "workspace_role",
    "workspace_role_name",
)


def _users_api_admin_user_groups_provision_group_to_workspace(
    *,
    user_group_uuid: UUID | str,
    workspace_uuid: UUID | str,
    workspace_role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
    workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | str | None | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = AdminProvisionGroupToWorkspaceIn(
        user_group_uuid=cast(Any, user_group_uuid),
        workspace_uuid=cast(Any, workspace_uuid),
        workspace_role=cast(Any, workspace_role),
        workspace_role_name=cast(Any, workspace_role_name),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/user-groups/provision-workspace",
        operation_id="users_api_admin_user_groups_provision_group_to_workspace",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_PROVISION_GROUP_TO_WORKSPACE,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_USER_GROUP = ("group_uuid",)


def _decode_users_api_admin_user_groups_get_user_group(data: Any) -> AdminUserGroupOut:
    response_200 = AdminUserGroupOut.from_dict(data)

    return response_200


def _users_api_admin_user_groups_get_user_group(
    *,
    group_uuid: UUID | str,
) -> Request[AdminUserGroupOut]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/user-groups/{group_uuid}".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_get_user_group",
        decode=_decode_users_api_admin_user_groups_get_user_group,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_USER_GROUP,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_DELETE_USER_GROUP = ("group_uuid",)


def _users_api_admin_user_groups_delete_user_group(
    *,
    group_uuid: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/admin/user-groups/{group_uuid}".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_delete_user_group",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_DELETE_USER_GROUP,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_UPDATE_USER_GROUP = (
    "group_uuid",
    "name",
    "description",
    "target_type",
    "parent_group_ids",
)


def _decode_users_api_admin_user_groups_update_user_group(data: Any) -> AdminUserGroupOut:
    response_200 = AdminUserGroupOut.from_dict(data)

    return response_200


def _users_api_admin_user_groups_update_user_group(
    *,
    group_uuid: UUID | str,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    target_type: UserGroupTargetType | str | None | Unset = UNSET,
    parent_group_ids: Sequence[UUID | str] | None | Unset = UNSET,
) -> Request[AdminUserGroupOut]:

    _kwargs: dict[str, Any] = {}
    _body = AdminUpdateUserGroupIn(
        name=cast(Any, name),
        description=cast(Any, description),
        target_type=cast(Any, target_type),
        parent_group_ids=cast(Any, parent_group_ids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/user-groups/{group_uuid}".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_update_user_group",
        decode=_decode_users_api_admin_user_groups_update_user_group,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_UPDATE_USER_GROUP,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_USER_GROUP_MEMBERS = (
    "group_uuid",
    "page",
    "page_size",
)


def _decode_users_api_admin_user_groups_get_user_group_members(data: Any) -> AdminUserGroupMembersOut:
    response_200 = AdminUserGroupMembersOut.from_dict(data)

    return response_200


def _users_api_admin_user_groups_get_user_group_members(
    *,
    group_uuid: UUID | str,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Request[AdminUserGroupMembersOut]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/user-groups/{group_uuid}/members".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_get_user_group_members",
        decode=_decode_users_api_admin_user_groups_get_user_group_members,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_USER_GROUP_MEMBERS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_ASSIGN_USERS_TO_GROUP = (
    "group_uuid",
    "user_uuids",
)


def _users_api_admin_user_groups_assign_users_to_group(
    *,
    group_uuid: UUID | str,
    user_uuids: Sequence[UUID | str],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = AdminAssignUsersToGroupIn(
        user_uuids=cast(Any, user_uuids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/user-groups/{group_uuid}/members".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_assign_users_to_group",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_ASSIGN_USERS_TO_GROUP,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_REMOVE_USERS_FROM_GROUP = (
    "group_uuid",
    "user_uuids",
)


def _users_api_admin_user_groups_remove_users_from_group(
    *,
    group_uuid: UUID | str,
    user_uuids: Sequence[UUID | str],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = AdminAssignUsersToGroupIn(
        user_uuids=cast(Any, user_uuids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="DELETE",
        path="/v1/admin/user-groups/{group_uuid}/members".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_remove_users_from_group",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_REMOVE_USERS_FROM_GROUP,
        **_kwargs,
    )


_KEYWORDS_USERS_ADMIN_USER_GROUPS_GET_GROUP_WORKSPACE_ASSIGNMENTS = (
    "group_uuid",
    "page",
    "page_size",
)


def _decode_users_admin_user_groups_get_group_workspace_assignments(data: Any) -> GroupWorkspaceAssignmentsOut:
    response_200 = GroupWorkspaceAssignmentsOut.from_dict(data)

    return response_200


def _users_admin_user_groups_get_group_workspace_assignments(
    *,
    group_uuid: UUID | str,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
) -> Request[GroupWorkspaceAssignmentsOut]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/user-groups/{group_uuid}/workspaces".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_admin_user_groups_get_group_workspace_assignments",
        decode=_decode_users_admin_user_groups_get_group_workspace_assignments,
        kind="json",
        keywords=_KEYWORDS_USERS_ADMIN_USER_GROUPS_GET_GROUP_WORKSPACE_ASSIGNMENTS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_ASSIGN_GROUP_TO_WORKSPACE = (
    "group_uuid",
    "workspace_uuid",
    "role_names",
    "roles",
    "role",
)


def _users_api_admin_user_groups_assign_group_to_workspace(
    *,
    group_uuid: UUID | str,
    workspace_uuid: UUID | str,
    role_names: Sequence[AssignGroupToWorkspaceInRoleNamesType0Item | str] | None | Unset = UNSET,
    roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
    role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = AssignGroupToWorkspaceIn(
        workspace_uuid=cast(Any, workspace_uuid),
        role_names=cast(Any, role_names),
        roles=cast(Any, roles),
        role=cast(Any, role),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/user-groups/{group_uuid}/workspaces".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_assign_group_to_workspace",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_ASSIGN_GROUP_TO_WORKSPACE,
        **_kwargs,
    )


_KEYWORDS_USERS_ADMIN_USER_GROUPS_REMOVE_GROUP_FROM_WORKSPACE = (
    "group_uuid",
    "workspace_uuid",
)


def _users_admin_user_groups_remove_group_from_workspace(
    *,
    group_uuid: UUID | str,
    workspace_uuid: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}".format(
            group_uuid=quote(str(group_uuid), safe=""),
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_admin_user_groups_remove_group_from_workspace",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_ADMIN_USER_GROUPS_REMOVE_GROUP_FROM_WORKSPACE,
        **_kwargs,
    )


_KEYWORDS_USERS_ADMIN_USER_GROUPS_UPDATE_GROUP_WORKSPACE_ASSIGNMENT = (
    "group_uuid",
    "workspace_uuid",
    "role_names",
    "roles",
    "role",
)


def _users_admin_user_groups_update_group_workspace_assignment(
    *,
    group_uuid: UUID | str,
    workspace_uuid: UUID | str,
    role_names: Sequence[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item | str] | None | Unset = UNSET,
    roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
    role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateGroupWorkspaceAssignmentIn(
        role_names=cast(Any, role_names),
        roles=cast(Any, roles),
        role=cast(Any, role),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/user-groups/{group_uuid}/workspaces/{workspace_uuid}".format(
            group_uuid=quote(str(group_uuid), safe=""),
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_admin_user_groups_update_group_workspace_assignment",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_ADMIN_USER_GROUPS_UPDATE_GROUP_WORKSPACE_ASSIGNMENT,
        **_kwargs,
    )


_KEYWORDS_USERS_ADMIN_USER_GROUPS_UPDATE_USER_GROUP_ORGANIZATION_ROLE = (
    "group_uuid",
    "organization_role",
)


def _users_admin_user_groups_update_user_group_organization_role(
    *,
    group_uuid: UUID | str,
    organization_role: UserRole | str | StaticOrganizationRoles,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateUserGroupOrganizationRoleIn(
        organization_role=cast(Any, organization_role),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/user-groups/{group_uuid}/organization-role".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_admin_user_groups_update_user_group_organization_role",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_ADMIN_USER_GROUPS_UPDATE_USER_GROUP_ORGANIZATION_ROLE,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_NESTED_GROUPS = ("group_uuid",)


def _decode_users_api_admin_user_groups_get_nested_groups(data: Any) -> NestedGroupsOut:
    response_200 = NestedGroupsOut.from_dict(data)

    return response_200


def _users_api_admin_user_groups_get_nested_groups(
    *,
    group_uuid: UUID | str,
) -> Request[NestedGroupsOut]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/user-groups/{group_uuid}/nested".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_get_nested_groups",
        decode=_decode_users_api_admin_user_groups_get_nested_groups,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_GET_NESTED_GROUPS,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_SET_NESTED_GROUPS = (
    "group_uuid",
    "child_group_uuids",
)


def _users_api_admin_user_groups_set_nested_groups(
    *,
    group_uuid: UUID | str,
    child_group_uuids: Sequence[UUID | str],
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    _body = SetNestedGroupsIn(
        child_group_uuids=cast(Any, child_group_uuids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/user-groups/{group_uuid}/nested".format(
            group_uuid=quote(str(group_uuid), safe=""),
        ),
        operation_id="users_api_admin_user_groups_set_nested_groups",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_USER_GROUPS_SET_NESTED_GROUPS,
        **_kwargs,
    )


BetaAdminUserGroupsUsersApiAdminUserGroupsGetUserGroupsResult: TypeAlias = AdminUserGroupsOut


BetaAdminUserGroupsUsersApiAdminUserGroupsCreateUserGroupResult: TypeAlias = AdminUserGroupOut


BetaAdminUserGroupsUsersApiAdminUserGroupsProvisionGroupToWorkspaceResult: TypeAlias = None


BetaAdminUserGroupsUsersApiAdminUserGroupsGetUserGroupResult: TypeAlias = AdminUserGroupOut


BetaAdminUserGroupsUsersApiAdminUserGroupsDeleteUserGroupResult: TypeAlias = None


BetaAdminUserGroupsUsersApiAdminUserGroupsUpdateUserGroupResult: TypeAlias = AdminUserGroupOut


BetaAdminUserGroupsUsersApiAdminUserGroupsGetUserGroupMembersResult: TypeAlias = AdminUserGroupMembersOut


BetaAdminUserGroupsUsersApiAdminUserGroupsAssignUsersToGroupResult: TypeAlias = None


BetaAdminUserGroupsUsersApiAdminUserGroupsRemoveUsersFromGroupResult: TypeAlias = None


BetaAdminUserGroupsUsersAdminUserGroupsGetGroupWorkspaceAssignmentsResult: TypeAlias = GroupWorkspaceAssignmentsOut


BetaAdminUserGroupsUsersApiAdminUserGroupsAssignGroupToWorkspaceResult: TypeAlias = None


BetaAdminUserGroupsUsersAdminUserGroupsRemoveGroupFromWorkspaceResult: TypeAlias = None


BetaAdminUserGroupsUsersAdminUserGroupsUpdateGroupWorkspaceAssignmentResult: TypeAlias = None


BetaAdminUserGroupsUsersAdminUserGroupsUpdateUserGroupOrganizationRoleResult: TypeAlias = None


BetaAdminUserGroupsUsersApiAdminUserGroupsGetNestedGroupsResult: TypeAlias = NestedGroupsOut


BetaAdminUserGroupsUsersApiAdminUserGroupsSetNestedGroupsResult: TypeAlias = None


class BetaAdminUserGroups:
    """`client.beta.admin.user_groups`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminUserGroupsWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminUserGroupsWithRawResponse(self._transport)

    def users_api_admin_user_groups_get_user_groups(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupsOut:
        """Get User Groups

        Get all user groups across the organization.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term used to filter user groups by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_groups,
            dict(
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_get_user_groups_async(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupsOut:
        """Get User Groups

        Get all user groups across the organization.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term used to filter user groups by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_groups,
            dict(
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_create_user_group(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Create User Group

        Create a new user group.

        Args:
            name (str): Name of the user group.
            description (None | str | Unset): Optional description of the user group.
            target_type (None | Unset | UserGroupTargetType): Type of resources this group can access.
            parent_group_ids (list[UUID] | Unset): UUIDs of existing groups to nest this new group inside. Omit or pass an empty
                list to create a top-level group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_create_user_group,
            dict(
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_create_user_group_async(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Create User Group

        Create a new user group.

        Args:
            name (str): Name of the user group.
            description (None | str | Unset): Optional description of the user group.
            target_type (None | Unset | UserGroupTargetType): Type of resources this group can access.
            parent_group_ids (list[UUID] | Unset): UUIDs of existing groups to nest this new group inside. Omit or pass an empty
                list to create a top-level group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_create_user_group,
            dict(
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_provision_group_to_workspace(
        self,
        *,
        user_group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        workspace_role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Provision Group To Workspace

        Provision all users from a user group to a workspace with a specific role.

        Args:
            user_group_uuid (UUID): User group ID to provision.
            workspace_uuid (UUID): Workspace ID where the group is provisioned.
            workspace_role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Workspace role value to assign to the group. Mutually exclusive with
                'workspace_role_name'.
            workspace_role_name (AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset): Workspace role name to assign to the group. Mutually exclusive with
                'workspace_role'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_provision_group_to_workspace,
            dict(
                user_group_uuid=user_group_uuid,
                workspace_uuid=workspace_uuid,
                workspace_role=workspace_role,
                workspace_role_name=workspace_role_name,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_provision_group_to_workspace_async(
        self,
        *,
        user_group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        workspace_role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Provision Group To Workspace

        Provision all users from a user group to a workspace with a specific role.

        Args:
            user_group_uuid (UUID): User group ID to provision.
            workspace_uuid (UUID): Workspace ID where the group is provisioned.
            workspace_role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Workspace role value to assign to the group. Mutually exclusive with
                'workspace_role_name'.
            workspace_role_name (AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset): Workspace role name to assign to the group. Mutually exclusive with
                'workspace_role'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_provision_group_to_workspace,
            dict(
                user_group_uuid=user_group_uuid,
                workspace_uuid=workspace_uuid,
                workspace_role=workspace_role,
                workspace_role_name=workspace_role_name,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_get_user_group(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Get User Group

        Get a specific user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_get_user_group_async(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Get User Group

        Get a specific user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_delete_user_group(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete User Group

        Delete a user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_delete_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_delete_user_group_async(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete User Group

        Delete a user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_delete_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_update_user_group(
        self,
        *,
        group_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Update User Group

        Update a user group.

        Args:
            group_uuid (UUID):
            name (None | str | Unset): Updated name of the user group.
            description (None | str | Unset): Updated description of the user group.
            target_type (None | Unset | UserGroupTargetType): Updated permission target type for this group.
            parent_group_ids (list[UUID] | None | Unset): Full replacement list of parent group UUIDs. Pass an empty list to remove all
                parents; omit the field to leave the parent groups unchanged.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_update_user_group,
            dict(
                group_uuid=group_uuid,
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_update_user_group_async(
        self,
        *,
        group_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupOut:
        """Update User Group

        Update a user group.

        Args:
            group_uuid (UUID):
            name (None | str | Unset): Updated name of the user group.
            description (None | str | Unset): Updated description of the user group.
            target_type (None | Unset | UserGroupTargetType): Updated permission target type for this group.
            parent_group_ids (list[UUID] | None | Unset): Full replacement list of parent group UUIDs. Pass an empty list to remove all
                parents; omit the field to leave the parent groups unchanged.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_update_user_group,
            dict(
                group_uuid=group_uuid,
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_get_user_group_members(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupMembersOut:
        """Get User Group Members

        Get members of a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupMembersOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group_members,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_get_user_group_members_async(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> AdminUserGroupMembersOut:
        """Get User Group Members

        Get members of a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserGroupMembersOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group_members,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_assign_users_to_group(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign Users To Group

        Assign users to a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_users_to_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_assign_users_to_group_async(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign Users To Group

        Assign users to a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_users_to_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_remove_users_from_group(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove Users From Group

        Remove users from a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_remove_users_from_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_remove_users_from_group_async(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove Users From Group

        Remove users from a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_remove_users_from_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_admin_user_groups_get_group_workspace_assignments(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments

        List workspace assignments for a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GroupWorkspaceAssignmentsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_get_group_workspace_assignments,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send(request, options)

    async def users_admin_user_groups_get_group_workspace_assignments_async(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> GroupWorkspaceAssignmentsOut:
        """Get Group Workspace Assignments

        List workspace assignments for a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            GroupWorkspaceAssignmentsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_get_group_workspace_assignments,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_assign_group_to_workspace(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[AssignGroupToWorkspaceInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign Group To Workspace

        Assign a user group to a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID):
            role_names (list[AssignGroupToWorkspaceInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_group_to_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_assign_group_to_workspace_async(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[AssignGroupToWorkspaceInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Assign Group To Workspace

        Assign a user group to a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID):
            role_names (list[AssignGroupToWorkspaceInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_group_to_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_admin_user_groups_remove_group_from_workspace(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove Group From Workspace

        Remove a user group from a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_remove_group_from_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
            ),
        )
        return self._transport.send(request, options)

    async def users_admin_user_groups_remove_group_from_workspace_async(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Remove Group From Workspace

        Remove a user group from a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_remove_group_from_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_admin_user_groups_update_group_workspace_assignment(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update Group Workspace Assignment

        Update the workspace role assignment for a user group.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            role_names (list[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_group_workspace_assignment,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return self._transport.send(request, options)

    async def users_admin_user_groups_update_group_workspace_assignment_async(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update Group Workspace Assignment

        Update the workspace role assignment for a user group.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            role_names (list[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_group_workspace_assignment,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_admin_user_groups_update_user_group_organization_role(
        self,
        *,
        group_uuid: UUID | str,
        organization_role: UserRole | str | StaticOrganizationRoles,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update User Group Organization Role

        Update the organization role for a user group.

        Args:
            group_uuid (UUID): User group ID.
            organization_role (StaticOrganizationRoles | UserRole): Organization role to assign to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_user_group_organization_role,
            dict(
                group_uuid=group_uuid,
                organization_role=organization_role,
            ),
        )
        return self._transport.send(request, options)

    async def users_admin_user_groups_update_user_group_organization_role_async(
        self,
        *,
        group_uuid: UUID | str,
        organization_role: UserRole | str | StaticOrganizationRoles,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Update User Group Organization Role

        Update the organization role for a user group.

        Args:
            group_uuid (UUID): User group ID.
            organization_role (StaticOrganizationRoles | UserRole): Organization role to assign to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_user_group_organization_role,
            dict(
                group_uuid=group_uuid,
                organization_role=organization_role,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_get_nested_groups(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> NestedGroupsOut:
        """Get Nested Groups Admin

        List the groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            NestedGroupsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_nested_groups,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_get_nested_groups_async(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> NestedGroupsOut:
        """Get Nested Groups Admin

        List the groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            NestedGroupsOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_nested_groups,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_user_groups_set_nested_groups(
        self,
        *,
        group_uuid: UUID | str,
        child_group_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set Nested Groups Admin

        Replace the set of groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            child_group_uuids (list[UUID]): Full replacement list of UUIDs of groups to nest directly inside this group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_set_nested_groups,
            dict(
                group_uuid=group_uuid,
                child_group_uuids=child_group_uuids,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_user_groups_set_nested_groups_async(
        self,
        *,
        group_uuid: UUID | str,
        child_group_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> None:
        """Set Nested Groups Admin

        Replace the set of groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            child_group_uuids (list[UUID]): Full replacement list of UUIDs of groups to nest directly inside this group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_set_nested_groups,
            dict(
                group_uuid=group_uuid,
                child_group_uuids=child_group_uuids,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminUserGroupsWithRawResponse:
    """`client.beta.admin.user_groups`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_user_groups_get_user_groups(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupsOut]:
        """Get User Groups

        Get all user groups across the organization.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term used to filter user groups by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_groups,
            dict(
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_get_user_groups_async(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupsOut]:
        """Get User Groups

        Get all user groups across the organization.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term used to filter user groups by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_groups,
            dict(
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_create_user_group(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupOut]:
        """Create User Group

        Create a new user group.

        Args:
            name (str): Name of the user group.
            description (None | str | Unset): Optional description of the user group.
            target_type (None | Unset | UserGroupTargetType): Type of resources this group can access.
            parent_group_ids (list[UUID] | Unset): UUIDs of existing groups to nest this new group inside. Omit or pass an empty
                list to create a top-level group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_create_user_group,
            dict(
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_create_user_group_async(
        self,
        *,
        name: str,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupOut]:
        """Create User Group

        Create a new user group.

        Args:
            name (str): Name of the user group.
            description (None | str | Unset): Optional description of the user group.
            target_type (None | Unset | UserGroupTargetType): Type of resources this group can access.
            parent_group_ids (list[UUID] | Unset): UUIDs of existing groups to nest this new group inside. Omit or pass an empty
                list to create a top-level group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_create_user_group,
            dict(
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_provision_group_to_workspace(
        self,
        *,
        user_group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        workspace_role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Provision Group To Workspace

        Provision all users from a user group to a workspace with a specific role.

        Args:
            user_group_uuid (UUID): User group ID to provision.
            workspace_uuid (UUID): Workspace ID where the group is provisioned.
            workspace_role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Workspace role value to assign to the group. Mutually exclusive with
                'workspace_role_name'.
            workspace_role_name (AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset): Workspace role name to assign to the group. Mutually exclusive with
                'workspace_role'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_provision_group_to_workspace,
            dict(
                user_group_uuid=user_group_uuid,
                workspace_uuid=workspace_uuid,
                workspace_role=workspace_role,
                workspace_role_name=workspace_role_name,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_provision_group_to_workspace_async(
        self,
        *,
        user_group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        workspace_role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        workspace_role_name: AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Provision Group To Workspace

        Provision all users from a user group to a workspace with a specific role.

        Args:
            user_group_uuid (UUID): User group ID to provision.
            workspace_uuid (UUID): Workspace ID where the group is provisioned.
            workspace_role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Workspace role value to assign to the group. Mutually exclusive with
                'workspace_role_name'.
            workspace_role_name (AdminProvisionGroupToWorkspaceInWorkspaceRoleNameType0 | None | Unset): Workspace role name to assign to the group. Mutually exclusive with
                'workspace_role'.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_provision_group_to_workspace,
            dict(
                user_group_uuid=user_group_uuid,
                workspace_uuid=workspace_uuid,
                workspace_role=workspace_role,
                workspace_role_name=workspace_role_name,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_get_user_group(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupOut]:
        """Get User Group

        Get a specific user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_get_user_group_async(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupOut]:
        """Get User Group

        Get a specific user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_delete_user_group(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete User Group

        Delete a user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_delete_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_delete_user_group_async(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete User Group

        Delete a user group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_delete_user_group,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_update_user_group(
        self,
        *,
        group_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupOut]:
        """Update User Group

        Update a user group.

        Args:
            group_uuid (UUID):
            name (None | str | Unset): Updated name of the user group.
            description (None | str | Unset): Updated description of the user group.
            target_type (None | Unset | UserGroupTargetType): Updated permission target type for this group.
            parent_group_ids (list[UUID] | None | Unset): Full replacement list of parent group UUIDs. Pass an empty list to remove all
                parents; omit the field to leave the parent groups unchanged.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_update_user_group,
            dict(
                group_uuid=group_uuid,
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_update_user_group_async(
        self,
        *,
        group_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        target_type: UserGroupTargetType | str | None | Unset = UNSET,
        parent_group_ids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupOut]:
        """Update User Group

        Update a user group.

        Args:
            group_uuid (UUID):
            name (None | str | Unset): Updated name of the user group.
            description (None | str | Unset): Updated description of the user group.
            target_type (None | Unset | UserGroupTargetType): Updated permission target type for this group.
            parent_group_ids (list[UUID] | None | Unset): Full replacement list of parent group UUIDs. Pass an empty list to remove all
                parents; omit the field to leave the parent groups unchanged.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_update_user_group,
            dict(
                group_uuid=group_uuid,
                name=name,
                description=description,
                target_type=target_type,
                parent_group_ids=parent_group_ids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_get_user_group_members(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupMembersOut]:
        """Get User Group Members

        Get members of a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupMembersOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group_members,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_get_user_group_members_async(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserGroupMembersOut]:
        """Get User Group Members

        Get members of a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserGroupMembersOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_user_group_members,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_assign_users_to_group(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Assign Users To Group

        Assign users to a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_users_to_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_assign_users_to_group_async(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Assign Users To Group

        Assign users to a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_users_to_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_remove_users_from_group(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Remove Users From Group

        Remove users from a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_remove_users_from_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_remove_users_from_group_async(
        self,
        *,
        group_uuid: UUID | str,
        user_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Remove Users From Group

        Remove users from a user group.

        Args:
            group_uuid (UUID):
            user_uuids (list[UUID]): User IDs to add to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_remove_users_from_group,
            dict(
                group_uuid=group_uuid,
                user_uuids=user_uuids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_admin_user_groups_get_group_workspace_assignments(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GroupWorkspaceAssignmentsOut]:
        """Get Group Workspace Assignments

        List workspace assignments for a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GroupWorkspaceAssignmentsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_get_group_workspace_assignments,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_admin_user_groups_get_group_workspace_assignments_async(
        self,
        *,
        group_uuid: UUID | str,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[GroupWorkspaceAssignmentsOut]:
        """Get Group Workspace Assignments

        List workspace assignments for a user group.

        Args:
            group_uuid (UUID): User group ID.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[GroupWorkspaceAssignmentsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_get_group_workspace_assignments,
            dict(
                group_uuid=group_uuid,
                page=page,
                page_size=page_size,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_assign_group_to_workspace(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[AssignGroupToWorkspaceInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Assign Group To Workspace

        Assign a user group to a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID):
            role_names (list[AssignGroupToWorkspaceInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_group_to_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_assign_group_to_workspace_async(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[AssignGroupToWorkspaceInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Assign Group To Workspace

        Assign a user group to a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID):
            role_names (list[AssignGroupToWorkspaceInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_assign_group_to_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_admin_user_groups_remove_group_from_workspace(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Remove Group From Workspace

        Remove a user group from a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_remove_group_from_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_admin_user_groups_remove_group_from_workspace_async(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Remove Group From Workspace

        Remove a user group from a workspace.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_remove_group_from_workspace,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_admin_user_groups_update_group_workspace_assignment(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update Group Workspace Assignment

        Update the workspace role assignment for a user group.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            role_names (list[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_group_workspace_assignment,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_admin_user_groups_update_group_workspace_assignment_async(
        self,
        *,
        group_uuid: UUID | str,
        workspace_uuid: UUID | str,
        role_names: Sequence[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[WorkspaceRole | str | StaticWorkspaceRoles] | None | Unset = UNSET,
        role: WorkspaceRole | str | StaticWorkspaceRoles | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update Group Workspace Assignment

        Update the workspace role assignment for a user group.

        Args:
            group_uuid (UUID): User group ID.
            workspace_uuid (UUID): Workspace ID.
            role_names (list[UpdateGroupWorkspaceAssignmentInRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticWorkspaceRoles | WorkspaceRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role (None | StaticWorkspaceRoles | Unset | WorkspaceRole): Deprecated single role value. Use 'role_names' instead.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_group_workspace_assignment,
            dict(
                group_uuid=group_uuid,
                workspace_uuid=workspace_uuid,
                role_names=role_names,
                roles=roles,
                role=role,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_admin_user_groups_update_user_group_organization_role(
        self,
        *,
        group_uuid: UUID | str,
        organization_role: UserRole | str | StaticOrganizationRoles,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update User Group Organization Role

        Update the organization role for a user group.

        Args:
            group_uuid (UUID): User group ID.
            organization_role (StaticOrganizationRoles | UserRole): Organization role to assign to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_user_group_organization_role,
            dict(
                group_uuid=group_uuid,
                organization_role=organization_role,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_admin_user_groups_update_user_group_organization_role_async(
        self,
        *,
        group_uuid: UUID | str,
        organization_role: UserRole | str | StaticOrganizationRoles,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Update User Group Organization Role

        Update the organization role for a user group.

        Args:
            group_uuid (UUID): User group ID.
            organization_role (StaticOrganizationRoles | UserRole): Organization role to assign to the group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_admin_user_groups_update_user_group_organization_role,
            dict(
                group_uuid=group_uuid,
                organization_role=organization_role,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_get_nested_groups(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[NestedGroupsOut]:
        """Get Nested Groups Admin

        List the groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[NestedGroupsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_nested_groups,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_get_nested_groups_async(
        self,
        *,
        group_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[NestedGroupsOut]:
        """Get Nested Groups Admin

        List the groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[NestedGroupsOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_get_nested_groups,
            dict(
                group_uuid=group_uuid,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_user_groups_set_nested_groups(
        self,
        *,
        group_uuid: UUID | str,
        child_group_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Set Nested Groups Admin

        Replace the set of groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            child_group_uuids (list[UUID]): Full replacement list of UUIDs of groups to nest directly inside this group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_set_nested_groups,
            dict(
                group_uuid=group_uuid,
                child_group_uuids=child_group_uuids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_user_groups_set_nested_groups_async(
        self,
        *,
        group_uuid: UUID | str,
        child_group_uuids: Sequence[UUID | str],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Set Nested Groups Admin

        Replace the set of groups directly nested inside this group.

        Args:
            group_uuid (UUID): User group ID.
            child_group_uuids (list[UUID]): Full replacement list of UUIDs of groups to nest directly inside this group.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_user_groups_set_nested_groups,
            dict(
                group_uuid=group_uuid,
                child_group_uuids=child_group_uuids,
            ),
        )
        return await self._transport.send_raw_async(request, options)
