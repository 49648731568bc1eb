from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.role_out import RoleOut
else:
    RoleOut = _Lazy(globals(), "role_out", "RoleOut")


T = TypeVar("T", bound="RolesOut")


class RolesOut:
    """
    Attributes:
        workspace_roles (list[RoleOut]): Workspace roles available to the Organization.
        organization_roles (list[RoleOut]): Organization roles available to the Organization.
    """

    __slots__ = ("additional_properties", "organization_roles", "workspace_roles")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "workspace_roles",
        "organization_roles",
    )

    workspace_roles: list[RoleOut]
    organization_roles: list[RoleOut]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        workspace_roles: list[RoleOut],
        organization_roles: list[RoleOut],
    ) -> None:
        self.workspace_roles = workspace_roles
        self.organization_roles = organization_roles
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            workspace_roles = []
            try:
                for workspace_roles_item_data in self.workspace_roles:
                    try:
                        workspace_roles_item = workspace_roles_item_data.to_dict()
                    except AttributeError:
                        if isinstance(workspace_roles_item_data, RoleOut):
                            raise
                        workspace_roles_item = _as_dict(workspace_roles_item_data, "RoleOut")
                    workspace_roles.append(workspace_roles_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(workspace_roles))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "workspace_roles")
            raise

        try:
            organization_roles = []
            try:
                for organization_roles_item_data in self.organization_roles:
                    try:
                        organization_roles_item = organization_roles_item_data.to_dict()
                    except AttributeError:
                        if isinstance(organization_roles_item_data, RoleOut):
                            raise
                        organization_roles_item = _as_dict(organization_roles_item_data, "RoleOut")
                    organization_roles.append(organization_roles_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(organization_roles))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "organization_roles")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspace_roles": workspace_roles,
                "organization_roles": organization_roles,
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
        workspace_roles = []
        _workspace_roles = d.pop("workspace_roles")
        for workspace_roles_item_data in _workspace_roles:
            workspace_roles_item = RoleOut.from_dict(workspace_roles_item_data)

            workspace_roles.append(workspace_roles_item)

        organization_roles = []
        _organization_roles = d.pop("organization_roles")
        for organization_roles_item_data in _organization_roles:
            organization_roles_item = RoleOut.from_dict(organization_roles_item_data)

            organization_roles.append(organization_roles_item)

        roles_out = cls(
            workspace_roles,
            organization_roles,
        )

        roles_out.additional_properties = d
        return roles_out

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
