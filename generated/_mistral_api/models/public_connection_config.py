from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connection_config_type import ConnectionConfigType
    from ..models.public_connection_config_headers_type_0 import PublicConnectionConfigHeadersType0
else:
    ConnectionConfigType = _Lazy(globals(), "connection_config_type", "ConnectionConfigType")
    PublicConnectionConfigHeadersType0 = _Lazy(
        globals(), "public_connection_config_headers_type_0", "PublicConnectionConfigHeadersType0"
    )


T = TypeVar("T", bound="PublicConnectionConfig")


class PublicConnectionConfig:
    """
    Attributes:
        type_ (ConnectionConfigType | Unset):
        base_url (None | str | Unset):
        headers (None | PublicConnectionConfigHeadersType0 | Unset):
        signed (bool | None | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "base_url", "headers", "signed", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "base_url",
        "headers",
        "signed",
    )

    type_: ConnectionConfigType | Unset
    base_url: None | str | Unset
    headers: None | PublicConnectionConfigHeadersType0 | Unset
    signed: bool | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: ConnectionConfigType | Unset = UNSET,
        base_url: None | str | Unset = UNSET,
        headers: None | PublicConnectionConfigHeadersType0 | Unset = UNSET,
        signed: bool | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.base_url = base_url
        self.headers = headers
        self.signed = signed
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        base_url: None | str | Unset
        if isinstance(self.base_url, Unset):
            base_url = UNSET
        else:
            base_url = self.base_url

        try:
            headers: dict[str, Any] | None | Unset
            if isinstance(self.headers, Unset):
                headers = UNSET
            elif isinstance(self.headers, PublicConnectionConfigHeadersType0):
                headers = self.headers.to_dict()
            else:
                headers = self.headers
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "headers")
            raise

        signed: bool | None | Unset
        if isinstance(self.signed, Unset):
            signed = UNSET
        else:
            signed = self.signed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if type_ is not UNSET:
            field_dict["type"] = type_
        if base_url is not UNSET:
            field_dict["base_url"] = base_url
        if headers is not UNSET:
            field_dict["headers"] = headers
        if signed is not UNSET:
            field_dict["signed"] = signed

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
        _type_ = d.pop("type", UNSET)
        type_: ConnectionConfigType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = ConnectionConfigType(_type_)

        base_url: None | str | Unset = d.pop("base_url", UNSET)

        _headers_data = d.pop("headers", UNSET)
        headers: None | PublicConnectionConfigHeadersType0 | Unset
        while True:  # one pass; each break is the generator's `return`
            if _headers_data is None:
                headers = _headers_data
                break
            if isinstance(_headers_data, Unset):
                headers = _headers_data
                break
            if isinstance(_headers_data, dict):
                try:
                    headers_type_0 = PublicConnectionConfigHeadersType0.from_dict(_headers_data)

                    headers = headers_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            headers = cast("None | PublicConnectionConfigHeadersType0 | Unset", _headers_data)
            break

        signed: bool | None | Unset = d.pop("signed", UNSET)

        public_connection_config = cls(
            type_,
            base_url,
            headers,
            signed,
        )

        public_connection_config.additional_properties = d
        return public_connection_config

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
