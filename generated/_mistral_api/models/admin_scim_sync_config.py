from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AdminScimSyncConfig")


class AdminScimSyncConfig:
    """
    Attributes:
        sync_users (bool): Add users found in the SCIM provider to the Organization.
        sync_groups (bool): Synchronize group metadata from the SCIM provider.
        sync_memberships (bool): Synchronize additions and removals of users in SCIM groups.
        delete_missing_groups (bool | Unset): Delete Organization groups that are absent from the SCIM provider.
            Default: False.
        deprovision_users (bool | Unset): Remove Organization users that are inactive or absent from the SCIM provider.
            Default: False.
    """

    __slots__ = (
        "additional_properties",
        "delete_missing_groups",
        "deprovision_users",
        "sync_groups",
        "sync_memberships",
        "sync_users",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "sync_users",
        "sync_groups",
        "sync_memberships",
        "delete_missing_groups",
        "deprovision_users",
    )

    sync_users: bool
    sync_groups: bool
    sync_memberships: bool
    delete_missing_groups: bool | Unset
    deprovision_users: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        sync_users: bool,
        sync_groups: bool,
        sync_memberships: bool,
        delete_missing_groups: bool | Unset = UNSET,
        deprovision_users: bool | Unset = UNSET,
    ) -> None:
        self.sync_users = sync_users
        self.sync_groups = sync_groups
        self.sync_memberships = sync_memberships
        self.delete_missing_groups = delete_missing_groups
        self.deprovision_users = deprovision_users
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        sync_users = self.sync_users

        sync_groups = self.sync_groups

        sync_memberships = self.sync_memberships

        delete_missing_groups = self.delete_missing_groups

        deprovision_users = self.deprovision_users

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "sync_users": sync_users,
                "sync_groups": sync_groups,
                "sync_memberships": sync_memberships,
            }
        )
        if delete_missing_groups is not UNSET:
            field_dict["delete_missing_groups"] = delete_missing_groups
        if deprovision_users is not UNSET:
            field_dict["deprovision_users"] = deprovision_users

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
        sync_users = d.pop("sync_users")

        sync_groups = d.pop("sync_groups")

        sync_memberships = d.pop("sync_memberships")

        delete_missing_groups = d.pop("delete_missing_groups", UNSET)

        deprovision_users = d.pop("deprovision_users", UNSET)

        admin_scim_sync_config = cls(
            sync_users,
            sync_groups,
            sync_memberships,
            delete_missing_groups,
            deprovision_users,
        )

        admin_scim_sync_config.additional_properties = d
        return admin_scim_sync_config

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
