from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import UNSET, Unset
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


T = TypeVar("T", bound="OrganizationInviteOUT")


class OrganizationInviteOUT:
    """
    Attributes:
        uuid (UUID): Organization invitation ID.
        raw_roles (list[StaticOrganizationRoles] | list[UserRole]): Organization roles assigned by the invite.
        raw_role (StaticOrganizationRoles | UserRole): Deprecated single invite role. Use 'raw_roles' instead.
        email (str): Email address invited to the Organization.
        expired (bool): Whether the invitation has expired.
        created_at (datetime.datetime): Time when the invitation was created.
        workspace_uuids (list[UUID] | Unset): Workspace IDs the invited user will join.
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "email",
        "expired",
        "raw_role",
        "raw_roles",
        "uuid",
        "workspace_uuids",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "uuid",
        "raw_roles",
        "raw_role",
        "email",
        "expired",
        "created_at",
        "workspace_uuids",
    )

    uuid: UUID
    raw_roles: list[StaticOrganizationRoles] | list[UserRole]
    raw_role: StaticOrganizationRoles | UserRole
    email: str
    expired: bool
    created_at: datetime.datetime
    workspace_uuids: list[UUID] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        uuid: UUID,
        raw_roles: list[StaticOrganizationRoles] | list[UserRole],
        raw_role: StaticOrganizationRoles | UserRole,
        email: str,
        expired: bool,
        created_at: datetime.datetime,
        workspace_uuids: list[UUID] | Unset = UNSET,
    ) -> None:
        self.uuid = uuid
        self.raw_roles = raw_roles
        self.raw_role = raw_role
        self.email = email
        self.expired = expired
        self.created_at = created_at
        self.workspace_uuids = workspace_uuids
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        raw_roles: list[str]
        if isinstance(self.raw_roles, list):
            raw_roles = []
            for raw_roles_type_0_item_data in self.raw_roles:
                raw_roles_type_0_item = str(raw_roles_type_0_item_data)
                raw_roles.append(raw_roles_type_0_item)

        else:
            raw_roles = []
            for raw_roles_type_1_item_data in self.raw_roles:
                raw_roles_type_1_item = str(raw_roles_type_1_item_data)
                raw_roles.append(raw_roles_type_1_item)

        raw_role: str
        if isinstance(self.raw_role, UserRole):
            raw_role = str(self.raw_role)
        else:
            raw_role = str(self.raw_role)

        email = self.email

        expired = self.expired

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        workspace_uuids: list[str] | Unset = UNSET
        if not isinstance(self.workspace_uuids, Unset):
            workspace_uuids = []
            for workspace_uuids_item_data in self.workspace_uuids:
                workspace_uuids_item = str(workspace_uuids_item_data)
                workspace_uuids.append(workspace_uuids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "raw_roles": raw_roles,
                "raw_role": raw_role,
                "email": email,
                "expired": expired,
                "created_at": created_at,
            }
        )
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
        uuid = UUID(d.pop("uuid"))

        _raw_roles_data = d.pop("raw_roles")
        raw_roles: list[StaticOrganizationRoles] | list[UserRole]
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_raw_roles_data, list):
                try:
                    raw_roles_type_0 = []
                    _raw_roles_type_0 = _raw_roles_data
                    for raw_roles_type_0_item_data in _raw_roles_type_0:
                        raw_roles_type_0_item = UserRole(raw_roles_type_0_item_data)

                        raw_roles_type_0.append(raw_roles_type_0_item)

                    raw_roles = raw_roles_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_raw_roles_data, list):
                raise TypeError()
            raw_roles_type_1 = []
            _raw_roles_type_1 = _raw_roles_data
            for raw_roles_type_1_item_data in _raw_roles_type_1:
                raw_roles_type_1_item = StaticOrganizationRoles(raw_roles_type_1_item_data)

                raw_roles_type_1.append(raw_roles_type_1_item)

            raw_roles = raw_roles_type_1
            break

        _raw_role_data = d.pop("raw_role")
        raw_role: StaticOrganizationRoles | UserRole
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_raw_role_data, str):
                try:
                    raw_role_type_0 = UserRole(_raw_role_data)

                    raw_role = raw_role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_raw_role_data, str):
                raise TypeError()
            raw_role_type_1 = StaticOrganizationRoles(_raw_role_data)

            raw_role = raw_role_type_1
            break

        email = d.pop("email")

        expired = d.pop("expired")

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        _workspace_uuids = d.pop("workspace_uuids", UNSET)
        workspace_uuids: list[UUID] | Unset = UNSET
        if _workspace_uuids is not UNSET:
            workspace_uuids = []
            for workspace_uuids_item_data in _workspace_uuids:
                workspace_uuids_item = UUID(workspace_uuids_item_data)

                workspace_uuids.append(workspace_uuids_item)

        organization_invite_out = cls(
            uuid,
            raw_roles,
            raw_role,
            email,
            expired,
            created_at,
            workspace_uuids,
        )

        organization_invite_out.additional_properties = d
        return organization_invite_out

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
