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
    from ..models.scim_sync_groups_summary_out import ScimSyncGroupsSummaryOut
    from ..models.scim_sync_membership_action_out import ScimSyncMembershipActionOut
    from ..models.scim_sync_users_summary_out import ScimSyncUsersSummaryOut
else:
    ScimSyncGroupsSummaryOut = _Lazy(globals(), "scim_sync_groups_summary_out", "ScimSyncGroupsSummaryOut")
    ScimSyncMembershipActionOut = _Lazy(globals(), "scim_sync_membership_action_out", "ScimSyncMembershipActionOut")
    ScimSyncUsersSummaryOut = _Lazy(globals(), "scim_sync_users_summary_out", "ScimSyncUsersSummaryOut")


T = TypeVar("T", bound="ScimSyncSummaryOut")


class ScimSyncSummaryOut:
    """
    Attributes:
        users (ScimSyncUsersSummaryOut):
        groups (ScimSyncGroupsSummaryOut):
        memberships (list[ScimSyncMembershipActionOut]):
    """

    __slots__ = ("additional_properties", "groups", "memberships", "users")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "users",
        "groups",
        "memberships",
    )

    users: ScimSyncUsersSummaryOut
    groups: ScimSyncGroupsSummaryOut
    memberships: list[ScimSyncMembershipActionOut]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        users: ScimSyncUsersSummaryOut,
        groups: ScimSyncGroupsSummaryOut,
        memberships: list[ScimSyncMembershipActionOut],
    ) -> None:
        self.users = users
        self.groups = groups
        self.memberships = memberships
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                users = self.users.to_dict()
            except AttributeError:
                if isinstance(self.users, ScimSyncUsersSummaryOut):
                    raise
                users = _as_dict(self.users, "ScimSyncUsersSummaryOut")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "users")
            raise

        try:
            try:
                groups = self.groups.to_dict()
            except AttributeError:
                if isinstance(self.groups, ScimSyncGroupsSummaryOut):
                    raise
                groups = _as_dict(self.groups, "ScimSyncGroupsSummaryOut")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "groups")
            raise

        try:
            memberships = []
            try:
                for memberships_item_data in self.memberships:
                    try:
                        memberships_item = memberships_item_data.to_dict()
                    except AttributeError:
                        if isinstance(memberships_item_data, ScimSyncMembershipActionOut):
                            raise
                        memberships_item = _as_dict(memberships_item_data, "ScimSyncMembershipActionOut")
                    memberships.append(memberships_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(memberships))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "memberships")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "users": users,
                "groups": groups,
                "memberships": memberships,
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
        users = ScimSyncUsersSummaryOut.from_dict(d.pop("users"))

        groups = ScimSyncGroupsSummaryOut.from_dict(d.pop("groups"))

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = ScimSyncMembershipActionOut.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        scim_sync_summary_out = cls(
            users,
            groups,
            memberships,
        )

        scim_sync_summary_out.additional_properties = d
        return scim_sync_summary_out

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
