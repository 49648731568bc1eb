from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.o_auth_metadata_source import OAuthMetadataSource
else:
    OAuthMetadataSource = _Lazy(globals(), "o_auth_metadata_source", "OAuthMetadataSource")


T = TypeVar("T", bound="ExtendedOAuthServerMetadata")


class ExtendedOAuthServerMetadata:
    """Custom superset of RFC 8414 OAuth 2.0 Authorization Server Metadata.

    Stored at connector creation time (provided for HTTP connectors, discovered via .well-known for MCP).
    Mirrors the shape of .well-known/oauth-authorization-server responses.

        Attributes:
            issuer (str):
            authorization_endpoint (str):
            token_endpoint (str):
            registration_endpoint (None | str | Unset):
            scopes_supported (list[str] | None | Unset):
            response_types_supported (list[str] | Unset):
            response_modes_supported (list[str] | None | Unset):
            grant_types_supported (list[str] | None | Unset):
            token_endpoint_auth_methods_supported (list[str] | None | Unset):
            token_endpoint_auth_signing_alg_values_supported (list[str] | None | Unset):
            service_documentation (None | str | Unset):
            ui_locales_supported (list[str] | None | Unset):
            op_policy_uri (None | str | Unset):
            op_tos_uri (None | str | Unset):
            revocation_endpoint (None | str | Unset):
            revocation_endpoint_auth_methods_supported (list[str] | None | Unset):
            revocation_endpoint_auth_signing_alg_values_supported (list[str] | None | Unset):
            introspection_endpoint (None | str | Unset):
            introspection_endpoint_auth_methods_supported (list[str] | None | Unset):
            introspection_endpoint_auth_signing_alg_values_supported (list[str] | None | Unset):
            code_challenge_methods_supported (list[str] | None | Unset):
            client_id_metadata_document_supported (bool | None | Unset):
            x_source (None | OAuthMetadataSource | Unset):
            x_resource_url (None | str | Unset):
            x_scope (None | str | Unset):
    """

    __slots__ = (
        "additional_properties",
        "authorization_endpoint",
        "client_id_metadata_document_supported",
        "code_challenge_methods_supported",
        "grant_types_supported",
        "introspection_endpoint",
        "introspection_endpoint_auth_methods_supported",
        "introspection_endpoint_auth_signing_alg_values_supported",
        "issuer",
        "op_policy_uri",
        "op_tos_uri",
        "registration_endpoint",
        "response_modes_supported",
        "response_types_supported",
        "revocation_endpoint",
        "revocation_endpoint_auth_methods_supported",
        "revocation_endpoint_auth_signing_alg_values_supported",
        "scopes_supported",
        "service_documentation",
        "token_endpoint",
        "token_endpoint_auth_methods_supported",
        "token_endpoint_auth_signing_alg_values_supported",
        "ui_locales_supported",
        "x_resource_url",
        "x_scope",
        "x_source",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "issuer",
        "authorization_endpoint",
        "token_endpoint",
        "registration_endpoint",
        "scopes_supported",
        "response_types_supported",
        "response_modes_supported",
        "grant_types_supported",
        "token_endpoint_auth_methods_supported",
        "token_endpoint_auth_signing_alg_values_supported",
        "service_documentation",
        "ui_locales_supported",
        "op_policy_uri",
        "op_tos_uri",
        "revocation_endpoint",
        "revocation_endpoint_auth_methods_supported",
        "revocation_endpoint_auth_signing_alg_values_supported",
        "introspection_endpoint",
        "introspection_endpoint_auth_methods_supported",
        "introspection_endpoint_auth_signing_alg_values_supported",
        "code_challenge_methods_supported",
        "client_id_metadata_document_supported",
        "x_source",
        "x_resource_url",
        "x_scope",
    )

    issuer: str
    authorization_endpoint: str
    token_endpoint: str
    registration_endpoint: None | str | Unset
    scopes_supported: list[str] | None | Unset
    response_types_supported: list[str] | Unset
    response_modes_supported: list[str] | None | Unset
    grant_types_supported: list[str] | None | Unset
    token_endpoint_auth_methods_supported: list[str] | None | Unset
    token_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
    service_documentation: None | str | Unset
    ui_locales_supported: list[str] | None | Unset
    op_policy_uri: None | str | Unset
    op_tos_uri: None | str | Unset
    revocation_endpoint: None | str | Unset
    revocation_endpoint_auth_methods_supported: list[str] | None | Unset
    revocation_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
    introspection_endpoint: None | str | Unset
    introspection_endpoint_auth_methods_supported: list[str] | None | Unset
    introspection_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
    code_challenge_methods_supported: list[str] | None | Unset
    client_id_metadata_document_supported: bool | None | Unset
    x_source: None | OAuthMetadataSource | Unset
    x_resource_url: None | str | Unset
    x_scope: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        issuer: str,
        authorization_endpoint: str,
        token_endpoint: str,
        registration_endpoint: None | str | Unset = UNSET,
        scopes_supported: list[str] | None | Unset = UNSET,
        response_types_supported: list[str] | Unset = UNSET,
        response_modes_supported: list[str] | None | Unset = UNSET,
        grant_types_supported: list[str] | None | Unset = UNSET,
        token_endpoint_auth_methods_supported: list[str] | None | Unset = UNSET,
        token_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset = UNSET,
        service_documentation: None | str | Unset = UNSET,
        ui_locales_supported: list[str] | None | Unset = UNSET,
        op_policy_uri: None | str | Unset = UNSET,
        op_tos_uri: None | str | Unset = UNSET,
        revocation_endpoint: None | str | Unset = UNSET,
        revocation_endpoint_auth_methods_supported: list[str] | None | Unset = UNSET,
        revocation_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset = UNSET,
        introspection_endpoint: None | str | Unset = UNSET,
        introspection_endpoint_auth_methods_supported: list[str] | None | Unset = UNSET,
        introspection_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset = UNSET,
        code_challenge_methods_supported: list[str] | None | Unset = UNSET,
        client_id_metadata_document_supported: bool | None | Unset = UNSET,
        x_source: None | OAuthMetadataSource | Unset = UNSET,
        x_resource_url: None | str | Unset = UNSET,
        x_scope: None | str | Unset = UNSET,
    ) -> None:
        self.issuer = issuer
        self.authorization_endpoint = authorization_endpoint
        self.token_endpoint = token_endpoint
        self.registration_endpoint = registration_endpoint
        self.scopes_supported = scopes_supported
        self.response_types_supported = response_types_supported
        self.response_modes_supported = response_modes_supported
        self.grant_types_supported = grant_types_supported
        self.token_endpoint_auth_methods_supported = token_endpoint_auth_methods_supported
        self.token_endpoint_auth_signing_alg_values_supported = token_endpoint_auth_signing_alg_values_supported
        self.service_documentation = service_documentation
        self.ui_locales_supported = ui_locales_supported
        self.op_policy_uri = op_policy_uri
        self.op_tos_uri = op_tos_uri
        self.revocation_endpoint = revocation_endpoint
        self.revocation_endpoint_auth_methods_supported = revocation_endpoint_auth_methods_supported
        self.revocation_endpoint_auth_signing_alg_values_supported = (
            revocation_endpoint_auth_signing_alg_values_supported
        )
        self.introspection_endpoint = introspection_endpoint
        self.introspection_endpoint_auth_methods_supported = introspection_endpoint_auth_methods_supported
        self.introspection_endpoint_auth_signing_alg_values_supported = (
            introspection_endpoint_auth_signing_alg_values_supported
        )
        self.code_challenge_methods_supported = code_challenge_methods_supported
        self.client_id_metadata_document_supported = client_id_metadata_document_supported
        self.x_source = x_source
        self.x_resource_url = x_resource_url
        self.x_scope = x_scope
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        issuer = self.issuer

        authorization_endpoint = self.authorization_endpoint

        token_endpoint = self.token_endpoint

        registration_endpoint: None | str | Unset
        if isinstance(self.registration_endpoint, Unset):
            registration_endpoint = UNSET
        else:
            registration_endpoint = self.registration_endpoint

        scopes_supported: list[str] | None | Unset
        if isinstance(self.scopes_supported, Unset):
            scopes_supported = UNSET
        elif isinstance(self.scopes_supported, list):
            scopes_supported = self.scopes_supported

        else:
            scopes_supported = self.scopes_supported

        response_types_supported: list[str] | Unset = UNSET
        if not isinstance(self.response_types_supported, Unset):
            response_types_supported = self.response_types_supported

        response_modes_supported: list[str] | None | Unset
        if isinstance(self.response_modes_supported, Unset):
            response_modes_supported = UNSET
        elif isinstance(self.response_modes_supported, list):
            response_modes_supported = self.response_modes_supported

        else:
            response_modes_supported = self.response_modes_supported

        grant_types_supported: list[str] | None | Unset
        if isinstance(self.grant_types_supported, Unset):
            grant_types_supported = UNSET
        elif isinstance(self.grant_types_supported, list):
            grant_types_supported = self.grant_types_supported

        else:
            grant_types_supported = self.grant_types_supported

        token_endpoint_auth_methods_supported: list[str] | None | Unset
        if isinstance(self.token_endpoint_auth_methods_supported, Unset):
            token_endpoint_auth_methods_supported = UNSET
        elif isinstance(self.token_endpoint_auth_methods_supported, list):
            token_endpoint_auth_methods_supported = self.token_endpoint_auth_methods_supported

        else:
            token_endpoint_auth_methods_supported = self.token_endpoint_auth_methods_supported

        token_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
        if isinstance(self.token_endpoint_auth_signing_alg_values_supported, Unset):
            token_endpoint_auth_signing_alg_values_supported = UNSET
        elif isinstance(self.token_endpoint_auth_signing_alg_values_supported, list):
            token_endpoint_auth_signing_alg_values_supported = self.token_endpoint_auth_signing_alg_values_supported

        else:
            token_endpoint_auth_signing_alg_values_supported = self.token_endpoint_auth_signing_alg_values_supported

        service_documentation: None | str | Unset
        if isinstance(self.service_documentation, Unset):
            service_documentation = UNSET
        else:
            service_documentation = self.service_documentation

        ui_locales_supported: list[str] | None | Unset
        if isinstance(self.ui_locales_supported, Unset):
            ui_locales_supported = UNSET
        elif isinstance(self.ui_locales_supported, list):
            ui_locales_supported = self.ui_locales_supported

        else:
            ui_locales_supported = self.ui_locales_supported

        op_policy_uri: None | str | Unset
        if isinstance(self.op_policy_uri, Unset):
            op_policy_uri = UNSET
        else:
            op_policy_uri = self.op_policy_uri

        op_tos_uri: None | str | Unset
        if isinstance(self.op_tos_uri, Unset):
            op_tos_uri = UNSET
        else:
            op_tos_uri = self.op_tos_uri

        revocation_endpoint: None | str | Unset
        if isinstance(self.revocation_endpoint, Unset):
            revocation_endpoint = UNSET
        else:
            revocation_endpoint = self.revocation_endpoint

        revocation_endpoint_auth_methods_supported: list[str] | None | Unset
        if isinstance(self.revocation_endpoint_auth_methods_supported, Unset):
            revocation_endpoint_auth_methods_supported = UNSET
        elif isinstance(self.revocation_endpoint_auth_methods_supported, list):
            revocation_endpoint_auth_methods_supported = self.revocation_endpoint_auth_methods_supported

        else:
            revocation_endpoint_auth_methods_supported = self.revocation_endpoint_auth_methods_supported

        revocation_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
        if isinstance(self.revocation_endpoint_auth_signing_alg_values_supported, Unset):
            revocation_endpoint_auth_signing_alg_values_supported = UNSET
        elif isinstance(self.revocation_endpoint_auth_signing_alg_values_supported, list):
            revocation_endpoint_auth_signing_alg_values_supported = (
                self.revocation_endpoint_auth_signing_alg_values_supported
            )

        else:
            revocation_endpoint_auth_signing_alg_values_supported = (
                self.revocation_endpoint_auth_signing_alg_values_supported
            )

        introspection_endpoint: None | str | Unset
        if isinstance(self.introspection_endpoint, Unset):
            introspection_endpoint = UNSET
        else:
            introspection_endpoint = self.introspection_endpoint

        introspection_endpoint_auth_methods_supported: list[str] | None | Unset
        if isinstance(self.introspection_endpoint_auth_methods_supported, Unset):
            introspection_endpoint_auth_methods_supported = UNSET
        elif isinstance(self.introspection_endpoint_auth_methods_supported, list):
            introspection_endpoint_auth_methods_supported = self.introspection_endpoint_auth_methods_supported

        else:
            introspection_endpoint_auth_methods_supported = self.introspection_endpoint_auth_methods_supported

        introspection_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
        if isinstance(self.introspection_endpoint_auth_signing_alg_values_supported, Unset):
            introspection_endpoint_auth_signing_alg_values_supported = UNSET
        elif isinstance(self.introspection_endpoint_auth_signing_alg_values_supported, list):
            introspection_endpoint_auth_signing_alg_values_supported = (
                self.introspection_endpoint_auth_signing_alg_values_supported
            )

        else:
            introspection_endpoint_auth_signing_alg_values_supported = (
                self.introspection_endpoint_auth_signing_alg_values_supported
            )

        code_challenge_methods_supported: list[str] | None | Unset
        if isinstance(self.code_challenge_methods_supported, Unset):
            code_challenge_methods_supported = UNSET
        elif isinstance(self.code_challenge_methods_supported, list):
            code_challenge_methods_supported = self.code_challenge_methods_supported

        else:
            code_challenge_methods_supported = self.code_challenge_methods_supported

        client_id_metadata_document_supported: bool | None | Unset
        if isinstance(self.client_id_metadata_document_supported, Unset):
            client_id_metadata_document_supported = UNSET
        else:
            client_id_metadata_document_supported = self.client_id_metadata_document_supported

        x_source: None | str | Unset
        if isinstance(self.x_source, Unset):
            x_source = UNSET
        elif isinstance(self.x_source, OAuthMetadataSource):
            x_source = str(self.x_source)
        else:
            x_source = self.x_source

        x_resource_url: None | str | Unset
        if isinstance(self.x_resource_url, Unset):
            x_resource_url = UNSET
        else:
            x_resource_url = self.x_resource_url

        x_scope: None | str | Unset
        if isinstance(self.x_scope, Unset):
            x_scope = UNSET
        else:
            x_scope = self.x_scope

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "issuer": issuer,
                "authorization_endpoint": authorization_endpoint,
                "token_endpoint": token_endpoint,
            }
        )
        if registration_endpoint is not UNSET:
            field_dict["registration_endpoint"] = registration_endpoint
        if scopes_supported is not UNSET:
            field_dict["scopes_supported"] = scopes_supported
        if response_types_supported is not UNSET:
            field_dict["response_types_supported"] = response_types_supported
        if response_modes_supported is not UNSET:
            field_dict["response_modes_supported"] = response_modes_supported
        if grant_types_supported is not UNSET:
            field_dict["grant_types_supported"] = grant_types_supported
        if token_endpoint_auth_methods_supported is not UNSET:
            field_dict["token_endpoint_auth_methods_supported"] = token_endpoint_auth_methods_supported
        if token_endpoint_auth_signing_alg_values_supported is not UNSET:
            field_dict["token_endpoint_auth_signing_alg_values_supported"] = (
                token_endpoint_auth_signing_alg_values_supported
            )
        if service_documentation is not UNSET:
            field_dict["service_documentation"] = service_documentation
        if ui_locales_supported is not UNSET:
            field_dict["ui_locales_supported"] = ui_locales_supported
        if op_policy_uri is not UNSET:
            field_dict["op_policy_uri"] = op_policy_uri
        if op_tos_uri is not UNSET:
            field_dict["op_tos_uri"] = op_tos_uri
        if revocation_endpoint is not UNSET:
            field_dict["revocation_endpoint"] = revocation_endpoint
        if revocation_endpoint_auth_methods_supported is not UNSET:
            field_dict["revocation_endpoint_auth_methods_supported"] = revocation_endpoint_auth_methods_supported
        if revocation_endpoint_auth_signing_alg_values_supported is not UNSET:
            field_dict["revocation_endpoint_auth_signing_alg_values_supported"] = (
                revocation_endpoint_auth_signing_alg_values_supported
            )
        if introspection_endpoint is not UNSET:
            field_dict["introspection_endpoint"] = introspection_endpoint
        if introspection_endpoint_auth_methods_supported is not UNSET:
            field_dict["introspection_endpoint_auth_methods_supported"] = introspection_endpoint_auth_methods_supported
        if introspection_endpoint_auth_signing_alg_values_supported is not UNSET:
            field_dict["introspection_endpoint_auth_signing_alg_values_supported"] = (
                introspection_endpoint_auth_signing_alg_values_supported
            )
        if code_challenge_methods_supported is not UNSET:
            field_dict["code_challenge_methods_supported"] = code_challenge_methods_supported
        if client_id_metadata_document_supported is not UNSET:
            field_dict["client_id_metadata_document_supported"] = client_id_metadata_document_supported
        if x_source is not UNSET:
            field_dict["x_source"] = x_source
        if x_resource_url is not UNSET:
            field_dict["x_resource_url"] = x_resource_url
        if x_scope is not UNSET:
            field_dict["x_scope"] = x_scope

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
        issuer = d.pop("issuer")

        authorization_endpoint = d.pop("authorization_endpoint")

        token_endpoint = d.pop("token_endpoint")

        registration_endpoint: None | str | Unset = d.pop("registration_endpoint", UNSET)

        _scopes_supported_data = d.pop("scopes_supported", UNSET)
        scopes_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _scopes_supported_data is None:
                scopes_supported = _scopes_supported_data
                break
            if isinstance(_scopes_supported_data, Unset):
                scopes_supported = _scopes_supported_data
                break
            if isinstance(_scopes_supported_data, list):
                try:
                    scopes_supported_type_0 = cast(list[str], _scopes_supported_data)

                    scopes_supported = scopes_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            scopes_supported = cast("list[str] | None | Unset", _scopes_supported_data)
            break

        response_types_supported = cast(list[str], d.pop("response_types_supported", UNSET))

        _response_modes_supported_data = d.pop("response_modes_supported", UNSET)
        response_modes_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _response_modes_supported_data is None:
                response_modes_supported = _response_modes_supported_data
                break
            if isinstance(_response_modes_supported_data, Unset):
                response_modes_supported = _response_modes_supported_data
                break
            if isinstance(_response_modes_supported_data, list):
                try:
                    response_modes_supported_type_0 = cast(list[str], _response_modes_supported_data)

                    response_modes_supported = response_modes_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            response_modes_supported = cast("list[str] | None | Unset", _response_modes_supported_data)
            break

        _grant_types_supported_data = d.pop("grant_types_supported", UNSET)
        grant_types_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _grant_types_supported_data is None:
                grant_types_supported = _grant_types_supported_data
                break
            if isinstance(_grant_types_supported_data, Unset):
                grant_types_supported = _grant_types_supported_data
                break
            if isinstance(_grant_types_supported_data, list):
                try:
                    grant_types_supported_type_0 = cast(list[str], _grant_types_supported_data)

                    grant_types_supported = grant_types_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            grant_types_supported = cast("list[str] | None | Unset", _grant_types_supported_data)
            break

        _token_endpoint_auth_methods_supported_data = d.pop("token_endpoint_auth_methods_supported", UNSET)
        token_endpoint_auth_methods_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _token_endpoint_auth_methods_supported_data is None:
                token_endpoint_auth_methods_supported = _token_endpoint_auth_methods_supported_data
                break
            if isinstance(_token_endpoint_auth_methods_supported_data, Unset):
                token_endpoint_auth_methods_supported = _token_endpoint_auth_methods_supported_data
                break
            if isinstance(_token_endpoint_auth_methods_supported_data, list):
                try:
                    token_endpoint_auth_methods_supported_type_0 = cast(
                        list[str], _token_endpoint_auth_methods_supported_data
                    )

                    token_endpoint_auth_methods_supported = token_endpoint_auth_methods_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            token_endpoint_auth_methods_supported = cast(
                "list[str] | None | Unset", _token_endpoint_auth_methods_supported_data
            )
            break

        _token_endpoint_auth_signing_alg_values_supported_data = d.pop(
            "token_endpoint_auth_signing_alg_values_supported", UNSET
        )
        token_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _token_endpoint_auth_signing_alg_values_supported_data is None:
                token_endpoint_auth_signing_alg_values_supported = (
                    _token_endpoint_auth_signing_alg_values_supported_data
                )
                break
            if isinstance(_token_endpoint_auth_signing_alg_values_supported_data, Unset):
                token_endpoint_auth_signing_alg_values_supported = (
                    _token_endpoint_auth_signing_alg_values_supported_data
                )
                break
            if isinstance(_token_endpoint_auth_signing_alg_values_supported_data, list):
                try:
                    token_endpoint_auth_signing_alg_values_supported_type_0 = cast(
                        list[str], _token_endpoint_auth_signing_alg_values_supported_data
                    )

                    token_endpoint_auth_signing_alg_values_supported = (
                        token_endpoint_auth_signing_alg_values_supported_type_0
                    )
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            token_endpoint_auth_signing_alg_values_supported = cast(
                "list[str] | None | Unset", _token_endpoint_auth_signing_alg_values_supported_data
            )
            break

        service_documentation: None | str | Unset = d.pop("service_documentation", UNSET)

        _ui_locales_supported_data = d.pop("ui_locales_supported", UNSET)
        ui_locales_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _ui_locales_supported_data is None:
                ui_locales_supported = _ui_locales_supported_data
                break
            if isinstance(_ui_locales_supported_data, Unset):
                ui_locales_supported = _ui_locales_supported_data
                break
            if isinstance(_ui_locales_supported_data, list):
                try:
                    ui_locales_supported_type_0 = cast(list[str], _ui_locales_supported_data)

                    ui_locales_supported = ui_locales_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            ui_locales_supported = cast("list[str] | None | Unset", _ui_locales_supported_data)
            break

        op_policy_uri: None | str | Unset = d.pop("op_policy_uri", UNSET)

        op_tos_uri: None | str | Unset = d.pop("op_tos_uri", UNSET)

        revocation_endpoint: None | str | Unset = d.pop("revocation_endpoint", UNSET)

        _revocation_endpoint_auth_methods_supported_data = d.pop("revocation_endpoint_auth_methods_supported", UNSET)
        revocation_endpoint_auth_methods_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _revocation_endpoint_auth_methods_supported_data is None:
                revocation_endpoint_auth_methods_supported = _revocation_endpoint_auth_methods_supported_data
                break
            if isinstance(_revocation_endpoint_auth_methods_supported_data, Unset):
                revocation_endpoint_auth_methods_supported = _revocation_endpoint_auth_methods_supported_data
                break
            if isinstance(_revocation_endpoint_auth_methods_supported_data, list):
                try:
                    revocation_endpoint_auth_methods_supported_type_0 = cast(
                        list[str], _revocation_endpoint_auth_methods_supported_data
                    )

                    revocation_endpoint_auth_methods_supported = revocation_endpoint_auth_methods_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            revocation_endpoint_auth_methods_supported = cast(
                "list[str] | None | Unset", _revocation_endpoint_auth_methods_supported_data
            )
            break

        _revocation_endpoint_auth_signing_alg_values_supported_data = d.pop(
            "revocation_endpoint_auth_signing_alg_values_supported", UNSET
        )
        revocation_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _revocation_endpoint_auth_signing_alg_values_supported_data is None:
                revocation_endpoint_auth_signing_alg_values_supported = (
                    _revocation_endpoint_auth_signing_alg_values_supported_data
                )
                break
            if isinstance(_revocation_endpoint_auth_signing_alg_values_supported_data, Unset):
                revocation_endpoint_auth_signing_alg_values_supported = (
                    _revocation_endpoint_auth_signing_alg_values_supported_data
                )
                break
            if isinstance(_revocation_endpoint_auth_signing_alg_values_supported_data, list):
                try:
                    revocation_endpoint_auth_signing_alg_values_supported_type_0 = cast(
                        list[str], _revocation_endpoint_auth_signing_alg_values_supported_data
                    )

                    revocation_endpoint_auth_signing_alg_values_supported = (
                        revocation_endpoint_auth_signing_alg_values_supported_type_0
                    )
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            revocation_endpoint_auth_signing_alg_values_supported = cast(
                "list[str] | None | Unset", _revocation_endpoint_auth_signing_alg_values_supported_data
            )
            break

        introspection_endpoint: None | str | Unset = d.pop("introspection_endpoint", UNSET)

        _introspection_endpoint_auth_methods_supported_data = d.pop(
            "introspection_endpoint_auth_methods_supported", UNSET
        )
        introspection_endpoint_auth_methods_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _introspection_endpoint_auth_methods_supported_data is None:
                introspection_endpoint_auth_methods_supported = _introspection_endpoint_auth_methods_supported_data
                break
            if isinstance(_introspection_endpoint_auth_methods_supported_data, Unset):
                introspection_endpoint_auth_methods_supported = _introspection_endpoint_auth_methods_supported_data
                break
            if isinstance(_introspection_endpoint_auth_methods_supported_data, list):
                try:
                    introspection_endpoint_auth_methods_supported_type_0 = cast(
                        list[str], _introspection_endpoint_auth_methods_supported_data
                    )

                    introspection_endpoint_auth_methods_supported = introspection_endpoint_auth_methods_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            introspection_endpoint_auth_methods_supported = cast(
                "list[str] | None | Unset", _introspection_endpoint_auth_methods_supported_data
            )
            break

        _introspection_endpoint_auth_signing_alg_values_supported_data = d.pop(
            "introspection_endpoint_auth_signing_alg_values_supported", UNSET
        )
        introspection_endpoint_auth_signing_alg_values_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _introspection_endpoint_auth_signing_alg_values_supported_data is None:
                introspection_endpoint_auth_signing_alg_values_supported = (
                    _introspection_endpoint_auth_signing_alg_values_supported_data
                )
                break
            if isinstance(_introspection_endpoint_auth_signing_alg_values_supported_data, Unset):
                introspection_endpoint_auth_signing_alg_values_supported = (
                    _introspection_endpoint_auth_signing_alg_values_supported_data
                )
                break
            if isinstance(_introspection_endpoint_auth_signing_alg_values_supported_data, list):
                try:
                    introspection_endpoint_auth_signing_alg_values_supported_type_0 = cast(
                        list[str], _introspection_endpoint_auth_signing_alg_values_supported_data
                    )

                    introspection_endpoint_auth_signing_alg_values_supported = (
                        introspection_endpoint_auth_signing_alg_values_supported_type_0
                    )
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            introspection_endpoint_auth_signing_alg_values_supported = cast(
                "list[str] | None | Unset", _introspection_endpoint_auth_signing_alg_values_supported_data
            )
            break

        _code_challenge_methods_supported_data = d.pop("code_challenge_methods_supported", UNSET)
        code_challenge_methods_supported: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _code_challenge_methods_supported_data is None:
                code_challenge_methods_supported = _code_challenge_methods_supported_data
                break
            if isinstance(_code_challenge_methods_supported_data, Unset):
                code_challenge_methods_supported = _code_challenge_methods_supported_data
                break
            if isinstance(_code_challenge_methods_supported_data, list):
                try:
                    code_challenge_methods_supported_type_0 = cast(list[str], _code_challenge_methods_supported_data)

                    code_challenge_methods_supported = code_challenge_methods_supported_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            code_challenge_methods_supported = cast("list[str] | None | Unset", _code_challenge_methods_supported_data)
            break

        client_id_metadata_document_supported: bool | None | Unset = d.pop(
            "client_id_metadata_document_supported", UNSET
        )

        _x_source_data = d.pop("x_source", UNSET)
        x_source: None | OAuthMetadataSource | Unset
        while True:  # one pass; each break is the generator's `return`
            if _x_source_data is None:
                x_source = _x_source_data
                break
            if isinstance(_x_source_data, Unset):
                x_source = _x_source_data
                break
            if isinstance(_x_source_data, str):
                try:
                    x_source_type_0 = OAuthMetadataSource(_x_source_data)

                    x_source = x_source_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            x_source = cast("None | OAuthMetadataSource | Unset", _x_source_data)
            break

        x_resource_url: None | str | Unset = d.pop("x_resource_url", UNSET)

        x_scope: None | str | Unset = d.pop("x_scope", UNSET)

        extended_o_auth_server_metadata = cls(
            issuer,
            authorization_endpoint,
            token_endpoint,
            registration_endpoint,
            scopes_supported,
            response_types_supported,
            response_modes_supported,
            grant_types_supported,
            token_endpoint_auth_methods_supported,
            token_endpoint_auth_signing_alg_values_supported,
            service_documentation,
            ui_locales_supported,
            op_policy_uri,
            op_tos_uri,
            revocation_endpoint,
            revocation_endpoint_auth_methods_supported,
            revocation_endpoint_auth_signing_alg_values_supported,
            introspection_endpoint,
            introspection_endpoint_auth_methods_supported,
            introspection_endpoint_auth_signing_alg_values_supported,
            code_challenge_methods_supported,
            client_id_metadata_document_supported,
            x_source,
            x_resource_url,
            x_scope,
        )

        extended_o_auth_server_metadata.additional_properties = d
        return extended_o_auth_server_metadata

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
