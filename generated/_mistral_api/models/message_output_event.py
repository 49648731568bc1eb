from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar, cast

from ..types import UNSET, InvalidFieldError, Unset
from ..types import Lazy as _Lazy
from ..types import dump_json as _dump_json
from ..types import model_eq as _model_eq
from ..types import model_repr as _model_repr

if TYPE_CHECKING:
    from ..models.document_url_chunk import DocumentURLChunk
    from ..models.image_url_chunk import ImageURLChunk
    from ..models.text_chunk import TextChunk
    from ..models.think_chunk import ThinkChunk
    from ..models.tool_file_chunk import ToolFileChunk
    from ..models.tool_reference_chunk import ToolReferenceChunk
else:
    DocumentURLChunk = _Lazy(globals(), "document_url_chunk", "DocumentURLChunk")
    ImageURLChunk = _Lazy(globals(), "image_url_chunk", "ImageURLChunk")
    TextChunk = _Lazy(globals(), "text_chunk", "TextChunk")
    ThinkChunk = _Lazy(globals(), "think_chunk", "ThinkChunk")
    ToolFileChunk = _Lazy(globals(), "tool_file_chunk", "ToolFileChunk")
    ToolReferenceChunk = _Lazy(globals(), "tool_reference_chunk", "ToolReferenceChunk")


T = TypeVar("T", bound="MessageOutputEvent")


class MessageOutputEvent:
    """
    Attributes:
        id (str):
        content (DocumentURLChunk | ImageURLChunk | str | TextChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk):
        type_ (Literal['message.output.delta'] | Unset):  Default: 'message.output.delta'.
        created_at (datetime.datetime | Unset):
        output_index (int | Unset):  Default: 0.
        content_index (int | Unset):  Default: 0.
        model (None | str | Unset):
        agent_id (None | str | Unset):
        role (Literal['assistant'] | Unset):  Default: 'assistant'.
    """

    __slots__ = (
        "additional_properties",
        "agent_id",
        "content",
        "content_index",
        "created_at",
        "id",
        "model",
        "output_index",
        "role",
        "type_",
    )
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "id",
        "content",
        "type_",
        "created_at",
        "output_index",
        "content_index",
        "model",
        "agent_id",
        "role",
    )

    id: str
    content: DocumentURLChunk | ImageURLChunk | str | TextChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk
    type_: Literal["message.output.delta"] | Unset
    created_at: datetime.datetime | Unset
    output_index: int | Unset
    content_index: int | Unset
    model: None | str | Unset
    agent_id: None | str | Unset
    role: Literal["assistant"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        id: str,
        content: DocumentURLChunk | ImageURLChunk | str | TextChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk,
        type_: Literal["message.output.delta"] | Unset = "message.output.delta",
        created_at: datetime.datetime | Unset = UNSET,
        output_index: int | Unset = UNSET,
        content_index: int | Unset = UNSET,
        model: None | str | Unset = UNSET,
        agent_id: None | str | Unset = UNSET,
        role: Literal["assistant"] | Unset = "assistant",
    ) -> None:
        self.id = id
        self.content = content
        self.type_ = type_
        self.created_at = created_at
        self.output_index = output_index
        self.content_index = content_index
        self.model = model
        self.agent_id = agent_id
        self.role = role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        try:
            content: dict[str, Any] | str
            if (
                isinstance(self.content, TextChunk)
                or isinstance(self.content, ImageURLChunk)
                or isinstance(self.content, ToolFileChunk)
                or isinstance(self.content, DocumentURLChunk)
                or isinstance(self.content, ThinkChunk)
                or isinstance(self.content, ToolReferenceChunk)
            ):
                content = self.content.to_dict()
            else:
                content = self.content
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "content")
            raise

        type_ = self.type_

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        output_index = self.output_index

        content_index = self.content_index

        model: None | str | Unset
        if isinstance(self.model, Unset):
            model = UNSET
        else:
            model = self.model

        agent_id: None | str | Unset
        if isinstance(self.agent_id, Unset):
            agent_id = UNSET
        else:
            agent_id = self.agent_id

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "content": content,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if output_index is not UNSET:
            field_dict["output_index"] = output_index
        if content_index is not UNSET:
            field_dict["content_index"] = content_index
        if model is not UNSET:
            field_dict["model"] = model
        if agent_id is not UNSET:
            field_dict["agent_id"] = agent_id
        if role is not UNSET:
            field_dict["role"] = role

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
        id = d.pop("id")

        _content_data = d.pop("content")
        content: DocumentURLChunk | ImageURLChunk | str | TextChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_content_data, dict):
                try:
                    componentsschemas_output_content_chunks_type_0 = TextChunk.from_dict(_content_data)

                    content = componentsschemas_output_content_chunks_type_0
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_content_data, dict):
                try:
                    componentsschemas_output_content_chunks_type_1 = ImageURLChunk.from_dict(_content_data)

                    content = componentsschemas_output_content_chunks_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_content_data, dict):
                try:
                    componentsschemas_output_content_chunks_type_2 = ToolFileChunk.from_dict(_content_data)

                    content = componentsschemas_output_content_chunks_type_2
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_content_data, dict):
                try:
                    componentsschemas_output_content_chunks_type_3 = DocumentURLChunk.from_dict(_content_data)

                    content = componentsschemas_output_content_chunks_type_3
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_content_data, dict):
                try:
                    componentsschemas_output_content_chunks_type_4 = ThinkChunk.from_dict(_content_data)

                    content = componentsschemas_output_content_chunks_type_4
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            if isinstance(_content_data, dict):
                try:
                    componentsschemas_output_content_chunks_type_5 = ToolReferenceChunk.from_dict(_content_data)

                    content = componentsschemas_output_content_chunks_type_5
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            content = cast(
                "DocumentURLChunk | ImageURLChunk | str | TextChunk | ThinkChunk | ToolFileChunk | ToolReferenceChunk",
                _content_data,
            )
            break

        type_ = cast(Literal["message.output.delta"] | Unset, d.pop("type", UNSET))
        if type_ != "message.output.delta" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'message.output.delta', got '{type_}'")

        _created_at = d.pop("created_at", UNSET)
        created_at: datetime.datetime | Unset
        if isinstance(_created_at, Unset):
            created_at = UNSET
        else:
            created_at = datetime.datetime.fromisoformat(_created_at)

        output_index = d.pop("output_index", UNSET)

        content_index = d.pop("content_index", UNSET)

        model: None | str | Unset = d.pop("model", UNSET)

        agent_id: None | str | Unset = d.pop("agent_id", UNSET)

        role = cast(Literal["assistant"] | Unset, d.pop("role", UNSET))
        if role != "assistant" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'assistant', got '{role}'")

        message_output_event = cls(
            id,
            content,
            type_,
            created_at,
            output_index,
            content_index,
            model,
            agent_id,
            role,
        )

        message_output_event.additional_properties = d
        return message_output_event

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
