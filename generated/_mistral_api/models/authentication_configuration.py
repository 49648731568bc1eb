from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.consumer_type import ConsumerType
    from ..models.credentials_status import CredentialsStatus
    from ..models.outbound_authentication_type import OutboundAuthenticationType
else:
    ConsumerType = _Lazy(globals(), "consumer_type", "ConsumerType")
    CredentialsStatus = _Lazy(globals(), "credentials_status", "CredentialsStatus")
    OutboundAuthenticationType = _Lazy(globals(), "outbound_authentication_type", "OutboundAuthenticationType")


T = TypeVar("T", bound="AuthenticationConfiguration")


class AuthenticationConfiguration:
    """
    Attributes:
        name (str):
        authentication_type (OutboundAuthenticationType):
        scope (ConsumerType):
        title (None | str | Unset):
        status (CredentialsStatus | None | Unset):
        is_default (bool | Unset):  Default: False.
    """

    __slots__ = ("additional_properties", "authentication_type", "is_default", "name", "scope", "status", "title")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "name",
        "authentication_type",
        "scope",
        "title",
        "status",
        "is_default",
    )

    name: str
    authentication_type: OutboundAuthenticationType
    scope: ConsumerType
    title: None | str | Unset
    status: CredentialsStatus | None | Unset
    is_default: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        name: str,
        authentication_type: OutboundAuthenticationType,
        scope: ConsumerType,
        title: None | str | Unset = UNSET,
        status: CredentialsStatus | None | Unset = UNSET,
        is_default: bool | Unset = UNSET,
    ) -> None:
        self.name = name
        self.authentication_type = authentication_type
        self.scope = scope
        self.title = title
        self.status = status
        self.is_default = is_default
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        authentication_type = str(self.authentication_type)

        scope = str(self.scope)

        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        try:
            status: dict[str, Any] | None | Unset
            if isinstance(self.status, Unset):
                status = UNSET
            elif isinstance(self.status, CredentialsStatus):
                status = self.status.to_dict()
            else:
                status = self.status
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "status")
            raise

        is_default = self.is_default

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "authentication_type": authentication_type,
                "scope": scope,
            }
        )
        if title is not UNSET:
            field_dict["title"] = title
        if status is not UNSET:
            field_dict["status"] = status
        if is_default is not UNSET:
            field_dict["is_default"] = is_default

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

        authentication_type = OutboundAuthenticationType(d.pop("authentication_type"))

        scope = ConsumerType(d.pop("scope"))

        title: None | str | Unset = d.pop("title", UNSET)

        _status_data = d.pop("status", UNSET)
        status: CredentialsStatus | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _status_data is None:
                status = _status_data
                break
            if isinstance(_status_data, Unset):
                status = _status_data
                break
            if isinstance(_status_data, dict):
                try:
                    status_type_0 = CredentialsStatus.from_dict(_status_data)

                    status = status_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            status = cast("CredentialsStatus | None | Unset", _status_data)
            break

        is_default = d.pop("is_default", UNSET)

        authentication_configuration = cls(
            name,
            authentication_type,
            scope,
            title,
            status,
            is_default,
        )

        authentication_configuration.additional_properties = d
        return authentication_configuration

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
