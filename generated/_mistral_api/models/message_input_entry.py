from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import as_dict as _as_dict
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.document_url_chunk import DocumentURLChunk
    from ..models.image_url_chunk import ImageURLChunk
    from ..models.message_input_entry_role import MessageInputEntryRole
    from ..models.text_chunk import TextChunk
    from ..models.think_chunk import ThinkChunk
    from ..models.tool_file_chunk import ToolFileChunk
    from ..models.unknown_content_chunk import UnknownContentChunk
else:
    DocumentURLChunk = _Lazy(globals(), "document_url_chunk", "DocumentURLChunk")
    ImageURLChunk = _Lazy(globals(), "image_url_chunk", "ImageURLChunk")
    MessageInputEntryRole = _Lazy(globals(), "message_input_entry_role", "MessageInputEntryRole")
    TextChunk = _Lazy(globals(), "text_chunk", "TextChunk")
    ThinkChunk = _Lazy(globals(), "think_chunk", "ThinkChunk")
    ToolFileChunk = _Lazy(globals(), "tool_file_chunk", "ToolFileChunk")
    UnknownContentChunk = _Lazy(globals(), "unknown_content_chunk", "UnknownContentChunk")


T = TypeVar("T", bound="MessageInputEntry")


class MessageInputEntry:
    """Representation of an input message inside the conversation.

    Attributes:
        role (MessageInputEntryRole):
        content (list[DocumentURLChunk | ImageURLChunk | TextChunk | ThinkChunk | ToolFileChunk | UnknownContentChunk] |
            str):
        object_ (Literal['entry'] | Unset):  Default: 'entry'.
        type_ (Literal['message.input'] | Unset):  Default: 'message.input'.
        created_at (datetime.datetime | Unset):
        completed_at (datetime.datetime | None | Unset):
        id (str | Unset):
        prefix (bool | Unset):  Default: False.
    """

    __slots__ = (
        "additional_properties",
        "completed_at",
        "content",
        "created_at",
        "id",
        "object_",
        "prefix",
        "role",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "role",
        "content",
        "object_",
        "type_",
        "created_at",
        "completed_at",
        "id",
        "prefix",
    )

    role: MessageInputEntryRole
    content: list[DocumentURLChunk | ImageURLChunk | TextChunk | ThinkChunk | ToolFileChunk | UnknownContentChunk] | str
    object_: Literal["entry"] | Unset
    type_: Literal["message.input"] | Unset
    created_at: datetime.datetime | Unset
    completed_at: datetime.datetime | None | Unset
    id: str | Unset
    prefix: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        role: MessageInputEntryRole,
        content: list[DocumentURLChunk | ImageURLChunk | TextChunk | ThinkChunk | ToolFileChunk | UnknownContentChunk]
        | str,
        object_: Literal["entry"] | Unset = "entry",
        type_: Literal["message.input"] | Unset = "message.input",
        created_at: datetime.datetime | Unset = UNSET,
        completed_at: datetime.datetime | None | Unset = UNSET,
        id: str | Unset = UNSET,
        prefix: bool | Unset = UNSET,
    ) -> None:
        self.role = role
        self.content = content
        self.object_ = object_
        self.type_ = type_
        self.created_at = created_at
        self.completed_at = completed_at
        self.id = id
        self.prefix = prefix
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        role = str(self.role)

        try:
            content: list[dict[str, Any]] | str
            if isinstance(self.content, list):
                content = []
                try:
                    for componentsschemas_message_input_content_chunks_item_data in self.content:
                        componentsschemas_message_input_content_chunks_item: dict[str, Any]
                        if (
                            isinstance(componentsschemas_message_input_content_chunks_item_data, TextChunk)
                            or isinstance(componentsschemas_message_input_content_chunks_item_data, ImageURLChunk)
                            or isinstance(componentsschemas_message_input_content_chunks_item_data, ToolFileChunk)
                            or isinstance(componentsschemas_message_input_content_chunks_item_data, DocumentURLChunk)
                            or isinstance(componentsschemas_message_input_content_chunks_item_data, ThinkChunk)
                        ):
                            componentsschemas_message_input_content_chunks_item = (
                                componentsschemas_message_input_content_chunks_item_data.to_dict()
                            )
                        else:
                            try:
                                componentsschemas_message_input_content_chunks_item = (
                                    componentsschemas_message_input_content_chunks_item_data.to_dict()
                                )
                            except AttributeError:
                                if isinstance(
                                    componentsschemas_message_input_content_chunks_item_data, UnknownContentChunk
                                ):
                                    raise
                                componentsschemas_message_input_content_chunks_item = _as_dict(
                                    componentsschemas_message_input_content_chunks_item_data,
                                    "DocumentURLChunk | ImageURLChunk | TextChunk | ThinkChunk | ToolFileChunk | UnknownContentChunk",
                                )
                        content.append(componentsschemas_message_input_content_chunks_item)
                except InvalidFieldError as _field_error:
                    _field_error.path.insert(0, len(content))
                    raise
            else:
                content = self.content
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "content")
            raise

        object_ = self.object_

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

        id = self.id

        prefix = self.prefix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if id is not UNSET:
            field_dict["id"] = id
        if prefix is not UNSET:
            field_dict["prefix"] = prefix

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
        role = MessageInputEntryRole(d.pop("role"))

        _content_data = d.pop("content")
        content: (
            list[DocumentURLChunk | ImageURLChunk | TextChunk | ThinkChunk | ToolFileChunk | UnknownContentChunk] | str
        )
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_content_data, list):
                try:
                    content_type_1 = []
                    _content_type_1 = _content_data
                    for componentsschemas_message_input_content_chunks_item_data in _content_type_1:
                        _componentsschemas_message_input_content_chunks_item_data = (
                            componentsschemas_message_input_content_chunks_item_data
                        )
                        componentsschemas_message_input_content_chunks_item: (
                            DocumentURLChunk
                            | ImageURLChunk
                            | TextChunk
                            | ThinkChunk
                            | ToolFileChunk
                            | UnknownContentChunk
                        )
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_componentsschemas_message_input_content_chunks_item_data, dict):
                                try:
                                    componentsschemas_message_input_content_chunks_item_type_0 = TextChunk.from_dict(
                                        _componentsschemas_message_input_content_chunks_item_data
                                    )

                                    componentsschemas_message_input_content_chunks_item = (
                                        componentsschemas_message_input_content_chunks_item_type_0
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_message_input_content_chunks_item_data, dict):
                                try:
                                    componentsschemas_message_input_content_chunks_item_type_1 = (
                                        ImageURLChunk.from_dict(
                                            _componentsschemas_message_input_content_chunks_item_data
                                        )
                                    )

                                    componentsschemas_message_input_content_chunks_item = (
                                        componentsschemas_message_input_content_chunks_item_type_1
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_message_input_content_chunks_item_data, dict):
                                try:
                                    componentsschemas_message_input_content_chunks_item_type_2 = (
                                        ToolFileChunk.from_dict(
                                            _componentsschemas_message_input_content_chunks_item_data
                                        )
                                    )

                                    componentsschemas_message_input_content_chunks_item = (
                                        componentsschemas_message_input_content_chunks_item_type_2
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_message_input_content_chunks_item_data, dict):
                                try:
                                    componentsschemas_message_input_content_chunks_item_type_3 = (
                                        DocumentURLChunk.from_dict(
                                            _componentsschemas_message_input_content_chunks_item_data
                                        )
                                    )

                                    componentsschemas_message_input_content_chunks_item = (
                                        componentsschemas_message_input_content_chunks_item_type_3
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_componentsschemas_message_input_content_chunks_item_data, dict):
                                try:
                                    componentsschemas_message_input_content_chunks_item_type_4 = ThinkChunk.from_dict(
                                        _componentsschemas_message_input_content_chunks_item_data
                                    )

                                    componentsschemas_message_input_content_chunks_item = (
                                        componentsschemas_message_input_content_chunks_item_type_4
                                    )
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_componentsschemas_message_input_content_chunks_item_data, dict):
                                raise TypeError()
                            componentsschemas_message_input_content_chunks_item_type_5 = UnknownContentChunk.from_dict(
                                _componentsschemas_message_input_content_chunks_item_data
                            )

                            componentsschemas_message_input_content_chunks_item = (
                                componentsschemas_message_input_content_chunks_item_type_5
                            )
                            break

                        content_type_1.append(componentsschemas_message_input_content_chunks_item)

                    content = content_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            content = cast(
                "list[DocumentURLChunk | ImageURLChunk | TextChunk | ThinkChunk | ToolFileChunk | UnknownContentChunk] | str",
                _content_data,
            )
            break

        object_ = cast(Literal["entry"] | Unset, d.pop("object", UNSET))
        if object_ != "entry" and not isinstance(object_, Unset):
            raise ValueError(f"object must match const 'entry', got '{object_}'")

        type_ = cast(Literal["message.input"] | Unset, d.pop("type", UNSET))
        if type_ != "message.input" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message.input', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        _completed_at_data = d.pop("completed_at", UNSET)
        completed_at: datetime.datetime | None | Unset
        while True:  # one pass; each break is the generator's `return`
            if _completed_at_data is None:
                completed_at = _completed_at_data
                break
            if isinstance(_completed_at_data, Unset):
                completed_at = _completed_at_data
                break
            if isinstance(_completed_at_data, str):
                try:
                    completed_at_type_0 = datetime.datetime.fromisoformat(_completed_at_data)

                    completed_at = completed_at_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            completed_at = cast("datetime.datetime | None | Unset", _completed_at_data)
            break

        id = d.pop("id", UNSET)

        prefix = d.pop("prefix", UNSET)

        message_input_entry = cls(
            role,
            content,
            object_,
            type_,
            created_at,
            completed_at,
            id,
            prefix,
        )

        message_input_entry.additional_properties = d
        return message_input_entry

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
