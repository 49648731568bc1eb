from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="Oauth2MetadataSecrets")


class Oauth2MetadataSecrets:
    """OAuth2 client credentials stored alongside a connector's authentication method.

    Used by OAuth2 and Slack App auth types for token exchange and refresh flows.
    Contains the client credentials obtained during OAuth2 Dynamic Client Registration
    or provided at connector creation time.

        Attributes:
            client_id (None | str | Unset):
            client_secret (None | str | Unset):
            client_id_issued_at (int | None | Unset):
            client_secret_expires_at (int | None | Unset):
    """

    __slots__ = (
        "additional_properties",
        "client_id",
        "client_id_issued_at",
        "client_secret",
        "client_secret_expires_at",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "client_id",
        "client_secret",
        "client_id_issued_at",
        "client_secret_expires_at",
    )

    client_id: None | str | Unset
    client_secret: None | str | Unset
    client_id_issued_at: int | None | Unset
    client_secret_expires_at: int | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        client_id: None | str | Unset = UNSET,
        client_secret: None | str | Unset = UNSET,
        client_id_issued_at: int | None | Unset = UNSET,
        client_secret_expires_at: int | None | Unset = UNSET,
    ) -> None:
        self.client_id = client_id
        self.client_secret = client_secret
        self.client_id_issued_at = client_id_issued_at
        self.client_secret_expires_at = client_secret_expires_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        client_id: None | str | Unset
        if isinstance(self.client_id, Unset):
            client_id = UNSET
        else:
            client_id = self.client_id

        client_secret: None | str | Unset
        if isinstance(self.client_secret, Unset):
            client_secret = UNSET
        else:
            client_secret = self.client_secret

        client_id_issued_at: int | None | Unset
        if isinstance(self.client_id_issued_at, Unset):
            client_id_issued_at = UNSET
        else:
            client_id_issued_at = self.client_id_issued_at

        client_secret_expires_at: int | None | Unset
        if isinstance(self.client_secret_expires_at, Unset):
            client_secret_expires_at = UNSET
        else:
            client_secret_expires_at = self.client_secret_expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if client_id is not UNSET:
            field_dict["client_id"] = client_id
        if client_secret is not UNSET:
            field_dict["client_secret"] = client_secret
        if client_id_issued_at is not UNSET:
            field_dict["client_id_issued_at"] = client_id_issued_at
        if client_secret_expires_at is not UNSET:
            field_dict["client_secret_expires_at"] = client_secret_expires_at

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
        client_id: None | str | Unset = d.pop("client_id", UNSET)

        client_secret: None | str | Unset = d.pop("client_secret", UNSET)

        client_id_issued_at: int | None | Unset = d.pop("client_id_issued_at", UNSET)

        client_secret_expires_at: int | None | Unset = d.pop("client_secret_expires_at", UNSET)

        oauth_2_metadata_secrets = cls(
            client_id,
            client_secret,
            client_id_issued_at,
            client_secret_expires_at,
        )

        oauth_2_metadata_secrets.additional_properties = d
        return oauth_2_metadata_secrets

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
