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
    from ..models.workspace_role_ref import WorkspaceRoleRef
else:
    WorkspaceRoleRef = _Lazy(globals(), "workspace_role_ref", "WorkspaceRoleRef")


T = TypeVar("T", bound="GroupWorkspaceAssignmentOut")


class GroupWorkspaceAssignmentOut:
    """
    Attributes:
        roles (list[WorkspaceRoleRef]):
        workspace_uuid (UUID):
        workspace_name (str): Name of the Workspace.
        created (datetime.datetime):
        role_uuid (None | Unset | UUID):
        role_name (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "created",
        "role_name",
        "role_uuid",
        "roles",
        "workspace_name",
        "workspace_uuid",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "roles",
        "workspace_uuid",
        "workspace_name",
        "created",
        "role_uuid",
        "role_name",
    )

    roles: list[WorkspaceRoleRef]
    workspace_uuid: UUID
    workspace_name: str
    created: datetime.datetime
    role_uuid: None | Unset | UUID
    role_name: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        roles: list[WorkspaceRoleRef],
        workspace_uuid: UUID,
        workspace_name: str,
        created: datetime.datetime,
        role_uuid: None | Unset | UUID = UNSET,
        role_name: None | str | Unset = UNSET,
    ) -> None:
        self.roles = roles
        self.workspace_uuid = workspace_uuid
        self.workspace_name = workspace_name
        self.created = created
        self.role_uuid = role_uuid
        self.role_name = role_name
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            roles = []
            try:
                for roles_item_data in self.roles:
                    try:
                        roles_item = roles_item_data.to_dict()
                    except AttributeError:
                        if isinstance(roles_item_data, WorkspaceRoleRef):
                            raise
                        roles_item = _as_dict(roles_item_data, "WorkspaceRoleRef")
                    roles.append(roles_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(roles))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "roles")
            raise

        workspace_uuid = str(self.workspace_uuid)

        workspace_name = self.workspace_name

        created = self.created.isoformat().replace("+00:00", "Z")

        role_uuid: None | str | Unset
        if isinstance(self.role_uuid, Unset):
            role_uuid = UNSET
        elif isinstance(self.role_uuid, UUID):
            role_uuid = str(self.role_uuid)
        else:
            role_uuid = self.role_uuid

        role_name: None | str | Unset
        if isinstance(self.role_name, Unset):
            role_name = UNSET
        else:
            role_name = self.role_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roles": roles,
                "workspace_uuid": workspace_uuid,
                "workspace_name": workspace_name,
                "created": created,
            }
        )
        if role_uuid is not UNSET:
            field_dict["role_uuid"] = role_uuid
        if role_name is not UNSET:
            field_dict["role_name"] = role_name

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
        roles = []
        _roles = d.pop("roles")
        for roles_item_data in _roles:
            roles_item = WorkspaceRoleRef.from_dict(roles_item_data)

            roles.append(roles_item)

        workspace_uuid = UUID(d.pop("workspace_uuid"))

        workspace_name = d.pop("workspace_name")

        created = datetime.datetime.fromisoformat(d.pop("created"))

        _role_uuid_data = d.pop("role_uuid", UNSET)
        role_uuid: None | Unset | UUID
        while True:  # one pass; each break is the generator's `return`
            if _role_uuid_data is None:
                role_uuid = _role_uuid_data
                break
            if isinstance(_role_uuid_data, Unset):
                role_uuid = _role_uuid_data
                break
            if isinstance(_role_uuid_data, str):
                try:
                    role_uuid_type_0 = UUID(_role_uuid_data)

                    role_uuid = role_uuid_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            role_uuid = cast("None | Unset | UUID", _role_uuid_data)
            break

        role_name: None | str | Unset = d.pop("role_name", UNSET)

        group_workspace_assignment_out = cls(
            roles,
            workspace_uuid,
            workspace_name,
            created,
            role_uuid,
            role_name,
        )

        group_workspace_assignment_out.additional_properties = d
        return group_workspace_assignment_out

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
