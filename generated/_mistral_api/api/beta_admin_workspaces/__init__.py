"""BetaAdminWorkspaces: generated resource (`client.beta.admin.workspaces`)."""

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
    from ...models.add_or_update_users_to_workspace_out import AddOrUpdateUsersToWorkspaceOUT
    from ...models.add_users_to_workspace_out import AddUsersToWorkspaceOUT
    from ...models.admin_workspace_in import AdminWorkspaceIn
    from ...models.base_workspace_member_in import BaseWorkspaceMemberIN
    from ...models.remove_workspace_members_in import RemoveWorkspaceMembersIN
    from ...models.remove_workspace_members_out import RemoveWorkspaceMembersOUT
    from ...models.update_workspace_in import UpdateWorkspaceIN
    from ...models.workspace_enriched_out import WorkspaceEnrichedOUT
    from ...models.workspace_member_in import WorkspaceMemberIN
    from ...models.workspace_member_single_in import WorkspaceMemberSingleIN
    from ...models.workspace_out import WorkspaceOUT
    from ...models.workspaces_out import WorkspacesOut
else:
    AddOrUpdateUsersToWorkspaceOUT = _Lazy(
        globals(), "add_or_update_users_to_workspace_out", "AddOrUpdateUsersToWorkspaceOUT"
    )
    AddUsersToWorkspaceOUT = _Lazy(globals(), "add_users_to_workspace_out", "AddUsersToWorkspaceOUT")
    AdminWorkspaceIn = _Lazy(globals(), "admin_workspace_in", "AdminWorkspaceIn")
    BaseWorkspaceMemberIN = _Lazy(globals(), "base_workspace_member_in", "BaseWorkspaceMemberIN")
    RemoveWorkspaceMembersIN = _Lazy(globals(), "remove_workspace_members_in", "RemoveWorkspaceMembersIN")
    RemoveWorkspaceMembersOUT = _Lazy(globals(), "remove_workspace_members_out", "RemoveWorkspaceMembersOUT")
    UpdateWorkspaceIN = _Lazy(globals(), "update_workspace_in", "UpdateWorkspaceIN")
    WorkspaceEnrichedOUT = _Lazy(globals(), "workspace_enriched_out", "WorkspaceEnrichedOUT")
    WorkspaceMemberIN = _Lazy(globals(), "workspace_member_in", "WorkspaceMemberIN")
    WorkspaceMemberSingleIN = _Lazy(globals(), "workspace_member_single_in", "WorkspaceMemberSingleIN")
    WorkspaceOUT = _Lazy(globals(), "workspace_out", "WorkspaceOUT")
    WorkspacesOut = _Lazy(globals(), "workspaces_out", "WorkspacesOut")


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_GET_WORKSPACES = (
    "is_archived",
    "page",
    "page_size",
    "search",
)


def _decode_users_api_admin_workspaces_get_workspaces(data: Any) -> WorkspacesOut:
    response_200 = WorkspacesOut.from_dict(data)

    return response_200


def _users_api_admin_workspaces_get_workspaces(
    *,
    is_archived: bool | Unset = False,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    search: None | str | Unset = UNSET,
) -> Request[WorkspacesOut]:
    params: dict[str, Any] = {}

    params["is_archived"] = is_archived

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
        path="/v1/admin/workspaces",
        operation_id="users_api_admin_workspaces_get_workspaces",
        decode=_decode_users_api_admin_workspaces_get_workspaces,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_GET_WORKSPACES,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_CREATE_WORKSPACE = (
    "name",
    "admin_user_id",
    "description",
    "icon",
    "add_all_org_members",
)


def _decode_users_api_admin_workspaces_create_workspace(data: Any) -> WorkspaceEnrichedOUT:
    response_200 = WorkspaceEnrichedOUT.from_dict(data)

    return response_200


def _users_api_admin_workspaces_create_workspace(
    *,
    name: str,
    admin_user_id: UUID | str,
    description: str | Unset = UNSET,
    icon: str | Unset = UNSET,
    add_all_org_members: bool | Unset = UNSET,
) -> Request[WorkspaceEnrichedOUT]:

    _kwargs: dict[str, Any] = {}
    _body = AdminWorkspaceIn(
        name=cast(Any, name),
        admin_user_id=cast(Any, admin_user_id),
        description=cast(Any, description),
        icon=cast(Any, icon),
        add_all_org_members=cast(Any, add_all_org_members),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/workspaces",
        operation_id="users_api_admin_workspaces_create_workspace",
        decode=_decode_users_api_admin_workspaces_create_workspace,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_CREATE_WORKSPACE,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_DELETE_WORKSPACES = ("workspace_uuid",)


def _users_api_admin_workspaces_delete_workspaces(
    *,
    workspace_uuid: UUID | str,
) -> Request[None]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/admin/workspaces/{workspace_uuid}".format(
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_api_admin_workspaces_delete_workspaces",
        decode=as_none,
        kind="none",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_DELETE_WORKSPACES,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_UPDATE_WORKSPACES = (
    "workspace_uuid",
    "name",
    "description",
    "icon",
)


def _decode_users_api_admin_workspaces_update_workspaces(data: Any) -> WorkspaceOUT:
    response_200 = WorkspaceOUT.from_dict(data)

    return response_200


def _users_api_admin_workspaces_update_workspaces(
    *,
    workspace_uuid: UUID | str,
    name: str | None | Unset = UNSET,
    description: str | None | Unset = UNSET,
    icon: str | None | Unset = UNSET,
) -> Request[WorkspaceOUT]:

    _kwargs: dict[str, Any] = {}
    _body = UpdateWorkspaceIN(
        name=cast(Any, name),
        description=cast(Any, description),
        icon=cast(Any, icon),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/workspaces/{workspace_uuid}".format(
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_api_admin_workspaces_update_workspaces",
        decode=_decode_users_api_admin_workspaces_update_workspaces,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_UPDATE_WORKSPACES,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_ADD_USERS_WORKSPACES = (
    "workspace_uuid",
    "members",
)


def _decode_users_api_admin_workspaces_add_users_workspaces(data: Any) -> AddUsersToWorkspaceOUT:
    response_200 = AddUsersToWorkspaceOUT.from_dict(data)

    return response_200


def _users_api_admin_workspaces_add_users_workspaces(
    *,
    workspace_uuid: UUID | str,
    members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
) -> Request[AddUsersToWorkspaceOUT]:

    _kwargs: dict[str, Any] = {}
    _body = WorkspaceMemberIN(
        members=cast(Any, members),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/workspaces/{workspace_uuid}/add-users".format(
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_api_admin_workspaces_add_users_workspaces",
        decode=_decode_users_api_admin_workspaces_add_users_workspaces,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_ADD_USERS_WORKSPACES,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_ADD_OR_UPDATE_USERS_WORKSPACES = (
    "workspace_uuid",
    "members",
)


def _decode_users_api_admin_workspaces_add_or_update_users_workspaces(data: Any) -> AddOrUpdateUsersToWorkspaceOUT:
    response_200 = AddOrUpdateUsersToWorkspaceOUT.from_dict(data)

    return response_200


def _users_api_admin_workspaces_add_or_update_users_workspaces(
    *,
    workspace_uuid: UUID | str,
    members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
) -> Request[AddOrUpdateUsersToWorkspaceOUT]:

    _kwargs: dict[str, Any] = {}
    _body = WorkspaceMemberIN(
        members=cast(Any, members),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/workspaces/{workspace_uuid}/users".format(
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_api_admin_workspaces_add_or_update_users_workspaces",
        decode=_decode_users_api_admin_workspaces_add_or_update_users_workspaces,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_ADD_OR_UPDATE_USERS_WORKSPACES,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_WORKSPACES_REMOVE_USERS_WORKSPACES = (
    "workspace_uuid",
    "members",
)


def _decode_users_api_admin_workspaces_remove_users_workspaces(data: Any) -> RemoveWorkspaceMembersOUT:
    response_200 = RemoveWorkspaceMembersOUT.from_dict(data)

    return response_200


def _users_api_admin_workspaces_remove_users_workspaces(
    *,
    workspace_uuid: UUID | str,
    members: Sequence[BaseWorkspaceMemberIN | Mapping[str, Any]],
) -> Request[RemoveWorkspaceMembersOUT]:

    _kwargs: dict[str, Any] = {}
    _body = RemoveWorkspaceMembersIN(
        members=cast(Any, members),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="DELETE",
        path="/v1/admin/workspaces/{workspace_uuid}/remove-users".format(
            workspace_uuid=quote(str(workspace_uuid), safe=""),
        ),
        operation_id="users_api_admin_workspaces_remove_users_workspaces",
        decode=_decode_users_api_admin_workspaces_remove_users_workspaces,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_WORKSPACES_REMOVE_USERS_WORKSPACES,
        **_kwargs,
    )


BetaAdminWorkspacesUsersApiAdminWorkspacesGetWorkspacesResult: TypeAlias = WorkspacesOut


BetaAdminWorkspacesUsersApiAdminWorkspacesCreateWorkspaceResult: TypeAlias = WorkspaceEnrichedOUT


BetaAdminWorkspacesUsersApiAdminWorkspacesDeleteWorkspacesResult: TypeAlias = None


BetaAdminWorkspacesUsersApiAdminWorkspacesUpdateWorkspacesResult: TypeAlias = WorkspaceOUT


BetaAdminWorkspacesUsersApiAdminWorkspacesAddUsersWorkspacesResult: TypeAlias = AddUsersToWorkspaceOUT


BetaAdminWorkspacesUsersApiAdminWorkspacesAddOrUpdateUsersWorkspacesResult: TypeAlias = AddOrUpdateUsersToWorkspaceOUT


BetaAdminWorkspacesUsersApiAdminWorkspacesRemoveUsersWorkspacesResult: TypeAlias = RemoveWorkspaceMembersOUT


class BetaAdminWorkspaces:
    """`client.beta.admin.workspaces`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminWorkspacesWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminWorkspacesWithRawResponse(self._transport)

    def users_api_admin_workspaces_get_workspaces(
        self,
        *,
        is_archived: bool | Unset = False,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspacesOut:
        """Get Workspaces

        List Workspaces in the Organization.

        Args:
            is_archived (bool | Unset): Whether to include archived Workspaces. Default: False.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term to filter Workspaces by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkspacesOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_get_workspaces,
            dict(
                is_archived=is_archived,
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_get_workspaces_async(
        self,
        *,
        is_archived: bool | Unset = False,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspacesOut:
        """Get Workspaces

        List Workspaces in the Organization.

        Args:
            is_archived (bool | Unset): Whether to include archived Workspaces. Default: False.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term to filter Workspaces by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkspacesOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_get_workspaces,
            dict(
                is_archived=is_archived,
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_workspaces_create_workspace(
        self,
        *,
        name: str,
        admin_user_id: UUID | str,
        description: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        add_all_org_members: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceEnrichedOUT:
        """Create Workspace

        Create a Workspace.

        Args:
            name (str): Workspace name.
            admin_user_id (UUID): User ID to grant the Workspace Admin role to.
            description (str | Unset): Workspace description.
            icon (str | Unset): Workspace icon.
            add_all_org_members (bool | Unset): Whether to add all Organization members to the Workspace.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkspaceEnrichedOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_create_workspace,
            dict(
                name=name,
                admin_user_id=admin_user_id,
                description=description,
                icon=icon,
                add_all_org_members=add_all_org_members,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_create_workspace_async(
        self,
        *,
        name: str,
        admin_user_id: UUID | str,
        description: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        add_all_org_members: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceEnrichedOUT:
        """Create Workspace

        Create a Workspace.

        Args:
            name (str): Workspace name.
            admin_user_id (UUID): User ID to grant the Workspace Admin role to.
            description (str | Unset): Workspace description.
            icon (str | Unset): Workspace icon.
            add_all_org_members (bool | Unset): Whether to add all Organization members to the Workspace.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkspaceEnrichedOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_create_workspace,
            dict(
                name=name,
                admin_user_id=admin_user_id,
                description=description,
                icon=icon,
                add_all_org_members=add_all_org_members,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_workspaces_delete_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete Workspaces

        Archive a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_delete_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_delete_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> None:
        """Delete Workspaces

        Archive a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            None

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_delete_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_workspaces_update_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceOUT:
        """Update Workspaces

        Update a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            name (None | str | Unset): Updated Workspace name.
            description (None | str | Unset): Updated Workspace description.
            icon (None | str | Unset): Updated Workspace icon.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkspaceOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_update_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                name=name,
                description=description,
                icon=icon,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_update_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> WorkspaceOUT:
        """Update Workspaces

        Update a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            name (None | str | Unset): Updated Workspace name.
            description (None | str | Unset): Updated Workspace description.
            icon (None | str | Unset): Updated Workspace icon.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            WorkspaceOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_update_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                name=name,
                description=description,
                icon=icon,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_workspaces_add_users_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AddUsersToWorkspaceOUT:
        """Add Users Workspaces

        Add members to a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AddUsersToWorkspaceOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_add_users_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AddUsersToWorkspaceOUT:
        """Add Users Workspaces

        Add members to a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AddUsersToWorkspaceOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_workspaces_add_or_update_users_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces

        Add or update Workspace members.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AddOrUpdateUsersToWorkspaceOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_or_update_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_add_or_update_users_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AddOrUpdateUsersToWorkspaceOUT:
        """Add Or Update Users Workspaces

        Add or update Workspace members.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AddOrUpdateUsersToWorkspaceOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_or_update_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_workspaces_remove_users_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[BaseWorkspaceMemberIN | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces

        Remove members from a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[BaseWorkspaceMemberIN]): Workspace members to remove.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RemoveWorkspaceMembersOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_remove_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_workspaces_remove_users_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[BaseWorkspaceMemberIN | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> RemoveWorkspaceMembersOUT:
        """Remove Users Workspaces

        Remove members from a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[BaseWorkspaceMemberIN]): Workspace members to remove.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RemoveWorkspaceMembersOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_remove_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return await self._transport.send_async(request, options)


class BetaAdminWorkspacesWithRawResponse:
    """`client.beta.admin.workspaces`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_workspaces_get_workspaces(
        self,
        *,
        is_archived: bool | Unset = False,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkspacesOut]:
        """Get Workspaces

        List Workspaces in the Organization.

        Args:
            is_archived (bool | Unset): Whether to include archived Workspaces. Default: False.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term to filter Workspaces by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkspacesOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_get_workspaces,
            dict(
                is_archived=is_archived,
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_get_workspaces_async(
        self,
        *,
        is_archived: bool | Unset = False,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        search: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkspacesOut]:
        """Get Workspaces

        List Workspaces in the Organization.

        Args:
            is_archived (bool | Unset): Whether to include archived Workspaces. Default: False.
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            search (None | str | Unset): Search term to filter Workspaces by name.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkspacesOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_get_workspaces,
            dict(
                is_archived=is_archived,
                page=page,
                page_size=page_size,
                search=search,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_workspaces_create_workspace(
        self,
        *,
        name: str,
        admin_user_id: UUID | str,
        description: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        add_all_org_members: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkspaceEnrichedOUT]:
        """Create Workspace

        Create a Workspace.

        Args:
            name (str): Workspace name.
            admin_user_id (UUID): User ID to grant the Workspace Admin role to.
            description (str | Unset): Workspace description.
            icon (str | Unset): Workspace icon.
            add_all_org_members (bool | Unset): Whether to add all Organization members to the Workspace.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkspaceEnrichedOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_create_workspace,
            dict(
                name=name,
                admin_user_id=admin_user_id,
                description=description,
                icon=icon,
                add_all_org_members=add_all_org_members,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_create_workspace_async(
        self,
        *,
        name: str,
        admin_user_id: UUID | str,
        description: str | Unset = UNSET,
        icon: str | Unset = UNSET,
        add_all_org_members: bool | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkspaceEnrichedOUT]:
        """Create Workspace

        Create a Workspace.

        Args:
            name (str): Workspace name.
            admin_user_id (UUID): User ID to grant the Workspace Admin role to.
            description (str | Unset): Workspace description.
            icon (str | Unset): Workspace icon.
            add_all_org_members (bool | Unset): Whether to add all Organization members to the Workspace.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkspaceEnrichedOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_create_workspace,
            dict(
                name=name,
                admin_user_id=admin_user_id,
                description=description,
                icon=icon,
                add_all_org_members=add_all_org_members,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_workspaces_delete_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete Workspaces

        Archive a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_delete_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_delete_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[None]:
        """Delete Workspaces

        Archive a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[None]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_delete_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_workspaces_update_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkspaceOUT]:
        """Update Workspaces

        Update a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            name (None | str | Unset): Updated Workspace name.
            description (None | str | Unset): Updated Workspace description.
            icon (None | str | Unset): Updated Workspace icon.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkspaceOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_update_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                name=name,
                description=description,
                icon=icon,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_update_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        name: str | None | Unset = UNSET,
        description: str | None | Unset = UNSET,
        icon: str | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[WorkspaceOUT]:
        """Update Workspaces

        Update a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            name (None | str | Unset): Updated Workspace name.
            description (None | str | Unset): Updated Workspace description.
            icon (None | str | Unset): Updated Workspace icon.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[WorkspaceOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_update_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                name=name,
                description=description,
                icon=icon,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_workspaces_add_users_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AddUsersToWorkspaceOUT]:
        """Add Users Workspaces

        Add members to a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AddUsersToWorkspaceOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_add_users_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AddUsersToWorkspaceOUT]:
        """Add Users Workspaces

        Add members to a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AddUsersToWorkspaceOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_workspaces_add_or_update_users_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AddOrUpdateUsersToWorkspaceOUT]:
        """Add Or Update Users Workspaces

        Add or update Workspace members.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AddOrUpdateUsersToWorkspaceOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_or_update_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_add_or_update_users_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[WorkspaceMemberSingleIN | Mapping[str, Any]] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AddOrUpdateUsersToWorkspaceOUT]:
        """Add Or Update Users Workspaces

        Add or update Workspace members.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[WorkspaceMemberSingleIN] | None | Unset): Workspace members to add or update.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AddOrUpdateUsersToWorkspaceOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_add_or_update_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_workspaces_remove_users_workspaces(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[BaseWorkspaceMemberIN | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RemoveWorkspaceMembersOUT]:
        """Remove Users Workspaces

        Remove members from a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[BaseWorkspaceMemberIN]): Workspace members to remove.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RemoveWorkspaceMembersOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_remove_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_workspaces_remove_users_workspaces_async(
        self,
        *,
        workspace_uuid: UUID | str,
        members: Sequence[BaseWorkspaceMemberIN | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RemoveWorkspaceMembersOUT]:
        """Remove Users Workspaces

        Remove members from a Workspace.

        Args:
            workspace_uuid (UUID): Workspace ID.
            members (list[BaseWorkspaceMemberIN]): Workspace members to remove.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RemoveWorkspaceMembersOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_workspaces_remove_users_workspaces,
            dict(
                workspace_uuid=workspace_uuid,
                members=members,
            ),
        )
        return await self._transport.send_raw_async(request, options)
