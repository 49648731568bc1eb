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
    from ..models.admin_user_group_member_out import AdminUserGroupMemberOut
else:
    AdminUserGroupMemberOut = _Lazy(globals(), "admin_user_group_member_out", "AdminUserGroupMemberOut")


T = TypeVar("T", bound="AdminUserGroupMembersOut")


class AdminUserGroupMembersOut:
    """
    Attributes:
        total (int): Total number of group members that match the request.
        members (list[AdminUserGroupMemberOut]): Group members on this page.
        page (int): Page number returned.
        page_size (int): Maximum number of results per page.
    """

    __slots__ = ("additional_properties", "members", "page", "page_size", "total")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "total",
        "members",
        "page",
        "page_size",
    )

    total: int
    members: list[AdminUserGroupMemberOut]
    page: int
    page_size: int
    additional_properties: dict[str, Any]

    def __init__(
        self,
        total: int,
        members: list[AdminUserGroupMemberOut],
        page: int,
        page_size: int,
    ) -> None:
        self.total = total
        self.members = members
        self.page = page
        self.page_size = page_size
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        try:
            members = []
            try:
                for members_item_data in self.members:
                    try:
                        members_item = members_item_data.to_dict()
                    except AttributeError:
                        if isinstance(members_item_data, AdminUserGroupMemberOut):
                            raise
                        members_item = _as_dict(members_item_data, "AdminUserGroupMemberOut")
                    members.append(members_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(members))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "members")
            raise

        page = self.page

        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
                "members": members,
                "page": page,
                "page_size": page_size,
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
        total = d.pop("total")

        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = AdminUserGroupMemberOut.from_dict(members_item_data)

            members.append(members_item)

        page = d.pop("page")

        page_size = d.pop("page_size")

        admin_user_group_members_out = cls(
            total,
            members,
            page,
            page_size,
        )

        admin_user_group_members_out.additional_properties = d
        return admin_user_group_members_out

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
