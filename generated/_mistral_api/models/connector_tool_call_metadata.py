from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connector_tool_result_metadata import ConnectorToolResultMetadata
else:
    ConnectorToolResultMetadata = _Lazy(globals(), "connector_tool_result_metadata", "ConnectorToolResultMetadata")


T = TypeVar("T", bound="ConnectorToolCallMetadata")


class ConnectorToolCallMetadata:
    """Metadata wrapper for MCP tool call responses.

    Nests MCP-specific fields under `mcp_meta` to avoid collisions with other
    metadata keys (e.g. `tool_call_result`) in Harmattan's streaming deltas.

        Attributes:
            mcp_meta (ConnectorToolResultMetadata | None | Unset):
    """

    __slots__ = ("additional_properties", "mcp_meta")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = ("mcp_meta",)

    mcp_meta: ConnectorToolResultMetadata | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        mcp_meta: ConnectorToolResultMetadata | None | Unset = UNSET,
    ) -> None:
        self.mcp_meta = mcp_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            mcp_meta: dict[str, Any] | None | Unset
            if isinstance(self.mcp_meta, Unset):
                mcp_meta = UNSET
            elif isinstance(self.mcp_meta, ConnectorToolResultMetadata):
                mcp_meta = self.mcp_meta.to_dict()
            else:
                mcp_meta = self.mcp_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "mcp_meta")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if mcp_meta is not UNSET:
            field_dict["mcp_meta"] = mcp_meta

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
        _mcp_meta_data = d.pop("mcp_meta", UNSET)
        mcp_meta: ConnectorToolResultMetadata | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _mcp_meta_data is None:
                mcp_meta = _mcp_meta_data
                break
            if isinstance(_mcp_meta_data, Unset):
                mcp_meta = _mcp_meta_data
                break
            if isinstance(_mcp_meta_data, dict):
                try:
                    mcp_meta_type_0 = ConnectorToolResultMetadata.from_dict(_mcp_meta_data)

                    mcp_meta = mcp_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            mcp_meta = cast("ConnectorToolResultMetadata | None | Unset", _mcp_meta_data)
            break

        connector_tool_call_metadata = cls(
            mcp_meta,
        )

        connector_tool_call_metadata.additional_properties = d
        return connector_tool_call_metadata

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
