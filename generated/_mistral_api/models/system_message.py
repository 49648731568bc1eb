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
    from ..models.text_chunk import TextChunk
    from ..models.think_chunk import ThinkChunk
    from ..models.unknown_content_chunk import UnknownContentChunk
else:
    TextChunk = _Lazy(globals(), "text_chunk", "TextChunk")
    ThinkChunk = _Lazy(globals(), "think_chunk", "ThinkChunk")
    UnknownContentChunk = _Lazy(globals(), "unknown_content_chunk", "UnknownContentChunk")


T = TypeVar("T", bound="SystemMessage")


class SystemMessage:
    """
    Attributes:
        content (list[TextChunk | ThinkChunk | UnknownContentChunk] | str):
        role (Literal['system'] | Unset):  Default: 'system'.
    """

    __slots__ = ("additional_properties", "content", "role")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "content",
        "role",
    )

    content: list[TextChunk | ThinkChunk | UnknownContentChunk] | str
    role: Literal["system"] | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        content: list[TextChunk | ThinkChunk | UnknownContentChunk] | str,
        role: Literal["system"] | Unset = "system",
    ) -> None:
        self.content = content
        self.role = role
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            content: list[dict[str, Any]] | str
            if isinstance(self.content, list):
                content = []
                try:
                    for content_type_1_item_data in self.content:
                        content_type_1_item: dict[str, Any]
                        if isinstance(content_type_1_item_data, TextChunk) or isinstance(
                            content_type_1_item_data, ThinkChunk
                        ):
                            content_type_1_item = content_type_1_item_data.to_dict()
                        else:
                            try:
                                content_type_1_item = content_type_1_item_data.to_dict()
                            except AttributeError:
                                if isinstance(content_type_1_item_data, UnknownContentChunk):
                                    raise
                                content_type_1_item = _as_dict(
                                    content_type_1_item_data, "TextChunk | ThinkChunk | UnknownContentChunk"
                                )
                        content.append(content_type_1_item)
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
        content: list[TextChunk | ThinkChunk | UnknownContentChunk] | str
        while True:  # one pass; each break is the generator's `return`
            if isinstance(_content_data, list):
                try:
                    content_type_1 = []
                    _content_type_1 = _content_data
                    for content_type_1_item_data in _content_type_1:
                        _content_type_1_item_data = content_type_1_item_data
                        content_type_1_item: TextChunk | ThinkChunk | UnknownContentChunk
                        while True:  # one pass; each break is the generator's `return`
                            if isinstance(_content_type_1_item_data, dict):
                                try:
                                    componentsschemas_system_message_content_chunks_type_0 = TextChunk.from_dict(
                                        _content_type_1_item_data
                                    )

                                    content_type_1_item = componentsschemas_system_message_content_chunks_type_0
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if isinstance(_content_type_1_item_data, dict):
                                try:
                                    componentsschemas_system_message_content_chunks_type_1 = ThinkChunk.from_dict(
                                        _content_type_1_item_data
                                    )

                                    content_type_1_item = componentsschemas_system_message_content_chunks_type_1
                                    break
                                except (TypeError, ValueError, AttributeError, KeyError):
                                    pass
                            if not isinstance(_content_type_1_item_data, dict):
                                raise TypeError()
                            componentsschemas_system_message_content_chunks_type_2 = UnknownContentChunk.from_dict(
                                _content_type_1_item_data
                            )

                            content_type_1_item = componentsschemas_system_message_content_chunks_type_2
                            break

                        content_type_1.append(content_type_1_item)

                    content = content_type_1
                    break
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
            content = cast("list[TextChunk | ThinkChunk | UnknownContentChunk] | str", _content_data)
            break

        role = cast(Literal["system"] | Unset, d.pop("role", UNSET))
        if role != "system" and not isinstance(role, Unset):
            raise ValueError(f"role must match const 'system', got '{role}'")

        system_message = cls(
            content,
            role,
        )

        system_message.additional_properties = d
        return system_message

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
