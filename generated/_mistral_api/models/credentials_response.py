from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.authentication_configuration import AuthenticationConfiguration
    from ..models.outbound_authentication_type import OutboundAuthenticationType
else:
    AuthenticationConfiguration = _Lazy(globals(), "authentication_configuration", "AuthenticationConfiguration")
    OutboundAuthenticationType = _Lazy(globals(), "outbound_authentication_type", "OutboundAuthenticationType")


T = TypeVar("T", bound="CredentialsResponse")


class CredentialsResponse:
    """
    Attributes:
        credentials (list[AuthenticationConfiguration]):
        connector_preset_credentials_for_auth (list[OutboundAuthenticationType] | Unset):
    """

    __slots__ = ("additional_properties", "connector_preset_credentials_for_auth", "credentials")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "credentials",
        "connector_preset_credentials_for_auth",
    )

    credentials: list[AuthenticationConfiguration]
    connector_preset_credentials_for_auth: list[OutboundAuthenticationType] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        credentials: list[AuthenticationConfiguration],
        connector_preset_credentials_for_auth: list[OutboundAuthenticationType] | Unset = UNSET,
    ) -> None:
        self.credentials = credentials
        self.connector_preset_credentials_for_auth = connector_preset_credentials_for_auth
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            credentials = []
            try:
                for credentials_item_data in self.credentials:
                    try:
                        credentials_item = credentials_item_data.to_dict()
                    except AttributeError:
                        if isinstance(credentials_item_data, AuthenticationConfiguration):
                            raise
                        credentials_item = _as_dict(credentials_item_data, "AuthenticationConfiguration")
                    credentials.append(credentials_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(credentials))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "credentials")
            raise

        connector_preset_credentials_for_auth: list[str] | Unset = UNSET
        if not isinstance(self.connector_preset_credentials_for_auth, Unset):
            connector_preset_credentials_for_auth = []
            for connector_preset_credentials_for_auth_item_data in self.connector_preset_credentials_for_auth:
                connector_preset_credentials_for_auth_item = str(connector_preset_credentials_for_auth_item_data)
                connector_preset_credentials_for_auth.append(connector_preset_credentials_for_auth_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credentials": credentials,
            }
        )
        if connector_preset_credentials_for_auth is not UNSET:
            field_dict["connector_preset_credentials_for_auth"] = connector_preset_credentials_for_auth

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
        credentials = []
        _credentials = d.pop("credentials")
        for credentials_item_data in _credentials:
            credentials_item = AuthenticationConfiguration.from_dict(credentials_item_data)

            credentials.append(credentials_item)

        _connector_preset_credentials_for_auth = d.pop("connector_preset_credentials_for_auth", UNSET)
        connector_preset_credentials_for_auth: list[OutboundAuthenticationType] | Unset = UNSET
        if _connector_preset_credentials_for_auth is not UNSET:
            connector_preset_credentials_for_auth = []
            for connector_preset_credentials_for_auth_item_data in _connector_preset_credentials_for_auth:
                connector_preset_credentials_for_auth_item = OutboundAuthenticationType(
                    connector_preset_credentials_for_auth_item_data
                )

                connector_preset_credentials_for_auth.append(connector_preset_credentials_for_auth_item)

        credentials_response = cls(
            credentials,
            connector_preset_credentials_for_auth,
        )

        credentials_response.additional_properties = d
        return credentials_response

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
