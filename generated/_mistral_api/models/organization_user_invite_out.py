from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.static_organization_roles import StaticOrganizationRoles
    from ..models.user_role import UserRole
else:
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    UserRole = _Lazy(globals(), "user_role", "UserRole")


T = TypeVar("T", bound="OrganizationUserInviteOUT")


class OrganizationUserInviteOUT:
    """
    Attributes:
        invite_uuid (UUID): Organization invitation ID.
        email (None | str): Email address invited to the Organization.
        roles (list[StaticOrganizationRoles] | list[UserRole]): Organization roles assigned by the invite.
        role (StaticOrganizationRoles | UserRole): Deprecated single invite role. Use 'roles' instead.
    """

    __slots__ = ("additional_properties", "email", "invite_uuid", "role", "roles")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "invite_uuid",
        "email",
        "roles",
        "role",
    )

    invite_uuid: UUID
    email: None | str
    roles: list[StaticOrganizationRoles] | list[UserRole]
    role: StaticOrganizationRoles | UserRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        invite_uuid: UUID,
        email: None | str,
        roles: list[StaticOrganizationRoles] | list[UserRole],
        role: StaticOrganizationRoles | UserRole,
    ) -> None:
        self.invite_uuid = invite_uuid
        self.email = email
        self.roles = roles
        self.role = role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        invite_uuid = str(self.invite_uuid)

        email: None | str
        email = self.email

        roles: list[str]
        if isinstance(self.roles, list):
            roles = []
            for roles_type_0_item_data in self.roles:
                roles_type_0_item = str(roles_type_0_item_data)
                roles.append(roles_type_0_item)

        else:
            roles = []
            for roles_type_1_item_data in self.roles:
                roles_type_1_item = str(roles_type_1_item_data)
                roles.append(roles_type_1_item)

        role: str
        if isinstance(self.role, UserRole):
            role = str(self.role)
        else:
            role = str(self.role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invite_uuid": invite_uuid,
                "email": email,
                "roles": roles,
                "role": role,
            }
        )

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
        invite_uuid = UUID(d.pop("invite_uuid"))

        email: None | str = d.pop("email")

        _roles_data = d.pop("roles")
        roles: list[StaticOrganizationRoles] | list[UserRole]
        while True:  # one pass; each break is the generator's `return`
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
            if not isinstance(_roles_data, list):
                raise TypeError()
            roles_type_1 = []
            _roles_type_1 = _roles_data
            for roles_type_1_item_data in _roles_type_1:
                roles_type_1_item = StaticOrganizationRoles(roles_type_1_item_data)

                roles_type_1.append(roles_type_1_item)

            roles = roles_type_1
            break

        _role_data = d.pop("role")
        role: StaticOrganizationRoles | UserRole
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_role_data, str):
                try:
                    role_type_0 = UserRole(_role_data)

                    role = role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_role_data, str):
                raise TypeError()
            role_type_1 = StaticOrganizationRoles(_role_data)

            role = role_type_1
            break

        organization_user_invite_out = cls(
            invite_uuid,
            email,
            roles,
            role,
        )

        organization_user_invite_out.additional_properties = d
        return organization_user_invite_out

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
