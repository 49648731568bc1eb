from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OrganizationInvitesCreateOUT")


class OrganizationInvitesCreateOUT:
    """
    Attributes:
        invalid_emails (list[str]): Email addresses that could not be invited.
        already_members (list[str]): Email addresses that already belong to the Organization.
        invited_members_count (int | None | Unset): Number of invitations successfully created.
    """

    __slots__ = ("additional_properties", "already_members", "invalid_emails", "invited_members_count")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "invalid_emails",
        "already_members",
        "invited_members_count",
    )

    invalid_emails: list[str]
    already_members: list[str]
    invited_members_count: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        invalid_emails: list[str],
        already_members: list[str],
        invited_members_count: int | None | Unset = UNSET,
    ) -> None:
        self.invalid_emails = invalid_emails
        self.already_members = already_members
        self.invited_members_count = invited_members_count
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        invalid_emails = self.invalid_emails

        already_members = self.already_members

        invited_members_count: int | None | Unset
        if isinstance(self.invited_members_count, Unset):
            invited_members_count = UNSET
        else:
            invited_members_count = self.invited_members_count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalid_emails": invalid_emails,
                "already_members": already_members,
            }
        )
        if invited_members_count is not UNSET:
            field_dict["invited_members_count"] = invited_members_count

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
        invalid_emails = cast(list[str], d.pop("invalid_emails"))

        already_members = cast(list[str], d.pop("already_members"))

        invited_members_count: int | None | Unset = d.pop("invited_members_count", UNSET)

        organization_invites_create_out = cls(
            invalid_emails,
            already_members,
            invited_members_count,
        )

        organization_invites_create_out.additional_properties = d
        return organization_invites_create_out

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
