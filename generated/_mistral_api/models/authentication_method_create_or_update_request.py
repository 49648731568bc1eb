from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.auth_direction import AuthDirection
    from ..models.authentication_method_create_or_update_request_global_headers import (
        AuthenticationMethodCreateOrUpdateRequestGlobalHeaders,
    )
    from ..models.connector_authentication_header import ConnectorAuthenticationHeader
    from ..models.extended_o_auth_server_metadata import ExtendedOAuthServerMetadata
    from ..models.inbound_authentication_type import InboundAuthenticationType
    from ..models.oauth_2_metadata_secrets import Oauth2MetadataSecrets
    from ..models.outbound_authentication_type import OutboundAuthenticationType
else:
    AuthDirection = _Lazy(globals(), "auth_direction", "AuthDirection")
    AuthenticationMethodCreateOrUpdateRequestGlobalHeaders = _Lazy(
        globals(),
        "authentication_method_create_or_update_request_global_headers",
        "AuthenticationMethodCreateOrUpdateRequestGlobalHeaders",
    )
    ConnectorAuthenticationHeader = _Lazy(globals(), "connector_authentication_header", "ConnectorAuthenticationHeader")
    ExtendedOAuthServerMetadata = _Lazy(globals(), "extended_o_auth_server_metadata", "ExtendedOAuthServerMetadata")
    InboundAuthenticationType = _Lazy(globals(), "inbound_authentication_type", "InboundAuthenticationType")
    Oauth2MetadataSecrets = _Lazy(globals(), "oauth_2_metadata_secrets", "Oauth2MetadataSecrets")
    OutboundAuthenticationType = _Lazy(globals(), "outbound_authentication_type", "OutboundAuthenticationType")


T = TypeVar("T", bound="AuthenticationMethodCreateOrUpdateRequest")


class AuthenticationMethodCreateOrUpdateRequest:
    """
    Attributes:
        method_type (InboundAuthenticationType | OutboundAuthenticationType): The type of authentication method (e.g.
            oauth2, bearer, none).
        auth_direction (AuthDirection | Unset):
        headers (list[ConnectorAuthenticationHeader] | None | Unset): Set of headers to connect to the connector
        global_headers (AuthenticationMethodCreateOrUpdateRequestGlobalHeaders | Unset): Connector-wide headers keyed by
            header name, applied to every credential. Secret values are encrypted at rest and never returned in clear.
        oauth2_metadata_secrets (None | Oauth2MetadataSecrets | Unset): New OAuth2 client credentials (client_id and
            client_secret).
        oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset): New OAuth2 authorization server metadata.
    """

    __slots__ = (
        "additional_properties",
        "auth_direction",
        "global_headers",
        "headers",
        "method_type",
        "oauth2_metadata_secrets",
        "oauth2_server_metadata",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "method_type",
        "auth_direction",
        "headers",
        "global_headers",
        "oauth2_metadata_secrets",
        "oauth2_server_metadata",
    )

    method_type: InboundAuthenticationType | OutboundAuthenticationType
    auth_direction: AuthDirection | Unset
    headers: list[ConnectorAuthenticationHeader] | None | Unset
    global_headers: AuthenticationMethodCreateOrUpdateRequestGlobalHeaders | Unset
    oauth2_metadata_secrets: None | Oauth2MetadataSecrets | Unset
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        method_type: InboundAuthenticationType | OutboundAuthenticationType,
        auth_direction: AuthDirection | Unset = UNSET,
        headers: list[ConnectorAuthenticationHeader] | None | Unset = UNSET,
        global_headers: AuthenticationMethodCreateOrUpdateRequestGlobalHeaders | Unset = UNSET,
        oauth2_metadata_secrets: None | Oauth2MetadataSecrets | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset = UNSET,
    ) -> None:
        self.method_type = method_type
        self.auth_direction = auth_direction
        self.headers = headers
        self.global_headers = global_headers
        self.oauth2_metadata_secrets = oauth2_metadata_secrets
        self.oauth2_server_metadata = oauth2_server_metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        method_type: str
        if isinstance(self.method_type, OutboundAuthenticationType):
            method_type = str(self.method_type)
        else:
            method_type = str(self.method_type)

        auth_direction: str | Unset = UNSET
        if not isinstance(self.auth_direction, Unset):
            auth_direction = str(self.auth_direction)

        try:
            headers: list[dict[str, Any]] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, list):
                headers = []
                try:
                    for headers_type_0_item_data in self.headers:
                        try:
                            headers_type_0_item = headers_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(headers_type_0_item_data, ConnectorAuthenticationHeader):
                                raise
                            headers_type_0_item = _as_dict(headers_type_0_item_data, "ConnectorAuthenticationHeader")
                        headers.append(headers_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(headers))
                    raise
            else:
                headers = self.headers
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "headers")
            raise

        try:
            global_headers: dict[str, Any] | Unset = UNSET
            if not isinstance(self.global_headers, Unset):
                try:
                    global_headers = self.global_headers.to_dict()
                except AttributeError:
                    if isinstance(self.global_headers, AuthenticationMethodCreateOrUpdateRequestGlobalHeaders):
                        raise
                    global_headers = _as_dict(
                        self.global_headers, "AuthenticationMethodCreateOrUpdateRequestGlobalHeaders"
                    )
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "global_headers")
            raise

        try:
            oauth2_metadata_secrets: dict[str, Any] | None | Unset
            if isinstance(self.oauth2_metadata_secrets, Unset):
                oauth2_metadata_secrets = UNSET
            elif isinstance(self.oauth2_metadata_secrets, Oauth2MetadataSecrets):
                oauth2_metadata_secrets = self.oauth2_metadata_secrets.to_dict()
            else:
                oauth2_metadata_secrets = self.oauth2_metadata_secrets
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "oauth2_metadata_secrets")
            raise

        try:
            oauth2_server_metadata: dict[str, Any] | None | Unset
            if isinstance(self.oauth2_server_metadata, Unset):
                oauth2_server_metadata = UNSET
            elif isinstance(self.oauth2_server_metadata, ExtendedOAuthServerMetadata):
                oauth2_server_metadata = self.oauth2_server_metadata.to_dict()
            else:
                oauth2_server_metadata = self.oauth2_server_metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "oauth2_server_metadata")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "method_type": method_type,
            }
        )
        if auth_direction is not UNSET:
            field_dict["auth_direction"] = auth_direction
        if headers is not UNSET:
            field_dict["headers"] = headers
        if global_headers is not UNSET:
            field_dict["global_headers"] = global_headers
        if oauth2_metadata_secrets is not UNSET:
            field_dict["oauth2_metadata_secrets"] = oauth2_metadata_secrets
        if oauth2_server_metadata is not UNSET:
            field_dict["oauth2_server_metadata"] = oauth2_server_metadata

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
        _method_type_data = d.pop("method_type")
        method_type: InboundAuthenticationType | OutboundAuthenticationType
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_method_type_data, str):
                try:
                    method_type_type_0 = OutboundAuthenticationType(_method_type_data)

                    method_type = method_type_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if not isinstance(_method_type_data, str):
                raise TypeError()
            method_type_type_1 = InboundAuthenticationType(_method_type_data)

            method_type = method_type_type_1
            break

        _auth_direction = d.pop("auth_direction", UNSET)
        auth_direction: AuthDirection | Unset
        if isinstance(_auth_direction, Unset):
            auth_direction = UNSET
        else:
            auth_direction = AuthDirection(_auth_direction)

        _headers_data = d.pop("headers", UNSET)
        headers: list[ConnectorAuthenticationHeader] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _headers_data is None:
                headers = _headers_data
                break
            if isinstance(_headers_data, Unset):
                headers = _headers_data
                break
            if isinstance(_headers_data, list):
                try:
                    headers_type_0 = []
                    _headers_type_0 = _headers_data
                    for headers_type_0_item_data in _headers_type_0:
                        headers_type_0_item = ConnectorAuthenticationHeader.from_dict(headers_type_0_item_data)

                        headers_type_0.append(headers_type_0_item)

                    headers = headers_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            headers = cast("list[ConnectorAuthenticationHeader] | None | Unset", _headers_data)
            break

        _global_headers = d.pop("global_headers", UNSET)
        global_headers: AuthenticationMethodCreateOrUpdateRequestGlobalHeaders | Unset
        if isinstance(_global_headers, Unset):
            global_headers = UNSET
        else:
            global_headers = AuthenticationMethodCreateOrUpdateRequestGlobalHeaders.from_dict(_global_headers)

        _oauth2_metadata_secrets_data = d.pop("oauth2_metadata_secrets", UNSET)
        oauth2_metadata_secrets: None | Oauth2MetadataSecrets | Unset
        while True:  # one pass; each break is the generator's `return`
            if _oauth2_metadata_secrets_data is None:
                oauth2_metadata_secrets = _oauth2_metadata_secrets_data
                break
            if isinstance(_oauth2_metadata_secrets_data, Unset):
                oauth2_metadata_secrets = _oauth2_metadata_secrets_data
                break
            if isinstance(_oauth2_metadata_secrets_data, dict):
                try:
                    oauth2_metadata_secrets_type_0 = Oauth2MetadataSecrets.from_dict(_oauth2_metadata_secrets_data)

                    oauth2_metadata_secrets = oauth2_metadata_secrets_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            oauth2_metadata_secrets = cast("None | Oauth2MetadataSecrets | Unset", _oauth2_metadata_secrets_data)
            break

        _oauth2_server_metadata_data = d.pop("oauth2_server_metadata", UNSET)
        oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _oauth2_server_metadata_data is None:
                oauth2_server_metadata = _oauth2_server_metadata_data
                break
            if isinstance(_oauth2_server_metadata_data, Unset):
                oauth2_server_metadata = _oauth2_server_metadata_data
                break
            if isinstance(_oauth2_server_metadata_data, dict):
                try:
                    oauth2_server_metadata_type_0 = ExtendedOAuthServerMetadata.from_dict(_oauth2_server_metadata_data)

                    oauth2_server_metadata = oauth2_server_metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            oauth2_server_metadata = cast("ExtendedOAuthServerMetadata | None | Unset", _oauth2_server_metadata_data)
            break

        authentication_method_create_or_update_request = cls(
            method_type,
            auth_direction,
            headers,
            global_headers,
            oauth2_metadata_secrets,
            oauth2_server_metadata,
        )

        authentication_method_create_or_update_request.additional_properties = d
        return authentication_method_create_or_update_request

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
