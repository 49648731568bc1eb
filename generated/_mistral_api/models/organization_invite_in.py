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
    from ..models.organization_invite_in_email_language_type_0 import OrganizationInviteINEmailLanguageType0
    from ..models.organization_invite_in_role_name_type_0 import OrganizationInviteINRoleNameType0
    from ..models.organization_invite_in_role_names_type_0_item import OrganizationInviteINRoleNamesType0Item
    from ..models.plan_type import PlanType
    from ..models.static_organization_roles import StaticOrganizationRoles
    from ..models.user_role import UserRole
else:
    OrganizationInviteINEmailLanguageType0 = _Lazy(
        globals(), "organization_invite_in_email_language_type_0", "OrganizationInviteINEmailLanguageType0"
    )
    OrganizationInviteINRoleNameType0 = _Lazy(
        globals(), "organization_invite_in_role_name_type_0", "OrganizationInviteINRoleNameType0"
    )
    OrganizationInviteINRoleNamesType0Item = _Lazy(
        globals(), "organization_invite_in_role_names_type_0_item", "OrganizationInviteINRoleNamesType0Item"
    )
    PlanType = _Lazy(globals(), "plan_type", "PlanType")
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    UserRole = _Lazy(globals(), "user_role", "UserRole")


T = TypeVar("T", bound="OrganizationInviteIN")


class OrganizationInviteIN:
    """
    Attributes:
        email (str): Email address, comma-separated emails, or newline-separated emails to invite.
        role_names (list[OrganizationInviteINRoleNamesType0Item] | None | Unset): Simplified role names to assign.
            Mutually exclusive with 'roles'.
        roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive
            with 'role_names'.
        role_name (None | OrganizationInviteINRoleNameType0 | Unset): Deprecated single role name, kept for backward
            compatibility. Mutually exclusive with 'role'.
        role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward
            compatibility. Mutually exclusive with 'role_name'.
        subscription_type (None | PlanType | Unset): Deprecated single product seat to assign.
        subscription_types (list[PlanType] | None | Unset): Product seats to assign to invited users.
        subscription_seat_automatic_granting (bool | Unset): Whether to grant subscription seats automatically. Default:
            False.
        email_language (None | OrganizationInviteINEmailLanguageType0 | Unset): Language used for invitation emails.
        workspace_uuids (list[UUID] | None | Unset): Workspace IDs the invited users should join.
    """

    __slots__ = (
        "additional_properties",
        "email",
        "email_language",
        "role",
        "role_name",
        "role_names",
        "roles",
        "subscription_seat_automatic_granting",
        "subscription_type",
        "subscription_types",
        "workspace_uuids",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
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

    email: str
    role_names: list[OrganizationInviteINRoleNamesType0Item] | None | Unset
    roles: list[StaticOrganizationRoles] | list[UserRole] | None | Unset
    role_name: None | OrganizationInviteINRoleNameType0 | Unset
    role: None | StaticOrganizationRoles | Unset | UserRole
    subscription_type: None | PlanType | Unset
    subscription_types: list[PlanType] | None | Unset
    subscription_seat_automatic_granting: bool | Unset
    email_language: None | OrganizationInviteINEmailLanguageType0 | Unset
    workspace_uuids: list[UUID] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        email: str,
        role_names: list[OrganizationInviteINRoleNamesType0Item] | None | Unset = UNSET,
        roles: list[StaticOrganizationRoles] | list[UserRole] | None | Unset = UNSET,
        role_name: None | OrganizationInviteINRoleNameType0 | Unset = UNSET,
        role: None | StaticOrganizationRoles | Unset | UserRole = UNSET,
        subscription_type: None | PlanType | Unset = UNSET,
        subscription_types: list[PlanType] | None | Unset = UNSET,
        subscription_seat_automatic_granting: bool | Unset = UNSET,
        email_language: None | OrganizationInviteINEmailLanguageType0 | Unset = UNSET,
        workspace_uuids: list[UUID] | None | Unset = UNSET,
    ) -> None:
        self.email = email
        self.role_names = role_names
        self.roles = roles
        self.role_name = role_name
        self.role = role
        self.subscription_type = subscription_type
        self.subscription_types = subscription_types
        self.subscription_seat_automatic_granting = subscription_seat_automatic_granting
        self.email_language = email_language
        self.workspace_uuids = workspace_uuids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        email = self.email

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
        elif isinstance(self.role_name, OrganizationInviteINRoleNameType0):
            role_name = str(self.role_name)
        else:
            role_name = self.role_name

        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        elif isinstance(self.role, UserRole) or isinstance(self.role, StaticOrganizationRoles):
            role = str(self.role)
        else:
            role = self.role

        subscription_type: None | str | Unset
        if isinstance(self.subscription_type, Unset):
            subscription_type = UNSET
        elif isinstance(self.subscription_type, PlanType):
            subscription_type = str(self.subscription_type)
        else:
            subscription_type = self.subscription_type

        subscription_types: list[str] | None | Unset
        if isinstance(self.subscription_types, Unset):
            subscription_types = UNSET
        elif isinstance(self.subscription_types, list):
            subscription_types = []
            for subscription_types_type_0_item_data in self.subscription_types:
                subscription_types_type_0_item = str(subscription_types_type_0_item_data)
                subscription_types.append(subscription_types_type_0_item)

        else:
            subscription_types = self.subscription_types

        subscription_seat_automatic_granting = self.subscription_seat_automatic_granting

        email_language: None | str | Unset
        if isinstance(self.email_language, Unset):
            email_language = UNSET
        elif isinstance(self.email_language, OrganizationInviteINEmailLanguageType0):
            email_language = str(self.email_language)
        else:
            email_language = self.email_language

        workspace_uuids: list[str] | None | Unset
        if isinstance(self.workspace_uuids, Unset):
            workspace_uuids = UNSET
        elif isinstance(self.workspace_uuids, list):
            workspace_uuids = []
            for workspace_uuids_type_0_item_data in self.workspace_uuids:
                workspace_uuids_type_0_item = str(workspace_uuids_type_0_item_data)
                workspace_uuids.append(workspace_uuids_type_0_item)

        else:
            workspace_uuids = self.workspace_uuids

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "email": email,
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
        if subscription_type is not UNSET:
            field_dict["subscription_type"] = subscription_type
        if subscription_types is not UNSET:
            field_dict["subscription_types"] = subscription_types
        if subscription_seat_automatic_granting is not UNSET:
            field_dict["subscription_seat_automatic_granting"] = subscription_seat_automatic_granting
        if email_language is not UNSET:
            field_dict["email_language"] = email_language
        if workspace_uuids is not UNSET:
            field_dict["workspace_uuids"] = workspace_uuids

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
        email = d.pop("email")

        _role_names_data = d.pop("role_names", UNSET)
        role_names: list[OrganizationInviteINRoleNamesType0Item] | None | Unset
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
                        role_names_type_0_item = OrganizationInviteINRoleNamesType0Item(role_names_type_0_item_data)

                        role_names_type_0.append(role_names_type_0_item)

                    role_names = role_names_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_names = cast("list[OrganizationInviteINRoleNamesType0Item] | None | Unset", _role_names_data)
            break

        _roles_data = d.pop("roles", UNSET)
        roles: list[StaticOrganizationRoles] | list[UserRole] | None | Unset
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
                        roles_type_0_item = UserRole(roles_type_0_item_data)

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
                        roles_type_1_item = StaticOrganizationRoles(roles_type_1_item_data)

                        roles_type_1.append(roles_type_1_item)

                    roles = roles_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            roles = cast("list[StaticOrganizationRoles] | list[UserRole] | None | Unset", _roles_data)
            break

        _role_name_data = d.pop("role_name", UNSET)
        role_name: None | OrganizationInviteINRoleNameType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _role_name_data is None:
                role_name = _role_name_data
                break
            if isinstance(_role_name_data, Unset):
                role_name = _role_name_data
                break
            if isinstance(_role_name_data, str):
                try:
                    role_name_type_0 = OrganizationInviteINRoleNameType0(_role_name_data)

                    role_name = role_name_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_name = cast("None | OrganizationInviteINRoleNameType0 | Unset", _role_name_data)
            break

        _role_data = d.pop("role", UNSET)
        role: None | StaticOrganizationRoles | Unset | UserRole
        while True:  # one pass; each break is the generator's `return`
            if _role_data is None:
                role = _role_data
                break
            if isinstance(_role_data, Unset):
                role = _role_data
                break
            if isinstance(_role_data, str):
                try:
                    role_type_0 = UserRole(_role_data)

                    role = role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_role_data, str):
                try:
                    role_type_1 = StaticOrganizationRoles(_role_data)

                    role = role_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role = cast("None | StaticOrganizationRoles | Unset | UserRole", _role_data)
            break

        _subscription_type_data = d.pop("subscription_type", UNSET)
        subscription_type: None | PlanType | Unset
        while True:  # one pass; each break is the generator's `return`
            if _subscription_type_data is None:
                subscription_type = _subscription_type_data
                break
            if isinstance(_subscription_type_data, Unset):
                subscription_type = _subscription_type_data
                break
            if isinstance(_subscription_type_data, str):
                try:
                    subscription_type_type_0 = PlanType(_subscription_type_data)

                    subscription_type = subscription_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            subscription_type = cast("None | PlanType | Unset", _subscription_type_data)
            break

        _subscription_types_data = d.pop("subscription_types", UNSET)
        subscription_types: list[PlanType] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _subscription_types_data is None:
                subscription_types = _subscription_types_data
                break
            if isinstance(_subscription_types_data, Unset):
                subscription_types = _subscription_types_data
                break
            if isinstance(_subscription_types_data, list):
                try:
                    subscription_types_type_0 = []
                    _subscription_types_type_0 = _subscription_types_data
                    for subscription_types_type_0_item_data in _subscription_types_type_0:
                        subscription_types_type_0_item = PlanType(subscription_types_type_0_item_data)

                        subscription_types_type_0.append(subscription_types_type_0_item)

                    subscription_types = subscription_types_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            subscription_types = cast("list[PlanType] | None | Unset", _subscription_types_data)
            break

        subscription_seat_automatic_granting = d.pop("subscription_seat_automatic_granting", UNSET)

        _email_language_data = d.pop("email_language", UNSET)
        email_language: None | OrganizationInviteINEmailLanguageType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _email_language_data is None:
                email_language = _email_language_data
                break
            if isinstance(_email_language_data, Unset):
                email_language = _email_language_data
                break
            if isinstance(_email_language_data, str):
                try:
                    email_language_type_0 = OrganizationInviteINEmailLanguageType0(_email_language_data)

                    email_language = email_language_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            email_language = cast("None | OrganizationInviteINEmailLanguageType0 | Unset", _email_language_data)
            break

        _workspace_uuids_data = d.pop("workspace_uuids", UNSET)
        workspace_uuids: list[UUID] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _workspace_uuids_data is None:
                workspace_uuids = _workspace_uuids_data
                break
            if isinstance(_workspace_uuids_data, Unset):
                workspace_uuids = _workspace_uuids_data
                break
            if isinstance(_workspace_uuids_data, list):
                try:
                    workspace_uuids_type_0 = []
                    _workspace_uuids_type_0 = _workspace_uuids_data
                    for workspace_uuids_type_0_item_data in _workspace_uuids_type_0:
                        workspace_uuids_type_0_item = UUID(workspace_uuids_type_0_item_data)

                        workspace_uuids_type_0.append(workspace_uuids_type_0_item)

                    workspace_uuids = workspace_uuids_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspace_uuids = cast("list[UUID] | None | Unset", _workspace_uuids_data)
            break

        organization_invite_in = cls(
            email,
            role_names,
            roles,
            role_name,
            role,
            subscription_type,
            subscription_types,
            subscription_seat_automatic_granting,
            email_language,
            workspace_uuids,
        )

        organization_invite_in.additional_properties = d
        return organization_invite_in

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
