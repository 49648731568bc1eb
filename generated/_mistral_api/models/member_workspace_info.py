from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar
from uuid import UUID

from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.static_workspace_roles import StaticWorkspaceRoles
    from ..models.workspace_role import WorkspaceRole
else:
    StaticWorkspaceRoles = _Lazy(globals(), "static_workspace_roles", "StaticWorkspaceRoles")
    WorkspaceRole = _Lazy(globals(), "workspace_role", "WorkspaceRole")


T = TypeVar("T", bound="MemberWorkspaceInfo")


class MemberWorkspaceInfo:
    """
    Attributes:
        uuid (UUID): Workspace ID.
        name (str): Workspace name.
        is_default (bool): Whether this is the default Workspace for the Organization.
        raw_roles (list[StaticWorkspaceRoles] | list[WorkspaceRole]): Workspace roles assigned to the member.
        raw_role (StaticWorkspaceRoles | WorkspaceRole): Deprecated single workspace role. Use 'raw_roles' instead.
    """

    __slots__ = ("additional_properties", "is_default", "name", "raw_role", "raw_roles", "uuid")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "uuid",
        "name",
        "is_default",
        "raw_roles",
        "raw_role",
    )

    uuid: UUID
    name: str
    is_default: bool
    raw_roles: list[StaticWorkspaceRoles] | list[WorkspaceRole]
    raw_role: StaticWorkspaceRoles | WorkspaceRole
    additional_properties: dict[str, Any]

    def __init__(
        self,
        uuid: UUID,
        name: str,
        is_default: bool,
        raw_roles: list[StaticWorkspaceRoles] | list[WorkspaceRole],
        raw_role: StaticWorkspaceRoles | WorkspaceRole,
    ) -> None:
        self.uuid = uuid
        self.name = name
        self.is_default = is_default
        self.raw_roles = raw_roles
        self.raw_role = raw_role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        uuid = str(self.uuid)

        name = self.name

        is_default = self.is_default

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
        if isinstance(self.raw_role, WorkspaceRole):
            raw_role = str(self.raw_role)
        else:
            raw_role = str(self.raw_role)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "uuid": uuid,
                "name": name,
                "is_default": is_default,
                "raw_roles": raw_roles,
                "raw_role": raw_role,
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
        uuid = UUID(d.pop("uuid"))

        name = d.pop("name")

        is_default = d.pop("is_default")

        _raw_roles_data = d.pop("raw_roles")
        raw_roles: list[StaticWorkspaceRoles] | list[WorkspaceRole]
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_raw_roles_data, list):
                try:
                    raw_roles_type_0 = []
                    _raw_roles_type_0 = _raw_roles_data
                    for raw_roles_type_0_item_data in _raw_roles_type_0:
                        raw_roles_type_0_item = WorkspaceRole(raw_roles_type_0_item_data)

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
                raw_roles_type_1_item = StaticWorkspaceRoles(raw_roles_type_1_item_data)

                raw_roles_type_1.append(raw_roles_type_1_item)

            raw_roles = raw_roles_type_1
            break

        _raw_role_data = d.pop("raw_role")
        raw_role: StaticWorkspaceRoles | WorkspaceRole
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_raw_role_data, str):
                try:
                    raw_role_type_0 = WorkspaceRole(_raw_role_data)

                    raw_role = raw_role_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_raw_role_data, str):
                raise TypeError()
            raw_role_type_1 = StaticWorkspaceRoles(_raw_role_data)

            raw_role = raw_role_type_1
            break

        member_workspace_info = cls(
            uuid,
            name,
            is_default,
            raw_roles,
            raw_role,
        )

        member_workspace_info.additional_properties = d
        return member_workspace_info

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
