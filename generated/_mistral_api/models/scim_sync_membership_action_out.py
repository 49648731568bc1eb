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
    from ..models.scim_sync_group_ref_out import ScimSyncGroupRefOut
    from ..models.scim_sync_user_ref_out import ScimSyncUserRefOut
else:
    ScimSyncGroupRefOut = _Lazy(globals(), "scim_sync_group_ref_out", "ScimSyncGroupRefOut")
    ScimSyncUserRefOut = _Lazy(globals(), "scim_sync_user_ref_out", "ScimSyncUserRefOut")


T = TypeVar("T", bound="ScimSyncMembershipActionOut")


class ScimSyncMembershipActionOut:
    """
    Attributes:
        group (ScimSyncGroupRefOut):
        users_added (list[ScimSyncUserRefOut]):
        users_removed (list[ScimSyncUserRefOut]):
    """

    __slots__ = ("additional_properties", "group", "users_added", "users_removed")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "group",
        "users_added",
        "users_removed",
    )

    group: ScimSyncGroupRefOut
    users_added: list[ScimSyncUserRefOut]
    users_removed: list[ScimSyncUserRefOut]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        group: ScimSyncGroupRefOut,
        users_added: list[ScimSyncUserRefOut],
        users_removed: list[ScimSyncUserRefOut],
    ) -> None:
        self.group = group
        self.users_added = users_added
        self.users_removed = users_removed
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            try:
                group = self.group.to_dict()
            except AttributeError:
                if isinstance(self.group, ScimSyncGroupRefOut):
                    raise
                group = _as_dict(self.group, "ScimSyncGroupRefOut")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "group")
            raise

        try:
            users_added = []
            try:
                for users_added_item_data in self.users_added:
                    try:
                        users_added_item = users_added_item_data.to_dict()
                    except AttributeError:
                        if isinstance(users_added_item_data, ScimSyncUserRefOut):
                            raise
                        users_added_item = _as_dict(users_added_item_data, "ScimSyncUserRefOut")
                    users_added.append(users_added_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(users_added))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "users_added")
            raise

        try:
            users_removed = []
            try:
                for users_removed_item_data in self.users_removed:
                    try:
                        users_removed_item = users_removed_item_data.to_dict()
                    except AttributeError:
                        if isinstance(users_removed_item_data, ScimSyncUserRefOut):
                            raise
                        users_removed_item = _as_dict(users_removed_item_data, "ScimSyncUserRefOut")
                    users_removed.append(users_removed_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(users_removed))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "users_removed")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "group": group,
                "users_added": users_added,
                "users_removed": users_removed,
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
        group = ScimSyncGroupRefOut.from_dict(d.pop("group"))

        users_added = []
        _users_added = d.pop("users_added")
        for users_added_item_data in _users_added:
            users_added_item = ScimSyncUserRefOut.from_dict(users_added_item_data)

            users_added.append(users_added_item)

        users_removed = []
        _users_removed = d.pop("users_removed")
        for users_removed_item_data in _users_removed:
            users_removed_item = ScimSyncUserRefOut.from_dict(users_removed_item_data)

            users_removed.append(users_removed_item)

        scim_sync_membership_action_out = cls(
            group,
            users_added,
            users_removed,
        )

        scim_sync_membership_action_out.additional_properties = d
        return scim_sync_membership_action_out

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
