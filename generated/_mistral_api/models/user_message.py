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
    from ..models.audio_chunk import AudioChunk
    from ..models.document_url_chunk import DocumentURLChunk
    from ..models.file_chunk import FileChunk
    from ..models.image_url_chunk import ImageURLChunk
    from ..models.reference_chunk import ReferenceChunk
    from ..models.text_chunk import TextChunk
    from ..models.think_chunk import ThinkChunk
    from ..models.unknown_content_chunk import UnknownContentChunk
else:
    AudioChunk = _Lazy(globals(), "audio_chunk", "AudioChunk")
    DocumentURLChunk = _Lazy(globals(), "document_url_chunk", "DocumentURLChunk")
    FileChunk = _Lazy(globals(), "file_chunk", "FileChunk")
    ImageURLChunk = _Lazy(globals(), "image_url_chunk", "ImageURLChunk")
    ReferenceChunk = _Lazy(globals(), "reference_chunk", "ReferenceChunk")
    TextChunk = _Lazy(globals(), "text_chunk", "TextChunk")
    ThinkChunk = _Lazy(globals(), "think_chunk", "ThinkChunk")
    UnknownContentChunk = _Lazy(globals(), "unknown_content_chunk", "UnknownContentChunk")


T = TypeVar("T", bound="UserMessage")


class UserMessage:
    """
    Attributes:
        content (list[AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk | TextChunk |
            ThinkChunk | UnknownContentChunk] | None | str):
        role (Literal['user'] | Unset):  Default: 'user'.
    """

    __slots__ = ("additional_properties", "content", "role")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "content",
        "role",
    )

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
    role: Literal["user"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
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
        | str,
        role: Literal["user"] | Unset = "user",
    ) -> None:
        self.content = content
        self.role = role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            content: list[dict[str, Any]] | None | str
            if isinstance(self.content, list):
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

        role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "content": content,
            }
        )
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
        _content_data = d.pop("content")
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
        while True:  # one pass; each break is the generator's `return`
            if _content_data is None:
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
                "list[AudioChunk | DocumentURLChunk | FileChunk | ImageURLChunk | ReferenceChunk | TextChunk | ThinkChunk | UnknownContentChunk] | None | str",
                _content_data,
            )
            break

        role = cast(Literal["user"] | Unset, d.pop("role", UNSET))
        if role != "user" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'user', got '{role}'")

        user_message = cls(
            content,
            role,
        )

        user_message.additional_properties = d
        return user_message

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
