from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import InvalidFieldError
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.organization_users_create_out_email_to_user_id import OrganizationUsersCreateOUTEmailToUserId
else:
    OrganizationUsersCreateOUTEmailToUserId = _Lazy(
        globals(), "organization_users_create_out_email_to_user_id", "OrganizationUsersCreateOUTEmailToUserId"
    )


T = TypeVar("T", bound="OrganizationUsersCreateOUT")


class OrganizationUsersCreateOUT:
    """
    Attributes:
        invalid_emails (list[str]): Email addresses that could not be created.
        email_to_user_id (OrganizationUsersCreateOUTEmailToUserId): Mapping from created user email to user identifier.
    """

    __slots__ = ("additional_properties", "email_to_user_id", "invalid_emails")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "invalid_emails",
        "email_to_user_id",
    )

    invalid_emails: list[str]
    email_to_user_id: OrganizationUsersCreateOUTEmailToUserId
    additional_properties: dict[str, Any]

    def __init__(
        self,
        invalid_emails: list[str],
        email_to_user_id: OrganizationUsersCreateOUTEmailToUserId,
    ) -> None:
        self.invalid_emails = invalid_emails
        self.email_to_user_id = email_to_user_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        invalid_emails = self.invalid_emails

        try:
            try:
                email_to_user_id = self.email_to_user_id.to_dict()
            except AttributeError:
                if isinstance(self.email_to_user_id, OrganizationUsersCreateOUTEmailToUserId):
                    raise
                email_to_user_id = _as_dict(self.email_to_user_id, "OrganizationUsersCreateOUTEmailToUserId")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "email_to_user_id")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "invalid_emails": invalid_emails,
                "email_to_user_id": email_to_user_id,
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
        invalid_emails = cast(list[str], d.pop("invalid_emails"))

        email_to_user_id = OrganizationUsersCreateOUTEmailToUserId.from_dict(d.pop("email_to_user_id"))

        organization_users_create_out = cls(
            invalid_emails,
            email_to_user_id,
        )

        organization_users_create_out.additional_properties = d
        return organization_users_create_out

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
