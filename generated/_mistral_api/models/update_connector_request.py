from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.authentication_method_create_or_update_request import AuthenticationMethodCreateOrUpdateRequest
else:
    AuthenticationMethodCreateOrUpdateRequest = _Lazy(
        globals(), "authentication_method_create_or_update_request", "AuthenticationMethodCreateOrUpdateRequest"
    )


T = TypeVar("T", bound="UpdateConnectorRequest")


class UpdateConnectorRequest:
    """
    Attributes:
        title (None | str | Unset): Optional human-readable title for the connector.
        name (None | str | Unset): The name of the connector.
        description (None | str | Unset): The description of the connector.
        icon_url (None | str | Unset): The optional url of the icon you want to associate to the connector.
        system_prompt (None | str | Unset): Optional system prompt for the connector.
        protocol (Literal['mcp'] | Unset):  Default: 'mcp'.
        server (None | str | Unset): New server url for your mcp connector.
        auth_methods (list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset): list of authentication methods to
            add to the connector or to update
    """

    __slots__ = (
        "additional_properties",
        "auth_methods",
        "description",
        "icon_url",
        "name",
        "protocol",
        "server",
        "system_prompt",
        "title",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "title",
        "name",
        "description",
        "icon_url",
        "system_prompt",
        "protocol",
        "server",
        "auth_methods",
    )

    title: None | str | Unset
    name: None | str | Unset
    description: None | str | Unset
    icon_url: None | str | Unset
    system_prompt: None | str | Unset
    protocol: Literal["mcp"] | Unset
    server: None | str | Unset
    auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        title: None | str | Unset = UNSET,
        name: None | str | Unset = UNSET,
        description: None | str | Unset = UNSET,
        icon_url: None | str | Unset = UNSET,
        system_prompt: None | str | Unset = UNSET,
        protocol: Literal["mcp"] | Unset = "mcp",
        server: None | str | Unset = UNSET,
        auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset = UNSET,
    ) -> None:
        self.title = title
        self.name = name
        self.description = description
        self.icon_url = icon_url
        self.system_prompt = system_prompt
        self.protocol = protocol
        self.server = server
        self.auth_methods = auth_methods
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        title: None | str | Unset
        if isinstance(self.title, Unset):
            title = UNSET
        else:
            title = self.title

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        system_prompt: None | str | Unset
        if isinstance(self.system_prompt, Unset):
            system_prompt = UNSET
        else:
            system_prompt = self.system_prompt

        protocol = self.protocol

        server: None | str | Unset
        if isinstance(self.server, Unset):
            server = UNSET
        else:
            server = self.server

        try:
            auth_methods: list[dict[str, Any]] | None | Unset
            if isinstance(self.auth_methods, Unset):
                auth_methods = UNSET
            elif isinstance(self.auth_methods, list):
                auth_methods = []
                try:
                    for auth_methods_type_0_item_data in self.auth_methods:
                        try:
                            auth_methods_type_0_item = auth_methods_type_0_item_data.to_dict()
                        except AttributeError:
                            if isinstance(auth_methods_type_0_item_data, AuthenticationMethodCreateOrUpdateRequest):
                                raise
                            auth_methods_type_0_item = _as_dict(
                                auth_methods_type_0_item_data, "AuthenticationMethodCreateOrUpdateRequest"
                            )
                        auth_methods.append(auth_methods_type_0_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(auth_methods))
                    raise
            else:
                auth_methods = self.auth_methods
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "auth_methods")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if title is not UNSET:
            field_dict["title"] = title
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if system_prompt is not UNSET:
            field_dict["system_prompt"] = system_prompt
        if protocol is not UNSET:
            field_dict["protocol"] = protocol
        if server is not UNSET:
            field_dict["server"] = server
        if auth_methods is not UNSET:
            field_dict["auth_methods"] = auth_methods

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
        title: None | str | Unset = d.pop("title", UNSET)

        name: None | str | Unset = d.pop("name", UNSET)

        description: None | str | Unset = d.pop("description", UNSET)

        icon_url: None | str | Unset = d.pop("icon_url", UNSET)

        system_prompt: None | str | Unset = d.pop("system_prompt", UNSET)

        protocol = cast(Literal["mcp"] | Unset, d.pop("protocol", UNSET))
        if protocol != "mcp" and not isinstance(protocol, Unset):
            raise ValueError(f"protocol must match const 'mcp', got '{protocol}'")

        server: None | str | Unset = d.pop("server", UNSET)

        _auth_methods_data = d.pop("auth_methods", UNSET)
        auth_methods: list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _auth_methods_data is None:
                auth_methods = _auth_methods_data
                break
            if isinstance(_auth_methods_data, Unset):
                auth_methods = _auth_methods_data
                break
            if isinstance(_auth_methods_data, list):
                try:
                    auth_methods_type_0 = []
                    _auth_methods_type_0 = _auth_methods_data
                    for auth_methods_type_0_item_data in _auth_methods_type_0:
                        auth_methods_type_0_item = AuthenticationMethodCreateOrUpdateRequest.from_dict(
                            auth_methods_type_0_item_data
                        )

                        auth_methods_type_0.append(auth_methods_type_0_item)

                    auth_methods = auth_methods_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            auth_methods = cast("list[AuthenticationMethodCreateOrUpdateRequest] | None | Unset", _auth_methods_data)
            break

        update_connector_request = cls(
            title,
            name,
            description,
            icon_url,
            system_prompt,
            protocol,
            server,
            auth_methods,
        )

        update_connector_request.additional_properties = d
        return update_connector_request

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
