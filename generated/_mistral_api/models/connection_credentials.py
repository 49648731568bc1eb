from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connection_credentials_headers_type_0 import ConnectionCredentialsHeadersType0
    from ..models.o_auth_2_token import OAuth2Token
else:
    ConnectionCredentialsHeadersType0 = _Lazy(
        globals(), "connection_credentials_headers_type_0", "ConnectionCredentialsHeadersType0"
    )
    OAuth2Token = _Lazy(globals(), "o_auth_2_token", "OAuth2Token")


T = TypeVar("T", bound="ConnectionCredentials")


class ConnectionCredentials:
    """
    Attributes:
        oauth (None | OAuth2Token | Unset):
        headers (ConnectionCredentialsHeadersType0 | None | Unset):
        bearer_token (None | str | Unset):
        github_installation_id (None | str | Unset):
    """

    __slots__ = ("additional_properties", "bearer_token", "github_installation_id", "headers", "oauth")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "oauth",
        "headers",
        "bearer_token",
        "github_installation_id",
    )

    oauth: None | OAuth2Token | Unset
    headers: ConnectionCredentialsHeadersType0 | None | Unset
    bearer_token: None | str | Unset
    github_installation_id: None | str | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        oauth: None | OAuth2Token | Unset = UNSET,
        headers: ConnectionCredentialsHeadersType0 | None | Unset = UNSET,
        bearer_token: None | str | Unset = UNSET,
        github_installation_id: None | str | Unset = UNSET,
    ) -> None:
        self.oauth = oauth
        self.headers = headers
        self.bearer_token = bearer_token
        self.github_installation_id = github_installation_id
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            oauth: dict[str, Any] | None | Unset
            if isinstance(self.oauth, Unset):
                oauth = UNSET
            elif isinstance(self.oauth, OAuth2Token):
                oauth = self.oauth.to_dict()
            else:
                oauth = self.oauth
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "oauth")
            raise

        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, ConnectionCredentialsHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "headers")
            raise

        bearer_token: None | str | Unset
        if isinstance(self.bearer_token, Unset):
            bearer_token = UNSET
        else:
            bearer_token = self.bearer_token

        github_installation_id: None | str | Unset
        if isinstance(self.github_installation_id, Unset):
            github_installation_id = UNSET
        else:
            github_installation_id = self.github_installation_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if oauth is not UNSET:
            field_dict["oauth"] = oauth
        if headers is not UNSET:
            field_dict["headers"] = headers
        if bearer_token is not UNSET:
            field_dict["bearer_token"] = bearer_token
        if github_installation_id is not UNSET:
            field_dict["github_installation_id"] = github_installation_id

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
        _oauth_data = d.pop("oauth", UNSET)
        oauth: None | OAuth2Token | Unset
        while True:  # one pass; each break is the generator's `return`
            if _oauth_data is None:
                oauth = _oauth_data
                break
            if isinstance(_oauth_data, Unset):
                oauth = _oauth_data
                break
            if isinstance(_oauth_data, dict):
                try:
                    oauth_type_0 = OAuth2Token.from_dict(_oauth_data)

                    oauth = oauth_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            oauth = cast("None | OAuth2Token | Unset", _oauth_data)
            break

        _headers_data = d.pop("headers", UNSET)
        headers: ConnectionCredentialsHeadersType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _headers_data is None:
                headers = _headers_data
                break
            if isinstance(_headers_data, Unset):
                headers = _headers_data
                break
            if isinstance(_headers_data, dict):
                try:
                    headers_type_0 = ConnectionCredentialsHeadersType0.from_dict(_headers_data)

                    headers = headers_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            headers = cast("ConnectionCredentialsHeadersType0 | None | Unset", _headers_data)
            break

        bearer_token: None | str | Unset = d.pop("bearer_token", UNSET)

        github_installation_id: None | str | Unset = d.pop("github_installation_id", UNSET)

        connection_credentials = cls(
            oauth,
            headers,
            bearer_token,
            github_installation_id,
        )

        connection_credentials.additional_properties = d
        return connection_credentials

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
