from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.api_key_auth import APIKeyAuth
    from ..models.custom_connector_type import CustomConnectorType
    from ..models.o_auth_2_token_auth import OAuth2TokenAuth
    from ..models.tool_configuration import ToolConfiguration
else:
    APIKeyAuth = _Lazy(globals(), "api_key_auth", "APIKeyAuth")
    CustomConnectorType = _Lazy(globals(), "custom_connector_type", "CustomConnectorType")
    OAuth2TokenAuth = _Lazy(globals(), "o_auth_2_token_auth", "OAuth2TokenAuth")
    ToolConfiguration = _Lazy(globals(), "tool_configuration", "ToolConfiguration")


T = TypeVar("T", bound="CustomConnector")


class CustomConnector:
    """
    Attributes:
        connector_id (str):
        type_ (CustomConnectorType | Unset):  Default: CustomConnectorType.CONNECTOR.
        authorization (APIKeyAuth | None | OAuth2TokenAuth | Unset):
        tool_configuration (None | ToolConfiguration | Unset):
    """

    __slots__ = ("additional_properties", "authorization", "connector_id", "tool_configuration", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "connector_id",
        "type_",
        "authorization",
        "tool_configuration",
    )

    connector_id: str
    type_: CustomConnectorType | Unset
    authorization: APIKeyAuth | None | OAuth2TokenAuth | Unset
    tool_configuration: None | ToolConfiguration | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        connector_id: str,
        type_: CustomConnectorType | Unset = CustomConnectorType.CONNECTOR,
        authorization: APIKeyAuth | None | OAuth2TokenAuth | Unset = UNSET,
        tool_configuration: None | ToolConfiguration | Unset = UNSET,
    ) -> None:
        self.connector_id = connector_id
        self.type_ = type_
        self.authorization = authorization
        self.tool_configuration = tool_configuration
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        connector_id = self.connector_id

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = str(self.type_)

        try:
            authorization: dict[str, Any] | None | Unset
            if isinstance(self.authorization, Unset):
                authorization = UNSET
            elif isinstance(self.authorization, OAuth2TokenAuth) or isinstance(self.authorization, APIKeyAuth):
                authorization = self.authorization.to_dict()
            else:
                authorization = self.authorization
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "authorization")
            raise

        try:
            tool_configuration: dict[str, Any] | None | Unset
            if isinstance(self.tool_configuration, Unset):
                tool_configuration = UNSET
            elif isinstance(self.tool_configuration, ToolConfiguration):
                tool_configuration = self.tool_configuration.to_dict()
            else:
                tool_configuration = self.tool_configuration
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_configuration")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "connector_id": connector_id,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if authorization is not UNSET:
            field_dict["authorization"] = authorization
        if tool_configuration is not UNSET:
            field_dict["tool_configuration"] = tool_configuration

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
        connector_id = d.pop("connector_id")

        _type_ = d.pop("type", UNSET)
        type_: CustomConnectorType | Unset
        if isinstance(_type_, Unset):
            type_ = UNSET
        else:
            type_ = CustomConnectorType(_type_)

        _authorization_data = d.pop("authorization", UNSET)
        authorization: APIKeyAuth | None | OAuth2TokenAuth | Unset
        while True:  # one pass; each break is the generator's `return`
            if _authorization_data is None:
                authorization = _authorization_data
                break
            if isinstance(_authorization_data, Unset):
                authorization = _authorization_data
                break
            if isinstance(_authorization_data, dict):
                try:
                    authorization_type_0_type_0 = OAuth2TokenAuth.from_dict(_authorization_data)

                    authorization = authorization_type_0_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_authorization_data, dict):
                try:
                    authorization_type_0_type_1 = APIKeyAuth.from_dict(_authorization_data)

                    authorization = authorization_type_0_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            authorization = cast("APIKeyAuth | None | OAuth2TokenAuth | Unset", _authorization_data)
            break

        _tool_configuration_data = d.pop("tool_configuration", UNSET)
        tool_configuration: None | ToolConfiguration | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_configuration_data is None:
                tool_configuration = _tool_configuration_data
                break
            if isinstance(_tool_configuration_data, Unset):
                tool_configuration = _tool_configuration_data
                break
            if isinstance(_tool_configuration_data, dict):
                try:
                    tool_configuration_type_0 = ToolConfiguration.from_dict(_tool_configuration_data)

                    tool_configuration = tool_configuration_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_configuration = cast("None | ToolConfiguration | Unset", _tool_configuration_data)
            break

        custom_connector = cls(
            connector_id,
            type_,
            authorization,
            tool_configuration,
        )

        custom_connector.additional_properties = d
        return custom_connector

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
