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
    from ..models.base_workspace_member_in import BaseWorkspaceMemberIN
else:
    BaseWorkspaceMemberIN = _Lazy(globals(), "base_workspace_member_in", "BaseWorkspaceMemberIN")


T = TypeVar("T", bound="RemoveWorkspaceMembersIN")


class RemoveWorkspaceMembersIN:
    """
    Attributes:
        members (list[BaseWorkspaceMemberIN]): Workspace members to remove.
    """

    __slots__ = ("additional_properties", "members")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("members",)

    members: list[BaseWorkspaceMemberIN]
    additional_properties: dict[str, Any]

    def __init__(
        self,
        members: list[BaseWorkspaceMemberIN],
    ) -> None:
        self.members = members
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            members = []
            try:
                for members_item_data in self.members:
                    try:
                        members_item = members_item_data.to_dict()
                    except AttributeError:
                        if isinstance(members_item_data, BaseWorkspaceMemberIN):
                            raise
                        members_item = _as_dict(members_item_data, "BaseWorkspaceMemberIN")
                    members.append(members_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(members))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "members")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "members": members,
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
        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = BaseWorkspaceMemberIN.from_dict(members_item_data)

            members.append(members_item)

        remove_workspace_members_in = cls(
            members,
        )

        remove_workspace_members_in.additional_properties = d
        return remove_workspace_members_in

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
