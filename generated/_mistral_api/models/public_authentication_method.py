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
    from ..models.connector_authentication_header import ConnectorAuthenticationHeader
    from ..models.extended_o_auth_server_metadata import ExtendedOAuthServerMetadata
    from ..models.outbound_authentication_type import OutboundAuthenticationType
    from ..models.public_authentication_method_global_headers import PublicAuthenticationMethodGlobalHeaders
else:
    ConnectorAuthenticationHeader = _Lazy(globals(), "connector_authentication_header", "ConnectorAuthenticationHeader")
    ExtendedOAuthServerMetadata = _Lazy(globals(), "extended_o_auth_server_metadata", "ExtendedOAuthServerMetadata")
    OutboundAuthenticationType = _Lazy(globals(), "outbound_authentication_type", "OutboundAuthenticationType")
    PublicAuthenticationMethodGlobalHeaders = _Lazy(
        globals(), "public_authentication_method_global_headers", "PublicAuthenticationMethodGlobalHeaders"
    )


T = TypeVar("T", bound="PublicAuthenticationMethod")


class PublicAuthenticationMethod:
    """Public view of an authentication method, without secrets.

    Attributes:
        method_type (OutboundAuthenticationType):
        has_default_credentials (bool):
        headers (list[ConnectorAuthenticationHeader] | None | Unset):
        global_headers (PublicAuthenticationMethodGlobalHeaders | Unset):
        oauth2_server_metadata (ExtendedOAuthServerMetadata | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "global_headers",
        "has_default_credentials",
        "headers",
        "method_type",
        "oauth2_server_metadata",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "method_type",
        "has_default_credentials",
        "headers",
        "global_headers",
        "oauth2_server_metadata",
    )

    method_type: OutboundAuthenticationType
    has_default_credentials: bool
    headers: list[ConnectorAuthenticationHeader] | None | Unset
    global_headers: PublicAuthenticationMethodGlobalHeaders | Unset
    oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        method_type: OutboundAuthenticationType,
        has_default_credentials: bool,
        headers: list[ConnectorAuthenticationHeader] | None | Unset = UNSET,
        global_headers: PublicAuthenticationMethodGlobalHeaders | Unset = UNSET,
        oauth2_server_metadata: ExtendedOAuthServerMetadata | None | Unset = UNSET,
    ) -> None:
        self.method_type = method_type
        self.has_default_credentials = has_default_credentials
        self.headers = headers
        self.global_headers = global_headers
        self.oauth2_server_metadata = oauth2_server_metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        method_type = str(self.method_type)

        has_default_credentials = self.has_default_credentials

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
                    if isinstance(self.global_headers, PublicAuthenticationMethodGlobalHeaders):
                        raise
                    global_headers = _as_dict(self.global_headers, "PublicAuthenticationMethodGlobalHeaders")
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "global_headers")
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
                "has_default_credentials": has_default_credentials,
            }
        )
        if headers is not UNSET:
            field_dict["headers"] = headers
        if global_headers is not UNSET:
            field_dict["global_headers"] = global_headers
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
        method_type = OutboundAuthenticationType(d.pop("method_type"))

        has_default_credentials = d.pop("has_default_credentials")

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
        global_headers: PublicAuthenticationMethodGlobalHeaders | Unset
        if isinstance(_global_headers, Unset):
            global_headers = UNSET
        else:
            global_headers = PublicAuthenticationMethodGlobalHeaders.from_dict(_global_headers)

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

        public_authentication_method = cls(
            method_type,
            has_default_credentials,
            headers,
            global_headers,
            oauth2_server_metadata,
        )

        public_authentication_method.additional_properties = d
        return public_authentication_method

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
