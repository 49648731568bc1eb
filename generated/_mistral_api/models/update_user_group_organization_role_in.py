from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

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


T = TypeVar("T", bound="UpdateUserGroupOrganizationRoleIn")


class UpdateUserGroupOrganizationRoleIn:
    """
    Attributes:
        organization_role (StaticOrganizationRoles | UserRole): Organization role to assign to the group.
    """

    __slots__ = ("additional_properties", "organization_role")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("organization_role",)

    organization_role: StaticOrganizationRoles | UserRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        organization_role: StaticOrganizationRoles | UserRole,
    ) -> None:
        self.organization_role = organization_role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        organization_role: str
        if isinstance(self.organization_role, UserRole):
            organization_role = str(self.organization_role)
        else:
            organization_role = str(self.organization_role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "organization_role": organization_role,
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
        _organization_role_data = d.pop("organization_role")
        organization_role: StaticOrganizationRoles | UserRole
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_organization_role_data, str):
                try:
                    organization_role_type_0 = UserRole(_organization_role_data)

                    organization_role = organization_role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_organization_role_data, str):
                raise TypeError()
            organization_role_type_1 = StaticOrganizationRoles(_organization_role_data)

            organization_role = organization_role_type_1
            break

        update_user_group_organization_role_in = cls(
            organization_role,
        )

        update_user_group_organization_role_in.additional_properties = d
        return update_user_group_organization_role_in

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
