from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.connector_tool_result_metadata_meta_type_0 import ConnectorToolResultMetadataMetaType0
    from ..models.connector_tool_result_metadata_structured_content_type_0 import (
        ConnectorToolResultMetadataStructuredContentType0,
    )
else:
    ConnectorToolResultMetadataMetaType0 = _Lazy(
        globals(), "connector_tool_result_metadata_meta_type_0", "ConnectorToolResultMetadataMetaType0"
    )
    ConnectorToolResultMetadataStructuredContentType0 = _Lazy(
        globals(),
        "connector_tool_result_metadata_structured_content_type_0",
        "ConnectorToolResultMetadataStructuredContentType0",
    )


T = TypeVar("T", bound="ConnectorToolResultMetadata")


class ConnectorToolResultMetadata:
    """MCP-specific result metadata (isError, structuredContent, _meta).

    Attributes:
        is_error (bool | Unset):  Default: False.
        structured_content (ConnectorToolResultMetadataStructuredContentType0 | None | Unset):
        field_meta (ConnectorToolResultMetadataMetaType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "field_meta", "is_error", "structured_content")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "is_error",
        "structured_content",
        "field_meta",
    )

    is_error: bool | Unset
    structured_content: ConnectorToolResultMetadataStructuredContentType0 | None | Unset
    field_meta: ConnectorToolResultMetadataMetaType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        is_error: bool | Unset = UNSET,
        structured_content: ConnectorToolResultMetadataStructuredContentType0 | None | Unset = UNSET,
        field_meta: ConnectorToolResultMetadataMetaType0 | None | Unset = UNSET,
    ) -> None:
        self.is_error = is_error
        self.structured_content = structured_content
        self.field_meta = field_meta
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        is_error = self.is_error

        try:
            structured_content: dict[str, Any] | None | Unset
            if isinstance(self.structured_content, Unset):
                structured_content = UNSET
            elif isinstance(self.structured_content, ConnectorToolResultMetadataStructuredContentType0):
                structured_content = self.structured_content.to_dict()
            else:
                structured_content = self.structured_content
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "structured_content")
            raise

        try:
            field_meta: dict[str, Any] | None | Unset
            if isinstance(self.field_meta, Unset):
                field_meta = UNSET
            elif isinstance(self.field_meta, ConnectorToolResultMetadataMetaType0):
                field_meta = self.field_meta.to_dict()
            else:
                field_meta = self.field_meta
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "field_meta")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if is_error is not UNSET:
            field_dict["isError"] = is_error
        if structured_content is not UNSET:
            field_dict["structuredContent"] = structured_content
        if field_meta is not UNSET:
            field_dict["_meta"] = field_meta

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
        is_error = d.pop("isError", UNSET)

        _structured_content_data = d.pop("structuredContent", UNSET)
        structured_content: ConnectorToolResultMetadataStructuredContentType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _structured_content_data is None:
                structured_content = _structured_content_data
                break
            if isinstance(_structured_content_data, Unset):
                structured_content = _structured_content_data
                break
            if isinstance(_structured_content_data, dict):
                try:
                    structured_content_type_0 = ConnectorToolResultMetadataStructuredContentType0.from_dict(
                        _structured_content_data
                    )

                    structured_content = structured_content_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            structured_content = cast(
                "ConnectorToolResultMetadataStructuredContentType0 | None | Unset", _structured_content_data
            )
            break

        _field_meta_data = d.pop("_meta", UNSET)
        field_meta: ConnectorToolResultMetadataMetaType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _field_meta_data is None:
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, Unset):
                field_meta = _field_meta_data
                break
            if isinstance(_field_meta_data, dict):
                try:
                    field_meta_type_0 = ConnectorToolResultMetadataMetaType0.from_dict(_field_meta_data)

                    field_meta = field_meta_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            field_meta = cast("ConnectorToolResultMetadataMetaType0 | None | Unset", _field_meta_data)
            break

        connector_tool_result_metadata = cls(
            is_error,
            structured_content,
            field_meta,
        )

        connector_tool_result_metadata.additional_properties = d
        return connector_tool_result_metadata

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
