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
    from ..models.reference_chunk import ReferenceChunk
    from ..models.text_chunk import TextChunk
    from ..models.tool_reference_chunk import ToolReferenceChunk
    from ..models.unknown_content_chunk import UnknownContentChunk
else:
    ReferenceChunk = _Lazy(globals(), "reference_chunk", "ReferenceChunk")
    TextChunk = _Lazy(globals(), "text_chunk", "TextChunk")
    ToolReferenceChunk = _Lazy(globals(), "tool_reference_chunk", "ToolReferenceChunk")
    UnknownContentChunk = _Lazy(globals(), "unknown_content_chunk", "UnknownContentChunk")


T = TypeVar("T", bound="ThinkChunk")


class ThinkChunk:
    """
    Attributes:
        thinking (list[ReferenceChunk | TextChunk | ToolReferenceChunk | UnknownContentChunk]):
        type_ (Literal['thinking'] | Unset):  Default: 'thinking'.
        signature (None | str | Unset): Signature to replay some reasoning blocks across turns.
        closed (bool | Unset): Whether the thinking chunk is closed or not. Currently only used for prefixing. Default:
            True.
    """

    __slots__ = ("additional_properties", "closed", "signature", "thinking", "type_")
    #: The fields __init__ takes, in its order (types.model_fields).
    __match_args__ = (
        "thinking",
        "type_",
        "signature",
        "closed",
    )

    thinking: list[ReferenceChunk | TextChunk | ToolReferenceChunk | UnknownContentChunk]
    type_: Literal["thinking"] | Unset
    signature: None | str | Unset
    closed: bool | Unset
    additional_properties: dict[str, Any]

    def __init__(
        self,
        thinking: list[ReferenceChunk | TextChunk | ToolReferenceChunk | UnknownContentChunk],
        type_: Literal["thinking"] | Unset = "thinking",
        signature: None | str | Unset = UNSET,
        closed: bool | Unset = UNSET,
    ) -> None:
        self.thinking = thinking
        self.type_ = type_
        self.signature = signature
        self.closed = closed
        self.additional_properties = {}

    __eq__ = _model_eq

    __repr__ = _model_repr

    def to_dict(self) -> dict[str, Any]:
        try:
            thinking = []
            try:
                for thinking_item_data in self.thinking:
                    thinking_item: dict[str, Any]
                    if (
                        isinstance(thinking_item_data, TextChunk)
                        or isinstance(thinking_item_data, ToolReferenceChunk)
                        or isinstance(thinking_item_data, ReferenceChunk)
                    ):
                        thinking_item = thinking_item_data.to_dict()
                    else:
                        try:
                            thinking_item = thinking_item_data.to_dict()
                        except AttributeError:
                            if isinstance(thinking_item_data, UnknownContentChunk):
                                raise
                            thinking_item = _as_dict(
                                thinking_item_data,
                                "ReferenceChunk | TextChunk | ToolReferenceChunk | UnknownContentChunk",
                            )
                    thinking.append(thinking_item)
            except InvalidFieldError as _field_error:
                _field_error.path.insert(0, len(thinking))
                raise
        except InvalidFieldError as _field_error:
            _field_error.path.insert(0, "thinking")
            raise

        type_ = self.type_

        signature: None | str | Unset
        if isinstance(self.signature, Unset):
            signature = UNSET
        else:
            signature = self.signature

        closed = self.closed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "thinking": thinking,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if signature is not UNSET:
            field_dict["signature"] = signature
        if closed is not UNSET:
            field_dict["closed"] = closed

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
        thinking = []
        _thinking = d.pop("thinking")
        for thinking_item_data in _thinking:
            _thinking_item_data = thinking_item_data
            thinking_item: ReferenceChunk | TextChunk | ToolReferenceChunk | UnknownContentChunk
            while True:  # one pass; each break is the generator's `return`
                if isinstance(_thinking_item_data, dict):
                    try:
                        thinking_item_type_0 = TextChunk.from_dict(_thinking_item_data)

                        thinking_item = thinking_item_type_0
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_thinking_item_data, dict):
                    try:
                        thinking_item_type_1 = ToolReferenceChunk.from_dict(_thinking_item_data)

                        thinking_item = thinking_item_type_1
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if isinstance(_thinking_item_data, dict):
                    try:
                        thinking_item_type_2 = ReferenceChunk.from_dict(_thinking_item_data)

                        thinking_item = thinking_item_type_2
                        break
                    except (TypeError, ValueError, AttributeError, KeyError):
                        pass
                if not isinstance(_thinking_item_data, dict):
                    raise TypeError()
                thinking_item_type_3 = UnknownContentChunk.from_dict(_thinking_item_data)

                thinking_item = thinking_item_type_3
                break

            thinking.append(thinking_item)

        type_ = cast(Literal["thinking"] | Unset, d.pop("type", UNSET))
        if type_ != "thinking" and not isinstance(type_, Unset):
            raise ValueError(f"type must match const 'thinking', got '{type_}'")

        signature: None | str | Unset = d.pop("signature", UNSET)

        closed = d.pop("closed", UNSET)

        think_chunk = cls(
            thinking,
            type_,
            signature,
            closed,
        )

        think_chunk.additional_properties = d
        return think_chunk

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
