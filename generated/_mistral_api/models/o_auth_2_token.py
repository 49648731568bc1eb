from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from ..types import UNSET, Unset
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

T = TypeVar("T", bound="OAuth2Token")


class OAuth2Token:
    """
    Attributes:
        access_token (str):
        token_type (Literal['Bearer'] | Unset):  Default: 'Bearer'.
        expires_in (int | None | Unset):
        scope (None | str | Unset):
        refresh_token (None | str | Unset):
        expires_at (datetime.datetime | None | Unset):
    """

    __slots__ = (
        "access_token",
        "additional_properties",
        "expires_at",
        "expires_in",
        "refresh_token",
        "scope",
        "token_type",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "access_token",
        "token_type",
        "expires_in",
        "scope",
        "refresh_token",
        "expires_at",
    )

    access_token: str
    token_type: Literal["Bearer"] | Unset
    expires_in: int | None | Unset
    scope: None | str | Unset
    refresh_token: None | str | Unset
    expires_at: datetime.datetime | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        access_token: str,
        token_type: Literal["Bearer"] | Unset = "Bearer",
        expires_in: int | None | Unset = UNSET,
        scope: None | str | Unset = UNSET,
        refresh_token: None | str | Unset = UNSET,
        expires_at: datetime.datetime | None | Unset = UNSET,
    ) -> None:
        self.access_token = access_token
        self.token_type = token_type
        self.expires_in = expires_in
        self.scope = scope
        self.refresh_token = refresh_token
        self.expires_at = expires_at
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        access_token = self.access_token

        token_type = self.token_type

        expires_in: int | None | Unset
        if isinstance(self.expires_in, Unset):
            expires_in = UNSET
        else:
            expires_in = self.expires_in

        scope: None | str | Unset
        if isinstance(self.scope, Unset):
            scope = UNSET
        else:
            scope = self.scope

        refresh_token: None | str | Unset
        if isinstance(self.refresh_token, Unset):
            refresh_token = UNSET
        else:
            refresh_token = self.refresh_token

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
        else:
            expires_at = self.expires_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
            }
        )
        if token_type is not UNSET:
            field_dict["token_type"] = token_type
        if expires_in is not UNSET:
            field_dict["expires_in"] = expires_in
        if scope is not UNSET:
            field_dict["scope"] = scope
        if refresh_token is not UNSET:
            field_dict["refresh_token"] = refresh_token
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at

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
        access_token = d.pop("access_token")

        token_type = cast(Literal["Bearer"] | Unset, d.pop("token_type", UNSET))
        if token_type != "Bearer" and not isinstance(token_type, Unset):
            raise ValueError(f"token_type must match const 'Bearer', got '{token_type}'")

        expires_in: int | None | Unset = d.pop("expires_in", UNSET)

        scope: None | str | Unset = d.pop("scope", UNSET)

        refresh_token: None | str | Unset = d.pop("refresh_token", UNSET)

        _expires_at_data = d.pop("expires_at", UNSET)
        expires_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _expires_at_data is None:
                expires_at = _expires_at_data
                break
            if isinstance(_expires_at_data, Unset):
                expires_at = _expires_at_data
                break
            if isinstance(_expires_at_data, str):
                try:
                    expires_at_type_0 = datetime.datetime.fromisoformat(_expires_at_data)

                    expires_at = expires_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            expires_at = cast("datetime.datetime | None | Unset", _expires_at_data)
            break

        o_auth_2_token = cls(
            access_token,
            token_type,
            expires_in,
            scope,
            refresh_token,
            expires_at,
        )

        o_auth_2_token.additional_properties = d
        return o_auth_2_token

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
