from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connection_credentials import ConnectionCredentials
else:
    ConnectionCredentials = _Lazy(globals(), "connection_credentials", "ConnectionCredentials")


T = TypeVar("T", bound="CredentialsCreateOrUpdate")


class CredentialsCreateOrUpdate:
    """Request to create or update non-OAuth2 credentials for a connector.

    Attributes:
        name (str): Name of the credentials. Use this name to access or modify your credentials.
        title (None | str | Unset): Human-readable title for the credentials.
        is_default (bool | None | Unset): Controls whether this credential is the default for its auth method. On
            creation: if no credential exists yet for this auth method, the credential is automatically set as default when
            is_default is true or omitted; setting is_default to false is rejected because a default must exist. If other
            credentials already exist, setting is_default to true promotes this credential (demoting the previous default);
            false or omitted creates it as non-default. On update: true promotes this credential, false is rejected if it is
            currently the default (promote another credential first), omitted leaves the default status unchanged.
        credentials (ConnectionCredentials | None | Unset): The credential data (headers, bearer_token).
    """

    __slots__ = ("additional_properties", "credentials", "is_default", "name", "title")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "title",
        "is_default",
        "credentials",
    )

    name: str
    title: None | str | Unset
    is_default: bool | None | Unset
    credentials: ConnectionCredentials | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        title: None | str | Unset = UNSET,
        is_default: bool | None | Unset = UNSET,
        credentials: ConnectionCredentials | None | Unset = UNSET,
    ) -> None:
        self.name = name
        self.title = title
        self.is_default = is_default
        self.credentials = credentials
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        is_default: bool | None | Unset
        if isinstance(self.is_default, Unset):
            is_default = UNSET
        else:
            is_default = self.is_default

        try:
            credentials: dict[str, Any] | None | Unset
            if isinstance(self.credentials, Unset):
                credentials = UNSET
            elif isinstance(self.credentials, ConnectionCredentials):
                credentials = self.credentials.to_dict()
            else:
                credentials = self.credentials
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "credentials")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if credentials is not UNSET:
            field_dict["credentials"] = credentials

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
        name = d.pop("name")

        title: None | str | Unset = d.pop("title", UNSET)

        is_default: bool | None | Unset = d.pop("is_default", UNSET)

        _credentials_data = d.pop("credentials", UNSET)
        credentials: ConnectionCredentials | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _credentials_data is None:
                credentials = _credentials_data
                break
            if isinstance(_credentials_data, Unset):
                credentials = _credentials_data
                break
            if isinstance(_credentials_data, dict):
                try:
                    credentials_type_0 = ConnectionCredentials.from_dict(_credentials_data)

                    credentials = credentials_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            credentials = cast("ConnectionCredentials | None | Unset", _credentials_data)
            break

        credentials_create_or_update = cls(
            name,
            title,
            is_default,
            credentials,
        )

        credentials_create_or_update.additional_properties = d
        return credentials_create_or_update

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
