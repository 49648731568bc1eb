from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar
from uuid import UUID

from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="AdminUserGroupMemberOut")


class AdminUserGroupMemberOut:
    """
    Attributes:
        user_uuid (UUID): User ID of the group member.
        name (None | str): Name of the group member.
        email (None | str): Email address of the group member.
    """

    __slots__ = ("additional_properties", "email", "name", "user_uuid")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "user_uuid",
        "name",
        "email",
    )

    user_uuid: UUID
    name: None | str
    email: None | str
    additional_properties: dict[str, Any]

    def __init__(
        self,
        user_uuid: UUID,
        name: None | str,
        email: None | str,
    ) -> None:
        self.user_uuid = user_uuid
        self.name = name
        self.email = email
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        user_uuid = str(self.user_uuid)

        name: None | str
        name = self.name

        email: None | str
        email = self.email

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "user_uuid": user_uuid,
                "name": name,
                "email": email,
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
        user_uuid = UUID(d.pop("user_uuid"))

        name: None | str = d.pop("name")

        email: None | str = d.pop("email")

        admin_user_group_member_out = cls(
            user_uuid,
            name,
            email,
        )

        admin_user_group_member_out.additional_properties = d
        return admin_user_group_member_out

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
