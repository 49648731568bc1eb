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
    from ..models.admin_organization_member_out import AdminOrganizationMemberOUT
    from ..models.organization_invite_out import OrganizationInviteOUT
else:
    AdminOrganizationMemberOUT = _Lazy(globals(), "admin_organization_member_out", "AdminOrganizationMemberOUT")
    OrganizationInviteOUT = _Lazy(globals(), "organization_invite_out", "OrganizationInviteOUT")


T = TypeVar("T", bound="OrganizationAdminUsersOUT")


class OrganizationAdminUsersOUT:
    """
    Attributes:
        members (list[AdminOrganizationMemberOUT]): Organization members on this page.
        invites (list[OrganizationInviteOUT]): Pending Organization invitations on this page.
        total (int | None): Total number of users and invitations that match the request.
        page (int | None): Page number returned.
        page_size (int | None): Maximum number of results per page.
    """

    __slots__ = ("additional_properties", "invites", "members", "page", "page_size", "total")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "members",
        "invites",
        "total",
        "page",
        "page_size",
    )

    members: list[AdminOrganizationMemberOUT]
    invites: list[OrganizationInviteOUT]
    total: int | None
    page: int | None
    page_size: int | None
    additional_properties: dict[str, Any]

    def __init__(
        self,
        members: list[AdminOrganizationMemberOUT],
        invites: list[OrganizationInviteOUT],
        total: int | None,
        page: int | None,
        page_size: int | None,
    ) -> None:
        self.members = members
        self.invites = invites
        self.total = total
        self.page = page
        self.page_size = page_size
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
                        if isinstance(members_item_data, AdminOrganizationMemberOUT):
                            raise
                        members_item = _as_dict(members_item_data, "AdminOrganizationMemberOUT")
                    members.append(members_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(members))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "members")
            raise

        try:
            invites = []
            try:
                for invites_item_data in self.invites:
                    try:
                        invites_item = invites_item_data.to_dict()
                    except AttributeError:
                        if isinstance(invites_item_data, OrganizationInviteOUT):
                            raise
                        invites_item = _as_dict(invites_item_data, "OrganizationInviteOUT")
                    invites.append(invites_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(invites))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "invites")
            raise

        total: int | None
        total = self.total

        page: int | None
        page = self.page

        page_size: int | None
        page_size = self.page_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "members": members,
                "invites": invites,
                "total": total,
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
        members = []
        _members = d.pop("members")
        for members_item_data in _members:
            members_item = AdminOrganizationMemberOUT.from_dict(members_item_data)

            members.append(members_item)

        invites = []
        _invites = d.pop("invites")
        for invites_item_data in _invites:
            invites_item = OrganizationInviteOUT.from_dict(invites_item_data)

            invites.append(invites_item)

        total: int | None = d.pop("total")

        page: int | None = d.pop("page")

        page_size: int | None = d.pop("page_size")

        organization_admin_users_out = cls(
            members,
            invites,
            total,
            page,
            page_size,
        )

        organization_admin_users_out.additional_properties = d
        return organization_admin_users_out

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
