from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.auth_status import AuthStatus
    from ..models.credentials_status_error_reason import CredentialsStatusErrorReason
    from ..models.http_status import HTTPStatus
else:
    AuthStatus = _Lazy(globals(), "auth_status", "AuthStatus")
    CredentialsStatusErrorReason = _Lazy(globals(), "credentials_status_error_reason", "CredentialsStatusErrorReason")
    HTTPStatus = _Lazy(globals(), "http_status", "HTTPStatus")


T = TypeVar("T", bound="CredentialsStatus")


class CredentialsStatus:
    """
    Attributes:
        status_type (AuthStatus):
        last_checked_at (datetime.datetime | None | Unset):
        error_http_code (HTTPStatus | None | Unset):
        error_message (CredentialsStatusErrorReason | None | Unset):
    """

    __slots__ = ("additional_properties", "error_http_code", "error_message", "last_checked_at", "status_type")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "status_type",
        "last_checked_at",
        "error_http_code",
        "error_message",
    )

    status_type: AuthStatus
    last_checked_at: datetime.datetime | None | Unset
    error_http_code: HTTPStatus | None | Unset
    error_message: CredentialsStatusErrorReason | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        status_type: AuthStatus,
        last_checked_at: datetime.datetime | None | Unset = UNSET,
        error_http_code: HTTPStatus | None | Unset = UNSET,
        error_message: CredentialsStatusErrorReason | None | Unset = UNSET,
    ) -> None:
        self.status_type = status_type
        self.last_checked_at = last_checked_at
        self.error_http_code = error_http_code
        self.error_message = error_message
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        status_type = str(self.status_type)

        last_checked_at: None | str | Unset
        if isinstance(self.last_checked_at, Unset):
            last_checked_at = UNSET
        elif isinstance(self.last_checked_at, datetime.datetime):
            last_checked_at = self.last_checked_at.isoformat().replace("+00:00", "Z")
        else:
            last_checked_at = self.last_checked_at

        error_http_code: int | None | Unset
        if isinstance(self.error_http_code, Unset):
            error_http_code = UNSET
        elif isinstance(self.error_http_code, HTTPStatus):
            error_http_code = self.error_http_code.value
        else:
            error_http_code = self.error_http_code

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        elif isinstance(self.error_message, CredentialsStatusErrorReason):
            error_message = str(self.error_message)
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status_type": status_type,
            }
        )
        if last_checked_at is not UNSET:
            field_dict["last_checked_at"] = last_checked_at
        if error_http_code is not UNSET:
            field_dict["error_http_code"] = error_http_code
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

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
        status_type = AuthStatus(d.pop("status_type"))

        _last_checked_at_data = d.pop("last_checked_at", UNSET)
        last_checked_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _last_checked_at_data is None:
                last_checked_at = _last_checked_at_data
                break
            if isinstance(_last_checked_at_data, Unset):
                last_checked_at = _last_checked_at_data
                break
            if isinstance(_last_checked_at_data, str):
                try:
                    last_checked_at_type_0 = datetime.datetime.fromisoformat(_last_checked_at_data)

                    last_checked_at = last_checked_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            last_checked_at = cast("datetime.datetime | None | Unset", _last_checked_at_data)
            break

        _error_http_code_data = d.pop("error_http_code", UNSET)
        error_http_code: HTTPStatus | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _error_http_code_data is None:
                error_http_code = _error_http_code_data
                break
            if isinstance(_error_http_code_data, Unset):
                error_http_code = _error_http_code_data
                break
            if isinstance(_error_http_code_data, int):
                try:
                    error_http_code_type_0 = HTTPStatus(_error_http_code_data)

                    error_http_code = error_http_code_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            error_http_code = cast("HTTPStatus | None | Unset", _error_http_code_data)
            break

        _error_message_data = d.pop("error_message", UNSET)
        error_message: CredentialsStatusErrorReason | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _error_message_data is None:
                error_message = _error_message_data
                break
            if isinstance(_error_message_data, Unset):
                error_message = _error_message_data
                break
            if isinstance(_error_message_data, str):
                try:
                    error_message_type_0 = CredentialsStatusErrorReason(_error_message_data)

                    error_message = error_message_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            error_message = cast("CredentialsStatusErrorReason | None | Unset", _error_message_data)
            break

        credentials_status = cls(
            status_type,
            last_checked_at,
            error_http_code,
            error_message,
        )

        credentials_status.additional_properties = d
        return credentials_status

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
