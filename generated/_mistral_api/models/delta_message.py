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
    from ..models.audio_chunk import AudioChunk
    from ..models.delta_message_metadata_type_0 import DeltaMessageMetadataType0
    from ..models.document_url_chunk import DocumentURLChunk
    from ..models.file_chunk import FileChunk
    from ..models.image_url_chunk import ImageURLChunk
    from ..models.reference_chunk import ReferenceChunk
    from ..models.text_chunk import TextChunk
    from ..models.think_chunk import ThinkChunk
    from ..models.tool_call import ToolCall
    from ..models.unknown_content_chunk import UnknownContentChunk
else:
    AudioChunk = _Lazy(globals(), "audio_chunk", "AudioChunk")
    DeltaMessageMetadataType0 = _Lazy(globals(), "delta_message_metadata_type_0", "DeltaMessageMetadataType0")
    DocumentURLChunk = _Lazy(globals(), "document_url_chunk", "DocumentURLChunk")
    FileChunk = _Lazy(globals(), "file_chunk", "FileChunk")
    ImageURLChunk = _Lazy(globals(), "image_url_chunk", "ImageURLChunk")
    ReferenceChunk = _Lazy(globals(), "reference_chunk", "ReferenceChunk")
    TextChunk = _Lazy(globals(), "text_chunk", "TextChunk")
    ThinkChunk = _Lazy(globals(), "think_chunk", "ThinkChunk")
    ToolCall = _Lazy(globals(), "tool_call", "ToolCall")
    UnknownContentChunk = _Lazy(globals(), "unknown_content_chunk", "UnknownContentChunk")


T = TypeVar("T", bound="DeltaMessage")


class DeltaMessage:
    """
    Attributes:
        role (None | str | Unset):
        content (list[AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk | TextChunk |
            ThinkChunk | UnknownContentChunk] | None | str | Unset):
        tool_calls (list[ToolCall] | None | Unset):
        tool_call_id (None | str | Unset):
        index (int | None | Unset): If the completion returns multiple messages, this is to specify which message this
            delta is for.
        metadata (DeltaMessageMetadataType0 | None | Unset):
    """

    __slots__ = ("additional_properties", "content", "index", "metadata", "role", "tool_call_id", "tool_calls")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "role",
        "content",
        "tool_calls",
        "tool_call_id",
        "index",
        "metadata",
    )

    role: None | str | Unset
    content: (
        list[
            AudioChunk
            | DocumentURLChunk
            | FileChunk
            | ImageURLChunk
            | ReferenceChunk
            | TextChunk
            | ThinkChunk
            | UnknownContentChunk
        ]
        | None
        | str
        | Unset
    )
    tool_calls: list[ToolCall] | None | Unset
    tool_call_id: None | str | Unset
    index: int | None | Unset
    metadata: DeltaMessageMetadataType0 | None | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: None | str | Unset = UNSET,
        content: list[
            AudioChunk
            | DocumentURLChunk
            | FileChunk
            | ImageURLChunk
            | ReferenceChunk
            | TextChunk
            | ThinkChunk
            | UnknownContentChunk
        ]
        | None
        | str
        | Unset = UNSET,
        tool_calls: list[ToolCall] | None | Unset = UNSET,
        tool_call_id: None | str | Unset = UNSET,
        index: int | None | Unset = UNSET,
        metadata: DeltaMessageMetadataType0 | None | Unset = UNSET,
    ) -> None:
        self.role = role
        self.content = content
        self.tool_calls = tool_calls
        self.tool_call_id = tool_call_id
        self.index = index
        self.metadata = metadata
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        role: None | str | Unset
        if isinstance(self.role, Unset):
            role = UNSET
        else:
            role = self.role

        try:
            content: list[dict[str, Any]] | None | str | Unset
            if isinstance(self.content, Unset):
                content = UNSET
            elif isinstance(self.content, list):
                content = []
                try:
                    for content_type_2_item_data in self.content:
                        content_type_2_item: dict[str, Any]
                        if (
                            isinstance(content_type_2_item_data, TextChunk)
                            or isinstance(content_type_2_item_data, ImageURLChunk)
                            or isinstance(content_type_2_item_data, DocumentURLChunk)
                            or isinstance(content_type_2_item_data, ReferenceChunk)
                            or isinstance(content_type_2_item_data, FileChunk)
                            or isinstance(content_type_2_item_data, ThinkChunk)
                            or isinstance(content_type_2_item_data, AudioChunk)
                        ):
                            content_type_2_item = content_type_2_item_data.to_dict()
                        else:
                            try:
                                content_type_2_item = content_type_2_item_data.to_dict()
                            except AttributeError:
                                if isinstance(content_type_2_item_data, UnknownContentChunk):
                                    raise
                                content_type_2_item = _as_dict(
                                    content_type_2_item_data,
                                    "AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk | TextChunk | ThinkChunk | UnknownContentChunk",
                                )
                        content.append(content_type_2_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(content))
                    raise
            else:
                content = self.content
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "content")
            raise

        try:
            tool_calls: list[dict[str, Any]] | None | Unset
            if isinstance(self.tool_calls, Unset):
                tool_calls = UNSET
            elif isinstance(self.tool_calls, list):
                tool_calls = []
                try:
                    for tool_calls_type_1_item_data in self.tool_calls:
                        try:
                            tool_calls_type_1_item = tool_calls_type_1_item_data.to_dict()
                        except AttributeError:
                            if isinstance(tool_calls_type_1_item_data, ToolCall):
                                raise
                            tool_calls_type_1_item = _as_dict(tool_calls_type_1_item_data, "ToolCall")
                        tool_calls.append(tool_calls_type_1_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(tool_calls))
                    raise
            else:
                tool_calls = self.tool_calls
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "tool_calls")
            raise

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        index: int | None | Unset
        if isinstance(self.index, Unset):
            index = UNSET
        else:
            index = self.index

        try:
            metadata: dict[str, Any] | None | Unset
            if isinstance(self.metadata, Unset):
                metadata = UNSET
            elif isinstance(self.metadata, DeltaMessageMetadataType0):
                metadata = self.metadata.to_dict()
            else:
                metadata = self.metadata
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "metadata")
            raise

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if role is not UNSET:
            field_dict["role"] = role
        if content is not UNSET:
            field_dict["content"] = content
        if tool_calls is not UNSET:
            field_dict["tool_calls"] = tool_calls
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if index is not UNSET:
            field_dict["index"] = index
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
        role: None | str | Unset = d.pop("role", UNSET)

        _content_data = d.pop("content", UNSET)
        content: (
            list[
                AudioChunk
                | DocumentURLChunk
                | FileChunk
                | ImageURLChunk
                | ReferenceChunk
                | TextChunk
                | ThinkChunk
                | UnknownContentChunk
            ]
            | None
            | str
            | Unset
        )
        while True:  # one pass; each break is the generator's `return`
            if _content_data is None:
                content = _content_data
                break
            if isinstance(_content_data, Unset):
                content = _content_data
                break
            if isinstance(_content_data, list):
                try:
                    content_type_2 = []
                    _content_type_2 = _content_data
                    for content_type_2_item_data in _content_type_2:
                        _content_type_2_item_data = content_type_2_item_data
                        content_type_2_item: (
                            AudioChunk
                            | DocumentURLChunk
                            | FileChunk
                            | ImageURLChunk
                            | ReferenceChunk
                            | TextChunk
                            | ThinkChunk
                            | UnknownContentChunk
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_0 = TextChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_1 = ImageURLChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_1
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_2 = DocumentURLChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_2
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_3 = ReferenceChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_3
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_4 = FileChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_4
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_5 = ThinkChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_5
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_2_item_data, dict):
                                try:
                                    componentsschemas_content_chunk_type_6 = AudioChunk.from_dict(
                                        _content_type_2_item_data
                                    )

                                    content_type_2_item = componentsschemas_content_chunk_type_6
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_content_type_2_item_data, dict):
                                raise TypeError()
                            componentsschemas_content_chunk_type_7 = UnknownContentChunk.from_dict(
                                _content_type_2_item_data
                            )

                            content_type_2_item = componentsschemas_content_chunk_type_7
                            break

                        content_type_2.append(content_type_2_item)

                    content = content_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            content = cast(
                "list[AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk | TextChunk | ThinkChunk | UnknownContentChunk] | None | str | Unset",
                _content_data,
            )
            break

        _tool_calls_data = d.pop("tool_calls", UNSET)
        tool_calls: list[ToolCall] | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _tool_calls_data is None:
                tool_calls = _tool_calls_data
                break
            if isinstance(_tool_calls_data, Unset):
                tool_calls = _tool_calls_data
                break
            if isinstance(_tool_calls_data, list):
                try:
                    tool_calls_type_1 = []
                    _tool_calls_type_1 = _tool_calls_data
                    for tool_calls_type_1_item_data in _tool_calls_type_1:
                        tool_calls_type_1_item = ToolCall.from_dict(tool_calls_type_1_item_data)

                        tool_calls_type_1.append(tool_calls_type_1_item)

                    tool_calls = tool_calls_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            tool_calls = cast("list[ToolCall] | None | Unset", _tool_calls_data)
            break

        tool_call_id: None | str | Unset = d.pop("tool_call_id", UNSET)

        index: int | None | Unset = d.pop("index", UNSET)

        _metadata_data = d.pop("metadata", UNSET)
        metadata: DeltaMessageMetadataType0 | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _metadata_data is None:
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, Unset):
                metadata = _metadata_data
                break
            if isinstance(_metadata_data, dict):
                try:
                    metadata_type_0 = DeltaMessageMetadataType0.from_dict(_metadata_data)

                    metadata = metadata_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            metadata = cast("DeltaMessageMetadataType0 | None | Unset", _metadata_data)
            break

        delta_message = cls(
            role,
            content,
            tool_calls,
            tool_call_id,
            index,
            metadata,
        )

        delta_message.additional_properties = d
        return delta_message

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
