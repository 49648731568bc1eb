from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.admin_user_out_subscription_types_type_0_item import AdminUserOUTSubscriptionTypesType0Item
    from ..models.member_subscription_out import MemberSubscriptionOUT
    from ..models.member_workspace_info import MemberWorkspaceInfo
    from ..models.static_organization_roles import StaticOrganizationRoles
    from ..models.user_role import UserRole
else:
    AdminUserOUTSubscriptionTypesType0Item = _Lazy(
        globals(), "admin_user_out_subscription_types_type_0_item", "AdminUserOUTSubscriptionTypesType0Item"
    )
    MemberSubscriptionOUT = _Lazy(globals(), "member_subscription_out", "MemberSubscriptionOUT")
    MemberWorkspaceInfo = _Lazy(globals(), "member_workspace_info", "MemberWorkspaceInfo")
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    UserRole = _Lazy(globals(), "user_role", "UserRole")


T = TypeVar("T", bound="AdminUserOUT")


class AdminUserOUT:
    """
    Attributes:
        uuid (UUID): Organization member ID.
        oid_id (None | UUID): Identity provider ID for the member.
        name (None | str): Name of the Organization member.
        email (None | str): Email address of the Organization member.
        raw_roles (list[StaticOrganizationRoles] | list[UserRole]): Organization roles assigned to the member.
        raw_role (StaticOrganizationRoles | UserRole): Deprecated single organization role. Use 'raw_roles' instead.
        created_at (datetime.datetime): Date the member was added to the Organization.
        first_name (None | str): User first name.
        last_name (None | str): User last name.
        is_sso_outsider (bool | None | Unset): Whether the member is outside the SSO domain.
        workspaces (list[MemberWorkspaceInfo] | None | Unset): Workspaces the member belongs to.
        subscriptions (list[MemberSubscriptionOUT] | Unset): Subscriptions assigned to the member.
        subscription_types (list[AdminUserOUTSubscriptionTypesType0Item] | None | Unset): Product seats assigned to the
            member.
    """

    __slots__ = (
        "additional_properties",
        "created_at",
        "email",
        "first_name",
        "is_sso_outsider",
        "last_name",
        "name",
        "oid_id",
        "raw_role",
        "raw_roles",
        "subscription_types",
        "subscriptions",
        "uuid",
        "workspaces",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "uuid",
        "oid_id",
        "name",
        "email",
        "raw_roles",
        "raw_role",
        "created_at",
        "first_name",
        "last_name",
        "is_sso_outsider",
        "workspaces",
        "subscriptions",
        "subscription_types",
    )

    uuid: UUID
    oid_id: None | UUID
    name: None | str
    email: None | str
    raw_roles: list[StaticOrganizationRoles] | list[UserRole]
    raw_role: StaticOrganizationRoles | UserRole
    created_at: datetime.datetime
    first_name: None | str
    last_name: None | str
    is_sso_outsider: bool | None | Unset
    workspaces: list[MemberWorkspaceInfo] | None | Unset
    subscriptions: list[MemberSubscriptionOUT] | Unset
    subscription_types: list[AdminUserOUTSubscriptionTypesType0Item] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        uuid: UUID,
        oid_id: None | UUID,
        name: None | str,
        email: None | str,
        raw_roles: list[StaticOrganizationRoles] | list[UserRole],
        raw_role: StaticOrganizationRoles | UserRole,
        created_at: datetime.datetime,
        first_name: None | str,
        last_name: None | str,
        is_sso_outsider: bool | None | Unset = UNSET,
        workspaces: list[MemberWorkspaceInfo] | None | Unset = UNSET,
        subscriptions: list[MemberSubscriptionOUT] | Unset = UNSET,
        subscription_types: list[AdminUserOUTSubscriptionTypesType0Item] | None | Unset = UNSET,
    ) -> None:
        self.uuid = uuid
        self.oid_id = oid_id
        self.name = name
        self.email = email
        self.raw_roles = raw_roles
        self.raw_role = raw_role
        self.created_at = created_at
        self.first_name = first_name
        self.last_name = last_name
        self.is_sso_outsider = is_sso_outsider
        self.workspaces = workspaces
        self.subscriptions = subscriptions
        self.subscription_types = subscription_types
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        oid_id: None | str
        if isinstance(self.oid_id, UUID):
            oid_id = str(self.oid_id)
        else:
            oid_id = self.oid_id

        name: None | str
        name = self.name

        email: None | str
        email = self.email

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

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        first_name: None | str
        first_name = self.first_name

        last_name: None | str
        last_name = self.last_name

        is_sso_outsider: bool | None | Unset
        if isinstance(self.is_sso_outsider, Unset):
            is_sso_outsider = UNSET
        else:
            is_sso_outsider = self.is_sso_outsider

        try:
            workspaces: list[dict[str, Any]] | None | Unset
            if isinstance(self.workspaces, Unset):
                workspaces = UNSET
            elif isinstance(self.workspaces, list):
                workspaces = []
                try:
                    for workspaces_type_0_item_data in self.workspaces:
                        try:
                            workspaces_type_0_item = workspaces_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(workspaces_type_0_item_data, MemberWorkspaceInfo):
                                raise
                            workspaces_type_0_item = _as_dict(workspaces_type_0_item_data, "MemberWorkspaceInfo")
                        workspaces.append(workspaces_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(workspaces))
                    raise
            else:
                workspaces = self.workspaces
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workspaces")
            raise

        try:
            subscriptions: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.subscriptions, Unset):
                subscriptions = []
                try:
                    for subscriptions_item_data in self.subscriptions:
                        try:
                            subscriptions_item = subscriptions_item_data.to_dict()
                        except AttributeError:
                            if isinstance(subscriptions_item_data, MemberSubscriptionOUT):
                                raise
                            subscriptions_item = _as_dict(subscriptions_item_data, "MemberSubscriptionOUT")
                        subscriptions.append(subscriptions_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(subscriptions))
                    raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "subscriptions")
            raise

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
        field_dict.update(
            {
                "uuid": uuid,
                "oid_id": oid_id,
                "name": name,
                "email": email,
                "raw_roles": raw_roles,
                "raw_role": raw_role,
                "created_at": created_at,
                "first_name": first_name,
                "last_name": last_name,
            }
        )
        if is_sso_outsider is not UNSET:
            field_dict["is_sso_outsider"] = is_sso_outsider
        if workspaces is not UNSET:
            field_dict["workspaces"] = workspaces
        if subscriptions is not UNSET:
            field_dict["subscriptions"] = subscriptions
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
        uuid = UUID(d.pop("uuid"))

        _oid_id_data = d.pop("oid_id")
        oid_id: None | UUID
        while True:  # one pass; each break is the generator's `return`
            if _oid_id_data is None:
                oid_id = _oid_id_data
                break
            if isinstance(_oid_id_data, str):
                try:
                    oid_id_type_0 = UUID(_oid_id_data)

                    oid_id = oid_id_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            oid_id = cast("None | UUID", _oid_id_data)
            break

        name: None | str = d.pop("name")

        email: None | str = d.pop("email")

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

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        first_name: None | str = d.pop("first_name")

        last_name: None | str = d.pop("last_name")

        is_sso_outsider: bool | None | Unset = d.pop("is_sso_outsider", UNSET)

        _workspaces_data = d.pop("workspaces", UNSET)
        workspaces: list[MemberWorkspaceInfo] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _workspaces_data is None:
                workspaces = _workspaces_data
                break
            if isinstance(_workspaces_data, Unset):
                workspaces = _workspaces_data
                break
            if isinstance(_workspaces_data, list):
                try:
                    workspaces_type_0 = []
                    _workspaces_type_0 = _workspaces_data
                    for workspaces_type_0_item_data in _workspaces_type_0:
                        workspaces_type_0_item = MemberWorkspaceInfo.from_dict(workspaces_type_0_item_data)

                        workspaces_type_0.append(workspaces_type_0_item)

                    workspaces = workspaces_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            workspaces = cast("list[MemberWorkspaceInfo] | None | Unset", _workspaces_data)
            break

        _subscriptions = d.pop("subscriptions", UNSET)
        subscriptions: list[MemberSubscriptionOUT] | Unset = UNSET
        if _subscriptions is not UNSET:
            subscriptions = []
            for subscriptions_item_data in _subscriptions:
                subscriptions_item = MemberSubscriptionOUT.from_dict(subscriptions_item_data)

                subscriptions.append(subscriptions_item)

        _subscription_types_data = d.pop("subscription_types", UNSET)
        subscription_types: list[AdminUserOUTSubscriptionTypesType0Item] | None | Unset
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
                        subscription_types_type_0_item = AdminUserOUTSubscriptionTypesType0Item(
                            subscription_types_type_0_item_data
                        )

                        subscription_types_type_0.append(subscription_types_type_0_item)

                    subscription_types = subscription_types_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            subscription_types = cast(
                "list[AdminUserOUTSubscriptionTypesType0Item] | None | Unset", _subscription_types_data
            )
            break

        admin_user_out = cls(
            uuid,
            oid_id,
            name,
            email,
            raw_roles,
            raw_role,
            created_at,
            first_name,
            last_name,
            is_sso_outsider,
            workspaces,
            subscriptions,
            subscription_types,
        )

        admin_user_out.additional_properties = d
        return admin_user_out

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
