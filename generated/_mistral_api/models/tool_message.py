from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal, Self, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ToolMessage")


@_attrs_define
class ToolMessage:
    """
    Attributes:
        role (Literal['tool']):  Default: 'tool'.
        content (list[AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk | TextChunk |
            ThinkChunk | UnknownContentChunk] | None | str):
        tool_call_id (None | str | Unset):
        name (None | str | Unset):
    """

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
    )
    role: Literal["tool"] = "tool"
    tool_call_id: None | str | Unset = UNSET
    name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        content: list[dict[str, Any]] | None | str
        if isinstance(self.content, list):
            content = []
            for content_type_1_item_data in self.content:
                content_type_1_item: dict[str, Any]
                if (
                    isinstance(content_type_1_item_data, TextChunk)
                    or isinstance(content_type_1_item_data, ImageURLChunk)
                    or isinstance(content_type_1_item_data, DocumentURLChunk)
                    or isinstance(content_type_1_item_data, ReferenceChunk)
                    or isinstance(content_type_1_item_data, FileChunk)
                    or isinstance(content_type_1_item_data, ThinkChunk)
                    or isinstance(content_type_1_item_data, AudioChunk)
                ):
                    content_type_1_item = content_type_1_item_data.to_dict()
                else:
                    content_type_1_item = content_type_1_item_data.to_dict()

                content.append(content_type_1_item)

        else:
            content = self.content

        tool_call_id: None | str | Unset
        if isinstance(self.tool_call_id, Unset):
            tool_call_id = UNSET
        else:
            tool_call_id = self.tool_call_id

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "role": role,
                "content": content,
            }
        )
        if tool_call_id is not UNSET:
            field_dict["tool_call_id"] = tool_call_id
        if name is not UNSET:
            field_dict["name"] = name

        return field_dict

    @classmethod
    def from_dict(cls, src_dict: Mapping[str, Any]) -> Self:
        d = dict(src_dict)
        role = cast(Literal["tool"], d.pop("role"))
        if role != "tool":
            raise ValueError(f"role must match const 'tool', got '{role}'")

        def _parse_content(
            data: object,
        ) -> (
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
        ):
            if data is None:
                return data
            if isinstance(data, list):
                try:
                    content_type_1 = []
                    _content_type_1 = data
                    for content_type_1_item_data in _content_type_1:

                        def _parse_content_type_1_item(
                            data: object,
                        ) -> (
                            AudioChunk
                            | DocumentURLChunk
                            | FileChunk
                            | ImageURLChunk
                            | ReferenceChunk
                            | TextChunk
                            | ThinkChunk
                            | UnknownContentChunk
                        ):
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_0 = TextChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_0
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_1 = ImageURLChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_1
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_2 = DocumentURLChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_2
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_3 = ReferenceChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_3
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_4 = FileChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_4
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_5 = ThinkChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_5
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(data, dict):
                                try:
                                    componentsschemas_content_chunk_type_6 = AudioChunk.from_dict(data)

                                    return componentsschemas_content_chunk_type_6
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(data, dict):
                                raise TypeError()
                            componentsschemas_content_chunk_type_7 = UnknownContentChunk.from_dict(data)

                            return componentsschemas_content_chunk_type_7

                        content_type_1_item = _parse_content_type_1_item(content_type_1_item_data)

                        content_type_1.append(content_type_1_item)

                    return content_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            return cast(
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
                | str,
                data,
            )

        content = _parse_content(d.pop("content"))

        def _parse_tool_call_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tool_call_id = _parse_tool_call_id(d.pop("tool_call_id", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        tool_message = cls(
            role=role,
            content=content,
            tool_call_id=tool_call_id,
            name=name,
        )

        tool_message.additional_properties = d
        return tool_message

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


# Imported here, once the class above exists: see templates/model.py.jinja.
from ..models.audio_chunk import AudioChunk
from ..models.document_url_chunk import DocumentURLChunk
from ..models.file_chunk import FileChunk
from ..models.image_url_chunk import ImageURLChunk
from ..models.reference_chunk import ReferenceChunk
from ..models.text_chunk import TextChunk
from ..models.think_chunk import ThinkChunk
from ..models.unknown_content_chunk import UnknownContentChunk
