from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.admin_organization_member_update_role_name_type_0 import AdminOrganizationMemberUpdateRoleNameType0
    from ..models.admin_organization_member_update_role_names_type_0_item import (
        AdminOrganizationMemberUpdateRoleNamesType0Item,
    )
    from ..models.admin_organization_member_update_subscription_types_type_0_item import (
        AdminOrganizationMemberUpdateSubscriptionTypesType0Item,
    )
    from ..models.static_organization_roles import StaticOrganizationRoles
    from ..models.user_role import UserRole
else:
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
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    UserRole = _Lazy(globals(), "user_role", "UserRole")


T = TypeVar("T", bound="AdminOrganizationMemberUpdate")


class AdminOrganizationMemberUpdate:
    """
    Attributes:
        role_names (list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset): Simplified role names to
            assign. Mutually exclusive with 'roles'.
        roles (list[StaticOrganizationRoles] | list[UserRole] | None | Unset): Role values to assign. Mutually exclusive
            with 'role_names'.
        role_name (AdminOrganizationMemberUpdateRoleNameType0 | None | Unset): Deprecated single role name, kept for
            backward compatibility. Mutually exclusive with 'role'.
        role (None | StaticOrganizationRoles | Unset | UserRole): Deprecated legacy single role value, kept for backward
            compatibility. Mutually exclusive with 'role_name'.
        subscription_types (list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset): Product seats
            to assign to the member.
    """

    __slots__ = ("additional_properties", "role", "role_name", "role_names", "roles", "subscription_types")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "role_names",
        "roles",
        "role_name",
        "role",
        "subscription_types",
    )

    role_names: list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset
    roles: list[StaticOrganizationRoles] | list[UserRole] | None | Unset
    role_name: AdminOrganizationMemberUpdateRoleNameType0 | None | Unset
    role: None | StaticOrganizationRoles | Unset | UserRole
    subscription_types: list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role_names: list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset = UNSET,
        roles: list[StaticOrganizationRoles] | list[UserRole] | None | Unset = UNSET,
        role_name: AdminOrganizationMemberUpdateRoleNameType0 | None | Unset = UNSET,
        role: None | StaticOrganizationRoles | Unset | UserRole = UNSET,
        subscription_types: list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset = UNSET,
    ) -> None:
        self.role_names = role_names
        self.roles = roles
        self.role_name = role_name
        self.role = role
        self.subscription_types = subscription_types
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
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
        elif isinstance(self.role_name, AdminOrganizationMemberUpdateRoleNameType0):
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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role_names is not UNSET:
            field_dict["role_names"] = role_names
        if roles is not UNSET:
            field_dict["roles"] = roles
        if role_name is not UNSET:
            field_dict["role_name"] = role_name
        if role is not UNSET:
            field_dict["role"] = role
        if subscription_types is not UNSET:
            field_dict["subscription_types"] = subscription_types

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
        _role_names_data = d.pop("role_names", UNSET)
        role_names: list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset
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
                        role_names_type_0_item = AdminOrganizationMemberUpdateRoleNamesType0Item(
                            role_names_type_0_item_data
                        )

                        role_names_type_0.append(role_names_type_0_item)

                    role_names = role_names_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_names = cast("list[AdminOrganizationMemberUpdateRoleNamesType0Item] | None | Unset", _role_names_data)
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
        role_name: AdminOrganizationMemberUpdateRoleNameType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _role_name_data is None:
                role_name = _role_name_data
                break
            if isinstance(_role_name_data, Unset):
                role_name = _role_name_data
                break
            if isinstance(_role_name_data, str):
                try:
                    role_name_type_0 = AdminOrganizationMemberUpdateRoleNameType0(_role_name_data)

                    role_name = role_name_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_name = cast("AdminOrganizationMemberUpdateRoleNameType0 | None | Unset", _role_name_data)
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

        _subscription_types_data = d.pop("subscription_types", UNSET)
        subscription_types: list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset
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
                        subscription_types_type_0_item = AdminOrganizationMemberUpdateSubscriptionTypesType0Item(
                            subscription_types_type_0_item_data
                        )

                        subscription_types_type_0.append(subscription_types_type_0_item)

                    subscription_types = subscription_types_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            subscription_types = cast(
                "list[AdminOrganizationMemberUpdateSubscriptionTypesType0Item] | None | Unset", _subscription_types_data
            )
            break

        admin_organization_member_update = cls(
            role_names,
            roles,
            role_name,
            role,
            subscription_types,
        )

        admin_organization_member_update.additional_properties = d
        return admin_organization_member_update

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
