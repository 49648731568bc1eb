from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast
from uuid import UUID

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.static_organization_roles import StaticOrganizationRoles
    from ..models.static_workspace_roles import StaticWorkspaceRoles
    from ..models.workspace_role import WorkspaceRole
    from ..models.workspace_spend_limit_out import WorkspaceSpendLimitOUT
else:
    StaticOrganizationRoles = _Lazy(globals(), "static_organization_roles", "StaticOrganizationRoles")
    StaticWorkspaceRoles = _Lazy(globals(), "static_workspace_roles", "StaticWorkspaceRoles")
    WorkspaceRole = _Lazy(globals(), "workspace_role", "WorkspaceRole")
    WorkspaceSpendLimitOUT = _Lazy(globals(), "workspace_spend_limit_out", "WorkspaceSpendLimitOUT")


T = TypeVar("T", bound="WorkspaceEnrichedOUT")


class WorkspaceEnrichedOUT:
    """
    Attributes:
        uuid (UUID): Workspace ID.
        name (str): Workspace name.
        description (None | str): Workspace description.
        icon (None | str): Workspace icon.
        is_default (bool): Whether this is the default Workspace for the Organization.
        raw_roles (list[StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole]): Roles granted for the
            Workspace.
        raw_role (StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole): Deprecated single role for the
            Workspace. Use 'raw_roles' instead.
        members_count (int | None | Unset): Number of members in the Workspace.
        spend_limit (None | Unset | WorkspaceSpendLimitOUT): Workspace spending limit.
    """

    __slots__ = (
        "additional_properties",
        "description",
        "icon",
        "is_default",
        "members_count",
        "name",
        "raw_role",
        "raw_roles",
        "spend_limit",
        "uuid",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "uuid",
        "name",
        "description",
        "icon",
        "is_default",
        "raw_roles",
        "raw_role",
        "members_count",
        "spend_limit",
    )

    uuid: UUID
    name: str
    description: None | str
    icon: None | str
    is_default: bool
    raw_roles: list[StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole]
    raw_role: StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole
    members_count: int | None | Unset
    spend_limit: None | Unset | WorkspaceSpendLimitOUT
    additional_properties: dict[str, Any]

    def __init__(
        self,
        uuid: UUID,
        name: str,
        description: None | str,
        icon: None | str,
        is_default: bool,
        raw_roles: list[StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole],
        raw_role: StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole,
        members_count: int | None | Unset = UNSET,
        spend_limit: None | Unset | WorkspaceSpendLimitOUT = UNSET,
    ) -> None:
        self.uuid = uuid
        self.name = name
        self.description = description
        self.icon = icon
        self.is_default = is_default
        self.raw_roles = raw_roles
        self.raw_role = raw_role
        self.members_count = members_count
        self.spend_limit = spend_limit
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        description: None | str
        description = self.description

        icon: None | str
        icon = self.icon

        is_default = self.is_default

        raw_roles = []
        for raw_roles_item_data in self.raw_roles:
            raw_roles_item: str
            if isinstance(raw_roles_item_data, WorkspaceRole) or isinstance(raw_roles_item_data, StaticWorkspaceRoles):
                raw_roles_item = str(raw_roles_item_data)
            else:
                raw_roles_item = str(raw_roles_item_data)

            raw_roles.append(raw_roles_item)

        raw_role: str
        if isinstance(self.raw_role, WorkspaceRole) or isinstance(self.raw_role, StaticWorkspaceRoles):
            raw_role = str(self.raw_role)
        else:
            raw_role = str(self.raw_role)

        members_count: int | None | Unset
        if isinstance(self.members_count, Unset):
            members_count = UNSET
        else:
            members_count = self.members_count

        try:
            spend_limit: dict[str, Any] | None | Unset
            if isinstance(self.spend_limit, Unset):
                spend_limit = UNSET
            elif isinstance(self.spend_limit, WorkspaceSpendLimitOUT):
                spend_limit = self.spend_limit.to_dict()
            else:
                spend_limit = self.spend_limit
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "spend_limit")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "description": description,
                "icon": icon,
                "is_default": is_default,
                "raw_roles": raw_roles,
                "raw_role": raw_role,
            }
        )
        if members_count is not UNSET:
            field_dict["members_count"] = members_count
        if spend_limit is not UNSET:
            field_dict["spend_limit"] = spend_limit

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

        name = d.pop("name")

        description: None | str = d.pop("description")

        icon: None | str = d.pop("icon")

        is_default = d.pop("is_default")

        raw_roles = []
        _raw_roles = d.pop("raw_roles")
        for raw_roles_item_data in _raw_roles:
            _raw_roles_item_data = raw_roles_item_data
            raw_roles_item: StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_raw_roles_item_data, str):
                    try:
                        raw_roles_item_type_0 = WorkspaceRole(_raw_roles_item_data)

                        raw_roles_item = raw_roles_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_raw_roles_item_data, str):
                    try:
                        raw_roles_item_type_1 = StaticWorkspaceRoles(_raw_roles_item_data)

                        raw_roles_item = raw_roles_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_raw_roles_item_data, str):
                    raise TypeError()
                raw_roles_item_type_2 = StaticOrganizationRoles(_raw_roles_item_data)

                raw_roles_item = raw_roles_item_type_2
                break

            raw_roles.append(raw_roles_item)

        _raw_role_data = d.pop("raw_role")
        raw_role: StaticOrganizationRoles | StaticWorkspaceRoles | WorkspaceRole
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_raw_role_data, str):
                try:
                    raw_role_type_0 = WorkspaceRole(_raw_role_data)

                    raw_role = raw_role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_raw_role_data, str):
                try:
                    raw_role_type_1 = StaticWorkspaceRoles(_raw_role_data)

                    raw_role = raw_role_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_raw_role_data, str):
                raise TypeError()
            raw_role_type_2 = StaticOrganizationRoles(_raw_role_data)

            raw_role = raw_role_type_2
            break

        members_count: int | None | Unset = d.pop("members_count", UNSET)

        _spend_limit_data = d.pop("spend_limit", UNSET)
        spend_limit: None | Unset | WorkspaceSpendLimitOUT
        while True:  # one pass; each break is the generator's `return`
            if _spend_limit_data is None:
                spend_limit = _spend_limit_data
                break
            if isinstance(_spend_limit_data, Unset):
                spend_limit = _spend_limit_data
                break
            if isinstance(_spend_limit_data, dict):
                try:
                    spend_limit_type_0 = WorkspaceSpendLimitOUT.from_dict(_spend_limit_data)

                    spend_limit = spend_limit_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            spend_limit = cast("None | Unset | WorkspaceSpendLimitOUT", _spend_limit_data)
            break

        workspace_enriched_out = cls(
            uuid,
            name,
            description,
            icon,
            is_default,
            raw_roles,
            raw_role,
            members_count,
            spend_limit,
        )

        workspace_enriched_out.additional_properties = d
        return workspace_enriched_out

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
