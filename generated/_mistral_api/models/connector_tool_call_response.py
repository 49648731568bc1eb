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
    from ..models.audio_content import AudioContent
    from ..models.connector_tool_call_metadata import ConnectorToolCallMetadata
    from ..models.embedded_resource import EmbeddedResource
    from ..models.image_content import ImageContent
    from ..models.resource_link import ResourceLink
    from ..models.text_content import TextContent
else:
    AudioContent = _Lazy(globals(), "audio_content", "AudioContent")
    ConnectorToolCallMetadata = _Lazy(globals(), "connector_tool_call_metadata", "ConnectorToolCallMetadata")
    EmbeddedResource = _Lazy(globals(), "embedded_resource", "EmbeddedResource")
    ImageContent = _Lazy(globals(), "image_content", "ImageContent")
    ResourceLink = _Lazy(globals(), "resource_link", "ResourceLink")
    TextContent = _Lazy(globals(), "text_content", "TextContent")


T = TypeVar("T", bound="ConnectorToolCallResponse")


class ConnectorToolCallResponse:
    """Response from calling an MCP tool.

    We override mcp_types.CallToolResult because:
    - Models only support `content`, not `structuredContent` at top level
    - Downstream consumers (le-chat, etc.) need structuredContent/isError/_meta via metadata

    SYNC: Keep in sync with Harmattan (orchestrator) for harmonized tool result processing.

        Attributes:
            content (list[AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent]):
            metadata (ConnectorToolCallMetadata | None | Unset):
    """

    __slots__ = ("additional_properties", "content", "metadata")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "content",
        "metadata",
    )

    content: list[AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent]
    metadata: ConnectorToolCallMetadata | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        content: list[AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent],
        metadata: ConnectorToolCallMetadata | None | Unset = UNSET,
    ) -> None:
        self.content = content
        self.metadata = metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            content = []
            try:
                for content_item_data in self.content:
                    content_item: dict[str, Any]
                    if (
                        isinstance(content_item_data, TextContent)
                        or isinstance(content_item_data, ImageContent)
                        or isinstance(content_item_data, AudioContent)
                        or isinstance(content_item_data, ResourceLink)
                    ):
                        content_item = content_item_data.to_dict()
                    else:
                        try:
                            content_item = content_item_data.to_dict()
                        except AttributeError:
                            if isinstance(content_item_data, EmbeddedResource):
                                raise
                            content_item = _as_dict(
                                content_item_data,
                                "AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent",
                            )
                    content.append(content_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(content))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "content")
            raise

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, ConnectorToolCallMetadata):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
        if metadata is not UNSET:
            field_dict["metadata"] = metadata

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
        content = []
        _content = d.pop("content")
        for content_item_data in _content:
            _content_item_data = content_item_data
            content_item: AudioContent | EmbeddedResource | ImageContent | ResourceLink | TextContent
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_content_item_data, dict):
                    try:
                        content_item_type_0 = TextContent.from_dict(_content_item_data)

                        content_item = content_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_content_item_data, dict):
                    try:
                        content_item_type_1 = ImageContent.from_dict(_content_item_data)

                        content_item = content_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_content_item_data, dict):
                    try:
                        content_item_type_2 = AudioContent.from_dict(_content_item_data)

                        content_item = content_item_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_content_item_data, dict):
                    try:
                        content_item_type_3 = ResourceLink.from_dict(_content_item_data)

                        content_item = content_item_type_3
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_content_item_data, dict):
                    raise TypeError()
                content_item_type_4 = EmbeddedResource.from_dict(_content_item_data)

                content_item = content_item_type_4
                break

            content.append(content_item)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: ConnectorToolCallMetadata | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = ConnectorToolCallMetadata.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("ConnectorToolCallMetadata | None | Unset", _metadata_data)
            break

        connector_tool_call_response = cls(
            content,
            metadata,
        )

        connector_tool_call_response.additional_properties = d
        return connector_tool_call_response

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
