"""BetaAdminUsers: generated resource (`client.beta.admin.users`)."""

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
    from ...models.admin_organization_member_out import AdminOrganizationMemberOUT
    from ...models.admin_organization_member_update import AdminOrganizationMemberUpdate
    from ...models.admin_organization_member_update_role_name_type_0 import AdminOrganizationMemberUpdateRoleNameType0
    from ...models.admin_organization_member_update_role_names_type_0_item import (
        AdminOrganizationMemberUpdateRoleNamesType0Item,
    )
    from ...models.admin_organization_member_update_subscription_types_type_0_item import (
        AdminOrganizationMemberUpdateSubscriptionTypesType0Item,
    )
    from ...models.admin_user_out import AdminUserOUT
    from ...models.delete_out import DeleteOUT
    from ...models.organization_admin_users_out import OrganizationAdminUsersOUT
    from ...models.organization_invite_in import OrganizationInviteIN
    from ...models.organization_invite_in_email_language_type_0 import OrganizationInviteINEmailLanguageType0
    from ...models.organization_invite_in_role_name_type_0 import OrganizationInviteINRoleNameType0
    from ...models.organization_invite_in_role_names_type_0_item import OrganizationInviteINRoleNamesType0Item
    from ...models.organization_invites_create_out import OrganizationInvitesCreateOUT
    from ...models.organization_member_create import OrganizationMemberCreate
    from ...models.organization_user_invite_out import OrganizationUserInviteOUT
    from ...models.organization_users_create_out import OrganizationUsersCreateOUT
    from ...models.plan_type import PlanType
    from ...models.roles_out import RolesOut
    from ...models.static_organization_roles import StaticOrganizationRoles
    from ...models.user_role import UserRole
else:
    AdminOrganizationMemberOUT = _Lazy(globals(), "admin_organization_member_out", "AdminOrganizationMemberOUT")
    AdminOrganizationMemberUpdate = _Lazy(
        globals(), "admin_organization_member_update", "AdminOrganizationMemberUpdate"
    )
    AdminOrganizationMemberUpdateRoleNameType0 = _Lazy(
        globals(), "admin_organization_member_update_role_name_type_0", "AdminOrganizationMemberUpdateRoleNameType0"
    )
    AdminOrganizationMemberUpdateRoleNamesType0Item = _Lazy(
        globals(),
        "admin_organization_member_update_role_names_type_0_item",
        "AdminOrganizationMemberUpdateRoleNamesType0Item",
    )
    AdminOrganizationMemberUpdateSubscriptionTypesType0Item = _Lazy(
        globals(),
        "admin_organization_member_update_subscription_types_type_0_item",
        "AdminOrganizationMemberUpdateSubscriptionTypesType0Item",
    )
    AdminUserOUT = _Lazy(globals(), "admin_user_out", "AdminUserOUT")
    DeleteOUT = _Lazy(globals(), "delete_out", "DeleteOUT")
    OrganizationAdminUsersOUT = _Lazy(globals(), "organization_admin_users_out", "OrganizationAdminUsersOUT")
    OrganizationInviteIN = _Lazy(globals(), "organization_invite_in", "OrganizationInviteIN")
    OrganizationInviteINEmailLanguageType0 = _Lazy(
        globals(), "organization_invite_in_email_language_type_0", "OrganizationInviteINEmailLanguageType0"
    )
    OrganizationInviteINRoleNameType0 = _Lazy(
        globals(), "organization_invite_in_role_name_type_0", "OrganizationInviteINRoleNameType0"
    )
    OrganizationInviteINRoleNamesType0Item = _Lazy(
        globals(), "organization_invite_in_role_names_type_0_item", "OrganizationInviteINRoleNamesType0Item"
    )
    OrganizationInvitesCreateOUT = _Lazy(globals(), "organization_invites_create_out", "OrganizationInvitesCreateOUT")
    OrganizationMemberCreate = _Lazy(globals(), "organization_member_create", "OrganizationMemberCreate")
    OrganizationUserInviteOUT = _Lazy(globals(), "organization_user_invite_out", "OrganizationUserInviteOUT")
    OrganizationUsersCreateOUT = _Lazy(globals(), "organization_users_create_out", "OrganizationUsersCreateOUT")
    PlanType = _Lazy(globals(), "plan_type", "PlanType")
    RolesOut = _Lazy(globals(), "roles_out", "RolesOut")
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    UserRole = _Lazy(globals(), "user_role", "UserRole")


_KEYWORDS_USERS_API_ADMIN_USERS_GET_USERS = (
    "page",
    "page_size",
    "email",
)


def _decode_users_api_admin_users_get_users(data: Any) -> OrganizationAdminUsersOUT:
    response_200 = OrganizationAdminUsersOUT.from_dict(data)

    return response_200


def _users_api_admin_users_get_users(
    *,
    page: int | Unset = 1,
    page_size: int | Unset = 25,
    email: None | str | Unset = UNSET,
) -> Request[OrganizationAdminUsersOUT]:
    params: dict[str, Any] = {}

    params["page"] = page

    params["page_size"] = page_size

    json_email: None | str | Unset
    if isinstance(email, Unset):
        json_email = UNSET
    else:
        json_email = email
    params["email"] = json_email

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/users",
        operation_id="users_api_admin_users_get_users",
        decode=_decode_users_api_admin_users_get_users,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_GET_USERS,
        params=params,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_CREATE_USERS = ("body",)


def _decode_users_api_admin_users_create_users(data: Any) -> OrganizationUsersCreateOUT:
    response_200 = OrganizationUsersCreateOUT.from_dict(data)

    return response_200


def _users_api_admin_users_create_users(
    *,
    body: Sequence[OrganizationMemberCreate | Mapping[str, Any]],
) -> Request[OrganizationUsersCreateOUT]:

    _kwargs: dict[str, Any] = {}
    if not isinstance(body, Unset):
        _kwargs["json"] = to_json(body)
    return Request(
        method="POST",
        path="/v1/admin/users",
        operation_id="users_api_admin_users_create_users",
        decode=_decode_users_api_admin_users_create_users,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_CREATE_USERS,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_GET_INVITE = ()


def _decode_users_api_admin_users_get_invite(data: Any) -> builtins.list[OrganizationUserInviteOUT]:
    response_200 = []
    _response_200 = data
    for response_200_item_data in _response_200:
        response_200_item = OrganizationUserInviteOUT.from_dict(response_200_item_data)

        response_200.append(response_200_item)

    return response_200


def _users_api_admin_users_get_invite() -> Request[builtins.list[OrganizationUserInviteOUT]]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/users-invite",
        operation_id="users_api_admin_users_get_invite",
        decode=_decode_users_api_admin_users_get_invite,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_GET_INVITE,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_INVITE_USERS = (
    "email",
    "role_names",
    "roles",
    "role_name",
    "role",
    "subscription_type",
    "subscription_types",
    "subscription_seat_automatic_granting",
    "email_language",
    "workspace_uuids",
)


def _decode_users_api_admin_users_invite_users(data: Any) -> OrganizationInvitesCreateOUT:
    response_200 = OrganizationInvitesCreateOUT.from_dict(data)

    return response_200


def _users_api_admin_users_invite_users(
    *,
    email: str,
    role_names: Sequence[OrganizationInviteINRoleNamesType0Item | str] | None | Unset = UNSET,
    roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
    role_name: OrganizationInviteINRoleNameType0 | str | None | Unset = UNSET,
    role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
    subscription_type: PlanType | str | None | Unset = UNSET,
    subscription_types: Sequence[PlanType | str] | None | Unset = UNSET,
    subscription_seat_automatic_granting: bool | Unset = UNSET,
    email_language: OrganizationInviteINEmailLanguageType0 | str | None | Unset = UNSET,
    workspace_uuids: Sequence[UUID | str] | None | Unset = UNSET,
) -> Request[OrganizationInvitesCreateOUT]:

    _kwargs: dict[str, Any] = {}
    _body = OrganizationInviteIN(
        email=cast(Any, email),
        role_names=cast(Any, role_names),
        roles=cast(Any, roles),
        role_name=cast(Any, role_name),
        role=cast(Any, role),
        subscription_type=cast(Any, subscription_type),
        subscription_types=cast(Any, subscription_types),
        subscription_seat_automatic_granting=cast(Any, subscription_seat_automatic_granting),
        email_language=cast(Any, email_language),
        workspace_uuids=cast(Any, workspace_uuids),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="POST",
        path="/v1/admin/users-invite",
        operation_id="users_api_admin_users_invite_users",
        decode=_decode_users_api_admin_users_invite_users,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_INVITE_USERS,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_DELETE_INVITE = ("invite_uuid",)


def _decode_users_api_admin_users_delete_invite(data: Any) -> DeleteOUT:
    response_200 = DeleteOUT.from_dict(data)

    return response_200


def _users_api_admin_users_delete_invite(
    *,
    invite_uuid: UUID | str,
) -> Request[DeleteOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/admin/users-invite/{invite_uuid}".format(
            invite_uuid=quote(str(invite_uuid), safe=""),
        ),
        operation_id="users_api_admin_users_delete_invite",
        decode=_decode_users_api_admin_users_delete_invite,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_DELETE_INVITE,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_GET_USER = ("user_id",)


def _decode_users_api_admin_users_get_user(data: Any) -> AdminUserOUT:
    response_200 = AdminUserOUT.from_dict(data)

    return response_200


def _users_api_admin_users_get_user(
    *,
    user_id: UUID | str,
) -> Request[AdminUserOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation_id="users_api_admin_users_get_user",
        decode=_decode_users_api_admin_users_get_user,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_GET_USER,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_DELETE_USER = ("user_id",)


def _decode_users_api_admin_users_delete_user(data: Any) -> DeleteOUT:
    response_200 = DeleteOUT.from_dict(data)

    return response_200


def _users_api_admin_users_delete_user(
    *,
    user_id: UUID | str,
) -> Request[DeleteOUT]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="DELETE",
        path="/v1/admin/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation_id="users_api_admin_users_delete_user",
        decode=_decode_users_api_admin_users_delete_user,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_DELETE_USER,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_USERS_UPDATE_USER = (
    "user_id",
    "role_names",
    "roles",
    "role_name",
    "role",
    "subscription_types",
)


def _decode_users_api_admin_users_update_user(data: Any) -> AdminOrganizationMemberOUT:
    response_200 = AdminOrganizationMemberOUT.from_dict(data)

    return response_200


def _users_api_admin_users_update_user(
    *,
    user_id: UUID | str,
    role_names: Sequence[AdminOrganizationMemberUpdateRoleNamesType0Item | str] | None | Unset = UNSET,
    roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
    role_name: AdminOrganizationMemberUpdateRoleNameType0 | str | None | Unset = UNSET,
    role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
    subscription_types: Sequence[AdminOrganizationMemberUpdateSubscriptionTypesType0Item | str] | None | Unset = UNSET,
) -> Request[AdminOrganizationMemberOUT]:

    _kwargs: dict[str, Any] = {}
    _body = AdminOrganizationMemberUpdate(
        role_names=cast(Any, role_names),
        roles=cast(Any, roles),
        role_name=cast(Any, role_name),
        role=cast(Any, role),
        subscription_types=cast(Any, subscription_types),
    )
    _kwargs["json"] = _body.to_dict()
    return Request(
        method="PATCH",
        path="/v1/admin/users/{user_id}".format(
            user_id=quote(str(user_id), safe=""),
        ),
        operation_id="users_api_admin_users_update_user",
        decode=_decode_users_api_admin_users_update_user,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_USERS_UPDATE_USER,
        **_kwargs,
    )


_KEYWORDS_USERS_API_ADMIN_ROLES_GET_ROLES = ()


def _decode_users_api_admin_roles_get_roles(data: Any) -> RolesOut:
    response_200 = RolesOut.from_dict(data)

    return response_200


def _users_api_admin_roles_get_roles() -> Request[RolesOut]:

    _kwargs: dict[str, Any] = {}
    return Request(
        method="GET",
        path="/v1/admin/roles",
        operation_id="users_api_admin_roles_get_roles",
        decode=_decode_users_api_admin_roles_get_roles,
        kind="json",
        keywords=_KEYWORDS_USERS_API_ADMIN_ROLES_GET_ROLES,
        **_kwargs,
    )


BetaAdminUsersUsersApiAdminUsersGetUsersResult: TypeAlias = OrganizationAdminUsersOUT


BetaAdminUsersUsersApiAdminUsersCreateUsersResult: TypeAlias = OrganizationUsersCreateOUT


BetaAdminUsersUsersApiAdminUsersGetInviteResult: TypeAlias = builtins.list[OrganizationUserInviteOUT]


BetaAdminUsersUsersApiAdminUsersInviteUsersResult: TypeAlias = OrganizationInvitesCreateOUT


BetaAdminUsersUsersApiAdminUsersDeleteInviteResult: TypeAlias = DeleteOUT


BetaAdminUsersUsersApiAdminUsersGetUserResult: TypeAlias = AdminUserOUT


BetaAdminUsersUsersApiAdminUsersDeleteUserResult: TypeAlias = DeleteOUT


BetaAdminUsersUsersApiAdminUsersUpdateUserResult: TypeAlias = AdminOrganizationMemberOUT


BetaAdminUsersUsersApiAdminRolesGetRolesResult: TypeAlias = RolesOut


class BetaAdminUsers:
    """`client.beta.admin.users`."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    @functools.cached_property
    def with_raw_response(self) -> BetaAdminUsersWithRawResponse:
        """The same methods, returning an `APIResponse` (`.data`, `.status_code`, `.headers`)."""
        return BetaAdminUsersWithRawResponse(self._transport)

    def users_api_admin_users_get_users(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationAdminUsersOUT:
        """Get Users

        List Organization members and pending invitations.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            email (None | str | Unset): Email address to filter users and invitations.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OrganizationAdminUsersOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_users,
            dict(
                page=page,
                page_size=page_size,
                email=email,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_get_users_async(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationAdminUsersOUT:
        """Get Users

        List Organization members and pending invitations.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            email (None | str | Unset): Email address to filter users and invitations.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OrganizationAdminUsersOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_users,
            dict(
                page=page,
                page_size=page_size,
                email=email,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_users_create_users(
        self,
        *,
        body: Sequence[OrganizationMemberCreate | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> OrganizationUsersCreateOUT:
        """Create Users

        Create Organization members.

        Args:
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OrganizationUsersCreateOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_create_users,
            dict(
                body=body,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_create_users_async(
        self,
        *,
        body: Sequence[OrganizationMemberCreate | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> OrganizationUsersCreateOUT:
        """Create Users

        Create Organization members.

        Args:
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OrganizationUsersCreateOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_create_users,
            dict(
                body=body,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_users_get_invite(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[OrganizationUserInviteOUT]:
        """Get Invite

        List pending Organization invitations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[OrganizationUserInviteOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_users_get_invite, dict())
        return self._transport.send(request, options)

    async def users_api_admin_users_get_invite_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> builtins.list[OrganizationUserInviteOUT]:
        """Get Invite

        List pending Organization invitations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            list[OrganizationUserInviteOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_users_get_invite, dict())
        return await self._transport.send_async(request, options)

    def users_api_admin_users_invite_users(
        self,
        *,
        email: str,
        role_names: Sequence[OrganizationInviteINRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: OrganizationInviteINRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_type: PlanType | str | None | Unset = UNSET,
        subscription_types: Sequence[PlanType | str] | None | Unset = UNSET,
        subscription_seat_automatic_granting: bool | Unset = UNSET,
        email_language: OrganizationInviteINEmailLanguageType0 | str | None | Unset = UNSET,
        workspace_uuids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationInvitesCreateOUT:
        """Invite Users

        Invite users to the Organization.

        Args:
            email (str): Email address, comma-separated emails, or newline-separated emails to invite.
            role_names (list[OrganizationInviteINRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (None | OrganizationInviteINRoleNameType0 | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_type (None | PlanType | Unset): Deprecated single product seat to assign.
            subscription_types (list[PlanType] | None | Unset): Product seats to assign to invited users.
            subscription_seat_automatic_granting (bool | Unset): Whether to grant subscription seats automatically.
            email_language (None | OrganizationInviteINEmailLanguageType0 | Unset): Language used for invitation emails.
            workspace_uuids (list[UUID] | None | Unset): Workspace IDs the invited users should join.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OrganizationInvitesCreateOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_invite_users,
            dict(
                email=email,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_type=subscription_type,
                subscription_types=subscription_types,
                subscription_seat_automatic_granting=subscription_seat_automatic_granting,
                email_language=email_language,
                workspace_uuids=workspace_uuids,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_invite_users_async(
        self,
        *,
        email: str,
        role_names: Sequence[OrganizationInviteINRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: OrganizationInviteINRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_type: PlanType | str | None | Unset = UNSET,
        subscription_types: Sequence[PlanType | str] | None | Unset = UNSET,
        subscription_seat_automatic_granting: bool | Unset = UNSET,
        email_language: OrganizationInviteINEmailLanguageType0 | str | None | Unset = UNSET,
        workspace_uuids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> OrganizationInvitesCreateOUT:
        """Invite Users

        Invite users to the Organization.

        Args:
            email (str): Email address, comma-separated emails, or newline-separated emails to invite.
            role_names (list[OrganizationInviteINRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (None | OrganizationInviteINRoleNameType0 | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_type (None | PlanType | Unset): Deprecated single product seat to assign.
            subscription_types (list[PlanType] | None | Unset): Product seats to assign to invited users.
            subscription_seat_automatic_granting (bool | Unset): Whether to grant subscription seats automatically.
            email_language (None | OrganizationInviteINEmailLanguageType0 | Unset): Language used for invitation emails.
            workspace_uuids (list[UUID] | None | Unset): Workspace IDs the invited users should join.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            OrganizationInvitesCreateOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_invite_users,
            dict(
                email=email,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_type=subscription_type,
                subscription_types=subscription_types,
                subscription_seat_automatic_granting=subscription_seat_automatic_granting,
                email_language=email_language,
                workspace_uuids=workspace_uuids,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_users_delete_invite(
        self,
        *,
        invite_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """Delete Invite

        Delete Invite

        Args:
            invite_uuid (UUID): Organization invitation ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_invite,
            dict(
                invite_uuid=invite_uuid,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_delete_invite_async(
        self,
        *,
        invite_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """Delete Invite

        Delete Invite

        Args:
            invite_uuid (UUID): Organization invitation ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_invite,
            dict(
                invite_uuid=invite_uuid,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_users_get_user(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserOUT:
        """Get User

        Get details for an Organization member.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_user,
            dict(
                user_id=user_id,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_get_user_async(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> AdminUserOUT:
        """Get User

        Get details for an Organization member.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminUserOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_user,
            dict(
                user_id=user_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_users_delete_user(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """Delete User

        Remove a member from the Organization.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_user,
            dict(
                user_id=user_id,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_delete_user_async(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> DeleteOUT:
        """Delete User

        Remove a member from the Organization.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            DeleteOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_user,
            dict(
                user_id=user_id,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_users_update_user(
        self,
        *,
        user_id: UUID | str,
        role_names: Sequence[AdminOrganizationMemberUpdateRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: AdminOrganizationMemberUpdateRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_types: Sequence[AdminOrganizationMemberUpdateSubscriptionTypesType0Item | str]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminOrganizationMemberOUT:
        """Update User

        Update an Organization member's roles and product seats.

        Args:
            user_id (UUID): User ID.
            role_names (list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (AdminOrganizationMemberUpdateRoleNameType0 | None | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_types (list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset): Product seats to assign to the member.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminOrganizationMemberOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_update_user,
            dict(
                user_id=user_id,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_types=subscription_types,
            ),
        )
        return self._transport.send(request, options)

    async def users_api_admin_users_update_user_async(
        self,
        *,
        user_id: UUID | str,
        role_names: Sequence[AdminOrganizationMemberUpdateRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: AdminOrganizationMemberUpdateRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_types: Sequence[AdminOrganizationMemberUpdateSubscriptionTypesType0Item | str]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> AdminOrganizationMemberOUT:
        """Update User

        Update an Organization member's roles and product seats.

        Args:
            user_id (UUID): User ID.
            role_names (list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (AdminOrganizationMemberUpdateRoleNameType0 | None | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_types (list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset): Product seats to assign to the member.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            AdminOrganizationMemberOUT

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_update_user,
            dict(
                user_id=user_id,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_types=subscription_types,
            ),
        )
        return await self._transport.send_async(request, options)

    def users_api_admin_roles_get_roles(
        self,
        **options: Unpack[RequestOptions],
    ) -> RolesOut:
        """Get Roles

        List Organization and Workspace roles.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RolesOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_roles_get_roles, dict())
        return self._transport.send(request, options)

    async def users_api_admin_roles_get_roles_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> RolesOut:
        """Get Roles

        List Organization and Workspace roles.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            RolesOut

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_roles_get_roles, dict())
        return await self._transport.send_async(request, options)


class BetaAdminUsersWithRawResponse:
    """`client.beta.admin.users`: the same methods, returning the HTTP response beside the result."""

    def __init__(self, transport: Transport) -> None:
        self._transport = transport

    def users_api_admin_users_get_users(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OrganizationAdminUsersOUT]:
        """Get Users

        List Organization members and pending invitations.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            email (None | str | Unset): Email address to filter users and invitations.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OrganizationAdminUsersOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_users,
            dict(
                page=page,
                page_size=page_size,
                email=email,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_get_users_async(
        self,
        *,
        page: int | Unset = 1,
        page_size: int | Unset = 25,
        email: None | str | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OrganizationAdminUsersOUT]:
        """Get Users

        List Organization members and pending invitations.

        Args:
            page (int | Unset): Page number to return. Default: 1.
            page_size (int | Unset): Maximum number of results per page. Default: 25.
            email (None | str | Unset): Email address to filter users and invitations.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OrganizationAdminUsersOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_users,
            dict(
                page=page,
                page_size=page_size,
                email=email,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_create_users(
        self,
        *,
        body: Sequence[OrganizationMemberCreate | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OrganizationUsersCreateOUT]:
        """Create Users

        Create Organization members.

        Args:
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OrganizationUsersCreateOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_create_users,
            dict(
                body=body,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_create_users_async(
        self,
        *,
        body: Sequence[OrganizationMemberCreate | Mapping[str, Any]],
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OrganizationUsersCreateOUT]:
        """Create Users

        Create Organization members.

        Args:
            body: The request body.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OrganizationUsersCreateOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_create_users,
            dict(
                body=body,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_get_invite(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[OrganizationUserInviteOUT]]:
        """Get Invite

        List pending Organization invitations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[OrganizationUserInviteOUT]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_users_get_invite, dict())
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_get_invite_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[builtins.list[OrganizationUserInviteOUT]]:
        """Get Invite

        List pending Organization invitations.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[list[OrganizationUserInviteOUT]]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_users_get_invite, dict())
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_invite_users(
        self,
        *,
        email: str,
        role_names: Sequence[OrganizationInviteINRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: OrganizationInviteINRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_type: PlanType | str | None | Unset = UNSET,
        subscription_types: Sequence[PlanType | str] | None | Unset = UNSET,
        subscription_seat_automatic_granting: bool | Unset = UNSET,
        email_language: OrganizationInviteINEmailLanguageType0 | str | None | Unset = UNSET,
        workspace_uuids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OrganizationInvitesCreateOUT]:
        """Invite Users

        Invite users to the Organization.

        Args:
            email (str): Email address, comma-separated emails, or newline-separated emails to invite.
            role_names (list[OrganizationInviteINRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (None | OrganizationInviteINRoleNameType0 | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_type (None | PlanType | Unset): Deprecated single product seat to assign.
            subscription_types (list[PlanType] | None | Unset): Product seats to assign to invited users.
            subscription_seat_automatic_granting (bool | Unset): Whether to grant subscription seats automatically.
            email_language (None | OrganizationInviteINEmailLanguageType0 | Unset): Language used for invitation emails.
            workspace_uuids (list[UUID] | None | Unset): Workspace IDs the invited users should join.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OrganizationInvitesCreateOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_invite_users,
            dict(
                email=email,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_type=subscription_type,
                subscription_types=subscription_types,
                subscription_seat_automatic_granting=subscription_seat_automatic_granting,
                email_language=email_language,
                workspace_uuids=workspace_uuids,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_invite_users_async(
        self,
        *,
        email: str,
        role_names: Sequence[OrganizationInviteINRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: OrganizationInviteINRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_type: PlanType | str | None | Unset = UNSET,
        subscription_types: Sequence[PlanType | str] | None | Unset = UNSET,
        subscription_seat_automatic_granting: bool | Unset = UNSET,
        email_language: OrganizationInviteINEmailLanguageType0 | str | None | Unset = UNSET,
        workspace_uuids: Sequence[UUID | str] | None | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[OrganizationInvitesCreateOUT]:
        """Invite Users

        Invite users to the Organization.

        Args:
            email (str): Email address, comma-separated emails, or newline-separated emails to invite.
            role_names (list[OrganizationInviteINRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (None | OrganizationInviteINRoleNameType0 | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_type (None | PlanType | Unset): Deprecated single product seat to assign.
            subscription_types (list[PlanType] | None | Unset): Product seats to assign to invited users.
            subscription_seat_automatic_granting (bool | Unset): Whether to grant subscription seats automatically.
            email_language (None | OrganizationInviteINEmailLanguageType0 | Unset): Language used for invitation emails.
            workspace_uuids (list[UUID] | None | Unset): Workspace IDs the invited users should join.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[OrganizationInvitesCreateOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_invite_users,
            dict(
                email=email,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_type=subscription_type,
                subscription_types=subscription_types,
                subscription_seat_automatic_granting=subscription_seat_automatic_granting,
                email_language=email_language,
                workspace_uuids=workspace_uuids,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_delete_invite(
        self,
        *,
        invite_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteOUT]:
        """Delete Invite

        Delete Invite

        Args:
            invite_uuid (UUID): Organization invitation ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_invite,
            dict(
                invite_uuid=invite_uuid,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_delete_invite_async(
        self,
        *,
        invite_uuid: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteOUT]:
        """Delete Invite

        Delete Invite

        Args:
            invite_uuid (UUID): Organization invitation ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_invite,
            dict(
                invite_uuid=invite_uuid,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_get_user(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserOUT]:
        """Get User

        Get details for an Organization member.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_user,
            dict(
                user_id=user_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_get_user_async(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminUserOUT]:
        """Get User

        Get details for an Organization member.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminUserOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_get_user,
            dict(
                user_id=user_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_delete_user(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteOUT]:
        """Delete User

        Remove a member from the Organization.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_user,
            dict(
                user_id=user_id,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_delete_user_async(
        self,
        *,
        user_id: UUID | str,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[DeleteOUT]:
        """Delete User

        Remove a member from the Organization.

        Args:
            user_id (UUID): User ID.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[DeleteOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_delete_user,
            dict(
                user_id=user_id,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_users_update_user(
        self,
        *,
        user_id: UUID | str,
        role_names: Sequence[AdminOrganizationMemberUpdateRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: AdminOrganizationMemberUpdateRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_types: Sequence[AdminOrganizationMemberUpdateSubscriptionTypesType0Item | str]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminOrganizationMemberOUT]:
        """Update User

        Update an Organization member's roles and product seats.

        Args:
            user_id (UUID): User ID.
            role_names (list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (AdminOrganizationMemberUpdateRoleNameType0 | None | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_types (list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset): Product seats to assign to the member.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminOrganizationMemberOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_update_user,
            dict(
                user_id=user_id,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_types=subscription_types,
            ),
        )
        return self._transport.send_raw(request, options)

    async def users_api_admin_users_update_user_async(
        self,
        *,
        user_id: UUID | str,
        role_names: Sequence[AdminOrganizationMemberUpdateRoleNamesType0Item | str] | None | Unset = UNSET,
        roles: Sequence[UserRole | str] | Sequence[StaticOrganizationRoles | str] | None | Unset = UNSET,
        role_name: AdminOrganizationMemberUpdateRoleNameType0 | str | None | Unset = UNSET,
        role: UserRole | str | StaticOrganizationRoles | None | Unset = UNSET,
        subscription_types: Sequence[AdminOrganizationMemberUpdateSubscriptionTypesType0Item | str]
        | None
        | Unset = UNSET,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[AdminOrganizationMemberOUT]:
        """Update User

        Update an Organization member's roles and product seats.

        Args:
            user_id (UUID): User ID.
            role_names (list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset): Simplified role names to assign. Mutually exclusive with 'roles'.
            roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive with 'role_names'.
            role_name (AdminOrganizationMemberUpdateRoleNameType0 | None | Unset): Deprecated single role name, kept for backward compatibility. Mutually exclusive
                with 'role'.
            role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward compatibility. Mutually
                exclusive with 'role_name'.
            subscription_types (list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset): Product seats to assign to the member.
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[AdminOrganizationMemberOUT]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(
            _users_api_admin_users_update_user,
            dict(
                user_id=user_id,
                role_names=role_names,
                roles=roles,
                role_name=role_name,
                role=role,
                subscription_types=subscription_types,
            ),
        )
        return await self._transport.send_raw_async(request, options)

    def users_api_admin_roles_get_roles(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RolesOut]:
        """Get Roles

        List Organization and Workspace roles.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RolesOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_roles_get_roles, dict())
        return self._transport.send_raw(request, options)

    async def users_api_admin_roles_get_roles_async(
        self,
        **options: Unpack[RequestOptions],
    ) -> APIResponse[RolesOut]:
        """Get Roles

        List Organization and Workspace roles.

        Args:
            **options: Per-call options (RequestOptions): retries, timeout, extra_headers, ...

        Returns:
            APIResponse[RolesOut]

        Raises:
            The client's error for a non-2xx status, a failed connection or an undecodable body.
        """

        request = self._transport.build(_users_api_admin_roles_get_roles, dict())
        return await self._transport.send_raw_async(request, options)
