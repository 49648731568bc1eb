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
    from ..models.mcp_server_authentication_requirement import MCPServerAuthenticationRequirement
    from ..models.mcp_server_remote_header import MCPServerRemoteHeader
    from ..models.mcp_server_remote_type import MCPServerRemoteType
else:
    MCPServerAuthenticationRequirement = _Lazy(
        globals(), "mcp_server_authentication_requirement", "MCPServerAuthenticationRequirement"
    )
    MCPServerRemoteHeader = _Lazy(globals(), "mcp_server_remote_header", "MCPServerRemoteHeader")
    MCPServerRemoteType = _Lazy(globals(), "mcp_server_remote_type", "MCPServerRemoteType")


T = TypeVar("T", bound="MCPServerRemote")


class MCPServerRemote:
    """Remote transport endpoint (SEP-2127).

    Attributes:
        type_ (MCPServerRemoteType): Transport type
        url (str): Transport endpoint URL
        supported_protocol_versions (list[str] | None | Unset):
        headers (list[MCPServerRemoteHeader] | None | Unset):
        authentication (MCPServerAuthenticationRequirement | None | Unset):
    """

    __slots__ = ("additional_properties", "authentication", "headers", "supported_protocol_versions", "type_", "url")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "type_",
        "url",
        "supported_protocol_versions",
        "headers",
        "authentication",
    )

    type_: MCPServerRemoteType
    url: str
    supported_protocol_versions: list[str] | None | Unset
    headers: list[MCPServerRemoteHeader] | None | Unset
    authentication: MCPServerAuthenticationRequirement | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        type_: MCPServerRemoteType,
        url: str,
        supported_protocol_versions: list[str] | None | Unset = UNSET,
        headers: list[MCPServerRemoteHeader] | None | Unset = UNSET,
        authentication: MCPServerAuthenticationRequirement | None | Unset = UNSET,
    ) -> None:
        self.type_ = type_
        self.url = url
        self.supported_protocol_versions = supported_protocol_versions
        self.headers = headers
        self.authentication = authentication
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        type_ = str(self.type_)

        url = self.url

        supported_protocol_versions: list[str] | None | Unset
        if isinstance(self.supported_protocol_versions, Unset):
            supported_protocol_versions = UNSET
        elif isinstance(self.supported_protocol_versions, list):
            supported_protocol_versions = self.supported_protocol_versions

        else:
            supported_protocol_versions = self.supported_protocol_versions

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
                            if isinstance(headers_type_0_item_data, MCPServerRemoteHeader):
                                raise
                            headers_type_0_item = _as_dict(headers_type_0_item_data, "MCPServerRemoteHeader")
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
            authentication: dict[str, Any] | None | Unset
            if isinstance(self.authentication, Unset):
                authentication = UNSET
            elif isinstance(self.authentication, MCPServerAuthenticationRequirement):
                authentication = self.authentication.to_dict()
            else:
                authentication = self.authentication
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "authentication")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "type": type_,
                "url": url,
            }
        )
        if supported_protocol_versions is not UNSET:
            field_dict["supportedProtocolVersions"] = supported_protocol_versions
        if headers is not UNSET:
            field_dict["headers"] = headers
        if authentication is not UNSET:
            field_dict["authentication"] = authentication

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
        type_ = MCPServerRemoteType(d.pop("type"))

        url = d.pop("url")

        _supported_protocol_versions_data = d.pop("supportedProtocolVersions", UNSET)
        supported_protocol_versions: list[str] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _supported_protocol_versions_data is None:
                supported_protocol_versions = _supported_protocol_versions_data
                break
            if isinstance(_supported_protocol_versions_data, Unset):
                supported_protocol_versions = _supported_protocol_versions_data
                break
            if isinstance(_supported_protocol_versions_data, list):
                try:
                    supported_protocol_versions_type_0 = cast(list[str], _supported_protocol_versions_data)

                    supported_protocol_versions = supported_protocol_versions_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            supported_protocol_versions = cast("list[str] | None | Unset", _supported_protocol_versions_data)
            break

        _headers_data = d.pop("headers", UNSET)
        headers: list[MCPServerRemoteHeader] | None | Unset
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
                        headers_type_0_item = MCPServerRemoteHeader.from_dict(headers_type_0_item_data)

                        headers_type_0.append(headers_type_0_item)

                    headers = headers_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            headers = cast("list[MCPServerRemoteHeader] | None | Unset", _headers_data)
            break

        _authentication_data = d.pop("authentication", UNSET)
        authentication: MCPServerAuthenticationRequirement | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _authentication_data is None:
                authentication = _authentication_data
                break
            if isinstance(_authentication_data, Unset):
                authentication = _authentication_data
                break
            if isinstance(_authentication_data, dict):
                try:
                    authentication_type_0 = MCPServerAuthenticationRequirement.from_dict(_authentication_data)

                    authentication = authentication_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            authentication = cast("MCPServerAuthenticationRequirement | None | Unset", _authentication_data)
            break

        mcp_server_remote = cls(
            type_,
            url,
            supported_protocol_versions,
            headers,
            authentication,
        )

        mcp_server_remote.additional_properties = d
        return mcp_server_remote

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
