from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar

from ..types import UNSET, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.o_auth_2_token_auth_type import OAuth2TokenAuthType
else:
    OAuth2TokenAuthType = _Lazy(globals(), "o_auth_2_token_auth_type", "OAuth2TokenAuthType")


T = TypeVar("T", bound="OAuth2TokenAuth")


class OAuth2TokenAuth:
    """
    Attributes:
        value (str):
        type_ (OAuth2TokenAuthType | Unset):  Default: OAuth2TokenAuthType.OAUTH2_TOKEN.
    """

    __slots__ = ("additional_properties", "type_", "value")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "value",
        "type_",
    )

    value: str
    type_: OAuth2TokenAuthType | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        value: str,
        type_: OAuth2TokenAuthType | Unset = OAuth2TokenAuthType.OAUTH2_TOKEN,
    ) -> None:
        self.value = value
        self.type_ = type_
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        value = self.value

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_

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
        value = d.pop("value")

        _type_ = d.pop("type", UNSET)
        type_: OAuth2TokenAuthType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = OAuth2TokenAuthType(_type_)

        o_auth_2_token_auth = cls(
            value,
            type_,
        )

        o_auth_2_token_auth.additional_properties = d
        return o_auth_2_token_auth

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
